#include "checks/Checker.h"
#include "checks/HttpRules.h"
#include "probes/HttpProbe.h"

#include <QtTest>

namespace {
HttpEndpoint ep(const QString &path, int status, const QString &error = {})
{
    HttpEndpoint e;
    e.url = QStringLiteral("https://a.test") + path;
    e.httpStatus = status;
    e.error = error;
    e.elapsedMs = 12;
    return e;
}

// A healthy Mastodon 4.3 seen from outside.
HttpChecks healthy()
{
    HttpChecks h;
    h.status = ParseStatus::good();
    h.domain = QStringLiteral("a.test");
    h.health = ep(QStringLiteral("/health"), 200);
    h.instance = ep(QStringLiteral("/api/v2/instance"), 200);
    h.instanceApi = QStringLiteral("v2");
    h.instanceVersion = QStringLiteral("4.3.2");
    h.rulesCount = 3;
    h.streaming = ep(QStringLiteral("/api/v1/streaming/health"), 200);
    h.webUi = ep(QStringLiteral("/"), 200);
    h.assets = {ep(QStringLiteral("/packs/js/common.js"), 200), ep(QStringLiteral("/packs/css/common.css"), 200)};
    return h;
}

QMap<QString, Severity> bySeverity(const HttpChecks &h)
{
    Snapshot s;
    s.http = h;
    QMap<QString, Severity> out;
    for (const Finding &f : HttpRules::evaluate(s)) {
        out.insert(f.id, f.severity);
        // Every finding explains itself in words, never the raw id.
        if (f.message() == f.id || f.message().isEmpty())
            qWarning("no message for %s", qPrintable(f.id));
    }
    return out;
}
} // namespace

Q_DECLARE_METATYPE(HttpChecks)

class TestHttpRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rules_data();
    void rules();
    void notCollectedGivesNothing();
    void unknownDomainGivesUnknown();
    void messagesCarryEvidence();
    void checkerIncludesHttp();
    void assetUrls_data();
    void assetUrls();
    void parseInstance();
};

void TestHttpRules::rules_data()
{
    QTest::addColumn<HttpChecks>("checks");
    QTest::addColumn<QString>("id");
    QTest::addColumn<Severity>("severity");

    QTest::newRow("healthy health") << healthy() << "http.health_failed" << Severity::Ok;
    QTest::newRow("healthy webui") << healthy() << "http.webui_assets_failed" << Severity::Ok;
    QTest::newRow("healthy rules") << healthy() << "instance.rules_missing" << Severity::Ok;

    HttpChecks h = healthy();
    h.health = ep(QStringLiteral("/health"), 502);
    QTest::newRow("health 502") << h << "http.health_failed" << Severity::Critical;
    h = healthy();
    h.health = ep(QStringLiteral("/health"), -1, QStringLiteral("Connection refused"));
    QTest::newRow("health refused") << h << "http.health_failed" << Severity::Critical;

    h = healthy();
    h.streaming = ep(QStringLiteral("/api/v1/streaming/health"), 502);
    QTest::newRow("streaming 502") << h << "http.streaming_failed" << Severity::Warning;
    QTest::newRow("streaming 502 leaves health") << h << "http.health_failed" << Severity::Ok;

    h = healthy();
    h.instance = ep(QStringLiteral("/api/v1/instance"), 500);
    h.instanceApi.clear();
    h.rulesCount = -1;
    QTest::newRow("instance 500") << h << "http.instance_api_failed" << Severity::Critical;
    QTest::newRow("instance 500 rules unknown") << h << "instance.rules_missing" << Severity::Unknown;

    h = healthy();
    h.instance = ep(QStringLiteral("/api/v1/instance"), 200);
    h.instanceApi = QStringLiteral("v1"); // Mastodon 3.x
    QTest::newRow("v1 fallback is fine") << h << "http.instance_api_failed" << Severity::Ok;

    h = healthy();
    h.assets[1] = ep(QStringLiteral("/packs/css/common.css"), 404);
    QTest::newRow("one asset 404") << h << "http.webui_assets_failed" << Severity::Critical;
    QTest::newRow("one asset 404, API fine") << h << "http.instance_api_failed" << Severity::Ok;

    h = healthy();
    h.webUi = ep(QStringLiteral("/"), 500);
    h.assets.clear();
    QTest::newRow("web ui 500") << h << "http.webui_assets_failed" << Severity::Critical;

    h = healthy();
    h.assets.clear();
    h.webUi.error = QStringLiteral("the page references no JS/CSS pack");
    QTest::newRow("no packs referenced: cannot tell") << h << "http.webui_assets_failed" << Severity::Unknown;

    h = healthy();
    h.rulesCount = 0;
    QTest::newRow("no rules") << h << "instance.rules_missing" << Severity::Warning;
    h.rulesCount = -1;
    QTest::newRow("rules not listed") << h << "instance.rules_missing" << Severity::Unknown;
}

void TestHttpRules::rules()
{
    QFETCH(HttpChecks, checks);
    QFETCH(QString, id);
    QFETCH(Severity, severity);
    const auto found = bySeverity(checks);
    QCOMPARE(found.size(), 5);
    QVERIFY2(found.contains(id), qPrintable(id));
    QCOMPARE(found.value(id), severity);
}

void TestHttpRules::notCollectedGivesNothing()
{
    Snapshot s; // http.status.collected == false: HTTP checks did not run (hoshu-cli check)
    QVERIFY(HttpRules::evaluate(s).isEmpty());
}

