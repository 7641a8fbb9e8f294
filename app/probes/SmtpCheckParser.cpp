#include "probes/SmtpCheckParser.h"

#include "probes/ProbeText.h"
#include "probes/Tampering.h"

#include <QSet>

namespace {
SmtpCheck unreadable(const QString &why)
{
    SmtpCheck c;
    c.status = ParseStatus::bad(QStringLiteral("smtp check unreadable: ") + why);
    return c;
}
// "ok" or "fail REASON" (REASON escaped by the probe); false when neither.
bool okOrFail(const QString &value, bool *ok, QString *reason)
{
    if (value == QLatin1String("ok")) {
        *ok = true;
        return true;
    }
    if (value.startsWith(QLatin1String("fail"))) {
        *ok = false;
        *reason = ProbeText::unescape(value.mid(4).trimmed()).left(200);
        if (reason->isEmpty())
            *reason = QStringLiteral("failed");
        return true;
    }
    return false;
}
} // namespace

SmtpCheck SmtpCheckParser::parse(const QString &text)
{
    static const QStringList states = {QStringLiteral("checked"),        QStringLiteral("not-configured"),
                                       QStringLiteral("other-delivery"), QStringLiteral("no-env"),
                                       QStringLiteral("unreadable"),     QStringLiteral("no-tools"),
                                       QStringLiteral("bad-server"),     QStringLiteral("bad-port"),
                                       QStringLiteral("container-name")};
    static const QStringList modes = {QStringLiteral("tls"), QStringLiteral("starttls"), QStringLiteral("auto"),
                                      QStringLiteral("none")};
    SmtpCheck c;
    QSet<QString> seen;
    QString portText, connect, tls;
    for (const QString &line : ProbeText::lines(text)) {
        QString key, value;
        if (line.startsWith(QLatin1String("state="))) {
            key = QStringLiteral("state");
            value = line.mid(6).trimmed();
        } else {
            const qsizetype sp = line.indexOf(QLatin1Char(' '));
            key = sp < 0 ? line : line.left(sp);
            value = sp < 0 ? QString() : line.mid(sp + 1);
        }
        static const QStringList known = {
            QStringLiteral("state"),    QStringLiteral("server"),  QStringLiteral("port"), QStringLiteral("mode"),
            QStringLiteral("delivery"), QStringLiteral("connect"), QStringLiteral("tls")};
        if (!known.contains(key))
            continue; // stderr of a tool, never a line of ours
        if (seen.contains(key)) {
            SmtpCheck t;
            t.status = Tampering::repeatedKey(key);
            return t;
        }
        seen.insert(key);
        if (key == QLatin1String("state"))
            c.state = value;
        else if (key == QLatin1String("server"))
            c.server = ProbeText::unescape(value);
        else if (key == QLatin1String("port"))
            portText = value;
        else if (key == QLatin1String("mode"))
            c.mode = value.trimmed();
        else if (key == QLatin1String("delivery"))
            c.delivery = ProbeText::unescape(value);
        else if (key == QLatin1String("connect"))
            connect = value.trimmed();
        else
            tls = value.trimmed();
    }
    if (!states.contains(c.state))
        return unreadable(ProbeText::firstLine(text));
    if (c.state != QLatin1String("checked")) {
        // Nothing was tried: only the value that explains why is kept.
        const SmtpCheck why = c;
        c = SmtpCheck();
        c.state = why.state;
        if (why.state == QLatin1String("other-delivery"))
            c.delivery = why.delivery;
        if (why.state == QLatin1String("bad-server") || why.state == QLatin1String("container-name"))
            c.server = why.server;
        if (why.state == QLatin1String("container-name"))
            c.port = portText.trimmed().toInt();
        c.status = ParseStatus::good();
        return c;
    }
    bool portOk = false;
    c.port = portText.trimmed().toInt(&portOk);
    if (c.server.isEmpty() || !portOk || c.port < 1 || c.port > 65535 || !modes.contains(c.mode))
        return unreadable(QStringLiteral("server, port or mode missing"));
    if (!okOrFail(connect, &c.connected, &c.connectError))
        return unreadable(QStringLiteral("no connect result"));
    if (c.connected) {
        bool tlsOk = false;
        static const QStringList plain = {QStringLiteral("off"), QStringLiteral("not-offered")};
        if (plain.contains(tls)) {
            c.tls = tls;
        } else if (tls.startsWith(QLatin1String("unchecked"))) {
            c.tls = QStringLiteral("unchecked");
            c.tlsError = ProbeText::unescape(tls.mid(9).trimmed()).left(200);
        } else if (okOrFail(tls, &tlsOk, &c.tlsError)) {
            c.tls = tlsOk ? QStringLiteral("ok") : QStringLiteral("fail");
        } else {
            return unreadable(QStringLiteral("no TLS result"));
        }
        // The probe tries TLS exactly as the mode says: plain only where Mastodon never asks
        // for TLS, "not offered" only where it would then send in the clear.
        const bool none = c.mode == QLatin1String("none");
        if ((c.tls == QLatin1String("off")) != none
            || (c.tls == QLatin1String("not-offered") && c.mode != QLatin1String("auto")))
            return unreadable(QStringLiteral("TLS result does not fit the mode"));
    } else if (!tls.isEmpty()) {
        return unreadable(QStringLiteral("TLS result without a connection"));
    }
    c.status = ParseStatus::good();
    return c;
}
