#include "probes/HttpProbe.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMetaObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QSslConfiguration>
#include <QSslError>
#include <QTimer>

namespace {
constexpr qint64 kMaxBody = 4 * 1024 * 1024; // a Web UI page or instance answer is far smaller

bool isRedirect(int status)
{
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
}

// A domain setting, which may carry a port ("example.social:8443"): a host name
// of two labels or more whose last label starts with a letter (so never an IP
// address in any notation), and not localhost or an mDNS .local name.
bool plausibleDomain(const QString &domain)
{
    static const QRegularExpression re(QStringLiteral(
        "^([a-z0-9]([a-z0-9-]*[a-z0-9])?\\.)+[a-z]([a-z0-9-]*[a-z0-9])?(:[0-9]{1,5})?$"));
    if (!re.match(domain).hasMatch())
        return false;
    const QString host = domain.section(QLatin1Char(':'), 0, 0);
    return !host.endsWith(QLatin1String(".localhost")) && !host.endsWith(QLatin1String(".local"));
}

const char *const kDeadlineTimer = "hoshuDeadlineTimer";
} // namespace

std::optional<HttpProbe::Origin> HttpProbe::parseOrigin(const QString &domain)
{
    if (!plausibleDomain(domain))
        return std::nullopt;
    Origin origin;
    origin.host = domain.section(QLatin1Char(':'), 0, 0);
    if (domain.contains(QLatin1Char(':'))) {
        bool ok = false;
        origin.port = domain.section(QLatin1Char(':'), 1).toInt(&ok);
        if (!ok || origin.port < 1 || origin.port > 65535)
            return std::nullopt;
    }
    return origin;
}

bool HttpProbe::isOwnOrigin(const QUrl &url) const
{
    if (!url.isValid() || url.scheme() != QLatin1String("https") || !url.userInfo().isEmpty())
        return false;
    const QString host = url.host(QUrl::EncodeUnicode).toLower();
    const int port = url.port(443);
    for (const Origin &o : m_origins) {
        if (o.host == host && o.port == port)
            return true;
    }
    return false;
}

HttpProbe::HttpProbe(QObject *parent)
    : QObject(parent)
    , m_nam(new QNetworkAccessManager(this))
{
    // Checks must see the server as it is now: no cookies kept, no cache, no HSTS memory.
    m_nam->setCookieJar(nullptr);
    m_nam->setCache(nullptr);
    m_nam->setStrictTransportSecurityEnabled(false);
}

HttpProbe::~HttpProbe()
{
    cancel();
}

QString HttpProbe::userAgent()
{
    return QStringLiteral("Hoshu/" HOSHU_VERSION " (Mastodon server health check)");
}

QUrl HttpProbe::pageUrl(const QString &path) const
{
    return QUrl(QStringLiteral("https://") + m_result.domain + path);
}

void HttpProbe::start(const QString &domain)
{
    if (m_running)
        return;
    m_running = true;
    m_pending = 0;
    m_result = HttpChecks();
    m_result.domain = domain.trimmed().toLower();
    m_result.checkedAt = QDateTime::currentDateTimeUtc();
    m_clock.start();
    m_origins.clear();
    const std::optional<Origin> own = parseOrigin(m_result.domain);
    if (own) {
        m_origins << *own;
        for (const QString &other : m_options.ownDomains) {
            if (const std::optional<Origin> o = parseOrigin(other.trimmed().toLower()))
                m_origins << *o;
        }
    }
    if (!own) {
        m_result.status = ParseStatus::bad(
            m_result.domain.isEmpty()
                ? QStringLiteral("the server's domain is not known (LOCAL_DOMAIN/WEB_DOMAIN not readable, no \"domain\" in the profile)")
                : QStringLiteral("not a domain name (IP addresses, localhost and .local names are never contacted): ")
                    + m_result.domain.left(100));
        // Still asynchronous, as callers expect.
        QMetaObject::invokeMethod(this, &HttpProbe::finishIfDone, Qt::QueuedConnection);
        return;
    }
    m_result.status = ParseStatus::good();
    get(pageUrl(QStringLiteral("/health")), &HttpProbe::onHealth);
    get(pageUrl(QStringLiteral("/api/v2/instance")), &HttpProbe::onInstanceV2);
    get(pageUrl(QStringLiteral("/api/v1/streaming/health")), &HttpProbe::onStreaming);
    get(pageUrl(QStringLiteral("/")), &HttpProbe::onWebUi);
}

