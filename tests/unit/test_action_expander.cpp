// ActionExpander and the transport's wrapper: parameters are validated, values arrive in
// the script literally (checked by really running it the way sshd does, under every login
// shell we can get), sudo gets the password without argv, env or leftover stdin.
#include "catalog/ActionExpander.h"
#include "catalog/ShellQuote.h"
#include "common/UiLanguage.h"
#include "ssh/RemoteCommandWrapper.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

ActionParameter param(const QString &name, ActionParameter::Type type)
{
    ActionParameter p;
    p.name = name;
    p.type = type;
    p.titleEn = QStringLiteral("Title of ") + name;
    p.titleJa = name + QStringLiteral(" の題");
    return p;
}

// An action whose script prints every value NUL-separated, then whatever is on stdin.
Action echoAction()
{
    Action a;
    a.id = QStringLiteral("test.echo");
    a.titleEn = QStringLiteral("Echo");
    a.titleJa = QStringLiteral("エコー");
    a.risk = Risk::Safe;
    a.timeoutSec = 30;
    ActionParameter count = param(QStringLiteral("count"), ActionParameter::Type::Int);
    count.min = 1;
    count.max = 100;
    count.defaultValue = QStringLiteral("10");
    ActionParameter mode = param(QStringLiteral("mode"), ActionParameter::Type::Enum);
    mode.choices = {QStringLiteral("fast"), QStringLiteral("slow")};
    mode.defaultValue = QStringLiteral("fast");
    ActionParameter label = param(QStringLiteral("label"), ActionParameter::Type::String);
    label.regex = QStringLiteral("[\\s\\S]{1,500}"); // anything: the point is to test quoting
    label.defaultValue = QStringLiteral("none");
    ActionParameter word = param(QStringLiteral("word"), ActionParameter::Type::String);
    word.regex = QStringLiteral("^[a-z]{1,5}$");
    word.defaultValue = QStringLiteral("abc");
    a.parameters = {count, mode, label, word};
    const QString script = QStringLiteral(
        "printf '%s\\0' \"$count\" \"$mode\" \"$label\" \"$word\" \"$mastodon_dir\"\n"
        "printf 'stdin:'\n"
        "cat\n");
    a.variants.insert(QStringLiteral("systemd"), ActionVariant{script, true, {}, {}});
    a.variants.insert(QStringLiteral("docker"), ActionVariant{script, false, {}, {}});
    return a;
}

ActionExpander::Context context(RootMode mode = RootMode::AlreadyRoot)
{
    ActionExpander::Context c;
    c.deployment = QStringLiteral("systemd");
    c.rootMode = mode;
    return c;
}

const QStringList &loginShells()
{
    // sshd runs `$SHELL -c COMMAND`; fish and tcsh read quotes and backslashes differently.
    static const QStringList shells{QStringLiteral("dash"), QStringLiteral("bash"), QStringLiteral("zsh"),
                                    QStringLiteral("fish"), QStringLiteral("tcsh")};
    return shells;
}

struct RunResult
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// Runs the script the way sshd and the SSH layer do: the login shell gets the constant
// exec line as its command string, the wrapper's program arrives on stdin.
RunResult runLikeSshd(const QString &shell, const ExpandedCommand &cmd, const QByteArray &sudoPassword,
                      const QString &fakeSudoDir, const QStringList &extraEnv = {})
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!fakeSudoDir.isEmpty())
        env.insert(QStringLiteral("PATH"), fakeSudoDir + QLatin1Char(':') + env.value(QStringLiteral("PATH")));
    for (const QString &kv : extraEnv)
        env.insert(kv.section(QLatin1Char('='), 0, 0), kv.section(QLatin1Char('='), 1));
    env.insert(QStringLiteral("SHELL"), QStandardPaths::findExecutable(shell));
    p.setProcessEnvironment(env);
    p.start(shell, {QStringLiteral("-c"), QString::fromLatin1(RemoteCommandWrapper::execLine())});
    if (!p.waitForStarted(10000))
        return {};
    const SecretBytes input = RemoteCommandWrapper::payload(
        cmd.remoteScript(SecretBytes(sudoPassword.constData(), std::size_t(sudoPassword.size()))),
        RemoteCommandWrapper::newToken());
    p.write(input.constData(), qint64(input.size()));
    p.closeWriteChannel();
    p.waitForFinished(30000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2, p.readAllStandardOutput(),
            p.readAllStandardError()};
}

} // namespace