void TestHttpRules::unknownDomainGivesUnknown()
{
    Snapshot s;
    s.http.status = ParseStatus::bad(QStringLiteral("the server's domain is not known"));
    const QList<Finding> f = HttpRules::evaluate(s);
    QCOMPARE(f.size(), 5);
    for (const Finding &x : f) {
        QCOMPARE(x.severity, Severity::Unknown);
        QVERIFY(x.message().contains(QStringLiteral("domain is not known")));
    }
}

void TestHttpRules::messagesCarryEvidence()
{
    HttpChecks h = healthy();
    h.assets[0] = ep(QStringLiteral("/packs/js/common.js"), 404);
    h.health = ep(QStringLiteral("/health"), -1, QStringLiteral("SSL handshake failed"));
    h.certificate.errors = {QStringLiteral("The certificate has expired")};
    Snapshot s;
    s.http = h;
    QString webui, health;
    QVariantMap healthEvidence;
    for (const Finding &f : HttpRules::evaluate(s)) {
        if (f.id == QLatin1String("http.webui_assets_failed"))
            webui = f.message();
        if (f.id == QLatin1String("http.health_failed")) {
            health = f.message();
            healthEvidence = f.evidence;
        }
    }
    QVERIFY2(webui.contains(QStringLiteral("/packs/js/common.js (HTTP 404)")), qPrintable(webui));
    QVERIFY2(webui.contains(QStringLiteral("1 of its 2")), qPrintable(webui));
    QVERIFY2(health.contains(QStringLiteral("SSL handshake failed")), qPrintable(health));
    QCOMPARE(healthEvidence.value(QStringLiteral("tlsErrors")).toString(), QStringLiteral("The certificate has expired"));
    QCOMPARE(healthEvidence.value(QStringLiteral("httpStatus")).toInt(), -1);
}

void TestHttpRules::checkerIncludesHttp()
{
    Snapshot s;
    s.http = healthy();
    s.http.streaming = ep(QStringLiteral("/api/v1/streaming/health"), 503);
    bool seen = false;
    for (const Finding &f : Checker::evaluate(s))
        seen = seen || (f.id == QLatin1String("http.streaming_failed") && f.severity == Severity::Warning);
    QVERIFY(seen);
}

void TestHttpRules::assetUrls_data()
{
    QTest::addColumn<QByteArray>("html");
    QTest::addColumn<QStringList>("expected");
    // Mastodon 4.3 (webpacker), as the test host's stand-in and real servers serve it.
    QTest::newRow("4.3 webpacker")
        << QByteArray("<link rel=\"stylesheet\" media=\"all\" href=\"/packs/css/common-9f2e.css\">\n"
                      "<script src=\"/packs/js/common-1a2b.js\" crossorigin=\"anonymous\"></script>\n"
                      "<link rel=\"icon\" href=\"/favicon.ico\">\n"
                      "<link rel=\"manifest\" href=\"/manifest\">\n"
                      "<script src='/packs/js/locale/ja-json-77.chunk.js'></script>")
        << QStringList{QStringLiteral("https://a.test/packs/css/common-9f2e.css"),
                       QStringLiteral("https://a.test/packs/js/common-1a2b.js"),
                       QStringLiteral("https://a.test/packs/js/locale/ja-json-77.chunk.js")};
    // Mastodon 4.4 (vite): module scripts and modulepreload links, a CDN host.
    QTest::newRow("4.4 vite + CDN")
        << QByteArray("<script type=\"module\" crossorigin src=\"https://cdn.a.test/packs/assets/application-Bx1.js\"></script>"
                      "<link rel=\"modulepreload\" href=\"/packs/assets/index-Cq2.js\" crossorigin>"
                      "<link rel=\"stylesheet\" href=\"/packs/assets/application-D3.css?v=1&amp;x=2\">"
                      "<script>window.inline = 1;</script>")
        << QStringList{QStringLiteral("https://cdn.a.test/packs/assets/application-Bx1.js"),
                       QStringLiteral("https://a.test/packs/assets/index-Cq2.js"),
                       QStringLiteral("https://a.test/packs/assets/application-D3.css?v=1&x=2")};
    QTest::newRow("garbage") << QByteArray("<<script src=>><link href") << QStringList();
    QTest::newRow("javascript: url") << QByteArray("<script src=\"javascript:alert(1).js\"></script>") << QStringList();
}

void TestHttpRules::assetUrls()
{
    QFETCH(QByteArray, html);
    QFETCH(QStringList, expected);
    QStringList got;
    for (const QUrl &u : HttpProbe::assetUrls(html, QUrl(QStringLiteral("https://a.test/"))))
        got << u.toString();
    QCOMPARE(got, expected);
}

void TestHttpRules::parseInstance()
{
    QString version;
    int rules = -2;
    QVERIFY(HttpProbe::parseInstance(R"({"domain":"a.test","version":"4.3.2","rules":[{"id":"1","text":"Be nice"}]})", &version, &rules));
    QCOMPARE(version, QStringLiteral("4.3.2"));
    QCOMPARE(rules, 1);
    QVERIFY(HttpProbe::parseInstance(R"({"uri":"a.test","version":"3.3.0"})", &version, &rules));
    QCOMPARE(rules, -1); // before 3.4: no rules in the answer
    QVERIFY(!HttpProbe::parseInstance("<html>502 Bad Gateway</html>", &version, &rules));
    QVERIFY(!HttpProbe::parseInstance(R"({"error":"Record not found"})", &version, &rules));
}

QTEST_GUILESS_MAIN(TestHttpRules)
#include "test_http_rules.moc"
