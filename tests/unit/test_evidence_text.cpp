// The evidence line under a finding, as people read it: labels in the user's
// language, sizes and local dates by the locale (issue 8: it showed
// `availBytes = 2.2 MB · critPercent = 90` and UTC ISO stamps).

#include "checks/EvidenceText.h"

#include <QLocale>
#include <QTest>

#include <cstdlib>
#include <ctime>

class TestEvidenceText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void labelledValuesNotKeys();
    void timesAreLocal();
    void notKnownValuesSayNothing();
    void serverTextStaysLiteral();
    void japaneseLocaleFormatsNumbersAndDates();
};

void TestEvidenceText::initTestCase()
{
    // A desktop in Japan: UTC+9 all year, so the expected local time is exact.
    qputenv("TZ", "Asia/Tokyo");
    tzset();
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestEvidenceText::labelledValuesNotKeys()
{
    const QVariantMap ev{{QStringLiteral("availBytes"), qint64(2361393152)},
                         {QStringLiteral("critPercent"), 90},
                         {QStringLiteral("percent"), 97},
                         {QStringLiteral("mount"), QStringLiteral("/")}};
    const QString line = EvidenceText::line(ev);
    QVERIFY2(!line.contains(QLatin1String("availBytes")) && !line.contains(QLatin1Char('=')), qPrintable(line));
    QVERIFY2(line.contains(QStringLiteral("Free: 2.2 GB")), qPrintable(line));
    QVERIFY2(line.contains(QStringLiteral("Critical at: 90%")), qPrintable(line));
    QVERIFY2(line.contains(QStringLiteral("Used: 97%")), qPrintable(line));
    QVERIFY2(line.contains(QStringLiteral("Filesystem: /")), qPrintable(line));
}

void TestEvidenceText::timesAreLocal()
{
    const QString line = EvidenceText::line({{QStringLiteral("notAfter"), QStringLiteral("2026-12-09T05:45:37Z")}});
    QVERIFY2(!line.contains(QLatin1String("T05:45")) && !line.contains(QLatin1Char('Z')), qPrintable(line));
    QVERIFY2(line.contains(QStringLiteral("2:45")), qPrintable(line)); // 14:45 in Tokyo, "2:45 PM" in en_US
    QVERIFY2(line.startsWith(QStringLiteral("Expires: 12/9/26")), qPrintable(line));
    // Something that is not a time is shown as it is, not dropped.
    QCOMPARE(EvidenceText::localTime(QStringLiteral("soon")), QStringLiteral("soon"));
}

void TestEvidenceText::notKnownValuesSayNothing()
{
    // -1 is the rules' "unknown": "Restarts: -1" helps nobody.
    const QString line = EvidenceText::line({{QStringLiteral("restarts"), -1},
                                             {QStringLiteral("memoryBytes"), -1},
                                             {QStringLiteral("since"), QString()},
                                             {QStringLiteral("reason"), QStringLiteral("shown in the message")},
                                             {QStringLiteral("noSuchKey"), QStringLiteral("x")}});
    QCOMPARE(line, QString());
    // Negative days are meaningful (expired three days ago).
    QVERIFY(EvidenceText::value(QStringLiteral("days"), -3).startsWith(QStringLiteral("3 day")));
    QVERIFY(EvidenceText::value(QStringLiteral("days"), -3).endsWith(QStringLiteral(" ago")));
    QVERIFY(EvidenceText::knows(QStringLiteral("availBytes")));
    QVERIFY(!EvidenceText::knows(QStringLiteral("noSuchKey")));
}

void TestEvidenceText::serverTextStaysLiteral()
{
    // Labels show it as plain text; the line must not mangle or escape it.
    const QString hostile = QStringLiteral("<b>x</b>\u202e");
    QVERIFY(EvidenceText::line({{QStringLiteral("unit"), hostile}}).contains(hostile));
}

void TestEvidenceText::japaneseLocaleFormatsNumbersAndDates()
{
    QLocale::setDefault(QLocale(QLocale::Japanese, QLocale::Japan));
    const QString line = EvidenceText::line({{QStringLiteral("notAfter"), QStringLiteral("2026-12-09T05:45:37Z")},
                                             {QStringLiteral("dead"), 12345}});
    QVERIFY2(line.contains(QStringLiteral("2026/12/09 14:45")), qPrintable(line));
    QVERIFY2(line.contains(QStringLiteral("12,345")), qPrintable(line));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

QTEST_GUILESS_MAIN(TestEvidenceText)
#include "test_evidence_text.moc"
