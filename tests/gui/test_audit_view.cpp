// The Audit tab: a server's runs with local time, who, the command and the
// outcome; the output as plain text (server output is hostile); export; and a
// dropped connection during a fix reported as "outcome unknown" until a
// re-check that reached the server says what became of it.
#include "AuditView.h"
#include "FindingCard.h"
#include "FindingsView.h"
#include "ServerDashboard.h"
#include "history/AuditLog.h"
#include "history/AuditText.h"
#include "common/Translations.h"

#include <QApplication>
#include <QFile>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

namespace {
const QByteArray kHostileOutput = "<b>bold</b> \x1b[31mred\x1b[0m\x1b]52;c;aG9zaHU=\x07 done\r\nnext\rover\n";

AuditLog::Entry run(const QString &server, const QString &action, const QDateTime &time)
{
    AuditLog::Entry e;
    e.time = time;
    e.serverId = server;
    e.serverName = QStringLiteral("web1");
    e.actionId = action;
    e.command = QStringLiteral("free -h");
    e.exitStatus = 0;
    e.outcome = AuditLog::Outcome::Succeeded;
    e.durationMs = 64000;
    e.user = QStringLiteral("alice");
    e.host = QStringLiteral("desk");
    e.source = QStringLiteral("gui");
    return e;
}

Catalog catalog()
{
    QStringList errors;
    Catalog c = Catalog::loadEmbedded(&errors);
    if (!errors.isEmpty())
        qFatal("catalog: %s", qPrintable(errors.join(QLatin1Char('\n'))));
    return c;
}
// A dashboard showing one stopped service, its Fix clicked, and the runner's
// record of that fix with the outcome unknown (written before it said it failed).
Finding clickFixThenDrop(ServerDashboard &dash, const QString &log, QString *actionId)
{
    dash.auditView()->setLogPath(log);
    dash.setCatalog(catalog());
    dash.setCurrentServer(QStringLiteral("s1"), QStringLiteral("web1"), QStringLiteral("systemd"));
    Finding down = Finding::make(QStringLiteral("service.inactive"), Severity::Critical,
                                 QStringLiteral("mastodon-web.service"),
                                 {{QStringLiteral("activeState"), QStringLiteral("inactive")}});
    down.attachRemedy(QStringLiteral("systemd"));
    dash.setResult(QStringLiteral("s1"), Snapshot(), {down});
    if (dash.findingsView()->cards().isEmpty() || !dash.findingsView()->cards().constFirst()->fixButton())
        qFatal("no Fix button for a stopped service");
    QSignalSpy fix(&dash, &ServerDashboard::fixRequested);
    dash.findingsView()->cards().constFirst()->fixButton()->click();
    if (fix.size() != 1)
        qFatal("the Fix button asked for no fix");
    *actionId = fix.first().at(1).toString();
    AuditLog::Entry e = run(QStringLiteral("s1"), *actionId, QDateTime::currentDateTimeUtc());
    e.outcome = AuditLog::Outcome::Unknown;
    e.exitStatus = -1;
    e.error = QStringLiteral("Connection lost");
    if (!AuditLog(log).append(e))
        qFatal("cannot write the audit log");
    return down;
}
} // namespace

