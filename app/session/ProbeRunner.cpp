#include "session/ProbeRunner.h"

#include "probes/SectionSplitter.h"
#include "probes/SnapshotBuilder.h"
#include "session/ServerSession.h"

namespace {
constexpr qsizetype kMaxOutput = 8 * 1024 * 1024; // a probe prints ~15 KB; anything huge is cut

// The probe takes the backup directories as one space-separated word list, so
// one with a space cannot be passed (ServerProfile::backupDirs() validated the rest).
QStringList probeBackupDirs(const ServerProfile &profile)
{
    QStringList dirs = profile.backupDirs();
    dirs.removeIf([](const QString &d) { return d.contains(QLatin1Char(' ')); });
    return dirs;
}
} // namespace

ProbeRunner::ProbeRunner(ServerSession *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{
}

ProbeRunner::~ProbeRunner()
{
    if (m_process)
        m_process->cancel();
}

void ProbeRunner::start(ProbeScript::Tier tier)
{
    if (m_running || !m_session)
        return;
    m_running = true;
    m_tier = tier;
    m_stdout.clear();
    m_stderr.clear();
    if (m_session->isConnected()) {
        whenConnected();
        return;
    }
    m_sessionConnections << connect(m_session, &ServerSession::connected, this, [this] {
        dropSessionConnections();
        whenConnected();
    });
    m_sessionConnections << connect(m_session, &ServerSession::failed, this, [this](const SshError &e) { fail(e); });
    m_session->connectToServer();
}

void ProbeRunner::whenConnected()
{
    if (m_session->rootMode() != RootMode::SudoWithPassword) {
        execute({});
        return;
    }
    m_sessionConnections << connect(m_session, &ServerSession::sudoPasswordReady, this, [this](const SecretBytes &pw) {
        dropSessionConnections();
        execute(pw);
    });
    m_sessionConnections << connect(m_session, &ServerSession::sudoPasswordUnavailable, this, [this](const QString &why) {
        fail(SshError(SshError::Kind::Cancelled, why));
    });
    m_session->requestSudoPassword();
}

void ProbeRunner::execute(const SecretBytes &sudoPassword)
{
    RemoteExecutor *executor = m_session ? m_session->executor() : nullptr;
    if (!executor) {
        fail(SshError(SshError::Kind::ConnectionLost));
        return;
    }
    const ServerProfile &profile = m_session->profile();
    ProbeScript::Request request;
    request.deployment = profile.deployment;
    request.tier = m_tier;
    request.mastodonDir = profile.mastodonDir;
    request.backupDirs = probeBackupDirs(profile);
    request.nonce = m_nonce = ProbeScript::newNonce();
    request.rootMode = m_session->rootMode();
    request.updatesKey = m_updatesKey;
    ExecOptions options;
    options.timeoutSec = m_tier == ProbeScript::Tier::Fast ? 120 : 1800;
    m_process = executor->exec(ProbeScript::remoteScript(request, sudoPassword), options);
    m_process->setParent(this);
    connect(m_process, &RemoteProcess::outputReady, this, [this](const QByteArray &data, RemoteProcess::Channel ch) {
        QByteArray &buffer = ch == RemoteProcess::Channel::Stderr ? m_stderr : m_stdout;
        if (buffer.size() < kMaxOutput)
            buffer += data.left(kMaxOutput - buffer.size());
    });
    connect(m_process, &RemoteProcess::finished, this, &ProbeRunner::done);
    connect(m_process, &RemoteProcess::failed, this, [this](const SshError &e) { fail(e); });
}

void ProbeRunner::done(int exitStatus)
{
    if (!m_running)
        return;
    // No section at all: the probe did not run (sudo refused, no sh...).
    if (!m_stdout.contains(SectionSplitter::sectionMarker(m_nonce, QStringLiteral("probe")))) {
        fail(SshError(SshError::Kind::ChannelFailed, QString::fromUtf8(m_stderr).trimmed().left(500)), exitStatus);
        return;
    }
    m_running = false;
    if (m_process) {
        m_process->disconnect(this);
        m_process->deleteLater();
    }
    SnapshotBuilder::Meta meta;
    meta.serverId = m_session ? m_session->profile().id : QString();
    meta.serverName = m_session ? m_session->profile().name : QString();
    meta.deployment = m_session ? m_session->profile().deployment : QStringLiteral("systemd");
    meta.tier = m_tier;
    const Snapshot snap = SnapshotBuilder::build(m_stdout, m_nonce, meta);
    m_stdout.clear();
    m_stderr.clear();
    Q_EMIT finished(snap);
}

void ProbeRunner::fail(const SshError &error, int exitStatus)
{
    if (!m_running)
        return;
    m_running = false;
    dropSessionConnections();
    if (m_process) {
        m_process->disconnect(this);
        m_process->deleteLater();
    }
    Q_EMIT failed(error, exitStatus);
}

void ProbeRunner::cancel()
{
    if (m_process)
        m_process->cancel();
    else
        fail(SshError(SshError::Kind::Cancelled));
}

void ProbeRunner::dropSessionConnections()
{
    for (const QMetaObject::Connection &c : std::as_const(m_sessionConnections))
        disconnect(c);
    m_sessionConnections.clear();
}
