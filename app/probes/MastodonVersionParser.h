#pragma once

#include "probes/ParseStatus.h"

#include <QString>

// Mastodon's version from lib/mastodon/version.rb (or `git describe`, or a docker image tag).
struct MastodonVersion
{
    ParseStatus status;
    int major = -1;
    int minor = -1;
    int patch = -1;
    QString prerelease; // "", "beta.1", "rc.2"
    QString source;     // "version.rb", "git", "image"
    QString toString() const; // "4.3.2", "4.4.0-beta.1"
};

class MastodonVersionParser
{
public:
    static MastodonVersion parse(const QString &text);
    // "v4.3.2", "4.3.2-rc.1", "v4.2.10-12-gabcdef" (git describe), "ghcr.io/mastodon/mastodon:v4.3.2"
    static MastodonVersion fromTag(const QString &tag, const QString &source);
};
