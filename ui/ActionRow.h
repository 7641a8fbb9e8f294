#pragma once

#include "catalog/Action.h"

#include <QFrame>
#include <QMap>

class QPushButton;
class ParameterInput;

// One action in the action list: risk badge, title, description, the inputs
// for its parameters and a Run button.
class ActionRow : public QFrame
{
    Q_OBJECT

public:
    explicit ActionRow(const Action &action, QWidget *parent = nullptr);

    const Action &action() const { return m_action; }
    QMap<QString, QString> parameterValues() const;
    void setRunEnabled(bool enabled, const QString &reason = QString());
    bool matches(const QString &filter) const;

Q_SIGNALS:
    void runRequested(const QString &actionId, const QMap<QString, QString> &parameters);

private:
    Action m_action;
    QList<ParameterInput *> m_inputs;
    QPushButton *m_run;
};
