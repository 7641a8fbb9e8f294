#include "probes/DfParser.h"

#include "probes/ProbeText.h"
#include "probes/SafeMath.h"
#include "probes/Tampering.h"

#include <QRegularExpression>

namespace {
// device type n1 n2 n3 pct mount (mount may contain spaces)
const QRegularExpression &row()
{
    static const QRegularExpression re(
        QStringLiteral(R"(^(\S+)\s+(\S+)\s+(\d{1,19})\s+(\d{1,19})\s+(\d{1,19})\s+(\d{1,3}%|-)\s+(/.*)$)"));
    return re;
}
bool isNoise(const QString &type, const QString &mount)
{
    static const QStringList types = {QStringLiteral("tmpfs"), QStringLiteral("devtmpfs"), QStringLiteral("squashfs"),
                                      QStringLiteral("proc"), QStringLiteral("sysfs"), QStringLiteral("efivarfs"),
                                      QStringLiteral("iso9660"), QStringLiteral("nsfs"), QStringLiteral("autofs")};
    // /run/host/* are bind mounts of the container's host (systemd-nspawn): not this system's disks.
    return types.contains(type) || mount.startsWith(QLatin1String("/snap/"))
        || mount.startsWith(QLatin1String("/run/host/")) || mount == QLatin1String("/run/host");
}
} // namespace

int Filesystem::usedPercent() const
{
    return SafeMath::percentOfSum(usedBytes, availBytes, SafeMath::Round::Up);
}

int Filesystem::inodesUsedPercent() const
{
    if (inodes <= 0 || inodesUsed < 0)
        return -1;
    return SafeMath::percent(inodesUsed, inodes, SafeMath::Round::Up);
}

const Filesystem *DiskFree::find(const QString &mount) const
{
    for (const Filesystem &fs : filesystems) {
        if (fs.mount == mount)
            return &fs;
    }
    return nullptr;
}

const Filesystem *DiskFree::holding(const QString &path) const
{
    const Filesystem *best = nullptr;
    for (const Filesystem &fs : filesystems) {
        const bool under = path == fs.mount || fs.mount == QLatin1String("/")
            || path.startsWith(fs.mount + QLatin1Char('/'));
        if (under && (!best || fs.mount.size() > best->mount.size()))
            best = &fs;
    }
    return best;
}

DiskFree DfParser::parse(const QString &text)
{
    DiskFree df;
    bool header = false;
    const QStringList lines = ProbeText::lines(text);
    for (const QString &line : lines) {
        if (line.startsWith(QLatin1String("Filesystem")) && line.contains(QLatin1String("Mounted on"))) {
            header = true;
            continue;
        }
        const QRegularExpressionMatch m = row().match(line);
        if (!m.hasMatch())
            continue;
        Filesystem fs;
        fs.device = m.captured(1);
        fs.type = m.captured(2);
        fs.mount = m.captured(7);
        bool ok1 = false, ok2 = false, ok3 = false;
        fs.sizeBytes = m.captured(3).toLongLong(&ok1);
        fs.usedBytes = m.captured(4).toLongLong(&ok2);
        fs.availBytes = m.captured(5).toLongLong(&ok3);
        if (!ok1 || !ok2 || !ok3 || isNoise(fs.type, fs.mount))
            continue;
        // df lists a mount point once (over-mounts show the top one only).
        if (df.find(fs.mount)) {
            df.filesystems.clear();
            df.status = Tampering::repeatedKey(fs.mount);
            return df;
        }
        df.filesystems << fs;
    }
    if (!header || df.filesystems.isEmpty()) {
        df.filesystems.clear();
        df.status = ParseStatus::bad(QStringLiteral("df output unreadable: ") + ProbeText::firstLine(text));
        return df;
    }
    df.status = ParseStatus::good();
    return df;
}

ParseStatus DfParser::mergeInodes(DiskFree *df, const QString &text)
{
    bool header = false;
    int merged = 0;
    QStringList seen;
    const QStringList lines = ProbeText::lines(text);
    for (const QString &line : lines) {
        if (line.startsWith(QLatin1String("Filesystem")) && line.contains(QLatin1String("Inodes"))) {
            header = true;
            continue;
        }
        const QRegularExpressionMatch m = row().match(line);
        if (!m.hasMatch() || isNoise(m.captured(2), m.captured(7)))
            continue;
        if (seen.contains(m.captured(7))) {
            for (Filesystem &fs : df->filesystems)
                fs.inodes = fs.inodesUsed = -1;
            return Tampering::repeatedKey(m.captured(7));
        }
        seen << m.captured(7);
        bool ok1 = false, ok2 = false;
        const qint64 inodes = m.captured(3).toLongLong(&ok1);
        const qint64 used = m.captured(4).toLongLong(&ok2);
        for (Filesystem &fs : df->filesystems) {
            if (fs.mount == m.captured(7)) {
                fs.inodes = ok1 ? inodes : -1;
                fs.inodesUsed = ok2 ? used : -1;
                ++merged;
            }
        }
    }
    if (!header || merged == 0)
        return ParseStatus::bad(QStringLiteral("df -i output unreadable: ") + ProbeText::firstLine(text));
    return ParseStatus::good();
}
