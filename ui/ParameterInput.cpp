#include "ParameterInput.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QRegularExpressionValidator>
#include <QSpinBox>

#include <limits>

ParameterInput::ParameterInput(const ActionParameter &parameter, QWidget *parent)
    : QWidget(parent)
    , m_parameter(parameter)
{
    setObjectName(QStringLiteral("parameter_") + parameter.name);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    const QString editorName = QStringLiteral("parameterEditor_") + parameter.name;

    switch (parameter.type) {
    case ActionParameter::Type::Int: {
        m_spin = new QSpinBox(this);
        constexpr qint64 lo = std::numeric_limits<int>::min();
        constexpr qint64 hi = std::numeric_limits<int>::max();
        m_spin->setRange(int(qBound(lo, parameter.min, hi)), int(qBound(lo, parameter.max, hi)));
        bool ok = false;
        const qint64 def = parameter.defaultValue.toLongLong(&ok);
        m_spin->setValue(ok ? int(qBound(lo, def, hi)) : m_spin->minimum());
        m_spin->setToolTip(tr("A whole number from %1 to %2").arg(parameter.min).arg(parameter.max));
        m_spin->setObjectName(editorName);
        connect(m_spin, &QSpinBox::valueChanged, this, &ParameterInput::valueChanged);
        layout->addWidget(m_spin);
        break;
    }
    case ActionParameter::Type::Enum:
        m_combo = new QComboBox(this);
        m_combo->addItems(parameter.choices);
        if (!parameter.defaultValue.isEmpty())
            m_combo->setCurrentIndex(qMax(0, int(parameter.choices.indexOf(parameter.defaultValue))));
        m_combo->setObjectName(editorName);
        connect(m_combo, &QComboBox::currentIndexChanged, this, &ParameterInput::valueChanged);
        layout->addWidget(m_combo);
        break;
    case ActionParameter::Type::String:
        m_line = new QLineEdit(this);
        m_line->setText(parameter.defaultValue);
        if (!parameter.regex.isEmpty()) {
            // Anchored: the whole value must match, as ActionParameter::validate() checks.
            const QRegularExpression re(QRegularExpression::anchoredPattern(parameter.regex));
            m_line->setValidator(new QRegularExpressionValidator(re, m_line));
            m_line->setToolTip(tr("Allowed: %1").arg(parameter.regex));
        }
        if (parameter.isRequired())
            m_line->setPlaceholderText(tr("required"));
        m_line->setObjectName(editorName);
        connect(m_line, &QLineEdit::textChanged, this, &ParameterInput::valueChanged);
        layout->addWidget(m_line);
        break;
    }
}

QString ParameterInput::value() const
{
    if (m_spin)
        return QString::number(m_spin->value());
    if (m_combo)
        return m_combo->currentText();
    return m_line ? m_line->text() : QString();
}

void ParameterInput::setValue(const QString &value)
{
    if (m_spin)
        m_spin->setValue(value.toInt());
    else if (m_combo)
        m_combo->setCurrentIndex(int(m_parameter.choices.indexOf(value)));
    else if (m_line)
        m_line->setText(value);
}

QWidget *ParameterInput::editor() const
{
    if (m_spin)
        return m_spin;
    if (m_combo)
        return m_combo;
    return m_line;
}
