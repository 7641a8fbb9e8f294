#include "checks/HttpRules.h"

#include "checks/RuleHelpers.h"

namespace {
const QStringList kIds{QStringLiteral("http.health_failed"), QStringLiteral("http.instance_api_failed"),
                       QStringLiteral("http.streaming_failed"), QStringLiteral("http.webui_assets_failed"),
                       QStringLiteral("instance.rules_missing")};

QString statusText(const HttpEndpoint &e)
{
    if (e.httpStatus >= 0)
        return QStringLiteral("HTTP %1").arg(e.httpStatus);
    return e.error.isEmpty() ? QStringLiteral("no answer") : e.error;
}

QVariantMap evidenceOf(const HttpEndpoint &e, const HttpChecks &http)
{
    QVariantMap ev{{QStringLiteral("url"), e.url},
                   {QStringLiteral("httpStatus"), e.httpStatus},
                   {QStringLiteral("status"), statusText(e)},
                   {QStringLiteral("elapsedMs"), e.elapsedMs}};
    if (!e.error.isEmpty())
        ev.insert(QStringLiteral("error"), e.error);
    // A TLS failure explains every failed request at once.
    if (e.httpStatus < 0 && !http.certificate.errors.isEmpty())
        ev.insert(QStringLiteral("tlsErrors"), http.certificate.errors.join(QStringLiteral("; ")));
    return ev;
}
} // namespace

QList<Finding> HttpRules::evaluate(const Snapshot &snap)
{
    const HttpChecks &http = snap.http;
    if (!http.status.collected)
        return {};
    if (!http.status.ok)
        return RuleHelpers::unknownAll(kIds, http.status);
    QList<Finding> out;
    // The site down: nothing works for anyone.
    out << endpoint(QStringLiteral("http.health_failed"), http.health, Severity::Critical, http.domain, http);
    // Apps and other servers read the instance API (a broken v1 is seed 001's unrefreshed view).
    out << endpoint(QStringLiteral("http.instance_api_failed"), http.instance, Severity::Critical, http.domain, http);
    // Without streaming the site works but timelines stop updating live.
    out << endpoint(QStringLiteral("http.streaming_failed"), http.streaming, Severity::Warning, http.domain, http);
    out << webUi(http);
    out << rules(http);
    return out;
}

Finding HttpRules::endpoint(const QString &id, const HttpEndpoint &e, Severity failSeverity, const QString &domain,
                            const HttpChecks &http)
{
    if (!e.attempted())
        return Finding::unknown(id, QStringLiteral("not checked"), domain);
    if (id == QLatin1String("http.instance_api_failed") && http.instanceApi == QLatin1String("v2")
        && http.instanceV1.attempted() && !http.instanceV1Valid && http.instanceV1.httpStatus != 404) {
        // v2 answers but v1 fails: apps and other servers that read v1 see a broken server.
        Finding f = Finding::make(id, failSeverity, domain, evidenceOf(http.instanceV1, http));
        f.evidence.insert(QStringLiteral("api"), QStringLiteral("v1"));
        return f;
    }
    Finding f = Finding::make(id, e.ok() ? Severity::Ok : failSeverity, domain, evidenceOf(e, http));
    if (id == QLatin1String("http.instance_api_failed") && !http.instanceApi.isEmpty())
        f.evidence.insert(QStringLiteral("api"), http.instanceApi);
    return f;
}

Finding HttpRules::webUi(const HttpChecks &http)
{
    const QString id = QStringLiteral("http.webui_assets_failed");
    const HttpEndpoint &page = http.webUi;
    if (!page.attempted())
        return Finding::unknown(id, QStringLiteral("not checked"), http.domain);
    if (!page.ok()) {
        QVariantMap ev = evidenceOf(page, http);
        ev.insert(QStringLiteral("failedAssets"), QString());
        ev.insert(QStringLiteral("assetCount"), 0);
        return Finding::make(id, Severity::Critical, http.domain, ev);
    }
    if (http.assets.isEmpty())
        return Finding::unknown(id, page.error.isEmpty() ? QStringLiteral("the page references no JS/CSS pack") : page.error,
                                http.domain);
    QStringList failed;
    for (const HttpEndpoint &a : http.assets) {
        if (!a.ok())
            failed << QStringLiteral("%1 (%2)").arg(a.url, statusText(a));
    }
    // API alive with a dead Web UI means a failed assets:precompile (seed 001).
    return Finding::make(id, failed.isEmpty() ? Severity::Ok : Severity::Critical, http.domain,
                         {{QStringLiteral("url"), page.url},
                          {QStringLiteral("assetCount"), int(http.assets.size())},
                          {QStringLiteral("failedCount"), int(failed.size())},
                          {QStringLiteral("failedAssets"), failed.mid(0, 5).join(QStringLiteral(", "))}});
}

Finding HttpRules::rules(const HttpChecks &http)
{
    const QString id = QStringLiteral("instance.rules_missing");
    if (http.instanceApi.isEmpty())
        return Finding::unknown(id, QStringLiteral("the instance API did not answer"), http.domain);
    if (http.rulesCount < 0)
        return Finding::unknown(id, QStringLiteral("the instance API does not list rules (Mastodon before 3.4?)"),
                                http.domain);
    // Other servers and new users look for rules; moderators of other servers lose patience without them.
    return Finding::make(id, http.rulesCount == 0 ? Severity::Warning : Severity::Ok, http.domain,
                         {{QStringLiteral("rulesCount"), http.rulesCount},
                          {QStringLiteral("version"), http.instanceVersion}});
}
