#pragma once

#include <QString>

// Whether a parser could read its section. A section that could not be read
// gives "unknown" with the reason, never a made-up green light.
struct ParseStatus
{
    bool ok = false;
    QString reason;          // why not ok (untranslated technical text, shown as evidence)
    bool collected = false;  // false: the section was not part of this probe run (slow tier)

    static ParseStatus good() { return {true, {}, true}; }
    static ParseStatus bad(const QString &why) { return {false, why, true}; }
    static ParseStatus notCollected() { return {false, QStringLiteral("not collected"), false}; }
};
