#include "LogGutter.h"

#include "LogView.h"

LogGutter::LogGutter(LogView *view)
    : QWidget(view)
    , m_view(view)
{
    setObjectName(QStringLiteral("logGutter"));
}

QSize LogGutter::sizeHint() const
{
    return QSize(m_view->gutterWidth(), 0);
}

void LogGutter::paintEvent(QPaintEvent *event)
{
    m_view->paintGutter(event, this);
}
