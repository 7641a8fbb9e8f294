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
    int securityCount() const;
    bool contains(const QString &name) const;
};

class UpdatesParser
{
public:
    static PendingUpdates parse(const QString &text);
};
