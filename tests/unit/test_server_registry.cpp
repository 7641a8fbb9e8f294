#include "LockHolderProcess.h"

#include "servers/ProfileStore.h"
#include "servers/SecretStore.h"
#include "servers/ServerRegistry.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

// ServerRegistry over a real ProfileStore (a servers.json in a temporary
// directory) and the real keychain: ctest runs this inside a private D-Bus
// session with its own gnome-keyring (tests/integration/run-with-keyring.sh).
class TestServerRegistry : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;

    static SecretBytes secret(const char *text) { return SecretBytes(text, qstrlen(text)); }

    static ServerProfile profile(const QString &name)
    {
        ServerProfile p;
        p.name = name;
        p.host = QStringLiteral("192.0.2.10");
        p.user = QStringLiteral("admin");
        return p;
    }

    static SecretStore::Status stored(SecretStore &secrets, const QString &id, SecretStore::Kind kind)
    {
        SecretBytes value;
        QString message;
        return secrets.readBlocking(id, kind, &value, &message);
    }

    // Each kind of secret for `id`, written through the registry.
    static void storeAll(ServerRegistry &registry, const QString &id)
    {
        for (SecretStore::Kind kind : ServerRegistry::secretKinds()) {
            QString message;
            QCOMPARE(registry.storeSecret(id, kind, secret("s3cret"), &message), SecretStore::Status::Ok);
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        SecretStore secrets;
        QString message;
        const auto status = secrets.writeBlocking(QStringLiteral("probe"), SecretStore::Kind::Password,
                                                  secret("probe"), &message);
        if (status != SecretStore::Status::Ok)
            QFAIL(qPrintable(QStringLiteral("No keychain could be reached (%1). Run this test through ctest, which "
                                            "starts a private D-Bus session and gnome-keyring (Debian: apt install "
                                            "gnome-keyring dbus).").arg(message)));
        secrets.removeBlocking(QStringLiteral("probe"), SecretStore::Kind::Password, &message);
    }

    void init()
    {
        m_path = m_dir.filePath(QStringLiteral("servers-%1.json").arg(QLatin1String(QTest::currentTestFunction())));
        QFile::remove(m_path);
    }

    void addWritesAndTells()
    {
        ProfileStore store(m_path);
        store.load();
        SecretStore secrets;
        ServerRegistry registry(&store, &secrets, ServerRegistry::SecretCalls::Blocking);
        QSignalSpy added(&registry, &ServerRegistry::serverAdded);
        QString error;
        const std::optional<ServerProfile> p = registry.add(profile(QStringLiteral("prod")), &error);
        QVERIFY2(p, qPrintable(error));
        QVERIFY(!p->id.isEmpty());
        QCOMPARE(added.count(), 1);
        QCOMPARE(added.at(0).at(0).value<ServerProfile>().id, p->id);
        ProfileStore again(m_path);
        again.load();
        QCOMPARE(again.findByName(QStringLiteral("prod"))->id, p->id);

        // A taken name: nothing added, nothing told.
        QVERIFY(!registry.add(profile(QStringLiteral("PROD")), &error));
        QVERIFY(!error.isEmpty());
        QCOMPARE(added.count(), 1);
        QCOMPARE(registry.namesExcept(), QStringList{QStringLiteral("prod")});
        QCOMPARE(registry.namesExcept(p->id), QStringList());
    }

    void updateWritesAndTells()
    {
        ProfileStore store(m_path);
        store.load();
        SecretStore secrets;
        ServerRegistry registry(&store, &secrets, ServerRegistry::SecretCalls::Blocking);
        QString error;
        ServerProfile p = *registry.add(profile(QStringLiteral("prod")), &error);
        QSignalSpy updated(&registry, &ServerRegistry::serverUpdated);
        p.host = QStringLiteral("192.0.2.99");
        QVERIFY2(registry.update(p, &error), qPrintable(error));
        QCOMPARE(updated.count(), 1);
        QCOMPARE(updated.at(0).at(0).value<ServerProfile>().host, QStringLiteral("192.0.2.99"));
        ProfileStore again(m_path);
        again.load();
        QCOMPARE(again.findById(p.id)->host, QStringLiteral("192.0.2.99"));
    }

    // The one "remove a server and all its secrets": every kind goes, another server's stay.
    void removeTakesEverySecret()
    {
        ProfileStore store(m_path);
        store.load();
        SecretStore secrets;
        ServerRegistry registry(&store, &secrets, ServerRegistry::SecretCalls::Blocking);
        QString error;
        const QString gone = registry.add(profile(QStringLiteral("old")), &error)->id;
        const QString kept = registry.add(profile(QStringLiteral("new")), &error)->id;
        storeAll(registry, gone);
        storeAll(registry, kept);
        QSignalSpy removed(&registry, &ServerRegistry::serverRemoved);

        QVERIFY2(registry.remove(gone, &error), qPrintable(error));
        QCOMPARE(removed.count(), 1);
        QCOMPARE(removed.at(0).at(0).toString(), gone);
        QCOMPARE(removed.at(0).at(1).toString(), QStringLiteral("old"));
        for (SecretStore::Kind kind : ServerRegistry::secretKinds()) {
            QCOMPARE(stored(secrets, gone, kind), SecretStore::Status::NotFound);
            QCOMPARE(stored(secrets, kept, kind), SecretStore::Status::Ok);
        }
        ProfileStore again(m_path);
        again.load();
        QVERIFY(!again.findById(gone));
        QVERIFY(again.findById(kept));

        // Unknown now: false, nothing told.
        QVERIFY(!registry.remove(gone, &error));
        QVERIFY(!error.isEmpty());
        QCOMPARE(removed.count(), 1);
        for (SecretStore::Kind kind : ServerRegistry::secretKinds())
            secrets.removeBlocking(kept, kind, &error);
    }

    // The list cannot be written (another process holds its lock): the server
    // is gone from the list shown, the removal waits, and its secrets stay as
    // long as the file still has it.
    void removeThatWaitsKeepsSecrets()
    {
        ProfileStore store(m_path);
        store.load();
        SecretStore secrets;
        ServerRegistry registry(&store, &secrets, ServerRegistry::SecretCalls::Blocking);
        QString error;
        const QString id = registry.add(profile(QStringLiteral("prod")), &error)->id;
        storeAll(registry, id);
        LockHolderProcess other;
        QVERIFY2(other.start({QStringLiteral("file"), store.lockFilePath()}, &error), qPrintable(error));
        store.setLockTimeoutMs(300);
        QSignalSpy saveFailed(&registry, &ServerRegistry::saveFailed);
        QSignalSpy removed(&registry, &ServerRegistry::serverRemoved);

        QVERIFY(registry.remove(id, &error));
        QCOMPARE(removed.count(), 1);
        QCOMPARE(saveFailed.count(), 1);
        QVERIFY(!saveFailed.at(0).at(0).toString().isEmpty());
        QVERIFY(!store.findById(id));
        for (SecretStore::Kind kind : ServerRegistry::secretKinds())
            QCOMPARE(stored(secrets, id, kind), SecretStore::Status::Ok);
        ProfileStore again(m_path);
        again.load();
        QVERIFY(again.findById(id));
        other.release();
        QVERIFY2(store.save(&error), qPrintable(error));
        for (SecretStore::Kind kind : ServerRegistry::secretKinds())
            secrets.removeBlocking(id, kind, &error);
    }

    // A list from a newer Hoshu is never changed.
    void readOnlyListChangesNothing()
    {
        QFile f(m_path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"schema": 999, "servers": [{"id": "a1b2", "name": "prod", "host": "h"}]})");
        f.close();
        ProfileStore store(m_path);
        store.load();
        QVERIFY(store.isReadOnly());
        SecretStore secrets;
        ServerRegistry registry(&store, &secrets, ServerRegistry::SecretCalls::Blocking);
        QSignalSpy removed(&registry, &ServerRegistry::serverRemoved);
        QString error;
        const QString id = store.profiles().isEmpty() ? QStringLiteral("a1b2") : store.profiles().constFirst().id;
        QVERIFY(!registry.remove(id, &error));
        QCOMPARE(error, ServerRegistry::readOnlyMessage());
        QCOMPARE(removed.count(), 0);
        QVERIFY(!registry.add(profile(QStringLiteral("other")), &error));
    }
};

QTEST_GUILESS_MAIN(TestServerRegistry)
#include "test_server_registry.moc"
