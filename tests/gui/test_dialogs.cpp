#include "ConfirmActionDialog.h"
#include "HostKeyChangedDialog.h"
#include "HostKeyDialog.h"
#include "ParameterInput.h"
#include "SecretPromptDialog.h"
#include "ServerDialog.h"
#include "SettingsDialog.h"
#include "backups/CopiesFolder.h"
#include "catalog/ActionPlan.h"
#include "common/AppPaths.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>

namespace {

template<typename T>
T *child(QObject *parent, const char *name)
{
    T *w = parent->findChild<T *>(QString::fromLatin1(name));
    if (!w)
        qFatal("widget %s not found", name);
    return w;
}

void selectData(QComboBox *combo, const QVariant &data)
{
    const int index = combo->findData(data);
    QVERIFY2(index >= 0, qPrintable(data.toString()));
    combo->setCurrentIndex(index);
}

} // namespace

class TestDialogs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void serverDialogBlocksInvalidInput();
    void serverDialogProducesProfile();
    void serverDialogRejectsDuplicateName();
    void serverDialogKeyFileNeedsPath();
    void serverDialogRootUserDefaultsToAlreadyRoot();
    void serverDialogEditKeepsId();

    void confirmShowsExactCommand();
    void confirmByTypingNameKeepsRunDisabled();
    void confirmDangerousRunIsNotDefault_data();
    void confirmDangerousRunIsNotDefault();
    void confirmShowsPlanNotScript();
    void confirmFailedPlanOffersNoRun();
    void confirmWrappedTextKeepsItsLines();

    void hostKeyDialogShowsFingerprint();
    void hostKeyChangedHasOnlyClose();
    void secretPromptHidesInput();
    void parameterInputs();
    void settingsKeepBackupCopiesInAPrivateFolder();
    void settingsEncryptCopiesWithAPassphrase();
};

void TestDialogs::initTestCase()
{
    // ServerDialog reads ~/.ssh/config for completion; keep the test off the real one.
    qputenv("HOME", qgetenv("HOSHU_TEST_TMP").isEmpty() ? QByteArray("/nonexistent") : qgetenv("HOSHU_TEST_TMP"));
}

void TestDialogs::serverDialogBlocksInvalidInput()
{
    ServerDialog dialog;
    auto *ok = child<QPushButton>(&dialog, "okButton");
    auto *validation = child<QLabel>(&dialog, "validationLabel");
    QVERIFY(!ok->isEnabled()); // empty name and host
    QVERIFY(!validation->isHidden());
    QVERIFY(!validation->text().isEmpty());

    child<QLineEdit>(&dialog, "nameEdit")->setText(QStringLiteral("prod"));
    child<QLineEdit>(&dialog, "hostEdit")->setText(QStringLiteral("bad host name"));
    QVERIFY(!ok->isEnabled());
    QVERIFY(!dialog.validationErrors().isEmpty());

    // Neither clicking the disabled button nor pressing Enter accepts.
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTest::mouseClick(ok, Qt::LeftButton);
    QTest::keyClick(child<QLineEdit>(&dialog, "hostEdit"), Qt::Key_Return);
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));

    child<QLineEdit>(&dialog, "hostEdit")->setText(QStringLiteral("example.org"));
    QVERIFY2(ok->isEnabled(), qPrintable(dialog.validationErrors().join(QLatin1Char('\n'))));
    QVERIFY(validation->isHidden());
    QTest::mouseClick(ok, Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
}

