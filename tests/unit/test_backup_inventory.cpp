// One server's bundles on both sides as the Backups tab lists them: a copy that is the
// server's file (same name and SHA-256) is one entry "on both"; a copy whose SHA-256
// differs is an entry of its own; newest first by the name's stamp, else the file time.
#include "backups/BackupInventory.h"
#include "backups/CopyState.h"

#include <QTest>
#include <QTimeZone>

namespace {
BundleLine onServer(const QString &name, char sha)
{
    BundleLine b;
    b.path = QStringLiteral("/var/backups/mastodon/") + name;
    b.size = 1000;
    b.sha256 = QString(64, QLatin1Char(sha));
    return b;
}

DesktopCopy here(const QString &name, char sha, const QDateTime &modified = QDateTime())
{
    DesktopCopy c;
    c.path = QStringLiteral("/home/u/copies/web1/") + name;
    c.fileName = name;
    c.bundleName = name;
    c.size = 2000;
    c.modified = modified;
    c.sha256 = sha ? QString(64, QLatin1Char(sha)) : QString();
    c.checksum = sha ? DesktopCopy::Checksum::Recorded : DesktopCopy::Checksum::Missing;
    c.madeUtc = QDateTime::fromString(name.mid(21, 16), QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    if (c.madeUtc.isValid())
        c.madeUtc.setTimeZone(QTimeZone::utc());
    return c;
}

const QString kA = QStringLiteral("mastodon-bundle-web1-20261201T010000Z.tar");
const QString kB = QStringLiteral("mastodon-bundle-web1-20261202T010000Z.tar");
const QString kC = QStringLiteral("mastodon-bundle-web1-20261130T010000Z.tar");
} // namespace

class TestBackupInventory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sameFileIsOneEntry()
    {
        const QList<BackupInventory::Entry> entries =
            BackupInventory::merge({onServer(kA, 'a'), onServer(kB, 'b')}, {here(kA, 'a'), here(kC, 'c')});
        QCOMPARE(entries.size(), 3);
        QCOMPARE(entries.at(0).fileName, kB); // newest first
        QVERIFY(entries.at(0).onServer && !entries.at(0).copy);
        QCOMPARE(entries.at(1).fileName, kA);
        QVERIFY(entries.at(1).onServer && entries.at(1).copy);
        QCOMPARE(entries.at(1).size(), 2000); // the copy's own size
        QCOMPARE(entries.at(2).fileName, kC);
        QVERIFY(!entries.at(2).onServer && entries.at(2).copy);
        QCOMPARE(entries.at(2).made, QDateTime(QDate(2026, 11, 30), QTime(1, 0), QTimeZone::utc()));
    }

    void otherChecksumIsAnotherEntry()
    {
        const QList<BackupInventory::Entry> entries = BackupInventory::merge({onServer(kA, 'a')}, {here(kA, 'f')});
        QCOMPARE(entries.size(), 2);
        for (const BackupInventory::Entry &e : entries)
            QVERIFY(bool(e.onServer) != bool(e.copy));
        // An unfinished copy (no checksum) is never "the server's file" either.
        QCOMPARE(BackupInventory::merge({onServer(kA, 'a')}, {here(kA, 0)}).size(), 2);
    }

    void copyWithoutStampSortsByItsFileTime()
    {
        const QDateTime t(QDate(2026, 12, 3), QTime(9, 0), QTimeZone::utc());
        const QList<BackupInventory::Entry> entries =
            BackupInventory::merge({onServer(kB, 'b')}, {here(QStringLiteral("by-hand.tar"), 0, t)});
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries.at(0).fileName, QStringLiteral("by-hand.tar"));
        QCOMPARE(entries.at(0).made, t);
    }
};

QTEST_APPLESS_MAIN(TestBackupInventory)
#include "test_backup_inventory.moc"
