// The embedded catalog is complete and well formed; broken catalog files are
// rejected with precise errors; read-only scripts really run.
#include "catalog/ActionExpander.h"
#include "catalog/Catalog.h"
#include "catalog/ScriptValidator.h"
#include "catalog/ScriptVariables.h"
#include "catalog/ShellQuote.h"
#include "common/UiLanguage.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#ifndef HOSHU_FIXTURES_DIR
#error HOSHU_FIXTURES_DIR must be defined by the build
#endif

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run runShell(const QString &shell, const QStringList &args, const QByteArray &input,
             const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(shell, args);
    if (!p.waitForStarted(10000))
        return {};
    p.write(input);
    p.closeWriteChannel();
    p.waitForFinished(60000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2, p.readAllStandardOutput(),
            p.readAllStandardError()};
}

QStringList list(std::initializer_list<const char *> items)
{
    QStringList out;
    for (const char *i : items)
        out << QString::fromUtf8(i);
    return out;
}

QString fixtures()
{
    return QStringLiteral(HOSHU_FIXTURES_DIR);
}

// A valid value for every parameter: the default, else the first that validates.
QMap<QString, QString> sampleParams(const Action &a, QString *problem)
{
    QMap<QString, QString> values;
    for (const ActionParameter &p : a.parameters) {
        if (!p.defaultValue.isEmpty())
            continue;
        QStringList candidates = p.choices;
        candidates << QString::number(p.min) << QStringLiteral("a") << QStringLiteral("example")
                   << QStringLiteral("example.com") << QStringLiteral("/tmp") << QStringLiteral("3.2.3")
                   << QStringLiteral("nginx.service") << QStringLiteral("admin@example.com")
                   << QStringLiteral("mastodon-20240101.dump") << QStringLiteral("web")
                   << QStringLiteral("https://relay.example.com/inbox")
                   << QStringLiteral("/root/hoshu-restore/mastodon-bundle-web1-20261201T010000Z.tar");
        bool found = false;
        for (const QString &c : candidates) {
            if (p.validate(c, nullptr)) {
                values.insert(p.name, c);
                found = true;
                break;
            }
        }
        if (!found)
            *problem = QStringLiteral("%1: no sample value for required parameter %2: give it a default or teach "
                                      "sampleParams() a value")
                           .arg(a.id, p.name);
    }
    return values;
}

// The prelude as the expander puts it: set -u, the built-ins, lib.sh, then body.
Run runPrelude(const QString &shell, const char *lang, const char *plan, const QByteArray &body,
               const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
{
    const QByteArray script = QByteArray("set -u\nhoshu_lang='") + lang + "'\nhoshu_plan='" + plan + "'\n"
        + ActionExpander::prelude() + body;
    return runShell(shell, {QStringLiteral("-c"), QString::fromUtf8(script)}, {}, env);
}

// Lines of out that start with prefix, without it.
QStringList linesAfter(const QByteArray &out, const char *prefix)
{
    QStringList lines;
    for (const QByteArray &line : out.split('\n')) {
        if (line.startsWith(prefix))
            lines << QString::fromUtf8(line.mid(qstrlen(prefix)));
    }
    return lines;
}

// Calls (as the recorder logs them: shell-quoted words) that change a server. A plan
// must make none of them: they belong in hoshu_step.
const QList<QRegularExpression> &changingCalls()
{
    const auto re = [](const char *p) {
        return QRegularExpression(QString::fromLatin1(p), QRegularExpression::CaseInsensitiveOption);
    };
    static const QList<QRegularExpression> calls{
        re("(^|[ '\"])systemctl( -[^ ]*)* (start|stop|restart|reload|reload-or-restart|try-restart|enable|disable|"
           "reenable|daemon-reload|daemon-reexec|mask|unmask|reset-failed|kill|edit|set-property|isolate|reboot|"
           "poweroff)( |$)"),
        re("(^|[ '\"])(docker compose|docker-compose)( (-f|--file|-p|--project-name|--project-directory|--env-file) [^ ]+"
           "| -[^ ]*)* (up|down|restart|stop|start|rm|kill|pull|create|pause|unpause|run)( |$)"),
        re("(^|[ '\"])docker (restart|stop|start|rm|kill|run|pull)( |$)"),
        re("(^|[ '\"])(rm|mv|cp|ln|install|mkdir|rmdir|chmod|chown|chgrp|truncate|dd|touch|tee|reboot|shutdown|pkill|"
           "swapoff|swapon|update-ca-certificates|pg_dump|pg_repack|createdb|dropdb)( |$)"),
        // tar that writes: creates, extracts (also to stdout: the plan must not read a whole
        // archive either), appends.
        re("(^|[ '\"])tar( .*)? (-?[A-Za-z]*[cxru][A-Za-z]*|--create|--extract|--get|--append|--update|--delete)( |$)"),
        re("(^|[ '\"])sysctl( .*)? (-w|[a-z0-9_.]+=)"),
        re("(^|[ '\"])(apt|apt-get|dnf|yum)( -[^ ]*)* (install|upgrade|dist-upgrade|full-upgrade|remove|purge|"
           "autoremove|reinstall)( |$)"),
        re("(^|[ '\"])journalctl( .*)? --(vacuum-[a-z]+|rotate)"),
        re("(^|[ '\"])sed( .*)? (-i|--in-place)"),
        re("(^|[ '\"])find( .*)? (-delete|-exec|-execdir)( |$)"),
        re("(^|[ '\"])certbot( -[^ ]*)* (renew|certonly|run|install|delete|revoke)( (?!.*--dry-run)|$)"),
        re("(^|[ '\"])tootctl( .*)? (remove|prune|modify|approve|refresh|delete|cull|create|fix-duplicates|rotate|"
           "enable|disable|reject)( (?!.*--dry-run)|$)"),
        re("(^|[ '\"])psql( .*)?\\b(reindex|vacuum|analyze|refresh materialized|update|delete|insert|drop|alter|"
           "create|truncate)\\b"),
        re("(^|[ '\"])redis-cli( .*)? (del|unlink|flushall|flushdb|zrem|zremrangebyscore|lpush|rpush|lrem|hset|hdel|"
           "srem|sadd|set|expire|rename)( |$)"),
        re("(^|[ '\"])(yarn|gem|rbenv)( .*)? (cache clean|uninstall|install)( |$)"),
    };
    return calls;
}

} // namespace

class TestCatalog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void embeddedLoadsWithoutErrors();
    void everyActionIsComplete();
    void everyScriptParses_data();
    void everyScriptParses();
    void readOnlyScriptsRunHere_data();
    void readOnlyScriptsRunHere();
    void badFiles_data();
    void badFiles();
    void goodFixtureLoads();
    void duplicateIdsAcrossDirectories();
    void embedsAnotherActionsScript();
    void scriptVariables_data();
    void scriptVariables();
    void restartWithFakeSystemd();
    void statusWithFakeSystemd();
    void restartWithFakeDockerCompose();
    void preludeSetsWhatScriptsMayRead();
    void preludeSpeaksTheUsersLanguage_data();
    void preludeSpeaksTheUsersLanguage();
    void preludeStepPlansOrRuns_data();
    void preludeStepPlansOrRuns();
    void planLinesQuoteOddWords_data();
    void planLinesQuoteOddWords();
    void planModeChangesNothing_data();
    void planModeChangesNothing();
    void restartPlanWithFakeSystemd();
    void restartPlanWithFakeDockerCompose();
    void nginxPlanStopsAtABrokenConfiguration();
    void changingActionsPlanAndVerify();
    void stringParametersRefuseShellText();

