// The finding catalog is a contract: every finding id has exactly one remedy
// (a fix, a procedure or manual steps), every action it names exists in the
// action catalog, can run on that deployment, takes the parameters given, and
// a "fix" really changes something while a "Show …" diagnostic changes nothing.
#include "catalog/Catalog.h"
#include "checks/Finding.h"
#include "checks/FindingCatalog.h"
#include "checks/FindingJson.h"

#include <QJsonArray>
#include <QSet>
#include <QTest>

namespace {

// A problem finding of this id with the subject and evidence its rule gives.
Finding problem(const QString &id, const QString &deployment)
{
    const bool docker = deployment == QLatin1String("docker");
    QString subject;
    QVariantMap evidence;
    if (id.startsWith(QLatin1String("service.")))
        subject = docker ? QStringLiteral("db") : QStringLiteral("mastodon-web.service");
    if (id == QLatin1String("timer.failed")) {
        subject = QStringLiteral("backup.timer");
        evidence.insert(QStringLiteral("service"), QStringLiteral("backup.service"));
    }
    if (id == QLatin1String("disk.stray_dumps"))
        evidence.insert(QStringLiteral("paths"), QStringList{QStringLiteral("/root/mastodon.dump"),
                                                            QStringLiteral("/home/mastodon/old.sql.gz")});
    if (id == QLatin1String("disk.old_rubies"))
        evidence.insert(QStringLiteral("versions"), QStringList{QStringLiteral("3.2.3"), QStringLiteral("3.1.6")});
    if (id == QLatin1String("mastodon.update_available"))
        evidence.insert(QStringLiteral("latestPatch"), QStringLiteral("4.3.9"));
    if (id == QLatin1String("backup.stale") || id == QLatin1String("backup.shrunk"))
        evidence.insert(QStringLiteral("file"), QStringLiteral("/var/backups/mastodon/mastodon-20261101.dump"));
    if (id == QLatin1String("backup.missing"))
        evidence.insert(QStringLiteral("dirs"), QStringLiteral("/home/mastodon/dbbackup, /var/backups/mastodon"));
    if (id == QLatin1String("renewal.due"))
        subject = QStringLiteral("example.social domain");
    Finding f = Finding::make(id, Severity::Warning, subject, evidence);
    f.attachRemedy(deployment);
    return f;
}

} // namespace

class TestFindingCatalog : public QObject
{
    Q_OBJECT

private:
    Catalog m_actions;

private Q_SLOTS:
    void initTestCase()
    {
        QStringList errors;
        m_actions = Catalog::loadEmbedded(&errors);
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
    }

    void idsAreUniqueAndComplete()
    {
        QSet<QString> seen;
        for (const FindingCatalog::Entry &e : FindingCatalog::entries()) {
            const QString id = QLatin1String(e.id);
            QVERIFY2(!seen.contains(id), qPrintable(id));
            seen.insert(id);
            QVERIFY2(id.startsWith(QLatin1String(e.family)) || QLatin1String(e.family) == QLatin1String("mastodon"),
                     qPrintable(id));
            QVERIFY2(qstrlen(e.title) > 0 && qstrlen(e.why) > 0 && qstrlen(e.whatToDo) > 0, qPrintable(id));
            // The headline of a card says what is wrong, not the name of the check.
            QVERIFY2(qstrlen(e.problem) > 0 && qstrcmp(e.problem, e.title) != 0, qPrintable(id));
        }
        QVERIFY(seen.size() >= 34);
    }

