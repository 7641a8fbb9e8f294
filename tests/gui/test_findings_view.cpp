#include "ConfirmActionDialog.h"
#include "FindingCard.h"
#include "FindingsView.h"
#include "LogPane.h"
#include "MainWindow.h"
#include "RenewalDoneDialog.h"
#include "ServerDashboard.h"
#include "ServerWorkspace.h"
#include "common/AppPaths.h"
#include "servers/ProfileStore.h"
#include "session/ServerSession.h"

#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QToolButton>

namespace {

QByteArray actionJson(const char *id, const char *risk, bool withUnit)
{
    const QByteArray params = withUnit ? QByteArray(R"("parameters": [{"name": "unit", "type": "string",
      "regex": "^[A-Za-z0-9@._:-]{1,120}$", "title": {"en": "Unit", "ja": "ユニット"}}],)")
                                       : QByteArray();
    return QByteArray(R"({
  "schema": 2, "id": ")") + id + R"(",
  "title": {"en": "Title )" + id + R"(", "ja": "題 )" + id + R"("},
  "description": {"en": "Test action.", "ja": "テスト"},
  "risk": ")" + risk + R"(", "needs_root": false, "mastodon_down": false, "timeout_sec": 30,
  "confirm_by_typing_name": false, )" + params + R"(
  "variants": {"systemd": {}}
})";
}

// The actions the findings below name as their remedy (FindingCatalog), with
// scripts that only echo.
Catalog testCatalog(const QString &dir)
{
    QDir().mkpath(dir);
    struct Spec { const char *id; const char *risk; bool withUnit; };
    for (const Spec &a : {Spec{"services.start_mastodon", "disruptive", false}, Spec{"services.unit_log", "read-only", true},
                          Spec{"services.restart_unit", "disruptive", true}}) {
        const QString base = dir + QLatin1Char('/') + QString::fromLatin1(a.id);
        QFile json(base + QStringLiteral(".json"));
        QFile script(base + QStringLiteral(".systemd.sh"));
        if (!json.open(QIODevice::WriteOnly) || !script.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(base));
        json.write(actionJson(a.id, a.risk, a.withUnit));
        script.write(QByteArray("echo fixing ") + a.id + '\n');
    }
    QStringList errors;
    Catalog c = Catalog::loadFromDirectory(dir, &errors);
    if (!errors.isEmpty())
        qFatal("catalog: %s", qPrintable(errors.join(QLatin1Char('\n'))));
    return c;
}

Finding withRemedy(Finding f)
{
    f.attachRemedy(QStringLiteral("systemd"));
    return f;
}

QList<Finding> findings()
{
    return {
        // cert.renew is not in this test catalog: no button that would do nothing.
        withRemedy(Finding::make(QStringLiteral("cert.expiring"), Severity::Warning, QStringLiteral("example.test"),
                                 {{QStringLiteral("daysLeft"), 12}})),
        withRemedy(Finding::make(QStringLiteral("service.inactive"), Severity::Critical, QStringLiteral("mastodon-web.service"),
                                 {{QStringLiteral("activeState"), QStringLiteral("inactive")}})),
        withRemedy(Finding::make(QStringLiteral("service.restarting"), Severity::Warning,
                                 QStringLiteral("mastodon-sidekiq.service"), {{QStringLiteral("restarts"), 4}})),
        Finding::make(QStringLiteral("disk.usage_high"), Severity::Ok, QStringLiteral("/"),
                      {{QStringLiteral("percent"), 41}, {QStringLiteral("availBytes"), qint64(5) << 30}}),
        Finding::unknown(QStringLiteral("sidekiq.dead_jobs"), QStringLiteral("redis-cli not found")),
    };
}

} // namespace

// The checklist: problems first with icon + severity text, a Fix button only
// for actions that exist, ok checks collapsed, and Fix reaching the same
// confirmation path as the Actions tab.
class TestFindingsView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void problemsFirstOkCollapsed();
    void fixButtonOnlyForExistingActions();
    void preventionIsOfferedBesideTheFix();
    void identicalProblemsAreOneCard();
    void renewalIsMarkedDoneWithTheNextDueDate();
    void fixAsksFirstForDisruptiveAction();
    void fixRunsReadOnlyActionAtOnce();
    void serverTextShowsLiterally();

