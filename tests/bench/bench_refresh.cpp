// Benchmark (label bench; prints numbers, asserts nothing): Hoshu's fast-tier refresh
// (ServerMonitor: ONE probe exec + the HTTP checks) of 1 and 3 test hosts through the
// 50 ms latency proxy, cold (new connection) and warm (same connection again).
// Run by bench_refresh.sh, which boots the hosts and compares with OpenSSH.
//   bench_refresh --print-command      the fast-tier probe script, as Hoshu sends it to /bin/sh as root
//   HOSHU_BENCH_HOSTS="a/host.env b/host.env c/host.env" bench_refresh
#include "history/HistoryStore.h"
#include "probes/ProbeScript.h"
#include "session/ServerMonitor.h"
#include "session/ServerSession.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <memory>

namespace {
QMap<QString, QString> readEnv(const QString &path)
{
    QMap<QString, QString> env;
    QFile f(path);
    if (f.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : f.readAll().split('\n')) {
            const int eq = line.indexOf('=');
            if (eq > 0)
                env.insert(QString::fromUtf8(line.left(eq)), QString::fromUtf8(line.mid(eq + 1)).remove(QLatin1Char('"')));
        }
    }
    env.insert(QStringLiteral("_DIR"), QFileInfo(path).absolutePath());
    return env;
}

struct Host
{
    std::unique_ptr<ServerSession> session;
    std::unique_ptr<ServerMonitor> monitor;
};

Host makeHost(const QMap<QString, QString> &env, HistoryStore *history, int index)
{
    ServerProfile p;
    p.id = QStringLiteral("bench-%1").arg(index);
    p.name = env.value(QStringLiteral("HOST_NAME"));
    p.host = QStringLiteral("127.0.0.1");
    p.port = quint16(env.value(QStringLiteral("HOST_LATENCY_PORT")).toUInt());
    p.user = QStringLiteral("root");
    p.auth = ServerProfile::AuthMethod::KeyFile;
    p.keyFile = env.value(QStringLiteral("HOST_KEY"));
    p.rootAccess = ServerProfile::RootAccess::AlreadyRoot;
    Host h;
    h.session = std::make_unique<ServerSession>(p, nullptr);
    h.session->setHostKeyPolicy(HostKeyPolicy::AcceptNew);
    h.monitor = std::make_unique<ServerMonitor>(h.session.get(), history);
    HttpProbe::Options o;
    o.resolveOverrides.insert(env.value(QStringLiteral("HOST_DOMAIN")), QHostAddress(env.value(QStringLiteral("HOST_ADDR"))));
    o.extraCaCertificates = QSslCertificate::fromPath(env.value(QStringLiteral("_DIR")) + QStringLiteral("/ca/ca.pem"));
    h.monitor->setHttpOptions(o);
    return h;
}

// Refreshes every host at once; the wall time until the last one is done, -1 on failure.
double refreshAll(std::vector<Host> &hosts)
{
    QEventLoop loop;
    int pending = int(hosts.size());
    bool ok = true;
    for (Host &h : hosts) {
        QObject::connect(h.monitor.get(), &ServerMonitor::updated, &loop, [&] {
            if (--pending == 0)
                loop.quit();
        });
        QObject::connect(h.monitor.get(), &ServerMonitor::refreshFailed, &loop, [&](const SshError &e) {
            std::fprintf(stderr, "refresh failed: %s\n", qPrintable(e.message()));
            ok = false;
            if (--pending == 0)
                loop.quit();
        });
    }
    QTimer::singleShot(120000, &loop, [&] {
        ok = false;
        loop.quit();
    });
    QElapsedTimer t;
    t.start();
    for (Host &h : hosts)
        h.monitor->refresh(false);
    loop.exec();
    const double s = t.nsecsElapsed() / 1e9;
    for (Host &h : hosts)
        h.monitor->disconnect(&loop);
    return ok ? s : -1;
}

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? -1 : v.at(v.size() / 2);
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (app.arguments().contains(QStringLiteral("--print-command"))) {
        ProbeScript::Request r;
        r.tier = ProbeScript::Tier::Fast;
        r.nonce = ProbeScript::newNonce();
        r.rootMode = RootMode::AlreadyRoot;
        const QByteArray cmd = ProbeScript::remoteScript(r).script;
        std::fwrite(cmd.constData(), 1, size_t(cmd.size()), stdout);
        return 0;
    }
    const QStringList envFiles = qEnvironmentVariable("HOSHU_BENCH_HOSTS").split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (envFiles.size() < 3) {
        std::fprintf(stderr, "HOSHU_BENCH_HOSTS must name 3 host.env files (run tests/bench/bench_refresh.sh as root)\n");
        return 1;
    }
    const int repeats = qMax(1, qEnvironmentVariableIntValue("HOSHU_BENCH_REPEATS"));
    QTemporaryDir dir;
    HistoryStore history(dir.filePath(QStringLiteral("history.sqlite")));
    QString error;
    if (!history.open(&error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    for (int n : {1, 3}) {
        QList<double> cold, warm;
        for (int r = 0; r < repeats; ++r) {
            std::vector<Host> hosts;
            for (int i = 0; i < n; ++i)
                hosts.push_back(makeHost(readEnv(envFiles.at(i)), &history, i));
            cold << refreshAll(hosts);
            warm << refreshAll(hosts);
            for (Host &h : hosts)
                h.session->disconnectFromServer();
            QEventLoop settle;
            QTimer::singleShot(200, &settle, &QEventLoop::quit);
            settle.exec();
        }
        std::printf("BENCH hoshu refresh hosts=%d cold median=%.3f s (runs:", n, median(cold));
        for (double c : cold)
            std::printf(" %.3f", c);
        std::printf(")\nBENCH hoshu refresh hosts=%d warm median=%.3f s (runs:", n, median(warm));
        for (double w : warm)
            std::printf(" %.3f", w);
        std::printf(")\n");
        std::fflush(stdout);
    }
    return 0;
}
