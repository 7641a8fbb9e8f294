#include "probes/DetectionParser.h"

#include "probes/ProbeText.h"

QString Detection::suggestedDeployment() const
{
    bool compose = false, native = false;
    for (const MastodonDirCandidate &d : dirs) {
        compose = compose || d.hasCompose;
        native = native || (d.hasCode && !d.hasCompose);
    }
    if (compose && docker && !native)
        return QStringLiteral("docker");
    if (native && systemd)
        return QStringLiteral("systemd");
    return {};
}

Detection DetectionParser::parse(const QString &text)
{
    Detection d;
    bool sawSystemd = false;
    const QStringList lines = ProbeText::lines(text);
    for (const QString &line : lines) {
        if (line.startsWith(QLatin1String("systemd="))) {
            sawSystemd = true;
            d.systemd = line.mid(8) == QLatin1String("yes");
        } else if (line == QLatin1String("docker=yes")) {
            d.docker = true;
        } else if (line.startsWith(QLatin1String("dir /"))) {
            const QStringList f = line.mid(4).split(QLatin1Char(' '), Qt::SkipEmptyParts);
            MastodonDirCandidate c;
            c.dir = f.value(0);
            c.hasEnv = f.contains(QStringLiteral("env"));
            c.hasCode = f.contains(QStringLiteral("code"));
            c.hasCompose = f.contains(QStringLiteral("compose"));
            d.dirs << c;
        } else if (line.startsWith(QLatin1String("backup_dir /"))) {
            d.backupDirs << line.mid(11).trimmed();
        }
    }
    if (!sawSystemd) {
        d = Detection();
        d.status = ParseStatus::bad(QStringLiteral("detection unreadable: ") + ProbeText::firstLine(text));
        return d;
    }
    d.status = ParseStatus::good();
    return d;
}
