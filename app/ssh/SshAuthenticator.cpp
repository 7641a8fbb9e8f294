#include "ssh/SshAuthenticator.h"

#include <QFile>
#include <QStringList>

#include <cstring>

namespace {
using K = SshError::Kind;

struct PassphraseProbe
{
    bool asked = false;
};

// libssh asks here when a key is encrypted and we gave no passphrase: note it, refuse.
int recordPassphraseRequest(const char *, char *buf, size_t len, int, int, void *userdata)
{
    static_cast<PassphraseProbe *>(userdata)->asked = true;
    if (buf && len > 0)
        buf[0] = '\0';
    return -1;
}

QString methodNames(int methods)
{
    QStringList names;
    if (methods & SSH_AUTH_METHOD_PUBLICKEY)
        names << QStringLiteral("publickey");
    if (methods & SSH_AUTH_METHOD_INTERACTIVE)
        names << QStringLiteral("keyboard-interactive");
    if (methods & SSH_AUTH_METHOD_PASSWORD)
        names << QStringLiteral("password");
    if (methods & SSH_AUTH_METHOD_GSSAPI_MIC)
        names << QStringLiteral("gssapi-with-mic");
    if (methods & SSH_AUTH_METHOD_HOSTBASED)
        names << QStringLiteral("hostbased");
    return names.isEmpty() ? QStringLiteral("none") : names.join(QLatin1String(", "));
}

class Attempt
{
public:
    Attempt(ssh_session session, const ConnectionParams &params)
        : m_session(session), m_params(params)
    {
        // Private copies so the bytes libssh reads stay alive until they wipe themselves.
        m_password = params.password;
        m_passphrase = params.keyPassphrase;
    }

    SshError run();

private:
    // Updates m_methods after a partial success; returns true when fully authenticated.
    bool handle(int rc, const QString &method, SshError *fatal);
    void tryKeyFile(SshError *fatal, bool *done);
    void tryKeyboardInteractive(SshError *fatal, bool *done);
    const char *passphraseOrNull() const { return m_passphrase.isEmpty() ? nullptr : m_passphrase.constData(); }

