#include "ConfirmActionDialog.h"
#include "FindingCard.h"
#include "FindingsView.h"
#include "LogPane.h"
#include "MainWindow.h"
#include "ServerDashboard.h"
#include "ServerWorkspace.h"
#include "common/AppPaths.h"
#include "servers/ProfileStore.h"
#include "session/ServerSession.h"

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

QByteArray actionJson(const char *id, const char *risk)
{
    return QByteArray(R"({
  "schema": 1, "id": ")") + id + R"(",
  "title": {"en": "Title )" + id + R"(", "ja": "題 )" + id + R"("},
  "description": {"en": "Test action.", "ja": "テスト"},
  "risk": ")" + risk + R"(", "needs_root": false, "timeout_sec": 30,
  "confirm_by_typing_name": false,
  "variants": {"systemd": {"script": ["echo fixing )" + id + R"("]}}
})";
}

Catalog testCatalog(const QString &dir)
{
    QDir().mkpath(dir);
    for (const auto &[id, risk] : {std::pair{"services.restart_mastodon", "disruptive"},
                                   std::pair{"services.status", "read-only"}}) {
        QFile f(dir + QLatin1Char('/') + QString::fromLatin1(id) + QStringLiteral(".json"));
        if (!f.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(f.fileName()));
        f.write(actionJson(id, risk));
    }
    QStringList errors;
    Catalog c = Catalog::loadFromDirectory(dir, &errors);
    if (!errors.isEmpty())
        qFatal("catalog: %s", qPrintable(errors.join(QLatin1Char('\n'))));
    return c;
}

QList<Finding> findings()
{
    return {
        Finding::make(QStringLiteral("cert.expiring"), Severity::Warning, QStringLiteral("example.test"),
                      {{QStringLiteral("daysLeft"), 12}}, QStringLiteral("cert.renew")), // not in the catalog
        Finding::make(QStringLiteral("service.inactive"), Severity::Critical, QStringLiteral("mastodon-web.service"),
                      {{QStringLiteral("activeState"), QStringLiteral("inactive")}},
                      QStringLiteral("services.restart_mastodon")),
        Finding::make(QStringLiteral("service.restarting"), Severity::Warning, QStringLiteral("mastodon-sidekiq.service"),
                      {{QStringLiteral("restarts"), 4}}, QStringLiteral("services.status")),
        Finding::make(QStringLiteral("disk.usage_high"), Severity::Ok, QStringLiteral("/"),
                      {{QStringLiteral("percent"), 41}, {QStringLiteral("availBytes"), qint64(5) << 30}},
                      QStringLiteral("services.status")),
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

void TestFindingsView::fixButtonOnlyForExistingActions()
{
    FindingsView view;
    view.setCatalog(testCatalog(m_dir->path() + QStringLiteral("/actions")));
    view.setFindings(findings(), QDateTime::currentDateTimeUtc());
    auto *restart = view.findChild<QPushButton *>(QStringLiteral("fixButton_service.inactive_mastodon-web.service"));
    QVERIFY(restart);
    QVERIFY(restart->text().contains(QStringLiteral("Title services.restart_mastodon")));
    QVERIFY(view.findChild<QPushButton *>(QStringLiteral("fixButton_service.restarting_mastodon-sidekiq.service")));
    // cert.renew is not in the catalog: no button that would do nothing.
    QVERIFY(!view.findChild<QPushButton *>(QStringLiteral("fixButton_cert.expiring_example.test")));
    QVERIFY(!view.findChild<QPushButton *>(QStringLiteral("fixButton_sidekiq.dead_jobs")));

    QSignalSpy fix(&view, &FindingsView::fixRequested);
    restart->click();
    QCOMPARE(fix.size(), 1);
    QCOMPARE(fix.first().first().toString(), QStringLiteral("services.restart_mastodon"));

    // No variant for docker: no button either.
    view.setDeployment(QStringLiteral("docker"));
    view.setFindings(findings(), QDateTime::currentDateTimeUtc());
    QVERIFY(!view.findChild<QPushButton *>(QStringLiteral("fixButton_service.inactive_mastodon-web.service")));
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
    const int linesBefore = window.logPane(id)->lineCount();
    QTest::mouseClick(fix, Qt::LeftButton);
    ConfirmActionDialog *confirm = nullptr;
    QTRY_VERIFY((confirm = window.findChild<ConfirmActionDialog *>()) != nullptr);
    QVERIFY2(confirm->commandText().contains(QStringLiteral("echo fixing services.restart_mastodon")),
             qPrintable(confirm->commandText()));
    confirm->reject();
    QTest::qWait(100);
    QCOMPARE(window.logPane(id)->lineCount(), linesBefore); // nothing ran
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
    auto *fix = window.findChild<QPushButton *>(QStringLiteral("fixButton_service.restarting_mastodon-sidekiq.service"));
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
        Finding::make(QStringLiteral("disk.stray_dumps"), Severity::Warning, {},
                      {{QStringLiteral("count"), 1}, {QStringLiteral("bytes"), qint64(4096)}, {QStringLiteral("files"), file}}),
        Finding::make(QStringLiteral("service.inactive"), Severity::Critical, QStringLiteral("<i>mastodon-web</i>.service"),
                      {{QStringLiteral("activeState"), state}}, QStringLiteral("services.restart_mastodon")),
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
    QVERIFY(tip.toPlainText().contains(QStringLiteral("Title services.restart_mastodon")));

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
