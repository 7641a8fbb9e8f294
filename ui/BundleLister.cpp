#include "BundleLister.h"

#include "AuditView.h"
#include "session/ActionRunner.h"

namespace {
// One line per bundle: a few thousand bundles fit; a runaway server is cut here.
constexpr qsizetype kMaxOutput = 1024 * 1024;
} // namespace

BundleLister::BundleLister(ServerSession *session, QObject *parent)
    : QObject(parent)
    , m_runner(new ActionRunner(session, this))
{
    connect(m_runner, &ActionRunner::outputReady, this, [this](const QByteArray &data, RemoteProcess::Channel channel) {
        QByteArray &to = channel == RemoteProcess::Channel::Stderr ? m_err : m_out;
        to += data.left(qMax<qsizetype>(0, kMaxOutput - to.size()));
    });
    connect(m_runner, &ActionRunner::finished, this, [this](int exitStatus, qint64) {
        m_listing = false;
        if (exitStatus == 0) {
            Q_EMIT listed(BundleLine::findAll(QString::fromUtf8(m_out)));
            return;
        }
        QString message = tr("Listing the bundles on the server ended with exit status %1.").arg(exitStatus);
        const QString err = AuditView::displayOutput(QString::fromUtf8(m_err.right(2000))).trimmed();
        if (!err.isEmpty())
            message += QLatin1Char('\n') + err;
        Q_EMIT failed(message);
    });
    connect(m_runner, &ActionRunner::failed, this, [this](const SshError &error, qint64) {
        m_listing = false;
        Q_EMIT failed(tr("The bundles on the server could not be listed: %1").arg(error.message()));
    });
}

void BundleLister::setAuditLog(AuditLog *log)
{
    m_runner->setAuditLog(log);
}

bool BundleLister::list(const Action &action, const QMap<QString, QString> &params, QString *error)
{
    if (m_listing) {
        if (error)
            *error = tr("The bundles are being listed already.");
        return false;
    }
    const std::optional<ExpandedCommand> command = m_runner->prepare(action, params, error);
    if (!command)
        return false;
    m_out.clear();
    m_err.clear();
    m_listing = true;
    m_runner->start(*command);
    return true;
}

void BundleLister::cancel()
{
    m_runner->cancel();
}
