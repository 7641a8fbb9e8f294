#pragma once

#include <QDockWidget>

class LogPane;
class QStackedWidget;

// The dock at the bottom of the main window: one LogPane per server in a stack,
// showing the selected server's, or a hint when none is selected.
class LogDock : public QDockWidget
{
    Q_OBJECT

public:
    explicit LogDock(QWidget *parent = nullptr);

    QStackedWidget *stack() const { return m_stack; } // where each server's LogPane goes
    // log null: no server selected.
    void showLog(LogPane *log, const QString &serverName);

private:
    QStackedWidget *m_stack;
    QWidget *m_placeholder;
};
