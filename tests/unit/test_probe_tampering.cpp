// Probe output that says one thing twice has been tampered with: a section printed
// twice, or a key, counter or block repeated inside a section where one copy would
// silently override the other. Either way that part is unknown, with a translated
// reason, never the first or the last copy taken as true. Values the probe printed
// escaped (\ooo) come back as they were on the server.
#include "checks/Checker.h"
#include "probes/ComposePsParser.h"

#include "ProbeOutputEdit.h"

#include <QCoreApplication>
#include <QTest>
#include <QTranslator>

#include <functional>

using Edit = std::function<QString(const QString &)>;
Q_DECLARE_METATYPE(Edit)

namespace {
// Marks every string that went through tr(), whatever its context.
class MarkingTranslator : public QTranslator
{
public:
    static QString mark() { return QStringLiteral("\u2039tr\u203a"); }
    QString translate(const char *, const char *sourceText, const char *, int) const override
    {
        return mark() + QString::fromUtf8(sourceText);
    }
    bool isEmpty() const override { return false; }
};

Snapshot build(const QString &text)
{
    return ProbeOutputEdit::build(text);
}

const ParseStatus *statusOf(const Snapshot &s, const QString &section)
{
    static const QMap<QString, std::function<const ParseStatus *(const Snapshot &)>> map = {
        {QStringLiteral("probe"), [](const Snapshot &x) { return &x.probe.status; }},
        {QStringLiteral("os-release"), [](const Snapshot &x) { return &x.os.status; }},
        {QStringLiteral("loadavg"), [](const Snapshot &x) { return &x.load.status; }},
        {QStringLiteral("meminfo"), [](const Snapshot &x) { return &x.memory.status; }},
        {QStringLiteral("df"), [](const Snapshot &x) { return &x.disks.status; }},
        {QStringLiteral("df-inodes"), [](const Snapshot &x) { return &x.inodesStatus; }},
        {QStringLiteral("units"), [](const Snapshot &x) { return &x.units.status; }},
        {QStringLiteral("timers"), [](const Snapshot &x) { return &x.timers.status; }},
        {QStringLiteral("env"), [](const Snapshot &x) { return &x.env.status; }},
        {QStringLiteral("certs"), [](const Snapshot &x) { return &x.certs.status; }},
        {QStringLiteral("served-certs"), [](const Snapshot &x) { return &x.servedCerts.status; }},
        {QStringLiteral("sidekiq"), [](const Snapshot &x) { return &x.sidekiq.status; }},
        {QStringLiteral("journal"), [](const Snapshot &x) { return &x.journal.status; }},
        {QStringLiteral("reboot"), [](const Snapshot &x) { return &x.reboot.status; }},
        {QStringLiteral("updates"), [](const Snapshot &x) { return &x.updates.status; }},
        {QStringLiteral("mastodon-version"), [](const Snapshot &x) { return &x.version.status; }},
        {QStringLiteral("software-updates"), [](const Snapshot &x) { return &x.softwareUpdates.status; }},
        {QStringLiteral("ca-certificates"), [](const Snapshot &x) { return &x.caCertificates.status; }},
        {QStringLiteral("smtp"), [](const Snapshot &x) { return &x.smtp.status; }},
        {QStringLiteral("detect"), [](const Snapshot &x) { return &x.detection.status; }},
        {QStringLiteral("du"), [](const Snapshot &x) { return &x.diskUsage.status; }},
        {QStringLiteral("dumps"), [](const Snapshot &x) { return &x.dumps.status; }},
        {QStringLiteral("backups"), [](const Snapshot &x) { return &x.backups.status; }},
    };
    const auto it = map.constFind(section);
    return it == map.constEnd() ? nullptr : (*it)(s);
}

Edit replaced(const QString &section, const QString &from, const QString &to)
{
    return [=](const QString &t) { return ProbeOutputEdit::replaceIn(t, section, from, to); };
}

// The line `line` of a section, with `extra` printed right after it.
Edit after(const QString &section, const QString &line, const QString &extra)
{
    return replaced(section, line, line + extra);
}

Edit append(const QString &section, const QString &lines)
{
    return [=](const QString &t) { return ProbeOutputEdit::appendTo(t, section, lines); };
}

void verifyTampered(const Snapshot &snap, const QString &section)
{
    const ParseStatus *st = statusOf(snap, section);
    QVERIFY2(st, qPrintable(section));
    QVERIFY2(!st->ok, qPrintable(section + QStringLiteral(" still reads as ok")));
    QVERIFY(st->collected);
    QVERIFY2(snap.parseErrors.contains(section), qPrintable(QStringList(snap.parseErrors.keys()).join(QLatin1Char(','))));
    const QString reason = snap.parseErrors.value(section);
    QVERIFY2(reason.startsWith(MarkingTranslator::mark()), qPrintable(QStringLiteral("untranslated reason: ") + reason));
    QVERIFY2(reason.contains(QLatin1String("twice")) || reason.contains(QLatin1String("more than once")), qPrintable(reason));
    for (const QChar c : reason)
        QVERIFY2(c.unicode() >= 0x20 && (c.unicode() < 0x7f || c.unicode() >= 0xa0), "a control character in the reason");
}
} // namespace

