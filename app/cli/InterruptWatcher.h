#pragma once

#include <QObject>

class QSocketNotifier;

// Turns Ctrl+C (SIGINT/SIGTERM) into a Qt signal, so a running action is
// cancelled on the server instead of being left running there.
class InterruptWatcher : public QObject
{
    Q_OBJECT

public:
    explicit InterruptWatcher(QObject *parent = nullptr);
    ~InterruptWatcher() override;

Q_SIGNALS:
    void interrupted();

private:
    QSocketNotifier *m_notifier = nullptr;
};
