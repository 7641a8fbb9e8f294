// renewal.due's "Mark as renewed": the next due date is kept in the profile and
// the reminder clears; bad input changes nothing.

#include "checks/RenewalRule.h"
#include "servers/RenewalRecord.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

class TestRenewalRecord : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void markRenewedClearsTheReminder();
    void badInputChangesNothing();
    void suggestsAYearLater();
    void setDueAddsOrMoves();
};

namespace {
QJsonObject extraWithRent()
{
    return QJsonDocument::fromJson(R"({"renewals": [
        {"what": "VPS rent", "due": "2026-12-05"},
        {"what": "domain example.social", "due": "2027-06-01"}], "other": 1})").object();
}
} // namespace

void TestRenewalRecord::markRenewedClearsTheReminder()
{
    const QDate today(2026, 12, 2);
    QJsonObject extra = extraWithRent();
    QCOMPARE(RenewalRule::evaluate(extra, today, Thresholds()).constFirst().severity, Severity::Critical);
    QString error;
    QVERIFY2(RenewalRecord::markRenewed(&extra, QStringLiteral("VPS rent"), QDate(2027, 12, 5), today, &error),
             qPrintable(error));
    const QList<Finding> after = RenewalRule::evaluate(extra, today, Thresholds());
    QCOMPARE(after.size(), 2);
    QCOMPARE(after.at(0).severity, Severity::Ok);
    QCOMPARE(after.at(0).evidence.value(QStringLiteral("due")).toString(), QStringLiteral("2027-12-05"));
    // The other entry and the other keys are untouched; the day it was recorded is kept.
    QCOMPARE(extra.value(QStringLiteral("other")).toInt(), 1);
    QCOMPARE(extra.value(QStringLiteral("renewals")).toArray().at(1).toObject().value(QStringLiteral("due")).toString(),
             QStringLiteral("2027-06-01"));
    QCOMPARE(extra.value(QStringLiteral("renewals")).toArray().at(0).toObject().value(QStringLiteral("renewed")).toString(),
             QStringLiteral("2026-12-02"));
}

void TestRenewalRecord::badInputChangesNothing()
{
    const QDate today(2026, 12, 2);
    const QJsonObject before = extraWithRent();
    QJsonObject extra = before;
    QString error;
    QVERIFY(!RenewalRecord::markRenewed(&extra, QStringLiteral("VPS rent"), today, today, &error));
    QVERIFY(error.contains(QStringLiteral("after today")));
    QVERIFY(!RenewalRecord::markRenewed(&extra, QStringLiteral("VPS rent"), QDate(), today, &error));
    QVERIFY(!RenewalRecord::markRenewed(&extra, QStringLiteral("gone"), QDate(2027, 1, 1), today, &error));
    QVERIFY(error.contains(QStringLiteral("gone")));
    QCOMPARE(extra, before);
    QJsonObject broken{{QStringLiteral("renewals"), QStringLiteral("not a list")}};
    QVERIFY(!RenewalRecord::markRenewed(&broken, QStringLiteral("VPS rent"), QDate(2027, 1, 1), today, &error));
    QCOMPARE(broken.value(QStringLiteral("renewals")).toString(), QStringLiteral("not a list"));
}

void TestRenewalRecord::suggestsAYearLater()
{
    const QDate today(2026, 12, 2);
    QCOMPARE(RenewalRecord::suggestedNextDue(QDate(2026, 12, 5), today), QDate(2027, 12, 5));
    // Already overdue: a year from today, not from the missed date.
    QCOMPARE(RenewalRecord::suggestedNextDue(QDate(2026, 11, 1), today), QDate(2027, 12, 2));
    QCOMPARE(RenewalRecord::suggestedNextDue(QDate(), today), QDate(2027, 12, 2));
}

void TestRenewalRecord::setDueAddsOrMoves()
{
    QJsonObject extra;
    QString error;
    QVERIFY2(RenewalRecord::setDue(&extra, QStringLiteral(" VPS rent "), QDate(2027, 1, 31), &error), qPrintable(error));
    QVERIFY(RenewalRecord::setDue(&extra, QStringLiteral("VPS rent"), QDate(2027, 2, 28), &error));
    const QJsonArray list = extra.value(QStringLiteral("renewals")).toArray();
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.at(0).toObject().value(QStringLiteral("what")).toString(), QStringLiteral("VPS rent"));
    QCOMPARE(list.at(0).toObject().value(QStringLiteral("due")).toString(), QStringLiteral("2027-02-28"));
    const QJsonObject before = extra;
    QVERIFY(!RenewalRecord::setDue(&extra, QStringLiteral("  "), QDate(2027, 1, 1), &error));
    QVERIFY(!RenewalRecord::setDue(&extra, QStringLiteral("rent\x1b[2J"), QDate(2027, 1, 1), &error));
    QVERIFY(!RenewalRecord::setDue(&extra, QStringLiteral("rent"), QDate(), &error));
    QCOMPARE(extra, before);
    QJsonObject broken{{QStringLiteral("renewals"), 5}};
    QVERIFY(!RenewalRecord::setDue(&broken, QStringLiteral("rent"), QDate(2027, 1, 1), &error));
    QCOMPARE(broken.value(QStringLiteral("renewals")).toInt(), 5);
}

QTEST_GUILESS_MAIN(TestRenewalRecord)
#include "test_renewal_record.moc"
