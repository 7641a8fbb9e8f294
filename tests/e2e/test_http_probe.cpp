// e2e (label e2e): HttpProbe and ServerMonitor against a booted test host.
// Run by e2e_http_probe.sh, which boots the host, sets HOSHU_E2E_HOST_ENV to its
// host.env and tears it down afterwards. Breaks the host on purpose (stops the
// streaming units, moves the CSS packs away) and puts it back.
#include "checks/HttpRules.h"
#include "history/HistoryStore.h"
#include "probes/HttpProbe.h"
#include "session/ServerMonitor.h"
#include "session/ServerSession.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

namespace {
QMap<QString, QString> readEnv(const QString &path)
{
    QMap<QString, QString> env;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return env;
    for (const QByteArray &line : f.readAll().split('\n')) {
        const int eq = line.indexOf('=');
        if (eq > 0)
            env.insert(QString::fromUtf8(line.left(eq)), QString::fromUtf8(line.mid(eq + 1)).remove(QLatin1Char('"')));
    }
    return env;
}

QMap<QString, Severity> httpFindings(const QList<Finding> &findings)
{
    QMap<QString, Severity> out;
    for (const Finding &f : findings) {
        if (f.id.startsWith(QLatin1String("http.")) || f.id.startsWith(QLatin1String("instance.")))
            out.insert(f.id, f.severity);
    }
    return out;
}

QString describe(const QList<Finding> &findings)
{
    QStringList out;
    for (const Finding &f : findings) {
        if (f.severity != Severity::Ok)
            out << QStringLiteral("%1 %2 %3").arg(SeverityInfo::id(f.severity), f.id, f.message());
    }
    return out.join(QLatin1Char('\n'));
}
} // namespace

class TestHttpProbeE2e : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void healthyHost();
    void streamingStopped();
    void rulesDeleted();
    void assetPackMissing();
    void monitorRefresh();
    void monitorUnreadableCaFile();
    void cleanupTestCase();

private:
    HttpChecks probe();
    bool hostSsh(const QString &command);
    QList<Finding> evaluate(const HttpChecks &h);

    QMap<QString, QString> m_env;
    QString m_caPath;
    HttpProbe::Options m_options;
};

void TestHttpProbeE2e::initTestCase()
{
    const QString envPath = qEnvironmentVariable("HOSHU_E2E_HOST_ENV");
    QVERIFY2(!envPath.isEmpty(), "HOSHU_E2E_HOST_ENV is not set: run this test through tests/e2e/e2e_http_probe.sh "
                                 "(ctest -L e2e, as root), which boots the test host");
    m_env = readEnv(envPath);
    QVERIFY2(!m_env.value(QStringLiteral("HOST_ADDR")).isEmpty(), qPrintable(QStringLiteral("no HOST_ADDR in ") + envPath));
    m_caPath = QFileInfo(envPath).absolutePath() + QStringLiteral("/ca/trust.pem");
    m_options.extraCaCertificates = QSslCertificate::fromPath(m_caPath);
    QVERIFY2(!m_options.extraCaCertificates.isEmpty(), qPrintable(QStringLiteral("no test CA at ") + m_caPath));
    m_options.resolveOverrides.insert(m_env.value(QStringLiteral("HOST_DOMAIN")),
                                      QHostAddress(m_env.value(QStringLiteral("HOST_ADDR"))));
    m_options.timeoutMs = 5000;
}

