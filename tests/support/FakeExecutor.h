#pragma once

#include "ssh/RemoteExecutor.h"
#include "ssh/RemoteProcess.h"
#include "ssh/RemoteScript.h"
#include "ssh/SshError.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QRegularExpression>

#include <functional>

// A real fake of the transport behind RemoteExecutor, for fast unit tests of
// whoever runs commands (ServerSession::setExecutor, then ProbeRunner,
// ActionRunner, ...). Each exec() is matched against the rules, first added
// first, by a regular expression over the script's text; the matching rule's
// response is played back asynchronously, one event-loop turn per step, as the
// SSH transport does: started(), the stdout/stderr chunks in order, then
// finished(exit status), or failed(ConnectionLost) when the connection "drops"
// after the chunks. A script no rule matches fails the test loudly (exit 127
// with a message on stderr, and unmatched() lists it). cancel() stops the
// playback and fails the process with Cancelled.
class FakeExecutor : public QObject, public RemoteExecutor
{
    Q_OBJECT

public:
    struct Chunk {
        RemoteProcess::Channel channel = RemoteProcess::Channel::Stdout;
        QByteArray data;
    };
    struct Response {
        QList<Chunk> chunks;
        int exitStatus = 0;
        bool dropConnection = false; // after the chunks: failed(ConnectionLost), never finished

        Response &out(const QByteArray &data); // a stdout chunk
        Response &err(const QByteArray &data); // a stderr chunk
        Response &exit(int status);
        Response &drop();
    };
    // Builds the response from the script that ran (e.g. a probe output carrying its nonce).
    using Responder = std::function<Response(const RemoteScript &script)>;

    explicit FakeExecutor(QObject *parent = nullptr);

    void on(const QString &pattern, const Response &response);
    void on(const QString &pattern, Responder responder);

    RemoteProcess *exec(const RemoteScript &script, const ExecOptions &options = {}) override;

    QList<RemoteScript> executed() const { return m_executed; } // every script, in order
    QList<QByteArray> unmatched() const { return m_unmatched; }

private:
    struct Rule {
        QRegularExpression pattern;
        Responder responder;
    };
    void play(QPointer<RemoteProcess> process, Response response, int step);

    QList<Rule> m_rules;
    QList<RemoteScript> m_executed;
    QList<QByteArray> m_unmatched;
};
