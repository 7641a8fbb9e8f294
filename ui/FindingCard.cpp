#include "FindingCard.h"

#include "DashboardText.h"
#include "UiIcons.h"
#include "catalog/Catalog.h"
#include "checks/EvidenceText.h"
#include "checks/FindingCatalog.h"
#include "checks/FindingText.h"

#include <QDateTime>
#include <QDesktopServices>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QUrl>
#include <QVBoxLayout>

namespace {

constexpr int kMaxListedSubjects = 6;

QLabel *iconLabel(Severity severity, int size, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setPixmap(UiIcons::severity(severity).pixmap(QSize(size, size)));
    label->setFixedSize(size + 4, size + 4);
    label->setAlignment(Qt::AlignTop | Qt::AlignHCenter);
    return label;
}

const Action *runnable(const Catalog *catalog, const RemedyStep &step, const QString &deployment)
{
    const Action *action = catalog ? catalog->find(step.actionId) : nullptr;
    return action && action->variant(deployment) ? action : nullptr;
}

// Release notes only: the link is built from a version the server reported.
bool isReleaseNotesLink(const QString &link)
{
    static const QRegularExpression re(QStringLiteral("\\Ahttps://github\\.com/mastodon/mastodon/releases/tag/v[0-9][0-9.]{0,20}\\z"));
    return re.match(link).hasMatch();
}

// A read-only action is never a "Fix": its button says Show, once.
QString showLabel(const Action &action)
{
    const QString title = action.title();
    const QString show = FindingCard::tr("Show");
    return title.startsWith(show, Qt::CaseInsensitive) || title.endsWith(FindingCard::tr("Show"))
        ? title
        : FindingCard::tr("Show: %1").arg(title);
}

} // namespace

QString FindingCard::key(const Finding &finding)
{
    return finding.subject.isEmpty() ? finding.id : finding.id + QLatin1Char('_') + finding.subject;
}

FindingCard::FindingCard(const QList<Finding> &group, const Catalog *catalog, const QString &deployment, bool compact,
                         QWidget *parent)
    : QFrame(parent)
    , m_findings(group)
{
    Q_ASSERT(!group.isEmpty());
    setObjectName(QStringLiteral("findingCard_") + key(finding()));
    if (compact)
        buildCompact();
    else
        buildProblem(catalog, deployment);
}

void FindingCard::buildCompact()
{
    const Finding &f = finding();
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(6, 2, 6, 2);
    row->addWidget(iconLabel(f.severity, 16, this));
    auto *text = new QLabel(QStringLiteral("%1 — %2").arg(f.title(), f.message()), this);
    text->setObjectName(QStringLiteral("findingText"));
    text->setTextFormat(Qt::PlainText); // the message names the server's files and units
    text->setWordWrap(true);
    text->setEnabled(false);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    row->addWidget(text, 1);
    setAccessibleName(QStringLiteral("%1: %2").arg(SeverityInfo::displayName(f.severity), f.title()));
}

void FindingCard::addTextLine(QVBoxLayout *col, const QString &objectName, const QString &text)
{
    auto *label = new QLabel(text, this);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    col->addWidget(label);
}

QPushButton *FindingCard::addActionButton(QVBoxLayout *buttons, const RemedyStep &step, const Action &action,
                                          const QString &text, const QString &objectName)
{
    auto *button = new QPushButton(UiIcons::risk(action.risk), text, this);
    button->setObjectName(objectName);
    QString tip = tr("Runs “%1” (%2). Anything that changes the server shows what it will run first.")
                      .arg(action.title(), riskDisplayName(action.risk));
    if (action.risk == Risk::Disruptive)
        tip += QLatin1Char(' ') + tr("Mastodon or a service is interrupted while it runs.");
    else if (action.risk == Risk::Destructive)
        tip += QLatin1Char(' ') + tr("It deletes data that cannot be brought back.");
    button->setToolTip(DashboardText::plainToolTip(tip));
    connect(button, &QPushButton::clicked, this, [this, step] { Q_EMIT fixRequested(step.actionId, step.params); });
    buttons->addWidget(button);
    // Say it before the click: a disruptive or destructive fix is not a quiet one.
    if (action.risk == Risk::Disruptive || action.risk == Risk::Destructive) {
        auto *note = new QLabel(action.risk == Risk::Disruptive ? tr("Interrupts the service briefly")
                                                                : tr("Deletes data: asks for the server's name"),
                                this);
        note->setObjectName(objectName + QStringLiteral("_note"));
        note->setTextFormat(Qt::PlainText);
        note->setWordWrap(true);
        note->setForegroundRole(QPalette::PlaceholderText);
        buttons->addWidget(note);
    }
    return button;
}

