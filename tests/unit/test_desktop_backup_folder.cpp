// The folder of bundle copies on this computer: owner-only modes, the .sha256 beside each
// copy, newest first, pruning that never touches an unfinished copy, one folder per name.
#include "backups/DesktopBackupFolder.h"

#include <QDir>
#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QTest>

namespace {
void write(const QString &path, const QByteArray &data)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(data);
}

// sha256 of "hello\n", as sha256sum prints it.
const QString kHelloSha = QStringLiteral("5891b5b522d5df086d0ff0b110fbd9d21bb4fc7163af34d08286a2e846f6be03");
} // namespace

class TestDesktopBackupFolder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void foldersAreOwnerOnly()
    {
        QTemporaryDir tmp;
        const DesktopBackupFolder folder(tmp.filePath(QStringLiteral("copies")));
        QString error;
        QVERIFY2(folder.prepare(QStringLiteral("web1"), &error), qPrintable(error));
        const auto owner = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;
        const auto others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup | QFileDevice::ReadOther
            | QFileDevice::WriteOther | QFileDevice::ExeOther;
        for (const QString &dir : {folder.root(), folder.serverDir(QStringLiteral("web1"))}) {
            const auto p = QFile::permissions(dir);
            QVERIFY2((p & owner) == owner && !(p & others), qPrintable(dir));
        }
        // A folder that existed with wider modes is narrowed.
        QFile::setPermissions(folder.serverDir(QStringLiteral("web1")), owner | QFileDevice::ReadOther | QFileDevice::ExeOther);
        QVERIFY(folder.prepare(QStringLiteral("web1"), &error));
        QVERIFY(!(QFile::permissions(folder.serverDir(QStringLiteral("web1"))) & others));
    }

    void namesGetTheirOwnFolder()
    {
        QCOMPARE(DesktopBackupFolder::folderNameFor(QStringLiteral("web1")), QStringLiteral("web1"));
        QCOMPARE(DesktopBackupFolder::folderNameFor(QStringLiteral("本番 サーバ")), QStringLiteral("本番 サーバ"));
        const QStringList awkward{QStringLiteral(".."), QStringLiteral("."), QStringLiteral("a:b"), QStringLiteral("a_b"),
                                  QStringLiteral("a*b"), QStringLiteral("a\\b"), QStringLiteral(".hidden"), QStringLiteral("x.")};
        QSet<QString> folders;
        for (const QString &name : awkward) {
            const QString f = DesktopBackupFolder::folderNameFor(name);
            QVERIFY2(!f.startsWith(QLatin1Char('.')) && !f.contains(QLatin1Char('/')) && !f.contains(QLatin1Char('\\'))
                         && !f.contains(QLatin1Char(':')) && !f.contains(QLatin1Char('*')) && !f.endsWith(QLatin1Char('.')),
                     qPrintable(f));
            folders.insert(f);
        }
        QCOMPARE(folders.size(), awkward.size()); // "a:b" and "a_b" do not share a folder
    }

    void listsNewestFirstWithTheChecksumState()
    {
        QTemporaryDir tmp;
        const DesktopBackupFolder folder(tmp.path());
        QString error;
        QVERIFY(folder.prepare(QStringLiteral("web1"), &error));
        const QString older = folder.pathFor(QStringLiteral("web1"), QStringLiteral("mastodon-bundle-web1-20261130T010000Z.tar"));
        const QString newer = folder.pathFor(QStringLiteral("web1"), QStringLiteral("mastodon-bundle-web1-20261201T010000Z.tar"));
        const QString unfinished = folder.pathFor(QStringLiteral("web1"), QStringLiteral("mastodon-bundle-web1-20261202T010000Z.tar"));
        for (const QString &p : {older, newer, unfinished})
            write(p, "hello\n");
        QVERIFY(DesktopBackupFolder::recordChecksum(older, kHelloSha, &error));
        QVERIFY(DesktopBackupFolder::recordChecksum(newer, kHelloSha, &error));
        write(folder.pathFor(QStringLiteral("web1"), QStringLiteral("notes.txt")), "not a bundle");
        write(unfinished + QStringLiteral(".part"), "hel");

        const QList<DesktopCopy> copies = folder.list(QStringLiteral("web1"));
        QCOMPARE(copies.size(), 3);
        QCOMPARE(copies.at(0).path, unfinished);
        QCOMPARE(copies.at(0).checksum, DesktopCopy::Checksum::Missing);
        QCOMPARE(copies.at(1).path, newer);
        QCOMPARE(copies.at(1).checksum, DesktopCopy::Checksum::Recorded);
        QCOMPARE(copies.at(1).sha256, kHelloSha);
        QCOMPARE(copies.at(1).madeUtc, QDateTime(QDate(2026, 12, 1), QTime(1, 0), QTimeZone::utc()));
        QVERIFY(DesktopBackupFolder::verify(copies.at(1), nullptr));

        // The .sha256 is sha256sum's own format, owner-only.
        QFile sha(newer + QStringLiteral(".sha256"));
        QVERIFY(sha.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(sha.readAll()), kHelloSha + QStringLiteral("  mastodon-bundle-web1-20261201T010000Z.tar\n"));
        QCOMPARE(QFile::permissions(sha.fileName()) & ~(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser),
                 QFileDevice::Permissions());
    }

    void verifyFindsADamagedCopy()
    {
        QTemporaryDir tmp;
        const DesktopBackupFolder folder(tmp.path());
        QString error;
        QVERIFY(folder.prepare(QStringLiteral("web1"), &error));
        const QString path = folder.pathFor(QStringLiteral("web1"), QStringLiteral("mastodon-bundle-web1-20261201T010000Z.tar"));
        write(path, "hello\n");
        QVERIFY(DesktopBackupFolder::recordChecksum(path, kHelloSha, &error));
        write(path, "hellO\n");
        QString actual;
        QVERIFY(!DesktopBackupFolder::verify(folder.list(QStringLiteral("web1")).constFirst(), &actual));
        QVERIFY(actual != kHelloSha && actual.size() == 64);
        // A .sha256 naming another file, or not a checksum, is unreadable, never "recorded".
        write(path + QStringLiteral(".sha256"), (kHelloSha + QStringLiteral("  other.tar\n")).toUtf8());
        QCOMPARE(folder.list(QStringLiteral("web1")).constFirst().checksum, DesktopCopy::Checksum::Unreadable);
        write(path + QStringLiteral(".sha256"), "zz  mastodon-bundle-web1-20261201T010000Z.tar\n");
        QCOMPARE(folder.list(QStringLiteral("web1")).constFirst().checksum, DesktopCopy::Checksum::Unreadable);
    }

    void pruneKeepsTheNewestFinishedCopies()
    {
        QTemporaryDir tmp;
        const DesktopBackupFolder folder(tmp.path());
        QString error;
        QVERIFY(folder.prepare(QStringLiteral("web1"), &error));
        QStringList names;
        for (int day = 1; day <= 5; ++day) {
            const QString name = QStringLiteral("mastodon-bundle-web1-202611%1T010000Z.tar").arg(day, 2, 10, QLatin1Char('0'));
            write(folder.pathFor(QStringLiteral("web1"), name), "hello\n");
            if (day != 2) // day 2 is an unfinished copy: never pruned
                QVERIFY(DesktopBackupFolder::recordChecksum(folder.pathFor(QStringLiteral("web1"), name), kHelloSha, &error));
            names << name;
        }
        const QStringList removed = folder.prune(QStringLiteral("web1"), 2, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(removed, (QStringList{names.at(2), names.at(0)}));
        QStringList left = QDir(folder.serverDir(QStringLiteral("web1"))).entryList(QDir::Files, QDir::Name);
        QCOMPARE(left, (QStringList{names.at(1), names.at(3), names.at(3) + QStringLiteral(".sha256"), names.at(4),
                                    names.at(4) + QStringLiteral(".sha256")}));
        QVERIFY(folder.prune(QStringLiteral("web1"), 2, &error).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDesktopBackupFolder)
#include "test_desktop_backup_folder.moc"
