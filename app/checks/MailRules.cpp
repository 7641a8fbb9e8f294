#include "checks/MailRules.h"

namespace {
const QString &id()
{
    static const QString s = QStringLiteral("mail.smtp_unreachable");
    return s;
}
QString subject(const SmtpCheck &c)
{
    const QString host =
        c.server.contains(QLatin1Char(':')) ? QLatin1Char('[') + c.server + QLatin1Char(']') : c.server;
    return host + QLatin1Char(':') + QString::number(c.port);
}
} // namespace

QString MailRules::notCheckedReason(const SmtpCheck &c)
{
    if (c.state == QLatin1String("not-configured"))
        return tr("no mail server is set up (SMTP_SERVER is empty in .env.production), so Mastodon sends no e-mail");
    if (c.state == QLatin1String("other-delivery"))
        return tr("Mastodon hands its mail to %1 (SMTP_DELIVERY_METHOD), not to an SMTP server").arg(c.delivery);
    if (c.state == QLatin1String("no-env"))
        return tr(".env.production was not found in the Mastodon directory");
    if (c.state == QLatin1String("unreadable"))
        return tr(".env.production cannot be read by the user Hoshu logs in as");
    if (c.state == QLatin1String("container-name"))
        return tr("the mail server %1 is a name that only Mastodon's containers know (a compose service?), so Hoshu, "
                  "which checks from the host, could not try it")
            .arg(c.server);
    if (c.state == QLatin1String("no-tools"))
        return tr("neither openssl nor bash is installed on the server, so the mail server could not be tried");
    return c.status.reason;
}

QList<Finding> MailRules::evaluate(const Snapshot &snap)
{
    const SmtpCheck &c = snap.smtp;
    if (!c.status.collected)
        return {}; // a probe output from before this check (saved captures)
    if (!c.status.ok)
        return {Finding::unknown(id(), c.status.reason)};
    // A value no mailer can connect to is Mastodon's problem too, not only ours.
    if (c.state == QLatin1String("bad-server"))
        return {Finding::make(id(), Severity::Warning, c.server,
                              {{QStringLiteral("error"), QStringLiteral("bad-server")}})};
    if (c.state == QLatin1String("bad-port"))
        return {Finding::make(id(), Severity::Warning, {}, {{QStringLiteral("error"), QStringLiteral("bad-port")}})};
    if (!c.isChecked())
        return {Finding::unknown(id(), notCheckedReason(c))};
    QVariantMap ev = {{QStringLiteral("server"), c.server},
                      {QStringLiteral("port"), QString::number(c.port)},
                      {QStringLiteral("smtpMode"), c.mode},
                      {QStringLiteral("tls"), c.tls}};
    if (!c.connected) {
        ev.insert(QStringLiteral("stage"), QStringLiteral("connect"));
        ev.insert(QStringLiteral("error"), c.connectError);
        // Warning, not critical: the site and federation go on, and Sidekiq retries the
        // mails for days; but nobody can confirm a sign-up or reset a password meanwhile.
        return {Finding::make(id(), Severity::Warning, subject(c), ev)};
    }
    if (c.tls == QLatin1String("fail")) {
        ev.insert(QStringLiteral("stage"), QStringLiteral("tls"));
        ev.insert(QStringLiteral("error"), c.tlsError);
        return {Finding::make(id(), Severity::Warning, subject(c), ev)};
    }
    if (c.tls == QLatin1String("unchecked"))
        return {Finding::unknown(id(),
                                 tr("the connection to %1 works, but openssl is not installed on the server, so the "
                                    "encryption Mastodon uses could not be tried")
                                     .arg(subject(c)),
                                 subject(c))};
    return {Finding::make(id(), Severity::Ok, subject(c), ev)};
}
