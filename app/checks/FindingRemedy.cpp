#include "checks/FindingRemedy.h"

QString FindingRemedy::kindId(Kind kind)
{
    switch (kind) {
    case Kind::Fix: return QStringLiteral("fix");
    case Kind::Procedure: return QStringLiteral("procedure");
    case Kind::Manual: return QStringLiteral("manual");
    case Kind::None: break;
    }
    return QStringLiteral("none");
}