private:
    Run runWithFakeSystemd(const QString &id, const QString &stateDir, bool plan = false);
    void writeFakeState(const QString &stateDir);
    Run runWithFakeServer(const Action &action, const QString &deployment, const QString &dir, bool plan);

private:
    Catalog m_catalog;
    QStringList m_fixtureErrors;
    QTemporaryDir m_fakeBin; // the fake commands of runWithFakeServer(), made once
};

void TestCatalog::initTestCase()
{
    for (const char *shell : {"dash", "bash"}) {
        QVERIFY2(!QStandardPaths::findExecutable(QLatin1String(shell)).isEmpty(),
                 qPrintable(QStringLiteral("%1 is needed by this test: install it").arg(QLatin1String(shell))));
    }
    QStringList errors;
    m_catalog = Catalog::loadEmbedded(&errors);
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
    Catalog::loadFromDirectory(fixtures() + QStringLiteral("/catalog-bad"), &m_fixtureErrors);
}

void TestCatalog::embeddedLoadsWithoutErrors()
{
    const QStringList expected = {
        QStringLiteral("diagnostics.throughput"), QStringLiteral("nginx.test_and_reload"),
        QStringLiteral("services.restart_mastodon"), QStringLiteral("services.status"),
        QStringLiteral("system.disk_usage"), QStringLiteral("system.memory"),
    };
    QStringList ids;
    for (const Action &a : m_catalog.actions())
        ids << a.id;
    for (const QString &id : expected)
        QVERIFY2(ids.contains(id), qPrintable(id));
    QStringList sorted = ids;
    sorted.sort();
    QCOMPARE(ids, sorted);
    QVERIFY(m_catalog.find(QStringLiteral("system.memory")));
    QCOMPARE(m_catalog.find(QStringLiteral("system.memory"))->id, QStringLiteral("system.memory"));
    QVERIFY(!m_catalog.find(QStringLiteral("no.such_action")));
}

void TestCatalog::everyActionIsComplete()
{
    QVERIFY(m_catalog.size() > 0);
    for (const Action &a : m_catalog.actions()) {
        QVERIFY2(!a.titleEn.isEmpty() && !a.titleJa.isEmpty(), qPrintable(a.id));
        QVERIFY2(!a.descriptionEn.isEmpty() && !a.descriptionJa.isEmpty(), qPrintable(a.id));
        QVERIFY2(riskFromId(riskId(a.risk)) == a.risk, qPrintable(a.id));
        QVERIFY2(!a.variants.isEmpty(), qPrintable(a.id));
        QVERIFY2(a.timeoutSec > 0, qPrintable(a.id));
        for (const ActionParameter &p : a.parameters)
            QVERIFY2(!p.titleEn.isEmpty() && !p.titleJa.isEmpty(), qPrintable(a.id + QLatin1Char('/') + p.name));
    }
    // Facts the UI and checks rely on.
    const Action *restart = m_catalog.find(QStringLiteral("services.restart_mastodon"));
    QVERIFY(restart);
    QCOMPARE(restart->risk, Risk::Disruptive);
    QVERIFY(restart->needsRoot);
    QVERIFY(restart->mastodonDown);
    QVERIFY(!restart->estimateEn.isEmpty() && !restart->estimateJa.isEmpty());
    QVERIFY(!restart->variant(QStringLiteral("systemd"))->script.contains(QLatin1String("mastodon-*.service")));
    QVERIFY(!restart->variant(QStringLiteral("docker"))->script.contains(QLatin1String(" down")));
    const Action *throughput = m_catalog.find(QStringLiteral("diagnostics.throughput"));
    QVERIFY(throughput);
    QCOMPARE(throughput->parameters.size(), 1);
    QCOMPARE(throughput->parameters.at(0).max, 10000000);
    QCOMPARE(throughput->parameters.at(0).defaultValue, QStringLiteral("100000"));
}

void TestCatalog::everyScriptParses_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("deployment");
    QTest::addColumn<int>("rootMode");
    for (const Action &a : m_catalog.actions()) {
        for (auto it = a.variants.constBegin(); it != a.variants.constEnd(); ++it) {
            for (RootMode m : {RootMode::AlreadyRoot, RootMode::SudoWithPassword})
                QTest::addRow("%s %s %d", qPrintable(a.id), qPrintable(it.key()), int(m)) << a.id << it.key() << int(m);
        }
    }
}

void TestCatalog::everyScriptParses()
{
    QFETCH(QString, id);
    QFETCH(QString, deployment);
    QFETCH(int, rootMode);
    const Action *a = m_catalog.find(id);
    QVERIFY(a);
    QString problem;
    const QMap<QString, QString> params = sampleParams(*a, &problem);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    ActionExpander::Context c;
    c.deployment = deployment;
    c.rootMode = RootMode(rootMode);
    QString error;
    const auto cmd = ActionExpander::expand(*a, params, c, &error);
    QVERIFY2(cmd, qPrintable(error));
    for (const QString &shell : {QStringLiteral("dash"), QStringLiteral("bash")}) {
        // The script /bin/sh runs (the wrapper around it is tested in test_action_expander).
        for (const QByteArray &text : {cmd->script}) {
            const Run r = runShell(shell, {QStringLiteral("-n")}, text);
            QVERIFY2(r.exitCode == 0, qPrintable(shell + QStringLiteral(": ") + QString::fromUtf8(r.err)));
        }
    }
}

void TestCatalog::readOnlyScriptsRunHere_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("lines");
    QTest::addColumn<QByteArray>("expectedStart");
    QTest::newRow("disk") << "system.disk_usage" << QString() << QByteArray("Filesystem");
    QTest::newRow("memory") << "system.memory" << QString() << QByteArray(" ");
    QTest::newRow("throughput") << "diagnostics.throughput" << "1000" << QByteArray("1\n2\n3\n");
}

void TestCatalog::readOnlyScriptsRunHere()
{
    QFETCH(QString, id);
    QFETCH(QString, lines);
    QFETCH(QByteArray, expectedStart);
    const Action *a = m_catalog.find(id);
    QVERIFY(a);
    QCOMPARE(a->risk, Risk::ReadOnly);
    QMap<QString, QString> params;
    if (!lines.isEmpty())
        params.insert(QStringLiteral("lines"), lines);
    ActionExpander::Context c;
    c.deployment = QStringLiteral("systemd");
    c.rootMode = RootMode::SudoNoPassword; // read-only needs no root: no sudo in the command
    QString error;
    const auto cmd = ActionExpander::expand(*a, params, c, &error);
    QVERIFY2(cmd, qPrintable(error));
    QCOMPARE(int(cmd->elevation), int(RemoteScript::Elevation::None));
    const Run r = runShell(QStringLiteral("dash"), {QStringLiteral("-c"), QString::fromUtf8(cmd->script)}, {});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.out.startsWith(expectedStart), r.out.left(200).constData());
    if (!lines.isEmpty()) {
        QCOMPARE(r.out.count('\n'), lines.toInt());
        QVERIFY(r.out.endsWith("\n1000\n"));
    }
}

