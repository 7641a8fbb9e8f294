// Every parser over real captured outputs (tests/fixtures/probes/sections/<source>/<section>[--variant].txt):
// what it read must equal the .expected file beside it. See the fixtures' README for the sources.
#include "ProbeSummary.h"

#include "probes/ProbeScript.h"
#include "probes/ProbeText.h"
#include "probes/SectionSplitter.h"
#include "probes/UpdatesParser.h"

#include <QDir>
#include <QProcess>
#include <QDirIterator>
#include <QFile>
#include <QTest>

#ifndef HOSHU_FIXTURES_DIR
#error HOSHU_FIXTURES_DIR must be defined by the build
#endif

namespace {
QString fixtures()
{
    return QStringLiteral(HOSHU_FIXTURES_DIR "/probes/sections");
}
QString readText(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll());
}
} // namespace

class TestProbeParsers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fixture_data();
    void fixture();
    void splitter();
    void splitterIgnoresForgedMarkers();
    void probeScriptIsEmbedded();
    void times();
    void sizes();
    void unchangedUpdatesNeverReadAsNone();
    void probeScriptsParseInDashAndBash();
    void probeScriptsPassShellcheck();
};

void TestProbeParsers::fixture_data()
{
    QTest::addColumn<QString>("path");
    int count = 0;
    QDirIterator it(fixtures(), {QStringLiteral("*.txt")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QTest::newRow(qPrintable(QDir(fixtures()).relativeFilePath(path))) << path;
        ++count;
    }
    QVERIFY2(count >= 40, "the probe fixtures are missing (tests/fixtures/probes/sections)");
}

void TestProbeParsers::fixture()
{
    QFETCH(QString, path);
    const QString base = QFileInfo(path).completeBaseName();
    const QString section = base.section(QStringLiteral("--"), 0, 0);
    const QString variant = base.contains(QStringLiteral("--")) ? QStringLiteral("--") + base.section(QStringLiteral("--"), 1) : QString();
    const QString dir = QFileInfo(path).absolutePath();
    QString dfText;
    if (section == QLatin1String("df-inodes")) {
        dfText = readText(dir + QStringLiteral("/df") + variant + QStringLiteral(".txt"));
        QVERIFY2(!dfText.isEmpty(), "df-inodes fixtures need the df fixture of the same run beside them");
    }
    const QString summary = ProbeSummary::summarize(section, readText(path), dfText);
    QVERIFY2(!summary.isEmpty(), qPrintable(QStringLiteral("no parser for section \"%1\"").arg(section)));
    const QString expectedPath = dir + QLatin1Char('/') + base + QStringLiteral(".expected");
    const QString expected = readText(expectedPath).trimmed();
    if (expected.isEmpty())
        QFAIL(qPrintable(QStringLiteral("missing %1; the parser read:\n%2").arg(expectedPath, summary)));
    QCOMPARE(summary.trimmed(), expected);
}

void TestProbeParsers::splitter()
{
    const QByteArray out = "banner line\n@@hoshu-N section a\nx=1\ny=2\n@@hoshu-N exit 0\n"
                           "@@hoshu-N section b\npartial\n";
    const auto s = SectionSplitter::split(out, QStringLiteral("N"));
    QCOMPARE(s.size(), 2);
    QCOMPARE(s.value(QStringLiteral("a")).text, QStringLiteral("x=1\ny=2"));
    QCOMPARE(s.value(QStringLiteral("a")).exitStatus, 0);
    QCOMPARE(s.value(QStringLiteral("b")).text, QStringLiteral("partial\n"));
    QCOMPARE(s.value(QStringLiteral("b")).exitStatus, -1); // cut short
}

void TestProbeParsers::splitterIgnoresForgedMarkers()
{
    // A file name printed in a listing cannot start a section: it does not know the nonce.
    const QByteArray out = "@@hoshu-REAL section backups\nfile 1 2 /x\n@@hoshu-FAKE section certs\nnotAfter=...\n"
                           "@@hoshu-REAL exit 0\n";
    const auto s = SectionSplitter::split(out, QStringLiteral("REAL"));
    QCOMPARE(s.keys(), QStringList{QStringLiteral("backups")});
    QVERIFY(s.value(QStringLiteral("backups")).text.contains(QStringLiteral("@@hoshu-FAKE")));
    QVERIFY(SectionSplitter::split(out, QString()).isEmpty());
}

void TestProbeParsers::probeScriptIsEmbedded()
{
    for (const QString &kind : {QStringLiteral("systemd"), QStringLiteral("docker")}) {
        const QByteArray script = ProbeScript::script(kind);
        QVERIFY2(script.contains("section probe s_probe"), qPrintable(kind));
        ProbeScript::Request r;
        r.deployment = kind;
        r.nonce = ProbeScript::newNonce();
        r.rootMode = RootMode::SudoNoPassword;
        // The parameters are set inside the script (stdin), never on a command line.
        const RemoteScript rs = ProbeScript::remoteScript(r);
        QVERIFY(rs.script.startsWith("set -- '" + r.nonce.toLatin1() + "' 'fast' '/home/mastodon/live' '' ''\n"));
        QVERIFY(rs.script.endsWith(script));
        QVERIFY(rs.elevation == RemoteScript::Elevation::SudoIfAvailable);
    }
    QVERIFY(ProbeScript::newNonce() != ProbeScript::newNonce());
}

void TestProbeParsers::times()
{
    QCOMPARE(ProbeText::systemdTime(QStringLiteral("Sun 2026-11-22 05:45:37 UTC"), 9 * 3600).toString(Qt::ISODate),
             QStringLiteral("2026-11-22T05:45:37Z"));
    QCOMPARE(ProbeText::systemdTime(QStringLiteral("Sun 2026-11-22 14:45:37 JST"), 9 * 3600).toString(Qt::ISODate),
             QStringLiteral("2026-11-22T05:45:37Z"));
    QCOMPARE(ProbeText::systemdTime(QStringLiteral("@1795326379"), 0).toSecsSinceEpoch(), 1795326379);
    QVERIFY(!ProbeText::systemdTime(QStringLiteral("n/a"), 0).isValid());
    QVERIFY(!ProbeText::systemdTime(QString(), 0).isValid());
    QCOMPARE(ProbeText::opensslTime(QStringLiteral("Jan  1 00:00:00 2027 GMT")).toString(Qt::ISODate),
             QStringLiteral("2027-01-01T00:00:00Z"));
    QVERIFY(!ProbeText::opensslTime(QStringLiteral("Foo 32 00:00:00 2027 GMT")).isValid());
    QCOMPARE(ProbeText::epoch(QStringLiteral("1795326306225")).toSecsSinceEpoch(), 1795326306); // milliseconds
}

void TestProbeParsers::sizes()
{
    QCOMPARE(ProbeText::humanSize(QStringLiteral("16.0M")), 16LL * 1024 * 1024);
    QCOMPARE(ProbeText::humanSize(QStringLiteral("0B")), 0LL);
    QCOMPARE(ProbeText::humanSize(QStringLiteral("1.5G")), 1536LL * 1024 * 1024);
    QCOMPARE(ProbeText::humanSize(QStringLiteral("12x")), -1LL);
}

QTEST_GUILESS_MAIN(TestProbeParsers)
// When apt's state is unchanged the probe skips the simulation; that answer
// must not read as "nothing pending" unless the caller restores the last list.
void TestProbeParsers::unchangedUpdatesNeverReadAsNone()
{
    const PendingUpdates skipped = UpdatesParser::parse(QStringLiteral("manager=apt\nkey=1700000000-1700000001-1700000002-\nunchanged=1\n"));
    QVERIFY(skipped.unchanged);
    QVERIFY(!skipped.status.ok);
    QCOMPARE(skipped.key, QStringLiteral("1700000000-1700000001-1700000002-"));
    QVERIFY(skipped.packages.isEmpty());

    const PendingUpdates full = UpdatesParser::parse(QStringLiteral(
        "manager=apt\nkey=1-2-3-\nstatus=0\ninst sudo 1.9.13p3-1+deb12u2 Debian-Security:12/stable-security [amd64]\n"));
    QVERIFY(full.status.ok);
    QVERIFY(!full.unchanged);
    QCOMPARE(full.key, QStringLiteral("1-2-3-"));
    QCOMPARE(full.packages.size(), 1);
    QVERIFY(full.packages.first().security);
}

// The docker probe never runs against a real engine here (there is none), so at
// least both scripts must be valid for the shells servers use as /bin/sh.
void TestProbeParsers::probeScriptsParseInDashAndBash()
{
    for (const QString &deployment : {QStringLiteral("systemd"), QStringLiteral("docker")}) {
        const QByteArray script = ProbeScript::script(deployment);
        QVERIFY2(!script.isEmpty(), qPrintable(deployment));
        for (const QString &shell : {QStringLiteral("/bin/dash"), QStringLiteral("/bin/bash")}) {
            QVERIFY2(QFile::exists(shell), qPrintable(shell + QStringLiteral(" is needed (apt-get install dash bash)")));
            QProcess sh;
            sh.start(shell, {QStringLiteral("-n")});
            QVERIFY(sh.waitForStarted());
            sh.write(script);
            sh.closeWriteChannel();
            QVERIFY(sh.waitForFinished(10000));
            QVERIFY2(sh.exitCode() == 0, qPrintable(deployment + QLatin1Char(' ') + shell + QLatin1String(": ")
                                                    + QString::fromUtf8(sh.readAllStandardError())));
        }
    }
}

// What runs on the server passes ShellCheck as POSIX sh (the functions are called
// through section(), which ShellCheck cannot follow: SC2317 is not an error here).
void TestProbeParsers::probeScriptsPassShellcheck()
{
    for (const QString &deployment : {QStringLiteral("systemd"), QStringLiteral("docker")}) {
        QProcess sc;
        sc.start(QStringLiteral("shellcheck"), {QStringLiteral("-s"), QStringLiteral("sh"), QStringLiteral("-e"),
                                                QStringLiteral("SC2317"), QStringLiteral("-")});
        QVERIFY2(sc.waitForStarted(), "shellcheck is needed (apt-get install shellcheck)");
        sc.write(ProbeScript::script(deployment));
        sc.closeWriteChannel();
        QVERIFY(sc.waitForFinished(60000));
        QVERIFY2(sc.exitCode() == 0, qPrintable(deployment + QLatin1Char('\n') + QString::fromUtf8(sc.readAllStandardOutput())));
    }
}

#include "test_probe_parsers.moc"
