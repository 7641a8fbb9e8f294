#include "ssh/HostKeyVerifier.h"

#include <QDir>
#include <QFileInfo>

namespace {
HostKeyInfo describe(ssh_session session, const ConnectionParams &params, QString *error)
{
    HostKeyInfo info;
    info.knownHostsFile = params.effectiveKnownHostsFile();
    char *host = nullptr;
    if (ssh_options_get(session, SSH_OPTIONS_HOST, &host) == SSH_OK && host) {
        info.host = QString::fromUtf8(host);
        ssh_string_free_char(host);
    }
    unsigned int port = 22;
    if (ssh_options_get_port(session, &port) == SSH_OK)
        info.port = static_cast<quint16>(port);

    ssh_key key = nullptr;
    if (ssh_get_server_publickey(session, &key) != SSH_OK || !key) {
        *error = QString::fromUtf8(ssh_get_error(session));
        return info;
    }
    info.keyType = QString::fromLatin1(ssh_key_type_to_char(ssh_key_type(key)));
    unsigned char *hash = nullptr;
    size_t hashLen = 0;
    if (ssh_get_publickey_hash(key, SSH_PUBLICKEY_HASH_SHA256, &hash, &hashLen) == SSH_OK) {
        char *fp = ssh_get_fingerprint_hash(SSH_PUBLICKEY_HASH_SHA256, hash, hashLen);
        if (fp) {
            info.fingerprintSha256 = QString::fromLatin1(fp);
            ssh_string_free_char(fp);
        }
        ssh_clean_pubkey_hash(&hash);
    }
    ssh_key_free(key);
    return info;
}

// Runs libssh's check against one file by pointing SSH_OPTIONS_KNOWNHOSTS at it.
ssh_known_hosts_e checkFile(ssh_session session, const QString &file)
{
    const QByteArray path = QFile::encodeName(file);
    ssh_options_set(session, SSH_OPTIONS_KNOWNHOSTS, path.constData());
    return ssh_session_is_known_server(session);
}
} // namespace

void HostKeyVerifier::enforceStrictChecking(ssh_session session)
{
    const int strict = 1;
    ssh_options_set(session, SSH_OPTIONS_STRICTHOSTKEYCHECK, &strict);
}

HostKeyVerifier::Outcome HostKeyVerifier::check(ssh_session session, const ConnectionParams &params)
{
    enforceStrictChecking(session);
    Outcome out;
    QString error;
    out.info = describe(session, params, &error);
    if (out.info.fingerprintSha256.isEmpty()) {
        out.result = Result::Error;
        out.detail = error.isEmpty() ? QStringLiteral("cannot read the server's host key") : error;
        return out;
    }
    const QString own = params.effectiveKnownHostsFile();
    const QString user = params.effectiveUserKnownHostsFile();

    // Hoshu's file first; the user's file only if Hoshu's knows nothing. We check the
    // user's file ourselves rather than trusting libssh's GLOBAL_KNOWNHOSTS handling.
    ssh_known_hosts_e state = checkFile(session, own);
    QString where = own;
    if ((state == SSH_KNOWN_HOSTS_NOT_FOUND || state == SSH_KNOWN_HOSTS_UNKNOWN) && !user.isEmpty()
        && QFileInfo::exists(user)) {
        state = checkFile(session, user);
        where = user;
    }
    checkFile(session, own); // restore: accept() writes to Hoshu's file

    const QString key = out.info.keyType + QLatin1Char(' ') + out.info.fingerprintSha256;
    switch (state) {
    case SSH_KNOWN_HOSTS_OK:
        out.result = Result::Known;
        break;
    case SSH_KNOWN_HOSTS_NOT_FOUND:
    case SSH_KNOWN_HOSTS_UNKNOWN:
        out.result = Result::Unknown;
        out.detail = QStringLiteral("%1:%2 presents %3").arg(out.info.host).arg(out.info.port).arg(key);
        break;
    case SSH_KNOWN_HOSTS_CHANGED:
    case SSH_KNOWN_HOSTS_OTHER:
        out.result = Result::Changed;
        out.detail = QStringLiteral("%1:%2 now presents %3, which does not match the key recorded in %4%5")
                         .arg(out.info.host)
                         .arg(out.info.port)
                         .arg(key, where,
                              state == SSH_KNOWN_HOSTS_OTHER ? QStringLiteral(" (different key type)")
                                                             : QString());
        break;
    case SSH_KNOWN_HOSTS_ERROR:
    default:
        out.result = Result::Error;
        out.detail = QString::fromUtf8(ssh_get_error(session));
        break;
    }
    return out;
}

bool HostKeyVerifier::accept(ssh_session session, const ConnectionParams &params, QString *error)
{
    const QString file = params.effectiveKnownHostsFile();
    QDir().mkpath(QFileInfo(file).absolutePath());
    const QByteArray path = QFile::encodeName(file);
    ssh_options_set(session, SSH_OPTIONS_KNOWNHOSTS, path.constData());
    if (ssh_session_update_known_hosts(session) != SSH_OK) {
        *error = QString::fromUtf8(ssh_get_error(session));
        return false;
    }
    return true;
}
