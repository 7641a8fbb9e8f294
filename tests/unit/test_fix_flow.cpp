#include "FakeExecutor.h"
#include "FixtureSnapshot.h"

#include "catalog/Catalog.h"
#include "checks/Checker.h"
#include "session/ActionRunner.h"
#include "session/ProbeRunner.h"
#include "session/ServerSession.h"

#include <QSignalSpy>
#include <QTest>

// The fix and verify flows without SSH: ServerSession with a FakeExecutor
// (tests/support) behind it, the real ActionRunner and ProbeRunner, and the
// real catalog action disk.journal_vacuum. Fast; the same flows against real
// servers are the e2e tests.
namespace {

const QString BigJournal = QStringLiteral("debian-12-testhost-big-journal+stray-dumps+backup-truncated");
const QString Healthy = QStringLiteral("debian-12-testhost-healthy");
const QString ProbePattern = QStringLiteral("Hoshu probe library");

ServerProfile rootProfile()
{
    ServerProfile p;
    p.id = QStringLiteral("6f1c0a52-1f0e-4a43-9c59-3d4b1d0c0001");
    p.name = QStringLiteral("fake");
    p.host = QStringLiteral("192.0.2.1");
    p.user = QStringLiteral("root"); // no sudo: the flows, not the elevation
    return p;
}

// A captured probe run, answered with the nonce of the probe that asked.
FakeExecutor::Responder probeFrom(const QString &fixture)
{
    return [fixture](const RemoteScript &script) {
        const QByteArray text = FixtureSnapshot::text(fixture, FixtureSnapshot::nonceOf(script.script));
        // In pieces, as a transport delivers it.
        FakeExecutor::Response response;
        for (qsizetype at = 0; at < text.size(); at += 4096)
            response.out(text.mid(at, 4096));
        return response;
    };
}

Severity severityOf(const QList<Finding> &findings, const QString &id)
{
    Severity worst = Severity::Ok;
    for (const Finding &f : findings) {
        if (f.id == id && int(f.severity) > int(worst))
            worst = f.severity;
    }
    return worst;
}

// A server behind a FakeExecutor, and the action runner on it.
struct Flow {
    FakeExecutor fake;
    ServerSession session{rootProfile(), nullptr};
    ActionRunner runner{&session};

    Flow() { session.setExecutor(&fake); }
    std::optional<ExpandedCommand> prepare(const Action &action)
    {
        QString error;
        auto command = runner.prepare(action, {}, &error);
        if (!command)
            qWarning("prepare: %s", qPrintable(error));
        return command;
    }
};

} // namespace

class TestFixFlow : public QObject
{
    Q_OBJECT

private:
    Catalog m_catalog;

    const Action &vacuum() const { return *m_catalog.find(QStringLiteral("disk.journal_vacuum")); }

    // One re-check: the probe over the fake, its findings.
    static QList<Finding> check(ServerSession *session)
    {
        ProbeRunner probe(session);
        QSignalSpy finished(&probe, &ProbeRunner::finished);
        QSignalSpy failed(&probe, &ProbeRunner::failed);
        probe.start(ProbeScript::Tier::Full);
        if (!finished.wait(5000) && finished.isEmpty()) {
            qWarning("the probe did not finish (%d failures)", int(failed.count()));
            return {};
        }
        return Checker::evaluate(finished.at(0).at(0).value<Snapshot>());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStringList errors;
        m_catalog = Catalog::loadEmbedded(&errors);
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
        QVERIFY(m_catalog.find(QStringLiteral("disk.journal_vacuum")));
    }