class TestActionExpander : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void rejects_data();
    void rejects();
    void normalizesInts();
    void defaultsAndContext();
    void valuesArriveLiterally_data();
    void valuesArriveLiterally();
    void sudoPrefixes_data();
    void sudoPrefixes();
    void sudoPasswordNeverShown();
    void leftoverPasswordIsNotReadable();
    void wrongSudoPasswordRunsNothing();
    void variantWithoutRootNeverUsesSudo();
    void japaneseMessages();

private:
    QTemporaryDir m_fakeSudo;
};

void TestActionExpander::initTestCase()
{
    UiLanguage::set(QStringLiteral("en"));
    for (const QString &shell : loginShells()) {
        QVERIFY2(!QStandardPaths::findExecutable(shell).isEmpty(),
                 qPrintable(QStringLiteral("%1 is needed by this test: install it (installer/install-deps.sh)").arg(shell)));
    }
    // A stand-in for sudo that checks the exact flags Hoshu uses and the password on stdin.
    QVERIFY(m_fakeSudo.isValid());
    QFile sudo(m_fakeSudo.filePath(QStringLiteral("sudo")));
    QVERIFY(sudo.open(QIODevice::WriteOnly));
    // Like sudo: -n fails when a password is needed; -S reads one line; -v only validates;
    // -k ignores the cached timestamp (FAKE_SUDO_CACHED).
    sudo.write("#!/bin/sh\n"
               "n=; S=; v=; k=\n"
               "while [ $# -gt 0 ]; do case $1 in\n"
               "  -n) n=1 ;; -S) S=1 ;; -v) v=1 ;; -k) k=1 ;;\n"
               "  -p) [ \"$2\" = '' ] || { echo 'fake sudo: expected -p empty' >&2; exit 90; }; shift ;;\n"
               "  --) shift; break ;;\n"
               "  -*) echo \"fake sudo: unexpected $1\" >&2; exit 96 ;;\n"
               "  *) break ;;\n"
               "esac; shift; done\n"
               "need=\n"
               "[ -n \"${FAKE_SUDO_PASSWORD:-}\" ] && need=1\n"
               "[ -n \"${FAKE_SUDO_CACHED:-}\" ] && [ -z \"$k\" ] && need=\n"
               "if [ -n \"$need\" ]; then\n"
               "  [ -n \"$n\" ] && { echo 'sudo: a password is required' >&2; exit 1; }\n"
               "  [ -n \"$S\" ] || { echo 'fake sudo: no -S' >&2; exit 95; }\n"
               "  IFS= read -r pw || exit 1\n"
               "  [ \"$pw\" = \"$FAKE_SUDO_PASSWORD\" ] || { echo 'Sorry, try again.' >&2; exit 1; }\n"
               "fi\n"
               "[ -n \"$v\" ] && exit 0\n"
               "exec \"$@\"\n");
    sudo.close();
    QVERIFY(sudo.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner));
}

void TestActionExpander::rejects_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("deployment");
    QTest::addColumn<QString>("expectedError");
    const QString sd = QStringLiteral("systemd");
    QTest::newRow("int below") << "count" << "0" << sd << "Title of count: 0 is out of range. Enter a number from 1 to 100.";
    QTest::newRow("int above") << "count" << "101" << sd << "Title of count: 101 is out of range. Enter a number from 1 to 100.";
    QTest::newRow("int text") << "count" << "12abc" << sd
                              << "Title of count: “12abc” is not a whole number. Enter a number from 1 to 100.";
    QTest::newRow("int hex") << "count" << "0x10" << sd
                             << "Title of count: “0x10” is not a whole number. Enter a number from 1 to 100.";
    QTest::newRow("int shell") << "count" << "1;reboot" << sd
                               << "Title of count: “1;reboot” is not a whole number. Enter a number from 1 to 100.";
    QTest::newRow("enum") << "mode" << "medium" << sd << "Title of mode: “medium” is not one of the choices: fast, slow.";
    QTest::newRow("enum case") << "mode" << "FAST" << sd << "Title of mode: “FAST” is not one of the choices: fast, slow.";
    QTest::newRow("regex") << "word" << "abc;rm" << sd
                           << "Title of word: “abc;rm” is not allowed. It must match the pattern ^[a-z]{1,5}$.";
    QTest::newRow("regex newline") << "word" << "abc\n" << sd
                                   << "Title of word: “abc\n” is not allowed. It must match the pattern ^[a-z]{1,5}$.";
    QTest::newRow("unknown param") << "days" << "3" << sd << "The action “Echo” has no parameter named “days”.";
    QTest::newRow("no variant") << "count" << "3" << "kubernetes" << "The action “Echo” cannot run on a kubernetes deployment.";
}

