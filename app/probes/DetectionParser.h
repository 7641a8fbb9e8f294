#pragma once

#include "probes/ParseStatus.h"

#include <QList>
#include <QString>
#include <QStringList>

struct MastodonDirCandidate
{
    QString dir;
    bool hasEnv = false;
    bool hasCode = false;
    bool hasCompose = false;
};

// What the probe found about how this server runs Mastodon (for the profile's defaults).
struct Detection
{
    ParseStatus status;
    bool systemd = false;
    bool docker = false;
    QList<MastodonDirCandidate> dirs;
    QStringList backupDirs;
    QString suggestedDeployment() const; // "systemd", "docker" or "" when unclear
};

class DetectionParser
{
public:
    static Detection parse(const QString &text);
};