void TestDialogs::serverDialogProducesProfile()
{
    ServerDialog dialog;
    child<QLineEdit>(&dialog, "hostEdit")->setText(QStringLiteral("mstdn.example.jp"));
    // The name follows the host until the user types one.
    QCOMPARE(child<QLineEdit>(&dialog, "nameEdit")->text(), QStringLiteral("mstdn.example.jp"));
    QTest::keyClicks(child<QLineEdit>(&dialog, "nameEdit"), QStringLiteral("-main"));
    child<QLineEdit>(&dialog, "hostEdit")->setText(QStringLiteral("203.0.113.7"));
    child<QSpinBox>(&dialog, "portSpin")->setValue(2222);
    child<QLineEdit>(&dialog, "userEdit")->setText(QStringLiteral("mastodon"));
    selectData(child<QComboBox>(&dialog, "authCombo"), int(ServerProfile::AuthMethod::Password));
    child<QLineEdit>(&dialog, "secretEdit")->setText(QStringLiteral("s3cret"));
    child<QCheckBox>(&dialog, "rememberSecretCheck")->setChecked(false);
    selectData(child<QComboBox>(&dialog, "rootAccessCombo"), int(ServerProfile::RootAccess::SudoWithPassword));
    selectData(child<QComboBox>(&dialog, "deploymentCombo"), ServerProfile::deploymentDocker());
    child<QLineEdit>(&dialog, "mastodonDirEdit")->setText(QStringLiteral("/opt/mastodon"));

    QVERIFY2(dialog.validationErrors().isEmpty(), qPrintable(dialog.validationErrors().join(QLatin1Char('\n'))));
    const ServerProfile p = dialog.profile();
    QCOMPARE(p.name, QStringLiteral("mstdn.example.jp-main"));
    QCOMPARE(p.host, QStringLiteral("203.0.113.7"));
    QCOMPARE(p.port, quint16(2222));
    QCOMPARE(p.user, QStringLiteral("mastodon"));
    QCOMPARE(p.auth, ServerProfile::AuthMethod::Password);
    QCOMPARE(p.rootAccess, ServerProfile::RootAccess::SudoWithPassword);
    QCOMPARE(p.deployment, ServerProfile::deploymentDocker());
    QCOMPARE(p.mastodonDir, QStringLiteral("/opt/mastodon"));
    QVERIFY(p.id.isEmpty()); // the store assigns it
    QCOMPARE(dialog.secret().rawView(), QByteArray("s3cret"));
    QCOMPARE(dialog.secretKind(), SecretStore::Kind::Password);
    QVERIFY(!dialog.rememberSecret());

    // ssh-agent: no secret field, nothing typed leaks into the result.
    selectData(child<QComboBox>(&dialog, "authCombo"), int(ServerProfile::AuthMethod::Agent));
    QVERIFY(!child<QLineEdit>(&dialog, "secretEdit")->isEnabled());
    QVERIFY(dialog.secret().isEmpty());
}

void TestDialogs::serverDialogRejectsDuplicateName()
{
    ServerDialog dialog;
    dialog.setExistingNames({QStringLiteral("Prod")});
    child<QLineEdit>(&dialog, "hostEdit")->setText(QStringLiteral("example.org"));
    child<QLineEdit>(&dialog, "nameEdit")->setText(QStringLiteral("prod"));
    QVERIFY(!child<QPushButton>(&dialog, "okButton")->isEnabled());
    QVERIFY(child<QLabel>(&dialog, "validationLabel")->text().contains(QStringLiteral("prod")));
    child<QLineEdit>(&dialog, "nameEdit")->setText(QStringLiteral("prod2"));
    QVERIFY(child<QPushButton>(&dialog, "okButton")->isEnabled());
}

void TestDialogs::serverDialogKeyFileNeedsPath()
{
    ServerDialog dialog;
    child<QLineEdit>(&dialog, "nameEdit")->setText(QStringLiteral("k"));
    child<QLineEdit>(&dialog, "hostEdit")->setText(QStringLiteral("example.org"));
    selectData(child<QComboBox>(&dialog, "authCombo"), int(ServerProfile::AuthMethod::KeyFile));
    QVERIFY(!child<QPushButton>(&dialog, "okButton")->isEnabled());
    child<QLineEdit>(&dialog, "keyFileEdit")->setText(QStringLiteral("/home/me/.ssh/id_ed25519"));
    QVERIFY(child<QPushButton>(&dialog, "okButton")->isEnabled());
    QCOMPARE(dialog.profile().keyFile, QStringLiteral("/home/me/.ssh/id_ed25519"));
    QCOMPARE(dialog.secretKind(), SecretStore::Kind::KeyPassphrase);
}

void TestDialogs::serverDialogRootUserDefaultsToAlreadyRoot()
{
    ServerDialog dialog;
    child<QLineEdit>(&dialog, "userEdit")->setText(QStringLiteral("root"));
    QCOMPARE(dialog.profile().rootAccess, ServerProfile::RootAccess::AlreadyRoot);
    child<QLineEdit>(&dialog, "userEdit")->setText(QStringLiteral("admin"));
    QCOMPARE(dialog.profile().rootAccess, ServerProfile::defaultRootAccessFor(QStringLiteral("admin")));
}

