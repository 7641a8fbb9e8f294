#include "checks/MastodonUpdateRule.h"

#include <tuple>

namespace {
auto key(const MastodonVersion &v)
{
    return std::make_tuple(v.major, v.minor, v.patch);
}

bool finalSeen(const MastodonVersion &current, const QStringList &releases)
{
    for (const QString &tag : releases) {
        const MastodonVersion v = MastodonVersionParser::fromTag(tag, QStringLiteral("release"));
        if (v.status.ok && v.prerelease.isEmpty() && key(v) == key(current))
            return true;
    }
    return false;
}
} // namespace

Finding MastodonUpdateRule::evaluate(const MastodonVersion &current, const QStringList &knownReleases)
{
    const QString id = QStringLiteral("mastodon.update_available");
    if (!current.status.ok)
        return Finding::unknown(id, current.status.reason);
    MastodonVersion latest = current, latestPatch = current;
    for (const QString &tag : knownReleases) {
        const MastodonVersion v = MastodonVersionParser::fromTag(tag, QStringLiteral("release"));
        if (!v.status.ok || !v.prerelease.isEmpty())
            continue;
        if (key(v) > key(latest))
            latest = v;
        if (v.major == current.major && v.minor == current.minor && key(v) > key(latestPatch))
            latestPatch = v;
    }
    // A pre-release (4.4.0-rc.1) is behind its own final release (4.4.0).
    const bool finalOfPrerelease = !current.prerelease.isEmpty() && key(latestPatch) == key(current)
        && finalSeen(current, knownReleases);
    const bool patch = key(latestPatch) > key(current) || finalOfPrerelease;
    const bool newer = key(latest) > key(current);
    const Severity s = patch || newer ? Severity::Warning : Severity::Ok;
    return Finding::make(id, s, current.toString(),
                         {{QStringLiteral("current"), current.toString()},
                          {QStringLiteral("latest"), latest.toString()},
                          {QStringLiteral("latestPatch"), latestPatch.toString()},
                          {QStringLiteral("important"), patch}});
}
