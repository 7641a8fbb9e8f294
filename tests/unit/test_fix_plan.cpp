// FixPlan: what `hoshu-cli fix` runs, in which order, and how it reports each
// finding after the re-check.
#include "cli/FixPlan.h"

#include <QTest>

namespace {

Finding problem(const QString &id, const QString &subject, Severity severity = Severity::Critical,
                const QString &deployment = QStringLiteral("systemd"), const QVariantMap &evidence = {})
{
    Finding f = Finding::make(id, severity, subject, evidence);
    f.attachRemedy(deployment);
    return f;
}

Finding ok(const QString &id, const QString &subject)
{
    return Finding::make(id, Severity::Ok, subject);
}

} // namespace

class TestFixPlan : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sameFixRunsOnce()
    {
        // Four stopped Mastodon units: one start, which names all of them.
        const QList<Finding> findings{problem(QStringLiteral("service.inactive"), QStringLiteral("mastodon-web.service")),
                                      problem(QStringLiteral("service.inactive"), QStringLiteral("mastodon-sidekiq.service")),
                                      problem(QStringLiteral("service.inactive"), QStringLiteral("mastodon-streaming.service")),
                                      problem(QStringLiteral("service.inactive"), QStringLiteral("mastodon-streaming@4000.service"))};
        const QList<FixPlan::Job> jobs = FixPlan::jobs(findings);
        QCOMPARE(jobs.size(), 1);
        QCOMPARE(jobs.constFirst().step.actionId, QStringLiteral("services.start_mastodon"));
        QCOMPARE(jobs.constFirst().targets.size(), 4);
    }

    void differentParametersAreDifferentJobs()
    {
        const QList<Finding> findings{problem(QStringLiteral("service.inactive"), QStringLiteral("pgbouncer.service")),
                                      problem(QStringLiteral("service.inactive"), QStringLiteral("elasticsearch.service"))};
        const QList<FixPlan::Job> jobs = FixPlan::jobs(findings);
        QCOMPARE(jobs.size(), 2);
        QCOMPARE(jobs.at(0).step.params.value(QStringLiteral("unit")), QStringLiteral("pgbouncer.service"));
        QCOMPARE(jobs.at(1).step.params.value(QStringLiteral("unit")), QStringLiteral("elasticsearch.service"));
    }

    void diskFirstRebootLast()
    {
        const QList<Finding> findings{problem(QStringLiteral("system.reboot_required"), {}, Severity::Warning),
                                      problem(QStringLiteral("service.inactive"), QStringLiteral("mastodon-web.service")),
                                      problem(QStringLiteral("cert.served_stale"), QStringLiteral("example.social")),
                                      problem(QStringLiteral("disk.journal_large"), QStringLiteral("journal"), Severity::Warning),
                                      problem(QStringLiteral("service.inactive"), QStringLiteral("db"), Severity::Critical,
                                              QStringLiteral("docker"))};
        QStringList order;
        for (const FixPlan::Job &j : FixPlan::jobs(findings))
            order << j.step.actionId;
        QCOMPARE(order, (QStringList{QStringLiteral("disk.journal_vacuum"), QStringLiteral("services.up_compose_service"),
                                     QStringLiteral("services.start_mastodon"), QStringLiteral("nginx.test_and_reload"),
                                     QStringLiteral("system.reboot")}));
    }

    void onlyProblemsWithAFixAndOnlyTheChosenIds()
    {
        const QList<Finding> findings{ok(QStringLiteral("disk.journal_large"), QStringLiteral("journal")),
                                      problem(QStringLiteral("mastodon.update_available"), QStringLiteral("4.3.1"), Severity::Warning),
                                      problem(QStringLiteral("cert.served_stale"), QStringLiteral("example.social")),
                                      problem(QStringLiteral("sidekiq.dead_jobs"), {}, Severity::Warning)};
        QCOMPARE(FixPlan::jobs(findings).size(), 2);
        const QList<FixPlan::Job> chosen = FixPlan::jobs(findings, {QStringLiteral("sidekiq.dead_jobs")});
        QCOMPARE(chosen.size(), 1);
        QCOMPARE(chosen.constFirst().step.actionId, QStringLiteral("sidekiq.retry_dead_jobs"));
        // The upgrade is manual: named, never run.
        const QList<Finding> manual = FixPlan::notAutomatic(findings);
        QCOMPARE(manual.size(), 1);
        QCOMPARE(manual.constFirst().id, QStringLiteral("mastodon.update_available"));
    }

    void outcomes_data()
    {
        QTest::addColumn<int>("run");
        QTest::addColumn<int>("after"); // -1: gone; else a Severity
        QTest::addColumn<bool>("reached");
        QTest::addColumn<QString>("outcome");
        using R = FixPlan::RunStatus;
        QTest::newRow("cleared") << int(R::Succeeded) << int(Severity::Ok) << true << "fixed";
        QTest::newRow("gone from the list") << int(R::Succeeded) << -1 << true << "fixed";
        QTest::newRow("ran, still there") << int(R::Succeeded) << int(Severity::Critical) << true << "still-there";
        QTest::newRow("failed, still there") << int(R::Failed) << int(Severity::Critical) << true << "failed";
        QTest::newRow("not confirmed") << int(R::NotRun) << int(Severity::Warning) << true << "not-run";
        QTest::newRow("connection dropped, fixed after all") << int(R::OutcomeUnknown) << int(Severity::Ok) << true << "fixed";
        QTest::newRow("connection dropped, still there") << int(R::OutcomeUnknown) << int(Severity::Critical) << true
                                                         << "still-there";
        // Never a success that was not seen.
        QTest::newRow("server did not come back") << int(R::Succeeded) << -1 << false << "unknown";
        QTest::newRow("re-check could not tell") << int(R::Succeeded) << int(Severity::Unknown) << true << "unknown";
    }

    void outcomes()
    {
        QFETCH(int, run);
        QFETCH(int, after);
        QFETCH(bool, reached);
        QFETCH(QString, outcome);
        const FixPlan::Target target{QStringLiteral("service.inactive"), QStringLiteral("mastodon-web.service"),
                                     Severity::Critical};
        QList<Finding> now;
        if (after >= 0)
            now << Finding::make(target.id, Severity(after), target.subject);
        now << ok(target.id, QStringLiteral("mastodon-sidekiq.service"));
        QCOMPARE(FixPlan::outcomeId(FixPlan::outcome(target, FixPlan::RunStatus(run), now, reached)), outcome);
    }

    void exitCodes()
    {
        const FixPlan::Target web{QStringLiteral("service.inactive"), QStringLiteral("mastodon-web.service"), Severity::Critical};
        const FixPlan::Target journal{QStringLiteral("disk.journal_large"), QStringLiteral("journal"), Severity::Warning};
        using O = FixPlan::Outcome;
        QCOMPARE(FixPlan::exitCode({web, journal}, {O::Fixed, O::Fixed}, {}), 0);
        QCOMPARE(FixPlan::exitCode({}, {}, {}), 0);
        const QList<Finding> after{Finding::make(journal.id, Severity::Warning, journal.subject),
                                   Finding::make(web.id, Severity::Critical, web.subject)};
        QCOMPARE(FixPlan::exitCode({web, journal}, {O::Fixed, O::StillThere}, after), 1);
        QCOMPARE(FixPlan::exitCode({web, journal}, {O::Failed, O::StillThere}, after), 2);
        QCOMPARE(FixPlan::exitCode({web}, {O::Unknown}, {}), 3);
    }
};

QTEST_APPLESS_MAIN(TestFixPlan)
#include "test_fix_plan.moc"
