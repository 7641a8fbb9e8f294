// Issue 7 item 10: the desktop's HTTP checks stay in their lane. HttpProbe
// against HTTPS servers this test starts on 127.0.0.1 (never any other
// address): "hoshu.test" is the server's domain (resolveOverrides sends it to
// 127.0.0.1, as --http-address does), and a second server on another port
// stands for an address inside the admin's network that a hostile page or
// redirect names. It must never see a connection.
#include "LocalHttpsServer.h"
#include "checks/HttpRules.h"
#include "probes/HttpProbe.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

class TestHttpLane : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void assetsOnOtherHostsAreNotFetched();
    void onlyForeignAssetsMakeTheCheckUnknown();
    void ownDomainsMayServeAssets();
    void crossHostRedirectsAreNotFollowed();
    void sameOriginRedirectIsFollowed();
    void tricklingHeadersHitTheDeadline();
    void tricklingBodyHitsTheDeadline();
    void instanceV1IsCheckedEvenWhenV2Answers();
    void addressesAreNoDomain_data();
    void addressesAreNoDomain();

private:
    HttpChecks probe(const QString &domain, const HttpProbe::Options &options);
    HttpProbe::Options options() const;
    QString domain() const { return QStringLiteral("hoshu.test:%1").arg(m_server->port()); }
    QByteArray lanUrl(const QByteArray &path) const
    {
        return "https://127.0.0.1:" + QByteArray::number(m_lan->port()) + path;
    }
    void serveHealthyApi();
    bool sawHost(const QByteArray &hostPrefix) const;

    QTemporaryDir m_dir;
    LocalHttpsServer::Tls m_tls;
    LocalHttpsServer *m_server = nullptr; // the server's own address
    LocalHttpsServer *m_lan = nullptr;    // "inside the admin's LAN": must stay untouched
};

void TestHttpLane::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString error;
    QVERIFY2(LocalHttpsServer::makeTls(m_dir.path(),
                                       {QStringLiteral("hoshu.test"), QStringLiteral("social.test"),
                                        QStringLiteral("other.test")},
                                       &m_tls, &error),
             qPrintable(error));
}

void TestHttpLane::init()
{
    m_server = new LocalHttpsServer(m_tls, this);
    m_lan = new LocalHttpsServer(m_tls, this);
    QString error;
    QVERIFY2(m_server->listen(&error), qPrintable(error));
    QVERIFY2(m_lan->listen(&error), qPrintable(error));
    LocalHttpsServer::Route any;
    any.body = "you should not be here\n";
    for (const QByteArray &path : {QByteArray("/health"), QByteArray("/packs/lan.css"), QByteArray("/packs/port.js"),
                                   QByteArray("/api/v2/instance")})
        m_lan->setRoute(path, any);
}

void TestHttpLane::cleanup()
{
    // Nothing the probe did may have reached the other address.
    if (m_lan)
        QCOMPARE(m_lan->connectionCount(), 0);
    delete m_server;
    delete m_lan;
    m_server = m_lan = nullptr;
}

HttpProbe::Options TestHttpLane::options() const
{
    HttpProbe::Options o;
    o.extraCaCertificates = {m_tls.ca};
    for (const char *name : {"hoshu.test", "social.test", "other.test"})
        o.resolveOverrides.insert(QString::fromLatin1(name), QHostAddress::LocalHost);
    o.timeoutMs = 10000;
    o.deadlineMs = 5000;
    return o;
}

HttpChecks TestHttpLane::probe(const QString &domain, const HttpProbe::Options &options)
{
    HttpProbe probe;
    probe.setOptions(options);
    QSignalSpy spy(&probe, &HttpProbe::finished);
    probe.start(domain);
    if (!spy.wait(60000))
        return {};
    return spy.at(0).at(0).value<HttpChecks>();
}