class TestProbeTampering : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void healthyIsNotTampered();
    void repeatedSection_data();
    void repeatedSection();
    void repeatedKey_data();
    void repeatedKey();
    void repeatedContainer();
    void escapedValuesDecode();

private:
    MarkingTranslator m_translator;
    QString m_healthy;
};

void TestProbeTampering::initTestCase()
{
    QCoreApplication::installTranslator(&m_translator);
    m_healthy = ProbeOutputEdit::healthy();
}

void TestProbeTampering::cleanupTestCase()
{
    QCoreApplication::removeTranslator(&m_translator);
}

void TestProbeTampering::healthyIsNotTampered()
{
    const Snapshot snap = build(m_healthy);
    QVERIFY2(snap.parseErrors.isEmpty(), qPrintable(QStringList(snap.parseErrors.keys()).join(QLatin1Char(','))));
}

void TestProbeTampering::repeatedSection_data()
{
    QTest::addColumn<QString>("section");
    QTest::addColumn<Edit>("forge"); // what the other copy says
    QTest::addColumn<bool>("forgedFirst");
    QTest::addColumn<QStringList>("findings"); // ids that must be unknown

    const Edit noDead = [](const QString &b) { return QString(b).replace(QStringLiteral("dead 1\n"), QStringLiteral("dead 0\n")); };
    for (bool first : {false, true}) {
        const char *order = first ? "forged copy first" : "forged copy last";
        QTest::addRow("sidekiq, %s", order) << QStringLiteral("sidekiq") << noDead << first
                                             << QStringList{QStringLiteral("sidekiq.dead_jobs"), QStringLiteral("sidekiq.queue_backlog")};
        QTest::addRow("backups, %s", order)
            << QStringLiteral("backups") << Edit([](const QString &b) { return b; }) << first
            << QStringList{QStringLiteral("backup.missing")};
        QTest::addRow("df, %s", order) << QStringLiteral("df")
                                        << Edit([](const QString &b) { return QString(b).replace(QStringLiteral("22%"), QStringLiteral("1%")); })
                                        << first << QStringList{QStringLiteral("disk.usage_high")};
        QTest::addRow("software-updates, %s", order) << QStringLiteral("software-updates")
                                                      << Edit([](const QString &b) { return b; }) << first << QStringList();
    }
}

void TestProbeTampering::repeatedSection()
{
    QFETCH(QString, section);
    QFETCH(Edit, forge);
    QFETCH(bool, forgedFirst);
    QFETCH(QStringList, findings);
    QString text = m_healthy;
    if (forgedFirst) {
        const auto [start, end] = ProbeOutputEdit::sectionRange(text, section);
        const QString real = text.mid(start, end - start);
        text = ProbeOutputEdit::withSection(text, section, forge);
        text = ProbeOutputEdit::repeatSection(text, section, [&](const QString &) { return real; });
    } else {
        text = ProbeOutputEdit::repeatSection(text, section, forge);
    }
    const Snapshot snap = build(text);
    verifyTampered(snap, section);
    const QList<Finding> all = Checker::evaluate(snap);
    for (const QString &id : findings) {
        bool seen = false;
        for (const Finding &f : all) {
            if (f.id != id)
                continue;
            seen = true;
            QCOMPARE(f.severity, Severity::Unknown);
            QVERIFY(f.evidence.value(QStringLiteral("reason")).toString().startsWith(MarkingTranslator::mark()));
        }
        QVERIFY2(seen, qPrintable(id));
    }
}

