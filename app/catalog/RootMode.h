#pragma once

// How a command that needs root gets it on a given server.
enum class RootMode {
    AlreadyRoot,      // logged in as root: run directly
    SudoNoPassword,   // sudo -n (NOPASSWD)
    SudoWithPassword  // sudo -S, password over stdin
};
