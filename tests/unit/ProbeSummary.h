#pragma once

#include <QString>

// Renders what a section's parser read as short "key=value" lines, so the
// fixtures' .expected files say in plain text what each real output must give.
class ProbeSummary
{
public:
    // section: the probe's section name ("df", "units", ...); empty if unknown section
    // dfText: the df section of the same run, for df-inodes (its counts merge into it).
    static QString summarize(const QString &section, const QString &text, const QString &dfText = {});
};
