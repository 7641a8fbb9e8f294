#include "cli/FixPlan.h"

#include <algorithm>

namespace {

bool isProblem(const Finding &f)
{
    return f.severity == Severity::Warning || f.severity == Severity::Critical;
}

bool selected(const Finding &f, const QStringList &only)
{
    return only.isEmpty() || only.contains(f.id);
}

} // namespace

const Finding *FixPlan::find(const QList<Finding> &findings, const Target &target)
{
    const auto it =
        std::find_if(findings.cbegin(), findings.cend(), [&](const Finding &f) { return target.matches(f); });
    return it == findings.cend() ? nullptr : &*it;
}

int FixPlan::rank(const QString &id)
{
    // Space first (a full disk makes every restart fail), then what Mastodon
    // stands on (database, Redis), Mastodon itself, the web front, the rest;
    // restarting the OS ends the run.
    static const QList<QPair<QString, int>> order = {
        {QStringLiteral("media."), 0},      {QStringLiteral("cache."), 0},
        {QStringLiteral("disk."), 0},       {QStringLiteral("services.up_compose_service"), 1},
        {QStringLiteral("services.restart_postgresql"), 1}, {QStringLiteral("services.restart_redis"), 1},
        {QStringLiteral("database."), 2},   {QStringLiteral("sidekiq."), 3},
        {QStringLiteral("services."), 3},   {QStringLiteral("cert."), 4},
        {QStringLiteral("nginx."), 5},      {QStringLiteral("backup."), 6},
        {QStringLiteral("system.reboot"), 9}, {QStringLiteral("system."), 7},
    };
    for (const auto &[prefix, r] : order) {
        if (id.startsWith(prefix))
            return r;
    }
    return 8;
}

QList<FixPlan::Job> FixPlan::jobs(const QList<Finding> &findings, const QStringList &only, QList<Target> *deferred)
{
    auto isConsequence = [](const Finding &f) { return f.id.startsWith(QLatin1String("http.")); };
    bool serverSide = false;
    for (const Finding &f : findings) {
        if (isProblem(f) && f.remedy.kind == FindingRemedy::Kind::Fix && selected(f, only) && !isConsequence(f))
            serverSide = true;
    }
    QList<Job> out;
    for (const Finding &f : findings) {
        if (!isProblem(f) || f.remedy.kind != FindingRemedy::Kind::Fix || !selected(f, only))
            continue;
        if (serverSide && isConsequence(f)) {
            if (deferred)
                *deferred << Target{f.id, f.subject, f.severity};
            continue;
        }
        const RemedyStep &step = f.remedy.steps.constFirst();
        const Target target{f.id, f.subject, f.severity};
        auto same = std::find_if(out.begin(), out.end(), [&](const Job &j) {
            return j.step.actionId == step.actionId && j.step.params == step.params;
        });
        if (same != out.end())
            same->targets << target;
        else
            out << Job{step, {target}};
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const Job &a, const Job &b) { return rank(a.step.actionId) < rank(b.step.actionId); });
    return out;
}

QList<Finding> FixPlan::notAutomatic(const QList<Finding> &findings, const QStringList &only)
{
    QList<Finding> out;
    for (const Finding &f : findings) {
        if (isProblem(f) && f.remedy.kind != FindingRemedy::Kind::Fix && selected(f, only))
            out << f;
    }
    return out;
}

QList<FixPlan::Job> FixPlan::preventions(const QList<Finding> &findings, const QStringList &only)
{
    QList<Job> out;
    for (const Finding &f : findings) {
        if (!isProblem(f) || !selected(f, only))
            continue;
        for (const RemedyStep &s : f.remedy.preventions) {
            auto same = std::find_if(out.begin(), out.end(), [&](const Job &j) {
                return j.step.actionId == s.actionId && j.step.params == s.params;
            });
            if (same == out.end())
                same = out.insert(out.end(), Job{s, {}});
            same->targets << Target{f.id, f.subject, f.severity};
        }
    }
    return out;
}

FixPlan::Outcome FixPlan::outcome(const Target &target, RunStatus run, const QList<Finding> &after, bool reached)
{
    if (!reached)
        return Outcome::Unknown;
    const Finding *now = find(after, target);
    if (!now || now->severity == Severity::Ok)
        return Outcome::Fixed;
    if (now->severity == Severity::Unknown)
        return Outcome::Unknown;
    switch (run) {
    case RunStatus::NotRun: return Outcome::NotRun;
    case RunStatus::Failed: return Outcome::Failed;
    case RunStatus::OutcomeUnknown:
    case RunStatus::Succeeded: break;
    }
    return Outcome::StillThere;
}

QString FixPlan::outcomeId(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Fixed: return QStringLiteral("fixed");
    case Outcome::StillThere: return QStringLiteral("still-there");
    case Outcome::Failed: return QStringLiteral("failed");
    case Outcome::NotRun: return QStringLiteral("not-run");
    case Outcome::Unknown: break;
    }
    return QStringLiteral("unknown");
}

int FixPlan::exitCode(const QList<Target> &targets, const QList<Outcome> &outcomes, const QList<Finding> &after)
{
    Severity worst = Severity::Ok;
    for (qsizetype i = 0; i < targets.size() && i < outcomes.size(); ++i) {
        if (outcomes.at(i) == Outcome::Fixed)
            continue;
        const Finding *now = find(after, targets.at(i));
        const Severity s = outcomes.at(i) == Outcome::Unknown || !now ? Severity::Unknown : now->severity;
        worst = SeverityInfo::worst(worst, s);
    }
    return SeverityInfo::exitCode(worst);
}
