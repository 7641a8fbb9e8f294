// Every parser fed random bytes and mutated real outputs: it must not crash, and
// from garbage it must never report "ok" with data it made up.
#include "ProbeOutputEdit.h"
#include "ProbeSummary.h"

#include "checks/Checker.h"
#include "probes/SnapshotBuilder.h"

#include <QDirIterator>
#include <QFile>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>

#include <limits>

#ifndef HOSHU_FIXTURES_DIR
#error HOSHU_FIXTURES_DIR must be defined by the build
#endif

namespace {
const QStringList kSections = {
    QStringLiteral("probe"), QStringLiteral("os-release"), QStringLiteral("loadavg"), QStringLiteral("meminfo"),
    QStringLiteral("df"), QStringLiteral("df-inodes"), QStringLiteral("units"), QStringLiteral("timers"),
    QStringLiteral("cron"), QStringLiteral("env"), QStringLiteral("certs"), QStringLiteral("served-certs"),
    QStringLiteral("sidekiq"), QStringLiteral("journal"), QStringLiteral("reboot"), QStringLiteral("updates"),
    QStringLiteral("mastodon-version"), QStringLiteral("software-updates"), QStringLiteral("ca-certificates"),
    QStringLiteral("smtp"), QStringLiteral("detect"),
    QStringLiteral("du"), QStringLiteral("dumps"), QStringLiteral("backups"), QStringLiteral("compose-ps")};

// Sections whose empty or line-less answer is a valid "nothing here".
const QStringList kEmptyIsValid = {QStringLiteral("cron"), QStringLiteral("dumps"), QStringLiteral("backups")};

QByteArray randomBytes(QRandomGenerator &rng, int n)
{
    QByteArray b(n, '\0');
    for (int i = 0; i < n; ++i)
        b[i] = char(rng.bounded(256));
    return b;
}

// Numbers at the edges of what the tools can print: int64's limits, beyond them, 0.
QString extreme(QRandomGenerator &rng)
{
    static const QStringList edges = {
        QStringLiteral("0"), QStringLiteral("1"), QStringLiteral("9223372036854775807"),
        QStringLiteral("9223372036854775806"), QStringLiteral("9223372036854775808"),
        QStringLiteral("18446744073709551615"), QStringLiteral("4611686018427387904"),
        QStringLiteral("999999999999999"), QStringLiteral("1000000000000000000"), QStringLiteral("99999999999999999999999")};
    if (rng.bounded(4) == 0)
        return QString::number(rng.generate64() >> rng.bounded(64));
    return edges.at(int(rng.bounded(qsizetype(edges.size()))));
}

// Every run of 5 or more digits in a section, replaced (or not) by an extreme number.
QString extremeNumbers(QRandomGenerator &rng, const QString &body)
{
    static const QRegularExpression digits(QStringLiteral("\\d{5,}"));
    QString out;
    qsizetype last = 0;
    auto it = digits.globalMatch(body);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        out += body.mid(last, m.capturedStart() - last);
        out += rng.bounded(2) ? extreme(rng) : m.captured();
        last = m.capturedEnd();
    }
    return out + body.mid(last);
}

void verifyPercent(const Finding &f, const char *key, qint64 low, qint64 high)
{
    if (!f.evidence.contains(QLatin1String(key)))
        return;
    const qint64 v = f.evidence.value(QLatin1String(key)).toLongLong();
    QVERIFY2(v >= low && v <= high, qPrintable(QStringLiteral("%1 %2=%3").arg(f.id, QLatin1String(key)).arg(v)));
}

QByteArray mutate(QRandomGenerator &rng, QByteArray b)
{
    const int edits = 1 + int(rng.bounded(8));
    for (int i = 0; i < edits && !b.isEmpty(); ++i) {
        const int pos = int(rng.bounded(b.size()));
        switch (rng.bounded(4)) {
        case 0:
            b[pos] = char(rng.bounded(256));
            break;
        case 1:
            b.remove(pos, int(rng.bounded(40)));
            break;
        case 2:
            b.insert(pos, randomBytes(rng, int(rng.bounded(20))));
            break;
        default:
            b.truncate(pos);
            break;
        }
    }
    return b;
}
} // namespace

class TestProbeFuzz : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void randomBytesNeverOk();
    void mutatedFixturesDoNotCrash();
    void mutatedSnapshotsDoNotCrash();
    void extremeNumbersStaySane();
};

