// The bundle line backup.bundle prints last: taken only when every part is plain.
#include "backups/BundleLine.h"

#include <QTest>

class TestBundleLine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void takesTheLastLine()
    {
        const QString sum(64, QLatin1Char('a'));
        const QString out = QStringLiteral("==> pg_dump -Fc\nhoshu-bundle: path=/var/backups/mastodon/old.tar size=1 sha256=")
            + QString(64, QLatin1Char('b')) + QStringLiteral("\nwritten\r\nhoshu-bundle: path=/var/backups/mastodon/"
                                                             "mastodon-bundle-web1-20261202T140000Z.tar size=12345 sha256=")
            + sum + QStringLiteral("\r\n");
        const auto b = BundleLine::findLast(out);
        QVERIFY(b);
        QCOMPARE(b->path, QStringLiteral("/var/backups/mastodon/mastodon-bundle-web1-20261202T140000Z.tar"));
        QCOMPARE(b->size, 12345);
        QCOMPARE(b->sha256, sum);
        QCOMPARE(b->fileName(), QStringLiteral("mastodon-bundle-web1-20261202T140000Z.tar"));
    }

    void refusesWhatIsNotPlain_data()
    {
        QTest::addColumn<QString>("line");
        const QString sum(64, QLatin1Char('0'));
        const QString good = QStringLiteral("hoshu-bundle: path=/b/x.tar size=1 sha256=") + sum;
        QVERIFY(BundleLine::parse(good));
        QTest::newRow("relative") << QStringLiteral("hoshu-bundle: path=b/x.tar size=1 sha256=") + sum;
        QTest::newRow("dot dot") << QStringLiteral("hoshu-bundle: path=/b/../etc/x.tar size=1 sha256=") + sum;
        QTest::newRow("dot dir") << QStringLiteral("hoshu-bundle: path=/b/./x.tar size=1 sha256=") + sum;
        QTest::newRow("hidden dot start") << QStringLiteral("hoshu-bundle: path=/../x.tar size=1 sha256=") + sum;
        QTest::newRow("not a tar") << QStringLiteral("hoshu-bundle: path=/etc/shadow size=1 sha256=") + sum;
        QTest::newRow("blank in path") << QStringLiteral("hoshu-bundle: path=/b/a b.tar size=1 sha256=") + sum;
        QTest::newRow("newline forged") << QStringLiteral("hoshu-bundle: path=/b/x.tar\n size=1 sha256=") + sum;
        QTest::newRow("escape") << QStringLiteral("hoshu-bundle: path=/b/\x1b[2Jx.tar size=1 sha256=") + sum;
        QTest::newRow("negative size") << QStringLiteral("hoshu-bundle: path=/b/x.tar size=-1 sha256=") + sum;
        QTest::newRow("huge size") << QStringLiteral("hoshu-bundle: path=/b/x.tar size=9999999999999999999 sha256=") + sum;
        QTest::newRow("short sum") << QStringLiteral("hoshu-bundle: path=/b/x.tar size=1 sha256=") + sum.left(63);
        QTest::newRow("upper sum") << QStringLiteral("hoshu-bundle: path=/b/x.tar size=1 sha256=") + QString(64, QLatin1Char('A'));
        QTest::newRow("trailing") << good + QStringLiteral(" extra=1");
    }
    void refusesWhatIsNotPlain()
    {
        QFETCH(QString, line);
        QVERIFY(!BundleLine::parse(line));
        // The last bundle line is malformed: no bundle, not an earlier one.
        const QString earlier = QStringLiteral("hoshu-bundle: path=/b/x.tar size=1 sha256=") + QString(64, QLatin1Char('0'));
        QVERIFY(!BundleLine::findLast(earlier + QLatin1Char('\n') + line));
    }

    void noLineNoBundle()
    {
        QVERIFY(!BundleLine::findLast(QString()));
        QVERIFY(!BundleLine::findLast(QStringLiteral("pg_dump: error: connection failed\n")));
    }
};

QTEST_APPLESS_MAIN(TestBundleLine)
#include "test_bundle_line.moc"
