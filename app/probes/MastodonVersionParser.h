#pragma once

#include "probes/ParseStatus.h"

#include <QString>

// Mastodon's version from lib/mastodon/version.rb (or the git tag at the checked-out
// commit, read from .git as plain files, or a docker image tag).
struct MastodonVersion
{
    ParseStatus status;
    int major = -1;
    int minor = -1;
    int patch = -1;
    QString prerelease; // "", "beta.1", "rc.2"
    QString source;     // "version.rb", "git", "image"
    QString commit;     // the checked-out commit (hex) when .git could be read, else empty
    QString toString() const; // "4.3.2", "4.4.0-beta.1"
    int knownMajor() const { return status.ok ? major : -1; } // -1 when it could not be read
};

// The section: "source=version.rb|none", the file's lines as "rb LINE" (escaped, so no
// line of it can pose as one of the probe's own), "git_commit=SHA", "git_ref=REF",
// "git_tag NAME" (each tag at that commit), "image=IMAGE" (docker).
class MastodonVersionParser
{
public:
    static MastodonVersion parse(const QString &text);
    // "v4.3.2", "4.3.2-rc.1", "v4.2.10-12-gabcdef" (git describe), "ghcr.io/mastodon/mastodon:v4.3.2"
    static MastodonVersion fromTag(const QString &tag, const QString &source);
};
