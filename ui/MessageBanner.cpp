#include "MessageBanner.h"

#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>

MessageBanner::MessageBanner(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_copy(new QPushButton(tr("Copy"), this))
{
    setObjectName(QStringLiteral("messageBanner"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    m_text->setObjectName(QStringLiteral("messageBannerText"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_text->setTextFormat(Qt::PlainText);
    m_copy->setObjectName(QStringLiteral("messageBannerCopy"));
    m_copy->setToolTip(tr("Copy the message to the clipboard"));
    auto *close = new QToolButton(this);
    close->setObjectName(QStringLiteral("messageBannerClose"));
    close->setIcon(style()->standardIcon(QStyle::SP_DialogCloseButton));
    close->setToolTip(tr("Hide this message"));
    close->setAutoRaise(true);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_copy, 0, Qt::AlignTop);
    layout->addWidget(close, 0, Qt::AlignTop);

    connect(m_copy, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(m_text->text()); });
    connect(close, &QToolButton::clicked, this, &QWidget::hide);
    hide();
}

void MessageBanner::showMessage(Level level, const QString &text)
{
    QStyle::StandardPixmap icon = QStyle::SP_MessageBoxInformation;
    QColor background = palette().color(QPalette::AlternateBase);
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    if (level == Level::Warning) {
        icon = QStyle::SP_MessageBoxWarning;
        background = dark ? QColor(0x4d, 0x3b, 0x00) : QColor(0xff, 0xf4, 0xce);
    } else if (level == Level::Error) {
        icon = QStyle::SP_MessageBoxCritical;
        background = dark ? QColor(0x5c, 0x1a, 0x1a) : QColor(0xff, 0xe4, 0xe4);
    }
    QPalette pal = palette();
    pal.setColor(QPalette::Window, background);
    setPalette(pal);
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(style()->standardIcon(icon).pixmap(QSize(size, size), devicePixelRatioF()));
    m_text->setText(m_text->text().isEmpty() || isHidden() ? text : m_text->text() + QLatin1Char('\n') + text);
    show();
}

QString MessageBanner::text() const
{
    return m_text->text();
}