    void everyFindingHasExactlyOneRemedy_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("deployment");
        for (const QString &id : FindingCatalog::ids()) {
            for (const char *deployment : {"systemd", "docker"})
                QTest::newRow(qPrintable(id + QLatin1Char('/') + QLatin1String(deployment))) << id << QString::fromLatin1(deployment);
        }
    }

    void everyFindingHasExactlyOneRemedy()
    {
        QFETCH(QString, id);
        QFETCH(QString, deployment);
        const Finding f = problem(id, deployment);
        const FindingRemedy &r = f.remedy;
        switch (r.kind) {
        case FindingRemedy::Kind::None:
            QFAIL("no remedy: every finding needs a fix, a procedure or manual steps");
        case FindingRemedy::Kind::Fix:
            QCOMPARE(r.steps.size(), 1);
            QVERIFY(r.manualSteps.isEmpty());
            QCOMPARE(f.fixActionId, r.steps.constFirst().actionId);
            break;
        case FindingRemedy::Kind::Procedure:
            QVERIFY2(r.steps.size() >= 2, "a procedure has steps in order");
            QVERIFY(r.manualSteps.isEmpty());
            break;
        case FindingRemedy::Kind::Manual:
            QVERIFY(r.steps.isEmpty());
            QVERIFY(!r.manualSteps.trimmed().isEmpty());
            break;
        }
        QVERIFY(!r.recordsDone || r.kind == FindingRemedy::Kind::Manual);

        for (const RemedyStep &step : r.steps + r.diagnostics + r.preventions) {
            const Action *action = m_actions.find(step.actionId);
            QVERIFY2(action, qPrintable(QStringLiteral("no action %1 in resources/actions").arg(step.actionId)));
            QVERIFY2(action->variant(deployment),
                     qPrintable(QStringLiteral("%1 has no %2 variant").arg(step.actionId, deployment)));
            for (auto it = step.params.cbegin(); it != step.params.cend(); ++it) {
                const ActionParameter *p = action->parameter(it.key());
                QVERIFY2(p, qPrintable(QStringLiteral("%1 has no parameter %2").arg(step.actionId, it.key())));
                QString error;
                QVERIFY2(p->validate(it.value(), &error), qPrintable(step.actionId + QStringLiteral(": ") + error));
            }
        }
        // A fix changes the server; "Show …" steps (diagnostics) never do.
        if (r.kind == FindingRemedy::Kind::Fix || r.kind == FindingRemedy::Kind::Procedure) {
            const Action *last = m_actions.find(r.steps.constLast().actionId);
            QVERIFY2(last->risk != Risk::ReadOnly, qPrintable(QStringLiteral("%1 is read-only: a Show action, not a fix")
                                                                  .arg(last->id)));
        }
        for (const RemedyStep &step : r.diagnostics)
            QCOMPARE(m_actions.find(step.actionId)->risk, Risk::ReadOnly);
        // A prevention changes the server (so that the finding does not come back), and is
        // not the fix itself.
        for (const RemedyStep &step : r.preventions) {
            QVERIFY2(m_actions.find(step.actionId)->risk != Risk::ReadOnly, qPrintable(step.actionId));
            for (const RemedyStep &fixStep : r.steps)
                QVERIFY2(fixStep.actionId != step.actionId, qPrintable(step.actionId));
        }
    }

    // The media cache is kept small by Mastodon's own retention setting where the version
    // has it (4.0 and later, also when the version is unknown), else by a weekly job.
    void mediaCachePreventionFollowsTheVersion()
    {
        Finding f = Finding::make(QStringLiteral("disk.media_cache_large"), Severity::Warning,
                                  QStringLiteral("/home/mastodon/live/public/system/cache"));
        const auto prevention = [&f](int major) {
            f.attachRemedy(QStringLiteral("systemd"), major);
            return f.remedy.preventions.size() == 1 ? f.remedy.preventions.constFirst().actionId : QString();
        };
        QCOMPARE(prevention(4), QStringLiteral("media.set_cache_retention"));
        QCOMPARE(prevention(-1), QStringLiteral("media.set_cache_retention"));
        QCOMPARE(prevention(3), QStringLiteral("media.install_cleanup_timer"));
        Finding stale = Finding::make(QStringLiteral("cert.served_stale"), Severity::Critical, QStringLiteral("example.social"));
        stale.attachRemedy(QStringLiteral("systemd"));
        QCOMPARE(stale.remedy.preventions.size(), 1);
        QCOMPARE(stale.remedy.preventions.constFirst().actionId, QStringLiteral("cert.install_renewal_timer"));
    }

    void okFindingsOfferNothing()
    {
        Finding f = Finding::make(QStringLiteral("disk.usage_high"), Severity::Ok, QStringLiteral("/"));
        f.attachRemedy(QStringLiteral("systemd"));
        QCOMPARE(f.remedy.kind, FindingRemedy::Kind::None);
        QVERIFY(f.fixActionId.isEmpty());
    }

    void jsonCarriesTheSameTexts()
    {
        const Finding f = problem(QStringLiteral("disk.journal_large"), QStringLiteral("systemd"));
        const QJsonObject o = FindingJson::toJson(f);
        // A problem is titled as one ("System journal is large"); "check" names what was checked.
        QCOMPARE(o.value(QStringLiteral("title")).toString(), FindingCatalog::problemTitle(f.id));
        QCOMPARE(o.value(QStringLiteral("check")).toString(), FindingCatalog::title(f.id));
        QVERIFY(FindingCatalog::problemTitle(f.id) != FindingCatalog::title(f.id));
        QCOMPARE(Finding::make(f.id, Severity::Ok, f.subject).title(), FindingCatalog::title(f.id));
        QCOMPARE(o.value(QStringLiteral("whyItMatters")).toString(), FindingCatalog::whyItMatters(f.id));
        QCOMPARE(o.value(QStringLiteral("whatToDo")).toString(), FindingCatalog::whatToDo(f.id));
        QCOMPARE(o.value(QStringLiteral("family")).toString(), QStringLiteral("disk"));
        const QJsonObject remedy = o.value(QStringLiteral("remedy")).toObject();
        QCOMPARE(remedy.value(QStringLiteral("kind")).toString(), QStringLiteral("fix"));
        QCOMPARE(remedy.value(QStringLiteral("steps")).toArray().first().toObject().value(QStringLiteral("action")).toString(),
                 QStringLiteral("disk.journal_vacuum"));
    }

    void parametersComeFromTheFinding()
    {
        const Finding dump = problem(QStringLiteral("disk.stray_dumps"), QStringLiteral("systemd"));
        // Every dump the finding names, in one run (it deleted only the first, and `fix --all`
        // left the others: seen on a test host with two).
        QCOMPARE(dump.remedy.steps.constFirst().params.value(QStringLiteral("paths")),
                 QStringLiteral("/root/mastodon.dump /home/mastodon/old.sql.gz"));
        // Every old Ruby too (it removed the first of them only).
        const Finding rubies = problem(QStringLiteral("disk.old_rubies"), QStringLiteral("systemd"));
        QCOMPARE(rubies.remedy.steps.constFirst().params.value(QStringLiteral("versions")), QStringLiteral("3.2.3 3.1.6"));
        const Finding timer = problem(QStringLiteral("timer.failed"), QStringLiteral("systemd"));
        // The failed service of the timer, not the Mastodon list.
        for (const RemedyStep &s : timer.remedy.steps)
            QCOMPARE(s.params.value(QStringLiteral("unit")), QStringLiteral("backup.service"));
        // The backup goes where the backups are looked for.
        const Finding stale = problem(QStringLiteral("backup.stale"), QStringLiteral("systemd"));
        QCOMPARE(stale.remedy.steps.constFirst().params.value(QStringLiteral("dir")), QStringLiteral("/var/backups/mastodon"));
        const Finding missing = problem(QStringLiteral("backup.missing"), QStringLiteral("systemd"));
        QCOMPARE(missing.remedy.steps.constFirst().params.value(QStringLiteral("dir")), QStringLiteral("/home/mastodon/dbbackup"));
        const Finding db = problem(QStringLiteral("service.inactive"), QStringLiteral("docker"));
        QCOMPARE(db.fixActionId, QStringLiteral("services.up_compose_service"));
        QCOMPARE(db.remedy.steps.constFirst().params.value(QStringLiteral("service")), QStringLiteral("db"));
    }
};

QTEST_APPLESS_MAIN(TestFindingCatalog)
#include "test_finding_catalog.moc"
