#include "ActionPanel.h"
#include "ConfirmActionDialog.h"
#include "LogPane.h"
#include "MainWindow.h"
#include "MessageBanner.h"
#include "OverviewModel.h"
#include "ServerDialog.h"
#include "ServerListModel.h"
#include "ServerWorkspace.h"
#include "common/AppPaths.h"
#include "servers/ProfileStore.h"
#include "session/ServerSession.h"

#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

namespace {

const char *actionJson(const char *id, const char *risk, bool typeName)
{
    static QByteArray buffer;
    buffer = QByteArray(R"({
  "schema": 2, "id": ")") + id + R"(",
  "title": {"en": "Title )" + id + R"(", "ja": "題 )" + id + R"("},
  "description": {"en": "Test action.", "ja": "テスト"},
  "risk": ")" + risk + R"(", "needs_root": false, "mastodon_down": false, "timeout_sec": 30,
  "confirm_by_typing_name": )" + (typeName ? "true" : "false") + R"(,
  "variants": {"systemd": {}, "docker": {}}
})";
    return buffer.constData();
}

// Schema 2: each variant's script is the file <id>.<deployment>.sh beside the JSON.
void writeScripts(const QString &dir, const char *id)
{
    for (const char *deployment : {"systemd", "docker"}) {
        QFile sh(dir + QLatin1Char('/') + QString::fromLatin1(id) + QLatin1Char('.') + QLatin1String(deployment)
                 + QStringLiteral(".sh"));
        if (!sh.open(QIODevice::WriteOnly) || sh.write("echo hello\n") < 0)
            qFatal("cannot write %s", qPrintable(sh.fileName()));
    }
}

} // namespace

// The window as a whole, without a real server: profiles load and save,
// settings are remembered, actions reach the log, and a dangerous action asks
// first. (The end-to-end run against a real sshd lives with the session tests.)
class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void corruptProfilesShowBanner();
    void addServerThroughDialogAndRemember();
    void editAndRemoveServerThroughTheMenu();
    void actionsReachLogAndDangerousOnesAsk();
    void changingActionsAskForAFreshLook();

private:
    void addServer(MainWindow &window, const QString &name);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestMainWindow::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    qputenv("HOSHU_CONFIG_DIR", m_dir->path().toUtf8());
    qputenv("HOME", m_dir->path().toUtf8()); // no ~/.ssh/config of the person running the tests
}

void TestMainWindow::cleanup()
{
    m_dir.reset();
}

void TestMainWindow::addServer(MainWindow &window, const QString &name)
{
    window.addServer();
    ServerDialog *dialog = nullptr;
    for (ServerDialog *d : window.findChildren<ServerDialog *>()) {
        if (d->isVisible())
            dialog = d; // an earlier, closed one may still await deletion
    }
    QVERIFY(dialog);
    dialog->findChild<QLineEdit *>(QStringLiteral("hostEdit"))->setText(QStringLiteral("127.0.0.1"));
    auto *nameEdit = dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit"));
    nameEdit->clear();
    QTest::keyClicks(nameEdit, name);
    dialog->findChild<QSpinBox *>(QStringLiteral("portSpin"))->setValue(1); // nothing listens: refused at once
    dialog->findChild<QLineEdit *>(QStringLiteral("userEdit"))->setText(QStringLiteral("nobody"));
    auto *auth = dialog->findChild<QComboBox *>(QStringLiteral("authCombo"));
    auth->setCurrentIndex(auth->findData(int(ServerProfile::AuthMethod::Agent))); // no keychain involved
    auto *ok = dialog->findChild<QPushButton *>(QStringLiteral("okButton"));
    QVERIFY2(ok->isEnabled(), qPrintable(dialog->validationErrors().join(QLatin1Char('\n'))));
    QTest::mouseClick(ok, Qt::LeftButton);
}

