#pragma once

#include "checks/Finding.h"

#include <QFrame>

class QPushButton;
struct Action;

// One item of the checklist: severity icon + text, title, the message with the
// evidence, why it matters, and a Fix button when a catalog action helps.
class FindingCard : public QFrame
{
    Q_OBJECT

public:
    // fix: the catalog action (nullptr: no button). compact: a greyed one-line ok row.
    FindingCard(const Finding &finding, const Action *fix, bool compact, QWidget *parent = nullptr);

    const Finding &finding() const { return m_finding; }
    QPushButton *fixButton() const { return m_fix; }
    static QString evidenceText(const QVariantMap &evidence);

Q_SIGNALS:
    void fixRequested(const QString &actionId);

private:
    Finding m_finding;
    QPushButton *m_fix = nullptr;
};