void TestDialogs::serverDialogEditKeepsId()
{
    ServerProfile original;
    original.id = QStringLiteral("0f8fad5b-d9cb-469f-a165-70867728950e");
    original.name = QStringLiteral("social");
    original.host = QStringLiteral("social.example");
    original.user = QStringLiteral("root");
    original.rootAccess = ServerProfile::RootAccess::AlreadyRoot;
    original.auth = ServerProfile::AuthMethod::Agent;
    ServerDialog dialog;
    dialog.setProfile(original);
    QCOMPARE(dialog.profile(), original);
    child<QLineEdit>(&dialog, "hostEdit")->setText(QStringLiteral("social2.example"));
    QCOMPARE(dialog.profile().id, original.id);
    QCOMPARE(dialog.profile().name, QStringLiteral("social")); // editing the host does not rename
}

void TestDialogs::confirmShowsExactCommand()
{
    ConfirmActionDialog::Request request;
    request.actionTitle = QStringLiteral("Clear media cache");
    request.serverName = QStringLiteral("prod");
    request.risk = Risk::Safe;
    request.displayCommand = QStringLiteral("cd '/home/mastodon/live' &&\n RAILS_ENV=production bin/tootctl media remove --days '7' # 保守");
    ConfirmActionDialog dialog(request);
    auto *view = child<QPlainTextEdit>(&dialog, "commandView");
    QVERIFY(view->isReadOnly());
    QCOMPARE(view->toPlainText(), request.displayCommand);
    QCOMPARE(dialog.commandText(), request.displayCommand);
    QVERIFY(child<QPushButton>(&dialog, "copyCommandButton"));
    QVERIFY(dialog.isRunEnabled());
    QVERIFY(child<QPushButton>(&dialog, "runButton")->isDefault());
    QVERIFY(child<QLabel>(&dialog, "confirmServerName")->text() == request.serverName);
    QVERIFY(!dialog.findChild<QLineEdit *>(QStringLiteral("typeNameEdit")));
    QVERIFY(ConfirmActionDialog::needsConfirmation(Risk::Safe));
    QVERIFY(!ConfirmActionDialog::needsConfirmation(Risk::ReadOnly));
}

