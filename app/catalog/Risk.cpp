#include "catalog/Risk.h"

#include <QCoreApplication>

QString riskId(Risk risk)
{
    switch (risk) {
    case Risk::ReadOnly:
        return QStringLiteral("read-only");
    case Risk::Safe:
        return QStringLiteral("safe");
    case Risk::Disruptive:
        return QStringLiteral("disruptive");
    case Risk::Destructive:
        return QStringLiteral("destructive");
    }
    return QString();
}

std::optional<Risk> riskFromId(const QString &id)
{
    for (Risk r : {Risk::ReadOnly, Risk::Safe, Risk::Disruptive, Risk::Destructive}) {
        if (riskId(r) == id)
            return r;
    }
    return std::nullopt;
}

QString riskDisplayName(Risk risk)
{
    switch (risk) {
    case Risk::ReadOnly:
        return QCoreApplication::translate("Risk", "Read-only");
    case Risk::Safe:
        return QCoreApplication::translate("Risk", "Safe");
    case Risk::Disruptive:
        return QCoreApplication::translate("Risk", "Disruptive");
    case Risk::Destructive:
        return QCoreApplication::translate("Risk", "Destructive");
    }
    return QString();
}
