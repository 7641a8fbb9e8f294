#pragma once

#include "probes/ParseStatus.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

// One HTTP request the desktop made to the server.
struct HttpEndpoint
{
    QString url;
    int httpStatus = -1;   // -1: no HTTP answer at all (DNS, refused, TLS, timeout)
    QString error;         // Qt's error text when the request failed, else empty
    qint64 elapsedMs = -1;
    bool ok() const { return httpStatus == 200; }
    bool attempted() const { return !url.isEmpty(); }
};

// The certificate the public address presents (what browsers and other servers see).
struct PublicCertificate
{
    bool seen = false;
    QString subject;
    QString issuer;
    QStringList dnsNames;
    QDateTime notBefore;
    QDateTime notAfter;
    int chainLength = 0;
    QStringList errors;    // TLS verification errors (expired, unknown issuer, name mismatch...)
};

// What HttpProbe learned from the desktop side: /health, the instance API,
// streaming health, the Web UI and its asset packs, the public certificate.
// status.collected is false when the HTTP checks did not run in this refresh.
struct HttpChecks
{
    ParseStatus status = ParseStatus::notCollected();
    QString domain;
    QDateTime checkedAt;
    HttpEndpoint health;
    HttpEndpoint instance;       // the one that answered (v2, or v1 as the fallback)
    // /api/v1/instance even when v2 answered: apps and older servers still read
    // it, and it breaks on its own (seed 001: the "instances" view not refreshed).
    HttpEndpoint instanceV1;
    bool instanceV1Valid = false; // it answered with an instance description
    QString instanceApi;         // "v2", "v1" or "" when neither answered
    QString instanceVersion;     // "4.3.2" as the API reports it
    int rulesCount = -1;         // -1: unknown (no "rules" in the answer and no /api/v1/instance/rules)
    HttpEndpoint streaming;
    HttpEndpoint webUi;
    QList<HttpEndpoint> assets;  // the JS/CSS packs the Web UI page references
    PublicCertificate certificate;
};