bool TestHttpProbeE2e::hostSsh(const QString &command)
{
    QProcess p;
    p.start(m_env.value(QStringLiteral("HOST_SSH")), {command});
    if (!p.waitForFinished(60000))
        return false;
    if (p.exitCode() != 0)
        qWarning("host ssh '%s' failed: %s", qPrintable(command), p.readAllStandardError().constData());
    return p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

HttpChecks TestHttpProbeE2e::probe()
{
    HttpProbe probe;
    probe.setOptions(m_options);
    QSignalSpy spy(&probe, &HttpProbe::finished);
    probe.start(m_env.value(QStringLiteral("HOST_DOMAIN")));
    if (!spy.wait(30000))
        return {};
    return spy.at(0).at(0).value<HttpChecks>();
}

QList<Finding> TestHttpProbeE2e::evaluate(const HttpChecks &h)
{
    Snapshot s;
    s.http = h;
    return HttpRules::evaluate(s);
}

void TestHttpProbeE2e::healthyHost()
{
    const HttpChecks h = probe();
    QVERIFY2(h.status.ok, qPrintable(h.status.reason));
    const QList<Finding> f = evaluate(h);
    const auto found = httpFindings(f);
    for (const QString &id : {QStringLiteral("http.health_failed"), QStringLiteral("http.instance_api_failed"),
                              QStringLiteral("http.streaming_failed"), QStringLiteral("http.webui_assets_failed")})
        QVERIFY2(found.value(id, Severity::Unknown) == Severity::Ok, qPrintable(id + QLatin1Char('\n') + describe(f)));
    QCOMPARE(h.instanceApi, QStringLiteral("v2"));
    QCOMPARE(h.instanceVersion, QStringLiteral("4.3.2"));
    QCOMPARE(h.assets.size(), 3);
    // A healthy host has server rules (rows of its rules table): nothing to report.
    QCOMPARE(found.value(QStringLiteral("instance.rules_missing"), Severity::Unknown), Severity::Ok);
    QCOMPARE(h.rulesCount, 3);
    QVERIFY(h.certificate.seen);
    QVERIFY2(h.certificate.errors.isEmpty(), qPrintable(h.certificate.errors.join(QLatin1Char(','))));
    QCOMPARE(h.certificate.issuer, QStringLiteral("Hoshu Test E1"));
    QVERIFY(h.certificate.dnsNames.contains(m_env.value(QStringLiteral("HOST_DOMAIN"))));
    QVERIFY(h.certificate.notAfter > QDateTime::currentDateTimeUtc().addDays(30));
    qInfo("health %lld ms, instance %lld ms, streaming %lld ms, web UI %lld ms, %d assets", h.health.elapsedMs,
          h.instance.elapsedMs, h.streaming.elapsedMs, h.webUi.elapsedMs, int(h.assets.size()));

    // Without the test CA, the certificate is not trusted: every request fails, and says why.
    HttpProbe::Options noCa = m_options;
    noCa.extraCaCertificates.clear();
    HttpProbe untrusted;
    untrusted.setOptions(noCa);
    QSignalSpy spy(&untrusted, &HttpProbe::finished);
    untrusted.start(m_env.value(QStringLiteral("HOST_DOMAIN")));
    QVERIFY(spy.wait(30000));
    const HttpChecks u = spy.at(0).at(0).value<HttpChecks>();
    QCOMPARE(httpFindings(evaluate(u)).value(QStringLiteral("http.health_failed")), Severity::Critical);
    QVERIFY(!u.certificate.errors.isEmpty());
}

void TestHttpProbeE2e::streamingStopped()
{
    QVERIFY(hostSsh(QStringLiteral("systemctl stop mastodon-streaming.service mastodon-streaming@4000.service")));
    const HttpChecks h = probe();
    QVERIFY(hostSsh(QStringLiteral("systemctl start mastodon-streaming.service mastodon-streaming@4000.service")));
    // Type=simple units are "active" before they listen: wait until every service answers again.
    QProcess ready;
    ready.start(qEnvironmentVariable("HOSHU_E2E_TESTHOST"), {QStringLiteral("ready"), qEnvironmentVariable("HOSHU_E2E_HOST")});
    QVERIFY2(ready.waitForFinished(90000) && ready.exitStatus() == QProcess::NormalExit && ready.exitCode() == 0,
             ready.readAllStandardError().constData());
    const QList<Finding> f = evaluate(h);
    const auto found = httpFindings(f);
    QCOMPARE(found.value(QStringLiteral("http.streaming_failed")), Severity::Warning);
    QCOMPARE(found.value(QStringLiteral("http.health_failed")), Severity::Ok);
    QCOMPARE(found.value(QStringLiteral("http.webui_assets_failed")), Severity::Ok);
    QCOMPARE(h.streaming.httpStatus, 502);
}

void TestHttpProbeE2e::rulesDeleted()
{
    const QString psql = QStringLiteral("runuser -u mastodon -- psql -X -q -d mastodon_production -c ");
    QVERIFY(hostSsh(psql + QStringLiteral("\"UPDATE rules SET deleted_at = now() WHERE deleted_at IS NULL\"")));
    const HttpChecks h = probe();
    QVERIFY(hostSsh(psql + QStringLiteral("\"UPDATE rules SET deleted_at = NULL\"")));
    QCOMPARE(h.rulesCount, 0);
    QCOMPARE(httpFindings(evaluate(h)).value(QStringLiteral("instance.rules_missing")), Severity::Warning);
    QCOMPARE(probe().rulesCount, 3);
}

void TestHttpProbeE2e::assetPackMissing()
{
    const QString packs = QStringLiteral("/home/mastodon/live/public/packs");
    QVERIFY(hostSsh(QStringLiteral("mv %1/css %1/css.hoshu-e2e").arg(packs)));
    const HttpChecks h = probe();
    QVERIFY(hostSsh(QStringLiteral("mv %1/css.hoshu-e2e %1/css").arg(packs)));
    const QList<Finding> f = evaluate(h);
    const auto found = httpFindings(f);
    QCOMPARE(found.value(QStringLiteral("http.webui_assets_failed")), Severity::Critical);
    // The API still works: the seed 001 picture (failed assets:precompile).
    QCOMPARE(found.value(QStringLiteral("http.instance_api_failed")), Severity::Ok);
    QCOMPARE(found.value(QStringLiteral("http.health_failed")), Severity::Ok);
    bool named = false;
    for (const Finding &x : f)
        named = named || (x.id == QLatin1String("http.webui_assets_failed") && x.message().contains(QStringLiteral(".css (HTTP 404)")));
    QVERIFY2(named, qPrintable(describe(f)));
    // Back in place, the next probe is green again.
    QCOMPARE(httpFindings(evaluate(probe())).value(QStringLiteral("http.webui_assets_failed")), Severity::Ok);
}

void TestHttpProbeE2e::monitorRefresh()
{
    QTemporaryDir dir;
    HistoryStore history(dir.filePath(QStringLiteral("history.sqlite")));
    QString error;
    QVERIFY2(history.open(&error), qPrintable(error));
    ServerProfile profile;
    profile.id = QStringLiteral("e2e-http-id");
    profile.name = QStringLiteral("e2e-http");
    profile.host = m_env.value(QStringLiteral("HOST_ADDR"));
    profile.port = 22;
    profile.user = QStringLiteral("root");
    profile.auth = ServerProfile::AuthMethod::KeyFile;
    profile.keyFile = m_env.value(QStringLiteral("HOST_KEY"));
    profile.rootAccess = ServerProfile::RootAccess::AlreadyRoot;
    // As `hoshu-cli server add --domain --http-address --http-ca-file` stores them.
    profile.extra.insert(QStringLiteral("domain"), m_env.value(QStringLiteral("HOST_DOMAIN")));
    profile.extra.insert(QStringLiteral("http_address"), m_env.value(QStringLiteral("HOST_ADDR")));
    profile.extra.insert(QStringLiteral("http_ca_file"), m_caPath);
    ServerSession session(profile, nullptr);
    session.setHostKeyPolicy(HostKeyPolicy::AcceptNew);
    ServerMonitor monitor(&session, &history);
    HttpProbe::Options base;
    base.timeoutMs = m_options.timeoutMs;
    monitor.setHttpOptions(base);
    QSignalSpy updated(&monitor, &ServerMonitor::updated);
    QSignalSpy failed(&monitor, &ServerMonitor::refreshFailed);
    QSignalSpy started(&monitor, &ServerMonitor::refreshStarted);

    for (int round = 1; round <= 2; ++round) {
        monitor.refresh();
        QVERIFY(monitor.isRefreshing());
        QTRY_VERIFY_WITH_TIMEOUT(!monitor.isRefreshing(), 60000);
        QVERIFY2(failed.isEmpty(), qPrintable(describe(monitor.findings())));
        QCOMPARE(updated.size(), round);
        QCOMPARE(started.size(), round);
        const auto found = httpFindings(monitor.findings());
        for (const QString &id : {QStringLiteral("http.health_failed"), QStringLiteral("http.instance_api_failed"),
                                  QStringLiteral("http.streaming_failed"), QStringLiteral("http.webui_assets_failed")})
            QVERIFY2(found.value(id, Severity::Unknown) == Severity::Ok, qPrintable(id + QLatin1Char('\n') + describe(monitor.findings())));
        QCOMPARE(monitor.snapshot().http.domain, m_env.value(QStringLiteral("HOST_DOMAIN")));
        QCOMPARE(found.value(QStringLiteral("instance.rules_missing"), Severity::Unknown), Severity::Ok);
        QVERIFY(monitor.snapshot().disks.status.ok);
        qInfo("refresh %d: %lld ms (probe + HTTP), %d findings", round, monitor.lastDurationMs(),
              int(monitor.findings().size()));
    }
    QCOMPARE(history.diskHistory(profile.id, QStringLiteral("/"), {}).size(), 2);
    const auto last = history.lastRefresh(profile.id);
    QVERIFY(last.has_value());
    QVERIFY(last->findingsJson.contains("http.health_failed"));
}

void TestHttpProbeE2e::monitorUnreadableCaFile()
{
    // A CA file that went away: the HTTP checks say so (unknown), they never pass silently.
    ServerProfile profile;
    profile.id = QStringLiteral("e2e-http-noca");
    profile.name = QStringLiteral("e2e-http-noca");
    profile.host = m_env.value(QStringLiteral("HOST_ADDR"));
    profile.port = 22;
    profile.user = QStringLiteral("root");
    profile.auth = ServerProfile::AuthMethod::KeyFile;
    profile.keyFile = m_env.value(QStringLiteral("HOST_KEY"));
    profile.rootAccess = ServerProfile::RootAccess::AlreadyRoot;
    profile.extra.insert(QStringLiteral("domain"), m_env.value(QStringLiteral("HOST_DOMAIN")));
    profile.extra.insert(QStringLiteral("http_address"), m_env.value(QStringLiteral("HOST_ADDR")));
    profile.extra.insert(QStringLiteral("http_ca_file"), QStringLiteral("/nonexistent/hoshu-ca.pem"));
    ServerSession session(profile, nullptr);
    session.setHostKeyPolicy(HostKeyPolicy::AcceptNew);
    ServerMonitor monitor(&session, nullptr);
    monitor.refresh();
    QTRY_VERIFY_WITH_TIMEOUT(!monitor.isRefreshing(), 60000);
    const auto found = httpFindings(monitor.findings());
    QCOMPARE(found.size(), 5);
    for (auto it = found.constBegin(); it != found.constEnd(); ++it)
        QVERIFY2(it.value() == Severity::Unknown, qPrintable(it.key()));
    bool said = false;
    for (const Finding &f : monitor.findings())
        said = said || (f.id == QLatin1String("http.health_failed") && f.message().contains(QStringLiteral("/nonexistent/hoshu-ca.pem")));
    QVERIFY2(said, qPrintable(describe(monitor.findings())));
}

void TestHttpProbeE2e::cleanupTestCase()
{
    // Whatever a failed test left: put the host back.
    if (!m_env.isEmpty()) {
        hostSsh(QStringLiteral("d=/home/mastodon/live/public/packs; [ -d $d/css.hoshu-e2e ] && mv $d/css.hoshu-e2e $d/css; "
                               "systemctl start mastodon-streaming.service mastodon-streaming@4000.service; "
                               "runuser -u mastodon -- psql -X -q -d mastodon_production -c 'UPDATE rules SET deleted_at = NULL'; true"));
    }
}

QTEST_GUILESS_MAIN(TestHttpProbeE2e)
#include "test_http_probe.moc"