void TestHttpLane::serveHealthyApi()
{
    LocalHttpsServer::Route ok;
    ok.body = "OK";
    m_server->setRoute("/health", ok);
    m_server->setRoute("/api/v1/streaming/health", ok);
    LocalHttpsServer::Route instance;
    instance.contentType = "application/json";
    instance.body = R"({"version": "4.3.2", "rules": [{"id": "1", "text": "be nice"}]})";
    m_server->setRoute("/api/v2/instance", instance);
    LocalHttpsServer::Route js;
    js.contentType = "application/javascript";
    js.body = "//";
    m_server->setRoute("/packs/own.js", js);
}

bool TestHttpLane::sawHost(const QByteArray &hostPrefix) const
{
    for (const LocalHttpsServer::Request &r : m_server->requests()) {
        if (r.host.startsWith(hostPrefix))
            return true;
    }
    return false;
}

void TestHttpLane::instanceV1IsCheckedEvenWhenV2Answers()
{
    // Seed 001: /api/v2/instance fine, /api/v1/instance 500 (the "instances" view not
    // refreshed). v1 was only asked when v2 failed, so this never showed.
    serveHealthyApi();
    LocalHttpsServer::Route broken;
    broken.status = 500;
    broken.body = "We're sorry, but something went wrong.";
    m_server->setRoute("/api/v1/instance", broken);
    const HttpChecks h = probe(domain(), options());
    QCOMPARE(h.instanceApi, QStringLiteral("v2"));
    QCOMPARE(h.instanceV1.httpStatus, 500);
    Finding failed;
    for (const Finding &f : HttpRules::evaluate([&] {
             Snapshot s;
             s.http = h;
             return s;
         }())) {
        if (f.id == QLatin1String("http.instance_api_failed"))
            failed = f;
    }
    QCOMPARE(failed.severity, Severity::Critical);
    QCOMPARE(failed.evidence.value(QStringLiteral("api")).toString(), QStringLiteral("v1"));
    QVERIFY(failed.evidence.value(QStringLiteral("url")).toString().endsWith(QLatin1String("/api/v1/instance")));

    // Both answering: fine.
    LocalHttpsServer::Route v1;
    v1.contentType = "application/json";
    v1.body = R"({"version": "4.3.2", "uri": "hoshu.test"})";
    m_server->setRoute("/api/v1/instance", v1);
    Snapshot s;
    s.http = probe(domain(), options());
    QVERIFY(s.http.instanceV1Valid);
    for (const Finding &f : HttpRules::evaluate(s)) {
        if (f.id == QLatin1String("http.instance_api_failed"))
            QCOMPARE(f.severity, Severity::Ok);
    }
}

void TestHttpLane::assetsOnOtherHostsAreNotFetched()
{
    serveHealthyApi();
    const QByteArray port = QByteArray::number(m_server->port());
    LocalHttpsServer::Route page;
    page.contentType = "text/html";
    page.body = "<html><head>"
                "<script src=\"/packs/own.js\"></script>"
                "<link rel=\"stylesheet\" href=\"" + lanUrl("/packs/lan.css") + "\">"
                "<script src=\"https://hoshu.test:" + QByteArray::number(m_lan->port()) + "/packs/port.js\"></script>"
                "<script src=\"https://other.test:" + port + "/packs/name.js\"></script>"
                "<script src=\"http://hoshu.test:" + port + "/packs/plain.js\"></script>"
                "</head></html>";
    m_server->setRoute("/", page);

    const HttpChecks h = probe(domain(), options());
    QVERIFY2(h.status.ok, qPrintable(h.status.reason));
    QVERIFY2(h.webUi.ok(), qPrintable(h.webUi.error));
    QCOMPARE(h.assets.size(), 1);
    QVERIFY(h.assets.at(0).url.endsWith(QLatin1String("/packs/own.js")));
    QVERIFY(h.assets.at(0).ok());
    // Reported as not checked, with the reason and the addresses.
    QVERIFY2(h.webUi.error.contains(QLatin1String("4 JS/CSS pack(s) not checked")), qPrintable(h.webUi.error));
    QVERIFY2(h.webUi.error.contains(QString::fromLatin1(lanUrl("/packs/lan.css"))), qPrintable(h.webUi.error));
    QVERIFY(!sawHost("other.test"));
    for (const LocalHttpsServer::Request &r : m_server->requests())
        QVERIFY2(r.path != "/packs/plain.js" && r.path != "/packs/name.js", r.path.constData());
    Snapshot s;
    s.http = h;
    for (const Finding &f : HttpRules::evaluate(s)) {
        if (f.id == QLatin1String("http.webui_assets_failed"))
            QCOMPARE(f.severity, Severity::Ok); // its own pack is fine
    }
}

