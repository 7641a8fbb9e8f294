#include "probes/DiskUsageParser.h"

#include "probes/ProbeText.h"
#include "probes/SafeMath.h"
#include "probes/Tampering.h"

#include <QRegularExpression>
#include <QSet>

namespace {
QString roleOf(const QString &path, const QString &pgData)
{
    if (!pgData.isEmpty() && path == pgData)
        return QStringLiteral("pg_data");
    if (!pgData.isEmpty() && (path == pgData + QLatin1String("/pg_wal") || path == pgData + QLatin1String("/pg_xlog")))
        return QStringLiteral("pg_wal");
    if (!pgData.isEmpty() && path == pgData + QLatin1String("/base"))
        return QStringLiteral("pg_base");
    if (path.endsWith(QLatin1String("/public/system/cache")))
        return QStringLiteral("media_cache");
    if (path.endsWith(QLatin1String("/public/system")))
        return QStringLiteral("media");
    if (path.endsWith(QLatin1String("/node_modules")))
        return QStringLiteral("node_modules");
    if (path.endsWith(QLatin1String("/vendor")))
        return QStringLiteral("vendor");
    if (path.endsWith(QLatin1String("/.rbenv/versions")))
        return QStringLiteral("rubies");
    if (path.contains(QLatin1String("yarn")))
        return QStringLiteral("yarn_cache");
    if (path == QLatin1String("/var/log/journal"))
        return QStringLiteral("journal_dir");
    if (path == QLatin1String("/var/log"))
        return QStringLiteral("var_log");
    return {};
}
} // namespace

DiskUsage DiskUsageParser::parse(const QString &text)
{
    DiskUsage du;
    static const QRegularExpression row(QStringLiteral(R"(^(\d{1,19})\s+(/.*)$)"));
    static const QRegularExpression versionRe(QStringLiteral(R"(^[A-Za-z0-9._-]{1,60}$)"));
    // Each path, cluster and Ruby is printed once: a repeat is tampering.
    QSet<QString> seen;
    QString repeated;
    const auto once = [&](const QString &what) {
        if (seen.contains(what) && repeated.isEmpty())
            repeated = what;
        seen.insert(what);
    };
    bool sawPgData = false;
    const QStringList lines = ProbeText::lines(text);
    for (const QString &line : lines) {
        if (line.startsWith(QLatin1String("pgdata /"))) {
            const QString dir = ProbeText::unescape(line.mid(7).trimmed());
            once(QStringLiteral("pgdata ") + dir);
            // Only the first cluster is looked at in detail.
            if (!sawPgData)
                du.pgDataDir = dir;
            sawPgData = true;
            continue;
        }
        if (line.startsWith(QLatin1String("ruby_version "))) {
            const QString v = ProbeText::unescape(line.mid(13).trimmed());
            once(QStringLiteral("ruby_version ") + v);
            if (versionRe.match(v).hasMatch())
                du.rubyVersions << v;
            continue;
        }
        if (line.startsWith(QLatin1String("ruby_current "))) {
            once(QStringLiteral("ruby_current"));
            const QString v = ProbeText::unescape(line.mid(13).trimmed());
            if (versionRe.match(v).hasMatch())
                du.rubyCurrent = v;
            continue;
        }
        const QRegularExpressionMatch m = row.match(line);
        if (!m.hasMatch())
            continue;
        bool ok = false;
        const qint64 bytes = m.captured(1).toLongLong(&ok);
        if (!ok)
            continue;
        const QString path = ProbeText::unescape(m.captured(2));
        once(path);
        du.bytesByPath.insert(path, bytes);
        const QString role = roleOf(path, du.pgDataDir);
        if (role == QLatin1String("yarn_cache"))
            du.bytesByRole[role] = SafeMath::add(du.bytesByRole.value(role), bytes);
        else if (!role.isEmpty() && !du.bytesByRole.contains(role))
            du.bytesByRole.insert(role, bytes);
    }
    if (!repeated.isEmpty()) {
        du = DiskUsage();
        du.status = Tampering::repeatedKey(repeated);
        return du;
    }
    if (du.bytesByPath.isEmpty()) {
        du = DiskUsage();
        du.status = ParseStatus::bad(QStringLiteral("no du figures: ") + ProbeText::firstLine(text));
        return du;
    }
    du.status = ParseStatus::good();
    return du;
}
