#pragma once

#include "checks/Finding.h"
#include "probes/Snapshot.h"

// What the desktop sees over HTTPS (HttpProbe): http.health_failed,
// http.instance_api_failed, http.streaming_failed, http.webui_assets_failed,
// instance.rules_missing. Nothing when the HTTP checks did not run.
class HttpRules
{
public:
    static QList<Finding> evaluate(const Snapshot &snap);

private:
    static Finding endpoint(const QString &id, const HttpEndpoint &e, Severity failSeverity, const QString &domain,
                            const HttpChecks &http);
    static Finding webUi(const HttpChecks &http);
    static Finding rules(const HttpChecks &http);
};
