#pragma once

#include "probes/ParseStatus.h"

#include <QString>

// /etc/os-release: which distribution and version.
struct OsRelease
{
    ParseStatus status;
    QString id;          // "debian", "ubuntu", "centos"
    QString idLike;
    QString versionId;   // "12", "22.04", "7"
    QString prettyName;
    QString codename;
};

class OsReleaseParser
{
public:
    static OsRelease parse(const QString &text);
};