void FindingCard::buildProblem(const Catalog *catalog, const QString &deployment)
{
    const Finding &f = finding();
    const QString cardKey = key(f);
    const QString severityText = SeverityInfo::displayName(f.severity);
    setFrameShape(QFrame::StyledPanel);
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(8, 8, 8, 8);
    row->setSpacing(10);
    row->addWidget(iconLabel(f.severity, 28, this), 0, Qt::AlignTop);

    auto *col = new QVBoxLayout;
    m_textColumn = col;
    // Messages and evidence name the server's files, units and domains: every
    // label that shows them is plain text (Qt's default, AutoText, renders a file
    // named "<font color=green>All OK" as markup). The heading is the one rich
    // label, and every part of it is escaped.
    QString heading = QStringLiteral("<b>%1</b> · <b>%2</b>").arg(severityText.toHtmlEscaped(), f.title().toHtmlEscaped());
    if (m_findings.size() == 1 && !f.subject.isEmpty()) {
        heading += QStringLiteral(" — <code>%1</code>").arg(f.subject.toHtmlEscaped());
    } else if (m_findings.size() > 1) {
        QStringList subjects;
        for (const Finding &each : std::as_const(m_findings).mid(0, kMaxListedSubjects))
            subjects << QStringLiteral("<code>%1</code>").arg(each.subject.toHtmlEscaped());
        if (m_findings.size() > kMaxListedSubjects)
            subjects << tr("%n more", nullptr, int(m_findings.size() - kMaxListedSubjects)).toHtmlEscaped();
        heading += QStringLiteral(" — ") + tr("%n of them:", nullptr, int(m_findings.size())).toHtmlEscaped()
            + QLatin1Char(' ') + subjects.join(QStringLiteral(", "));
    }
    auto *title = new QLabel(heading, this);
    title->setObjectName(QStringLiteral("findingTitle"));
    title->setTextFormat(Qt::RichText);
    title->setWordWrap(true);
    col->addWidget(title);

    QStringList messages;
    for (const Finding &each : std::as_const(m_findings).mid(0, kMaxListedSubjects))
        messages << each.message();
    addTextLine(col, QStringLiteral("findingMessage"), messages.join(QLatin1Char('\n')));

    const QString why = FindingCatalog::whyItMatters(f.id);
    if (!why.isEmpty())
        addTextLine(col, QStringLiteral("findingWhy"), tr("Why it matters: %1").arg(why));
    const QString todo = FindingCatalog::whatToDo(f.id);
    if (!todo.isEmpty())
        addTextLine(col, QStringLiteral("findingWhatToDo"), tr("What to do: %1").arg(todo));
    const FindingRemedy &remedy = f.remedy;
    if (remedy.kind == FindingRemedy::Kind::Manual && remedy.manualSteps != todo)
        addTextLine(col, QStringLiteral("findingManualSteps"), remedy.manualSteps);

    if (m_findings.size() == 1) {
        const QString evidence = evidenceText(f.evidence);
        if (!evidence.isEmpty()) {
            auto *ev = new QLabel(tr("Evidence: %1").arg(evidence), this);
            ev->setObjectName(QStringLiteral("findingEvidence"));
            ev->setTextFormat(Qt::PlainText);
            ev->setWordWrap(true);
            ev->setTextInteractionFlags(Qt::TextSelectableByMouse);
            QFont font = ev->font();
            font.setPointSizeF(font.pointSizeF() * 0.9);
            ev->setFont(font);
            ev->setForegroundRole(QPalette::PlaceholderText);
            col->addWidget(ev);
        }
    }
    row->addLayout(col, 1);

    auto *buttons = new QVBoxLayout;
    buttons->setSpacing(4);
    if (remedy.kind == FindingRemedy::Kind::Fix) {
        const RemedyStep &step = remedy.steps.constFirst();
        if (const Action *action = runnable(catalog, step, deployment))
            m_fix = addActionButton(buttons, step, *action, tr("Fix: %1").arg(action->title()),
                                    QStringLiteral("fixButton_") + cardKey);
    } else if (remedy.kind == FindingRemedy::Kind::Procedure) {
        for (qsizetype i = 0; i < remedy.steps.size(); ++i) {
            const RemedyStep &step = remedy.steps.at(i);
            const Action *action = runnable(catalog, step, deployment);
            if (!action)
                continue;
            const QString text = tr("%1. %2").arg(i + 1).arg(action->risk == Risk::ReadOnly ? showLabel(*action)
                                                                                             : action->title());
            addActionButton(buttons, step, *action, text, QStringLiteral("stepButton_%1_").arg(i + 1) + cardKey);
        }
    }
    for (const RemedyStep &step : remedy.diagnostics) {
        if (const Action *action = runnable(catalog, step, deployment))
            addActionButton(buttons, step, *action, showLabel(*action),
                            QStringLiteral("showButton_%1_").arg(step.actionId) + cardKey);
    }
    // So that it does not come back: a setting or a job, offered once the fix is known.
    for (const RemedyStep &step : remedy.preventions) {
        if (const Action *action = runnable(catalog, step, deployment))
            addActionButton(buttons, step, *action, tr("Prevent: %1").arg(action->title()),
                            QStringLiteral("preventButton_%1_").arg(step.actionId) + cardKey);
    }
    if (isReleaseNotesLink(remedy.link)) {
        auto *open = new QPushButton(tr("Open the release notes"), this);
        open->setObjectName(QStringLiteral("linkButton_") + cardKey);
        const QUrl url(remedy.link);
        open->setToolTip(DashboardText::plainToolTip(url.toString()));
        connect(open, &QPushButton::clicked, this, [url] { QDesktopServices::openUrl(url); });
        buttons->addWidget(open);
    }
    if (remedy.recordsDone) {
        auto *done = new QPushButton(tr("Mark as renewed…"), this);
        done->setObjectName(QStringLiteral("markDoneButton_") + cardKey);
        done->setToolTip(DashboardText::plainToolTip(tr("Records the next due date after you renewed or paid it.")));
        const QString what = f.subject;
        const QDate due = QDate::fromString(f.evidence.value(QStringLiteral("due")).toString(), Qt::ISODate);
        connect(done, &QPushButton::clicked, this, [this, what, due] { Q_EMIT markDoneRequested(what, due); });
        buttons->addWidget(done);
    }
    if (remedy.copiesHere) {
        auto *copy = new QPushButton(tr("Copy the newest backup here"), this);
        copy->setObjectName(QStringLiteral("copyHereButton_") + cardKey);
        copy->setToolTip(DashboardText::plainToolTip(
            tr("Copies the newest bundle on the server to this computer over SFTP (the Backups tab shows the "
               "transfer); its SHA-256 is checked.")));
        connect(copy, &QPushButton::clicked, this, &FindingCard::copyHereRequested);
        buttons->addWidget(copy);
    }
    buttons->addStretch(1);
    row->addLayout(buttons);
    setAccessibleName(QStringLiteral("%1: %2").arg(severityText, f.title()));
}

void FindingCard::showRecheck(const QString &text)
{
    if (!m_textColumn)
        return;
    auto *label = findChild<QLabel *>(QStringLiteral("findingRecheck"));
    if (!label) {
        label = new QLabel(this);
        label->setObjectName(QStringLiteral("findingRecheck"));
        label->setTextFormat(Qt::PlainText);
        label->setWordWrap(true);
        QFont font = label->font();
        font.setBold(true);
        label->setFont(font);
        m_textColumn->insertWidget(1, label);
    }
    label->setText(text);
}

QString FindingCard::evidenceText(const QVariantMap &evidence)
{
    return EvidenceText::line(evidence);
}
