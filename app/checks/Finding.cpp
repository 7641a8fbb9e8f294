#include "checks/Finding.h"

#include "checks/FindingText.h"

QString Finding::message() const
{
    return FindingText::message(*this);
}

QString Finding::title() const
{
    return FindingText::title(id);
}

Finding Finding::make(const QString &id, Severity severity, const QString &subject, const QVariantMap &evidence,
                      const QString &fixActionId)
{
    Finding f;
    f.id = id;
    f.severity = severity;
    f.subject = subject;
    f.evidence = evidence;
    f.fixActionId = fixActionId;
    return f;
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
