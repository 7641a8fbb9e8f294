#pragma once

#include "probes/ParseStatus.h"

#include <QList>
#include <QString>

struct PendingPackage
{
    QString name;
    QString version; // the candidate
    QString origin;  // apt: "Debian-Security:12/stable-security [all]"; yum: the repository
    bool security = false;
};

// Pending package updates: simulated `apt-get upgrade` ("Inst" lines) or `yum check-update`.
struct PendingUpdates
{
    ParseStatus status;
    QString manager; // apt, yum, dnf
    QList<PendingPackage> packages;
    // apt's state (mtimes of its lists, cache and dpkg's status) when this was read.
    QString key;
    // The probe skipped the simulation because `key` had not changed: the
    // packages are those of the refresh that reported this key (status is not
    // ok until the caller puts them back, so this never reads as "none pending").
    bool unchanged = false;
    int securityCount() const;
    bool contains(const QString &name) const;
};

class UpdatesParser
{
public:
    static PendingUpdates parse(const QString &text);
};