private:
    QString addProfile();
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestFindingsView::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    qputenv("HOSHU_CONFIG_DIR", m_dir->path().toUtf8());
    qputenv("HOME", m_dir->path().toUtf8());
}

void TestFindingsView::cleanup()
{
    m_dir.reset();
}

QString TestFindingsView::addProfile()
{
    ProfileStore store(AppPaths::profilesFile());
    ServerProfile p;
    p.name = QStringLiteral("prod");
    p.host = QStringLiteral("127.0.0.1");
    p.port = 1; // nothing listens: a run ends at once with an error
    p.user = QStringLiteral("nobody");
    QString error;
    if (!store.add(p, &error) || !store.save(&error))
        qFatal("profile: %s", qPrintable(error));
    return store.findByName(QStringLiteral("prod"))->id;
}

void TestFindingsView::problemsFirstOkCollapsed()
{
    FindingsView view;
    view.setCatalog(testCatalog(m_dir->path() + QStringLiteral("/actions")));
    view.setFindings(findings(), QDateTime::currentDateTimeUtc());
    view.resize(800, 600);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));

    QList<FindingCard *> problems;
    for (FindingCard *c : view.cards()) {
        if (c->finding().severity != Severity::Ok)
            problems << c;
    }
    QCOMPARE(problems.size(), 4);
    // Visual order = layout order: critical, unknown, then the warnings.
    std::sort(problems.begin(), problems.end(), [](FindingCard *a, FindingCard *b) { return a->y() < b->y(); });
    QCOMPARE(problems.at(0)->finding().id, QStringLiteral("service.inactive"));
    QCOMPARE(problems.at(1)->finding().severity, Severity::Unknown);
    QCOMPARE(problems.at(2)->finding().severity, Severity::Warning);

    // Severity text and title are there as words, not only as an icon colour.
    auto *title = problems.at(0)->findChild<QLabel *>(QStringLiteral("findingTitle"));
    QVERIFY(title);
    QVERIFY(title->text().contains(SeverityInfo::displayName(Severity::Critical)));
    QVERIFY(title->text().contains(problems.at(0)->finding().title()));
    auto *evidence = problems.at(0)->findChild<QLabel *>(QStringLiteral("findingEvidence"));
    QVERIFY(evidence && evidence->text().contains(QStringLiteral("inactive")));
    QVERIFY(problems.at(0)->findChild<QLabel *>(QStringLiteral("findingWhy")));

    auto *summary = view.findChild<QLabel *>(QStringLiteral("findingsSummary"));
    QVERIFY(summary->text().contains(QStringLiteral("4 problem(s)")) || summary->text().contains(QStringLiteral("4 problems")));

    auto *toggle = view.findChild<QToolButton *>(QStringLiteral("showOkFindingsButton"));
    QVERIFY(toggle && toggle->isVisible());
    FindingCard *ok = view.findChild<FindingCard *>(QStringLiteral("findingCard_disk.usage_high_/"));
    QVERIFY(ok);
    QVERIFY(!ok->isVisible());
    QVERIFY(!ok->fixButton()); // an ok check needs no fix
    toggle->click();
    QTRY_VERIFY(ok->isVisible());
    QVERIFY(ok->y() >= 0);
}