void TestProbeTampering::repeatedKey_data()
{
    QTest::addColumn<QString>("section");
    QTest::addColumn<Edit>("edit");
    const auto row = [](const char *name, const QString &section, const Edit &e) { QTest::newRow(name) << section << e; };
    const QString sk = QStringLiteral("sidekiq");
    row("probe: now twice", QStringLiteral("probe"), after(QStringLiteral("probe"), QStringLiteral("now=1795328900\n"), QStringLiteral("now=1\n")));
    row("os-release: ID twice", QStringLiteral("os-release"),
        after(QStringLiteral("os-release"), QStringLiteral("ID=debian\n"), QStringLiteral("ID=ubuntu\n")));
    row("loadavg: cpus twice", QStringLiteral("loadavg"), after(QStringLiteral("loadavg"), QStringLiteral("cpus=2\n"), QStringLiteral("cpus=64\n")));
    row("meminfo: MemAvailable twice", QStringLiteral("meminfo"),
        after(QStringLiteral("meminfo"), QStringLiteral("MemAvailable:   23850916 kB\n"), QStringLiteral("MemAvailable:   24683656 kB\n")));
    row("df: / twice", QStringLiteral("df"),
        append(QStringLiteral("df"), QStringLiteral("overlay        overlay 270553174016 1 270553174015      1% /\n")));
    row("df-inodes: / twice", QStringLiteral("df-inodes"),
        append(QStringLiteral("df-inodes"), QStringLiteral("overlay        overlay 16777216 1 16777215    1% /\n")));
    row("units: ActiveState twice in a block", QStringLiteral("units"),
        after(QStringLiteral("units"), QStringLiteral("Id=mastodon-sidekiq.service\n"), QStringLiteral("ActiveState=active\n")));
    row("units: a unit twice", QStringLiteral("units"),
        append(QStringLiteral("units"), QStringLiteral("\nId=mastodon-sidekiq.service\nLoadState=loaded\nActiveState=failed\nSubState=failed\n")));
    row("timers: NextElapse twice", QStringLiteral("timers"),
        after(QStringLiteral("timers"), QStringLiteral("Id=certbot.timer\n"), QStringLiteral("NextElapseUSecRealtime=Sun 2026-11-22 17:31:13 UTC\n")));
    row("env: LOCAL_DOMAIN twice", QStringLiteral("env"),
        after(QStringLiteral("env"), QStringLiteral("LOCAL_DOMAIN=pr1.test\n"), QStringLiteral("LOCAL_DOMAIN=evil.test\n")));
    row("certs: notAfter twice", QStringLiteral("certs"),
        after(QStringLiteral("certs"), QStringLiteral("dns=DNS:pr1.test\n"), QStringLiteral("notAfter=Jan 21 06:28:07 2099 GMT\n")));
    row("certs: a lineage twice", QStringLiteral("certs"),
        append(QStringLiteral("certs"), QStringLiteral("cert pr1.test\npath=/etc/letsencrypt/live/pr1.test/cert.pem\n")));
    row("served-certs: notAfter twice", QStringLiteral("served-certs"),
        after(QStringLiteral("served-certs"), QStringLiteral("notAfter=Jan 21 06:28:07 2027 GMT\n"), QStringLiteral("notAfter=Jan 21 06:28:07 2099 GMT\n")));
    // The newest dump's reading and the drill records: a forged second one is tampering.
    row("backups: check twice", QStringLiteral("backups"),
        append(QStringLiteral("backups"), QStringLiteral("check ok /var/backups/mastodon/mastodon_production-20261121.dump\n"
                                                         "check bad /var/backups/mastodon/mastodon_production-20261121.dump\n")));
    row("backups: drill passed twice", QStringLiteral("backups"),
        append(QStringLiteral("backups"),
               QStringLiteral("drill passed 1796290248 hoshu-drill: result=pass accounts=23/23 statuses=68/66 "
                              "media_attachments=27/27 users=5/5 reason=ok source=/var/backups/mastodon/a.dump\n"
                              "drill passed 1796290249 hoshu-drill: result=pass accounts=1/1 statuses=1/1 "
                              "media_attachments=1/1 users=1/1 reason=ok source=/var/backups/mastodon/a.dump\n")));
    row("sidekiq: ping twice", sk, after(sk, QStringLiteral("ping=PONG\n"), QStringLiteral("ping=PONG\n")));
    row("sidekiq: now twice", sk, after(sk, QStringLiteral("now=1795328900\n"), QStringLiteral("now=1795328000\n")));
    row("sidekiq: retry twice", sk, after(sk, QStringLiteral("retry 4\n"), QStringLiteral("retry 0\n")));
    row("sidekiq: dead twice", sk, after(sk, QStringLiteral("dead 1\n"), QStringLiteral("dead 0\n")));
    row("sidekiq: scheduled twice", sk, after(sk, QStringLiteral("scheduled 1\n"), QStringLiteral("scheduled 0\n")));
    row("sidekiq: a queue twice", sk, after(sk, QStringLiteral("queue push 5 1795328860.8298144\n"), QStringLiteral("queue push 0 -\n")));
    row("sidekiq: beat twice", sk, after(sk, QStringLiteral("beat 1795328897.667\n"), QStringLiteral("beat 1795328899.1\n")));
    row("sidekiq: info twice", sk, append(sk, QStringLiteral("info {\"hostname\": \"pr1\", \"concurrency\": 1, \"queues\": [\"default\"]}\n")));
    row("sidekiq: a process twice", sk,
        append(sk, QStringLiteral("process pr1:111:70056c2a315b\ninfo {\"hostname\": \"pr1\", \"concurrency\": 1, \"queues\": [\"scheduler\"]}\n")));
    row("journal: twice", QStringLiteral("journal"),
        append(QStringLiteral("journal"), QStringLiteral("Archived and active journals take up 1.0M in the file system.\n")));
    row("reboot: twice", QStringLiteral("reboot"),
        replaced(QStringLiteral("reboot"), QStringLiteral("reboot_required=no\n"), QStringLiteral("reboot_required=yes\nreboot_required=no\n")));
    row("updates: status twice", QStringLiteral("updates"),
        replaced(QStringLiteral("updates"), QStringLiteral("status=0\n"), QStringLiteral("status=100\nstatus=0\n")));
    row("updates: manager twice", QStringLiteral("updates"),
        after(QStringLiteral("updates"), QStringLiteral("manager=apt\n"), QStringLiteral("manager=apt\n")));
    row("software-updates: state twice", QStringLiteral("software-updates"),
        replaced(QStringLiteral("software-updates"), QStringLiteral("state=ok\n"), QStringLiteral("state=error\nstate=ok\n")));
    row("mastodon-version: source twice", QStringLiteral("mastodon-version"),
        after(QStringLiteral("mastodon-version"), QStringLiteral("source=version.rb\n"), QStringLiteral("source=version.rb\n")));
    row("ca-certificates: version twice", QStringLiteral("ca-certificates"),
        after(QStringLiteral("ca-certificates"), QStringLiteral("version=20250419~deb12u2\n"), QStringLiteral("version=20990101\n")));
    row("detect: systemd twice", QStringLiteral("detect"),
        replaced(QStringLiteral("detect"), QStringLiteral("systemd=yes\n"), QStringLiteral("systemd=no\nsystemd=yes\n")));
    row("du: a path twice", QStringLiteral("du"),
        after(QStringLiteral("du"), QStringLiteral("16789504\t/var/lib/postgresql/15/main/pg_wal\n"),
              QStringLiteral("1\t/var/lib/postgresql/15/main/pg_wal\n")));
    row("du: ruby_current twice", QStringLiteral("du"),
        after(QStringLiteral("du"), QStringLiteral("ruby_current 3.3.5\n"), QStringLiteral("ruby_current 3.2.2\n")));
    row("backups: searched twice", QStringLiteral("backups"), append(QStringLiteral("backups"), QStringLiteral("searched /nowhere\n")));
    row("backups: a directory twice", QStringLiteral("backups"),
        append(QStringLiteral("backups"), QStringLiteral("dir /var/backups/mastodon\n")));
    row("backups: a file twice", QStringLiteral("backups"),
        append(QStringLiteral("backups"),
               QStringLiteral("file 24349 1795328800.0000000000 /var/backups/mastodon/mastodon_production-20261121.dump\n")));
    row("dumps: a file with a newline in its name twice", QStringLiteral("dumps"),
        append(QStringLiteral("dumps"), QStringLiteral("file 10 1795328800.0 /tmp/a\\012b.sql\nfile 20 1795328800.0 /tmp/a\\012b.sql\n")));
    row("dumps: a file twice", QStringLiteral("dumps"),
        append(QStringLiteral("dumps"), QStringLiteral("file 10 1795328800.0 /root/x.sql\nfile 20 1795328800.0 /root/x.sql\n")));
    // The healthy capture predates the smtp section: a refused connect, then a forged success.
    const auto smtp = [](const QString &lines) {
        return Edit([=](const QString &t) {
            return ProbeOutputEdit::insertSection(t, QStringLiteral("smtp"),
                                                  QStringLiteral("state=checked\nserver 127.0.0.1\nport 2599\nmode auto\n") + lines,
                                                  QStringLiteral("detect"));
        });
    };
    row("smtp: connect twice", QStringLiteral("smtp"), smtp(QStringLiteral("connect fail Connection refused\nconnect ok\ntls ok\n")));
    row("smtp: tls twice", QStringLiteral("smtp"), smtp(QStringLiteral("connect ok\ntls fail wrong version number\ntls ok\n")));
    row("smtp: state twice", QStringLiteral("smtp"), smtp(QStringLiteral("state=not-configured\n")));
}

