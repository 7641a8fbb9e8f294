#pragma once

#include "probes/ProbeScript.h"
#include "probes/Snapshot.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

// Probe output -> Snapshot: splits the sections and runs each one's parser. Pure.
// A section of this tier that is missing, cut short or timed out is recorded as
// unreadable with the reason; the other tier's parts stay "not collected".
class SnapshotBuilder
{
public:
    struct Meta
    {
        QString serverId;
        QString serverName;
        QString deployment = QStringLiteral("systemd");
        ProbeScript::Tier tier = ProbeScript::Tier::Fast;
        QDateTime takenAt; // invalid: now
    };
    static Snapshot build(const QByteArray &output, const QString &nonce, const Meta &meta);
};
