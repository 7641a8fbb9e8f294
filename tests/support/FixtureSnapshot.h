#pragma once

#include "probes/ProbeScript.h"
#include "probes/Snapshot.h"

#include <QByteArray>
#include <QString>

// The whole-probe captures in tests/fixtures/probes/snapshots (real runs on the
// test hosts, nonce "FIXTURE"), shared by the tests that build on them.
class FixtureSnapshot
{
public:
    // The raw probe output of tests/fixtures/probes/snapshots/NAME.full.txt; a
    // missing fixture stops the test run (it is part of the repository).
    static QByteArray text(const QString &name);
    // The same output as a probe run with `nonce` prints it (its markers carry that nonce).
    static QByteArray text(const QString &name, const QString &nonce);
    // The nonce a probe script was given (its first line is `set -- 'NONCE' …`,
    // ProbeScript::remoteScript), for answering it with text(name, nonce).
    static QString nonceOf(const QByteArray &probeScript);
    // That output parsed as SnapshotBuilder would; the server is named after the
    // fixture unless serverId is given (then both id and name are serverId).
    static Snapshot load(const QString &name, ProbeScript::Tier tier = ProbeScript::Tier::Full,
                         const QString &serverId = {});
};