    // Check, plan, run, check again: the plan's steps, the run's output in order,
    // its exit status, and the re-check's probe finding the journal cleared.
    void planRunAndRecheck()
    {
        FakeExecutor fake;
        fake.on(ProbePattern, probeFrom(BigJournal));
        fake.on(QStringLiteral("hoshu_plan='1'"), FakeExecutor::Response()
                                                      .out("+ systemctl restart systemd-journald.service\n")
                                                      .out("+ journalctl --vacuum-size=500M\n"));
        fake.on(QStringLiteral("hoshu_plan='0'"), FakeExecutor::Response()
                                                      .out("Journal before: 248.7M\n")
                                                      .err("Vacuuming done, freed 232.7M\n")
                                                      .out("Journal after: 16.0M\n")
                                                      .exit(0));
        ServerSession session(rootProfile(), nullptr);
        session.setExecutor(&fake);

        const QList<Finding> before = check(&session);
        QVERIFY(!before.isEmpty());
        QVERIFY(int(severityOf(before, QStringLiteral("disk.journal_large"))) >= int(Severity::Warning));

        ActionRunner runner(&session);
        QString error;
        const std::optional<ExpandedCommand> command = runner.prepare(vacuum(), {}, &error);
        QVERIFY2(command, qPrintable(error));
        QVERIFY(command->hasPlan());
        QSignalSpy planned(&runner, &ActionRunner::planFinished);
        runner.startPlan(*command);
        QVERIFY(planned.wait(5000));
        const ActionPlan plan = planned.at(0).at(0).value<ActionPlan>();
        QVERIFY2(plan.ok(), qPrintable(plan.error));
        QCOMPARE(plan.steps, QStringList({QStringLiteral("systemctl restart systemd-journald.service"),
                                          QStringLiteral("journalctl --vacuum-size=500M")}));

        QList<QPair<int, QByteArray>> output;
        connect(&runner, &ActionRunner::outputReady, this,
                [&output](const QByteArray &data, RemoteProcess::Channel channel) {
                    output.append({int(channel), data});
                });
        QSignalSpy finished(&runner, &ActionRunner::finished);
        QSignalSpy failed(&runner, &ActionRunner::failed);
        runner.start(*command);
        QVERIFY(finished.wait(5000));
        QCOMPARE(failed.count(), 0);
        QCOMPARE(finished.at(0).at(0).toInt(), 0);
        QCOMPARE(runner.lastOutcome(), AuditLog::Outcome::Succeeded);
        QByteArray out;
        QByteArray err;
        for (const auto &[channel, data] : std::as_const(output))
            (channel == int(RemoteProcess::Channel::Stderr) ? err : out) += data;
        QCOMPARE(out, QByteArray("Journal before: 248.7M\nJournal after: 16.0M\n"));
        QCOMPARE(err, QByteArray("Vacuuming done, freed 232.7M\n"));

        // What ran, in order: the probe, the plan (plan mode), the run (run mode).
        const QList<RemoteScript> ran = fake.executed();
        QCOMPARE(ran.size(), 3);
        QVERIFY(ran.at(1).script.contains("hoshu_plan='1'"));
        QVERIFY(ran.at(2).script.contains("hoshu_plan='0'"));
        QVERIFY(fake.unmatched().isEmpty());

        // The verify step: the server now answers as a healthy one.
        FakeExecutor after;
        after.on(ProbePattern, probeFrom(Healthy));
        session.setExecutor(&after);
        const QList<Finding> recheck = check(&session);
        QVERIFY(!recheck.isEmpty());
        QCOMPARE(severityOf(recheck, QStringLiteral("disk.journal_large")), Severity::Ok);
    }

    // A run that fails is reported with its status, never as a success.
    void failingRunReportsItsStatus()
    {
        Flow flow;
        flow.fake.on(QStringLiteral("hoshu_plan='0'"),
                     FakeExecutor::Response().err("journalctl: Failed to vacuum: Read-only file system\n").exit(1));
        const auto command = flow.prepare(vacuum());
        QVERIFY(command);
        QSignalSpy finished(&flow.runner, &ActionRunner::finished);
        flow.runner.start(*command);
        QVERIFY(finished.wait(5000));
        QCOMPARE(finished.at(0).at(0).toInt(), 1);
        QCOMPARE(flow.runner.lastOutcome(), AuditLog::Outcome::Failed);
    }

    // The connection drops while the changing action runs: whether it did its
    // work is not known. It is a failure with ConnectionLost and the outcome
    // Unknown, never a success, and the output that came first is still shown.
    void droppedConnectionIsOutcomeUnknown()
    {
        Flow flow;
        flow.fake.on(QStringLiteral("hoshu_plan='0'"),
                     FakeExecutor::Response().out("Journal before: 248.7M\n").drop());
        const auto command = flow.prepare(vacuum());
        QVERIFY(command);
        QSignalSpy output(&flow.runner, &ActionRunner::outputReady);
        QSignalSpy finished(&flow.runner, &ActionRunner::finished);
        QSignalSpy failed(&flow.runner, &ActionRunner::failed);
        flow.runner.start(*command);
        QVERIFY(failed.wait(5000));
        QCOMPARE(finished.count(), 0);
        QCOMPARE(failed.at(0).at(0).value<SshError>().kind, SshError::Kind::ConnectionLost);
        QCOMPARE(flow.runner.lastOutcome(), AuditLog::Outcome::Unknown);
        QCOMPARE(output.count(), 1);
        QCOMPARE(output.at(0).at(0).toByteArray(), QByteArray("Journal before: 248.7M\n"));
    }

    // The re-check of a fix that did not help: the finding is still there.
    void recheckStillThere()
    {
        FakeExecutor fake;
        fake.on(ProbePattern, probeFrom(BigJournal));
        ServerSession session(rootProfile(), nullptr);
        session.setExecutor(&fake);
        QVERIFY(int(severityOf(check(&session), QStringLiteral("disk.journal_large"))) >= int(Severity::Warning));
        QVERIFY(int(severityOf(check(&session), QStringLiteral("disk.journal_large"))) >= int(Severity::Warning));
        QCOMPARE(fake.executed().size(), 2);
    }

    // A script no rule expects fails loudly (exit 127), it does not pass quietly.
    void unexpectedScriptFails()
    {
        Flow flow;
        const auto command = flow.prepare(vacuum());
        QVERIFY(command);
        QSignalSpy finished(&flow.runner, &ActionRunner::finished);
        flow.runner.start(*command);
        QVERIFY(finished.wait(5000));
        QCOMPARE(finished.at(0).at(0).toInt(), 127);
        QCOMPARE(flow.fake.unmatched().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestFixFlow)
#include "test_fix_flow.moc"