void TestCatalog::badFiles_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QStringList>("expected");
    // Exactly these errors (of <id>.json and its <id>.*.sh), no more, no fewer.
    QTest::newRow("unknown risk") << "bad.unknown_risk" << QStringList{
        QStringLiteral("bad.unknown_risk.json: /risk: unknown risk \"dangerous\" (expected read-only, safe, disruptive, destructive)")};
    QTest::newRow("empty texts") << "bad.empty_texts" << QStringList{
        QStringLiteral("bad.empty_texts.json: /title/ja: must not be empty"),
        QStringLiteral("bad.empty_texts.json: /description/fr: unknown key \"fr\" (allowed: en, ja)"),
        QStringLiteral("bad.empty_texts.json: /description/en: must not be empty"),
        QStringLiteral("bad.empty_texts.json: /estimate/ja: must not be empty")};
    QTest::newRow("missing keys") << "bad.missing_keys" << QStringList{
        QStringLiteral("bad.missing_keys.json: /: missing key \"title\""),
        QStringLiteral("bad.missing_keys.json: /: missing key \"mastodon_down\""),
        QStringLiteral("bad.missing_keys.json: /: missing key \"timeout_sec\""),
        QStringLiteral("bad.missing_keys.json: /command: unknown key \"command\" (allowed: schema, id, title, description, risk, needs_root, mastodon_down, timeout_sec, variants, confirm_by_typing_name, parameters, estimate)"),
        QStringLiteral("bad.missing_keys.json: /fixes: unknown key \"fixes\" (allowed: schema, id, title, description, risk, needs_root, mastodon_down, timeout_sec, variants, confirm_by_typing_name, parameters, estimate)"),
        QStringLiteral("bad.missing_keys.json: /variants/docker/sudo: unknown key \"sudo\" (allowed: needs_root, same_script_as, embeds)")};
    QTest::newRow("mastodon_down missing") << "bad.no_mastodon_down" << QStringList{
        QStringLiteral("bad.no_mastodon_down.json: /: missing key \"mastodon_down\"")};
    QTest::newRow("no variants") << "bad.no_variants" << QStringList{
        QStringLiteral("bad.no_variants.json: /variants: needs at least one variant (systemd or docker)")};
    QTest::newRow("param errors") << "bad.param_errors" << QStringList{
        QStringLiteral("bad.param_errors.json: /parameters/0/name: parameter name \"Days\" must match [a-z][a-z0-9_]{0,30}"),
        QStringLiteral("bad.param_errors.json: /parameters/1: min 10 is greater than max 1"),
        QStringLiteral("bad.param_errors.json: /parameters/2/default: default 9 is outside 1..5"),
        QStringLiteral("bad.param_errors.json: /parameters/3/choices: enum needs a non-empty array of choices"),
        QStringLiteral("bad.param_errors.json: /parameters/4/default: default \"c\" is not one of the choices"),
        QStringLiteral("bad.param_errors.json: /parameters/5/regex: regex \"^([a-z]+$\" does not compile: missing closing parenthesis at offset 17"),
        QStringLiteral("bad.param_errors.json: /parameters/6/name: duplicate parameter name \"mode\""),
        QStringLiteral("bad.param_errors.json: /parameters/6/type: unknown parameter type \"float\" (expected int, enum, string)"),
        QStringLiteral("bad.param_errors.json: /parameters/7/min: unknown key \"min\" (allowed: name, type, title, regex, default, from_snapshot)"),
        QStringLiteral("bad.param_errors.json: /parameters/7/name: parameter name \"mastodon_dir\" is a context variable"),
        QStringLiteral("bad.param_errors.json: /parameters/7/title/ja: must not be empty"),
        QStringLiteral("bad.param_errors.json: /parameters/8/name: parameter name \"hoshu_plan\" is reserved (hoshu_* belongs to the prelude)"),
        QStringLiteral("bad.param_errors.json: /parameters/9/from_snapshot: unknown snapshot kind \"rubies\" (expected unit, ruby_version, dump_file, compose_service)"),
        QStringLiteral("bad.param_errors.json: /parameters/10/from_snapshot: unknown key \"from_snapshot\" (allowed: name, type, title, min, max, default)")};
    QTest::newRow("unanchored regex") << "bad.unanchored" << QStringList{
        QStringLiteral("bad.unanchored.json: /parameters/0/regex: regex \"[a-z]+\" is not anchored: it must start with ^ or \\A"),
        QStringLiteral("bad.unanchored.json: /parameters/1/regex: regex \"^[a-z]+\" is not anchored: it must end with $ or \\z"),
        QStringLiteral("bad.unanchored.json: /parameters/2/regex: regex \"^[a-z]+\\$\" is not anchored: it must end with $ or \\z"),
        QStringLiteral("bad.unanchored.json: /parameters/3/regex: regex \"^a|b$\" is not anchored: an alternation (|) outside a group leaves a branch unanchored"),
        QStringLiteral("bad.unanchored.json: /parameters/4/regex: regex \"^[a-z$]+[$]\" is not anchored: it must end with $ or \\z")};
    QTest::newRow("script var") << "bad.script_var" << QStringList{
        QStringLiteral("bad.script_var.docker.sh: script is empty"),
        QStringLiteral("bad.script_var.systemd.sh: line 2: \"$dayz\" is neither a parameter, a context variable (mastodon_dir, hoshu_lang, hoshu_plan, hoshu_deployment) nor assigned in the script"),
        QStringLiteral("bad.script_var.systemd.sh: line 4: \"$target\" is neither a parameter, a context variable (mastodon_dir, hoshu_lang, hoshu_plan, hoshu_deployment) nor assigned in the script")};
    QTest::newRow("syntax") << "bad.syntax" << QStringList{
        QStringLiteral("bad.syntax.json: not valid JSON: *")};
    QTest::newRow("unknown deployment") << "bad.unknown_deployment" << QStringList{
        QStringLiteral("bad.unknown_deployment.json: /variants/kubernetes: unknown key \"kubernetes\" (allowed: docker, systemd)"),
        QStringLiteral("bad.unknown_deployment.kubernetes.sh: an action script must be named <id>.systemd.sh or <id>.docker.sh")};
    QTest::newRow("wrong id") << "bad.wrong_id" << QStringList{
        QStringLiteral("bad.wrong_id.json: /id: id \"bad.other_name\" does not match the file name (expected \"bad.wrong_id\")")};
    QTest::newRow("wrong types") << "bad.wrong_types" << QStringList{
        QStringLiteral("bad.wrong_types.json: /schema: unsupported schema 3 (expected 2)"),
        QStringLiteral("bad.wrong_types.json: /id: id \"Bad.wrong_types\" must look like area.name ([a-z][a-z0-9_]* parts joined by dots)"),
        QStringLiteral("bad.wrong_types.json: /id: id \"Bad.wrong_types\" does not match the file name (expected \"bad.wrong_types\")"),
        QStringLiteral("bad.wrong_types.json: /estimate: must be an object, not string"),
        QStringLiteral("bad.wrong_types.json: /needs_root: must be true or false, not string"),
        QStringLiteral("bad.wrong_types.json: /mastodon_down: must be true or false, not string"),
        QStringLiteral("bad.wrong_types.json: /confirm_by_typing_name: must be true or false, not number"),
        QStringLiteral("bad.wrong_types.json: /timeout_sec: timeout_sec 0 is outside 1..86400"),
        QStringLiteral("bad.wrong_types.json: /parameters: must be an array, not object"),
        QStringLiteral("bad.wrong_types.json: /variants/systemd/script: unknown key \"script\" (allowed: needs_root, same_script_as, embeds)"),
        QStringLiteral("bad.wrong_types.json: /variants/systemd/needs_root: must be true or false, not null"),
        QStringLiteral("bad.wrong_types.json: /variants/systemd: no script file bad.wrong_types.systemd.sh")};
    // The old format (scripts as JSON arrays of lines) is refused, not half read.
    QTest::newRow("schema 1") << "bad.schema1" << QStringList{
        QStringLiteral("bad.schema1.json: /: missing key \"mastodon_down\""),
        QStringLiteral("bad.schema1.json: /schema: unsupported schema 1 (expected 2)"),
        QStringLiteral("bad.schema1.json: /variants/systemd/script: unknown key \"script\" (allowed: needs_root, same_script_as, embeds)"),
        QStringLiteral("bad.schema1.json: /variants/systemd: no script file bad.schema1.systemd.sh")};
    QTest::newRow("missing .sh") << "bad.missing_script" << QStringList{
        QStringLiteral("bad.missing_script.json: /variants/docker: no script file bad.missing_script.docker.sh")};
    QTest::newRow("extra .sh") << "bad.extra_script" << QStringList{
        QStringLiteral("bad.extra_script.docker.sh: no variant \"docker\" in bad.extra_script.json")};
    QTest::newRow("shared script and a copy") << "bad.same_script" << QStringList{
        QStringLiteral("bad.same_script.docker.sh: not used: bad.same_script.json says /variants/docker/same_script_as")};
    QTest::newRow("shared with itself") << "bad.same_script_self" << QStringList{
        QStringLiteral("bad.same_script_self.json: /variants/systemd/same_script_as: must name another variant that has its own script"),
        QStringLiteral("bad.same_script_self.systemd.sh: not used: bad.same_script_self.json says /variants/systemd/same_script_as")};
    QTest::newRow("orphan .sh") << "bad.orphan" << QStringList{
        QStringLiteral("bad.orphan.systemd.sh: no action file bad.orphan.json")};
    QTest::newRow("CR, NUL, not UTF-8") << "bad.crlf" << QStringList{
        QStringLiteral("bad.crlf.docker.sh: line 2: contains a NUL byte"),
        QStringLiteral("bad.crlf.docker.sh: is not valid UTF-8"),
        QStringLiteral("bad.crlf.systemd.sh: line 1: contains a carriage return (save the file with LF line ends)")};
}

