// Every parser fed random bytes and mutated real outputs: it must not crash, and
// from garbage it must never report "ok" with data it made up.
#include "ProbeSummary.h"

#include "probes/SnapshotBuilder.h"

#include <QDirIterator>
#include <QFile>
#include <QRandomGenerator>
#include <QTest>

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
    QStringLiteral("detect"),
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

QTEST_GUILESS_MAIN(TestProbeFuzz)
#include "test_probe_fuzz.moc"