// A large media cache: the fix (remove the old cache), "Show" steps, and what keeps it from
// coming back as its own button, which asks for that action only when clicked.
void TestFindingsView::preventionIsOfferedBesideTheFix()
{
    QStringList errors;
    const Catalog catalog = Catalog::loadEmbedded(&errors);
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
    Finding cache = Finding::make(QStringLiteral("disk.media_cache_large"), Severity::Warning,
                                  QStringLiteral("/home/mastodon/live/public/system/cache"),
                                  {{QStringLiteral("bytes"), qint64(42) << 30}, {QStringLiteral("percentOfDisk"), 61}});
    cache.attachRemedy(QStringLiteral("systemd"), 4);
    FindingsView view;
    view.setCatalog(catalog);
    view.setFindings({cache}, QDateTime::currentDateTimeUtc());
    const QString key = FindingCard::key(cache);
    auto *fixButton = view.findChild<QPushButton *>(QStringLiteral("fixButton_") + key);
    auto *relays = view.findChild<QPushButton *>(QStringLiteral("showButton_mastodon.list_relays_") + key);
    auto *prevent = view.findChild<QPushButton *>(QStringLiteral("preventButton_media.set_cache_retention_") + key);
    QVERIFY(fixButton && relays && prevent);
    QCOMPARE(prevent->text(), QStringLiteral("Prevent: Set the media cache retention period"));
    QSignalSpy fix(&view, &FindingsView::fixRequested);
    prevent->click();
    QCOMPARE(fix.size(), 1);
    QCOMPARE(fix.first().at(0).toString(), QStringLiteral("media.set_cache_retention"));
    // Afterwards the card does not read as a fix that failed: the cache is still large, and
    // the card says what the prevention was for.
    QVERIFY(view.lastRequest().prevention);
    const QString title = catalog.find(QStringLiteral("media.set_cache_retention"))->title();
    view.setFindings({cache}, QDateTime::currentDateTimeUtc()); // new cards: prevent is gone
    view.showRecheck(view.lastRequest(), title);
    auto *recheck = view.findChild<QLabel *>(QStringLiteral("findingRecheck"));
    QVERIFY(recheck);
    QVERIFY2(recheck->text().contains(QStringLiteral("does not come back")), qPrintable(recheck->text()));
    QVERIFY(!recheck->text().contains(QStringLiteral("Still there")));
}

void TestFindingsView::fixButtonOnlyForExistingActions()
{
    FindingsView view;
    view.setCatalog(testCatalog(m_dir->path() + QStringLiteral("/actions")));
    view.setFindings(findings(), QDateTime::currentDateTimeUtc());
    auto *start = view.findChild<QPushButton *>(QStringLiteral("fixButton_service.inactive_mastodon-web.service"));
    QVERIFY(start);
    QVERIFY(start->text().contains(QStringLiteral("Title services.start_mastodon")));
    // A disruptive fix says so before the click.
    QVERIFY(view.findChild<QLabel *>(QStringLiteral("fixButton_service.inactive_mastodon-web.service_note")));
    // A procedure: read the log ("Show", never "Fix"), then restart, with the unit filled in.
    auto *log = view.findChild<QPushButton *>(QStringLiteral("stepButton_1_service.restarting_mastodon-sidekiq.service"));
    auto *restart = view.findChild<QPushButton *>(QStringLiteral("stepButton_2_service.restarting_mastodon-sidekiq.service"));
    QVERIFY(log && restart);
    QVERIFY(log->text().contains(QStringLiteral("Show")));
    QVERIFY(!log->text().contains(QStringLiteral("Fix")));
    QVERIFY(!view.findChild<QPushButton *>(QStringLiteral("fixButton_service.restarting_mastodon-sidekiq.service")));
    // cert.renew is not in the catalog: no button that would do nothing.
    QVERIFY(!view.findChild<QPushButton *>(QStringLiteral("fixButton_cert.expiring_example.test")));
    QVERIFY(!view.findChild<QPushButton *>(QStringLiteral("fixButton_sidekiq.dead_jobs")));
    // Every problem card says what to do.
    for (FindingCard *card : view.cards()) {
        if (card->finding().severity != Severity::Ok && card->finding().severity != Severity::Unknown)
            QVERIFY2(card->findChild<QLabel *>(QStringLiteral("findingWhatToDo")), qPrintable(card->objectName()));
    }

    QSignalSpy fix(&view, &FindingsView::fixRequested);
    restart->click();
    QCOMPARE(fix.size(), 1);
    QCOMPARE(fix.first().at(0).toString(), QStringLiteral("services.restart_unit"));
    const auto params = fix.first().at(1).value<QMap<QString, QString>>();
    QCOMPARE(params.value(QStringLiteral("unit")), QStringLiteral("mastodon-sidekiq.service"));
    QCOMPARE(view.lastRequest().targets.size(), 1);

    // No variant for docker: no button either.
    view.setDeployment(QStringLiteral("docker"));
    view.setFindings(findings(), QDateTime::currentDateTimeUtc());
    QVERIFY(!view.findChild<QPushButton *>(QStringLiteral("fixButton_service.inactive_mastodon-web.service")));
}

