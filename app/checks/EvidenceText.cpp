#include "checks/EvidenceText.h"

#include "checks/FindingText.h"

#include <QDateTime>
#include <QHash>
#include <QLocale>

namespace {
enum class Kind { Text, Bytes, Percent, Days, Hours, Seconds, Millis, Count, Time, Date, Flag, Hidden };

struct Key
{
    Kind kind;
    const char *label;
};

// The label of each evidence key, as lupdate sees it (QT_TRANSLATE_NOOP).
const QHash<QString, Key> &keys()
{
    static const QHash<QString, Key> table = {
        {QStringLiteral("activeState"), {Kind::Text, QT_TRANSLATE_NOOP("EvidenceText", "State")}},
        {QStringLiteral("subState"), {Kind::Text, QT_TRANSLATE_NOOP("EvidenceText", "Detail")}},
        {QStringLiteral("unitFileState"), {Kind::Text, QT_TRANSLATE_NOOP("EvidenceText", "At boot")}},
        {QStringLiteral("unit"), {Kind::Text, QT_TRANSLATE_NOOP("EvidenceText", "Service")}},
        {QStringLiteral("service"), {Kind::Text, QT_TRANSLATE_NOOP("EvidenceText", "Service")}},
        {QStringLiteral("timer"), {Kind::Text, QT_TRANSLATE_NOOP("EvidenceText", "Timer")}},
        {QStringLiteral("since"), {Kind::Time, QT_TRANSLATE_NOOP("EvidenceText", "Since")}},
        {QStringLiteral("restarts"), {Kind::Count, QT_TRANSLATE_NOOP("EvidenceText", "Restarts")}},
        {QStringLiteral("memoryBytes"), {Kind::Bytes, QT_TRANSLATE_NOOP("EvidenceText", "Memory")}},
        {QStringLiteral("status"), {Kind::Text, QT_TRANSLATE_NOOP("EvidenceText", "Status")}},
        {QStringLiteral("exitCode"), {Kind::Count, QT_TRANSLATE_NOOP("EvidenceText", "Exit status")}},
        {QStringLiteral("exitStatus"), {Kind::Count, QT_TRANSLATE_NOOP("EvidenceText", "Exit status")}},
        {QStringLiteral("result"), {Kind::Text, QT_TRANSLATE_NOOP("EvidenceText", "Result")}},
        {QStringLiteral("lastRun"), {Kind::Time, QT_TRANSLATE_NOOP("EvidenceText", "Last run")}},
        {QStringLiteral("mount"), {Kind::Text, QT_TRANSLATE_NOOP("EvidenceText", "Filesystem")}},
        {QStringLiteral("percent"), {Kind::Percent, QT_TRANSLATE_NOOP("EvidenceText", "Used")}},
        {QStringLiteral("inodePercent"), {Kind::Percent, QT_TRANSLATE_NOOP("EvidenceText", "Inodes used")}},
        {QStringLiteral("warnPercent"), {Kind::Percent, QT_TRANSLATE_NOOP("EvidenceText", "Warning at")}},
        {QStringLiteral("critPercent"), {Kind::Percent, QT_TRANSLATE_NOOP("EvidenceText", "Critical at")}},
        {QStringLiteral("availBytes"), {Kind::Bytes, QT_TRANSLATE_NOOP("EvidenceText", "Free")}},
        {QStringLiteral("availableBytes"), {Kind::Bytes, QT_TRANSLATE_NOOP("EvidenceText", "Available")}},
        {QStringLiteral("availablePercent"), {Kind::Percent, QT_TRANSLATE_NOOP("EvidenceText", "Available")}},
        {QStringLiteral("usedBytes"), {Kind::Bytes, QT_TRANSLATE_NOOP("EvidenceText", "Used")}},
        {QStringLiteral("sizeBytes"), {Kind::Bytes, QT_TRANSLATE_NOOP("EvidenceText", "Size")}},
        {QStringLiteral("totalBytes"), {Kind::Bytes, QT_TRANSLATE_NOOP("EvidenceText", "Total")}},
        {QStringLiteral("baseBytes"), {Kind::Bytes, QT_TRANSLATE_NOOP("EvidenceText", "Database files")}},
        {QStringLiteral("walBytes"), {Kind::Bytes, QT_TRANSLATE_NOOP("EvidenceText", "WAL")}},
        {QStringLiteral("bytes"), {Kind::Bytes, QT_TRANSLATE_NOOP("EvidenceText", "Size")}},
        {QStringLiteral("previousBytes"), {Kind::Bytes, QT_TRANSLATE_NOOP("EvidenceText", "Previous size")}},
        {QStringLiteral("limit"), {Kind::Bytes, QT_TRANSLATE_NOOP("EvidenceText", "Limit")}},
        {QStringLiteral("percentOfDisk"), {Kind::Percent, QT_TRANSLATE_NOOP("EvidenceText", "Share of the disk")}},
        {QStringLiteral("swapUsedPercent"), {Kind::Percent, QT_TRANSLATE_NOOP("EvidenceText", "Swap used")}},
        {QStringLiteral("days"), {Kind::Days, QT_TRANSLATE_NOOP("EvidenceText", "Days left")}},
        {QStringLiteral("diskDays"), {Kind::Days, QT_TRANSLATE_NOOP("EvidenceText", "Days left (file)")}},
        {QStringLiteral("servedDays"), {Kind::Days, QT_TRANSLATE_NOOP("EvidenceText", "Days left (served)")}},
        {QStringLiteral("renewDays"), {Kind::Days, QT_TRANSLATE_NOOP("EvidenceText", "certbot renews at")}},
        {QStringLiteral("horizonDays"), {Kind::Days, QT_TRANSLATE_NOOP("EvidenceText", "Looks ahead")}},
        {QStringLiteral("ageDays"), {Kind::Days, QT_TRANSLATE_NOOP("EvidenceText", "Age")}},
        {QStringLiteral("ageHours"), {Kind::Hours, QT_TRANSLATE_NOOP("EvidenceText", "Age")}},
        {QStringLiteral("notAfter"), {Kind::Time, QT_TRANSLATE_NOOP("EvidenceText", "Expires")}},
        {QStringLiteral("diskNotAfter"), {Kind::Time, QT_TRANSLATE_NOOP("EvidenceText", "File expires")}},
        {QStringLiteral("servedNotAfter"), {Kind::Time, QT_TRANSLATE_NOOP("EvidenceText", "Served expires")}},
        {QStringLiteral("fullAt"), {Kind::Time, QT_TRANSLATE_NOOP("EvidenceText", "Full around")}},
        {QStringLiteral("modified"), {Kind::Time, QT_TRANSLATE_NOOP("EvidenceText", "Written")}},
        {QStringLiteral("copied"), {Kind::Time, QT_TRANSLATE_NOOP("EvidenceText", "Newest copy here")}},
        {QStringLiteral("folder"), {Kind::Text, QT_TRANSLATE_NOOP("EvidenceText", "Copies folder")}},
        {QStringLiteral("lastPassed"), {Kind::Time, QT_TRANSLATE_NOOP("EvidenceText", "Last passed drill")}},
        {QStringLiteral("lastFailed"), {Kind::Time, QT_TRANSLATE_NOOP("EvidenceText", "Last failed drill")}},
        {QStringLiteral("copyMaxAgeDays"), {Kind::Days, QT_TRANSLATE_NOOP("EvidenceText", "Copy here at least every")}},
        {QStringLiteral("maxAgeDays"), {Kind::Days, QT_TRANSLATE_NOOP("EvidenceText", "Drill at least every")}},
        {QStringLiteral("onlyBeginning"), {Kind::Flag, QT_TRANSLATE_NOOP("EvidenceText", "Only its beginning read")}},
        {QStringLiteral("due"), {Kind::Date, QT_TRANSLATE_NOOP("EvidenceText", "Due")}},
        {QStringLiteral("name"), {Kind::Text, QT_TRANSLATE_NOOP("EvidenceText", "Certificate")}},
        {QStringLiteral("domain"), {Kind::Text, QT_TRANSLATE_NOOP("EvidenceText", "Domain")}},
        {QStringLiteral("domains"), {Kind::Text, QT_TRANSLATE_NOOP("EvidenceText", "Names")}},
        {QStringLiteral("source"), {Kind::Hidden, ""}},
        {QStringLiteral("path"), {Kind::Text, QT_TRANSLATE_NOOP("EvidenceText", "File")}},
        {QStringLiteral("paths"), {Kind::Text, QT_TRANSLATE_NOOP("EvidenceText", "Files")}},
        {QStringLiteral("file"), {Kind::Text, QT_TRANSLATE_NOOP("EvidenceText", "File")}},
        {QStringLiteral("files"), {Kind::Text, QT_TRANSLATE_NOOP("EvidenceText", "Files")}},
        {QStringLiteral("dirs"), {Kind::Text, QT_TRANSLATE_NOOP("EvidenceText", "Looked in")}},
        {QStringLiteral("count"), {Kind::Count, QT_TRANSLATE_NOOP("EvidenceText", "Count")}},
        {QStringLiteral("version"), {Kind::Text, QT_TRANSLATE_NOOP("EvidenceText", "Version")}},
        {QStringLiteral("versions"), {Kind::Text, QT_TRANSLATE_NOOP("EvidenceText", "Versions")}},
        {QStringLiteral("oldVersions"), {Kind::Text, QT_TRANSLATE_NOOP("EvidenceText", "Old versions")}},
        {QStringLiteral("current"), {Kind::Text, QT_TRANSLATE_NOOP("EvidenceText", "In use")}},
        {QStringLiteral("latest"), {Kind::Text, QT_TRANSLATE_NOOP("EvidenceText", "Latest")}},
        {QStringLiteral("latestPatch"), {Kind::Text, QT_TRANSLATE_NOOP("EvidenceText", "Latest patch")}},
        {QStringLiteral("important"), {Kind::Flag, QT_TRANSLATE_NOOP("EvidenceText", "Important")}},
        {QStringLiteral("urgent"), {Kind::Flag, QT_TRANSLATE_NOOP("EvidenceText", "Urgent")}},
        {QStringLiteral("updatePending"), {Kind::Flag, QT_TRANSLATE_NOOP("EvidenceText", "Update waiting")}},
        {QStringLiteral("packages"), {Kind::Text, QT_TRANSLATE_NOOP("EvidenceText", "Packages")}},
        {QStringLiteral("security"), {Kind::Count, QT_TRANSLATE_NOOP("EvidenceText", "Security updates")}},
        {QStringLiteral("queue"), {Kind::Text, QT_TRANSLATE_NOOP("EvidenceText", "Queue")}},
        {QStringLiteral("queues"), {Kind::Text, QT_TRANSLATE_NOOP("EvidenceText", "Queues")}},
        {QStringLiteral("size"), {Kind::Count, QT_TRANSLATE_NOOP("EvidenceText", "Jobs waiting")}},
        {QStringLiteral("latencySec"), {Kind::Seconds, QT_TRANSLATE_NOOP("EvidenceText", "Oldest job waits")}},
        {QStringLiteral("dead"), {Kind::Count, QT_TRANSLATE_NOOP("EvidenceText", "Dead jobs")}},
        {QStringLiteral("retry"), {Kind::Count, QT_TRANSLATE_NOOP("EvidenceText", "Retries")}},
        {QStringLiteral("processes"), {Kind::Count, QT_TRANSLATE_NOOP("EvidenceText", "Sidekiq processes")}},
        {QStringLiteral("listeners"), {Kind::Count, QT_TRANSLATE_NOOP("EvidenceText", "Processes on the scheduler queue")}},
        {QStringLiteral("scheduler"), {Kind::Text, QT_TRANSLATE_NOOP("EvidenceText", "Scheduler")}},
        {QStringLiteral("schedulers"), {Kind::Text, QT_TRANSLATE_NOOP("EvidenceText", "Run by")}},
        {QStringLiteral("unitsWithoutScheduler"), {Kind::Text, QT_TRANSLATE_NOOP("EvidenceText", "Without the scheduler")}},
        {QStringLiteral("checked"), {Kind::Text, QT_TRANSLATE_NOOP("EvidenceText", "Looked for")}},
        {QStringLiteral("failedRuns"), {Kind::Text, QT_TRANSLATE_NOOP("EvidenceText", "Failed runs")}},
        {QStringLiteral("lateCerts"), {Kind::Text, QT_TRANSLATE_NOOP("EvidenceText", "Not renewed")}},
        {QStringLiteral("url"), {Kind::Text, QT_TRANSLATE_NOOP("EvidenceText", "Address")}},
        {QStringLiteral("api"), {Kind::Text, QT_TRANSLATE_NOOP("EvidenceText", "API")}},
        {QStringLiteral("httpStatus"), {Kind::Count, QT_TRANSLATE_NOOP("EvidenceText", "HTTP status")}},
        {QStringLiteral("elapsedMs"), {Kind::Millis, QT_TRANSLATE_NOOP("EvidenceText", "Took")}},
        {QStringLiteral("tlsErrors"), {Kind::Text, QT_TRANSLATE_NOOP("EvidenceText", "TLS errors")}},
        {QStringLiteral("error"), {Kind::Text, QT_TRANSLATE_NOOP("EvidenceText", "Error")}},
        {QStringLiteral("failedAssets"), {Kind::Text, QT_TRANSLATE_NOOP("EvidenceText", "Failed files")}},
        {QStringLiteral("failedCount"), {Kind::Count, QT_TRANSLATE_NOOP("EvidenceText", "Failed")}},
        {QStringLiteral("assetCount"), {Kind::Count, QT_TRANSLATE_NOOP("EvidenceText", "Files checked")}},
        {QStringLiteral("rulesCount"), {Kind::Count, QT_TRANSLATE_NOOP("EvidenceText", "Rules")}},
        {QStringLiteral("what"), {Kind::Text, QT_TRANSLATE_NOOP("EvidenceText", "What")}},
        {QStringLiteral("server"), {Kind::Text, QT_TRANSLATE_NOOP("EvidenceText", "Mail server")}},
        {QStringLiteral("port"), {Kind::Text, QT_TRANSLATE_NOOP("EvidenceText", "Port")}},
        {QStringLiteral("smtpMode"), {Kind::Text, QT_TRANSLATE_NOOP("EvidenceText", "Encryption")}},
        {QStringLiteral("tls"), {Kind::Text, QT_TRANSLATE_NOOP("EvidenceText", "TLS")}},
        // Shown in the message itself; technical names the user never needs twice.
        {QStringLiteral("reason"), {Kind::Hidden, ""}},
        {QStringLiteral("lastReason"), {Kind::Hidden, ""}},
        {QStringLiteral("kind"), {Kind::Hidden, ""}},
        {QStringLiteral("stage"), {Kind::Hidden, ""}},
        {QStringLiteral("detail"), {Kind::Text, QT_TRANSLATE_NOOP("EvidenceText", "Detail")}},
    };
    return table;
}

QString duration(qint64 secs)
{
    if (secs < 120)
        return EvidenceText::tr("%n s", nullptr, int(secs));
    if (secs < 2 * 3600)
        return EvidenceText::tr("%n min", nullptr, int(secs / 60));
    if (secs < 2 * 86400)
        return EvidenceText::tr("%n h", nullptr, int(secs / 3600));
    return EvidenceText::tr("%n day(s)", nullptr, int(qMin<qint64>(secs / 86400, 1000000)));
}
} // namespace

