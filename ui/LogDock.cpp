#include "LogDock.h"

#include "LogPane.h"

#include <QLabel>
#include <QStackedWidget>

LogDock::LogDock(QWidget *parent)
    : QDockWidget(tr("Log"), parent)
    , m_stack(new QStackedWidget(this))
{
    setObjectName(QStringLiteral("logDock"));
    m_stack->setObjectName(QStringLiteral("logStack"));
    auto *placeholder = new QLabel(tr("Select a server to see its log."), m_stack);
    placeholder->setAlignment(Qt::AlignCenter);
    placeholder->setEnabled(false);
    m_placeholder = placeholder;
    m_stack->addWidget(m_placeholder);
    setWidget(m_stack);
    setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable | QDockWidget::DockWidgetClosable);
}

void LogDock::showLog(LogPane *log, const QString &serverName)
{
    m_stack->setCurrentWidget(log ? static_cast<QWidget *>(log) : m_placeholder);
    setWindowTitle(log ? tr("Log — %1").arg(serverName) : tr("Log"));
}
