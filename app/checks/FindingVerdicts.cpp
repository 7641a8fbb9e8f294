#include "checks/FindingVerdicts.h"

#include <algorithm>

FindingVerdicts::FindingVerdicts(const QList<Finding> &findings)
    : m_findings(findings)
{
}

QList<Finding> FindingVerdicts::about(const QStringList &ids, const QString &subject) const
{
    QList<Finding> out;
    if (subject.isEmpty())
        return out;
    for (const Finding &f : m_findings) {
        if (f.subject == subject && ids.contains(f.id))
            out << f;
    }
    std::stable_sort(out.begin(), out.end(), [](const Finding &a, const Finding &b) {
        return SeverityInfo::rank(a.severity) > SeverityInfo::rank(b.severity);
    });
    return out;
}

QList<Finding> FindingVerdicts::familyWide(const QStringList &ids) const
{
    QList<Finding> out;
    for (const Finding &f : m_findings) {
        if (f.subject.isEmpty() && ids.contains(f.id))
            out << f;
    }
    return out;
}

Severity FindingVerdicts::severity(const QStringList &ids, const QString &subject) const
{
    const QList<Finding> own = about(ids, subject);
    if (!own.isEmpty())
        return own.constFirst().severity;
    const QList<Finding> wide = familyWide(ids);
    return wide.isEmpty() ? Severity::Unknown : Finding::worst(wide);
}

QString FindingVerdicts::note(const QStringList &ids, const QString &subject) const
{
    QList<Finding> shown = about(ids, subject);
    if (shown.isEmpty())
        shown = familyWide(ids);
    QStringList parts;
    for (const Finding &f : std::as_const(shown)) {
        if (f.severity == Severity::Ok)
            continue;
        const QString part = f.severity == Severity::Unknown ? f.message() : f.title();
        if (!parts.contains(part))
            parts << part;
    }
    return parts.join(QStringLiteral("; "));
}
