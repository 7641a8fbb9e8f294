// Benchmark (label bench; prints numbers, asserts nothing): one 1 GiB file downloaded from a
// real sshd on loopback (tests/support/SshdFixture) by Hoshu (SshConnection::download, progress
// connected, SHA-256 verified), by OpenSSH's sftp and by scp, in turn, each as a new connection.
//   bench_sftp_download                      HOSHU_BENCH_REPEATS rounds (default 3), medians, ratios
//   bench_sftp_download --serve DIR          starts sshd, writes DIR/remote.bin (1 GiB), prints one
//                                            command line per client, runs until stdin closes
//   bench_sftp_download --get PORT KEY KNOWN_HOSTS REMOTE LOCAL SHA256     one Hoshu download
// HOSHU_BENCH_SIZE_MIB changes the size; HOSHU_SFTP_READ_AHEAD the requests in flight.
#include "RandomFile.h"
#include "SshdFixture.h"

#include "ssh/SftpDownload.h"
#include "ssh/SftpDownloadTask.h"
#include "ssh/SshConnection.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <iostream>
#include <string>

namespace {
qint64 benchSize()
{
    const int mib = qEnvironmentVariableIntValue("HOSHU_BENCH_SIZE_MIB");
    return qint64(mib > 0 ? mib : 1024) * 1024 * 1024;
}

ConnectionParams paramsFor(quint16 port, const QString &key, const QString &knownHosts)
{
    SshdFixture names; // only for the local user's name
    ConnectionParams p;
    p.host = QStringLiteral("127.0.0.1");
    p.port = port;
    p.user = names.localUser();
    p.identityFile = key;
    p.useAgentAndDefaultKeys = false;
    p.knownHostsFile = knownHosts;
    p.userKnownHostsFile = QStringLiteral("");
    p.sshConfigFile = QStringLiteral("");
    p.hostKeyPolicy = HostKeyPolicy::AcceptNew;
    return p;
}

// One download with Hoshu's code on a new connection; returns an empty string or the error.
QString hoshuGet(const ConnectionParams &params, const QString &remote, const QString &local, const QByteArray &sha,
                 int *progressSignals)
{
    SshConnection connection(params);
    std::unique_ptr<SftpDownload> download(connection.download(SftpDownloadRequest{remote, local, sha}));
    QEventLoop loop;
    QString error;
    QObject::connect(download.get(), &SftpDownload::progress, &loop, [progressSignals] { ++*progressSignals; });
    QObject::connect(download.get(), &SftpDownload::finished, &loop, &QEventLoop::quit);
    QObject::connect(download.get(), &SftpDownload::failed, &loop, [&](const TransferError &e) {
        error = e.message();
        loop.quit();
    });
    loop.exec();
    return error;
}

QStringList opensshOptions(const SshdFixture &sshd, const QString &portFlag)
{
    return {QStringLiteral("-q"),
            QStringLiteral("-i"),
            sshd.clientKey(),
            portFlag,
            QString::number(sshd.port()),
            QStringLiteral("-o"),
            QStringLiteral("UserKnownHostsFile=%1").arg(sshd.path(QStringLiteral("openssh_known_hosts"))),
            QStringLiteral("-o"),
            QStringLiteral("StrictHostKeyChecking=accept-new"),
            QStringLiteral("-o"),
            QStringLiteral("BatchMode=yes"),
            QStringLiteral("-F"),
            QStringLiteral("/dev/null")};
}

struct Client
{
    QString name;
    QString program;
    QStringList args;
    QByteArray input;
};

QList<Client> opensshClients(const SshdFixture &sshd, const QString &remote, const QString &localDir)
{
    const QString target = QStringLiteral("%1@127.0.0.1").arg(sshd.localUser());
    Client sftp{QStringLiteral("sftp"), QStringLiteral("sftp"),
                opensshOptions(sshd, QStringLiteral("-P")) << QStringLiteral("-b") << QStringLiteral("-") << target,
                QStringLiteral("get %1 %2/sftp.bin\n").arg(remote, localDir).toUtf8()};
    Client scp{QStringLiteral("scp"),
               QStringLiteral("scp"),
               opensshOptions(sshd, QStringLiteral("-P"))
                   << QStringLiteral("%1:%2").arg(target, remote) << QStringLiteral("%1/scp.bin").arg(localDir),
               {}};
    return {sftp, scp};
}

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(v.size() / 2);
}

QString runs(const QList<double> &v)
{
    QStringList parts;
    for (double d : v)
        parts << QString::number(d, 'f', 2);
    return parts.join(QLatin1Char(' '));
}