void TestCatalog::badFiles()
{
    QFETCH(QString, id);
    QFETCH(QStringList, expected);
    QStringList got;
    for (const QString &e : std::as_const(m_fixtureErrors)) {
        if (e.startsWith(id + QLatin1Char('.')))
            got << e;
    }
    // A trailing "*" stands for text owned by the JSON library (its parse error).
    for (int i = 0; i < qMin(got.size(), expected.size()); ++i) {
        if (expected.at(i).endsWith(QLatin1Char('*')) && got.at(i).startsWith(expected.at(i).chopped(1)))
            got[i] = expected.at(i);
    }
    if (got != expected)
        qWarning().noquote() << "got:\n" << got.join(QLatin1Char('\n'));
    QCOMPARE(got, expected);
}

void TestCatalog::goodFixtureLoads()
{
    QStringList errors;
    const Catalog c = Catalog::loadFromDirectory(fixtures() + QStringLiteral("/catalog-bad"), &errors);
    QCOMPARE(c.size(), 2); // every bad.* file is left out
    // A variant that names another's script runs that very file (no identical copies).
    const Action *shared = c.find(QStringLiteral("good.shared"));
    QVERIFY(shared && shared->variants.contains(QStringLiteral("docker")));
    QCOMPARE(shared->variants.value(QStringLiteral("docker")).script, QStringLiteral("echo shared\n"));
    QCOMPARE(shared->variants.value(QStringLiteral("docker")).script,
             shared->variants.value(QStringLiteral("systemd")).script);
    const Action *a = c.find(QStringLiteral("good.minimal"));
    QVERIFY(a);
    QCOMPARE(a->parameters.size(), 2);
    QCOMPARE(a->parameters.at(0).type, ActionParameter::Type::Int);
    QCOMPARE(a->parameters.at(0).min, 1);
    QCOMPARE(a->parameters.at(0).max, 30);
    QCOMPARE(a->parameters.at(0).defaultValue, QStringLiteral("7"));
    QCOMPARE(a->parameters.at(0).fromSnapshot, QString());
    QCOMPARE(a->parameters.at(1).fromSnapshot, QStringLiteral("unit"));
    QVERIFY(!a->mastodonDown);
    QCOMPARE(a->estimateEn, QStringLiteral("1–10 minutes"));
    QCOMPARE(a->estimateJa, QStringLiteral("1〜10 分"));
    QVERIFY(a->variant(QStringLiteral("systemd")));
    QVERIFY(!a->variant(QStringLiteral("docker")));
    QVERIFY(!a->variant(QStringLiteral("systemd"))->needsRoot);
    // The script is the file, as it is.
    QFile sh(fixtures() + QStringLiteral("/catalog-bad/good.minimal.systemd.sh"));
    QVERIFY(sh.open(QIODevice::ReadOnly));
    QCOMPARE(a->variant(QStringLiteral("systemd"))->script, QString::fromUtf8(sh.readAll()));
    for (const QString &e : std::as_const(errors))
        QVERIFY2(!e.startsWith(QLatin1String("good.")), qPrintable(e));
}

// "embeds": the installing action gets the other action's script (with lib.sh) as
// $hoshu_embedded_script; an unknown action or a parameter it lacks leaves it out.
void TestCatalog::embedsAnotherActionsScript()
{
    const Action *job = m_catalog.find(QStringLiteral("backup.install_schedule"));
    const Action *bundle = m_catalog.find(QStringLiteral("backup.bundle"));
    QVERIFY(job && bundle);
    for (const QString &deployment : {QStringLiteral("systemd"), QStringLiteral("docker")}) {
        QVERIFY(job->variant(deployment) && bundle->variant(deployment));
        QCOMPARE(job->variant(deployment)->embeddedScript, bundle->variant(deployment)->script);
        ActionExpander::Context c;
        c.deployment = deployment;
        QString error;
        const auto cmd = ActionExpander::expand(*job, {}, c, &error);
        QVERIFY2(cmd, qPrintable(error));
        const QByteArray embedded = "hoshu_embedded_script="
            + ShellQuote::quote(ActionExpander::prelude() + bundle->variant(deployment)->script.toUtf8()) + '\n';
        QVERIFY(cmd->script.contains(embedded));
        QVERIFY(cmd->planScript.contains(embedded));
    }
    // An action without "embeds" gets no such variable.
    ActionExpander::Context c;
    c.deployment = QStringLiteral("systemd");
    const auto plain = ActionExpander::expand(*bundle, {}, c, nullptr);
    QVERIFY(plain && !plain->script.contains("hoshu_embedded_script="));

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const auto write = [&](const QString &name, const QByteArray &text) {
        QFile f(dir.filePath(name));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(text);
    };
    const QByteArray head = R"({"schema": 2, "title": {"en": "T", "ja": "T"}, "description": {"en": "D", "ja": "D"},
        "risk": "safe", "needs_root": true, "mastodon_down": false, "timeout_sec": 60, )";
    write(QStringLiteral("x.work.json"), head + R"("id": "x.work",
        "parameters": [{"name": "days", "type": "int", "min": 1, "max": 9, "default": 1, "title": {"en": "D", "ja": "D"}}],
        "variants": {"systemd": {}}})");
    write(QStringLiteral("x.work.systemd.sh"), "echo \"$days\"\n");
    write(QStringLiteral("x.job.json"), head + R"("id": "x.job",
        "parameters": [{"name": "days", "type": "int", "min": 1, "max": 9, "default": 1, "title": {"en": "D", "ja": "D"}}],
        "variants": {"systemd": {"embeds": "x.work"}}})");
    write(QStringLiteral("x.job.systemd.sh"), "hoshu_step true\nhoshu_end_of_plan\nprintf '%s' \"$hoshu_embedded_script\"\n");
    write(QStringLiteral("x.lacks.json"), head + R"("id": "x.lacks", "variants": {"systemd": {"embeds": "x.work"}}})");
    write(QStringLiteral("x.lacks.systemd.sh"), "true\n");
    write(QStringLiteral("x.nowhere.json"), head + R"("id": "x.nowhere", "variants": {"systemd": {"embeds": "x.none"}}})");
    write(QStringLiteral("x.nowhere.systemd.sh"), "true\n");
    write(QStringLiteral("x.other.json"), head + R"("id": "x.other", "variants": {"systemd": {}}})");
    write(QStringLiteral("x.other.systemd.sh"), "echo \"$hoshu_embedded_script\"\n");
    QStringList errors;
    const Catalog cat = Catalog::loadFromDirectory(dir.path(), &errors);
    errors.sort();
    QCOMPARE(errors, QStringList({
        QStringLiteral("x.lacks.json: /variants/systemd/embeds: x.work has the parameter \"days\", x.lacks has not"),
        QStringLiteral("x.nowhere.json: /variants/systemd/embeds: no action \"x.none\" with a systemd variant that embeds nothing"),
        QStringLiteral("x.other.systemd.sh: line 1: \"$hoshu_embedded_script\" is neither a parameter, a context variable "
                       "(mastodon_dir, hoshu_lang, hoshu_plan, hoshu_deployment) nor assigned in the script"),
    }));
    QVERIFY(cat.find(QStringLiteral("x.job")) && cat.find(QStringLiteral("x.work")));
    QCOMPARE(cat.find(QStringLiteral("x.job"))->variant(QStringLiteral("systemd"))->embeddedScript, QStringLiteral("echo \"$days\"\n"));
    // The job text reaches the script intact.
    const auto cmd = ActionExpander::expand(*cat.find(QStringLiteral("x.job")), {}, c, nullptr);
    QVERIFY(cmd);
    const Run r = runShell(QStringLiteral("sh"), {QStringLiteral("-s")}, cmd->script);
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.endsWith(ActionExpander::prelude() + "echo \"$days\"\n"), r.out.right(200).constData());
}

