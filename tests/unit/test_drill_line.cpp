// The result line backup.drill prints last: read only in its exact shape, whatever the
// server printed around it or into it.
#include "backups/DrillLine.h"

#include <QRandomGenerator>
#include <QTest>

class TestDrillLine : public QObject
{
    Q_OBJECT

    // As backup.drill printed it on a test host (tests/e2e/e2e_backup.sh, 2026-12-02).
    static QString passLine()
    {
        return QStringLiteral("hoshu-drill: result=pass accounts=14/14 statuses=40/40 media_attachments=6/6 users=4/4 "
                              "reason=ok source=/var/backups/mastodon/mastodon-bundle-e2e-bak-1-20261202T150102Z.tar");
    }

private Q_SLOTS:
    void readsAPass()
    {
        const auto d = DrillLine::findLast(QStringLiteral("==> pg_restore -l\nhoshu-drill: result=fail accounts=-/- "
                                                          "statuses=-/- media_attachments=-/- users=-/- reason=no_dump "
                                                          "source=-\n")
                                           + passLine() + QStringLiteral("\r\n"));
        QVERIFY(d);
        QVERIFY(d->passed);
        QCOMPARE(d->reason, QStringLiteral("ok"));
        QCOMPARE(d->counts.size(), 4);
        QCOMPARE(d->counts.at(1).table, QStringLiteral("statuses"));
        QCOMPARE(d->counts.at(1).restored, 40);
        QCOMPARE(d->counts.at(3).live, 4);
        QCOMPARE(d->source, QStringLiteral("/var/backups/mastodon/mastodon-bundle-e2e-bak-1-20261202T150102Z.tar"));
        QCOMPARE(d->countsText(), QStringLiteral("accounts 14/14, statuses 40/40, media_attachments 6/6, users 4/4"));
    }

    void readsAFailureAndItsReason()
    {
        const auto d = DrillLine::parse(QStringLiteral("hoshu-drill: result=fail accounts=-/- statuses=-/- "
                                                       "media_attachments=-/- users=-/- reason=pg_restore "
                                                       "source=/var/backups/mastodon/truncated.dump"));
        QVERIFY(d);
        QVERIFY(!d->passed);
        QCOMPARE(d->counts.at(0).restored, -1);
        QCOMPARE(d->reason, QStringLiteral("pg_restore"));
        QVERIFY(DrillLine::reasonText(d->reason).contains(QLatin1String("pg_restore")));
        QVERIFY(DrillLine::reasonText(QStringLiteral("no_dump")) != DrillLine::reasonText(QStringLiteral("counts")));
    }

    void refusesWhatIsNotItsShape_data()
    {
        QTest::addColumn<QString>("line");
        const QString good = passLine();
        QVERIFY(DrillLine::parse(good));
        QTest::newRow("pass with a failure's reason") << QString(good).replace(QLatin1String("reason=ok"), QLatin1String("reason=counts"));
        QTest::newRow("fail with ok") << QString(good).replace(QLatin1String("result=pass"), QLatin1String("result=fail"));
        QTest::newRow("unknown reason") << QString(good).replace(QLatin1String("reason=ok"), QLatin1String("reason=fine"));
        QTest::newRow("relative source") << QString(good).replace(QLatin1String("source=/var"), QLatin1String("source=var"));
        QTest::newRow("dot dot") << QString(good).replace(QLatin1String("/mastodon/"), QLatin1String("/../"));
        QTest::newRow("escape in source") << good + QStringLiteral("\x1b[2J");
        QTest::newRow("newline forged") << QString(good).replace(QLatin1String(" users"), QLatin1String("\nusers"));
        QTest::newRow("negative count") << QString(good).replace(QLatin1String("users=4/4"), QLatin1String("users=-4/4"));
        QTest::newRow("missing table") << QString(good).replace(QLatin1String(" users=4/4"), QString());
        QTest::newRow("leading text") << QStringLiteral("x") + good;
        QTest::newRow("trailing text") << good + QStringLiteral(" extra=1");
    }

    void refusesWhatIsNotItsShape()
    {
        QFETCH(QString, line);
        QVERIFY(!DrillLine::parse(line));
    }

    void noLineNoResult()
    {
        QVERIFY(!DrillLine::findLast(QStringLiteral("==> createdb\npg_restore: error: could not read input file\n")));
        // The last drill line counts, even when it is malformed: an older good one is not taken.
        QVERIFY(!DrillLine::findLast(passLine() + QStringLiteral("\nhoshu-drill: result=pass")));
    }

    // Random damage to a real line: never a crash, and what parses keeps the rules.
    void fuzzedLinesKeepTheRules()
    {
        QRandomGenerator rng(20261202);
        const QString good = passLine();
        for (int i = 0; i < 20000; ++i) {
            QString s = good;
            const int edits = 1 + int(rng.bounded(4));
            for (int e = 0; e < edits; ++e) {
                const int pos = int(rng.bounded(s.size()));
                switch (rng.bounded(3)) {
                case 0:
                    s.remove(pos, 1);
                    break;
                case 1:
                    s.insert(pos, QChar(char16_t(rng.bounded(0x80))));
                    break;
                default:
                    s[pos] = QChar(char16_t(rng.bounded(0x3100)));
                }
            }
            const auto d = DrillLine::parse(s);
            if (!d)
                continue;
            QCOMPARE(d->counts.size(), 4);
            QCOMPARE(d->passed, d->reason == QLatin1String("ok"));
            QVERIFY(d->source.isEmpty() || d->source.startsWith(QLatin1Char('/')));
            for (const QChar c : d->source)
                QVERIFY(c.unicode() > 0x20 && c.unicode() < 0x7f);
        }
    }
};

QTEST_GUILESS_MAIN(TestDrillLine)
#include "test_drill_line.moc"
