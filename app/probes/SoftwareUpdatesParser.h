#pragma once

#include "probes/ParseStatus.h"

#include <QList>
#include <QString>

// What Mastodon (4.2+) itself learned about newer releases: its software_updates
// table, read on the server. Hoshu needs no network access of its own for it.
struct SoftwareUpdates
{
    struct Update
    {
        QString version;
        bool urgent = false;
        QString type; // "patch", "minor", "major"
    };
    ParseStatus status;
    // "ok" (the table was read), "no-table" (Mastodon before 4.2), "no-psql",
    // "remote-db" (not readable from this server without a password),
    // "disabled" (UPDATE_CHECK_URL is empty: Mastodon does not check).
    QString state;
    QList<Update> updates;

    bool isKnown() const { return status.ok && state == QLatin1String("ok"); }
};

class SoftwareUpdatesParser
{
public:
    static SoftwareUpdates parse(const QString &text);
};
