#pragma once

#include "probes/HttpChecks.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QList>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QStringList>
#include <QUrl>

#include <optional>

class QNetworkAccessManager;
class QNetworkReply;

// The desktop-side checks of one server (Qt Network, async): GET /health,
// /api/v2/instance (v1 as fallback, /api/v1/instance/rules when the answer has
// no rules), /api/v1/streaming/health, the Web UI page, HEAD of the JS/CSS packs
// it references, and the certificate the public address presents.
// Only these GET/HEAD requests, no cookies, no cache. Emits finished() once.
//
// Stays in its lane: the domain comes from the server's .env.production and the
// page names its assets, so both are hostile input. Only the server's own
// origins are contacted: https on the domain given to start() and on
// Options::ownDomains, each with its own port (443 unless it names one), and a
// host name is never an IP address or localhost. Connections go where
// resolveOverrides says (the address the user configured) or to DNS. Assets on
// any other origin are not fetched (webUi.error names them), a redirect to
// another origin is not followed (the endpoint keeps its 3xx status and says
// why), and every check, redirects included, has a total deadline besides the
// inactivity timeout: a server that trickles bytes forever fails the check.
class HttpProbe : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        int timeoutMs = 10000;   // per request, without a byte received (Qt's transfer timeout)
        int deadlineMs = 20000;  // per check, from its first request to its answer, redirects included
        int maxAssets = 12;
        // The server's other own domains ("host" or "host:port"), e.g. LOCAL_DOMAIN
        // when the domain checked is WEB_DOMAIN. Assets and redirects may use them.
        QStringList ownDomains;
        int maxRedirects = 3;
        // Connect to this address for a host name, still sending the real name as
        // Host and verifying the certificate against it: the address the user
        // configured (--http-address, ServerMonitor), and tests.
        QMap<QString, QHostAddress> resolveOverrides;
        // Tests: CAs trusted in addition to the system's. Production: empty.
        QList<QSslCertificate> extraCaCertificates;
    };

    explicit HttpProbe(QObject *parent = nullptr);
    ~HttpProbe() override;

    void setOptions(const Options &options) { m_options = options; }
    const Options &options() const { return m_options; }

    void start(const QString &domain);
    void cancel();
    bool isRunning() const { return m_running; }

    static QString userAgent();
    // The JS/CSS URLs a Web UI page references (script src, stylesheet and
    // modulepreload links), resolved against the page URL. Pure.
    static QList<QUrl> assetUrls(const QByteArray &html, const QUrl &pageUrl);
    // "version" and the number of "rules" (-1 if absent) of an instance API answer. Pure.
    static bool parseInstance(const QByteArray &json, QString *version, int *rulesCount);

Q_SIGNALS:
    void finished(const HttpChecks &result);

private:
    using Handler = void (HttpProbe::*)(QNetworkReply *, HttpEndpoint);
    struct Origin
    {
        QString host;
        int port = 443;
    };
    // -1 for the deadline: a new check (now + deadlineMs).
    void get(const QUrl &url, Handler handler, bool head = false, int redirects = 0, qint64 deadlineAtMs = -1);
    void onReply(QNetworkReply *reply, Handler handler, bool head, int redirects, qint64 startedMs,
                 qint64 deadlineAtMs);
    bool isOwnOrigin(const QUrl &url) const;
    static std::optional<Origin> parseOrigin(const QString &domain);
    void onHealth(QNetworkReply *reply, HttpEndpoint e);
    void onInstanceV2(QNetworkReply *reply, HttpEndpoint e);
    void onInstanceV1(QNetworkReply *reply, HttpEndpoint e);
    void onRules(QNetworkReply *reply, HttpEndpoint e);
    void onStreaming(QNetworkReply *reply, HttpEndpoint e);
    void onWebUi(QNetworkReply *reply, HttpEndpoint e);
    void onAsset(QNetworkReply *reply, HttpEndpoint e);
    void readCertificate(QNetworkReply *reply);
    QUrl pageUrl(const QString &path) const;
    void finishIfDone();

    Options m_options;
    QNetworkAccessManager *m_nam = nullptr;
    QList<QPointer<QNetworkReply>> m_replies;
    QList<Origin> m_origins; // the server's own, the only ones contacted
    HttpChecks m_result;
    QElapsedTimer m_clock;
    int m_pending = 0;
    bool m_running = false;
};
