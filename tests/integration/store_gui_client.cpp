// Test helper for test_store_concurrency: the GUI's side of servers.json. It
// makes exactly the ProfileStore calls MainWindow makes (ui/MainWindow.cpp):
// one store, loaded once at start and kept for the whole session; Add Server =
// add() + save() + findByName(); Edit = update() + save(); Remove = remove() +
// save().
//   store_gui_client PREFIX SECONDS
// For SECONDS it adds PREFIX1, PREFIX2, ...; edits the even ones (host
// PREFIXn-edited.example) and removes the odd ones. Prints "done N" (servers
// added) on success; any refused call is printed and ends it with exit 1.
#include "common/AppPaths.h"
#include "servers/ProfileStore.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <cstdio>

namespace {
int fail(const QString &what, const QString &error)
{
    std::fprintf(stderr, "store_gui_client: %s: %s\n", qPrintable(what), qPrintable(error));
    return 1;
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    bool ok = false;
    const int seconds = args.value(2).toInt(&ok);
    if (args.size() != 3 || !ok) {
        std::fputs("usage: store_gui_client PREFIX SECONDS\n", stderr);
        return 2;
    }
    const QString prefix = args.at(1);
    ProfileStore store(AppPaths::profilesFile()); // MainWindow's m_store
    const ProfileStore::LoadResult loaded = store.load();
    if (loaded.status != ProfileStore::LoadStatus::Ok && loaded.status != ProfileStore::LoadStatus::Missing)
        return fail(QStringLiteral("load"), loaded.message);

    QElapsedTimer clock;
    clock.start();
    int n = 0;
    while (clock.elapsed() < qint64(seconds) * 1000) {
        ++n;
        const QString name = prefix + QString::number(n);
        ServerProfile profile;
        profile.name = name;
        profile.host = name + QStringLiteral(".example");
        QString error;
        // MainWindow::addServer
        if (!store.add(profile, &error))
            return fail(QStringLiteral("add ") + name, error);
        if (!store.save(&error))
            return fail(QStringLiteral("save after adding ") + name, error);
        const std::optional<ServerProfile> added = store.findByName(name);
        if (!added)
            return fail(QStringLiteral("find ") + name, QStringLiteral("not in the list after adding it"));
        if (n % 2 == 0) {
            // MainWindow::editServer
            ServerProfile edited = *added;
            edited.host = name + QStringLiteral("-edited.example");
            if (!store.update(edited, &error))
                return fail(QStringLiteral("update ") + name, error);
            if (!store.save(&error))
                return fail(QStringLiteral("save after editing ") + name, error);
        } else {
            // MainWindow::removeServer
            store.remove(added->id);
            if (!store.save(&error))
                return fail(QStringLiteral("save after removing ") + name, error);
        }
    }
    std::printf("done %d\n", n);
    return 0;
}
