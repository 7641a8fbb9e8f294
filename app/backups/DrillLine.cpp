#include "backups/DrillLine.h"

#include "backups/ResultLine.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringList>

namespace {
const char *const kTables[] = {"accounts", "statuses", "media_attachments", "users"};

bool parseCount(const QString &text, qint64 *value)
{
    if (text == QLatin1String("-")) {
        *value = -1;
        return true;
    }
    bool ok = false;
    *value = text.toLongLong(&ok);
    return ok && *value >= 0;
}
} // namespace

std::optional<DrillLine> DrillLine::parse(const QString &line)
{
    static const QRegularExpression re(QStringLiteral(
        "\\Ahoshu-drill: result=(pass|fail)"
        " accounts=([0-9]{1,18}|-)/([0-9]{1,18}|-) statuses=([0-9]{1,18}|-)/([0-9]{1,18}|-)"
        " media_attachments=([0-9]{1,18}|-)/([0-9]{1,18}|-) users=([0-9]{1,18}|-)/([0-9]{1,18}|-)"
        " reason=(ok|no_dump|extract|space|pg_restore|createdb|counts|left_behind|internal)"
        " source=(-|/[A-Za-z0-9._+@/-]{1,4000})\\z"));
    const QRegularExpressionMatch m = re.match(line);
    if (!m.hasMatch())
        return std::nullopt;
    DrillLine d;
    d.passed = m.captured(1) == QLatin1String("pass");
    for (int i = 0; i < 4; ++i) {
        Count c;
        c.table = QLatin1String(kTables[i]);
        if (!parseCount(m.captured(2 + 2 * i), &c.restored) || !parseCount(m.captured(3 + 2 * i), &c.live))
            return std::nullopt;
        d.counts << c;
    }
    d.reason = m.captured(10);
    d.source = m.captured(11) == QLatin1String("-") ? QString() : m.captured(11);
    if (d.passed != (d.reason == QLatin1String("ok")) || d.source.contains(QLatin1String("/../")))
        return std::nullopt;
    return d;
}

std::optional<DrillLine> DrillLine::findLast(const QString &output)
{
    const QString line = ResultLine::last(output, QLatin1String("hoshu-drill: "));
    return line.isNull() ? std::nullopt : parse(line);
}

QString DrillLine::reasonText(const QString &reason)
{
    const auto tr = [](const char *text) { return QCoreApplication::translate("DrillLine", text); };
    if (reason == QLatin1String("ok"))
        return tr("The backup restored, and it holds every row that was there when it was made.");
    if (reason == QLatin1String("no_dump"))
        return tr("There is no backup to restore in the backup directory. Make one first.");
    if (reason == QLatin1String("extract"))
        return tr("The dump could not be taken out of the bundle: the bundle is damaged or incomplete. Make a new one.");
    if (reason == QLatin1String("space"))
        return tr("There is not enough free disk space on the server to restore a copy of the database. Free some "
                  "space, or run the drill on another server.");
    if (reason == QLatin1String("pg_restore"))
        return tr("pg_restore could not restore the dump: it is damaged or truncated. This backup would not save "
                  "you: make a new one and drill again.");
    if (reason == QLatin1String("createdb"))
        return tr("The scratch database could not be created: the database user may lack the right to create "
                  "databases. See the output above.");
    if (reason == QLatin1String("counts"))
        return tr("The restored copy has fewer rows than the live database had when the dump was made: the dump is "
                  "incomplete. Make a new backup and drill again.");
    if (reason == QLatin1String("left_behind"))
        return tr("The drill restored the backup but could not remove its scratch database or files afterwards. "
                  "See the output above and remove them by hand.");
    return tr("The drill stopped before it could restore anything (the database may be unreachable). See the output "
              "above.");
}

QString DrillLine::countsText() const
{
    QStringList parts;
    for (const Count &c : counts) {
        const QString restored = c.restored < 0 ? QStringLiteral("-") : QString::number(c.restored);
        const QString live = c.live < 0 ? QStringLiteral("-") : QString::number(c.live);
        parts << QStringLiteral("%1 %2/%3").arg(c.table, restored, live);
    }
    return parts.join(QStringLiteral(", "));
}
