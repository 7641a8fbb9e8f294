#pragma once

#include "probes/ParseStatus.h"

// /proc/loadavg, /proc/uptime and the number of CPUs.
struct LoadInfo
{
    ParseStatus status;
    double load1 = -1, load5 = -1, load15 = -1;
    double uptimeSec = -1;
    int cpus = 0;
};

class LoadParser
{
public:
    static LoadInfo parse(const QString &text);
};