void TestHttpLane::onlyForeignAssetsMakeTheCheckUnknown()
{
    serveHealthyApi();
    LocalHttpsServer::Route page;
    page.contentType = "text/html";
    page.body = "<link rel=\"stylesheet\" href=\"" + lanUrl("/packs/lan.css") + "\">";
    m_server->setRoute("/", page);
    const HttpChecks h = probe(domain(), options());
    QVERIFY(h.assets.isEmpty());
    Snapshot s;
    s.http = h;
    bool seen = false;
    for (const Finding &f : HttpRules::evaluate(s)) {
        if (f.id != QLatin1String("http.webui_assets_failed"))
            continue;
        seen = true;
        QCOMPARE(f.severity, Severity::Unknown); // not checked is not passed
    }
    QVERIFY(seen);
    QVERIFY2(h.webUi.error.contains(QLatin1String("not checked")), qPrintable(h.webUi.error));
}

void TestHttpLane::ownDomainsMayServeAssets()
{
    serveHealthyApi();
    const QByteArray port = QByteArray::number(m_server->port());
    LocalHttpsServer::Route page;
    page.contentType = "text/html";
    page.body = "<script src=\"https://social.test:" + port + "/packs/own.js\"></script>";
    m_server->setRoute("/", page);
    HttpProbe::Options o = options();
    o.ownDomains = {QStringLiteral("social.test:") + QString::fromLatin1(port)};
    const HttpChecks h = probe(domain(), o);
    QCOMPARE(h.assets.size(), 1);
    QVERIFY2(h.assets.at(0).ok(), qPrintable(h.assets.at(0).error));
    QVERIFY(sawHost("social.test"));
    QVERIFY(h.webUi.error.isEmpty());
}

void TestHttpLane::crossHostRedirectsAreNotFollowed()
{
    serveHealthyApi();
    LocalHttpsServer::Route toLan;
    toLan.status = 302;
    toLan.location = lanUrl("/health");
    m_server->setRoute("/health", toLan);
    LocalHttpsServer::Route toOtherPort;
    toOtherPort.status = 301;
    toOtherPort.location = "https://hoshu.test:" + QByteArray::number(m_lan->port()) + "/api/v2/instance";
    m_server->setRoute("/api/v2/instance", toOtherPort);
    m_server->setRoute("/api/v1/instance", toOtherPort);
    LocalHttpsServer::Route toPlainHttp;
    toPlainHttp.status = 302;
    toPlainHttp.location = "http://hoshu.test:" + QByteArray::number(m_server->port()) + "/streaming";
    m_server->setRoute("/api/v1/streaming/health", toPlainHttp);

    const HttpChecks h = probe(domain(), options());
    QCOMPARE(h.health.httpStatus, 302);
    QVERIFY2(h.health.error.contains(QLatin1String("not followed")), qPrintable(h.health.error));
    QVERIFY(!h.instance.ok());
    QVERIFY2(h.instance.error.contains(QLatin1String("not followed")), qPrintable(h.instance.error));
    QCOMPARE(h.streaming.httpStatus, 302);
    QVERIFY2(h.streaming.error.contains(QLatin1String("not followed")), qPrintable(h.streaming.error));
    for (const LocalHttpsServer::Request &r : m_server->requests())
        QVERIFY2(r.path != "/streaming", "followed a redirect to plain http");
}

