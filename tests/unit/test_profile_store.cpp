#include "LockHolderProcess.h"
#include "servers/ProfileStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

class TestProfileStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;

    static ServerProfile makeProfile(const QString &name, const QString &host)
    {
        ServerProfile p;
        p.name = name;
        p.host = host;
        return p;
    }

    static QByteArray readAll(const QString &path)
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return QByteArray("<cannot read>");
        return f.readAll();
    }

    static void writeAll(const QString &path, const QByteArray &bytes)
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QCOMPARE(f.write(bytes), bytes.size());
    }

    // A store with two saved servers, the second using password auth.
    void saveTwo(ProfileStore *store)
    {
        QString error;
        QVERIFY(store->add(makeProfile(QStringLiteral("本番サーバ"), QStringLiteral("example.org")), &error));
        ServerProfile second = makeProfile(QStringLiteral("staging"), QStringLiteral("192.0.2.7"));
        second.auth = ServerProfile::AuthMethod::Password;
        second.rootAccess = ServerProfile::RootAccess::SudoWithPassword;
        second.port = 2222;
        second.user = QStringLiteral("mastodon");
        QVERIFY2(store->add(second, &error), qPrintable(error));
        QVERIFY2(store->save(&error), qPrintable(error));
    }

    // servers.json with these servers, hosts h1, h2, ...
    void seed(const QStringList &serverNames)
    {
        ProfileStore store(m_path);
        QString error;
        for (int i = 0; i < serverNames.size(); ++i)
            QVERIFY2(store.add(makeProfile(serverNames.at(i), QStringLiteral("h%1").arg(i + 1)), &error),
                     qPrintable(error));
        QVERIFY2(store.save(&error), qPrintable(error));
    }

    static QStringList names(const ProfileStore &store)
    {
        QStringList out;
        for (const ServerProfile &p : store.profiles())
            out << p.name;
        return out;
    }

    QStringList setAsideFiles() const
    {
        return QDir(m_dir.path()).entryList({QStringLiteral("servers.json.corrupt-*")}, QDir::Files);
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        QDir dir(m_dir.path());
        const auto entries = dir.entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
        for (const QString &e : entries) {
            QFileInfo info(dir.filePath(e));
            if (info.isDir())
                QDir(info.filePath()).removeRecursively();
            else
                QFile::remove(info.filePath());
        }
        m_path = dir.filePath(QStringLiteral("servers.json"));
    }

    void roundTrip()
    {
        ProfileStore store(m_path);
        QCOMPARE(store.load().status, ProfileStore::LoadStatus::Missing);
        saveTwo(&store);
        const QList<ServerProfile> saved = store.profiles();
        QCOMPARE(saved.size(), 2);
        QVERIFY(!QUuid::fromString(saved.at(0).id).isNull());
        QVERIFY(!saved.at(0).id.startsWith(QLatin1Char('{')));

        ProfileStore again(m_path);
        const auto result = again.load();
        QCOMPARE(result.status, ProfileStore::LoadStatus::Ok);
        QVERIFY(result.message.isEmpty());
        QCOMPARE(again.profiles().size(), 2);
        QVERIFY(again.profiles() == saved); // same order, same fields
        QCOMPARE(again.findByName(QStringLiteral("本番サーバ"))->id, saved.at(0).id);
        QCOMPARE(again.findByName(QStringLiteral("STAGING"))->id, saved.at(1).id);
        QCOMPARE(again.findById(saved.at(1).id)->port, quint16(2222));
        QVERIFY(!again.findByName(QStringLiteral("nope")));
        QVERIFY(!again.findById(QStringLiteral("nope")));

        const QJsonObject root = QJsonDocument::fromJson(readAll(m_path)).object();
        QCOMPARE(root.value(QStringLiteral("schema")).toInt(), 1);
        QCOMPARE(root.value(QStringLiteral("servers")).toArray().size(), 2);
    }

    void missingFile()
    {
        ProfileStore store(m_path);
        const auto result = store.load();
        QCOMPARE(result.status, ProfileStore::LoadStatus::Missing);
        QVERIFY(store.profiles().isEmpty());
        QVERIFY(!store.isReadOnly());
        QString error;
        QVERIFY(store.save(&error));
        QVERIFY(QFileInfo::exists(m_path));
    }

    void savesIntoMissingFolder()
    {
        ProfileStore store(m_dir.filePath(QStringLiteral("new/sub/servers.json")));
        QString error;
        QVERIFY(store.add(makeProfile(QStringLiteral("a"), QStringLiteral("h")), &error));
        QVERIFY2(store.save(&error), qPrintable(error));
        ProfileStore again(store.filePath());
        QCOMPARE(again.load().status, ProfileStore::LoadStatus::Ok);
        QCOMPARE(again.profiles().size(), 1);
    }

    void corrupt_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("truncated json") << QByteArray("{\"schema\": 1, \"servers\": [ {\"name\": \"a\", \"ho"); // not a raw string: moc mis-lexes an odd quote in one
        QTest::newRow("empty file") << QByteArray();
        QTest::newRow("binary garbage") << QByteArray("\x00\xff\xfe garbage", 12);
        QTest::newRow("not an object") << QByteArray(R"([{"name":"a","host":"h"}])");
        QTest::newRow("no schema") << QByteArray(R"({"servers": []})");
        QTest::newRow("schema is text") << QByteArray(R"({"schema": "1", "servers": []})");
        QTest::newRow("schema zero") << QByteArray(R"({"schema": 0, "servers": []})");
        QTest::newRow("servers not an array") << QByteArray(R"({"schema": 1, "servers": {"a": 1}})");
        QTest::newRow("servers missing") << QByteArray(R"({"schema": 1})");
        QTest::newRow("port is abc") << QByteArray(R"({"schema": 1, "servers": [{"name":"a","host":"h","port":"abc"}]})");
        QTest::newRow("duplicate names")
            << QByteArray(R"({"schema": 1, "servers": [{"name":"a","host":"h"},{"name":"A","host":"i"}]})");
        QTest::newRow("duplicate ids")
            << QByteArray(R"({"schema": 1, "servers": [
                {"id":"6f1c3b9e-2f4a-4c1e-9a55-0b7d1c2e3f40","name":"a","host":"h"},
                {"id":"6f1c3b9e-2f4a-4c1e-9a55-0b7d1c2e3f40","name":"b","host":"i"}]})");
        QTest::newRow("invalid host") << QByteArray(R"({"schema": 1, "servers": [{"name":"a","host":"a b"}]})");
        QTest::newRow("entry not object") << QByteArray(R"({"schema": 1, "servers": ["a"]})");
    }
    void corrupt()
    {
        QFETCH(QByteArray, bytes);
        writeAll(m_path, bytes);
        ProfileStore store(m_path);
        const auto result = store.load();
        QCOMPARE(result.status, ProfileStore::LoadStatus::Corrupt);
        QVERIFY(store.profiles().isEmpty());
        QVERIFY(!store.isReadOnly());

        // Kept aside with its original bytes, and named in the message.
        QVERIFY(!result.setAsidePath.isEmpty());
        QVERIFY(QFileInfo(result.setAsidePath).fileName().startsWith(QStringLiteral("servers.json.corrupt-")));
        QVERIFY(QRegularExpression(QStringLiteral("corrupt-\\d{8}-\\d{6}$")).match(result.setAsidePath).hasMatch());
        QCOMPARE(readAll(result.setAsidePath), bytes);
        QVERIFY2(result.message.contains(QDir::toNativeSeparators(result.setAsidePath)), qPrintable(result.message));
        QVERIFY(!QFileInfo::exists(m_path));

        // The next save puts a valid file in place; the set-aside copy stays.
        QString error;
        QVERIFY(store.add(makeProfile(QStringLiteral("fresh"), QStringLiteral("h")), &error));
        QVERIFY2(store.save(&error), qPrintable(error));
        ProfileStore again(m_path);
        QCOMPARE(again.load().status, ProfileStore::LoadStatus::Ok);
        QCOMPARE(again.profiles().size(), 1);
        QCOMPARE(readAll(result.setAsidePath), bytes);
    }

    void corruptTwiceKeepsBoth()
    {
        writeAll(m_path, "first garbage");
        ProfileStore store(m_path);
        const QString first = store.load().setAsidePath;
        writeAll(m_path, "second garbage");
        const QString second = store.load().setAsidePath;
        QVERIFY(!first.isEmpty());
        QVERIFY(!second.isEmpty());
        QVERIFY(first != second); // same second: a suffix, never an overwrite
        QCOMPARE(readAll(first), QByteArray("first garbage"));
        QCOMPARE(readAll(second), QByteArray("second garbage"));
        QCOMPARE(setAsideFiles().size(), 2);
    }

    void tooNew()
    {
        const QByteArray bytes = R"({"schema": 2, "servers": [{"name":"a","host":"h","id":"6f1c3b9e-2f4a-4c1e-9a55-0b7d1c2e3f40"}], "newThing": 1})";
        writeAll(m_path, bytes);
        ProfileStore store(m_path);
        const auto result = store.load();
        QCOMPARE(result.status, ProfileStore::LoadStatus::TooNew);
        QVERIFY(!result.message.isEmpty());
        QVERIFY(result.setAsidePath.isEmpty());
        QVERIFY(store.isReadOnly());
        QCOMPARE(store.profiles().size(), 1); // still shown

        QString error;
        QVERIFY(!store.save(&error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!store.add(makeProfile(QStringLiteral("b"), QStringLiteral("h")), &error));
        QVERIFY(!store.update(store.profiles().first(), &error));
        QVERIFY(!store.remove(store.profiles().first().id));
        QCOMPARE(readAll(m_path), bytes);
        QVERIFY(setAsideFiles().isEmpty());
    }

    void tooNewWithUnknownShapeIsNotMovedAside()
    {
        const QByteArray bytes = R"({"schema": 7, "servers": {"by-name": {}}})";
        writeAll(m_path, bytes);
        ProfileStore store(m_path);
        QCOMPARE(store.load().status, ProfileStore::LoadStatus::TooNew);
        QVERIFY(store.profiles().isEmpty());
        QVERIFY(store.isReadOnly());
        QCOMPARE(readAll(m_path), bytes);
        QVERIFY(setAsideFiles().isEmpty());
    }

    void unreadableIsReadOnly()
    {
        QVERIFY(QDir().mkpath(m_path)); // a folder where the file should be: cannot be read, even by root
        ProfileStore store(m_path);
        const auto result = store.load();
        QCOMPARE(result.status, ProfileStore::LoadStatus::Unreadable);
        QVERIFY(!result.message.isEmpty());
        QVERIFY(store.isReadOnly());
        QString error;
        QVERIFY(!store.save(&error));
        QVERIFY(QFileInfo(m_path).isDir());
    }

    void interruptedSaveByCancel()
    {
        ProfileStore store(m_path);
        saveTwo(&store);
        const QByteArray before = readAll(m_path);
        QString error;
        bool hookRan = false;
        store.setBeforeCommitHookForTest([&hookRan](QSaveFile &file) {
            hookRan = true;
            file.write("half-written garbage");
            file.cancelWriting();
        });
        // Every change is written at once: the add fails whole.
        QVERIFY(!store.add(makeProfile(QStringLiteral("third"), QStringLiteral("h3")), &error));
        QVERIFY(hookRan);
        QVERIFY(!error.isEmpty());
        QCOMPARE(readAll(m_path), before);
        QCOMPARE(store.profiles().size(), 2);
        // A removal waits for the next save instead.
        const QString staging = store.findByName(QStringLiteral("staging"))->id;
        QVERIFY(store.remove(staging));
        QVERIFY(!store.save(&error));
        QCOMPARE(readAll(m_path), before);
        // No temporary file left behind either.
        QCOMPARE(QDir(m_dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("servers.json")});

        store.setBeforeCommitHookForTest({});
        QVERIFY2(store.save(&error), qPrintable(error));
        QVERIFY2(store.add(makeProfile(QStringLiteral("third"), QStringLiteral("h3")), &error), qPrintable(error));
        ProfileStore again(m_path);
        again.load();
        QCOMPARE(names(again), (QStringList{QStringLiteral("本番サーバ"), QStringLiteral("third")}));
    }

#ifdef Q_OS_UNIX
    void interruptedSaveInReadOnlyFolder()
    {
        ProfileStore store(m_path);
        saveTwo(&store);
        const QByteArray before = readAll(m_path);
        QString error;

        QVERIFY(QFile::setPermissions(m_dir.path(), QFileDevice::ReadOwner | QFileDevice::ExeOwner
                                          | QFileDevice::ReadOther | QFileDevice::ExeOther));
        // root ignores folder permissions: save as "nobody" for this one call.
        const bool root = ::geteuid() == 0;
        if (root)
            QCOMPARE(::seteuid(65534), 0);
        const bool saved = store.add(makeProfile(QStringLiteral("third"), QStringLiteral("h3")), &error);
        if (root)
            QCOMPARE(::seteuid(0), 0);
        QFile::setPermissions(m_dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);

        QVERIFY(!saved);
        QVERIFY(!error.isEmpty());
        QCOMPARE(readAll(m_path), before);
    }

    void interruptedSaveByWriteError()
    {
        ProfileStore store(m_path);
        saveTwo(&store);
        const QByteArray before = readAll(m_path);
        QString error;

        // A file size limit makes the write fail half-way (like a full disk), for root too.
        struct rlimit old {};
        QCOMPARE(::getrlimit(RLIMIT_FSIZE, &old), 0);
        const auto oldHandler = std::signal(SIGXFSZ, SIG_IGN);
        struct rlimit tiny = old;
        tiny.rlim_cur = 400; // room for the lock file (~150 bytes), not for three servers (~850)
        QCOMPARE(::setrlimit(RLIMIT_FSIZE, &tiny), 0);
        const bool saved = store.add(makeProfile(QStringLiteral("third"), QStringLiteral("h3")), &error);
        ::setrlimit(RLIMIT_FSIZE, &old);
        std::signal(SIGXFSZ, oldHandler);

        QVERIFY(!saved);
        QVERIFY(!error.isEmpty());
        QCOMPARE(readAll(m_path), before);
        QCOMPARE(QDir(m_dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("servers.json")});
    }

    void permissionsAre0600()
    {
        writeAll(m_path, R"({"schema": 1, "servers": []})");
        QVERIFY(QFile::setPermissions(m_path, QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                                  | QFileDevice::ReadGroup | QFileDevice::ReadOther));
        ProfileStore store(m_path);
        QCOMPARE(store.load().status, ProfileStore::LoadStatus::Ok);
        saveTwo(&store);
        struct stat st {};
        QCOMPARE(::stat(QFile::encodeName(m_path).constData(), &st), 0);
        QCOMPARE(st.st_mode & 0777, mode_t(0600));

        QFile::remove(m_path); // and a brand-new file too
        QString error;
        QVERIFY(store.save(&error));
        QCOMPARE(::stat(QFile::encodeName(m_path).constData(), &st), 0);
        QCOMPARE(st.st_mode & 0777, mode_t(0600));
    }
#endif

    void noSecretInFile()
    {
        ProfileStore store(m_path);
        saveTwo(&store);
        const QByteArray bytes = readAll(m_path).toLower();
        QVERIFY(bytes.contains("\"staging\""));
        QVERIFY2(!bytes.contains("password"), bytes.constData());
        QVERIFY2(!bytes.contains("passphrase"), bytes.constData());
        QVERIFY2(!bytes.contains("secret"), bytes.constData());
        // And no key of a profile holds one: only the known, secret-free keys are written.
        const QJsonObject server = QJsonDocument::fromJson(readAll(m_path))
                                       .object().value(QStringLiteral("servers")).toArray().at(1).toObject();
        QStringList keys = server.keys();
        keys.sort();
        QCOMPARE(keys, (QStringList{QStringLiteral("auth"), QStringLiteral("deployment"), QStringLiteral("detect_layout"),
                                    QStringLiteral("host"),
                                    QStringLiteral("id"), QStringLiteral("keyFile"), QStringLiteral("mastodonDir"),
                                    QStringLiteral("name"), QStringLiteral("port"), QStringLiteral("rootAccess"),
                                    QStringLiteral("user")}));
    }

    void unknownKeysSurviveLoadAndSave()
    {
        writeAll(m_path, R"({"schema": 1, "servers": [
            {"id":"6f1c3b9e-2f4a-4c1e-9a55-0b7d1c2e3f40","name":"a","host":"h","fromTheFuture":{"x":[1,2]}}],
            "settings": {"theme": "dark"}})");
        ProfileStore store(m_path);
        QCOMPARE(store.load().status, ProfileStore::LoadStatus::Ok);
        ServerProfile p = store.profiles().first();
        p.host = QStringLiteral("h2");
        QString error;
        QVERIFY(store.update(p, &error));
        QVERIFY(store.save(&error));
        const QJsonObject root = QJsonDocument::fromJson(readAll(m_path)).object();
        QCOMPARE(root.value(QStringLiteral("settings")).toObject().value(QStringLiteral("theme")).toString(),
                 QStringLiteral("dark"));
        const QJsonObject server = root.value(QStringLiteral("servers")).toArray().first().toObject();
        QCOMPARE(server.value(QStringLiteral("host")).toString(), QStringLiteral("h2"));
        QCOMPARE(server.value(QStringLiteral("fromTheFuture")).toObject().value(QStringLiteral("x")).toArray().size(), 2);
    }

    void missingIdsAreAssignedAndKept()
    {
        writeAll(m_path, R"({"schema": 1, "servers": [{"name":"a","host":"h"},{"name":"b","host":"i"}]})");
        ProfileStore store(m_path);
        QCOMPARE(store.load().status, ProfileStore::LoadStatus::Ok);
        const QString idA = store.profiles().at(0).id;
        QVERIFY(!QUuid::fromString(idA).isNull());
        QVERIFY(idA != store.profiles().at(1).id);
        ProfileStore again(m_path);
        again.load();
        QCOMPARE(again.profiles().at(0).id, idA); // written back, so the keychain key is stable
    }

    // Item 7 (issue 7): the GUI and hoshu-cli each keep a store on the same file.
    // Two stores here stand for the two processes (tests/integration/
    // test_store_concurrency runs real ones): neither may drop or bring back
    // what the other wrote.
    void concurrentAddsAreAllKept()
    {
        ProfileStore gui(m_path);
        gui.load();
        ProfileStore cli(m_path);
        cli.load();
        QString error;
        QVERIFY2(cli.add(makeProfile(QStringLiteral("from-cli"), QStringLiteral("h1")), &error) && cli.save(&error),
                 qPrintable(error));
        // The GUI's list is older than the file now; its save must not drop from-cli.
        QVERIFY2(gui.add(makeProfile(QStringLiteral("from-gui"), QStringLiteral("h2")), &error) && gui.save(&error),
                 qPrintable(error));
        ProfileStore again(m_path);
        QCOMPARE(again.load().status, ProfileStore::LoadStatus::Ok);
        const QStringList both{QStringLiteral("from-cli"), QStringLiteral("from-gui")};
        QCOMPARE(names(again), both);
        QCOMPARE(names(gui), both); // and the GUI's view is the file's again
    }

    void removedElsewhereIsNotResurrected()
    {
        seed({QStringLiteral("old"), QStringLiteral("keep")});
        ProfileStore gui(m_path);
        gui.load();
        ProfileStore cli(m_path);
        cli.load();
        const ServerProfile old = *gui.findByName(QStringLiteral("old"));
        QVERIFY(cli.remove(old.id));
        QString error;
        QVERIFY2(cli.save(&error), qPrintable(error));
        const QByteArray afterRemove = readAll(m_path);

        // The GUI still shows it; editing it does not bring it back.
        ServerProfile edited = old;
        edited.host = QStringLiteral("h9");
        QVERIFY(!gui.update(edited, &error));
        QVERIFY2(error.contains(QStringLiteral("“old”")), qPrintable(error));
        QCOMPARE(readAll(m_path), afterRemove);
        QVERIFY(!gui.findById(old.id)); // the GUI's view is the file's now

        QVERIFY2(gui.add(makeProfile(QStringLiteral("new"), QStringLiteral("h3")), &error) && gui.save(&error),
                 qPrintable(error));
        ProfileStore again(m_path);
        again.load();
        QCOMPARE(names(again), (QStringList{QStringLiteral("keep"), QStringLiteral("new")}));
        QVERIFY(!gui.update(edited, &error));
        QVERIFY2(error.contains(QStringLiteral("“old”")), qPrintable(error));
    }

    void concurrentEditsOfOneServerMerge()
    {
        seed({QStringLiteral("prod")});
        ProfileStore gui(m_path);
        gui.load();
        ProfileStore cli(m_path);
        cli.load();
        QString error;
        // hoshu-cli check learns the layout...
        ServerProfile layout = *cli.findByName(QStringLiteral("prod"));
        layout.deployment = ServerProfile::deploymentDocker();
        layout.mastodonDir = QStringLiteral("/srv/mastodon");
        QVERIFY2(cli.update(layout, &error) && cli.save(&error), qPrintable(error));
        // ...while the GUI's dialog changes the host: both changes stay.
        ServerProfile host = *gui.findByName(QStringLiteral("prod"));
        host.host = QStringLiteral("h2");
        QVERIFY2(gui.update(host, &error) && gui.save(&error), qPrintable(error));
        ProfileStore again(m_path);
        again.load();
        const ServerProfile merged = *again.findByName(QStringLiteral("prod"));
        QCOMPARE(merged.host, QStringLiteral("h2"));
        QCOMPARE(merged.deployment, ServerProfile::deploymentDocker());
        QCOMPARE(merged.mastodonDir, QStringLiteral("/srv/mastodon"));
        QVERIFY(*gui.findByName(QStringLiteral("prod")) == merged);
    }

    void nameTakenElsewhereIsRefused()
    {
        ProfileStore gui(m_path);
        gui.load();
        ProfileStore cli(m_path);
        cli.load();
        QString error;
        QVERIFY2(cli.add(makeProfile(QStringLiteral("prod"), QStringLiteral("h1")), &error) && cli.save(&error),
                 qPrintable(error));
        const bool added = gui.add(makeProfile(QStringLiteral("PROD"), QStringLiteral("h2")), &error) && gui.save(&error);
        QVERIFY(!added);
        QVERIFY2(error.contains(QStringLiteral("prod")), qPrintable(error));
        ProfileStore again(m_path);
        again.load();
        QCOMPARE(names(again), QStringList{QStringLiteral("prod")});
        QCOMPARE(again.findByName(QStringLiteral("prod"))->host, QStringLiteral("h1"));
    }

    // Another process holds servers.json.lock: nothing is written, and the error says who.
    void lockHeldElsewhereWritesNothing()
    {
        ProfileStore store(m_path);
        saveTwo(&store);
        const QByteArray before = readAll(m_path);
        const QString staging = store.findByName(QStringLiteral("staging"))->id;
        LockHolderProcess other;
        QString error;
        QVERIFY2(other.start({QStringLiteral("file"), store.lockFilePath()}, &error), qPrintable(error));
        store.setLockTimeoutMs(300);

        QVERIFY(!store.add(makeProfile(QStringLiteral("third"), QStringLiteral("h3")), &error));
        QVERIFY2(error.contains(QString::number(other.pid())), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("lock_holder")), qPrintable(error));
        QVERIFY(!store.findByName(QStringLiteral("third")));
        ServerProfile edited = *store.findById(staging);
        edited.host = QStringLiteral("h9");
        QVERIFY(!store.update(edited, &error));
        QCOMPARE(store.findById(staging)->host, QStringLiteral("192.0.2.7"));
        QCOMPARE(readAll(m_path), before);

        // A removal is not lost: it waits, save() says it could not be written yet...
        QVERIFY(store.remove(staging));
        QVERIFY(!store.findById(staging));
        QVERIFY(!store.save(&error));
        QVERIFY(!error.isEmpty());
        QCOMPARE(readAll(m_path), before);
        // ...and writes it once the other process is done.
        other.release();
        QVERIFY2(store.save(&error), qPrintable(error));
        ProfileStore again(m_path);
        again.load();
        QCOMPARE(names(again), QStringList{QStringLiteral("本番サーバ")});
        QVERIFY(!QFileInfo::exists(store.lockFilePath()));
    }

    void lockHeldInThisProcessToo()
    {
        ProfileStore store(m_path);
        store.load();
        QLockFile held(store.lockFilePath());
        QVERIFY(held.tryLock());
        store.setLockTimeoutMs(200);
        QString error;
        QVERIFY(!store.add(makeProfile(QStringLiteral("a"), QStringLiteral("h")), &error));
        QVERIFY2(error.contains(QString::number(QCoreApplication::applicationPid())), qPrintable(error));
        QVERIFY(!QFileInfo::exists(m_path));
        held.unlock();
        QVERIFY2(store.add(makeProfile(QStringLiteral("a"), QStringLiteral("h")), &error), qPrintable(error));
    }

    void lockOfACrashedProcessIsTakenOver()
    {
        ProfileStore store(m_path);
        saveTwo(&store);
        LockHolderProcess other;
        QString error;
        QVERIFY2(other.start({QStringLiteral("file"), store.lockFilePath()}, &error), qPrintable(error));
        other.crash();
        QVERIFY(QFileInfo::exists(store.lockFilePath())); // left behind
        QVERIFY2(store.add(makeProfile(QStringLiteral("third"), QStringLiteral("h3")), &error), qPrintable(error));
        ProfileStore again(m_path);
        again.load();
        QCOMPARE(again.profiles().size(), 3);
    }

    // A damaged file is moved aside only under the lock.
    void corruptFileIsNotMovedAsideWhileLocked()
    {
        writeAll(m_path, "garbage");
        LockHolderProcess other;
        QString error;
        ProfileStore store(m_path);
        QVERIFY2(other.start({QStringLiteral("file"), store.lockFilePath()}, &error), qPrintable(error));
        store.setLockTimeoutMs(200);
        const auto result = store.load();
        QCOMPARE(result.status, ProfileStore::LoadStatus::Corrupt);
        QVERIFY(store.isReadOnly());
        QVERIFY(result.setAsidePath.isEmpty());
        QVERIFY2(result.message.contains(QString::number(other.pid())), qPrintable(result.message));
        QCOMPARE(readAll(m_path), QByteArray("garbage"));
        QVERIFY(setAsideFiles().isEmpty());
    }

    // A newer Hoshu rewrote the file while this one was open: nothing is written over it.
    void newerFormatWrittenMeanwhileIsNotOverwritten()
    {
        ProfileStore store(m_path);
        saveTwo(&store);
        const QByteArray newer = R"({"schema": 2, "servers": []})";
        writeAll(m_path, newer);
        QString error;
        QVERIFY(!store.add(makeProfile(QStringLiteral("third"), QStringLiteral("h3")), &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(store.isReadOnly());
        QCOMPARE(readAll(m_path), newer);
    }

    void addUpdateRemoveMove()
    {
        ProfileStore store(m_path);
        store.load();
        QString error;
        QVERIFY(store.add(makeProfile(QStringLiteral("prod"), QStringLiteral("h1")), &error));
        QVERIFY(!store.add(makeProfile(QStringLiteral("PROD"), QStringLiteral("h2")), &error));
        QVERIFY2(error.contains(QStringLiteral("prod")), qPrintable(error));
        QVERIFY(!store.add(makeProfile(QStringLiteral("bad/name"), QStringLiteral("h2")), &error));
        QVERIFY(error.contains(QStringLiteral("name")));
        ServerProfile withId = makeProfile(QStringLiteral("second"), QStringLiteral("h2"));
        withId.id = QStringLiteral("6f1c3b9e-2f4a-4c1e-9a55-0b7d1c2e3f40");
        QVERIFY(store.add(withId, &error));
        QCOMPARE(store.profiles().at(1).id, withId.id); // a given id is kept
        ServerProfile sameId = makeProfile(QStringLiteral("third"), QStringLiteral("h3"));
        sameId.id = withId.id;
        QVERIFY(!store.add(sameId, &error));
        QVERIFY(store.add(makeProfile(QStringLiteral("third"), QStringLiteral("h3")), &error));
        QCOMPARE(store.profiles().size(), 3);

        ServerProfile renamed = store.profiles().at(1);
        renamed.name = QStringLiteral("Prod");
        QVERIFY(!store.update(renamed, &error)); // clashes with another
        renamed.name = QStringLiteral("Second"); // its own name, other case: fine
        QVERIFY2(store.update(renamed, &error), qPrintable(error));
        QCOMPARE(store.findById(renamed.id)->name, QStringLiteral("Second"));
        ServerProfile unknown = renamed;
        unknown.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        QVERIFY(!store.update(unknown, &error));
        ServerProfile invalid = renamed;
        invalid.port = 22;
        invalid.host.clear();
        QVERIFY(!store.update(invalid, &error));
        QCOMPARE(store.findById(renamed.id)->host, QStringLiteral("h2"));

        const QString thirdId = store.profiles().at(2).id;
        QVERIFY(store.move(thirdId, 0));
        QCOMPARE(store.profiles().at(0).id, thirdId);
        QVERIFY(!store.move(thirdId, 3));
        QVERIFY(store.remove(thirdId));
        QVERIFY(!store.remove(thirdId));
        QCOMPARE(store.profiles().size(), 2);
        QVERIFY(store.save(&error));
        ProfileStore again(m_path);
        again.load();
        QVERIFY(again.profiles() == store.profiles());
    }
};

QTEST_GUILESS_MAIN(TestProfileStore)
#include "test_profile_store.moc"
