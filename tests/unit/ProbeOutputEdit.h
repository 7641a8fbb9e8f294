#pragma once

#include "checks/Finding.h"
#include "probes/Snapshot.h"

#include <QDateTime>
#include <QString>

#include <functional>
#include <utility>

// Edits of a whole probe output (tests/fixtures/probes/snapshots, nonce "FIXTURE"):
// one section changed the way the real command would print another state. Every
// edit fails loudly (qFatal) when the fixture no longer holds what it expects.
class ProbeOutputEdit
{
public:
    static const QString &nonce(); // "FIXTURE"
    // The healthy test host's whole output (snapshots/debian-12-testhost-healthy), and an
    // output parsed as the full tier of server "pr1" (takenAt invalid: now).
    static QString healthy();
    static Snapshot build(const QString &text, const QDateTime &takenAt = {});
    // The findings with this id.
    static QList<Finding> withId(const QList<Finding> &all, const QString &id);
    // [start, end) of a section's body in the probe output.
    static std::pair<qsizetype, qsizetype> sectionRange(const QString &text, const QString &section);
    static QString withSection(const QString &text, const QString &section, const std::function<QString(QString)> &f);
    // Replaces text that occurs exactly once in the section.
    static QString replaceIn(const QString &text, const QString &section, const QString &from, const QString &to);
    static QString appendTo(const QString &text, const QString &section, const QString &lines);
    // A section the capture does not have (a probe older than the section), with `body`
    // as its text and exit status 0, inserted right before section `before`.
    static QString insertSection(const QString &text, const QString &section, const QString &body, const QString &before);
    // The whole section (markers included) printed once more right after itself.
    static QString repeatSection(const QString &text, const QString &section, const std::function<QString(QString)> &f);
};
