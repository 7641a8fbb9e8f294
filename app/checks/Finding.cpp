#include "checks/Finding.h"

#include "checks/FindingCatalog.h"
#include "checks/FindingText.h"

QString Finding::message() const
{
    return FindingText::message(*this);
}

QString Finding::title() const
{
    // A warning or a critical one reads as the problem it is ("Service stopped"); an OK
    // or unknown one as what was checked ("Service running").
    const bool problem = severity == Severity::Warning || severity == Severity::Critical;
    return problem ? FindingCatalog::problemTitle(id) : FindingCatalog::title(id);
}

Finding Finding::make(const QString &id, Severity severity, const QString &subject, const QVariantMap &evidence)
{
    Finding f;
    f.id = id;
    f.severity = severity;
    f.subject = subject;
    f.evidence = evidence;
    return f;
}

void Finding::attachRemedy(const QString &deployment, int mastodonMajor)
{
    const bool problem = severity == Severity::Warning || severity == Severity::Critical
        || id == QLatin1String("connection.failed"); // unknown, but there is something to do
    remedy = problem ? FindingCatalog::remedy(*this, deployment, mastodonMajor) : FindingRemedy();
    fixActionId = remedy.kind == FindingRemedy::Kind::Fix ? remedy.steps.constFirst().actionId : QString();
}

Finding Finding::unknown(const QString &id, const QString &reason, const QString &subject)
{
    return make(id, Severity::Unknown, subject, {{QStringLiteral("reason"), reason}});
}

Severity Finding::worst(const QList<Finding> &findings)
{
    Severity w = Severity::Ok;
    for (const Finding &f : findings)
        w = SeverityInfo::worst(w, f.severity);
    return w;
}