void TestCatalog::duplicateIdsAcrossDirectories()
{
    const QString good = fixtures() + QStringLiteral("/catalog-bad/good.minimal.json");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("copy")));
    const QString copy = dir.filePath(QStringLiteral("copy/good.minimal.json"));
    QVERIFY(QFile::copy(good, copy));
    QVERIFY(QFile::copy(fixtures() + QStringLiteral("/catalog-bad/good.minimal.systemd.sh"),
                        dir.filePath(QStringLiteral("copy/good.minimal.systemd.sh"))));
    QStringList errors;
    const Catalog c = Catalog::loadFromFiles({good, copy}, &errors);
    QCOMPARE(c.size(), 1);
    QCOMPARE(errors, QStringList{QStringLiteral(
                         "good.minimal.json: /id: duplicate id \"good.minimal\" (also in good.minimal.json)")});

    errors.clear();
    const Catalog missing = Catalog::loadFromDirectory(dir.filePath(QStringLiteral("nope")), &errors);
    QCOMPARE(missing.size(), 0);
    QCOMPARE(errors.size(), 1);
}

void TestCatalog::scriptVariables_data()
{
    QTest::addColumn<QString>("script");
    QTest::addColumn<QStringList>("references");
    QTest::addColumn<QStringList>("assigned");
    QTest::newRow("plain") << "echo $a \"${b}\" ${#c} $D $_ $1" << list({"a", "b", "c"}) << QStringList{};
    QTest::newRow("single quotes") << "awk '{ print $x }' \"it's $y\"" << list({"y"}) << QStringList{};
    QTest::newRow("escaped") << "echo \\$a \"\\$b\" $c" << list({"c"}) << QStringList{};
    QTest::newRow("comment") << "echo x # $a\necho $b#$c" << list({"b", "c"}) << QStringList{};
    QTest::newRow("assignments") << "x=1; for y in a; do :; done\nwhile IFS= read -r p q; do :; done\nlocal z"
                                 << QStringList{} << list({"p", "q", "x", "y", "z"});
}

void TestCatalog::scriptVariables()
{
    QFETCH(QString, script);
    QFETCH(QStringList, references);
    QFETCH(QStringList, assigned);
    QStringList refs;
    for (const ScriptVariables::Reference &r : ScriptVariables::lowercaseReferences(script))
        refs << r.name;
    QCOMPARE(refs, references);
    QStringList names = ScriptVariables::assignedNames(script).values();
    names.sort();
    QCOMPARE(names, assigned);
}

// Seed 000: stopped units, a second sidekiq, a disabled leftover, the streaming shim
// with two template instances (one not loaded), and one unit that will not start.
void TestCatalog::writeFakeState(const QString &stateDir)
{
    const auto write = [&](const QString &name, const QByteArray &content) {
        QFile f(stateDir + QLatin1Char('/') + name);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
    };
    QVERIFY(QDir(stateDir).mkpath(QStringLiteral("wants")));
    QVERIFY(QDir(stateDir).mkpath(QStringLiteral("active")));
    write(QStringLiteral("unit-files"),
          "mastodon-web.service enabled\n"
          "mastodon-sidekiq.service enabled\n"
          "mastodon-sidekiq-2.service enabled\n"
          "mastodon-sidekiq-old.service disabled\n"
          "mastodon-streaming.service enabled\n"
          "mastodon-streaming@.service indirect\n"
          "nginx.service enabled\n"
          "postgresql.service enabled\n"
          "postgresql@.service indirect\n"
          "redis-server.service enabled\n"
          "redis.service alias\n");
    write(QStringLiteral("loaded"), "mastodon-streaming@4000.service\npostgresql@15-main.service\n");
    write(QStringLiteral("wants/mastodon-streaming.service"),
          "mastodon-streaming@4000.service mastodon-streaming@4001.service\n");
    write(QStringLiteral("active/mastodon-sidekiq.service"), "active\n");
    write(QStringLiteral("active/nginx.service"), "active\n");
    write(QStringLiteral("broken"), "mastodon-sidekiq-2.service\n");
}

Run TestCatalog::runWithFakeSystemd(const QString &id, const QString &stateDir, bool plan)
{
    const Action *a = m_catalog.find(id);
    if (!a)
        return {};
    ActionExpander::Context c;
    c.deployment = QStringLiteral("systemd");
    c.rootMode = RootMode::AlreadyRoot;
    QString error;
    const auto cmd = ActionExpander::expand(*a, {}, c, &error);
    if (!cmd)
        return {-3, QByteArray(), error.toUtf8()};
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PATH"), fixtures() + QStringLiteral("/fake-systemd:") + env.value(QStringLiteral("PATH")));
    env.insert(QStringLiteral("FAKE_SYSTEMD"), stateDir);
    return runShell(QStringLiteral("dash"), {QStringLiteral("-c"), QString::fromUtf8(plan ? cmd->planScript : cmd->script)},
                    {}, env);
}