class TestAuditView : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_n = 0;
    QString freshLog() { return m_dir.path() + QStringLiteral("/l%1/audit.jsonl").arg(++m_n); }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void runsShowWithLocalTimeAndPlainOutput()
    {
        const QString log = freshLog();
        const QDateTime t = QDateTime::fromString(QStringLiteral("2026-11-01T10:00:05Z"), Qt::ISODate);
        AuditLog::Entry e = run(QStringLiteral("s1"), QStringLiteral("system.memory"), t);
        e.output = kHostileOutput;
        QVERIFY(AuditLog(log).append(e));
        QVERIFY(AuditLog(log).append(run(QStringLiteral("s2"), QStringLiteral("system.memory"), t.addSecs(5))));
        QFile f(log);
        QVERIFY(f.open(QIODevice::Append));
        f.write("{\"truncated\": \n");
        f.close();

        AuditView view;
        view.setLogPath(log);
        view.setCatalog(catalog());
        view.setServer(QStringLiteral("s1"), QStringLiteral("web1"));
        view.resize(1000, 600);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QCOMPARE(view.table()->rowCount(), 1); // only this server's runs
        const QString time = view.table()->item(0, AuditView::TimeColumn)->text();
        QCOMPARE(time, AuditText::localTime(t));
        QVERIFY2(!time.contains(QLatin1Char('Z')) && !time.contains(QStringLiteral("T10")), qPrintable(time));
        QCOMPARE(view.table()->item(0, AuditView::WhoColumn)->text(), QStringLiteral("alice@desk"));
        const Action *memory = catalog().find(QStringLiteral("system.memory"));
        QVERIFY(memory);
        QCOMPARE(view.table()->item(0, AuditView::ActionColumn)->text(), memory->title());
        QCOMPARE(view.table()->item(0, AuditView::CommandColumn)->text(), QStringLiteral("free -h"));
        QCOMPARE(view.table()->item(0, AuditView::ResultColumn)->text(), QStringLiteral("Succeeded"));
        QCOMPARE(view.table()->item(0, AuditView::DurationColumn)->text(), QStringLiteral("1 min 4 s"));
        QVERIFY2(view.summaryLabel()->text().contains(QStringLiteral("1 damaged entry skipped"))
                     || view.summaryLabel()->text().contains(QStringLiteral("1 damaged entry(s) skipped")),
                 qPrintable(view.summaryLabel()->text()));

        view.table()->selectRow(0);
        const QString shown = view.outputView()->toPlainText();
        QVERIFY2(shown.contains(QStringLiteral("<b>bold</b> red done\nnext\nover")), qPrintable(shown));
        QVERIFY(!shown.contains(QChar(0x1b)) && !shown.contains(QChar(0x07)) && !shown.contains(QStringLiteral("aG9za")));
        // A plain-text view: the markup is text, not bold.
        QVERIFY(!view.outputView()->document()->toHtml().contains(QStringLiteral("font-weight:700")));

        // An action gone from the catalog shows its id.
        QVERIFY(AuditLog(log).append(run(QStringLiteral("s1"), QStringLiteral("gone.action"), t.addSecs(10))));
        view.reload();
        QCOMPARE(view.table()->item(0, AuditView::ActionColumn)->text(), QStringLiteral("gone.action"));
    }

    // A changing action's row says what it ran (its steps), not "sh -s <<'HOSHU'".
    void commandColumnShowsTheSteps()
    {
        const QString log = freshLog();
        AuditLog::Entry e = run(QStringLiteral("s1"), QStringLiteral("services.start_mastodon"), QDateTime::currentDateTimeUtc());
        e.command = QStringLiteral("sh -s <<'HOSHU'\nset -u\nHOSHU");
        e.output = "==> systemctl start mastodon-web.service\n==> <b>systemctl</b> daemon-reload\n";
        QVERIFY(AuditLog(log).append(e));
        AuditView view;
        view.setLogPath(log);
        view.setCatalog(catalog());
        view.setServer(QStringLiteral("s1"), QStringLiteral("web1"));
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QTRY_COMPARE(view.table()->rowCount(), 1);
        QTableWidgetItem *cell = view.table()->item(0, AuditView::CommandColumn);
        QCOMPARE(cell->text(), QStringLiteral("systemctl start mastodon-web.service; <b>systemctl</b> daemon-reload"));
        // The tool tip shows the steps literally: server text never renders as rich text.
        QVERIFY2(!Qt::mightBeRichText(cell->toolTip()) || cell->toolTip().contains(QStringLiteral("&lt;b&gt;")),
                 qPrintable(cell->toolTip()));
    }

    void exportWritesCsvAndJson()
    {
        const QString log = freshLog();
        AuditLog::Entry e = run(QStringLiteral("s1"), QStringLiteral("system.memory"), QDateTime::currentDateTimeUtc());
        e.command = QStringLiteral("=evil, \"quoted\"");
        e.output = "line1\nline2,x\n";
        QVERIFY(AuditLog(log).append(e));
        AuditView view;
        view.setLogPath(log);
        view.setServer(QStringLiteral("s1"), QStringLiteral("web1"));
        const QString csvPath = m_dir.path() + QStringLiteral("/out.csv");
        const QString jsonPath = m_dir.path() + QStringLiteral("/out.json");
        QVERIFY(view.exportCsv(csvPath));
        QVERIFY(view.exportJson(jsonPath));
        QFile csv(csvPath);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QByteArray csvBytes = csv.readAll();
        QVERIFY2(csvBytes.contains("\"'=evil, \"\"quoted\"\"\""), csvBytes.constData());
        QVERIFY(csvBytes.contains("\"line1\nline2,x\n\""));
        QFile json(jsonPath);
        QVERIFY(json.open(QIODevice::ReadOnly));
        const QJsonArray array = QJsonDocument::fromJson(json.readAll()).array();
        QCOMPARE(array.size(), 1);
        QCOMPARE(array.at(0).toObject().value(QStringLiteral("output_text")).toString(), QStringLiteral("line1\nline2,x\n"));
        QCOMPARE(array.at(0).toObject().value(QStringLiteral("command")).toString(), e.command);
    }

    // A run that ends (here or in hoshu-cli) appends a line: the shown view follows.
    void followsTheLog()
    {
        const QString log = freshLog();
        QVERIFY(AuditLog(log).append(run(QStringLiteral("s1"), QStringLiteral("a.one"), QDateTime::currentDateTimeUtc())));
        AuditView view;
        view.setLogPath(log);
        view.setServer(QStringLiteral("s1"), QStringLiteral("web1"));
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QCOMPARE(view.table()->rowCount(), 1);
        QVERIFY(AuditLog(log, AuditLog::Source::Cli)
                    .append(run(QStringLiteral("s1"), QStringLiteral("a.two"), QDateTime::currentDateTimeUtc())));
        QTRY_COMPARE_WITH_TIMEOUT(view.table()->rowCount(), 2, 10000);
        QCOMPARE(view.table()->item(0, AuditView::ActionColumn)->text(), QStringLiteral("a.two"));
    }

    void dashboardHasAnAuditTabAfterActions()
    {
        auto *actions = new QWidget;
        ServerDashboard dash(actions);
        QCOMPARE(dash.tabs()->indexOf(dash.auditView()), dash.tabs()->indexOf(actions) + 1);
        QCOMPARE(dash.tabs()->indexOf(dash.auditView()), int(ServerDashboard::AuditTab));
        QCOMPARE(dash.tabs()->tabText(ServerDashboard::AuditTab), QStringLiteral("Audit"));
    }

    // The connection drops while a fix runs: the Findings tab says the outcome is
    // unknown, a refresh that cannot reach the server is not taken for the
    // re-check (no "Fixed"), the server is asked again, and only the re-check
    // that reached it says fixed.
    void droppedConnectionIsOutcomeUnknownUntilTheServerAnswers()
    {
        ServerDashboard dash(nullptr);
        dash.setRecheckRetryDelay(1);
        QString actionId;
        const Finding down = clickFixThenDrop(dash, freshLog(), &actionId);
        QSignalSpy refresh(&dash, &ServerDashboard::refreshRequested);
        dash.fixRan(QStringLiteral("s1"), actionId, QStringLiteral("Start Mastodon"));
        auto *unknown = dash.findingsView()->findChild<QLabel *>(QStringLiteral("findingsOutcomeUnknown"));
        auto *recheck = dash.findingsView()->findChild<QLabel *>(QStringLiteral("findingsRecheck"));
        QVERIFY(unknown && recheck);
        QVERIFY(!unknown->isHidden());
        QCOMPARE(unknown->text(), QStringLiteral("Outcome unknown: the connection to web1 dropped while “Start Mastodon” "
                                                 "was running. Hoshu will check again when the server answers."));

        // The re-check cannot connect (as MonitorHub reports it): nothing is "Fixed".
        const Finding unreachable = Finding::make(QStringLiteral("connection.failed"), Severity::Unknown);
        dash.setResult(QStringLiteral("s1"), Snapshot(), {unreachable});
        dash.setFailed(QStringLiteral("s1"), QStringLiteral("Connection refused"));
        QVERIFY(recheck->isHidden());
        QVERIFY(!unknown->isHidden());
        // ... and the server is asked again.
        QTRY_VERIFY_WITH_TIMEOUT(refresh.size() >= 1, 10000);
        QCOMPARE(refresh.first().at(0).toString(), QStringLiteral("s1"));

        // The server answers: the re-check says what became of it.
        Finding up = down;
        up.severity = Severity::Ok;
        dash.setResult(QStringLiteral("s1"), Snapshot(), {up});
        QVERIFY(unknown->isHidden());
        QVERIFY(!recheck->isHidden());
        QVERIFY2(recheck->text().contains(QStringLiteral("Fixed by “Start Mastodon”")), qPrintable(recheck->text()));
        // No more asking once it answered.
        const int asked = int(refresh.size());
        dash.setFailed(QStringLiteral("s1"), QStringLiteral("Connection refused"));
        QTest::qWait(50);
        QCOMPARE(int(refresh.size()), asked);
    }

    void droppedConnectionThenStillThere()
    {
        ServerDashboard dash(nullptr);
        QString actionId;
        const Finding down = clickFixThenDrop(dash, freshLog(), &actionId);
        dash.fixRan(QStringLiteral("s1"), actionId, QStringLiteral("Start Mastodon"));
        dash.setResult(QStringLiteral("s1"), Snapshot(), {down});
        auto *recheck = dash.findingsView()->findChild<QLabel *>(QStringLiteral("findingsRecheck"));
        QVERIFY(recheck->isHidden()); // nothing fixed
        auto *still = dash.findingsView()->cards().constFirst()->findChild<QLabel *>(QStringLiteral("findingRecheck"));
        QVERIFY(still && still->text().contains(QStringLiteral("Start Mastodon")));
        QVERIFY(dash.findingsView()->findChild<QLabel *>(QStringLiteral("findingsOutcomeUnknown"))->isHidden());
    }

    // The tab as a person sees it, in English and Japanese: it renders, with a
    // row selected and its output below. HOSHU_SHOT_DIR keeps the pictures.
    void rendersInBothLanguages()
    {
        const QString log = freshLog();
        const QDateTime t = QDateTime::currentDateTimeUtc().addSecs(-3600);
        struct Run { const char *action; const char *command; AuditLog::Outcome outcome; int exit; const char *error;
                     qint64 ms; const char *source; QByteArray output; };
        const QList<Run> runs {
            {"system.disk_usage", "df -h -x tmpfs -x devtmpfs", AuditLog::Outcome::Succeeded, 0, "", 800, "cli",
             "Filesystem      Size  Used Avail Use% Mounted on\n/dev/vda1        80G   71G  5.2G  94% /\n"},
            {"nginx.test_and_reload", "sudo nginx -t && sudo systemctl reload nginx", AuditLog::Outcome::Failed, 1, "",
             2300, "gui", "nginx: [emerg] unknown directive \"ssl_protocol\" in /etc/nginx/sites-enabled/mastodon:23\n"
                          "nginx: configuration file /etc/nginx/nginx.conf test failed\n"},
            {"system.reboot", "sudo systemctl reboot", AuditLog::Outcome::Unknown, -1, "Connection lost", 4100, "gui",
             "Rebooting the server now.\n"},
            {"services.restart_mastodon", "sudo systemctl restart mastodon-web mastodon-sidekiq mastodon-streaming",
             AuditLog::Outcome::Succeeded, 0, "", 64000, "gui",
             "\x1b[32m●\x1b[0m mastodon-web.service - mastodon-web\n     Active: active (running)\n"},
        };
        for (int i = 0; i < runs.size(); ++i) {
            AuditLog::Entry e = run(QStringLiteral("s1"), QString::fromLatin1(runs[i].action), t.addSecs(i * 600));
            e.command = QString::fromUtf8(runs[i].command);
            e.outcome = runs[i].outcome;
            e.exitStatus = runs[i].exit;
            e.error = QString::fromLatin1(runs[i].error);
            e.durationMs = runs[i].ms;
            e.source = QString::fromLatin1(runs[i].source);
            e.output = runs[i].output;
            QVERIFY(AuditLog(log).append(e));
        }
        const QString shots = qEnvironmentVariable("HOSHU_SHOT_DIR");
        for (const QString &lang : {QStringLiteral("en"), QStringLiteral("ja")}) {
            Translations::install(*qApp, lang);
            auto *actions = new QWidget;
            ServerDashboard dash(actions);
            dash.auditView()->setLogPath(log);
            dash.setCatalog(catalog());
            dash.setCurrentServer(QStringLiteral("s1"), QStringLiteral("web1"), QStringLiteral("systemd"));
            dash.tabs()->setCurrentWidget(dash.auditView());
            dash.resize(1200, 720);
            dash.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dash));
            QCOMPARE(dash.auditView()->table()->rowCount(), 4);
            dash.auditView()->table()->selectRow(2); // the failed nginx test
            QVERIFY(dash.auditView()->outputView()->toPlainText().contains(QStringLiteral("ssl_protocol")));
            const QPixmap picture = dash.grab();
            QVERIFY(!picture.isNull());
            if (!shots.isEmpty())
                QVERIFY(picture.save(QDir(shots).filePath(QStringLiteral("audit-%1.png").arg(lang))));
        }
        Translations::install(*qApp, QStringLiteral("en"));
    }
};

QTEST_MAIN(TestAuditView)
#include "test_audit_view.moc"
