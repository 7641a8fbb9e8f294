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
    , m_recheck(new QLabel(this))
    , m_unknown(new QLabel(this))
{
    setObjectName(QStringLiteral("findingsView"));
    m_summary->setObjectName(QStringLiteral("findingsSummary"));
    m_summary->setWordWrap(true);
    m_summary->setContentsMargins(4, 4, 4, 4);
    m_recheck->setObjectName(QStringLiteral("findingsRecheck"));
    m_recheck->setTextFormat(Qt::PlainText); // names the server's units and files
    m_recheck->setWordWrap(true);
    m_recheck->setContentsMargins(4, 0, 4, 4);
    m_recheck->hide();
    m_unknown->setObjectName(QStringLiteral("findingsOutcomeUnknown"));
    m_unknown->setTextFormat(Qt::PlainText); // names the server and the action
    m_unknown->setWordWrap(true);
    m_unknown->setContentsMargins(4, 0, 4, 4);
    m_unknown->setStyleSheet(QStringLiteral("QLabel { border-left: 4px solid #c77c02; padding-left: 6px; }"));
    m_unknown->hide();

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
    layout->addWidget(m_unknown);
    layout->addWidget(m_recheck);
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
    m_unknown->hide();
    m_summary->setTextFormat(Qt::PlainText); // may carry an error text from the server
    m_summary->setText(text);
    m_okToggle->hide();
    m_okBox->hide();
}

namespace {

// Problems that read as one: the same id and the same remedy steps.
QString groupKey(const Finding &f)
{
    QString key = f.id;
    for (const RemedyStep &s : f.remedy.steps) {
        key += QLatin1Char('|') + s.actionId;
        for (auto it = s.params.constBegin(); it != s.params.constEnd(); ++it)
            key += QLatin1Char(';') + it.key() + QLatin1Char('=') + it.value();
    }
    // Without a shared action there is nothing to do once for all of them.
    return f.remedy.steps.isEmpty() ? key + QLatin1Char('#') + f.subject : key;
}

} // namespace

void FindingsView::setFindings(const QList<Finding> &findings, const QDateTime &time)
{
    clearCards();
    m_current = findings;
    m_recheck->hide();
    m_unknown->hide();
    QList<Finding> problems;
    QList<Finding> fine;
    for (const Finding &f : findings)
        (f.severity == Severity::Ok ? fine : problems).append(f);
    std::stable_sort(problems.begin(), problems.end(), [](const Finding &a, const Finding &b) {
        return SeverityInfo::rank(a.severity) > SeverityInfo::rank(b.severity);
    });
    QList<QList<Finding>> groups;
    QStringList keys;
    for (const Finding &f : std::as_const(problems)) {
        const QString key = groupKey(f);
        const qsizetype at = keys.indexOf(key);
        if (at >= 0) {
            groups[at] << f;
        } else {
            keys << key;
            groups << QList<Finding>{f};
        }
    }

    for (const QList<Finding> &group : std::as_const(groups)) {
        auto *card = new FindingCard(group, &m_catalog, m_deployment, false, this);
        connect(card, &FindingCard::markDoneRequested, this, &FindingsView::markDoneRequested);
        connect(card, &FindingCard::copyHereRequested, this, &FindingsView::copyHereRequested);
        connect(card, &FindingCard::fixRequested, this,
                [this, card](const QString &actionId, const QMap<QString, QString> &params) {
                    const FindingRemedy &r = card->finding().remedy;
                    const auto isStep = [&](const RemedyStep &s) { return s.actionId == actionId; };
                    const bool prevention = std::any_of(r.preventions.cbegin(), r.preventions.cend(), isStep)
                        && std::none_of(r.steps.cbegin(), r.steps.cend(), isStep);
                    m_lastRequest = {actionId, params, card->findings(), prevention};
                    Q_EMIT fixRequested(actionId, params);
                });
        m_list->addWidget(card);
    }
    for (const Finding &f : std::as_const(fine))
        m_okList->addWidget(new FindingCard({f}, nullptr, m_deployment, true, m_okBox));

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

void FindingsView::showOutcomeUnknown(const QString &text)
{
    m_unknown->setText(text);
    m_unknown->show();
}

void FindingsView::showRecheck(const Request &request, const QString &actionTitle)
{
    QStringList fixed;
    for (const Finding &target : request.targets) {
        const Finding *now = nullptr;
        for (const Finding &f : std::as_const(m_current)) {
            if (f.id == target.id && f.subject == target.subject)
                now = &f;
        }
        const QString name = target.subject.isEmpty() ? target.title()
                                                      : QStringLiteral("%1 — %2").arg(target.title(), target.subject);
        if (!now || now->severity == Severity::Ok) {
            fixed << name;
            continue;
        }
        for (FindingCard *card : cards()) {
            for (const Finding &f : card->findings()) {
                if (f.id == target.id && f.subject == target.subject) {
                    card->showRecheck(request.prevention
                                          ? tr("“%1” ran, so that this does not come back; the problem itself is "
                                               "still there: fix it too.").arg(actionTitle)
                                          : tr("Still there after “%1”; checked again just now.").arg(actionTitle));
                }
            }
        }
    }
    if (fixed.isEmpty())
        return;
    m_recheck->setText(tr("Fixed by “%1” (checked again just now): %2").arg(actionTitle, fixed.join(QStringLiteral(", "))));
    m_recheck->show();
}
