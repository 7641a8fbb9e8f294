#include "probes/DetectionParser.h"

#include "probes/ProbeText.h"
#include "probes/Tampering.h"

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
    QStringList seen; // every line here is printed once
    const QStringList lines = ProbeText::lines(text);
    for (const QString &line : lines) {
        const QString key = line.startsWith(QLatin1String("systemd=")) ? QStringLiteral("systemd") : line;
        if (seen.contains(key)) {
            d = Detection();
            d.status = Tampering::repeatedKey(key);
            return d;
        }
        seen << key;
        if (line.startsWith(QLatin1String("systemd="))) {
            sawSystemd = true;
            d.systemd = line.mid(8) == QLatin1String("yes");
        } else if (line == QLatin1String("docker=yes")) {
            d.docker = true;
        } else if (line.startsWith(QLatin1String("dir /"))) {
            // "dir PATH[ env][ code][ compose]...": the path is escaped, the flags are known words at the end.
            QStringList f = line.mid(4).split(QLatin1Char(' '), Qt::SkipEmptyParts);
            MastodonDirCandidate c;
            static const QStringList flags = {QStringLiteral("env"), QStringLiteral("code"), QStringLiteral("compose")};
            while (f.size() > 1 && flags.contains(f.constLast())) {
                const QString flag = f.takeLast();
                c.hasEnv = c.hasEnv || flag == QLatin1String("env");
                c.hasCode = c.hasCode || flag == QLatin1String("code");
                c.hasCompose = c.hasCompose || flag == QLatin1String("compose");
            }
            c.dir = ProbeText::unescape(f.join(QLatin1Char(' ')));
            d.dirs << c;
        } else if (line.startsWith(QLatin1String("backup_dir /"))) {
            d.backupDirs << ProbeText::unescape(line.mid(11).trimmed());
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
