#include "FakeExecutor.h"

#include <QTimer>

FakeExecutor::Response &FakeExecutor::Response::out(const QByteArray &data)
{
    chunks.append({RemoteProcess::Channel::Stdout, data});
    return *this;
}

FakeExecutor::Response &FakeExecutor::Response::err(const QByteArray &data)
{
    chunks.append({RemoteProcess::Channel::Stderr, data});
    return *this;
}

FakeExecutor::Response &FakeExecutor::Response::exit(int status)
{
    exitStatus = status;
    return *this;
}

FakeExecutor::Response &FakeExecutor::Response::drop()
{
    dropConnection = true;
    return *this;
}

FakeExecutor::FakeExecutor(QObject *parent)
    : QObject(parent)
{
}

void FakeExecutor::on(const QString &pattern, const Response &response)
{
    on(pattern, [response](const RemoteScript &) { return response; });
}

void FakeExecutor::on(const QString &pattern, Responder responder)
{
    QRegularExpression re(pattern, QRegularExpression::DotMatchesEverythingOption);
    Q_ASSERT_X(re.isValid(), "FakeExecutor::on", qPrintable(re.errorString()));
    m_rules.append({re, std::move(responder)});
}

RemoteProcess *FakeExecutor::exec(const RemoteScript &script, const ExecOptions &options)
{
    Q_UNUSED(options)
    m_executed.append(script);
    auto *process = new RemoteProcess;
    Response response;
    bool matched = false;
    const QString text = QString::fromUtf8(script.script);
    for (const Rule &rule : std::as_const(m_rules)) {
        if (rule.pattern.match(text).hasMatch()) {
            response = rule.responder(script);
            matched = true;
            break;
        }
    }
    if (!matched) {
        m_unmatched.append(script.script);
        response = Response().err("FakeExecutor: no rule matches this script\n").exit(127);
    }
    connect(process, &RemoteProcess::cancelRequested, process, [process] {
        if (!process->hasEnded())
            Q_EMIT process->failed(SshError(SshError::Kind::Cancelled));
    });
    // Like the transport: nothing arrives before the caller has connected to the handle.
    QTimer::singleShot(0, this, [this, p = QPointer<RemoteProcess>(process), response] { play(p, response, -1); });
    return process;
}

void FakeExecutor::play(QPointer<RemoteProcess> process, Response response, int step)
{
    if (!process || process->hasEnded())
        return;
    if (step == -1) {
        Q_EMIT process->started();
    } else if (step < response.chunks.size()) {
        const Chunk &chunk = response.chunks.at(step);
        Q_EMIT process->outputReady(chunk.data, chunk.channel);
    } else {
        if (response.dropConnection)
            Q_EMIT process->failed(SshError(SshError::Kind::ConnectionLost, QStringLiteral("fake connection dropped")));
        else
            Q_EMIT process->finished(response.exitStatus);
        return;
    }
    QTimer::singleShot(0, this, [this, process, response, step] { play(process, response, step + 1); });
}
