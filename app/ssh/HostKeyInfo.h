#pragma once

#include <QMetaType>
#include <QString>

// What the user is shown when deciding whether to trust a server's host key.
struct HostKeyInfo
{
    QString host;
    quint16 port = 22;
    QString keyType;           // "ssh-ed25519"
    QString fingerprintSha256; // "SHA256:base64..." as OpenSSH prints it
    QString knownHostsFile;    // the file an accepted key is written to
};

Q_DECLARE_METATYPE(HostKeyInfo)
