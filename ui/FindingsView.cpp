#include "FindingsView.h"

#include "DashboardText.h"
#include "FindingCard.h"

#include <QLabel>
#include <QScrollArea>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

FindingsView::FindingsView(QWidget *parent)
    : QWidget(parent)
    , m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("findingsView"));
    m_summary->setObjectName(QStringLiteral("findingsSummary"));
    m_summary->setWordWrap(true);
    m_summary->setContentsMargins(4, 4, 4, 4);

    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("findingsScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *content = new QWidget(scroll);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(4, 4, 4, 4);
    m_list = new QVBoxLayout;
    m_list->setSpacing(6);
    contentLayout->addLayout(m_list);

    m_okToggle = new QToolButton(content);
    m_okToggle->setObjectName(QStringLiteral("showOkFindingsButton"));
    m_okToggle->setCheckable(true);
    m_okToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_okToggle->setArrowType(Qt::RightArrow);
    m_okToggle->setAutoRaise(true);
    contentLayout->addWidget(m_okToggle);
    m_okBox = new QWidget(content);
    m_okList = new QVBoxLayout(m_okBox);
    m_okList->setContentsMargins(16, 0, 0, 0);
    m_okList->setSpacing(0);
    m_okBox->hide();
    contentLayout->addWidget(m_okBox);
    contentLayout->addStretch(1);
    connect(m_okToggle, &QToolButton::toggled, this, [this](bool on) {
        m_okBox->setVisible(on);
        m_okToggle->setArrowType(on ? Qt::DownArrow : Qt::RightArrow);
    });
    scroll->setWidget(content);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(scroll, 1);
    showMessage(tr("Not checked yet. Press F5 to refresh this server."));
}

void FindingsView::clearCards()
{
    for (QVBoxLayout *list : {m_list, m_okList}) {
        while (QLayoutItem *item = list->takeAt(0)) {
            delete item->widget();
            delete item;
        }
    }
}

QList<FindingCard *> FindingsView::cards() const
{
    return findChildren<FindingCard *>();
}

void FindingsView::showMessage(const QString &text)
{
    clearCards();
    m_summary->setTextFormat(Qt::PlainText); // may carry an error text from the server
    m_summary->setText(text);
    m_okToggle->hide();
    m_okBox->hide();
}

const Action *FindingsView::fixFor(const Finding &finding) const
{
    if (finding.fixActionId.isEmpty() || finding.severity == Severity::Ok)
        return nullptr;
    const Action *action = m_catalog.find(finding.fixActionId);
    // Only a button that can run here: the action must have a variant for this deployment.
    return action && action->variant(m_deployment) ? action : nullptr;
}

void FindingsView::setFindings(const QList<Finding> &findings, const QDateTime &time)
{
    clearCards();
    QList<Finding> problems;
    QList<Finding> fine;
    for (const Finding &f : findings)
        (f.severity == Severity::Ok ? fine : problems).append(f);
    std::stable_sort(problems.begin(), problems.end(), [](const Finding &a, const Finding &b) {
        return SeverityInfo::rank(a.severity) > SeverityInfo::rank(b.severity);
    });

    for (const Finding &f : std::as_const(problems)) {
        auto *card = new FindingCard(f, fixFor(f), false, this);
        connect(card, &FindingCard::fixRequested, this, &FindingsView::fixRequested);
        m_list->addWidget(card);
    }
    for (const Finding &f : std::as_const(fine))
        m_okList->addWidget(new FindingCard(f, nullptr, true, m_okBox));

    const QString when = DashboardText::relativeTime(time);
    m_summary->setTextFormat(Qt::RichText); // counts and a time only, no server text
    if (problems.isEmpty())
        m_summary->setText(tr("<b>All %n check(s) passed.</b> Checked %1.", nullptr, int(fine.size())).arg(when));
    else
        m_summary->setText(tr("<b>%n problem(s) found</b>, %1 check(s) OK. Checked %2.", nullptr, int(problems.size()))
                               .arg(fine.size())
                               .arg(when));
    m_okToggle->setText(tr("Checks that are OK (%1)").arg(fine.size()));
    m_okToggle->setVisible(!fine.isEmpty());
    m_okBox->setVisible(m_okToggle->isChecked() && !fine.isEmpty());
}