void TestActionExpander::rejects()
{
    QFETCH(QString, name);
    QFETCH(QString, value);
    QFETCH(QString, deployment);
    QFETCH(QString, expectedError);
    ActionExpander::Context c = context();
    c.deployment = deployment;
    QString error;
    const auto cmd = ActionExpander::expand(echoAction(), {{name, value}}, c, &error);
    QVERIFY(!cmd);
    QCOMPARE(error, expectedError);
}

void TestActionExpander::normalizesInts()
{
    ActionParameter p = param(QStringLiteral("n"), ActionParameter::Type::Int);
    p.min = -5;
    p.max = 3650;
    QString error;
    QCOMPARE(p.validate(QStringLiteral("007"), &error).value_or(QString()), QStringLiteral("7"));
    QCOMPARE(p.validate(QStringLiteral(" 30 "), &error).value_or(QString()), QStringLiteral("30"));
    QCOMPARE(p.validate(QStringLiteral("-5"), &error).value_or(QString()), QStringLiteral("-5"));
    QVERIFY(!p.validate(QStringLiteral("+5"), &error));
    QVERIFY(!p.validate(QStringLiteral("1e3"), &error));
    QVERIFY(!p.validate(QStringLiteral("99999999999999999999"), &error));
    QVERIFY(!p.validate(QString(), &error)); // no default: required
    QCOMPARE(error, QStringLiteral("Title of n: a value is required."));
}

void TestActionExpander::defaultsAndContext()
{
    Action a = echoAction();
    QString error;
    auto cmd = ActionExpander::expand(a, {}, context(), &error);
    QVERIFY2(cmd, qPrintable(error));
    // Assignments, the prelude, the script; the plan differs only in hoshu_plan.
    const QByteArray assignments = "mastodon_dir='/home/mastodon/live'\nhoshu_lang='en'\nhoshu_deployment='systemd'\nhoshu_plan='0'\ncount='10'\n"
                                   "mode='fast'\nlabel='none'\nword='abc'\n";
    QVERIFY(!ActionExpander::prelude().isEmpty());
    QCOMPARE(cmd->script, "set -u\n" + assignments + ActionExpander::prelude() + a.variant(QStringLiteral("systemd"))->script.toUtf8());
    QByteArray plan = cmd->script;
    plan.replace("hoshu_plan='0'", "hoshu_plan='1'");
    QCOMPARE(cmd->planScript, plan);
    QVERIFY(cmd->hasPlan());
    QCOMPARE(cmd->remoteScript().script, cmd->script);
    QCOMPARE(cmd->planRemoteScript().script, cmd->planScript);
    QCOMPARE(cmd->risk, Risk::Safe);
    QCOMPARE(cmd->timeoutSec, 30);
    QCOMPARE(int(cmd->elevation), int(RemoteScript::Elevation::None));

    // A required parameter that is missing.
    a.parameters[0].defaultValue.clear();
    QVERIFY(!ActionExpander::expand(a, {}, context(), &error));
    QCOMPARE(error, QStringLiteral("Title of count: a value is required."));

    ActionExpander::Context c = context();
    c.contextValues.insert(QStringLiteral("mastodon_dir"), QStringLiteral("/opt/mastodon"));
    cmd = ActionExpander::expand(echoAction(), {}, c, &error);
    QVERIFY2(cmd, qPrintable(error));
    QVERIFY(cmd->script.contains("\nmastodon_dir='/opt/mastodon'\n"));

    c.contextValues.insert(QStringLiteral("mastodon_dir"), QStringLiteral("/opt/x;reboot"));
    QVERIFY(!ActionExpander::expand(echoAction(), {}, c, &error));
    QVERIFY2(error.contains(QStringLiteral("/opt/x;reboot")) && error.contains(QStringLiteral("mastodon_dir")),
             qPrintable(error));
    c.contextValues.insert(QStringLiteral("mastodon_dir"), QStringLiteral("relative/dir"));
    QVERIFY(!ActionExpander::expand(echoAction(), {}, c, &error));

    c = context();
    c.contextValues.insert(QStringLiteral("server_name"), QStringLiteral("x"));
    QVERIFY(!ActionExpander::expand(echoAction(), {}, c, &error));
    QCOMPARE(error, QStringLiteral("Unknown server setting “server_name”."));
}

