#pragma once

#include "checks/Finding.h"

#include <QDate>
#include <QFrame>
#include <QList>
#include <QMap>

class Catalog;
class QPushButton;
class QVBoxLayout;
struct Action;

// One item of the checklist: severity icon + text, title, the message with the
// evidence, why it matters and what to do (from FindingCatalog), and the
// remedy's buttons: "Fix: …" for a one-action fix, numbered steps for a
// procedure, "Show: …" for read-only diagnostics, the manual steps otherwise;
// "Prevent: …" for what keeps the problem from coming back.
// Identical problems with the same fix are one card (four stopped units: one
// card, one button). A compact card is a greyed one-line ok row.
class FindingCard : public QFrame
{
    Q_OBJECT

public:
    // group: findings of one id with the same remedy (at least one). catalog:
    // the actions; a step whose action is missing or cannot run on this
    // deployment gets no button.
    FindingCard(const QList<Finding> &group, const Catalog *catalog, const QString &deployment, bool compact,
                QWidget *parent = nullptr);

    const Finding &finding() const { return m_findings.constFirst(); }
    const QList<Finding> &findings() const { return m_findings; }
    QPushButton *fixButton() const { return m_fix; }
    // After a fix ran and the server was checked again: what became of this card's findings.
    void showRecheck(const QString &text);
    static QString evidenceText(const QVariantMap &evidence);
    static QString key(const Finding &finding); // objectName suffix: id_subject

Q_SIGNALS:
    void fixRequested(const QString &actionId, const QMap<QString, QString> &params);
    // renewal.due: the user paid at the provider and wants to record the next due date.
    void markDoneRequested(const QString &what, const QDate &due);
    // backup.no_offsite_copy: copy the server's newest bundle to this computer.
    void copyHereRequested();

private:
    void buildCompact();
    void buildProblem(const Catalog *catalog, const QString &deployment);
    void addTextLine(QVBoxLayout *col, const QString &objectName, const QString &text);
    QPushButton *addActionButton(QVBoxLayout *buttons, const RemedyStep &step, const Action &action,
                                 const QString &text, const QString &objectName);

    QList<Finding> m_findings;
    QPushButton *m_fix = nullptr;
    QVBoxLayout *m_textColumn = nullptr;
};
