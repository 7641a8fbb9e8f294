#pragma once

#include "checks/Finding.h"

#include <QList>
#include <QString>
#include <QStringList>

// What the findings say about one thing a view shows (a unit, a container, a
// timer, a certificate, a mount point). Views show the state of things but
// take every verdict from here: a rule judges once, and the Services tab can
// never call Warning what the Findings tab calls Critical.
class FindingVerdicts
{
public:
    explicit FindingVerdicts(const QList<Finding> &findings = {});

    // The findings among `ids` about `subject`, worst first.
    QList<Finding> about(const QStringList &ids, const QString &subject) const;
    // The worst of about(). With none about the subject, the verdict a rule gave
    // the family as a whole (e.g. "no timer failed", or unknown when the data could
    // not be read); Unknown when no rule judged it ("not checked").
    Severity severity(const QStringList &ids, const QString &subject) const;
    // A short line for a table's note column: the titles of the problems about
    // the subject ("Certificate expiring soon"), or why it is unknown; empty when ok.
    QString note(const QStringList &ids, const QString &subject) const;

private:
    QList<Finding> familyWide(const QStringList &ids) const;

    QList<Finding> m_findings;
};