int serve(const QString &dir)
{
    SshdFixture sshd;
    if (!sshd.start()) {
        std::fprintf(stderr, "FAIL: %s\n", qPrintable(sshd.errorString()));
        return 1;
    }
    QDir().mkpath(dir);
    const QString remote = dir + QStringLiteral("/remote.bin");
    const QByteArray sha = writeRandomFile(remote, benchSize(), 42);
    QTextStream out(stdout);
    out << "hoshu: " << QCoreApplication::applicationFilePath() << " --get " << sshd.port() << ' ' << sshd.clientKey()
        << ' ' << sshd.path(QStringLiteral("hoshu_known_hosts")) << ' ' << remote << ' ' << dir << "/hoshu.bin " << sha
        << '\n';
    for (const Client &c : opensshClients(sshd, remote, dir)) {
        out << c.name << ": " << c.program << ' ' << c.args.join(QLatin1Char(' '));
        if (!c.input.isEmpty())
            out << "   <<< " << QString::fromUtf8(c.input).trimmed();
        out << '\n';
    }
    out.flush();
    std::string line;
    while (std::getline(std::cin, line)) { }
    return 0;
}

int benchmark()
{
    SshdFixture sshd;
    if (!sshd.start()) {
        std::fprintf(stderr, "FAIL: %s\n", qPrintable(sshd.errorString()));
        return 1;
    }
    QTemporaryDir work(qEnvironmentVariable("HOSHU_TEST_TMP", QDir::tempPath()) + QStringLiteral("/bench-sftp-XXXXXX"));
    const QString remote = work.filePath(QStringLiteral("remote.bin"));
    const qint64 size = benchSize();
    const QByteArray sha = writeRandomFile(remote, size, 42);
    const int repeats = qMax(
        1,
        qEnvironmentVariableIntValue("HOSHU_BENCH_REPEATS") ? qEnvironmentVariableIntValue("HOSHU_BENCH_REPEATS") : 3);
    const QList<Client> clients = opensshClients(sshd, remote, work.path());
    QMap<QString, QList<double>> seconds;
    int progressSignals = 0;
    for (int round = 0; round < repeats; ++round) {
        QElapsedTimer t;
        t.start();
        const QString error =
            hoshuGet(sshd.params(), remote, work.filePath(QStringLiteral("hoshu.bin")), sha, &progressSignals);
        if (!error.isEmpty()) {
            std::fprintf(stderr, "FAIL: hoshu: %s\n", qPrintable(error));
            return 1;
        }
        seconds[QStringLiteral("hoshu")] << t.elapsed() / 1000.0;
        for (const Client &c : clients) {
            QProcess p;
            t.restart();
            p.start(c.program, c.args);
            p.write(c.input);
            p.closeWriteChannel();
            if (!p.waitForFinished(600000) || p.exitCode() != 0) {
                std::fprintf(stderr, "FAIL: %s: %s\n", qPrintable(c.name), p.readAllStandardError().constData());
                return 1;
            }
            seconds[c.name] << t.elapsed() / 1000.0;
        }
    }
    const double mib = double(size) / (1024 * 1024);
    for (const QString &name : {QStringLiteral("hoshu"), QStringLiteral("sftp"), QStringLiteral("scp")})
        std::printf("BENCH sftp-download %s size=%.0f MiB median=%.2f s (%.0f MiB/s) (runs: %s)\n", qPrintable(name),
                    mib, median(seconds[name]), mib / median(seconds[name]), qPrintable(runs(seconds[name])));
    const double h = median(seconds[QStringLiteral("hoshu")]);
    std::printf("BENCH sftp-download throughput ratio hoshu/sftp=%.2f hoshu/scp=%.2f (%d reads of 64 KiB in flight, %d "
                "progress signals a download)\n",
                median(seconds[QStringLiteral("sftp")]) / h, median(seconds[QStringLiteral("scp")]) / h,
                SftpDownloadTask::readAhead(), progressSignals / repeats);
    return 0;
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() == 3 && args.at(1) == QLatin1String("--serve"))
        return serve(args.at(2));
    if (args.size() == 8 && args.at(1) == QLatin1String("--get")) {
        int progressSignals = 0;
        const QString error = hoshuGet(paramsFor(quint16(args.at(2).toUInt()), args.at(3), args.at(4)), args.at(5),
                                       args.at(6), args.at(7).toLatin1(), &progressSignals);
        if (!error.isEmpty())
            std::fprintf(stderr, "%s\n", qPrintable(error));
        return error.isEmpty() ? 0 : 1;
    }
    return benchmark();
}