void TestProbeFuzz::randomBytesNeverOk()
{
    QRandomGenerator rng(20261122);
    for (int round = 0; round < 300; ++round) {
        // Printable-free noise: no parser may find its data in it.
        QByteArray noise = randomBytes(rng, int(rng.bounded(2000)));
        noise.replace('=', 'x');
        for (const QString &section : kSections) {
            const QString summary = ProbeSummary::summarize(section, QString::fromUtf8(noise), QString::fromUtf8(noise));
            if (kEmptyIsValid.contains(section))
                continue;
            QVERIFY2(!summary.startsWith(QLatin1String("status=ok")),
                     qPrintable(QStringLiteral("%1 read noise as ok:\n%2").arg(section, summary)));
        }
    }
}

void TestProbeFuzz::mutatedFixturesDoNotCrash()
{
    QRandomGenerator rng(4242);
    int files = 0;
    QDirIterator it(QStringLiteral(HOSHU_FIXTURES_DIR "/probes/sections"), {QStringLiteral("*.txt")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray original = f.readAll();
        const QString section = QFileInfo(f.fileName()).completeBaseName().section(QStringLiteral("--"), 0, 0);
        for (int round = 0; round < 200; ++round) {
            const QString text = QString::fromUtf8(mutate(rng, original));
            QVERIFY(!ProbeSummary::summarize(section, text, text).isEmpty());
        }
        ++files;
    }
    QVERIFY(files >= 40);
}

void TestProbeFuzz::mutatedSnapshotsDoNotCrash()
{
    QRandomGenerator rng(777);
    QDirIterator it(QStringLiteral(HOSHU_FIXTURES_DIR "/probes/snapshots"), {QStringLiteral("*.txt")}, QDir::Files);
    int files = 0;
    while (it.hasNext()) {
        QFile f(it.next());
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray original = f.readAll();
        SnapshotBuilder::Meta meta;
        meta.tier = ProbeScript::Tier::Full;
        for (int round = 0; round < 100; ++round) {
            const Snapshot s = SnapshotBuilder::build(mutate(rng, original), QStringLiteral("FIXTURE"), meta);
            QVERIFY(s.takenAt.isValid());
        }
        // Cut anywhere: the sections after the cut are unreadable, never ok.
        const qsizetype cut = original.size() / 2;
        const Snapshot half = SnapshotBuilder::build(original.left(cut), QStringLiteral("FIXTURE"), meta);
        QVERIFY(!half.detection.status.ok);
        QVERIFY(half.parseErrors.contains(QStringLiteral("detect")));
        ++files;
    }
    QVERIFY(files >= 4);
}

// The healthy capture with its sizes and counts swapped for extreme values: every
// percentage stays a percentage and no sum turns negative (no overflow).
void TestProbeFuzz::extremeNumbersStaySane()
{
    QRandomGenerator rng(8);
    const QString healthy = ProbeOutputEdit::healthy();
    const QStringList sections = {QStringLiteral("df"), QStringLiteral("df-inodes"), QStringLiteral("meminfo"),
                                  QStringLiteral("du"), QStringLiteral("backups"), QStringLiteral("dumps"),
                                  QStringLiteral("sidekiq")};
    SnapshotBuilder::Meta meta;
    meta.tier = ProbeScript::Tier::Full;
    int readable = 0;
    for (int round = 0; round < 400; ++round) {
        QString text = ProbeOutputEdit::appendTo(healthy, QStringLiteral("dumps"),
                                                 QStringLiteral("file 1000000 1795328800.0 /tmp/a.sql\nfile 2000000 1795328800.0 /tmp/b.sql\n"));
        for (const QString &s : sections)
            text = ProbeOutputEdit::withSection(text, s, [&](const QString &body) { return extremeNumbers(rng, body); });
        const Snapshot snap = SnapshotBuilder::build(text.toUtf8(), ProbeOutputEdit::nonce(), meta);
        readable += snap.disks.status.ok && snap.memory.status.ok ? 1 : 0;
        for (const Finding &f : Checker::evaluate(snap)) {
            verifyPercent(f, "percent", 0, f.id == QLatin1String("disk.usage_high") ? 100 : std::numeric_limits<int>::max());
            verifyPercent(f, "inodePercent", 0, std::numeric_limits<int>::max());
            verifyPercent(f, "availablePercent", 0, 100);
            verifyPercent(f, "swapUsedPercent", -1, 100);
            verifyPercent(f, "percentOfDisk", 0, std::numeric_limits<int>::max());
            for (const char *key : {"bytes", "size", "usedBytes", "availBytes", "sizeBytes", "availableBytes", "totalBytes",
                                    "walBytes", "previousBytes", "dead", "retry"})
                verifyPercent(f, key, -1, std::numeric_limits<qint64>::max());
        }
    }
    QVERIFY(readable > 50); // the extremes were really read, not all thrown away
}

QTEST_GUILESS_MAIN(TestProbeFuzz)
#include "test_probe_fuzz.moc"
