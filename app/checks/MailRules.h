#pragma once

#include "checks/Finding.h"
#include "probes/Snapshot.h"

#include <QCoreApplication>

// mail.smtp_unreachable: the server cannot reach the mail server Mastodon sends through
// (SMTP_SERVER:SMTP_PORT) with the TLS Mastodon would use. Without mail, sign-up
// confirmations, password resets and login codes stop.
class MailRules
{
    Q_DECLARE_TR_FUNCTIONS(MailRules)

public:
    static QList<Finding> evaluate(const Snapshot &snap);

private:
    static QString notCheckedReason(const SmtpCheck &c);
};