void TestMainWindow::corruptProfilesShowBanner()
{
    QFile file(AppPaths::profilesFile());
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{ this is not json");
    file.close();
    MainWindow window;
    QVERIFY(!window.banner()->isHidden());
    QVERIFY(!window.banner()->text().isEmpty());
    QCOMPARE(window.serverModel()->rowCount(), 0);
}

void TestMainWindow::addServerThroughDialogAndRemember()
{
    QString id;
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.banner()->isHidden());
        addServer(window, QStringLiteral("first"));
        addServer(window, QStringLiteral("second"));
        QCOMPARE(window.serverModel()->rowCount(), 2);
        QVERIFY(QFile::exists(AppPaths::profilesFile()));
        id = window.serverModel()->idAt(0);
        window.selectServer(id);
        QCOMPARE(window.currentServerId(), id);
        QVERIFY(window.logPane(id));
        QVERIFY(window.logPane(id) != window.logPane(window.serverModel()->idAt(1))); // one log per server
        const QString text = window.serverModel()->index(0).data().toString();
        QVERIFY2(text.contains(QStringLiteral("first")) && text.contains(ServerListModel::stateText(
                                                              SshConnection::State::Disconnected, false)),
                 qPrintable(text));
        QVERIFY(!window.serverModel()->index(0).data(Qt::DecorationRole).value<QIcon>().isNull());
        window.close();
    }
    QSettings settings(MainWindow::settingsFile(), QSettings::IniFormat);
    QCOMPARE(settings.value(QStringLiteral("ui/lastServerId")).toString(), id);
    MainWindow again;
    QCOMPARE(again.serverModel()->rowCount(), 2);
    QCOMPARE(again.currentServerId(), id);
}

// Edit and Remove go through ServerListController and ServerRegistry: the list,
// the file, the workspace, its log and the overview all follow.
void TestMainWindow::editAndRemoveServerThroughTheMenu()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    addServer(window, QStringLiteral("first"));
    addServer(window, QStringLiteral("second"));
    const QString first = window.serverModel()->idAt(0);
    const QString second = window.serverModel()->idAt(1);
    QCOMPARE(window.currentServerId(), second); // an added server is selected

    window.selectServer(first);
    window.editServer();
    ServerDialog *dialog = nullptr;
    for (ServerDialog *d : window.findChildren<ServerDialog *>()) {
        if (d->isVisible())
            dialog = d;
    }
    QVERIFY(dialog);
    auto *nameEdit = dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit"));
    nameEdit->clear();
    QTest::keyClicks(nameEdit, QStringLiteral("renamed"));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("okButton")), Qt::LeftButton);
    QTRY_COMPARE(window.workspace(first)->profile().name, QStringLiteral("renamed"));
    QVERIFY(window.serverModel()->index(0).data().toString().contains(QStringLiteral("renamed")));
    {
        ProfileStore store(AppPaths::profilesFile());
        store.load();
        QVERIFY(store.findByName(QStringLiteral("renamed")));
    }

    window.removeServer();
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = window.findChild<QMessageBox *>(QStringLiteral("removeServerConfirmation"))) != nullptr);
    QVERIFY(box->text().contains(QStringLiteral("renamed")));
    QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("confirmRemoveButton")), Qt::LeftButton);
    QTRY_COMPARE(window.serverModel()->rowCount(), 1);
    QCOMPARE(window.serverModel()->idAt(0), second);
    QVERIFY(!window.workspace(first));
    QVERIFY(!window.logPane(first));
    QCOMPARE(window.overviewModel()->rowCount(), 1);
    ProfileStore store(AppPaths::profilesFile());
    store.load();
    QVERIFY(!store.findById(first));
    QVERIFY(store.findById(second));
}

