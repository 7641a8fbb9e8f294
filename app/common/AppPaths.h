#pragma once

#include <QString>

// Where Hoshu keeps its files. Everything lives under one directory so that
// HOSHU_CONFIG_DIR makes tests and scripts hermetic.
class AppPaths
{
public:
    // $HOSHU_CONFIG_DIR if set, else the platform's per-user config location.
    static QString configDir();
    static QString profilesFile();   // servers.json
    static QString knownHostsFile(); // Hoshu's own OpenSSH-format known_hosts
    static QString historyDatabase(); // history.sqlite
    static QString logsDir();
    static QString auditLogFile();   // logs/audit.jsonl
    // Where backup bundles copied off the servers are kept by default: $HOSHU_BACKUP_DIR,
    // else the user's data folder (Linux: ~/.local/share/hoshu/backups).
    static QString backupCopiesDir();
    // ~/.ssh, where the user's own config and known_hosts live.
    static QString userSshDir();

    // Creates configDir() (mode 0700 on Unix). Returns false with a reason.
    static bool ensureConfigDir(QString *error);
};
