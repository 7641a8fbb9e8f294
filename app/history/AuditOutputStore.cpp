#include "AuditOutputStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QRegularExpression>

namespace {
constexpr auto kOwnerOnlyDir = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;
constexpr auto kOwnerOnlyFile = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
const QString kTimeFormat = QStringLiteral("yyyyMMdd'T'HHmmsszzz'Z'");
} // namespace

AuditOutputStore::AuditOutputStore(const QString &auditLogPath)
    : m_dir(QFileInfo(auditLogPath).absolutePath() + QStringLiteral("/audit"))
{
}

bool AuditOutputStore::isValidName(const QString &fileName)
{
    static const QRegularExpression re(QStringLiteral("^[0-9]{8}T[0-9]{9}Z-[0-9a-f]{8,32}\\.log$"));
    return re.match(fileName).hasMatch();
}

QString AuditOutputStore::write(const QByteArray &output, const QDateTime &time, QString *error)
{
    if (!QFileInfo::exists(m_dir)) {
        const QString parent = QFileInfo(m_dir).absolutePath();
        if (!QDir().mkpath(parent) || !QDir().mkdir(m_dir, kOwnerOnlyDir)) {
            if (error)
                *error = tr("Cannot create the folder %1.").arg(m_dir);
            return {};
        }
    }
    for (int attempt = 0; attempt < 4; ++attempt) {
        const QString name = time.toUTC().toString(kTimeFormat) + QLatin1Char('-')
                           + QString::number(QRandomGenerator::system()->generate(), 16).rightJustified(8, QLatin1Char('0'))
                           + QStringLiteral(".log");
        QFile file(m_dir + QLatin1Char('/') + name);
        // Created 0600 from the start, never readable by others for a moment.
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, kOwnerOnlyFile)) {
            if (file.exists())
                continue;
            if (error)
                *error = tr("Cannot write %1: %2").arg(file.fileName(), file.errorString());
            return {};
        }
        if (file.write(output) != output.size()) {
            if (error)
                *error = tr("Cannot write %1: %2").arg(file.fileName(), file.errorString());
            file.close();
            file.remove();
            return {};
        }
        return name;
    }
    if (error)
        *error = tr("Cannot write the output of the run to %1.").arg(m_dir);
    return {};
}

QByteArray AuditOutputStore::read(const QString &fileName, bool *found, qint64 maxBytes) const
{
    if (found)
        *found = false;
    if (!isValidName(fileName))
        return {};
    QFile file(m_dir + QLatin1Char('/') + fileName);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    if (found)
        *found = true;
    return file.read(maxBytes);
}

int AuditOutputStore::prune(const QDateTime &now, int maxAgeDays, qint64 maxTotalBytes) const
{
    QDir dir(m_dir);
    if (!dir.exists())
        return 0;
    // Names start with the UTC time: by name is oldest first.
    const QFileInfoList files = dir.entryInfoList({QStringLiteral("*.log")}, QDir::Files, QDir::Name);
    const QString oldestKept = now.toUTC().addDays(-maxAgeDays).toString(kTimeFormat);
    qint64 total = 0;
    QList<QFileInfo> ours;
    for (const QFileInfo &f : files) {
        if (!isValidName(f.fileName()))
            continue;
        ours << f;
        total += f.size();
    }
    int removed = 0;
    for (const QFileInfo &f : std::as_const(ours)) {
        const bool tooOld = f.fileName().left(oldestKept.size()) < oldestKept;
        if (!tooOld && total <= maxTotalBytes)
            break;
        if (QFile::remove(f.absoluteFilePath())) {
            total -= f.size();
            ++removed;
        }
    }
    return removed;
}
