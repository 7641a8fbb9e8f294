#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

// What a changing action will do on this server, as its plan-mode run printed it
// (resources/actions/README.md, "Plan mode"): the "+ CMD ARG…" lines are the steps,
// the other lines of stdout are notes (hoshu_say), stderr says why a plan failed.
// The server's text is hostile: every line is escaped for display (TerminalText),
// and there are at most maxLines of each.
struct ActionPlan
{
    QStringList steps; // without the "+ "
    QStringList notes;
    QString error;     // stderr (and the transport's error), for a failed plan
    int exitStatus = -1;
    bool truncated = false; // more than maxLines steps or notes were printed

    bool ok() const { return exitStatus == 0; }
    static constexpr int maxLines = 200;

    static ActionPlan fromOutput(const QByteArray &out, const QByteArray &err, int exitStatus);
    // For a plan that could not run at all (no connection, sudo refused, timeout).
    static ActionPlan failure(const QString &error);
};

#include <QMetaType>
Q_DECLARE_METATYPE(ActionPlan)
