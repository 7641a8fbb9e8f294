#pragma once

#include "probes/ParseStatus.h"

#include <QDateTime>
#include <QString>

// The "probe" section: who ran the probe, when, and the server's time zone.
struct ProbeInfo
{
    ParseStatus status;
    int version = 0;
    QString tier;
    int uid = -1;
    QDateTime now;
    int utcOffsetSec = 0;
    QString tzName;
    QString hostname;
    QString kernel;
    QString mastodonDir;
};

class ProbeInfoParser
{
public:
    static ProbeInfo parse(const QString &text);
};
