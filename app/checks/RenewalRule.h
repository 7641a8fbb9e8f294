#pragma once

#include "checks/Finding.h"
#include "checks/Thresholds.h"

#include <QDate>
#include <QJsonObject>

// renewal.due: dates only the admin knows (server rent, domain, the payment card),
// entered per server in the profile's extra JSON:
//   "renewals": [{"what": "domain example.social", "due": "2027-03-01"}]
class RenewalRule
{
public:
    static QList<Finding> evaluate(const QJsonObject &profileExtra, const QDate &today, const Thresholds &th);
};
