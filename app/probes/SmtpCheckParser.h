#pragma once

#include "probes/ParseStatus.h"

#include <QString>

// Whether the server reaches the mail server Mastodon is set up to use
// (SMTP_SERVER:SMTP_PORT in .env.production), as the probe's `smtp` section found
// it: a TCP connect and the TLS handshake Mastodon would make, without credentials.
struct SmtpCheck
{
    ParseStatus status;
    // "checked"; or why nothing was tried: "not-configured" (SMTP_SERVER empty),
    // "other-delivery" (SMTP_DELIVERY_METHOD is not smtp), "no-env" / "unreadable"
    // (.env.production), "no-tools" (neither openssl nor bash), "bad-server" /
    // "bad-port" (a value no mailer can connect to).
    QString state;
    QString server;
    int port = 0;
    QString delivery; // SMTP_DELIVERY_METHOD when it is not smtp
    // How Mastodon talks to it: "tls" (SMTP_TLS/SMTP_SSL), "starttls" (required),
    // "auto" (STARTTLS when offered, Mastodon's default), "none" (plain).
    QString mode;
    bool connected = false;
    QString connectError; // openssl's reason when not connected
    // "ok", "fail", "off" (mode none), "not-offered" (auto, and the server has no
    // STARTTLS: Mastodon sends in the clear), "unchecked" (no openssl)
    QString tls;
    QString tlsError;

    bool isChecked() const { return status.ok && state == QLatin1String("checked"); }
    // Connected, and the TLS Mastodon needs (if any) worked.
    bool reachable() const { return isChecked() && connected && tls != QLatin1String("fail"); }
};

class SmtpCheckParser
{
public:
    static SmtpCheck parse(const QString &text);
};
