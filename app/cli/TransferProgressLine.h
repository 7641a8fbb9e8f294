#pragma once

#include <QElapsedTimer>

// The one line on stderr that shows a transfer's progress ("42% 1.2 GiB / 2.9 GiB (110 MiB/s)"),
// rewritten in place, only when stderr is a terminal: a log gets the result alone.
class TransferProgressLine
{
public:
    void start(); // the clock for the rate
    void update(qint64 done, qint64 total, qint64 resumedFrom);
    void end(); // the newline after it, if one was shown
    qint64 elapsedMs() const { return m_clock.elapsed(); }
    // Bytes per second of `bytes` since start(), for the closing message.
    qint64 rate(qint64 bytes) const;

private:
    QElapsedTimer m_clock;
    bool m_shown = false;
};