void TestCatalog::restartWithFakeSystemd()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    writeFakeState(dir.path());
    const Run r = runWithFakeSystemd(QStringLiteral("services.restart_mastodon"), dir.path());
    QFile log(dir.filePath(QStringLiteral("log")));
    QVERIFY(log.open(QIODevice::ReadOnly));
    // Every unit by name, stopped ones too, in order; the disabled leftover is left alone.
    QCOMPARE(log.readAll(), QByteArray("restart mastodon-web.service\n"
                                       "restart mastodon-sidekiq-2.service mastodon-sidekiq.service\n"
                                       "restart mastodon-streaming.service mastodon-streaming@4000.service "
                                       "mastodon-streaming@4001.service\n"));
    QVERIFY2(r.out.contains("Skipping mastodon-sidekiq-old.service: it is disabled"), r.out.constData());
    // The unit that did not come back is named and fails the action.
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("Not active after the restart: mastodon-sidekiq-2.service (see: journalctl"),
             r.err.constData());

    // Once it starts, the same action succeeds.
    QVERIFY(QFile::remove(dir.filePath(QStringLiteral("broken"))));
    const Run ok = runWithFakeSystemd(QStringLiteral("services.restart_mastodon"), dir.path());
    QVERIFY2(ok.exitCode == 0, ok.err.constData());
    QVERIFY(ok.out.contains("All Mastodon services are active."));
}

void TestCatalog::statusWithFakeSystemd()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    writeFakeState(dir.path());
    const Run r = runWithFakeSystemd(QStringLiteral("services.status"), dir.path());
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QStringList units;
    const QList<QByteArray> lines = r.out.split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("UNIT "))
            continue;
        if (line.isEmpty() || line.startsWith("* "))
            continue;
        units << QString::fromUtf8(line.split(' ').first());
    }
    const QStringList expected = list({"mastodon-web.service", "mastodon-sidekiq-2.service", "mastodon-sidekiq-old.service",
                                       "mastodon-sidekiq.service", "mastodon-streaming.service",
                                       "mastodon-streaming@4000.service", "mastodon-streaming@4001.service",
                                       "nginx.service", "postgresql.service", "postgresql@15-main.service",
                                       "redis-server.service"});
    QCOMPARE(units, expected);
    QVERIFY2(r.out.contains("mastodon-sidekiq.service                     enabled    active       running"),
             r.out.constData());
    // Details are shown for what is not running.
    QVERIFY(r.out.contains("* --no-pager --lines=10 mastodon-web.service - fake status"));
    QVERIFY(!r.out.contains("* --no-pager --lines=10 nginx.service"));
}

void TestCatalog::restartWithFakeDockerCompose()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const auto write = [&](const char *name, const QByteArray &content) {
        QFile f(dir.filePath(QLatin1String(name)));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
    };
    write("services", "db\nredis\nweb\nstreaming\nsidekiq\nsidekiq-push\nes\n");
    write("running", "db\nredis\nweb\n");
    write("broken", "sidekiq-push\n");
    const Action *a = m_catalog.find(QStringLiteral("services.restart_mastodon"));
    QVERIFY(a);
    ActionExpander::Context c;
    c.deployment = QStringLiteral("docker");
    c.rootMode = RootMode::AlreadyRoot;
    c.contextValues.insert(QStringLiteral("mastodon_dir"), dir.path());
    QString error;
    const auto cmd = ActionExpander::expand(*a, {}, c, &error);
    QVERIFY2(cmd, qPrintable(error));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PATH"), fixtures() + QStringLiteral("/fake-docker:") + env.value(QStringLiteral("PATH")));
    env.insert(QStringLiteral("FAKE_DOCKER"), dir.path());
    const Run r = runShell(QStringLiteral("dash"), {QStringLiteral("-c"), QString::fromUtf8(cmd->script)}, {}, env);
    QFile log(dir.filePath(QStringLiteral("log")));
    QVERIFY(log.open(QIODevice::ReadOnly));
    // Running services restart, stopped ones start; db, redis and es are left alone; never down.
    QCOMPARE(log.readAll(), QByteArray("restart web\nup sidekiq\nup sidekiq-push\nup streaming\n"));
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("Not running after the restart: sidekiq-push (see:"), r.err.constData());
}

// hoshu_say / hoshu_warn / hoshu_fail: the user's language, the right stream, fail stops.
// The validator lets scripts read what the prelude's functions set: each must really be
// assigned there, or a script reading it would fail under set -u.
void TestCatalog::preludeSetsWhatScriptsMayRead()
{
    const QSet<QString> assigned = ScriptVariables::assignedNames(QString::fromUtf8(ActionExpander::prelude()));
    for (const QString &name : ScriptValidator::preludeVariables())
        QVERIFY2(assigned.contains(name), qPrintable(name));
}

void TestCatalog::preludeSpeaksTheUsersLanguage_data()
{
    QTest::addColumn<QString>("shell");
    QTest::addColumn<QByteArray>("lang");
    for (const char *shell : {"dash", "bash"}) {
        for (const char *lang : {"en", "ja"})
            QTest::addRow("%s %s", shell, lang) << QString::fromLatin1(shell) << QByteArray(lang);
    }
}

void TestCatalog::preludeSpeaksTheUsersLanguage()
{
    QFETCH(QString, shell);
    QFETCH(QByteArray, lang);
    const bool ja = lang == "ja";
    const Run r = runPrelude(shell, lang.constData(), "0",
                             "hoshu_say 'Disk is full: 95%' 'ディスクが満杯です: 95%'\n"
                             "hoshu_warn '-n not an option' '-n はオプションではありません'\n"
                             "hoshu_fail 'Nothing was changed.' '何も変更していません。'\n"
                             "echo not reached\n");
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(QString::fromUtf8(r.out), ja ? QStringLiteral("ディスクが満杯です: 95%\n") : QStringLiteral("Disk is full: 95%\n"));
    QCOMPARE(QString::fromUtf8(r.err), ja ? QStringLiteral("-n はオプションではありません\n何も変更していません。\n")
                                          : QStringLiteral("-n not an option\nNothing was changed.\n"));
}

// hoshu_step: plan mode prints "+ …" and runs nothing; run mode prints "==> …", runs it and
// returns its status. hoshu_end_of_plan ends a plan and nothing else.
void TestCatalog::preludeStepPlansOrRuns_data()
{
    QTest::addColumn<QString>("shell");
    QTest::addColumn<bool>("plan");
    for (const char *shell : {"dash", "bash"}) {
        QTest::addRow("%s plan", shell) << QString::fromLatin1(shell) << true;
        QTest::addRow("%s run", shell) << QString::fromLatin1(shell) << false;
    }
}

void TestCatalog::preludeStepPlansOrRuns()
{
    QFETCH(QString, shell);
    QFETCH(bool, plan);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString marker = dir.filePath(QStringLiteral("it ran"));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("MARKER"), marker);
    const Run r = runPrelude(shell, "en", plan ? "1" : "0",
                             "hoshu_step touch \"$MARKER\"\n"
                             "hoshu_step false || echo \"false returned $?\"\n"
                             "hoshu_end_of_plan\n"
                             "echo verify\n",
                             env);
    QCOMPARE(r.exitCode, 0);
    const QByteArray quoted = "'" + marker.toUtf8() + "'";
    if (plan) {
        QCOMPARE(r.out, "+ touch " + quoted + "\n+ false\n");
        QVERIFY(!QFile::exists(marker));
    } else {
        QCOMPARE(r.out, "==> touch " + quoted + "\n==> false\nfalse returned 1\nverify\n");
        QVERIFY(QFile::exists(marker));
    }
}

