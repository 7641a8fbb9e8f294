#include "ActionPanel.h"

#include "ActionRow.h"
#include "RiskBadge.h"

#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QVBoxLayout>

ActionPanel::ActionPanel(QWidget *parent)
    : QWidget(parent)
    , m_heading(new QLabel(this))
    , m_filter(new QLineEdit(this))
    , m_scroll(new QScrollArea(this))
{
    setObjectName(QStringLiteral("actionPanel"));
    m_heading->setObjectName(QStringLiteral("actionPanelHeading"));
    QFont font = m_heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.2);
    font.setBold(true);
    m_heading->setFont(font);
    m_heading->setWordWrap(true);
    m_filter->setObjectName(QStringLiteral("actionFilterEdit"));
    m_filter->setPlaceholderText(tr("Filter actions"));
    m_filter->setClearButtonEnabled(true);
    m_scroll->setObjectName(QStringLiteral("actionScrollArea"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->addWidget(m_heading);
    layout->addWidget(m_filter);
    layout->addWidget(m_scroll, 1);

    connect(m_filter, &QLineEdit::textChanged, this, &ActionPanel::applyFilter);
    clearActions(tr("Add a server to get started: Server → Add Server…"));
}

void ActionPanel::clearActions(const QString &placeholder)
{
    m_rows.clear();
    m_groups.clear();
    m_heading->setText(placeholder);
    m_filter->hide();
    auto *empty = new QWidget;
    m_scroll->setWidget(empty); // deletes the previous content
    m_content = empty;
}

void ActionPanel::setActions(const QList<Action> &actions, const QString &deployment, const QString &serverName)
{
    m_rows.clear();
    m_groups.clear();
    m_heading->setText(tr("Actions for %1").arg(serverName));
    m_filter->show();

    auto *content = new QWidget;
    content->setObjectName(QStringLiteral("actionList"));
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    for (Risk risk : {Risk::ReadOnly, Risk::Safe, Risk::Disruptive, Risk::Destructive}) {
        QList<const Action *> group;
        for (const Action &action : actions) {
            if (action.risk == risk && action.variant(deployment))
                group.append(&action);
        }
        if (group.isEmpty())
            continue;
        auto *header = new QLabel(QStringLiteral("%1 — %2").arg(riskDisplayName(risk), RiskBadge::explanation(risk)),
                                  content);
        header->setObjectName(QStringLiteral("actionGroup_") + riskId(risk));
        header->setTextFormat(Qt::PlainText);
        header->setWordWrap(true);
        QFont font = header->font();
        font.setBold(true);
        header->setFont(font);
        header->setContentsMargins(0, 8, 0, 2);
        layout->addWidget(header);
        QList<ActionRow *> rows;
        for (const Action *action : std::as_const(group)) {
            auto *row = new ActionRow(*action, content);
            connect(row, &ActionRow::runRequested, this, &ActionPanel::runRequested);
            layout->addWidget(row);
            rows.append(row);
        }
        m_rows += rows;
        m_groups.append({header, rows});
    }
    if (m_rows.isEmpty()) {
        auto *none = new QLabel(tr("No actions are available for this kind of installation (%1).").arg(deployment),
                                content);
        none->setTextFormat(Qt::PlainText); // the deployment was detected on the server
        none->setWordWrap(true);
        layout->addWidget(none);
    }
    layout->addStretch(1);
    m_scroll->setWidget(content);
    m_content = content;
    applyFilter();
}

void ActionPanel::setRunsEnabled(bool enabled, const QString &reason)
{
    for (ActionRow *row : std::as_const(m_rows))
        row->setRunEnabled(enabled, reason);
}

ActionRow *ActionPanel::row(const QString &actionId) const
{
    for (ActionRow *row : m_rows) {
        if (row->action().id == actionId)
            return row;
    }
    return nullptr;
}

int ActionPanel::visibleActionCount() const
{
    int n = 0;
    for (const ActionRow *row : m_rows)
        n += row->isVisibleTo(m_content) ? 1 : 0;
    return n;
}

void ActionPanel::applyFilter()
{
    const QString filter = m_filter->text().trimmed();
    for (const auto &[header, rows] : std::as_const(m_groups)) {
        bool any = false;
        for (ActionRow *row : rows) {
            const bool match = row->matches(filter);
            row->setVisible(match);
            any = any || match;
        }
        header->setVisible(any); // no empty group headings
    }
}