void TestDialogs::confirmByTypingNameKeepsRunDisabled()
{
    ConfirmActionDialog::Request request;
    request.actionTitle = QStringLiteral("Delete old backups");
    request.serverName = QStringLiteral("prod");
    request.risk = Risk::Destructive;
    request.displayCommand = QStringLiteral("rm -f -- /var/backups/mastodon/old.dump");
    request.confirmByTypingName = true;
    ConfirmActionDialog dialog(request);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *run = child<QPushButton>(&dialog, "runButton");
    auto *name = child<QLineEdit>(&dialog, "typeNameEdit");
    QVERIFY(!run->isEnabled());
    QTest::keyClicks(name, QStringLiteral("pro"));
    QVERIFY(!run->isEnabled());
    QTest::keyClick(name, Qt::Key_Return); // Enter neither runs nor throws away what was typed
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QTest::keyClicks(name, QStringLiteral("D"));
    QVERIFY(!run->isEnabled()); // exact name, not case-insensitive
    QTest::keyClick(name, Qt::Key_Backspace);
    QTest::keyClicks(name, QStringLiteral("d"));
    QVERIFY(run->isEnabled());
    QTest::mouseClick(run, Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
}

void TestDialogs::confirmDangerousRunIsNotDefault_data()
{
    QTest::addColumn<int>("risk");
    QTest::newRow("disruptive") << int(Risk::Disruptive);
    QTest::newRow("destructive") << int(Risk::Destructive);
}

void TestDialogs::confirmDangerousRunIsNotDefault()
{
    QFETCH(int, risk);
    ConfirmActionDialog::Request request;
    request.actionTitle = QStringLiteral("Restart Mastodon");
    request.serverName = QStringLiteral("prod");
    request.risk = Risk(risk);
    request.displayCommand = QStringLiteral("systemctl restart mastodon-web mastodon-sidekiq mastodon-streaming");
    ConfirmActionDialog dialog(request);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *run = child<QPushButton>(&dialog, "runButton");
    QVERIFY(run->isEnabled());
    QVERIFY(!run->isDefault());
    QVERIFY(child<QPushButton>(&dialog, "cancelButton")->isDefault());
    QCOMPARE(child<QPlainTextEdit>(&dialog, "commandView")->toPlainText(), request.displayCommand);
    QTest::keyClick(&dialog, Qt::Key_Return); // Enter = Cancel here
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QVERIFY(!dialog.isVisible());
}

// A changing action speaks human first: what it will run on this server, in a few lines;
// the full script is one click away; no Run until the plan is there.
void TestDialogs::confirmShowsPlanNotScript()
{
    ConfirmActionDialog::Request request;
    request.actionTitle = QStringLiteral("Restart Mastodon");
    request.serverName = QStringLiteral("prod");
    request.risk = Risk::Disruptive;
    request.displayCommand = QStringLiteral("sudo sh -s <<'HOSHU'\nset -u\nunits=''\n# 70 lines of shell\nHOSHU");
    request.hasPlan = true;
    request.mastodonDown = true;
    request.estimate = QStringLiteral("about a minute");
    ConfirmActionDialog dialog(request);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *run = child<QPushButton>(&dialog, "runButton");
    auto *label = child<QLabel>(&dialog, "planLabel");
    auto *toggle = child<QPushButton>(&dialog, "showScriptButton");
    auto *script = child<QPlainTextEdit>(&dialog, "commandView");

    // While the plan is worked out: it says so, and Run is off.
    QVERIFY(dialog.isPlanPending());
    QVERIFY2(label->text().contains(QStringLiteral("Working out what it will do on prod")), qPrintable(label->text()));
    QVERIFY(!run->isEnabled());
    QVERIFY(!script->isVisible());
    QVERIFY(child<QLabel>(&dialog, "confirmMastodonDown")->isVisible());
    QCOMPARE(child<QLabel>(&dialog, "confirmEstimate")->text(), request.estimate);

    dialog.setPlan(ActionPlan::fromOutput("Skipping mastodon-sidekiq-old.service: it is disabled and not running.\n"
                                          "+ systemctl restart mastodon-web.service\n"
                                          "+ systemctl restart mastodon-sidekiq.service mastodon-streaming.service\n",
                                          QByteArray(), 0));
    QVERIFY(!dialog.isPlanPending());
    QCOMPARE(label->text(), QStringLiteral("It will run:"));
    QCOMPARE(dialog.planText(), QStringLiteral("systemctl restart mastodon-web.service\n"
                                               "systemctl restart mastodon-sidekiq.service mastodon-streaming.service"));
    QVERIFY(child<QPlainTextEdit>(&dialog, "planView")->isVisible());
    QVERIFY(child<QLabel>(&dialog, "planNotes")->text().contains(QStringLiteral("Skipping mastodon-sidekiq-old")));
    QVERIFY(run->isEnabled());
    QVERIFY(!run->isDefault()); // still disruptive
    // The plan, not the script: the script is behind the toggle.
    QVERIFY(!script->isVisible());
    QVERIFY(!dialog.isScriptShown());
    QTest::mouseClick(toggle, Qt::LeftButton);
    QVERIFY(script->isVisible());
    QCOMPARE(dialog.commandText(), request.displayCommand);
    QCOMPARE(toggle->text(), QStringLiteral("Hide the full script"));
    QTest::mouseClick(toggle, Qt::LeftButton);
    QVERIFY(!script->isVisible());
    QTest::mouseClick(run, Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
}

// Once the plan is in (wider, taller), every wrapped label still has the height its text
// needs: seen on a test host, the description was squeezed and drawn over the risk line.
void TestDialogs::confirmWrappedTextKeepsItsLines()
{
    ConfirmActionDialog::Request request;
    request.actionTitle = QStringLiteral("Start Mastodon");
    request.serverName = QStringLiteral("prod");
    request.risk = Risk::Safe;
    request.actionDescription = QStringLiteral("Starts every Mastodon service that is not running, by name (web, "
        "sidekiq, streaming and its streaming@ instances), then checks that each one is running. Services that are "
        "already running are left alone. Docker deployments: starts the web, sidekiq and streaming containers that "
        "are not running (up -d --no-deps, never \"down\").");
    request.displayCommand = QStringLiteral("sh -s");
    request.hasPlan = true;
    ConfirmActionDialog dialog(request);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.setPlan(ActionPlan::fromOutput("+ systemctl start mastodon-sidekiq.service mastodon-streaming.service "
                                          "mastodon-streaming@4000.service mastodon-web.service\n"
                                          "Not running: mastodon-sidekiq.service mastodon-streaming.service "
                                          "mastodon-streaming@4000.service mastodon-web.service\n",
                                          QByteArray(), 0));
    QTest::qWait(50);
    for (auto *label : dialog.findChildren<QLabel *>()) {
        if (!label->isVisible() || !label->wordWrap())
            continue;
        QVERIFY2(label->height() >= label->heightForWidth(label->width()),
                 qPrintable(QStringLiteral("%1: %2 px high, needs %3 at width %4")
                                .arg(label->objectName())
                                .arg(label->height())
                                .arg(label->heightForWidth(label->width()))
                                .arg(label->width())));
    }
}

// A plan that fails says why and offers no Run (nginx -t failed: nothing to reload).
void TestDialogs::confirmFailedPlanOffersNoRun()
{
    ConfirmActionDialog::Request request;
    request.actionTitle = QStringLiteral("Test and reload nginx");
    request.serverName = QStringLiteral("prod");
    request.risk = Risk::Safe;
    request.displayCommand = QStringLiteral("sh -s <<'HOSHU'\nnginx -t\nHOSHU");
    request.hasPlan = true;
    ConfirmActionDialog dialog(request);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(!dialog.findChild<QLabel *>(QStringLiteral("confirmMastodonDown")));
    dialog.setPlan(ActionPlan::fromOutput(QByteArray(),
                                          "nginx: [emerg] unknown directive \"sever_name\"\n"
                                          "The nginx configuration test failed: nginx was NOT reloaded.\x1b]52;c;eA==\x07\n",
                                          1));
    auto *run = child<QPushButton>(&dialog, "runButton");
    QVERIFY(!run->isVisible());
    QVERIFY(!dialog.isRunEnabled());
    QVERIFY(dialog.planText().contains(QStringLiteral("unknown directive")));
    QVERIFY(!dialog.planText().contains(QChar(0x1b))); // server text is escaped
    QVERIFY(child<QLabel>(&dialog, "planLabel")->text().contains(QStringLiteral("could not work out")));
    QTest::keyClick(&dialog, Qt::Key_Return); // Enter closes
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
}

void TestDialogs::hostKeyDialogShowsFingerprint()
{
    HostKeyInfo info;
    info.host = QStringLiteral("mstdn.example.jp");
    info.port = 2222;
    info.keyType = QStringLiteral("ssh-ed25519");
    info.fingerprintSha256 = QStringLiteral("SHA256:uNiVztksCsDhcc0u9e8BujQXVUpKZIDTMczCvj3tD2s");
    info.knownHostsFile = QStringLiteral("/tmp/hoshu/known_hosts");
    HostKeyDialog dialog(info);
    auto *fingerprint = child<QLineEdit>(&dialog, "fingerprintField");
    QCOMPARE(fingerprint->text(), info.fingerprintSha256);
    QVERIFY(fingerprint->isReadOnly());
    QCOMPARE(dialog.fingerprintText(), info.fingerprintSha256);
    QCOMPARE(child<QLabel>(&dialog, "hostKeyPort")->text(), QStringLiteral("2222"));
    QCOMPARE(child<QLineEdit>(&dialog, "verifyCommandField")->text(),
             QStringLiteral("ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub"));
    QCOMPARE(HostKeyDialog::verifyCommand(QStringLiteral("ecdsa-sha2-nistp256")),
             QStringLiteral("ssh-keygen -lf /etc/ssh/ssh_host_ecdsa_key.pub"));
    QVERIFY(!child<QPushButton>(&dialog, "trustButton")->isDefault());
    QVERIFY(child<QPushButton>(&dialog, "cancelButton")->isDefault());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTest::keyClick(&dialog, Qt::Key_Return); // Enter never trusts
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
}

void TestDialogs::hostKeyChangedHasOnlyClose()
{
    HostKeyInfo info;
    info.host = QStringLiteral("mstdn.example.jp");
    info.keyType = QStringLiteral("ssh-ed25519");
    info.fingerprintSha256 = QStringLiteral("SHA256:AAAA");
    HostKeyChangedDialog dialog(QStringLiteral("prod"), SshError(SshError::Kind::HostKeyChanged), info);
    const QList<QPushButton *> buttons = dialog.findChildren<QPushButton *>();
    QCOMPARE(buttons.size(), 1);
    QCOMPARE(buttons.first()->objectName(), QStringLiteral("closeButton"));
    QVERIFY(dialog.text().contains(info.fingerprintSha256));
    QVERIFY(dialog.text().contains(SshError(SshError::Kind::HostKeyChanged).title()));
    QVERIFY(child<QPlainTextEdit>(&dialog, "hostKeyChangedText")->isReadOnly());
}

void TestDialogs::secretPromptHidesInput()
{
    SecretPromptDialog dialog(SecretStore::Kind::SudoPassword, QStringLiteral("prod"),
                              QStringLiteral("sudo needs a password"));
    auto *edit = child<QLineEdit>(&dialog, "secretEdit");
    QCOMPARE(edit->echoMode(), QLineEdit::Password);
    QVERIFY(!child<QPushButton>(&dialog, "okButton")->isEnabled());
    QCOMPARE(child<QLabel>(&dialog, "secretReason")->text(), QStringLiteral("sudo needs a password"));
    edit->setText(QStringLiteral("pässword"));
    QVERIFY(child<QPushButton>(&dialog, "okButton")->isEnabled());
    child<QCheckBox>(&dialog, "rememberSecretCheck")->setChecked(true);
    QVERIFY(dialog.remember());
    QCOMPARE(dialog.takeSecret().rawView(), QStringLiteral("pässword").toUtf8());
    QVERIFY(edit->text().isEmpty());
}

void TestDialogs::parameterInputs()
{
    ActionParameter days;
    days.name = QStringLiteral("days");
    days.type = ActionParameter::Type::Int;
    days.min = 1;
    days.max = 365;
    days.defaultValue = QStringLiteral("7");
    ParameterInput intInput(days);
    auto *spin = child<QSpinBox>(&intInput, "parameterEditor_days");
    QCOMPARE(spin->minimum(), 1);
    QCOMPARE(spin->maximum(), 365);
    QCOMPARE(intInput.value(), QStringLiteral("7"));
    spin->setValue(1000);
    QCOMPARE(intInput.value(), QStringLiteral("365"));

    ActionParameter unit;
    unit.name = QStringLiteral("unit");
    unit.type = ActionParameter::Type::Enum;
    unit.choices = {QStringLiteral("web"), QStringLiteral("sidekiq"), QStringLiteral("streaming")};
    unit.defaultValue = QStringLiteral("sidekiq");
    ParameterInput enumInput(unit);
    auto *combo = child<QComboBox>(&enumInput, "parameterEditor_unit");
    QCOMPARE(combo->count(), 3);
    QCOMPARE(enumInput.value(), QStringLiteral("sidekiq"));

    ActionParameter account;
    account.name = QStringLiteral("account");
    account.type = ActionParameter::Type::String;
    account.regex = QStringLiteral("[a-z0-9_]{1,30}");
    ParameterInput stringInput(account);
    auto *line = child<QLineEdit>(&stringInput, "parameterEditor_account");
    QTest::keyClicks(line, QStringLiteral("ab; rm -rf /"));
    // The validator refuses every character the pattern forbids.
    QCOMPARE(stringInput.value(), QStringLiteral("abrmrf"));
}

void TestDialogs::settingsKeepBackupCopiesInAPrivateFolder()
{
    SettingsDialog dialog;
    // The default folder shows as the placeholder; the field empty means the default.
    dialog.setBackupCopiesDir(AppPaths::backupCopiesDir());
    auto *edit = child<QLineEdit>(&dialog, "copiesDirEdit");
    QVERIFY(edit->text().isEmpty());
    QCOMPARE(dialog.backupCopiesDir(), AppPaths::backupCopiesDir());
    edit->setText(QStringLiteral("/srv/hoshu-copies/"));
    QCOMPARE(dialog.backupCopiesDir(), QStringLiteral("/srv/hoshu-copies"));
    // The copies hold the servers' secrets: the dialog says so, and how Hoshu keeps them.
    const QString note = child<QLabel>(&dialog, "copiesDirNote")->text();
    QVERIFY2(note.contains(QStringLiteral(".env.production")) && note.contains(QStringLiteral("0700"))
                 && note.contains(QStringLiteral("0600")),
             qPrintable(note));

    // The choice is kept where hoshu-cli reads it too (hoshu.ini, not the window's own file).
    QString error;
    QVERIFY2(CopiesFolder::choose(QStringLiteral("/srv/hoshu-copies"), &error), qPrintable(error));
    QCOMPARE(CopiesFolder::current(), QStringLiteral("/srv/hoshu-copies"));
    QVERIFY(QFile(CopiesFolder::settingsFile()).open(QIODevice::ReadOnly));
    QVERIFY(CopiesFolder::choose(AppPaths::backupCopiesDir(), &error)); // the default is no choice
    QVERIFY(!CopiesFolder::isChosen());
    QCOMPARE(CopiesFolder::current(), AppPaths::backupCopiesDir());

    // Keeping the copies up to date is on unless turned off, and the choice is kept.
    auto *upToDate = child<QCheckBox>(&dialog, "keepUpToDateCheck");
    QVERIFY(upToDate->isChecked());
    QVERIFY(CopiesFolder::keepsUpToDate());
    dialog.setKeepCopiesUpToDate(false);
    QVERIFY(!dialog.keepCopiesUpToDate());
    QVERIFY(CopiesFolder::setKeepsUpToDate(false, &error));
    QVERIFY(!CopiesFolder::keepsUpToDate());
    QVERIFY(CopiesFolder::setKeepsUpToDate(true, &error));
    QVERIFY(CopiesFolder::keepsUpToDate());
}

void TestDialogs::settingsEncryptCopiesWithAPassphrase()
{
    {
        SettingsDialog dialog;
        auto *encrypt = child<QCheckBox>(&dialog, "encryptCopiesCheck");
        auto *passphrase = child<QLineEdit>(&dialog, "copiesPassphraseEdit");
        auto *again = child<QLineEdit>(&dialog, "copiesPassphraseAgainEdit");
        auto *problem = child<QLabel>(&dialog, "copiesPassphraseProblem");
        QVERIFY(encrypt->isEnabled()); // gpg is installed here (gnupg)
        QVERIFY(!encrypt->isChecked());
        QVERIFY(!passphrase->isEnabled());
        const QString note = child<QLabel>(&dialog, "copiesEncryptNote")->text();
        QVERIFY2(note.contains(QStringLiteral("gpg -d NAME.tar.gpg > NAME.tar")) && note.contains(QStringLiteral("Without")),
                 qPrintable(note));
        QCOMPARE(passphrase->echoMode(), QLineEdit::Password);

        encrypt->setChecked(true);
        QVERIFY(passphrase->isEnabled());
        dialog.show();
        // Turned on without a passphrase, with two that differ, with a short one: not accepted, said why.
        dialog.accept();
        QVERIFY(dialog.isVisible());
        QVERIFY2(problem->isVisible() && problem->text().contains(QStringLiteral("at least 8")), qPrintable(problem->text()));
        passphrase->setText(QStringLiteral("a long passphrase"));
        again->setText(QStringLiteral("a long passphrase!"));
        dialog.accept();
        QVERIFY(dialog.isVisible());
        QVERIFY2(problem->text().contains(QStringLiteral("differ")), qPrintable(problem->text()));
        again->setText(QStringLiteral("a long passphrase"));
        dialog.accept();
        QVERIFY(!dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(dialog.encryptCopies());
        QVERIFY(dialog.newCopiesPassphrase() == SecretBytes::fromUtf8(QStringLiteral("a long passphrase")));
    }
    {
        // Already on: the fields may stay empty (the keychain keeps the passphrase).
        SettingsDialog dialog;
        dialog.setEncryptCopies(true);
        QVERIFY(dialog.encryptCopies());
        dialog.show();
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(dialog.newCopiesPassphrase().isEmpty());
    }
    {
        // No gpg on this computer: the choice is off, and the dialog says what to install.
        qputenv("HOSHU_GPG", "/nonexistent/gpg");
        SettingsDialog dialog;
        qunsetenv("HOSHU_GPG");
        dialog.setEncryptCopies(true);
        QVERIFY(!child<QCheckBox>(&dialog, "encryptCopiesCheck")->isEnabled());
        QVERIFY(!dialog.encryptCopies());
        QVERIFY(child<QLabel>(&dialog, "copiesEncryptNote")->text().contains(QStringLiteral("Gpg4win")));
    }
    QString error;
    QVERIFY(!CopiesFolder::encrypts()); // off unless chosen
    QVERIFY(CopiesFolder::setEncrypts(true, &error));
    QVERIFY(CopiesFolder::encrypts());
    QVERIFY(CopiesFolder::setEncrypts(false, &error));
    QVERIFY(!CopiesFolder::encrypts());
}

QTEST_MAIN(TestDialogs)
#include "test_dialogs.moc"