// A plan line is one line, and a shell reads it back as the very words (bash: $'…').
void TestCatalog::planLinesQuoteOddWords_data()
{
    QTest::addColumn<QString>("shell");
    QTest::addColumn<QStringList>("words");
    QTest::addColumn<QString>("line");
    const QStringList odd{QStringLiteral("it's"), QString(), QStringLiteral("two words"), QStringLiteral("$(id)"),
                          QStringLiteral("a\nb\tc"), QStringLiteral("back\\slash'"), QStringLiteral("*"),
                          QStringLiteral("サーバ"), QStringLiteral("-n"), QStringLiteral("''"),
                          QStringLiteral("\x1b[31mred")};
    for (const char *shell : {"dash", "bash"}) {
        QTest::addRow("%s plain", shell) << QString::fromLatin1(shell)
                                          << QStringList{QStringLiteral("systemctl"), QStringLiteral("restart"),
                                                         QStringLiteral("mastodon-streaming@4000.service")}
                                          << QStringLiteral("systemctl restart mastodon-streaming@4000.service");
        QTest::addRow("%s odd", shell) << QString::fromLatin1(shell) << (QStringList{QStringLiteral("echo")} + odd)
                                        << QStringLiteral("echo 'it'\\''s' '' 'two words' '$(id)' $'a\\012b\\011c' "
                                                          "'back\\slash'\\''' '*' 'サーバ' -n ''\\'''\\''' $'\\033[31mred'");
    }
}

void TestCatalog::planLinesQuoteOddWords()
{
    QFETCH(QString, shell);
    QFETCH(QStringList, words);
    QFETCH(QString, line);
    QByteArray call = "hoshu_step";
    for (const QString &w : words)
        call += ' ' + ShellQuote::quote(w.toUtf8());
    const Run r = runPrelude(shell, "en", "1", call + '\n');
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(QString::fromUtf8(r.out), QStringLiteral("+ ") + line + QLatin1Char('\n'));
    // Read back by a shell that knows $'…' (bash, zsh, POSIX.1-2024).
    const Run back = runShell(QStringLiteral("bash"),
                              {QStringLiteral("-c"), QStringLiteral("eval \"set -- $1\"; printf '%s\\0' \"$@\""),
                               QStringLiteral("bash"), line},
                              {});
    QCOMPARE(back.exitCode, 0);
    QStringList got = QString::fromUtf8(back.out).split(QChar(0));
    QCOMPARE(got.takeLast(), QString());
    QCOMPARE(got, words);
}

// Every action, every variant, in plan mode under a fake server (tests/fixtures/catalog-plan):
// nothing that changes a server is called, and the steps are printed, not run.
void TestCatalog::planModeChangesNothing_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("deployment");
    for (const Action &a : m_catalog.actions()) {
        for (auto it = a.variants.constBegin(); it != a.variants.constEnd(); ++it)
            QTest::addRow("%s %s", qPrintable(a.id), qPrintable(it.key())) << a.id << it.key();
    }
}

Run TestCatalog::runWithFakeServer(const Action &action, const QString &deployment, const QString &dir, bool plan)
{
    if (!m_fakeBin.isValid())
        return {-4, QByteArray(), "no directory for the fake commands"};
    if (!QFile::exists(m_fakeBin.filePath(QStringLiteral("bin")))) {
        const Run made = runShell(QStringLiteral("sh"),
                                  {fixtures() + QStringLiteral("/catalog-plan/make-fake-bin.sh"), m_fakeBin.path()}, {});
        QFile lib(m_fakeBin.filePath(QStringLiteral("lib.sh")));
        if (made.exitCode != 0 || !lib.open(QIODevice::WriteOnly) || lib.write(ActionExpander::prelude()) < 0)
            return {-4, QByteArray(), "make-fake-bin.sh: " + made.err};
    }
    if (!QFile::exists(dir + QStringLiteral("/systemd"))) {
        QDir(dir).mkpath(QStringLiteral("tmp"));
        QDir(dir).mkpath(QStringLiteral("docker"));
        writeFakeState(dir + QStringLiteral("/systemd"));
        for (const auto &[name, content] : {std::pair{"services", "db\nredis\nweb\nstreaming\nsidekiq\n"},
                                            std::pair{"running", "db\nredis\nweb\n"}}) {
            QFile f(dir + QStringLiteral("/docker/") + QLatin1String(name));
            if (!f.open(QIODevice::WriteOnly) || f.write(content) < 0)
                return {-4, QByteArray(), "cannot write the fake docker state: " + f.errorString().toUtf8()};
        }
    }
    QString problem;
    const QMap<QString, QString> params = sampleParams(action, &problem);
    if (!problem.isEmpty())
        return {-3, QByteArray(), problem.toUtf8()};
    ActionExpander::Context c;
    c.deployment = deployment;
    c.rootMode = RootMode::AlreadyRoot;
    c.contextValues.insert(QStringLiteral("mastodon_dir"), dir + QStringLiteral("/docker"));
    QString error;
    const auto cmd = ActionExpander::expand(action, params, c, &error);
    if (!cmd)
        return {-3, QByteArray(), error.toUtf8()};
    QProcessEnvironment env;
    env.insert(QStringLiteral("PATH"), m_fakeBin.filePath(QStringLiteral("bin")));
    env.insert(QStringLiteral("HOME"), dir + QStringLiteral("/tmp"));
    env.insert(QStringLiteral("TMPDIR"), dir + QStringLiteral("/tmp"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("HOSHU_FAKE_DIR"), dir);
    env.insert(QStringLiteral("HOSHU_FAKE_LIB"), m_fakeBin.filePath(QStringLiteral("lib.sh")));
    env.insert(QStringLiteral("HOSHU_FAKE_REAL"), m_fakeBin.filePath(QStringLiteral("real")));
    env.insert(QStringLiteral("HOSHU_FAKE_LOG"), dir + QStringLiteral("/calls"));
    env.insert(QStringLiteral("HOSHU_FAKE_FIXTURES"), fixtures());
    env.insert(QStringLiteral("HOSHU_FAKE_REAL_PATH"), QProcessEnvironment::systemEnvironment().value(QStringLiteral("PATH")));
    return runShell(QStandardPaths::findExecutable(QStringLiteral("dash")), {QStringLiteral("-s")},
                    plan ? cmd->planScript : cmd->script, env);
}

void TestCatalog::planModeChangesNothing()
{
    QFETCH(QString, id);
    QFETCH(QString, deployment);
    const Action *a = m_catalog.find(id);
    QVERIFY(a);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const Run r = runWithFakeServer(*a, deployment, dir.path(), true);
    QVERIFY2(r.exitCode >= 0, r.err.constData());
    QFile log(dir.filePath(QStringLiteral("calls")));
    QStringList calls;
    if (log.open(QIODevice::ReadOnly))
        calls = QString::fromUtf8(log.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    const QString context = QStringLiteral("exit %1\nstdout:\n%2\nstderr:\n%3\ncalls:\n%4")
                                .arg(r.exitCode)
                                .arg(QString::fromUtf8(r.out.left(3000)), QString::fromUtf8(r.err.left(3000)),
                                     calls.join(QLatin1Char('\n')));
    for (const QString &call : std::as_const(calls)) {
        for (const QRegularExpression &re : changingCalls())
            QVERIFY2(!re.match(call).hasMatch(),
                     qPrintable(QStringLiteral("plan mode ran a changing command: %1\n%2").arg(call, context)));
    }
    const QStringList steps = linesAfter(r.out, "+ ");
    for (const QString &step : steps)
        QVERIFY2(!calls.contains(step), qPrintable(QStringLiteral("plan mode ran its step: %1\n%2").arg(step, context)));
    QVERIFY2(linesAfter(r.out, "==> ").isEmpty(), qPrintable(QStringLiteral("a step ran in plan mode\n") + context));
}

// The plan of the restart names the units it will restart and restarts none; the run
// does what the plan said.
void TestCatalog::restartPlanWithFakeSystemd()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    writeFakeState(dir.path());
    const Run plan = runWithFakeSystemd(QStringLiteral("services.restart_mastodon"), dir.path(), true);
    QVERIFY2(plan.exitCode == 0, plan.err.constData());
    const QStringList steps{
        QStringLiteral("systemctl restart mastodon-web.service"),
        QStringLiteral("systemctl restart mastodon-sidekiq-2.service mastodon-sidekiq.service"),
        QStringLiteral("systemctl restart mastodon-streaming.service mastodon-streaming@4000.service "
                       "mastodon-streaming@4001.service")};
    QCOMPARE(linesAfter(plan.out, "+ "), steps);
    QVERIFY2(plan.out.contains("Skipping mastodon-sidekiq-old.service"), plan.out.constData());
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("log")))); // nothing restarted
    QVERIFY2(!plan.out.contains("settle") && plan.err.isEmpty(), plan.out.constData()); // no verify part

    const Run run = runWithFakeSystemd(QStringLiteral("services.restart_mastodon"), dir.path(), false);
    QCOMPARE(linesAfter(run.out, "==> "), steps);
    QVERIFY(QFile::exists(dir.filePath(QStringLiteral("log"))));
}

