#include "RiskBadge.h"

#include "UiIcons.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>

RiskBadge::RiskBadge(Risk risk, QWidget *parent)
    : QWidget(parent)
    , m_risk(risk)
    , m_text(new QLabel(riskDisplayName(risk), this))
{
    setObjectName(QStringLiteral("riskBadge"));
    auto *icon = new QLabel(this);
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    icon->setPixmap(UiIcons::risk(risk).pixmap(QSize(size, size), devicePixelRatioF()));
    m_text->setObjectName(QStringLiteral("riskText"));
    QFont font = m_text->font();
    font.setBold(risk == Risk::Disruptive || risk == Risk::Destructive);
    m_text->setFont(font);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(icon);
    layout->addWidget(m_text);
    setToolTip(explanation(risk));
}

QString RiskBadge::text() const
{
    return m_text->text();
}

QString RiskBadge::explanation(Risk risk)
{
    switch (risk) {
    case Risk::ReadOnly:
        return tr("Only reads information; changes nothing on the server.");
    case Risk::Safe:
        return tr("Changes the server in a safe, routine way; the service keeps running.");
    case Risk::Disruptive:
        return tr("Interrupts the service for a while: users may see errors until it is back.");
    case Risk::Destructive:
        return tr("Deletes data or cannot be undone. Make sure you have a recent backup.");
    }
    return QString();
}
