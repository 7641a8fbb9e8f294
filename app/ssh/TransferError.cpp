#include "ssh/TransferError.h"

#include "common/TerminalText.h"

TransferError TransferError::fromSsh(const SshError &error)
{
    TransferError e(error.kind == SshError::Kind::Cancelled ? Kind::Cancelled : Kind::Connection);
    e.ssh = error;
    return e;
}

QString TransferError::message() const
{
    // Quoted and escaped: a server-chosen name cannot break the line or drive a terminal.
    const QString where = TerminalText::escaped(path);
    QString text;
    switch (kind) {
    case Kind::None:
        return QString();
    case Kind::Connection:
        return ssh.message();
    case Kind::Cancelled:
        text = upload ? tr("Sending was cancelled. What the server has so far is kept there, and sending the same "
                           "file again continues from there.")
                      : tr("The download was cancelled. What arrived so far is kept and the next download "
                           "continues from there.");
        break;
    case Kind::RemoteFile:
        text = tr("The server could not read the file \"%1\".").arg(where);
        break;
    case Kind::RemoteDenied:
        text = upload ? tr("The user Hoshu logs in as may not write \"%1\" on the server.").arg(where)
                      : tr("The user Hoshu logs in as may not read \"%1\" on the server: it is readable by root "
                           "only. Bundles made now are readable by the user that logs in to copy them: make a new "
                           "one (Back up now, or hoshu-cli backup SERVER --download FOLDER) and copy that.")
                            .arg(where);
        break;
    case Kind::NotRegularFile:
        text = tr("\"%1\" on the server is not a regular file.").arg(where);
        break;
    case Kind::RemoteChanged:
        text = tr("The file \"%1\" changed on the server while it was being downloaded. Download it again.").arg(where);
        break;
    case Kind::LocalFile:
        text = upload ? tr("The local file \"%1\" could not be read.").arg(where)
                      : tr("The local file \"%1\" could not be written.").arg(where);
        break;
    case Kind::InvalidChecksum:
        text = tr("The expected SHA-256 checksum is not valid (64 hexadecimal digits).");
        break;
    case Kind::ChecksumMismatch:
        if (upload) {
            text = tr("The file \"%1\" on this computer does not match the SHA-256 checksum recorded for it, so "
                      "nothing was put in place on the server: it is not what was copied. Use another copy.")
                       .arg(where);
            break;
        }
        text = tr("The downloaded file does not match its SHA-256 checksum, so it was not saved as \"%1\". "
                  "Download it again; if this repeats, the backup on the server may be damaged.")
                   .arg(where);
        break;
    }
    if (!detail.isEmpty())
        text += QLatin1Char('\n') + TerminalText::escaped(detail, TerminalText::LineBreaks::Keep);
    return text;
}
