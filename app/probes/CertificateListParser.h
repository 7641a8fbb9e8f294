#pragma once

#include "probes/ParseStatus.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

// One certificate as `openssl x509 -noout -enddate -startdate -subject -fingerprint -sha256` shows it.
struct CertInfo
{
    QString name;         // certbot lineage name, or the domain asked for (served)
    QString path;
    QString subject;
    QString fingerprint;  // SHA-256, "AB:CD:..."
    QStringList dnsNames;
    QDateTime notBefore;
    QDateTime notAfter;
    QString error;        // why this one could not be read (then the dates are invalid)
    bool readable() const { return notAfter.isValid(); }
};

struct CertificateList
{
    ParseStatus status;
    bool letsencryptPresent = false; // certs section only
    QList<CertInfo> certs;
    const CertInfo *find(const QString &name) const;
};

// The "certs" section (blocks "cert NAME", certbot's lineages on disk) and the
// "served-certs" section (blocks "served DOMAIN", what nginx answers with SNI).
class CertificateListParser
{
public:
    static CertificateList parseOnDisk(const QString &text);
    static CertificateList parseServed(const QString &text);

private:
    static CertificateList parse(const QString &text, const QString &keyword);
};
