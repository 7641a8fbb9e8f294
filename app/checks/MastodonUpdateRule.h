#pragma once

#include "checks/Finding.h"
#include "probes/MastodonVersionParser.h"

#include <QStringList>

// mastodon.update_available: the running version against the known releases
// ("v4.3.3", "4.2.14"...; pre-releases are ignored). A newer patch release of
// the running series counts as important: those are security or urgent fixes.
class MastodonUpdateRule
{
public:
    static Finding evaluate(const MastodonVersion &current, const QStringList &knownReleases);
};
