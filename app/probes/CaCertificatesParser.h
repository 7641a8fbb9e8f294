#pragma once

#include "probes/ParseStatus.h"

#include <QDate>
#include <QString>

// The ca-certificates package: its version and how old the trust store is.
struct CaCertificates
{
    ParseStatus status;
    QString manager;      // dpkg, rpm
    QString version;      // "20230311", "20250419~deb12u2", "2023.2.60_v7.0.306-90.1.el7_9"
    QDate releaseDate;    // from the version (Debian: YYYYMMDD; RHEL: the year, or the build time)
    QDate installedDate;  // when the package (or the bundle file) was last written
};

class CaCertificatesParser
{
public:
    static CaCertificates parse(const QString &text);
};