void TestProbeTampering::repeatedKey()
{
    QFETCH(QString, section);
    QFETCH(Edit, edit);
    verifyTampered(build(edit(m_healthy)), section);
}

// docker compose lists each container once (a scaled service has several, each its own name).
void TestProbeTampering::repeatedContainer()
{
    const QString one = QStringLiteral("{\"Service\":\"web\",\"Name\":\"live-web-1\",\"State\":\"running\"}\n");
    const QString other = QStringLiteral("{\"Service\":\"web\",\"Name\":\"live-web-2\",\"State\":\"running\"}\n");
    QVERIFY(ComposePsParser::parse(one + other).status.ok);
    const ComposeServices twice = ComposePsParser::parse(
        one + QStringLiteral("{\"Service\":\"web\",\"Name\":\"live-web-1\",\"State\":\"exited\"}\n"));
    QVERIFY(!twice.status.ok);
    QVERIFY(twice.status.reason.startsWith(MarkingTranslator::mark()));
}

// What lib.sh's esc prints (backslash and control characters as \ooo) reads back exactly.
void TestProbeTampering::escapedValuesDecode()
{
    QString text = ProbeOutputEdit::replaceIn(m_healthy, QStringLiteral("probe"), QStringLiteral("mastodon_dir=/home/mastodon/live\n"),
                                              QStringLiteral("mastodon_dir=/srv/a\\012b\\134c\n"));
    text = ProbeOutputEdit::appendTo(text, QStringLiteral("backups"),
                                     QStringLiteral("file 5 1795328800.0 /var/backups/mastodon/x\\012file 9 1 \\033[31m.dump\n"));
    text = ProbeOutputEdit::appendTo(text, QStringLiteral("dumps"), QStringLiteral("file 7 1795328800.0 /tmp/caf\\303\\251\\302\\233.sql\n"));
    text = ProbeOutputEdit::appendTo(text, QStringLiteral("du"), QStringLiteral("4096\t/srv/a\\012b\\134c/public/system\n"));
    text = ProbeOutputEdit::appendTo(text, QStringLiteral("detect"), QStringLiteral("dir /srv/my\\040live\\012x env code\n"));
    text = ProbeOutputEdit::replaceIn(text, QStringLiteral("env"), QStringLiteral("LOCAL_DOMAIN=pr1.test\n"),
                                      QStringLiteral("LOCAL_DOMAIN=pr1\\033.test\n"));
    const Snapshot snap = build(text);
    QVERIFY2(snap.parseErrors.isEmpty(), qPrintable(QStringList(snap.parseErrors.keys()).join(QLatin1Char(','))));
    QCOMPARE(snap.probe.mastodonDir, QStringLiteral("/srv/a\nb\\c"));
    QCOMPARE(snap.backups.files.constLast().path, QStringLiteral("/var/backups/mastodon/x\nfile 9 1 \x1b[31m.dump"));
    QCOMPARE(snap.backups.files.constLast().sizeBytes, 5);
    QCOMPARE(snap.dumps.files.size(), 1);
    QCOMPARE(snap.dumps.files.constFirst().path, QStringLiteral("/tmp/caf\u00e9\u009b.sql"));
    QCOMPARE(snap.diskUsage.bytesByPath.value(QStringLiteral("/srv/a\nb\\c/public/system")), 4096);
    QCOMPARE(snap.detection.dirs.constLast().dir, QStringLiteral("/srv/my live\nx"));
    QVERIFY(snap.detection.dirs.constLast().hasCode);
    QCOMPARE(snap.env.values.value(QStringLiteral("LOCAL_DOMAIN")), QStringLiteral("pr1\x1b.test"));
    QVERIFY(snap.env.localDomain.isEmpty());
}

QTEST_GUILESS_MAIN(TestProbeTampering)
#include "test_probe_tampering.moc"