void TestHttpLane::sameOriginRedirectIsFollowed()
{
    serveHealthyApi();
    LocalHttpsServer::Route moved;
    moved.status = 301;
    moved.location = "/health/";
    m_server->setRoute("/health", moved);
    LocalHttpsServer::Route ok;
    ok.body = "OK";
    m_server->setRoute("/health/", ok);
    const HttpChecks h = probe(domain(), options());
    QVERIFY2(h.health.ok(), qPrintable(h.health.error));
}

void TestHttpLane::tricklingHeadersHitTheDeadline()
{
    serveHealthyApi();
    LocalHttpsServer::Route slow;
    slow.trickle = LocalHttpsServer::Route::Trickle::All;
    m_server->setRoute("/health", slow);
    const HttpChecks h = probe(domain(), options()); // inactivity timeout 10 s never fires: one byte every 500 ms
    QVERIFY2(h.checkedAt.isValid(), "the probe never finished");
    QCOMPARE(h.health.httpStatus, -1);
    QVERIFY2(h.health.error.contains(QLatin1String("no complete answer within 5 s")), qPrintable(h.health.error));
    QVERIFY2(h.instance.ok(), qPrintable(h.instance.error)); // the others are not held up
}

void TestHttpLane::tricklingBodyHitsTheDeadline()
{
    serveHealthyApi();
    LocalHttpsServer::Route slow;
    slow.trickle = LocalHttpsServer::Route::Trickle::Body;
    slow.contentType = "application/json";
    m_server->setRoute("/api/v2/instance", slow);
    m_server->setRoute("/api/v1/instance", slow);
    const HttpChecks h = probe(domain(), options());
    QVERIFY2(h.checkedAt.isValid(), "the probe never finished");
    // A 200 status line with a body that never ends is no answer.
    QCOMPARE(h.instance.httpStatus, -1);
    QVERIFY2(h.instance.error.contains(QLatin1String("no complete answer")), qPrintable(h.instance.error));
    QVERIFY(h.health.ok());
}

void TestHttpLane::addressesAreNoDomain_data()
{
    QTest::addColumn<QString>("domain");
    QTest::newRow("ipv4") << QStringLiteral("127.0.0.1");
    QTest::newRow("ipv4 with port") << QStringLiteral("127.0.0.1:%1");
    QTest::newRow("short ipv4") << QStringLiteral("127.1:%1");
    QTest::newRow("hex ipv4") << QStringLiteral("0x7f.0.0.1:%1");
    QTest::newRow("decimal ipv4") << QStringLiteral("2130706433:%1");
    QTest::newRow("ipv6") << QStringLiteral("[::1]:%1");
    QTest::newRow("localhost") << QStringLiteral("localhost:%1");
    QTest::newRow("sub.localhost") << QStringLiteral("hoshu.localhost:%1");
    QTest::newRow("mdns") << QStringLiteral("printer.local:%1");
    QTest::newRow("one label") << QStringLiteral("router:%1");
    QTest::newRow("user info") << QStringLiteral("user@hoshu.test:%1");
}

void TestHttpLane::addressesAreNoDomain()
{
    QFETCH(QString, domain);
    if (domain.contains(QLatin1String("%1")))
        domain = domain.arg(m_server->port());
    HttpProbe::Options o = options();
    o.resolveOverrides.insert(QStringLiteral("router"), QHostAddress::LocalHost);
    o.resolveOverrides.insert(QStringLiteral("printer.local"), QHostAddress::LocalHost);
    const HttpChecks h = probe(domain, o);
    QVERIFY(h.status.collected);
    QVERIFY(!h.status.ok);
    QVERIFY2(h.status.reason.contains(QLatin1String("not a domain name")), qPrintable(h.status.reason));
    QCOMPARE(m_server->connectionCount(), 0);
}

QTEST_GUILESS_MAIN(TestHttpLane)
#include "test_http_lane.moc"
