#include "ActionRow.h"

#include "ParameterInput.h"
#include "RiskBadge.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

ActionRow::ActionRow(const Action &action, QWidget *parent)
    : QFrame(parent)
    , m_action(action)
    , m_run(new QPushButton(tr("Run"), this))
{
    setObjectName(QStringLiteral("action_") + action.id);
    setFrameShape(QFrame::StyledPanel);

    auto *title = new QLabel(action.title(), this);
    title->setObjectName(QStringLiteral("actionTitle"));
    title->setTextFormat(Qt::PlainText);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    title->setWordWrap(true);

    auto *description = new QLabel(action.description(), this);
    description->setObjectName(QStringLiteral("actionDescription"));
    description->setTextFormat(Qt::PlainText);
    description->setWordWrap(true);
    description->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_run->setObjectName(QStringLiteral("runButton_") + action.id);
    m_run->setIcon(style()->standardIcon(QStyle::SP_MediaPlay));
    m_run->setToolTip(action.risk == Risk::ReadOnly ? tr("Run now (changes nothing)")
                                                    : tr("Shows the exact command and asks before running"));
    m_run->setAccessibleName(tr("Run: %1").arg(action.title()));

    auto *head = new QHBoxLayout;
    head->addWidget(new RiskBadge(action.risk, this));
    head->addWidget(title, 1);
    head->addWidget(m_run);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->addLayout(head);
    if (!action.description().isEmpty())
        layout->addWidget(description);
    else
        description->hide();

    if (!action.parameters.isEmpty()) {
        auto *form = new QFormLayout;
        form->setContentsMargins(0, 0, 0, 0);
        for (const ActionParameter &parameter : action.parameters) {
            auto *input = new ParameterInput(parameter, this);
            auto *label = new QLabel(parameter.title().isEmpty() ? parameter.name : parameter.title(), this);
            label->setTextFormat(Qt::PlainText);
            label->setBuddy(input->editor());
            form->addRow(label, input);
            m_inputs.append(input);
        }
        layout->addLayout(form);
    }

    connect(m_run, &QPushButton::clicked, this, [this] { Q_EMIT runRequested(m_action.id, parameterValues()); });
}

QMap<QString, QString> ActionRow::parameterValues() const
{
    QMap<QString, QString> values;
    for (const ParameterInput *input : m_inputs)
        values.insert(input->parameter().name, input->value());
    return values;
}

void ActionRow::setRunEnabled(bool enabled, const QString &reason)
{
    // Disabling the focused button would pass focus to the next widget and
    // make the scroll area jump away from the row the user just clicked.
    if (!enabled && m_run->hasFocus())
        m_run->clearFocus();
    m_run->setEnabled(enabled);
    m_run->setToolTip(enabled ? (m_action.risk == Risk::ReadOnly
                                     ? tr("Run now (changes nothing)")
                                     : tr("Shows the exact command and asks before running"))
                              : reason);
}

bool ActionRow::matches(const QString &filter) const
{
    if (filter.isEmpty())
        return true;
    return m_action.title().contains(filter, Qt::CaseInsensitive)
        || m_action.description().contains(filter, Qt::CaseInsensitive)
        || m_action.id.contains(filter, Qt::CaseInsensitive);
}