void TestCatalog::restartPlanWithFakeDockerCompose()
{
    const Action *a = m_catalog.find(QStringLiteral("services.restart_mastodon"));
    QVERIFY(a);
    const QStringList steps{QStringLiteral("docker compose restart web"),
                            QStringLiteral("docker compose up -d --no-deps sidekiq"),
                            QStringLiteral("docker compose up -d --no-deps streaming")};
    for (const char *lang : {"en", "ja"}) {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        UiLanguage::set(QLatin1String(lang));
        const Run plan = runWithFakeServer(*a, QStringLiteral("docker"), dir.path(), true);
        UiLanguage::set(QStringLiteral("en"));
        QVERIFY2(plan.exitCode == 0, plan.err.constData());
        QCOMPARE(linesAfter(plan.out, "+ "), steps);
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("docker/log"))));
        const QString note = qstrcmp(lang, "ja") == 0 ? QStringLiteral("sidekiq は動いていないので起動します。")
                                                      : QStringLiteral("sidekiq is not running: starting it.");
        QVERIFY2(QString::fromUtf8(plan.out).contains(note), plan.out.constData());
    }
}

// nginx -t only reads: a broken configuration fails the plan, so nothing is offered.
void TestCatalog::nginxPlanStopsAtABrokenConfiguration()
{
    const Action *a = m_catalog.find(QStringLiteral("nginx.test_and_reload"));
    QVERIFY(a);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const Run ok = runWithFakeServer(*a, QStringLiteral("systemd"), dir.path(), true);
    QVERIFY2(ok.exitCode == 0, ok.err.constData());
    const QString reload = QDir(QStringLiteral("/run/systemd/system")).exists() ? QStringLiteral("systemctl reload nginx.service")
                                                                                : QStringLiteral("nginx -s reload");
    QCOMPARE(linesAfter(ok.out, "+ "), QStringList{reload});

    // An nginx whose configuration test fails.
    QFile nginx(dir.filePath(QStringLiteral("nginx-error")));
    QVERIFY(nginx.open(QIODevice::WriteOnly));
    nginx.write("nginx: [emerg] unknown directive \"sever_name\"\n");
    nginx.close();
    const Run broken = runWithFakeServer(*a, QStringLiteral("systemd"), dir.path(), true);
    QCOMPARE(broken.exitCode, 1);
    QVERIFY(linesAfter(broken.out, "+ ").isEmpty());
    QVERIFY2(broken.err.contains("unknown directive") && broken.err.contains("nginx was NOT reloaded"), broken.err.constData());
}

// A changing action says what it changes (hoshu_step) and stops its plan before the
// verify part (hoshu_end_of_plan), in every variant; a string parameter takes no shell
// text and no option.
void TestCatalog::changingActionsPlanAndVerify()
{
    // lib.sh's hoshu_install_job changes the server through hoshu_step.
    static const QRegularExpression step(QStringLiteral("(^|[\\s;&|({])(hoshu_step|hoshu_install_job)\\s"),
                                         QRegularExpression::MultilineOption);
    static const QRegularExpression end(QStringLiteral("(^|[\\s;&|({])hoshu_end_of_plan\\s*($|[;&|)}])"),
                                        QRegularExpression::MultilineOption);
    for (const Action &a : m_catalog.actions()) {
        if (a.risk == Risk::ReadOnly)
            continue;
        for (auto it = a.variants.constBegin(); it != a.variants.constEnd(); ++it) {
            QString code;
            for (const QString &line : it.value().script.split(QLatin1Char('\n')))
                code += line.section(QLatin1Char('#'), 0, 0) + QLatin1Char('\n'); // comments say nothing
            const QString where = a.id + QLatin1Char(' ') + it.key();
            QVERIFY2(step.match(code).hasMatch(), qPrintable(where + QStringLiteral(": a changing action without hoshu_step")));
            QVERIFY2(end.match(code).hasMatch(), qPrintable(where + QStringLiteral(": no hoshu_end_of_plan before the verify part")));
        }
    }
}

void TestCatalog::stringParametersRefuseShellText()
{
    const QStringList hostile{QStringLiteral("a;reboot"), QStringLiteral("$(reboot)"), QStringLiteral("`reboot`"),
                              QStringLiteral("a\nreboot"), QStringLiteral("a'b"), QStringLiteral("a\"b"),
                              QStringLiteral("a|b"), QStringLiteral("a&b"), QStringLiteral("a>b"),
                              QStringLiteral("a\\b"), QStringLiteral("--help"), QStringLiteral("-rf"),
                              QStringLiteral("a\x1b" "[2Jb"), QStringLiteral(" a"), QString::fromUtf8("a\xc2\xa0" "b")};
    int checked = 0;
    for (const Action &a : m_catalog.actions()) {
        for (const ActionParameter &p : a.parameters) {
            if (p.type != ActionParameter::Type::String)
                continue;
            for (auto it = a.variants.constBegin(); it != a.variants.constEnd(); ++it) {
                ActionExpander::Context c;
                c.deployment = it.key();
                // The other parameters valid (the first sample their pattern takes), so the
                // refusal is this parameter's.
                QMap<QString, QString> others;
                for (const ActionParameter &q : a.parameters) {
                    if (q.name == p.name || !q.defaultValue.isEmpty())
                        continue;
                    for (const QString &sample : {QStringLiteral("alice"), QStringLiteral("1"), QStringLiteral("/tmp/x.sql"),
                                                  QStringLiteral("/tmp/mastodon-bundle-a.tar")}) {
                        if (QRegularExpression(q.regex).match(sample).hasMatch()) {
                            others.insert(q.name, sample);
                            break;
                        }
                    }
                }
                for (const QString &value : hostile) {
                    QString error;
                    QMap<QString, QString> params = others;
                    params.insert(p.name, value);
                    const auto cmd = ActionExpander::expand(a, params, c, &error);
                    QVERIFY2(!cmd, qPrintable(QStringLiteral("%1 %2: %3 accepts %4 (regex %5)")
                                                  .arg(a.id, it.key(), p.name, value, p.regex)));
                    QVERIFY2(error.contains(p.title()) || error.contains(p.name), qPrintable(error));
                    ++checked;
                }
            }
        }
    }
    QVERIFY(checked > 0);
}

QTEST_GUILESS_MAIN(TestCatalog)
#include "test_catalog.moc"
