#include "FindingCard.h"

#include "DashboardText.h"
#include "FindingAdvice.h"
#include "UiIcons.h"
#include "catalog/Action.h"
#include "checks/FindingText.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace {
QLabel *iconLabel(Severity severity, int size, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setPixmap(UiIcons::severity(severity).pixmap(QSize(size, size)));
    label->setFixedSize(size + 4, size + 4);
    label->setAlignment(Qt::AlignTop | Qt::AlignHCenter);
    return label;
}
} // namespace

FindingCard::FindingCard(const Finding &finding, const Action *fix, bool compact, QWidget *parent)
    : QFrame(parent)
    , m_finding(finding)
{
    QString key = finding.id;
    if (!finding.subject.isEmpty())
        key += QLatin1Char('_') + finding.subject;
    setObjectName(QStringLiteral("findingCard_") + key);
    const QString severityText = SeverityInfo::displayName(finding.severity);

    auto *row = new QHBoxLayout(this);
    if (compact) {
        // An ok check: one quiet line, greyed, still with icon AND text.
        row->setContentsMargins(6, 2, 6, 2);
        row->addWidget(iconLabel(finding.severity, 16, this));
        auto *text = new QLabel(QStringLiteral("%1 — %2").arg(finding.title(), finding.message()), this);
        text->setObjectName(QStringLiteral("findingText"));
        text->setTextFormat(Qt::PlainText); // the message names the server's files and units
        text->setWordWrap(true);
        text->setEnabled(false);
        text->setTextInteractionFlags(Qt::TextSelectableByMouse);
        row->addWidget(text, 1);
        setAccessibleName(QStringLiteral("%1: %2").arg(severityText, finding.title()));
        return;
    }

    setFrameShape(QFrame::StyledPanel);
    row->setContentsMargins(8, 8, 8, 8);
    row->setSpacing(10);
    row->addWidget(iconLabel(finding.severity, 28, this), 0, Qt::AlignTop);

    auto *col = new QVBoxLayout;
    col->setSpacing(3);
    // Messages and evidence name the server's files, units and domains: every
    // label that shows them is plain text (Qt's default, AutoText, renders a file
    // named "<font color=green>All OK" as markup). The heading is the one rich
    // label, and every part of it is escaped.
    QString heading = QStringLiteral("<b>%1</b> · <b>%2</b>").arg(severityText.toHtmlEscaped(),
                                                                   finding.title().toHtmlEscaped());
    if (!finding.subject.isEmpty())
        heading += QStringLiteral(" — <code>%1</code>").arg(finding.subject.toHtmlEscaped());
    auto *title = new QLabel(heading, this);
    title->setObjectName(QStringLiteral("findingTitle"));
    title->setTextFormat(Qt::RichText);
    col->addWidget(title);

    auto *message = new QLabel(finding.message(), this);
    message->setObjectName(QStringLiteral("findingMessage"));
    message->setTextFormat(Qt::PlainText);
    message->setWordWrap(true);
    message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    col->addWidget(message);

    const QString why = FindingAdvice::whyItMatters(finding.id);
    if (!why.isEmpty()) {
        auto *whyLabel = new QLabel(tr("Why it matters: %1").arg(why), this);
        whyLabel->setObjectName(QStringLiteral("findingWhy"));
        whyLabel->setTextFormat(Qt::PlainText);
        whyLabel->setWordWrap(true);
        QFont f = whyLabel->font();
        f.setItalic(true);
        whyLabel->setFont(f);
        col->addWidget(whyLabel);
    }

    const QString evidence = evidenceText(finding.evidence);
    if (!evidence.isEmpty()) {
        auto *ev = new QLabel(tr("Evidence: %1").arg(evidence), this);
        ev->setObjectName(QStringLiteral("findingEvidence"));
        ev->setTextFormat(Qt::PlainText);
        ev->setWordWrap(true);
        ev->setTextInteractionFlags(Qt::TextSelectableByMouse);
        QFont f = ev->font();
        f.setPointSizeF(f.pointSizeF() * 0.9);
        ev->setFont(f);
        ev->setForegroundRole(QPalette::PlaceholderText);
        col->addWidget(ev);
    }
    row->addLayout(col, 1);

    if (fix) {
        m_fix = new QPushButton(UiIcons::risk(fix->risk), tr("Fix: %1").arg(fix->title()), this);
        m_fix->setObjectName(QStringLiteral("fixButton_") + key);
        m_fix->setToolTip(DashboardText::plainToolTip(
            tr("Runs “%1” (%2). Anything that changes the server shows the exact command first.")
                .arg(fix->title(), riskDisplayName(fix->risk))));
        const QString actionId = fix->id;
        connect(m_fix, &QPushButton::clicked, this, [this, actionId] { Q_EMIT fixRequested(actionId); });
        row->addWidget(m_fix, 0, Qt::AlignTop);
    }
    setAccessibleName(QStringLiteral("%1: %2").arg(severityText, finding.title()));
}

QString FindingCard::evidenceText(const QVariantMap &evidence)
{
    QStringList parts;
    const QLocale locale;
    for (auto it = evidence.cbegin(); it != evidence.cend(); ++it) {
        const QVariant &v = it.value();
        QString value;
        if (it.key().endsWith(QLatin1String("Bytes")) && v.canConvert<qint64>())
            value = FindingText::size(v.toLongLong());
        else if (v.typeId() == QMetaType::QDateTime)
            value = QLocale().toString(v.toDateTime().toLocalTime(), QLocale::ShortFormat);
        else if (v.typeId() == QMetaType::QStringList)
            value = v.toStringList().join(QStringLiteral(", "));
        else if (v.typeId() == QMetaType::Int || v.typeId() == QMetaType::LongLong)
            value = locale.toString(v.toLongLong());
        else
            value = v.toString();
        if (value.isEmpty())
            continue;
        parts << QStringLiteral("%1 = %2").arg(it.key(), value);
    }
    return parts.join(QStringLiteral(" · "));
}
