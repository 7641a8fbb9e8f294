#pragma once

#include "checks/Finding.h"

#include <QList>
#include <QString>
#include <QStringList>

// What `hoshu-cli fix` does on one server, worked out from its findings (pure,
// unit-tested): the findings with a one-action fix, grouped so that one action
// that clears several of them runs once (four stopped Mastodon units: one
// start), in a sensible order (free the disk before restarting services, the
// OS restart last); and, after the re-check, what became of each.
class FixPlan
{
public:
    struct Target
    {
        QString id;
        QString subject;
        Severity before = Severity::Unknown;
        // The same finding: its id and its subject (four stopped units are four targets).
        bool matches(const QString &otherId, const QString &otherSubject) const
        {
            return id == otherId && subject == otherSubject;
        }
        bool matches(const Finding &f) const { return matches(f.id, f.subject); }
        bool matches(const Target &t) const { return matches(t.id, t.subject); }
    };
    struct Job
    {
        RemedyStep step;
        QList<Target> targets;
    };
    enum class RunStatus { NotRun, Succeeded, Failed, OutcomeUnknown };
    enum class Outcome { Fixed, StillThere, Failed, NotRun, Unknown };

    // only: finding ids to fix (--finding); empty: every finding with a fix.
    // What the desktop sees over HTTP (http.*) is mostly a consequence: while
    // anything else is to be fixed on the server, those are left for a second
    // round after the re-check (deferred), so a stopped web is started, not
    // restarted twice.
    static QList<Job> jobs(const QList<Finding> &findings, const QStringList &only = {},
                           QList<Target> *deferred = nullptr);
    // The findings that are problems but have no one-action fix (procedures and
    // manual steps): named in the report, never run.
    static QList<Finding> notAutomatic(const QList<Finding> &findings, const QStringList &only = {});
    // What keeps the problems from coming back (the remedies' preventions), each
    // step once, with the findings it is for: named in the report, never run.
    static QList<Job> preventions(const QList<Finding> &findings, const QStringList &only = {});
    static int rank(const QString &actionId); // lower runs first
    // The finding of findings that target is; nullptr when it is not there (any more).
    static const Finding *find(const QList<Finding> &findings, const Target &target);

    // after: the findings of the re-check; reached: whether it reached the server.
    static Outcome outcome(const Target &target, RunStatus run, const QList<Finding> &after, bool reached);
    static QString outcomeId(Outcome outcome); // "fixed", "still-there", …
    // 0 when every target was fixed; otherwise as `check` exits for what remains:
    // 1 a warning, 2 a critical, 3 unknown.
    static int exitCode(const QList<Target> &targets, const QList<Outcome> &outcomes, const QList<Finding> &after);
};
