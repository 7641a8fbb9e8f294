#pragma once

#include "catalog/Catalog.h"
#include "checks/Finding.h"

#include <QDateTime>
#include <QWidget>

class FindingCard;
class QLabel;
class QToolButton;
class QVBoxLayout;
class QWidget;

// The server's checklist: problems first (critical, unknown, warning), one card
// per kind of problem and remedy (identical problems with the same fix are one
// card), each with its remedy's buttons; the ok checks collapsed and greyed at
// the bottom. After a fix ran and the server was checked again, showRecheck()
// says what became of the findings it was meant to clear.
class FindingsView : public QWidget
{
    Q_OBJECT

public:
    explicit FindingsView(QWidget *parent = nullptr);

    void setCatalog(const Catalog &catalog) { m_catalog = catalog; }
    void setDeployment(const QString &deployment) { m_deployment = deployment; }
    void setFindings(const QList<Finding> &findings, const QDateTime &time);
    // No data (yet): say why.
    void showMessage(const QString &text);

    QList<FindingCard *> cards() const;

    // The fix last asked for from a card, and the findings it is meant to clear.
    struct Request
    {
        QString actionId;
        QMap<QString, QString> params;
        QList<Finding> targets;
        bool prevention = false; // one of the card's "Prevent" steps: it is not meant to clear them
    };
    Request lastRequest() const { return m_lastRequest; }
    // After setFindings() with the re-check's findings: fixed ones are listed at
    // the top, the cards of those still there say so.
    void showRecheck(const Request &request, const QString &actionTitle);
    // A fix whose connection dropped while it ran: what it did is not known
    // until the server answers again. Shown until the next setFindings()/showMessage().
    void showOutcomeUnknown(const QString &text);

Q_SIGNALS:
    void fixRequested(const QString &actionId, const QMap<QString, QString> &params);
    void markDoneRequested(const QString &what, const QDate &due);
    void copyHereRequested();

private:
    void clearCards();

    Catalog m_catalog;
    QString m_deployment = QStringLiteral("systemd");
    QList<Finding> m_current;
    Request m_lastRequest;
    QLabel *m_summary;
    QLabel *m_recheck;
    QLabel *m_unknown;
    QVBoxLayout *m_list;
    QToolButton *m_okToggle;
    QWidget *m_okBox;
    QVBoxLayout *m_okList;
};
