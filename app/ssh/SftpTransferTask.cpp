#include "ssh/SftpTransferTask.h"

void SftpTransferTask::begin(ssh_session session)
{
    if (m_phase != Phase::Waiting)
        return;
    m_session = session;
    if (!prepare())
        return;
    m_phase = Phase::Opening;
    pump();
}

void SftpTransferTask::pump()
{
    switch (m_phase) {
    case Phase::Waiting:
    case Phase::Ended:
        return;
    case Phase::Opening: {
        TransferError error;
        const Open open = openSftpChannel(&error);
        if (open == Open::Again)
            return;
        if (open == Open::Failed) {
            error.path = requestPath();
            return fail(error);
        }
        if (!startSftp())
            return;
        m_phase = Phase::Transferring;
        [[fallthrough]];
    }
    case Phase::Transferring:
        transfer();
        return;
    }
}

void SftpTransferTask::cancel()
{
    if (!isEnded())
        fail(cancelled());
}

void SftpTransferTask::abandon(const TransferError &reason)
{
    if (!isEnded())
        fail(reason);
}

// A session channel asking for the sftp subsystem, without blocking: called until not Again.
SftpTransferTask::Open SftpTransferTask::openSftpChannel(TransferError *error)
{
    ssh_session session = m_session;
    if (!m_channel) {
        m_channel = ssh_channel_new(session);
        m_channelOpen = false;
        if (!m_channel) {
            *error = TransferError::fromSsh(SshError(SshError::Kind::ChannelFailed, QString::fromUtf8(ssh_get_error(session))));
            return Open::Failed;
        }
    }
    int rc = SSH_OK;
    if (!m_channelOpen) {
        rc = ssh_channel_open_session(m_channel);
        if (rc == SSH_AGAIN)
            return Open::Again;
        if (rc != SSH_OK) {
            *error = TransferError::fromSsh(SshError(SshError::Kind::ChannelFailed, QString::fromUtf8(ssh_get_error(session))));
            return Open::Failed;
        }
        m_channelOpen = true;
    }
    rc = ssh_channel_request_subsystem(m_channel, "sftp");
    if (rc == SSH_AGAIN)
        return Open::Again;
    if (rc != SSH_OK) {
        *error = TransferError(TransferError::Kind::RemoteFile, QString(),
                               QStringLiteral("the server offers no SFTP: %1").arg(QString::fromUtf8(ssh_get_error(session))));
        return Open::Failed;
    }
    return Open::Ready;
}

bool SftpTransferTask::startSession()
{
    m_sftp = sftp_new_channel(m_session, m_channel);
    if (!m_sftp || sftp_init(m_sftp) != SSH_OK) {
        fail(remoteError(TransferError::Kind::RemoteFile, "starting SFTP"));
        return false;
    }
    return true;
}

TransferError SftpTransferTask::remoteError(TransferError::Kind kind, const char *what) const
{
    const int code = m_sftp ? sftp_get_error(m_sftp) : SSH_FX_OK;
    const QString detail = QStringLiteral("%1: %2").arg(QLatin1String(what), QString::fromUtf8(ssh_get_error(m_session)));
    // A broken session is the connection's fault whatever SFTP status is left over: libssh
    // reports a write on a dropped socket as SSH_FX_FAILURE (status 4), not as a lost link.
    if (!ssh_is_connected(m_session) || ssh_get_error_code(m_session) == SSH_FATAL)
        return TransferError::fromSsh(SshError(SshError::Kind::ConnectionLost, detail));
    // Refused for the login user: not the file's fault, and the message can say what to do.
    const TransferError::Kind why = kind == TransferError::Kind::RemoteFile && code == SSH_FX_PERMISSION_DENIED
        ? TransferError::Kind::RemoteDenied
        : kind;
    return TransferError(why, requestPath(), QStringLiteral("%1 (SFTP status %2)").arg(detail).arg(code));
}

void SftpTransferTask::releaseSftp()
{
    if (m_file) {
        ssh_string_free(m_file->handle);
        m_file->handle = nullptr;
        sftp_close(m_file);
        m_file = nullptr;
    }
    if (m_sftp) {
        sftp_free(m_sftp); // sends EOF, frees (and so closes) its channel
        m_sftp = nullptr;
        m_channel = nullptr;
    }
    if (m_channel) {
        ssh_channel_free(m_channel);
        m_channel = nullptr;
    }
}
