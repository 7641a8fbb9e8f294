#pragma once

#include "ssh/SshError.h"

#include <QCoreApplication>
#include <QMetaType>
#include <QString>

// Why a file transfer did not complete: a kind (for code), a translated message
// (for people) and the untranslated detail (for logs). Paths are kept raw; the
// message escapes them, since a remote path is whatever the server named.
struct TransferError
{
    enum class Kind {
        None,
        Connection, // the SSH connection failed or was lost (see ssh)
        Cancelled, // by the caller; the .part file is kept for a resume
        RemoteFile, // the server could not open, stat or read the file
        RemoteDenied, // the login user may not read (or write) it there: root's only, say
        NotRegularFile, // the remote path is a directory, device, ...
        RemoteChanged, // the file shrank or ended early while being read
        LocalFile, // the local directory or file could not be created or written
        InvalidChecksum, // the caller's expected sha256 is not 64 hex digits
        ChecksumMismatch, // the downloaded data is not what the expected sha256 says
    };

    Kind kind = Kind::None;
    SshError ssh; // with Kind::Connection
    QString path; // the remote or local path concerned, raw
    QString detail; // technical text (libssh, the server, the OS), untranslated
    bool upload = false; // a file sent to the server (the message differs from a download's)

    TransferError() = default;
    TransferError(Kind k, const QString &p = QString(), const QString &d = QString())
        : kind(k)
        , path(p)
        , detail(d)
    { }
    static TransferError fromSsh(const SshError &error);

    bool isError() const { return kind != Kind::None; }
    // Translated plain text (show it as such, never as rich text: a path may hold "<");
    // every path and the detail are made terminal-safe.
    QString message() const;

    Q_DECLARE_TR_FUNCTIONS(TransferError) // last: the macro ends with "private:"
};

Q_DECLARE_METATYPE(TransferError)