bool EvidenceText::knows(const QString &key)
{
    return keys().contains(key);
}

QString EvidenceText::label(const QString &key)
{
    const auto it = keys().constFind(key);
    return it == keys().constEnd() || it->kind == Kind::Hidden ? QString() : tr(it->label);
}

QString EvidenceText::localTime(const QString &iso)
{
    const QDateTime t = QDateTime::fromString(iso, Qt::ISODate);
    if (!t.isValid())
        return iso;
    return QLocale().toString(t.toLocalTime(), QLocale::ShortFormat);
}

QString EvidenceText::value(const QString &key, const QVariant &v)
{
    const auto it = keys().constFind(key);
    const Kind kind = it == keys().constEnd() ? Kind::Text : it->kind;
    const QLocale locale;
    const bool isNumber = v.canConvert<qint64>() && !v.toString().isEmpty();
    // A negative number is the rules' "not known": say nothing rather than "-1".
    if (isNumber && kind != Kind::Text && kind != Kind::Flag && kind != Kind::Days && v.toLongLong() < 0)
        return QString();
    switch (kind) {
    case Kind::Hidden:
        return QString();
    case Kind::Bytes:
        return isNumber ? FindingText::size(v.toLongLong()) : v.toString();
    case Kind::Percent:
        return isNumber ? tr("%1%").arg(locale.toString(v.toLongLong())) : v.toString();
    case Kind::Days: {
        if (!isNumber)
            return v.toString();
        const int days = int(qBound(qint64(-1000000), v.toLongLong(), qint64(1000000)));
        return days < 0 ? tr("%n day(s) ago", nullptr, -days) : tr("%n day(s)", nullptr, days);
    }
    case Kind::Hours:
        return isNumber ? duration(v.toLongLong() * 3600) : v.toString();
    case Kind::Seconds:
        return isNumber ? duration(v.toLongLong()) : v.toString();
    case Kind::Millis:
        return isNumber ? tr("%1 s").arg(locale.toString(v.toDouble() / 1000.0, 'f', 1)) : v.toString();
    case Kind::Count:
        return isNumber ? locale.toString(v.toLongLong()) : v.toString();
    case Kind::Time:
        if (v.typeId() == QMetaType::QDateTime)
            return locale.toString(v.toDateTime().toLocalTime(), QLocale::ShortFormat);
        return localTime(v.toString());
    case Kind::Date: {
        const QDate d = QDate::fromString(v.toString(), Qt::ISODate);
        return d.isValid() ? locale.toString(d, QLocale::ShortFormat) : v.toString();
    }
    case Kind::Flag:
        return v.toBool() ? tr("yes") : QString();
    case Kind::Text:
        break;
    }
    if (v.typeId() == QMetaType::QStringList)
        return v.toStringList().join(QStringLiteral(", "));
    return v.toString();
}

QString EvidenceText::line(const QVariantMap &evidence)
{
    QStringList parts;
    QStringList seen;
    for (auto it = evidence.cbegin(); it != evidence.cend(); ++it) {
        const QString name = label(it.key());
        const QString shown = value(it.key(), it.value());
        if (name.isEmpty() || shown.isEmpty())
            continue;
        // "unit" and "service", or a certificate's name and its one domain, often
        // say the same thing: show a value once.
        const auto key = keys().constFind(it.key());
        const bool text = key == keys().constEnd() || key->kind == Kind::Text;
        if (text && seen.contains(shown))
            continue;
        if (text)
            seen << shown;
        parts << tr("%1: %2").arg(name, shown);
    }
    return parts.join(QStringLiteral(" · "));
}
