// The audit log: what a run leaves on disk (the JSON line, its output file),
// and the reader that shows it again: newest first, bounded memory, damaged
// lines skipped and counted, lines of older versions still read.
#include "common/TerminalText.h"
#include "history/AuditExport.h"
#include "history/AuditLog.h"
#include "history/AuditLogReader.h"
#include "history/AuditOutputBuffer.h"
#include "history/AuditOutputStore.h"
#include "history/AuditText.h"
#include "session/OutputRedactor.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>

namespace {
AuditLog::Entry entry(const QString &server, const QString &action, const QDateTime &time)
{
    AuditLog::Entry e;
    e.time = time;
    e.serverId = server;
    e.serverName = server + QStringLiteral("-name");
    e.actionId = action;
    e.command = QStringLiteral("df -h");
    e.exitStatus = 0;
    e.outcome = AuditLog::Outcome::Succeeded;
    e.durationMs = 2300;
    return e;
}

void appendRaw(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Append));
    QCOMPARE(f.write(bytes), bytes.size());
}

QByteArray lineOf(const AuditLog::Entry &e)
{
    return QJsonDocument(AuditLog::toJson(e)).toJson(QJsonDocument::Compact) + '\n';
}
} // namespace

class TestAuditLog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.path() + QLatin1Char('/') + name + QStringLiteral("/audit.jsonl"); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QLocale::setDefault(QLocale::c());
    }

    void entryRecordsWhoWhereAndOutput()
    {
        const QString file = path(QStringLiteral("who"));
        AuditLog log(file, AuditLog::Source::Cli);
        AuditLog::Entry e = entry(QStringLiteral("s1"), QStringLiteral("system.memory"), QDateTime::currentDateTimeUtc());
        e.output = "Mem: 1G\n";
        e.outputBytes = e.output.size();
        QString error;
        QVERIFY2(log.append(e, &error), qPrintable(error));

        const AuditLogReader::Result read = AuditLogReader(file).read({});
        QCOMPARE(read.entries.size(), 1);
        QCOMPARE(read.damaged, 0);
        const AuditLog::Entry back = read.entries.constFirst();
        QVERIFY(!back.user.isEmpty());
        QCOMPARE(back.user, AuditLog::localUser());
        QCOMPARE(back.host, AuditLog::localHost());
        QCOMPARE(back.source, QStringLiteral("cli"));
        QCOMPARE(back.outcome, AuditLog::Outcome::Succeeded);
        QCOMPARE(back.outputBytes, qint64(8));
        QVERIFY(AuditOutputStore::isValidName(back.outputFile));
        const AuditOutputStore store(file);
        QCOMPARE(AuditExport::outputText(back, store), QStringLiteral("Mem: 1G\n"));

        // The output of admin commands is nobody else's business.
        QCOMPARE(QFileInfo(store.directory()).permissions() & 0x0077, QFileDevice::Permissions());
        const QFileInfo out(store.directory() + QLatin1Char('/') + back.outputFile);
        QCOMPARE(out.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup
                                      | QFileDevice::WriteOther),
                 QFileDevice::Permissions());
        QCOMPARE(QFileInfo(file).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                 QFileDevice::Permissions());
    }

    // The commands a person reads: the "==> " lines the run printed, escaped, kept with the entry.
    void stepsAreTakenFromTheOutput()
    {
        const QString file = path(QStringLiteral("steps"));
        AuditLog::Entry e = entry(QStringLiteral("s1"), QStringLiteral("services.start_mastodon"), QDateTime::currentDateTimeUtc());
        e.command = QStringLiteral("sh -s <<'HOSHU'\nset -u\n…70 lines…\nHOSHU");
        e.output = "Not running: mastodon-web.service\n==> systemctl start mastodon-web.service\r\n"
                   "mastodon-web.service active\n==> systemctl \x1b]52;c;aG9zaHU=\x07is-active x\n";
        QVERIFY(AuditLog(file).append(e));
        const AuditLog::Entry back = AuditLogReader(file).read({}).entries.value(0);
        QCOMPARE(back.steps, (QStringList{QStringLiteral("systemctl start mastodon-web.service"),
                                          TerminalText::escaped(QStringLiteral("systemctl \x1b]52;c;aG9zaHU=\x07is-active x"))}));
        QVERIFY(!back.steps.at(1).contains(QChar(0x1b)));
        QCOMPARE(AuditText::commandSummary(back),
                 QStringLiteral("systemctl start mastodon-web.service; ") + back.steps.at(1));
        // A run that printed no step (read-only): its command.
        AuditLog::Entry quiet = entry(QStringLiteral("s1"), QStringLiteral("system.memory"), QDateTime::currentDateTimeUtc());
        QCOMPARE(AuditText::commandSummary(quiet), quiet.command);
        // A forged log line with thousands of steps keeps at most kMaxSteps.
        QByteArray many;
        for (int i = 0; i < 100; ++i)
            many += "==> step " + QByteArray::number(i) + '\n';
        QCOMPARE(AuditLog::stepsOf(many).size(), AuditLog::kMaxSteps);
        QCOMPARE(AuditLog::stepsOf(QByteArray(2000, 'x').prepend("==> ")).constFirst().size(), 500);
    }

    void guiIsTheDefaultSource()
    {
        const QString file = path(QStringLiteral("gui"));
        QVERIFY(AuditLog(file).append(entry(QStringLiteral("s1"), QStringLiteral("a.b"), QDateTime::currentDateTimeUtc())));
        QCOMPARE(AuditLogReader(file).read({}).entries.value(0).source, QStringLiteral("gui"));
    }

    void everyOutcomeRoundTrips()
    {
        const QString file = path(QStringLiteral("outcomes"));
        AuditLog log(file);
        const QList<AuditLog::Outcome> outcomes {AuditLog::Outcome::Succeeded, AuditLog::Outcome::Failed,
                                                 AuditLog::Outcome::NotStarted, AuditLog::Outcome::Unknown};
        QDateTime t = QDateTime::currentDateTimeUtc();
        for (AuditLog::Outcome o : outcomes) {
            AuditLog::Entry e = entry(QStringLiteral("s1"), QStringLiteral("a.b"), t = t.addSecs(1));
            e.outcome = o;
            QVERIFY(log.append(e));
        }
        const AuditLogReader::Result read = AuditLogReader(file).read({});
        QCOMPARE(read.entries.size(), 4);
        for (int i = 0; i < 4; ++i)
            QCOMPARE(read.entries.at(i).outcome, outcomes.at(3 - i)); // newest first
    }

    // Files written before who/outcome/output were recorded read as entries.
    void olderEntriesStillRead()
    {
        const QString file = path(QStringLiteral("old"));
        QDir().mkpath(QFileInfo(file).absolutePath());
        appendRaw(file, R"({"action":"system.memory","command":"free -h","duration_ms":120,"exit_status":0,)"
                        R"("parameters":{},"server":"web1","server_id":"s1","time":"2026-11-01T10:00:00.000Z"})"
                        "\n"
                        R"({"action":"services.restart_mastodon","command":"systemctl restart","duration_ms":900,)"
                        R"("error":"Connection lost","exit_status":-1,"parameters":{"unit":"web"},"server":"web1",)"
                        R"("server_id":"s1","time":"2026-11-01T11:00:00.000Z"})"
                        "\n"
                        R"({"action":"nginx.test_and_reload","command":"nginx -t","duration_ms":50,"exit_status":1,)"
                        R"("parameters":{},"server":"web1","server_id":"s1","time":"2026-11-01T12:00:00.000Z"})"
                        "\n");
        const AuditLogReader::Result read = AuditLogReader(file).read({});
        QCOMPARE(read.damaged, 0);
        QCOMPARE(read.entries.size(), 3);
        QCOMPARE(read.entries.at(0).outcome, AuditLog::Outcome::Failed); // exit 1
        QCOMPARE(read.entries.at(1).outcome, AuditLog::Outcome::Failed); // an error
        QCOMPARE(read.entries.at(1).parameters.value(QStringLiteral("unit")), QStringLiteral("web"));
        QCOMPARE(read.entries.at(2).outcome, AuditLog::Outcome::Succeeded);
        QVERIFY(read.entries.at(2).user.isEmpty());
        QVERIFY(read.entries.at(2).outputFile.isEmpty());
        QCOMPARE(AuditText::who(read.entries.at(2)), QStringLiteral("(not recorded)"));
    }

    void damagedLinesAreSkippedAndCounted()
    {
        const QString file = path(QStringLiteral("damaged"));
        QDir().mkpath(QFileInfo(file).absolutePath());
        const QDateTime t0 = QDateTime::fromString(QStringLiteral("2026-11-01T10:00:00Z"), Qt::ISODate);
        appendRaw(file, lineOf(entry(QStringLiteral("s1"), QStringLiteral("a.one"), t0)));
        appendRaw(file, "this is not json\n");
        appendRaw(file, "[1,2,3]\n");                                        // JSON, not an entry
        appendRaw(file, R"({"action":"x","time":"yesterday"})" "\n");         // no valid time
        appendRaw(file, QByteArray("\x00\xff\xfe{\x1b[2J", 8) + '\n');        // binary junk
        appendRaw(file, "\n\n   \n");                                          // blank lines: not damage
        appendRaw(file, lineOf(entry(QStringLiteral("s1"), QStringLiteral("a.two"), t0.addSecs(60))));
        appendRaw(file, lineOf(entry(QStringLiteral("s1"), QStringLiteral("a.three"), t0.addSecs(120))).left(40)); // crash mid-line
        const AuditLogReader::Result read = AuditLogReader(file).read({});
        QCOMPARE(read.damaged, 5);
        QCOMPARE(read.entries.size(), 2);
        QCOMPARE(read.entries.at(0).actionId, QStringLiteral("a.two"));
        QCOMPARE(read.entries.at(1).actionId, QStringLiteral("a.one"));
    }

    // A line longer than the cap is skipped without being held in memory, however
    // long it is and across however many read blocks it spans.
    void overlongLineIsSkippedNotMaterialised()
    {
        const QString file = path(QStringLiteral("long"));
        QDir().mkpath(QFileInfo(file).absolutePath());
        const QDateTime t0 = QDateTime::currentDateTimeUtc();
        appendRaw(file, lineOf(entry(QStringLiteral("s1"), QStringLiteral("a.before"), t0)));
        appendRaw(file, "{\"action\":\"" + QByteArray(300 * 1024, 'x') + "\"}\n"); // ~5 blocks of 64 KiB
        appendRaw(file, lineOf(entry(QStringLiteral("s1"), QStringLiteral("a.after"), t0.addSecs(1))));
        appendRaw(file, QByteArray(200 * 1024, 'y')); // an unfinished last line, too long as well
        AuditLogReader::Options options;
        options.maxLineBytes = 16 * 1024;
        const AuditLogReader::Result read = AuditLogReader(file).read(options);
        QCOMPARE(read.damaged, 2);
        QCOMPARE(read.entries.size(), 2);
        QCOMPARE(read.entries.at(0).actionId, QStringLiteral("a.after"));
        QCOMPARE(read.entries.at(1).actionId, QStringLiteral("a.before"));
        // A line that claims 2 GB of output is just a number: nothing is read for it.
        AuditLog::Entry claim = entry(QStringLiteral("s1"), QStringLiteral("a.claim"), t0.addSecs(2));
        claim.outputBytes = qint64(2) * 1024 * 1024 * 1024;
        claim.outputFile = QStringLiteral("20261101T100000000Z-deadbeef.log"); // no such file
        appendRaw(file, "\n" + lineOf(claim));
        const AuditLogReader::Result again = AuditLogReader(file).read(options);
        QCOMPARE(again.entries.value(0).outputBytes, qint64(2) * 1024 * 1024 * 1024);
        bool pruned = false;
        QVERIFY(AuditExport::outputText(again.entries.value(0), AuditOutputStore(file), &pruned).isEmpty());
        QVERIFY(pruned);
    }

    void newestFirstFilteredAndLimited()
    {
        const QString file = path(QStringLiteral("many"));
        QDir().mkpath(QFileInfo(file).absolutePath());
        const QDateTime t0 = QDateTime::currentDateTimeUtc();
        QByteArray all;
        for (int i = 0; i < 3000; ++i)
            all += lineOf(entry(i % 3 == 0 ? QStringLiteral("s2") : QStringLiteral("s1"),
                                QStringLiteral("a.n%1").arg(i), t0.addSecs(i)));
        appendRaw(file, all);
        AuditLogReader::Options options;
        options.serverId = QStringLiteral("s2");
        options.limit = 10;
        const AuditLogReader::Result read = AuditLogReader(file).read(options);
        QCOMPARE(read.entries.size(), 10);
        QVERIFY(read.truncated);
        QCOMPARE(read.entries.at(0).actionId, QStringLiteral("a.n2997"));
        QCOMPARE(read.entries.at(9).actionId, QStringLiteral("a.n2970"));
        for (const AuditLog::Entry &e : read.entries)
            QCOMPARE(e.serverId, QStringLiteral("s2"));
        options.limit = 5000;
        const AuditLogReader::Result whole = AuditLogReader(file).read(options);
        QCOMPARE(whole.entries.size(), 1000);
        QVERIFY(!whole.truncated);
        // By name: a server removed since.
        AuditLogReader::Options byName;
        byName.serverName = QStringLiteral("s1-name");
        byName.limit = 5000;
        QCOMPARE(AuditLogReader(file).read(byName).entries.size(), 2000);
    }

    void unicodeRoundTrips()
    {
        const QString file = path(QStringLiteral("unicode"));
        AuditLog log(file);
        AuditLog::Entry e = entry(QStringLiteral("s1"), QStringLiteral("a.b"), QDateTime::currentDateTimeUtc());
        e.serverName = QStringLiteral("本番サーバ 🐘");
        e.parameters.insert(QStringLiteral("path"), QStringLiteral("/srv/メディア"));
        e.output = QStringLiteral("完了しました ✅\n").toUtf8();
        QVERIFY(log.append(e));
        const AuditLog::Entry back = AuditLogReader(file).read({}).entries.value(0);
        QCOMPARE(back.serverName, e.serverName);
        QCOMPARE(back.parameters, e.parameters);
        QCOMPARE(AuditExport::outputText(back, AuditOutputStore(file)), QStringLiteral("完了しました ✅\n"));
    }

    // Random damage to a good file: the reader never crashes, never reads more
    // entries than were written, and every line is an entry, damage or blank.
    void fuzzedFilesNeverBreakTheReader()
    {
        const QString file = path(QStringLiteral("fuzz"));
        QDir().mkpath(QFileInfo(file).absolutePath());
        QByteArray good;
        const QDateTime t0 = QDateTime::currentDateTimeUtc();
        for (int i = 0; i < 60; ++i) {
            AuditLog::Entry e = entry(QStringLiteral("s%1").arg(i % 2), QStringLiteral("a.n%1").arg(i), t0.addSecs(i));
            e.command = QStringLiteral("echo \"%1\" 日本").arg(i);
            good += lineOf(e);
        }
        QRandomGenerator rng(20261202);
        for (int round = 0; round < 300; ++round) {
            QByteArray bytes = good;
            const int edits = 1 + int(rng.bounded(20));
            for (int i = 0; i < edits; ++i) {
                const qsizetype at = qsizetype(rng.bounded(quint32(bytes.size())));
                switch (rng.bounded(4)) {
                case 0: bytes[at] = char(rng.bounded(256)); break;
                case 1: bytes.remove(at, qsizetype(rng.bounded(200))); break;
                case 2: bytes.insert(at, QByteArray(int(rng.bounded(50)), char(rng.bounded(256)))); break;
                default: bytes.truncate(at); break;
                }
                if (bytes.isEmpty())
                    bytes = "x";
            }
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(bytes);
            f.close();
            AuditLogReader::Options options;
            options.maxLineBytes = 1 + qsizetype(rng.bounded(400));
            options.limit = 1 + int(rng.bounded(80));
            const AuditLogReader::Result read = AuditLogReader(file).read(options);
            QVERIFY(read.entries.size() <= 60);
            QVERIFY(read.entries.size() <= options.limit);
            QVERIFY(read.damaged <= bytes.count('\n') + 1);
            for (const AuditLog::Entry &e : read.entries)
                QVERIFY(e.time.isValid() && !e.actionId.isEmpty());
        }
    }

    void outputIsCappedHeadAndTail()
    {
        AuditOutputBuffer buffer(100);
        QByteArray all;
        for (int i = 0; i < 1000; ++i) {
            const QByteArray chunk = QByteArray::number(i % 10);
            all += chunk;
            buffer.append(chunk);
        }
        QCOMPARE(buffer.totalBytes(), qint64(1000));
        QCOMPARE(buffer.bytes(), all.left(50) + AuditOutputBuffer::cutMark(900) + all.right(50));
        QVERIFY(buffer.bytes().contains("\xe2\x80\xa6 900 bytes cut \xe2\x80\xa6"));
        AuditOutputBuffer small(100);
        small.append("short");
        QCOMPARE(small.bytes(), QByteArray("short"));
        AuditOutputBuffer big(100);
        big.append(QByteArray(10000, 'a') + QByteArray(60, 'z'));
        QCOMPARE(big.bytes(), QByteArray(50, 'a') + AuditOutputBuffer::cutMark(9960) + QByteArray(50, 'z'));
    }

    // The audit keeps what the log pane got: the redactor's output. A sudo password
    // printed by the server, even split across chunks, never reaches the disk.
    void redactedSecretNeverReachesDisk()
    {
        const QString file = path(QStringLiteral("secret"));
        const QByteArray password = "s3cret-Pa55";
        OutputRedactor redactor({SecretBytes(password.constData(), std::size_t(password.size()))});
        AuditOutputBuffer buffer;
        for (const QByteArray &chunk : {QByteArray("[sudo] password: s3c"), QByteArray("ret-P"), QByteArray("a55\nok "),
                                        QByteArray("s3cret-Pa55\n")})
            buffer.append(redactor.feed(chunk));
        buffer.append(redactor.finish());
        AuditLog::Entry e = entry(QStringLiteral("s1"), QStringLiteral("a.b"), QDateTime::currentDateTimeUtc());
        e.output = buffer.bytes();
        QVERIFY(AuditLog(file).append(e));
        QDirIterator it(QFileInfo(file).absolutePath(), QDir::Files, QDirIterator::Subdirectories);
        int files = 0;
        bool masked = false;
        while (it.hasNext()) {
            QFile f(it.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray bytes = f.readAll();
            QVERIFY2(!bytes.contains(password), qPrintable(f.fileName()));
            masked |= bytes.contains(OutputRedactor::mask());
            ++files;
        }
        QCOMPARE(files, 2); // the log and the output
        QVERIFY(masked);
    }

    void pruneRemovesOldThenOldestOverTheCap()
    {
        const QString file = path(QStringLiteral("prune"));
        AuditOutputStore store(file);
        const QDateTime now = QDateTime::fromString(QStringLiteral("2026-12-02T00:00:00Z"), Qt::ISODate);
        const QString ancient = store.write("old", now.addDays(-500));
        const QString a = store.write(QByteArray(600, 'a'), now.addDays(-10));
        const QString b = store.write(QByteArray(600, 'b'), now.addDays(-5));
        const QString c = store.write(QByteArray(600, 'c'), now.addDays(-1));
        QVERIFY(!ancient.isEmpty() && !a.isEmpty() && !b.isEmpty() && !c.isEmpty());
        appendRaw(store.directory() + QStringLiteral("/notes.log"), "not ours"); // not one of ours: kept
        QCOMPARE(store.prune(now, 400, 1300), 2); // ancient by age, a by size
        bool found = true;
        store.read(ancient, &found);
        QVERIFY(!found);
        store.read(a, &found);
        QVERIFY(!found);
        QCOMPARE(store.read(b, &found), QByteArray(600, 'b'));
        QVERIFY(found);
        QCOMPARE(store.read(c), QByteArray(600, 'c'));
        QVERIFY(QFile::exists(store.directory() + QStringLiteral("/notes.log")));
        // Names from the log that are not ours are never opened.
        store.read(QStringLiteral("../audit.jsonl"), &found);
        QVERIFY(!found);
    }

    void csvQuotesAndDefusesFormulas()
    {
        QCOMPARE(AuditExport::csvCell(QStringLiteral("plain")), QByteArray("\"plain\""));
        QCOMPARE(AuditExport::csvCell(QStringLiteral("a,b")), QByteArray("\"a,b\""));
        QCOMPARE(AuditExport::csvCell(QStringLiteral("say \"hi\"")), QByteArray("\"say \"\"hi\"\"\""));
        QCOMPARE(AuditExport::csvCell(QStringLiteral("line1\nline2")), QByteArray("\"line1\nline2\""));
        QCOMPARE(AuditExport::csvCell(QStringLiteral("=HYPERLINK(\"x\")")), QByteArray("\"'=HYPERLINK(\"\"x\"\")\""));
        QCOMPARE(AuditExport::csvCell(QStringLiteral("+1")), QByteArray("\"'+1\""));
        QCOMPARE(AuditExport::csvCell(QStringLiteral("-cmd")), QByteArray("\"'-cmd\""));
        QCOMPARE(AuditExport::csvCell(QStringLiteral("@SUM(A1)")), QByteArray("\"'@SUM(A1)\""));
        QCOMPARE(AuditExport::csvCell(QStringLiteral("a=b")), QByteArray("\"a=b\""));
        QCOMPARE(AuditExport::csvCell(QStringLiteral("日本")), QStringLiteral("\"日本\"").toUtf8());

        const QString file = path(QStringLiteral("csv"));
        AuditLog::Entry e = entry(QStringLiteral("s1"), QStringLiteral("a.b"),
                                  QDateTime::fromString(QStringLiteral("2026-11-01T10:00:00Z"), Qt::ISODate));
        e.command = QStringLiteral("=cmd, \"x\"");
        e.output = "-out,\n\"q\"";
        e.user = QStringLiteral("alice");
        e.host = QStringLiteral("desk");
        QVERIFY(AuditLog(file).append(e));
        const QList<AuditLog::Entry> entries = AuditLogReader(file).read({}).entries;
        const QByteArray csv = AuditExport::csv(entries, AuditOutputStore(file));
        const QList<QByteArray> rows = csv.split('\n');
        QVERIFY(rows.at(0).startsWith("time,server_id,server,user,"));
        QVERIFY2(csv.contains(",\"'=cmd, \"\"x\"\"\",\"\",\"succeeded\",0,\"\",2300,\"'-out,\n\"\"q\"\"\"\r\n"), csv.constData());
        QVERIFY(csv.startsWith("time,") && csv.endsWith("\r\n"));
        const QJsonArray json = AuditExport::json(entries, AuditOutputStore(file));
        QCOMPARE(json.size(), 1);
        QCOMPARE(json.at(0).toObject().value(QStringLiteral("output_text")).toString(), QStringLiteral("-out,\n\"q\""));
        QCOMPARE(json.at(0).toObject().value(QStringLiteral("user")).toString(), QStringLiteral("alice"));
    }

    void textForPeople()
    {
        QCOMPARE(AuditText::duration(2300), QStringLiteral("2.3 s"));
        QCOMPARE(AuditText::duration(64000), QStringLiteral("1 min 4 s"));
        QCOMPARE(AuditText::duration(3 * 3600 * 1000 + 120000), QStringLiteral("3 h 2 min"));
        AuditLog::Entry e = entry(QStringLiteral("s1"), QStringLiteral("a.b"), QDateTime::currentDateTimeUtc());
        QCOMPARE(AuditText::outcome(e), QStringLiteral("Succeeded"));
        e.outcome = AuditLog::Outcome::Failed;
        e.exitStatus = 3;
        QCOMPARE(AuditText::outcome(e), QStringLiteral("Failed (exit status 3)"));
        e.outcome = AuditLog::Outcome::Unknown;
        e.error = QStringLiteral("Connection lost");
        QCOMPARE(AuditText::outcome(e), QStringLiteral("Outcome unknown: Connection lost"));
        e.user = QStringLiteral("alice");
        e.host = QStringLiteral("desk");
        e.source = QStringLiteral("cli");
        QCOMPARE(AuditText::who(e), QStringLiteral("alice@desk (hoshu-cli)"));
        // Local time, not UTC ISO: no "T", no "Z".
        const QString shown = AuditText::localTime(QDateTime::fromString(QStringLiteral("2026-11-01T10:00:05Z"), Qt::ISODate));
        QVERIFY2(!shown.contains(QLatin1Char('T')) && !shown.contains(QLatin1Char('Z')), qPrintable(shown));
        QVERIFY2(shown.contains(QStringLiteral(":05")), qPrintable(shown));
    }
};

QTEST_GUILESS_MAIN(TestAuditLog)
#include "test_audit_log.moc"
