#pragma once

#include "catalog/Action.h"

#include <QMap>
#include <QWidget>

class QLabel;
class QLineEdit;
class QScrollArea;
class QVBoxLayout;
class ActionRow;

// The actions available for the selected server, grouped by risk (read-only
// first, destructive last), with a filter field.
class ActionPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ActionPanel(QWidget *parent = nullptr);

    // Shows the actions that have a variant for this deployment ("systemd"/"docker").
    void setActions(const QList<Action> &actions, const QString &deployment, const QString &serverName);
    void clearActions(const QString &placeholder);
    // While an action runs on this server, others wait (one at a time per server).
    void setRunsEnabled(bool enabled, const QString &reason = QString());
    ActionRow *row(const QString &actionId) const;
    int visibleActionCount() const;

Q_SIGNALS:
    void runRequested(const QString &actionId, const QMap<QString, QString> &parameters);

private:
    void applyFilter();

    QLabel *m_heading;
    QLineEdit *m_filter;
    QScrollArea *m_scroll;
    QWidget *m_content = nullptr;
    QList<ActionRow *> m_rows;
    QList<QPair<QWidget *, QList<ActionRow *>>> m_groups; // risk header and its rows
};
