// Benchmark (label bench): output floods through the real LogPane, offscreen,
// in 64 KiB chunks as the SSH layer delivers them, with the event loop running
// between chunks (the flush timer inserts while output keeps coming).
//   1. 1 GiB without a single newline (cat of a binary, a minified bundle);
//   2. 128 MiB of short lines (a chatty command), 1 MiB per turn of the event loop;
//   3. 128 MiB of 4 KiB lines, 1 MiB per turn: the log falls behind and says so.
// Prints throughput and the peak RSS (VmHWM of /proc/self/status) before and
// after each; asserts no timing, only that the peak RSS stayed under 300 MB.
// Usage: bench_log_pane [MiB without newline = 1024] [MiB of short lines = 128] [MiB of long lines = 128]
#include "LogPane.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>

#include <cstdio>

namespace {

constexpr qsizetype Chunk = 64 * 1024;
constexpr qint64 RssLimitKb = 300 * 1024;

// A field of /proc/self/status in kB ("VmHWM", "VmRSS"); -1 where there is none.
qint64 statusKb(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray prefix = QByteArray(field) + ':';
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

struct Run
{
    double seconds = 0;
    qint64 hwmBeforeKb = 0;
    qint64 hwmAfterKb = 0;
    qint64 rssAfterKb = 0;
};

// chunksPerTurn: how many chunks arrive per turn of the event loop. The SSH
// worker thread keeps reading while the GUI thread inserts; what it read in the
// meantime is delivered as queued signals, all before the next timer.
Run feed(LogPane &pane, const QList<QByteArray> &chunks, qint64 totalBytes, int chunksPerTurn)
{
    Run run;
    run.hwmBeforeKb = statusKb("VmHWM");
    QElapsedTimer clock;
    clock.start();
    qint64 fed = 0;
    for (qsizetype i = 0; fed < totalBytes; ++i) {
        const QByteArray &chunk = chunks.at(i % chunks.size());
        pane.appendOutput(chunk, LogPane::Channel::Stdout);
        fed += chunk.size();
        if ((i + 1) % chunksPerTurn == 0)
            QCoreApplication::processEvents();
    }
    pane.appendOutput("\n", LogPane::Channel::Stdout);
    pane.flush();
    QCoreApplication::processEvents();
    run.seconds = double(clock.nsecsElapsed()) / 1e9;
    run.hwmAfterKb = statusKb("VmHWM");
    run.rssAfterKb = statusKb("VmRSS");
    return run;
}

void report(const char *what, qint64 bytes, const Run &run, const LogPane &pane)
{
    const double mib = double(bytes) / double(1 << 20);
    std::printf("BENCH log_pane %s: %.0f MiB in %.2f s = %.0f MiB/s; peak RSS %.1f MB before, %.1f MB after "
                "(RSS now %.1f MB); %d lines shown, %lld dropped, %lld bytes not shown, document %d chars\n",
                what, mib, run.seconds, mib / run.seconds, double(run.hwmBeforeKb) / 1024.0,
                double(run.hwmAfterKb) / 1024.0, double(run.rssAfterKb) / 1024.0, pane.lineCount(),
                static_cast<long long>(pane.droppedLines()), static_cast<long long>(pane.notShownBytes()),
                pane.view()->document()->characterCount());
    std::fflush(stdout);
}

// One run: `text` cut into chunks, repeated until `mib` MiB went through.
void scenario(LogPane &pane, const char *what, const char *command, const QByteArray &text, qint64 mib,
              int chunksPerTurn)
{
    QList<QByteArray> chunks;
    for (qsizetype pos = 0; pos + Chunk <= text.size(); pos += Chunk)
        chunks << text.mid(pos, Chunk);
    pane.clear(); // each run counts on its own
    pane.beginRun(QString::fromLatin1(what), QString::fromLatin1(command));
    const qint64 bytes = mib << 20;
    const Run run = feed(pane, chunks, bytes, chunksPerTurn);
    pane.endRun(0, qint64(run.seconds * 1000));
    report(what, bytes, run, pane);
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const qint64 noNewlineMiB = argc > 1 ? QByteArray(argv[1]).toLongLong() : 1024;
    const qint64 linesMiB = argc > 2 ? QByteArray(argv[2]).toLongLong() : 128;
    const qint64 longLinesMiB = argc > 3 ? QByteArray(argv[3]).toLongLong() : 128;

    LogPane pane;
    pane.resize(1000, 600);
    pane.show(); // a visible view does layout work too: measure the real thing
    QCoreApplication::processEvents();
    std::printf("BENCH log_pane start: peak RSS %.1f MB\n", double(statusKb("VmHWM")) / 1024.0);

    // 1. No newline at all; printable bytes that differ from chunk to chunk.
    QByteArray binaryish(8 * Chunk, 'a');
    for (qsizetype i = 0; i < binaryish.size(); ++i)
        binaryish[i] = char(0x21 + (i * 7 + i / Chunk * 13) % 90);
    scenario(pane, "no newline", "cat /dev/urandom | base64 -w0", binaryish, noNewlineMiB, 1);

    // 2. Short lines, numbered, cut anywhere by the chunk boundaries.
    QByteArray text;
    for (int i = 0; text.size() < 4 * Chunk; ++i)
        text += "2026-12-01 12:00:00 worker " + QByteArray::number(i) + ": processed job, status ok\n";
    scenario(pane, "short lines", "journalctl -f", text, linesMiB, 16);

    // 3. Lines of 4 KiB (a JSON log, base64 blocks).
    QByteArray wide;
    for (int i = 0; wide.size() < 4 * Chunk; ++i) {
        QByteArray line = "{\"n\":" + QByteArray::number(i) + ",\"data\":\"";
        line += QByteArray(4093 - line.size(), 'Q') + "\"}\n";
        wide += line;
    }
    scenario(pane, "4 KiB lines", "tail -f production.json.log", wide, longLinesMiB, 16);

    const qint64 peak = statusKb("VmHWM");
    if (peak < 0) {
        std::fprintf(stderr, "FAIL: no VmHWM in /proc/self/status\n");
        return 1;
    }
    if (peak > RssLimitKb) {
        std::fprintf(stderr, "FAIL: peak RSS %.1f MB is over the %lld MB bound\n", double(peak) / 1024.0,
                     static_cast<long long>(RssLimitKb / 1024));
        return 1;
    }
    return 0;
}
