#pragma once

#include "probes/ParseStatus.h"

#include <QtGlobal>

// /proc/meminfo (more robust than free's changing columns).
struct MemInfo
{
    ParseStatus status;
    qint64 totalBytes = -1;
    qint64 availableBytes = -1;   // MemAvailable, or an estimate on kernels before 3.14
    bool availableEstimated = false;
    qint64 swapTotalBytes = -1;
    qint64 swapFreeBytes = -1;
};

class MemInfoParser
{
public:
    static MemInfo parse(const QString &text);
};
