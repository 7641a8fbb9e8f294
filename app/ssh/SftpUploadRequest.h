#pragma once

#include <QByteArray>
#include <QMetaType>
#include <QString>

// One local file to put on the server over SFTP, into `remoteDir` (relative: under the
// login user's home; created 0700) as `remoteName`. It is written to
// `remoteName.<first 16 hex of its SHA-256>.part` first, so that only a transfer of the
// very same content resumes it, and renamed into place once every byte is written.
struct SftpUploadRequest
{
    QString localPath;
    QString remoteDir; // e.g. "hoshu-restore"
    QString remoteName; // a plain file name
    QByteArray sha256; // 64 hex digits: the local file's, computed by the caller
};

Q_DECLARE_METATYPE(SftpUploadRequest)
