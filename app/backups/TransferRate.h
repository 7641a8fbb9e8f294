#pragma once

#include <QElapsedTimer>
#include <QtGlobal>

// How fast one transfer attempt moves, for the progress line: the bytes moved since its first
// progress report (a resumed transfer reports first where it goes on from) over the time since
// start(); after end(), over the transfer's own time (what follows, checks or gpg, is not in it).
class TransferRate
{
public:
    void start();
    void progress(qint64 done);
    void end();
    // MOVED: the transport's own count when it has one (at the end), else what the progress told.
    qint64 bytesPerSecond(qint64 moved = -1) const;
    bool isStarted() const { return m_clock.isValid(); }

private:
    QElapsedTimer m_clock;
    qint64 m_first = -1;
    qint64 m_done = 0;
    qint64 m_endMs = -1;
};
