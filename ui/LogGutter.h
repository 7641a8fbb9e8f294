#pragma once

#include <QWidget>

class LogView;

// Paints the time and marker column to the left of a LogView.
class LogGutter : public QWidget
{
    Q_OBJECT

public:
    explicit LogGutter(LogView *view);
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    LogView *m_view;
};