void HttpProbe::cancel()
{
    const bool wasRunning = m_running;
    m_running = false;
    for (const QPointer<QNetworkReply> &r : std::as_const(m_replies)) {
        if (r) {
            r->disconnect(this);
            r->abort();
            r->deleteLater();
        }
    }
    m_replies.clear();
    m_pending = 0;
    Q_UNUSED(wasRunning)
}

void HttpProbe::get(const QUrl &url, Handler handler, bool head, int redirects, qint64 deadlineAtMs)
{
    if (!isOwnOrigin(url)) // callers check; never contact anything else
        return;
    if (deadlineAtMs < 0)
        deadlineAtMs = m_clock.elapsed() + m_options.deadlineMs;
    QNetworkRequest req;
    QUrl connectUrl = url;
    const auto override = m_options.resolveOverrides.constFind(url.host());
    if (override != m_options.resolveOverrides.constEnd()) {
        // Connect to the given address; the Host header and the certificate check use the real name.
        connectUrl.setHost(override->toString());
        QByteArray host = url.host().toUtf8();
        if (url.port() > 0)
            host += ':' + QByteArray::number(url.port());
        req.setRawHeader("Host", host);
        req.setPeerVerifyName(url.host());
        req.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    }
    req.setUrl(connectUrl);
    req.setHeader(QNetworkRequest::UserAgentHeader, userAgent());
    req.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    req.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    req.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    req.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    req.setTransferTimeout(m_options.timeoutMs);
    if (!m_options.extraCaCertificates.isEmpty()) {
        QSslConfiguration conf = QSslConfiguration::defaultConfiguration();
        conf.addCaCertificates(m_options.extraCaCertificates);
        req.setSslConfiguration(conf);
    }

    QNetworkReply *reply = head ? m_nam->head(req) : m_nam->get(req);
    reply->setProperty("hoshuUrl", url);
    m_replies << reply;
    ++m_pending;
    const qint64 started = m_clock.elapsed();
    connect(reply, &QNetworkReply::encrypted, this, [this, reply] { readCertificate(reply); });
    connect(reply, &QNetworkReply::sslErrors, this, [this, reply](const QList<QSslError> &errors) {
        readCertificate(reply);
        for (const QSslError &e : errors) {
            if (!m_result.certificate.errors.contains(e.errorString()))
                m_result.certificate.errors << e.errorString();
        }
        // Not ignored: a certificate browsers reject is a failure of the check.
    });
    connect(reply, &QNetworkReply::downloadProgress, this, [reply](qint64 received, qint64) {
        if (received > kMaxBody) {
            reply->setProperty("hoshuTooLarge", true);
            reply->abort();
        }
    });
    // The transfer timeout above only catches silence: a server that sends a
    // byte now and then would hold the check forever.
    auto *deadline = new QTimer(reply);
    deadline->setObjectName(QLatin1String(kDeadlineTimer));
    deadline->setSingleShot(true);
    connect(deadline, &QTimer::timeout, reply, [reply] {
        reply->setProperty("hoshuDeadline", true);
        reply->abort();
    });
    deadline->start(int(qBound(qint64(0), deadlineAtMs - started, qint64(m_options.deadlineMs))));
    connect(reply, &QNetworkReply::finished, this, [this, reply, handler, head, redirects, started, deadlineAtMs] {
        onReply(reply, handler, head, redirects, started, deadlineAtMs);
    });
}

