#pragma once

// hoshu-cli exit codes (sysexits.h where one fits, so scripts can tell them apart).
// A command that ran on the server exits with the server's own status instead.
namespace ExitCode {
constexpr int Ok = 0;
constexpr int Usage = 64;            // EX_USAGE: bad command line, unknown server or action
constexpr int InvalidParameter = 65; // EX_DATAERR: a parameter failed its type/range/pattern
constexpr int NoInput = 66;          // EX_NOINPUT: a file named on the command line cannot be read
constexpr int Unavailable = 69;      // EX_UNAVAILABLE: cannot connect or authenticate
constexpr int Software = 70;         // EX_SOFTWARE: the catalog itself is broken
constexpr int CantCreate = 73;       // EX_CANTCREAT: cannot save profiles or secrets
constexpr int HostKeyUnknown = 76;   // host key not trusted yet
constexpr int HostKeyChanged = 77;   // host key changed: refused
constexpr int Config = 78;           // EX_CONFIG: the profiles file is corrupt or too new
constexpr int TimedOut = 124;        // the action ran past its timeout (as timeout(1))
constexpr int Interrupted = 130;     // cancelled with Ctrl+C
} // namespace ExitCode
