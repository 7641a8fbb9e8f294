#pragma once

#include "probes/ParseStatus.h"

#include <QtGlobal>

// `journalctl --disk-usage`: "Archived and active journals take up 104.0M in the file system."
struct JournalUsage
{
    ParseStatus status;
    qint64 bytes = -1;
};

class JournalParser
{
public:
    static JournalUsage parse(const QString &text);
};
