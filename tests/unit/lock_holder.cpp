// Test helper: another Hoshu process holding a lock.
//   lock_holder file PATH        a QLockFile on PATH, as ProfileStore holds servers.json.lock
//   lock_holder server ID NAME   the ServerActionLock of that server (under HOSHU_CONFIG_DIR)
// Prints "locked" (or "failed: REASON") on stdout, then holds the lock until
// stdin closes (it then releases it and exits 0) or it is killed (the lock file
// stays, as after a crash).
#include "servers/FileLock.h"
#include "servers/ServerActionLock.h"

#include <QCoreApplication>

#include <cstdio>
#include <memory>
#include <unistd.h>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    std::unique_ptr<FileLock> file;
    std::unique_ptr<ServerActionLock> server;
    QString error;
    bool locked = false;
    if (args.size() == 3 && args.at(1) == QLatin1String("file")) {
        file = std::make_unique<FileLock>(args.at(2), 30000);
        locked = file->tryLock(5000);
        if (!locked)
            error = file->holder();
    } else if (args.size() == 4 && args.at(1) == QLatin1String("server")) {
        server = std::make_unique<ServerActionLock>(args.at(2), args.at(3));
        locked = server->tryAcquire(&error);
    } else {
        std::fputs("usage: lock_holder file PATH | lock_holder server ID NAME\n", stderr);
        return 2;
    }
    std::printf("%s\n", locked ? "locked" : qPrintable(QStringLiteral("failed: ") + error));
    std::fflush(stdout);
    if (!locked)
        return 1;
    char c = 0;
    while (::read(0, &c, 1) > 0) {
    }
    return 0;
}