void HttpProbe::onReply(QNetworkReply *reply, Handler handler, bool head, int redirects, qint64 startedMs,
                        qint64 deadlineAtMs)
{
    m_replies.removeAll(reply);
    reply->deleteLater();
    if (auto *deadline = reply->findChild<QTimer *>(QLatin1String(kDeadlineTimer)))
        deadline->stop();
    if (!m_running)
        return;
    const QUrl url = reply->property("hoshuUrl").toUrl();
    HttpEndpoint e;
    e.url = url.toString();
    e.elapsedMs = m_clock.elapsed() - startedMs;
    const QVariant code = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    e.httpStatus = code.isValid() ? code.toInt() : -1;
    if (reply->property("hoshuDeadline").toBool()) {
        // Whatever arrived by then (a status line, part of a body) is no answer.
        e.httpStatus = -1;
        e.error = QStringLiteral("no complete answer within %1 s").arg(m_options.deadlineMs / 1000.0);
    } else if (reply->property("hoshuTooLarge").toBool()) {
        e.httpStatus = -1;
        e.error = QStringLiteral("the answer is larger than %1 MiB").arg(kMaxBody / (1024 * 1024));
    } else if (e.httpStatus < 0) {
        e.error = reply->errorString();
    }

    if (isRedirect(e.httpStatus)) {
        // The raw header: Qt's LocationHeader drops relative references ("/about").
        const QUrl next = url.resolved(QUrl::fromEncoded(reply->rawHeader("Location").trimmed(), QUrl::StrictMode));
        if (redirects >= m_options.maxRedirects) {
            e.error = QStringLiteral("more than %1 redirects").arg(m_options.maxRedirects);
        } else if (!isOwnOrigin(next)) {
            // Another host or port (perhaps one inside the user's network): not ours to contact.
            e.error = QStringLiteral("redirect to %1 not followed: not the server's own address")
                          .arg(next.toDisplayString().left(200));
        } else {
            get(next, handler, head, redirects + 1, deadlineAtMs);
            --m_pending;
            return;
        }
    }
    // Some servers and CDNs refuse HEAD: ask again with GET.
    if (head && (e.httpStatus == 405 || e.httpStatus == 501)) {
        get(url, handler, false, redirects, deadlineAtMs);
        --m_pending;
        return;
    }
    (this->*handler)(reply, e);
    --m_pending;
    finishIfDone();
}

void HttpProbe::readCertificate(QNetworkReply *reply)
{
    PublicCertificate &c = m_result.certificate;
    if (c.seen || reply->property("hoshuUrl").toUrl().host() != m_result.domain.section(QLatin1Char(':'), 0, 0))
        return;
    const QList<QSslCertificate> chain = reply->sslConfiguration().peerCertificateChain();
    if (chain.isEmpty())
        return;
    const QSslCertificate &leaf = chain.constFirst();
    c.seen = true;
    c.subject = leaf.subjectDisplayName();
    c.issuer = leaf.issuerDisplayName();
    c.dnsNames = leaf.subjectAlternativeNames().values(QSsl::DnsEntry);
    c.notBefore = leaf.effectiveDate().toUTC();
    c.notAfter = leaf.expiryDate().toUTC();
    c.chainLength = int(chain.size());
}

void HttpProbe::onHealth(QNetworkReply *, HttpEndpoint e)
{
    m_result.health = e;
}

void HttpProbe::onInstanceV2(QNetworkReply *reply, HttpEndpoint e)
{
    if (e.ok() && parseInstance(reply->readAll(), &m_result.instanceVersion, &m_result.rulesCount)) {
        m_result.instance = e;
        m_result.instanceApi = QStringLiteral("v2");
        if (m_result.rulesCount < 0)
            get(pageUrl(QStringLiteral("/api/v1/instance/rules")), &HttpProbe::onRules);
        get(pageUrl(QStringLiteral("/api/v1/instance")), &HttpProbe::onInstanceV1);
        return;
    }
    if (e.ok())
        e.error = QStringLiteral("not an instance description");
    m_result.instance = e;
    // Mastodon before 4.0 has only v1.
    get(pageUrl(QStringLiteral("/api/v1/instance")), &HttpProbe::onInstanceV1);
}

void HttpProbe::onInstanceV1(QNetworkReply *reply, HttpEndpoint e)
{
    QString version;
    int rules = -1;
    m_result.instanceV1Valid = e.ok() && parseInstance(reply->readAll(), &version, &rules);
    if (e.ok() && !m_result.instanceV1Valid)
        e.error = QStringLiteral("not an instance description");
    m_result.instanceV1 = e;
    if (m_result.instanceApi == QLatin1String("v2"))
        return; // v2 answered: v1 is checked on its own (HttpRules), not a fallback
    if (m_result.instanceV1Valid) {
        m_result.instanceVersion = version;
        m_result.rulesCount = rules;
        m_result.instance = e;
        m_result.instanceApi = QStringLiteral("v1");
        if (m_result.rulesCount < 0)
            get(pageUrl(QStringLiteral("/api/v1/instance/rules")), &HttpProbe::onRules);
        return;
    }
    // Keep the v2 attempt as the evidence when v1 is simply absent.
    if (!m_result.instance.attempted() || e.httpStatus != 404)
        m_result.instance = e;
}

