#pragma once

#include <QString>

struct RemedyStep;

// The hoshu-cli command that runs one remedy step on a server, as `check` and `fix`
// print it: "hoshu-cli run NAME ACTION --param KEY=VALUE…", terminal-safe.
namespace RemedyCommandLine {
QString run(const QString &server, const RemedyStep &step);
}
