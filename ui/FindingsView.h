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

// The server's checklist: problems first (critical, unknown, warning), each
// with its Fix button when the catalog has the action; the ok checks collapsed
// and greyed at the bottom.
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

Q_SIGNALS:
    void fixRequested(const QString &actionId);

private:
    void clearCards();
    const Action *fixFor(const Finding &finding) const;

    Catalog m_catalog;
    QString m_deployment = QStringLiteral("systemd");
    QLabel *m_summary;
    QVBoxLayout *m_list;
    QToolButton *m_okToggle;
    QWidget *m_okBox;
    QVBoxLayout *m_okList;
};
