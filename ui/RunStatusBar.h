#pragma once

#include <QElapsedTimer>
#include <QTimer>
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

// Shown above a server's log while an action runs: what runs, for how long,
// and a Cancel button.
class RunStatusBar : public QWidget
{
    Q_OBJECT

public:
    explicit RunStatusBar(QWidget *parent = nullptr);

    void start(const QString &actionTitle);
    void stop();
    bool isRunning() const { return m_timer.isActive(); }
    QString elapsedText() const;

Q_SIGNALS:
    void cancelRequested();

private:
    void updateElapsed();

    QLabel *m_text;
    QLabel *m_elapsed;
    QProgressBar *m_busy;
    QPushButton *m_cancel;
    QTimer m_timer;
    QElapsedTimer m_clock;
};