void TestFindingsView::renewalIsMarkedDoneWithTheNextDueDate()
{
    // The rent is paid at the provider: no command can do it, so the card records it.
    const QDate due = QDate::currentDate().addDays(3);
    const Finding rent = withRemedy(Finding::make(QStringLiteral("renewal.due"), Severity::Warning,
                                                  QStringLiteral("VPS rent"),
                                                  {{QStringLiteral("what"), QStringLiteral("VPS rent")},
                                                   {QStringLiteral("due"), due.toString(Qt::ISODate)},
                                                   {QStringLiteral("days"), 3}}));
    QVERIFY(rent.remedy.recordsDone);
    ServerDashboard dashboard(nullptr);
    dashboard.setCurrentServer(QStringLiteral("s1"), QStringLiteral("prod"), QStringLiteral("systemd"));
    dashboard.setResult(QStringLiteral("s1"), Snapshot(), {rent}, QDateTime::currentDateTimeUtc());
    QPushButton *mark = nullptr;
    for (QPushButton *b : dashboard.findChildren<QPushButton *>()) {
        if (b->objectName().startsWith(QLatin1String("markDoneButton_")))
            mark = b;
        QVERIFY2(!b->objectName().startsWith(QLatin1String("fixButton_")), "nothing to run for a payment");
    }
    QVERIFY(mark);
    QSignalSpy recorded(&dashboard, &ServerDashboard::renewalRecorded);
    QSignalSpy recheck(&dashboard, &ServerDashboard::refreshRequested);
    mark->click();
    auto *dialog = dashboard.findChild<RenewalDoneDialog *>();
    QVERIFY(dialog && dialog->isVisible());
    // A year after the due date is offered; the user picks another day.
    QCOMPARE(dialog->nextDue(), due.addYears(1));
    const QDate chosen = due.addMonths(6);
    dialog->findChild<QDateEdit *>(QStringLiteral("nextDueEdit"))->setDate(chosen);
    dialog->accept();
    QCOMPARE(recorded.size(), 1);
    QCOMPARE(recorded.at(0).at(0).toString(), QStringLiteral("s1"));
    QCOMPARE(recorded.at(0).at(1).toString(), QStringLiteral("VPS rent"));
    QCOMPARE(recorded.at(0).at(2).toDate(), chosen);
    QCOMPARE(recheck.size(), 1); // checked again, so the reminder is seen gone
}

void TestFindingsView::identicalProblemsAreOneCard()
{
    QList<Finding> list;
    for (const char *unit : {"mastodon-web.service", "mastodon-sidekiq.service", "mastodon-streaming.service",
                             "mastodon-streaming@4000.service"})
        list << withRemedy(Finding::make(QStringLiteral("service.inactive"), Severity::Critical, QString::fromLatin1(unit),
                                         {{QStringLiteral("activeState"), QStringLiteral("inactive")}}));
    FindingsView view;
    view.setCatalog(testCatalog(m_dir->path() + QStringLiteral("/actions")));
    view.setFindings(list, QDateTime::currentDateTimeUtc());
    QCOMPARE(view.cards().size(), 1);
    FindingCard *card = view.cards().constFirst();
    QCOMPARE(card->findings().size(), 4);
    QTextDocument heading;
    heading.setHtml(card->findChild<QLabel *>(QStringLiteral("findingTitle"))->text());
    for (const Finding &f : std::as_const(list))
        QVERIFY2(heading.toPlainText().contains(f.subject), qPrintable(heading.toPlainText()));
    int fixButtons = 0;
    for (QPushButton *b : view.findChildren<QPushButton *>())
        fixButtons += b->objectName().startsWith(QLatin1String("fixButton_")) ? 1 : 0;
    QCOMPARE(fixButtons, 1); // one Fix for all four

    // The re-check after the fix: two came back, two are still down.
    QSignalSpy fix(&view, &FindingsView::fixRequested);
    card->fixButton()->click();
    QCOMPARE(fix.size(), 1);
    const FindingsView::Request request = view.lastRequest();
    QCOMPARE(request.targets.size(), 4);
    QList<Finding> after = list;
    after[0].severity = Severity::Ok;
    after[1].severity = Severity::Ok;
    view.setFindings(after, QDateTime::currentDateTimeUtc());
    view.showRecheck(request, QStringLiteral("Start Mastodon"));
    auto *fixed = view.findChild<QLabel *>(QStringLiteral("findingsRecheck"));
    QVERIFY(fixed && !fixed->isHidden());
    QVERIFY(fixed->text().contains(QStringLiteral("mastodon-web.service")));
    QVERIFY(fixed->text().contains(QStringLiteral("mastodon-sidekiq.service")));
    QVERIFY(!fixed->text().contains(QStringLiteral("streaming")));
    FindingCard *remaining = view.findChild<FindingCard *>(QStringLiteral("findingCard_service.inactive_mastodon-streaming.service"));
    QVERIFY(remaining);
    QCOMPARE(remaining->findings().size(), 2);
    auto *still = remaining->findChild<QLabel *>(QStringLiteral("findingRecheck"));
    QVERIFY(still && still->text().contains(QStringLiteral("Start Mastodon")));
}

