#pragma once

#include "probes/ParseStatus.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

// One unit as `systemctl show -p ...` describes it (services and timers alike).
struct SystemdUnit
{
    QString id;             // "mastodon-web.service"
    QString type;           // simple, oneshot, notify, forking...
    QString loadState;      // loaded, not-found, masked
    QString activeState;    // active, inactive, failed, activating, deactivating, reloading
    QString subState;       // running, exited, dead, auto-restart, waiting...
    QString unitFileState;  // enabled, disabled, static, masked, indirect, enabled-runtime, ""
    QString result;         // success, exit-code, signal, timeout...
    QString fragmentPath;
    QDateTime activeEnter;
    int nRestarts = -1;
    qint64 memoryBytes = -1;
    QStringList execArgv;   // the first ExecStart's argv
    // timers
    QString triggers;       // Unit= (the service a timer starts)
    QDateTime nextElapse;
    QDateTime lastTrigger;
    // services started by timers
    int execMainStatus = -1;
    QDateTime execMainExit;

    bool isTimer() const { return id.endsWith(QLatin1String(".timer")); }
    bool exists() const { return loadState == QLatin1String("loaded"); }
};

struct SystemdUnits
{
    ParseStatus status;
    QList<SystemdUnit> units;
    const SystemdUnit *find(const QString &id) const;
};

// `systemctl show -p A,B,C unit...`: blocks of KEY=value separated by blank lines.
// Timestamps are read in the server's zone (its UTC offset from the probe header).
class SystemdShowParser
{
public:
    static SystemdUnits parse(const QString &text, int serverUtcOffsetSec);
    // The argv of "{ path=... ; argv[]=a b c ; ignore_errors=no ; ... }".
    static QStringList execArgv(const QString &value);
};
