#pragma once

#include "probes/ParseStatus.h"

#include <QStringList>

// /var/run/reboot-required (Debian/Ubuntu) or needs-restarting -r (RHEL).
struct RebootState
{
    ParseStatus status;
    bool required = false;
    QStringList packages;
};

class RebootParser
{
public:
    static RebootState parse(const QString &text);
};
