#pragma once

#include "catalog/ActionParameter.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QSpinBox;

// The input for one typed action parameter: a spin box with the allowed range
// for an int, a combo box for an enum, a line edit that only accepts the
// allowed pattern for a string. The value is validated again on run.
class ParameterInput : public QWidget
{
    Q_OBJECT

public:
    explicit ParameterInput(const ActionParameter &parameter, QWidget *parent = nullptr);

    const ActionParameter &parameter() const { return m_parameter; }
    QString value() const;
    void setValue(const QString &value);
    QWidget *editor() const;

Q_SIGNALS:
    void valueChanged();

private:
    ActionParameter m_parameter;
    QSpinBox *m_spin = nullptr;
    QComboBox *m_combo = nullptr;
    QLineEdit *m_line = nullptr;
};