void TestFindingsView::fixAsksFirstForDisruptiveAction()
{
    const QString id = addProfile();
    MainWindow window;
    window.setSessionConfigurator([](ServerSession *session) { session->setSshConfigFile(QStringLiteral("")); });
    window.setCatalog(testCatalog(m_dir->path() + QStringLiteral("/actions")));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.selectServer(id);
    window.showServerDashboard();
    QVERIFY(!window.isOverviewShown());
    window.dashboard()->setResult(id, Snapshot(), findings());
    QCOMPARE(window.dashboard()->tabs()->currentIndex(), int(ServerDashboard::FindingsTab));
    QVERIFY(window.dashboard()->tabs()->tabText(ServerDashboard::FindingsTab).contains(QStringLiteral("4")));

    auto *fix = window.findChild<QPushButton *>(QStringLiteral("fixButton_service.inactive_mastodon-web.service"));
    QVERIFY(fix);
    QTRY_VERIFY(fix->isVisible()); // widgets added to a shown layout appear on the next event loop turn
    // Runs are counted by their header lines (working out the plan may add a notice).
    auto runs = [&] {
        int n = 0;
        for (int i = 0; i < window.logPane(id)->lineCount(); ++i)
            n += window.logPane(id)->lineKind(i) == LogView::LineKind::Header ? 1 : 0;
        return n;
    };
    const int runsBefore = runs();
    QTest::mouseClick(fix, Qt::LeftButton);
    ConfirmActionDialog *confirm = nullptr;
    QTRY_VERIFY((confirm = window.findChild<ConfirmActionDialog *>()) != nullptr);
    QVERIFY2(confirm->commandText().contains(QStringLiteral("echo fixing services.start_mastodon")),
             qPrintable(confirm->commandText()));
    confirm->reject();
    QTest::qWait(100);
    QCOMPARE(runs(), runsBefore); // nothing ran
    QVERIFY(!window.workspace(id)->isRunning());
}

void TestFindingsView::fixRunsReadOnlyActionAtOnce()
{
    const QString id = addProfile();
    MainWindow window;
    window.setSessionConfigurator([](ServerSession *session) { session->setSshConfigFile(QStringLiteral("")); });
    window.setCatalog(testCatalog(m_dir->path() + QStringLiteral("/actions")));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.selectServer(id);
    window.showServerDashboard();
    window.dashboard()->setResult(id, Snapshot(), findings());
    // Step 1 of the procedure reads the unit's log: read-only, so it runs at once.
    auto *fix = window.findChild<QPushButton *>(QStringLiteral("stepButton_1_service.restarting_mastodon-sidekiq.service"));
    QVERIFY(fix);
    QTRY_VERIFY(fix->isVisible());
    QTest::mouseClick(fix, Qt::LeftButton);
    QVERIFY(!window.findChild<ConfirmActionDialog *>());
    LogPane *log = window.logPane(id);
    QVERIFY(log->lineCount() >= 1);
    QCOMPARE(log->lineKind(0), LogView::LineKind::Header);
    QTRY_VERIFY_WITH_TIMEOUT(!window.workspace(id)->isRunning(), 30000);
}