void HttpProbe::onRules(QNetworkReply *reply, HttpEndpoint e)
{
    if (!e.ok())
        return;
    const QJsonDocument doc = QJsonDocument::fromJson(reply->readAll());
    if (doc.isArray())
        m_result.rulesCount = int(doc.array().size());
}

void HttpProbe::onStreaming(QNetworkReply *, HttpEndpoint e)
{
    m_result.streaming = e;
}

void HttpProbe::onWebUi(QNetworkReply *reply, HttpEndpoint e)
{
    m_result.webUi = e;
    if (!e.ok())
        return;
    const QList<QUrl> urls = assetUrls(reply->readAll(), QUrl(e.url));
    if (urls.isEmpty()) {
        m_result.webUi.error = QStringLiteral("the page references no JS/CSS pack");
        return;
    }
    QList<QUrl> own;
    QStringList elsewhere;
    for (const QUrl &u : urls) {
        if (isOwnOrigin(u))
            own << u;
        else
            elsewhere << u.toDisplayString().left(200);
    }
    if (!elsewhere.isEmpty()) {
        // Not checked, and said so: with no pack of its own the Web UI check is "unknown", not passed.
        m_result.webUi.error = QStringLiteral("%1 JS/CSS pack(s) not checked, not on the server's own address: %2")
                                   .arg(elsewhere.size())
                                   .arg(elsewhere.mid(0, 5).join(QStringLiteral(", ")));
    }
    for (const QUrl &u : own.mid(0, m_options.maxAssets))
        get(u, &HttpProbe::onAsset, true);
}

void HttpProbe::onAsset(QNetworkReply *, HttpEndpoint e)
{
    m_result.assets << e;
}

void HttpProbe::finishIfDone()
{
    if (!m_running || m_pending > 0)
        return;
    m_running = false;
    Q_EMIT finished(m_result);
}

QList<QUrl> HttpProbe::assetUrls(const QByteArray &html, const QUrl &pageUrl)
{
    // Tags only, attributes in any order: <script src=...>, <link rel="stylesheet|modulepreload|preload" href=...>.
    static const QRegularExpression tagRe(QStringLiteral("<(script|link)\\b([^>]*)>"),
                                          QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression attrRe(QStringLiteral("\\b(src|href|rel)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s>]+))"),
                                           QRegularExpression::CaseInsensitiveOption);
    QList<QUrl> out;
    const QString text = QString::fromUtf8(html.left(kMaxBody));
    auto tags = tagRe.globalMatch(text);
    while (tags.hasNext()) {
        const auto tag = tags.next();
        const bool isScript = tag.captured(1).compare(QLatin1String("script"), Qt::CaseInsensitive) == 0;
        QString ref, rel;
        auto attrs = attrRe.globalMatch(tag.captured(2));
        while (attrs.hasNext()) {
            const auto a = attrs.next();
            const QString name = a.captured(1).toLower();
            QString value = a.captured(2) + a.captured(3) + a.captured(4);
            value.replace(QLatin1String("&amp;"), QLatin1String("&"));
            if (name == QLatin1String("rel"))
                rel = value.toLower();
            else if ((isScript && name == QLatin1String("src")) || (!isScript && name == QLatin1String("href")))
                ref = value;
        }
        if (ref.isEmpty())
            continue;
        if (!isScript && !rel.contains(QLatin1String("stylesheet")) && !rel.contains(QLatin1String("modulepreload"))
            && !rel.contains(QLatin1String("preload")))
            continue;
        const QUrl u = pageUrl.resolved(QUrl(ref));
        const QString path = u.path();
        if (u.scheme() != QLatin1String("https") && u.scheme() != QLatin1String("http"))
            continue;
        if (!path.endsWith(QLatin1String(".js")) && !path.endsWith(QLatin1String(".css"))
            && !path.endsWith(QLatin1String(".mjs")))
            continue;
        if (!out.contains(u))
            out << u;
    }
    return out;
}

bool HttpProbe::parseInstance(const QByteArray &json, QString *version, int *rulesCount)
{
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject())
        return false;
    const QJsonObject o = doc.object();
    if (!o.value(QStringLiteral("version")).isString())
        return false;
    *version = o.value(QStringLiteral("version")).toString().left(100);
    const QJsonValue rules = o.value(QStringLiteral("rules"));
    *rulesCount = rules.isArray() ? int(rules.toArray().size()) : -1;
    return true;
}
