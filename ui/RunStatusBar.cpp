#include "RunStatusBar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QStyle>

RunStatusBar::RunStatusBar(QWidget *parent)
    : QWidget(parent)
    , m_text(new QLabel(this))
    , m_elapsed(new QLabel(this))
    , m_busy(new QProgressBar(this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
{
    setObjectName(QStringLiteral("runStatusBar"));
    m_text->setObjectName(QStringLiteral("runStatusText"));
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_elapsed->setObjectName(QStringLiteral("runElapsed"));
    m_busy->setObjectName(QStringLiteral("runBusyIndicator"));
    m_busy->setRange(0, 0); // indeterminate: we cannot know how long a remote command takes
    m_busy->setMaximumWidth(120);
    m_busy->setTextVisible(false);
    m_cancel->setObjectName(QStringLiteral("cancelRunButton"));
    m_cancel->setIcon(style()->standardIcon(QStyle::SP_BrowserStop));
    m_cancel->setToolTip(tr("Stop the running command on the server"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    layout->addWidget(m_busy);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_elapsed);
    layout->addWidget(m_cancel);

    m_timer.setInterval(1000);
    connect(&m_timer, &QTimer::timeout, this, &RunStatusBar::updateElapsed);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        m_cancel->setEnabled(false);
        m_cancel->setText(tr("Cancelling…"));
        Q_EMIT cancelRequested();
    });
    hide();
}

void RunStatusBar::start(const QString &actionTitle)
{
    m_text->setText(tr("Running: %1").arg(actionTitle));
    m_cancel->setEnabled(true);
    m_cancel->setText(tr("Cancel"));
    m_clock.start();
    m_timer.start();
    updateElapsed();
    show();
}

void RunStatusBar::stop()
{
    m_timer.stop();
    hide();
}

QString RunStatusBar::elapsedText() const
{
    const qint64 secs = m_clock.isValid() ? m_clock.elapsed() / 1000 : 0;
    return QStringLiteral("%1:%2").arg(secs / 60).arg(secs % 60, 2, 10, QLatin1Char('0'));
}

void RunStatusBar::updateElapsed()
{
    m_elapsed->setText(tr("Elapsed %1").arg(elapsedText()));
}