    ssh_session m_session;
    const ConnectionParams &m_params;
    SecretBytes m_password;
    SecretBytes m_passphrase;
    int m_methods = 0;
    QStringList m_tried;
    QString m_keyProblem;
    bool m_keyNeedsPassphrase = false;
};

bool Attempt::handle(int rc, const QString &method, SshError *fatal)
{
    m_tried << method;
    switch (rc) {
    case SSH_AUTH_SUCCESS:
        return true;
    case SSH_AUTH_PARTIAL:
        m_methods = ssh_userauth_list(m_session, nullptr);
        return false;
    case SSH_AUTH_ERROR:
        *fatal = SshError(K::ConnectionLost, QString::fromUtf8(ssh_get_error(m_session)));
        return false;
    default:
        return false;
    }
}

void Attempt::tryKeyFile(SshError *fatal, bool *done)
{
    PassphraseProbe probe;
    ssh_key key = nullptr;
    const QByteArray path = QFile::encodeName(m_params.identityFile);
    const int rc = ssh_pki_import_privkey_file(path.constData(), passphraseOrNull(), recordPassphraseRequest,
                                               &probe, &key);
    if (rc != SSH_OK || !key) {
        if (probe.asked || !m_passphrase.isEmpty()) {
            m_keyNeedsPassphrase = true;
            m_keyProblem = m_passphrase.isEmpty()
                ? QStringLiteral("the key %1 is encrypted and no passphrase was given").arg(m_params.identityFile)
                : QStringLiteral("the passphrase for %1 was not accepted").arg(m_params.identityFile);
        } else {
            m_keyProblem = QStringLiteral("cannot read the key file %1").arg(m_params.identityFile);
        }
        m_tried << QStringLiteral("publickey (%1: unusable)").arg(m_params.identityFile);
        return;
    }
    const int auth = ssh_userauth_publickey(m_session, nullptr, key);
    ssh_key_free(key);
    *done = handle(auth, QStringLiteral("publickey (%1)").arg(m_params.identityFile), fatal);
}

bool looksLikePassword(const QString &prompt, bool echo)
{
    // PAM says "Password: "; some servers localise it. Hidden input is a password.
    return !echo || prompt.contains(QLatin1String("assword"), Qt::CaseInsensitive);
}

void Attempt::tryKeyboardInteractive(SshError *fatal, bool *done)
{
    int rc = ssh_userauth_kbdint(m_session, nullptr, nullptr);
    int rounds = 0;
    while (rc == SSH_AUTH_INFO && rounds++ < 5) {
        const int n = ssh_userauth_kbdint_getnprompts(m_session);
        for (int i = 0; i < n; ++i) {
            char echo = 0;
            const char *prompt = ssh_userauth_kbdint_getprompt(m_session, static_cast<unsigned>(i), &echo);
            const bool secret = looksLikePassword(QString::fromUtf8(prompt ? prompt : ""), echo != 0);
            // An unanswerable (visible, non-password) question gets an empty answer: the server decides.
            ssh_userauth_kbdint_setanswer(m_session, static_cast<unsigned>(i), secret ? m_password.constData() : "");
        }
        rc = ssh_userauth_kbdint(m_session, nullptr, nullptr);
    }
    *done = handle(rc, QStringLiteral("keyboard-interactive"), fatal);
}

SshError Attempt::run()
{
    SshError fatal;
    int rc = ssh_userauth_none(m_session, nullptr);
    if (rc == SSH_AUTH_SUCCESS)
        return {};
    if (rc == SSH_AUTH_ERROR)
        return SshError(K::ConnectionLost, QString::fromUtf8(ssh_get_error(m_session)));
    m_methods = ssh_userauth_list(m_session, nullptr);
    const int offered = m_methods;
    bool done = false;

    if (m_params.useAgentAndDefaultKeys && (m_methods & SSH_AUTH_METHOD_PUBLICKEY)) {
        rc = ssh_userauth_publickey_auto(m_session, nullptr, passphraseOrNull());
        done = handle(rc, QStringLiteral("publickey (agent and default keys)"), &fatal);
    }
    if (!done && !fatal.isError() && !m_params.identityFile.isEmpty() && (m_methods & SSH_AUTH_METHOD_PUBLICKEY))
        tryKeyFile(&fatal, &done);
    const bool havePassword = !m_password.isEmpty();
    if (!done && !fatal.isError() && havePassword && (m_methods & SSH_AUTH_METHOD_INTERACTIVE))
        tryKeyboardInteractive(&fatal, &done);
    if (!done && !fatal.isError() && havePassword && (m_methods & SSH_AUTH_METHOD_PASSWORD)) {
        rc = ssh_userauth_password(m_session, nullptr, m_password.constData());
        done = handle(rc, QStringLiteral("password"), &fatal);
    }
    if (done)
        return {};
    if (fatal.isError())
        return fatal;

    const QString summary = QStringLiteral("server offers: %1; tried: %2")
                                .arg(methodNames(offered),
                                     m_tried.isEmpty() ? QStringLiteral("nothing usable") : m_tried.join(QLatin1String(", ")));
    if (m_keyNeedsPassphrase)
        return SshError(K::PassphraseRequired, m_keyProblem + QStringLiteral("; ") + summary);
    if (!havePassword && (offered & (SSH_AUTH_METHOD_PASSWORD | SSH_AUTH_METHOD_INTERACTIVE)))
        return SshError(K::PasswordRequired, summary);
    return SshError(K::AuthFailed, m_keyProblem.isEmpty() ? summary : m_keyProblem + QStringLiteral("; ") + summary);
}
} // namespace

SshError SshAuthenticator::authenticate(ssh_session session, const ConnectionParams &params)
{
    Attempt attempt(session, params);
    return attempt.run();
}