void TestFindingsView::serverTextShowsLiterally()
{
    // A dump file whose name is markup, a unit whose state is markup: shown as
    // the characters they are, in the message, the evidence and the ok row.
    const QString file = QStringLiteral("/root/<font color=green>All OK</font><b>x</b><img src=\"file:///etc/hostname\">.sql");
    const QString state = QStringLiteral("<b>active</b>");
    const QList<Finding> list = {
        withRemedy(Finding::make(QStringLiteral("disk.stray_dumps"), Severity::Warning, {},
                                 {{QStringLiteral("count"), 1}, {QStringLiteral("bytes"), qint64(4096)},
                                  {QStringLiteral("files"), file}, {QStringLiteral("paths"), QStringList{file}}})),
        withRemedy(Finding::make(QStringLiteral("service.inactive"), Severity::Critical,
                                 QStringLiteral("<i>mastodon-web</i>.service"), {{QStringLiteral("activeState"), state}})),
        Finding::make(QStringLiteral("service.inactive"), Severity::Ok, QStringLiteral("<u>mastodon-streaming</u>.service"),
                      {{QStringLiteral("activeState"), state}, {QStringLiteral("subState"), QStringLiteral("<s>running</s>")}}),
    };
    FindingsView view;
    view.setCatalog(testCatalog(m_dir->path() + QStringLiteral("/actions")));
    view.setFindings(list, QDateTime::currentDateTimeUtc());
    view.resize(800, 600);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));

    FindingCard *dumps = view.findChild<FindingCard *>(QStringLiteral("findingCard_disk.stray_dumps"));
    QVERIFY(dumps);
    auto *message = dumps->findChild<QLabel *>(QStringLiteral("findingMessage"));
    QVERIFY(message);
    QCOMPARE(message->textFormat(), Qt::PlainText);
    QCOMPARE(message->text(), list.at(0).message());
    QVERIFY2(message->text().contains(file), qPrintable(message->text()));
    auto *evidence = dumps->findChild<QLabel *>(QStringLiteral("findingEvidence"));
    QVERIFY(evidence);
    QCOMPARE(evidence->textFormat(), Qt::PlainText);
    QVERIFY2(evidence->text().contains(file), qPrintable(evidence->text()));

    FindingCard *service = view.findChild<FindingCard *>(QStringLiteral("findingCard_service.inactive_<i>mastodon-web</i>.service"));
    QVERIFY(service);
    QCOMPARE(service->findChild<QLabel *>(QStringLiteral("findingMessage"))->textFormat(), Qt::PlainText);
    QVERIFY(service->findChild<QLabel *>(QStringLiteral("findingMessage"))->text().contains(state));
    // The heading is the one rich label: the subject is escaped into it and reads as typed.
    auto *title = service->findChild<QLabel *>(QStringLiteral("findingTitle"));
    QVERIFY(title);
    QTextDocument heading;
    heading.setHtml(title->text());
    QVERIFY2(heading.toPlainText().contains(QStringLiteral("<i>mastodon-web</i>.service")), qPrintable(heading.toPlainText()));
    // The Fix button's tool tip (rich-text detected like every tool tip) is escaped too.
    QTextDocument tip;
    tip.setHtml(service->fixButton()->toolTip());
    QVERIFY(Qt::mightBeRichText(service->fixButton()->toolTip()));
    QVERIFY(tip.toPlainText().contains(QStringLiteral("Title services.restart_unit")));

    // The greyed ok row.
    FindingCard *ok = view.findChild<FindingCard *>(QStringLiteral("findingCard_service.inactive_<u>mastodon-streaming</u>.service"));
    QVERIFY(ok);
    auto *okText = ok->findChild<QLabel *>(QStringLiteral("findingText"));
    QVERIFY(okText);
    QCOMPARE(okText->textFormat(), Qt::PlainText);
    QVERIFY2(okText->text().contains(QStringLiteral("<s>running</s>")), qPrintable(okText->text()));
}

QTEST_MAIN(TestFindingsView)
#include "test_findings_view.moc"
