#include "checks/Severity.h"

#include <QCoreApplication>

int SeverityInfo::rank(Severity s)
{
    return int(s);
}

Severity SeverityInfo::worst(Severity a, Severity b)
{
    return rank(a) >= rank(b) ? a : b;
}

QString SeverityInfo::id(Severity s)
{
    switch (s) {
    case Severity::Ok:
        return QStringLiteral("ok");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Unknown:
        return QStringLiteral("unknown");
    case Severity::Critical:
        return QStringLiteral("critical");
    }
    return QStringLiteral("unknown");
}

QString SeverityInfo::displayName(Severity s)
{
    switch (s) {
    case Severity::Ok:
        return QCoreApplication::translate("Severity", "OK");
    case Severity::Warning:
        return QCoreApplication::translate("Severity", "Warning");
    case Severity::Unknown:
        return QCoreApplication::translate("Severity", "Unknown");
    case Severity::Critical:
        return QCoreApplication::translate("Severity", "Critical");
    }
    return {};
}

int SeverityInfo::exitCode(Severity s)
{
    switch (s) {
    case Severity::Ok:
        return 0;
    case Severity::Warning:
        return 1;
    case Severity::Critical:
        return 2;
    case Severity::Unknown:
        break;
    }
    return 3;
}
