#pragma once

#include <QByteArray>
#include <QMetaType>
#include <QString>

// One remote file to fetch over SFTP. The file is written to `localPath + ".part"`
// and renamed to localPath only once its SHA-256 is `expectedSha256`.
struct SftpDownloadRequest
{
    QString remotePath; // as the server names it (hostile: never markup, escaped on a terminal)
    QString localPath; // the final file; missing directories are created 0700
    QByteArray expectedSha256; // 64 hex digits, as the server-side bundle records it
};

Q_DECLARE_METATYPE(SftpDownloadRequest)