void TestMainWindow::actionsReachLogAndDangerousOnesAsk()
{
    const QString actionsDir = m_dir->filePath(QStringLiteral("actions"));
    QVERIFY(QDir().mkpath(actionsDir));
    for (const auto &[id, risk, typeName] :
         {std::tuple{"test.look", "read-only", false}, std::tuple{"test.wipe", "destructive", true}}) {
        QFile f(actionsDir + QLatin1Char('/') + QString::fromLatin1(id) + QStringLiteral(".json"));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(actionJson(id, risk, typeName));
        writeScripts(actionsDir, id);
    }
    QStringList errors;
    const Catalog catalog = Catalog::loadFromDirectory(actionsDir, &errors);
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
    QCOMPARE(catalog.size(), 2);

    MainWindow window;
    window.setSessionConfigurator([](ServerSession *session) { session->setSshConfigFile(QStringLiteral("")); });
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    addServer(window, QStringLiteral("prod"));
    window.setCatalog(catalog);
    const QString id = window.currentServerId();
    LogPane *log = window.logPane(id);
    QVERIFY(log);

    // Read-only: runs at once, no question; the refused connection ends the run with an error footer.
    auto *look = window.findChild<QPushButton *>(QStringLiteral("runButton_test.look"));
    QVERIFY(look);
    QTest::mouseClick(look, Qt::LeftButton);
    QVERIFY(!window.findChild<ConfirmActionDialog *>());
    QVERIFY(log->lineCount() >= 2);
    QCOMPARE(log->lineKind(0), LogView::LineKind::Header);
    QTRY_COMPARE_WITH_TIMEOUT(log->lineKind(log->lineCount() - 1), LogView::LineKind::FooterError, 30000);
    QTRY_VERIFY(!window.workspace(id)->isRunning());
    const int linesBefore = log->lineCount();

    // Destructive with typed name: a confirmation showing the command; cancelling runs nothing.
    auto *wipe = window.findChild<QPushButton *>(QStringLiteral("runButton_test.wipe"));
    QVERIFY(wipe);
    QTRY_VERIFY(wipe->isEnabled());
    QTest::mouseClick(wipe, Qt::LeftButton);
    ConfirmActionDialog *confirm = nullptr;
    QTRY_VERIFY((confirm = window.findChild<ConfirmActionDialog *>()) != nullptr);
    QVERIFY(confirm->commandText().contains(QStringLiteral("echo hello")));
    QVERIFY(!confirm->isRunEnabled());
    confirm->reject();
    QTest::qWait(100);
    // Nothing ran (working out the plan may add a connection notice, never a run).
    for (int i = linesBefore; i < log->lineCount(); ++i)
        QVERIFY(log->lineKind(i) != LogView::LineKind::Header);
    QVERIFY(!window.workspace(id)->isRunning());
}

// After an action that may have changed the server, its state is looked at
// again (the verify step); a read-only action changes nothing and does not.
void TestMainWindow::changingActionsAskForAFreshLook()
{
    const QString actionsDir = m_dir->filePath(QStringLiteral("actions"));
    QVERIFY(QDir().mkpath(actionsDir));
    for (const auto &[id, risk] : {std::pair{"test.look", "read-only"}, std::pair{"test.tune", "safe"}}) {
        QFile f(actionsDir + QLatin1Char('/') + QString::fromLatin1(id) + QStringLiteral(".json"));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(actionJson(id, risk, false));
        writeScripts(actionsDir, id);
    }
    QStringList errors;
    const Catalog catalog = Catalog::loadFromDirectory(actionsDir, &errors);
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));

    MainWindow window;
    window.setSessionConfigurator([](ServerSession *session) { session->setSshConfigFile(QStringLiteral("")); });
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    addServer(window, QStringLiteral("prod"));
    window.setCatalog(catalog);
    const QString id = window.currentServerId();
    ServerWorkspace *ws = window.workspace(id);
    QSignalSpy changed(ws, &ServerWorkspace::serverMayHaveChanged);

    QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("runButton_test.look")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!ws->isRunning(), 30000);
    QCOMPARE(changed.count(), 0);

    auto *tune = window.findChild<QPushButton *>(QStringLiteral("runButton_test.tune"));
    QTRY_VERIFY(tune->isEnabled());
    QTest::mouseClick(tune, Qt::LeftButton);
    ConfirmActionDialog *confirm = nullptr;
    QTRY_VERIFY((confirm = window.findChild<ConfirmActionDialog *>()) != nullptr);
    confirm->accept();
    // Nothing listens on the port: the run fails, and the server is still looked at again.
    QTRY_VERIFY_WITH_TIMEOUT(changed.count() == 1, 30000);
    QCOMPARE(changed.first().first().toString(), id);
}

QTEST_MAIN(TestMainWindow)
#include "test_main_window.moc"