void TestActionExpander::valuesArriveLiterally_data()
{
    QTest::addColumn<QString>("shell");
    QTest::addColumn<int>("rootMode");
    QTest::addColumn<QString>("label");
    const QStringList labels = {
        QStringLiteral("it's"),
        QStringLiteral("'; reboot; echo '"),
        QStringLiteral("$(id) `id` ${HOME} $HOME"),
        QStringLiteral("line1\nline2\n\nline4\n"),
        QStringLiteral("back\\slash \\' \\\" \\n"),
        QStringLiteral("*  ? [a-z] ~ # !! && | ; < > -n --"),
        QStringLiteral("-e"),
        QStringLiteral("サーバの証明書 \"保守\" 'テスト'"),
        QStringLiteral("\t\r\x01\x7f"),
        QStringLiteral("end\\"),
    };
    for (const QString &shell : loginShells()) {
        for (int i = 0; i < labels.size(); ++i) {
            for (RootMode m : {RootMode::AlreadyRoot, RootMode::SudoNoPassword, RootMode::SudoWithPassword}) {
                QTest::addRow("%s label %d mode %d", qPrintable(shell), i, int(m)) << shell << int(m) << labels.at(i);
            }
        }
    }
}

void TestActionExpander::valuesArriveLiterally()
{
    QFETCH(QString, shell);
    QFETCH(int, rootMode);
    QFETCH(QString, label);
    const QByteArray password = "pa ss'wörd$(x)\\";
    QString error;
    const auto cmd = ActionExpander::expand(echoAction(), {{QStringLiteral("label"), label},
                                                           {QStringLiteral("count"), QStringLiteral("42")},
                                                           {QStringLiteral("mode"), QStringLiteral("slow")}},
                                            context(RootMode(rootMode)), &error);
    QVERIFY2(cmd, qPrintable(error));
    QStringList env;
    if (RootMode(rootMode) == RootMode::SudoWithPassword)
        env << QStringLiteral("FAKE_SUDO_PASSWORD=") + QString::fromUtf8(password);
    const RunResult r = runLikeSshd(shell, *cmd, password, m_fakeSudo.path(), env);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QList<QByteArray> parts = r.out.split('\0');
    QCOMPARE(parts.size(), 6);
    QCOMPARE(parts.at(0), QByteArray("42"));
    QCOMPARE(parts.at(1), QByteArray("slow"));
    QCOMPARE(QString::fromUtf8(parts.at(2)), label);
    QCOMPARE(parts.at(3), QByteArray("abc"));
    QCOMPARE(parts.at(4), QByteArray("/home/mastodon/live"));
    QCOMPARE(parts.at(5), QByteArray("stdin:")); // neither the password nor the script is left on stdin
}

void TestActionExpander::sudoPrefixes_data()
{
    QTest::addColumn<int>("rootMode");
    QTest::addColumn<int>("elevation");
    using E = RemoteScript::Elevation;
    QTest::newRow("root") << int(RootMode::AlreadyRoot) << int(E::None);
    QTest::newRow("nopasswd") << int(RootMode::SudoNoPassword) << int(E::Sudo);
    QTest::newRow("password") << int(RootMode::SudoWithPassword) << int(E::SudoWithPassword);
}

void TestActionExpander::sudoPrefixes()
{
    QFETCH(int, rootMode);
    QFETCH(int, elevation);
    QString error;
    const auto cmd = ActionExpander::expand(echoAction(), {}, context(RootMode(rootMode)), &error);
    QVERIFY2(cmd, qPrintable(error));
    QCOMPARE(int(cmd->elevation), elevation);
    QVERIFY2(cmd->script.startsWith("set -u\nmastodon_dir="), cmd->script.constData());
    QVERIFY(cmd->displayCommand.contains(QString::fromUtf8(cmd->script)));
    QCOMPARE(cmd->displayCommand.startsWith(QLatin1String("sudo ")), elevation != int(RemoteScript::Elevation::None));
}

