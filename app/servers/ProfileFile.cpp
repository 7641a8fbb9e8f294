#include "servers/ProfileFile.h"

#include "servers/ProfileJson.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace {
QString nativePath(const QString &path)
{
    return QDir::toNativeSeparators(path);
}
} // namespace

ProfileFile::Contents ProfileFile::read(const QString &path)
{
    Contents contents;
    if (!QFileInfo::exists(path)) {
        contents.status = Contents::Status::Missing;
        return contents;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        contents.status = Contents::Status::Unreadable;
        contents.error = file.errorString();
        return contents;
    }
    const QByteArray bytes = file.readAll();
    file.close();
    ProfileJson::ParsedFile parsed = ProfileJson::parseFile(bytes);
    contents.schema = parsed.schema;
    switch (parsed.result) {
    case ProfileJson::ParsedFile::Result::Ok:
        contents.status = Contents::Status::Ok;
        contents.servers = parsed.servers;
        contents.extra = parsed.extra;
        break;
    case ProfileJson::ParsedFile::Result::TooNew:
        contents.status = Contents::Status::TooNew;
        contents.servers = parsed.servers;
        break;
    case ProfileJson::ParsedFile::Result::Corrupt:
        contents.status = Contents::Status::Corrupt;
        contents.error = parsed.error;
        break;
    }
    return contents;
}

bool ProfileFile::write(const QString &path, const QList<ServerProfile> &servers, const QJsonObject &extra,
                        const std::function<void(QSaveFile &)> &beforeCommit, QString *error)
{
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath())) {
        *error = QCoreApplication::translate("ProfileStore", "Cannot create the folder %1.")
                     .arg(nativePath(info.absolutePath()));
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = QCoreApplication::translate("ProfileStore", "Cannot save the server list %1: %2")
                     .arg(nativePath(path), file.errorString());
        return false;
    }
    // On the temporary file, before any data: never world-readable, not even briefly.
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const QByteArray bytes = ProfileJson::serializeFile(servers, extra);
    // Qt 6.4's commit() returns true even when the final flush failed (disk full),
    // leaving a truncated file: check the write and the flush ourselves.
    if (file.write(bytes) != bytes.size() || !file.flush()) {
        *error = QCoreApplication::translate(
                     "ProfileStore", "Cannot save the server list %1: %2. The previous file is unchanged.")
                     .arg(nativePath(path), file.errorString());
        file.cancelWriting();
        return false;
    }
    if (beforeCommit)
        beforeCommit(file);
    if (!file.commit()) {
        *error = QCoreApplication::translate(
                     "ProfileStore", "Cannot save the server list %1: %2. The previous file is unchanged.")
                     .arg(nativePath(path), file.errorString());
        return false;
    }
    return true;
}

QString ProfileFile::setAside(const QString &path, QString *error)
{
    const QString base = path + QStringLiteral(".corrupt-")
        + QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    for (int n = 1; n < 1000; ++n) {
        const QString target = n == 1 ? base : base + QLatin1Char('-') + QString::number(n);
        if (QFileInfo::exists(target))
            continue;
        QFile file(path);
        if (file.rename(target))
            return target;
        *error = file.errorString();
        if (!QFileInfo::exists(target)) // failed for another reason than a race on the name
            return {};
    }
    return {};
}
