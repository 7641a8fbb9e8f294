#pragma once

#include <QCoreApplication>
#include <QStringList>

// hoshu-cli's dispatcher: global options, then one of the subcommands.
class HoshuCli
{
    Q_DECLARE_TR_FUNCTIONS(HoshuCli)

public:
    static int exec(QCoreApplication &app, const QStringList &args);
    static QString usage();

private:
    static int run(const QStringList &args);
    static int runCheck(class ProfileStore &store, class SecretStore &secrets, const QStringList &args);
    static int runRefresh(class ProfileStore &store, class SecretStore &secrets, const QStringList &args);
    static int runFix(class ProfileStore &store, class SecretStore &secrets, const class Catalog &catalog,
                      const QStringList &args);
    // NAME... or --all into profiles; false with the exit code when there is none to use.
    static bool selectProfiles(const class ProfileStore &store, bool all, const QStringList &names,
                               QList<struct ServerProfile> *profiles, int *exitCode);
};
