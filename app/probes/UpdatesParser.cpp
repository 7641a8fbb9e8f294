#include "probes/UpdatesParser.h"

#include "probes/ProbeText.h"
#include "probes/Tampering.h"

#include <QRegularExpression>

int PendingUpdates::securityCount() const
{
    int n = 0;
    for (const PendingPackage &p : packages)
        n += p.security ? 1 : 0;
    return n;
}

bool PendingUpdates::contains(const QString &name) const
{
    for (const PendingPackage &p : packages) {
        if (p.name == name || p.name.startsWith(name + QLatin1Char('.')))
            return true;
    }
    return false;
}

PendingUpdates UpdatesParser::parse(const QString &text)
{
    PendingUpdates u;
    static const QRegularExpression inst(QStringLiteral(R"(^inst (\S{1,200}) (\S{1,200}) (.{0,300})$)"));
    QString status;
    QStringList other;
    QStringList keys; // each printed once
    const QStringList lines = ProbeText::lines(text);
    for (const QString &line : lines) {
        for (const char *key : {"manager=", "status=", "key=", "unchanged="}) {
            if (!line.startsWith(QLatin1String(key)))
                continue;
            if (keys.contains(QLatin1String(key))) {
                u = PendingUpdates();
                u.status = Tampering::repeatedKey(QString::fromLatin1(key).chopped(1));
                return u;
            }
            keys << QLatin1String(key);
        }
        if (line.startsWith(QLatin1String("manager="))) {
            u.manager = line.mid(8).trimmed();
            continue;
        }
        if (line.startsWith(QLatin1String("status="))) {
            status = line.mid(7).trimmed();
            continue;
        }
        if (line.startsWith(QLatin1String("key="))) {
            u.key = line.mid(4).trimmed();
            continue;
        }
        if (line == QLatin1String("unchanged=1")) {
            u.unchanged = true;
            continue;
        }
        const QRegularExpressionMatch m = inst.match(line);
        if (!m.hasMatch()) {
            other << line;
            continue;
        }
        PendingPackage p;
        p.name = m.captured(1);
        p.version = m.captured(2);
        p.origin = m.captured(3).trimmed();
        p.security = p.origin.contains(QLatin1String("security"), Qt::CaseInsensitive);
        u.packages << p;
    }
    if (u.manager != QLatin1String("apt") && u.manager != QLatin1String("yum") && u.manager != QLatin1String("dnf")) {
        const QString why = u.manager == QLatin1String("unknown") ? QStringLiteral("no known package manager")
                                                                  : QStringLiteral("update list unreadable: ")
                + ProbeText::firstLine(text);
        u = PendingUpdates();
        u.status = ParseStatus::bad(why);
        return u;
    }
    if (u.unchanged) {
        u.packages.clear();
        u.status = u.key.isEmpty() ? ParseStatus::bad(QStringLiteral("update list unreadable: no key"))
                                   : ParseStatus::bad(QStringLiteral("unchanged since the last refresh"));
        return u;
    }
    if (status != QLatin1String("0")) {
        const QString why = QStringLiteral("the package manager failed (status %1): ").arg(status)
            + ProbeText::firstLine(other.join(QLatin1Char('\n')));
        u = PendingUpdates();
        u.status = ParseStatus::bad(why);
        return u;
    }
    u.status = ParseStatus::good();
    return u;
}