// The password is given at run time only: never in the expansion, the display, or any
// process's argv on the server (which every local user can read with ps).
void TestActionExpander::sudoPasswordNeverShown()
{
    const QByteArray password = "Sup3r-s3cret-パス";
    Action a = echoAction();
    a.variants.insert(QStringLiteral("systemd"),
                      ActionVariant{QStringLiteral(
                                        "for f in $(grep -l -F \"HOSHU_EXEC_TOKEN=$HOSHU_EXEC_TOKEN\" /proc/[0-9]*/environ); do\n"
                                        "  tr '\\000' ' ' <\"${f%environ}cmdline\"; echo; done\n"
                                        "echo ALL\n"
                                        "cat /proc/[0-9]*/cmdline 2>/dev/null | tr '\\000' ' '\n"),
                                    true, {}, {}});
    QString error;
    const auto cmd = ActionExpander::expand(a, {}, context(RootMode::SudoWithPassword), &error);
    QVERIFY2(cmd, qPrintable(error));
    QVERIFY(!cmd->script.contains(password));
    QVERIFY(!cmd->displayCommand.contains(QString::fromUtf8(password)));
    const RunResult r = runLikeSshd(QStringLiteral("bash"), *cmd, password, m_fakeSudo.path(),
                                    {QStringLiteral("FAKE_SUDO_PASSWORD=") + QString::fromUtf8(password)});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    // Our own processes (they carry the run's token) show neither the script nor its values...
    const QByteArray ours = r.out.left(r.out.indexOf("ALL\n"));
    QVERIFY2(ours.contains("/bin/sh"), r.out.constData());
    QVERIFY2(!ours.contains("mastodon_dir="), ours.constData());
    // ...and no process at all shows the password.
    QVERIFY2(r.out.contains("ALL\n"), r.out.constData());
    QVERIFY(!r.out.contains(password));
}

void TestActionExpander::leftoverPasswordIsNotReadable()
{
    // sudo with cached credentials does not read the password: the script must not see it.
    QString error;
    const auto cmd = ActionExpander::expand(echoAction(), {}, context(RootMode::SudoWithPassword), &error);
    QVERIFY2(cmd, qPrintable(error));
    for (const QString &shell : loginShells()) {
        const RunResult r = runLikeSshd(shell, *cmd, "leftover", m_fakeSudo.path(),
                                        {QStringLiteral("FAKE_SUDO_CACHED=1"), QStringLiteral("FAKE_SUDO_PASSWORD=leftover")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.out.endsWith("stdin:"));
        QVERIFY(!r.out.contains("leftover"));
    }
}

void TestActionExpander::wrongSudoPasswordRunsNothing()
{
    QString error;
    const auto cmd = ActionExpander::expand(echoAction(), {}, context(RootMode::SudoWithPassword), &error);
    QVERIFY2(cmd, qPrintable(error));
    const RunResult r = runLikeSshd(QStringLiteral("dash"), *cmd, "wrong", m_fakeSudo.path(),
                                    {QStringLiteral("FAKE_SUDO_PASSWORD=right")});
    QCOMPARE(r.exitCode, RemoteCommandWrapper::SudoRefusedExitStatus);
    QVERIFY2(r.out.isEmpty(), r.out.constData());
    QVERIFY(!r.err.contains("wrong"));
}

void TestActionExpander::variantWithoutRootNeverUsesSudo()
{
    ActionExpander::Context c = context(RootMode::SudoWithPassword);
    c.deployment = QStringLiteral("docker"); // that variant has needsRoot = false
    QString error;
    const auto cmd = ActionExpander::expand(echoAction(), {}, c, &error);
    QVERIFY2(cmd, qPrintable(error));
    QVERIFY(cmd->script.startsWith("set -u\nmastodon_dir="));
    QCOMPARE(int(cmd->elevation), int(RemoteScript::Elevation::None));
}

void TestActionExpander::japaneseMessages()
{
    // Titles follow the UI language; the message itself is translated by the .qm files.
    UiLanguage::set(QStringLiteral("ja_JP"));
    QCOMPARE(UiLanguage::current(), QStringLiteral("ja"));
    QString error;
    QVERIFY(!ActionExpander::expand(echoAction(), {{QStringLiteral("count"), QStringLiteral("0")}}, context(), &error));
    QVERIFY2(error.startsWith(QStringLiteral("count の題")), qPrintable(error));
    UiLanguage::set(QStringLiteral("en"));
    QCOMPARE(echoAction().title(), QStringLiteral("Echo"));
}

QTEST_GUILESS_MAIN(TestActionExpander)
#include "test_action_expander.moc"
