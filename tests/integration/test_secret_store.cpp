#include "servers/SecretStore.h"

#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>

// A real keychain round trip. ctest runs this inside a private D-Bus session
// with its own gnome-keyring (see run-with-keyring.sh), never the user's keyring.
class TestSecretStore : public QObject
{
    Q_OBJECT

private:
    QString m_id = QUuid::createUuid().toString(QUuid::WithoutBraces);

    static SecretBytes toSecret(const QByteArray &bytes) { return SecretBytes(bytes.constData(), std::size_t(bytes.size())); }

    static QByteArray randomBytes(int size)
    {
        QByteArray bytes(size, '\0');
        for (char &c : bytes)
            c = char(QRandomGenerator::global()->bounded(1, 256));
        return bytes;
    }

private Q_SLOTS:
    void initTestCase()
    {
        SecretStore store;
        QString message;
        const auto status = store.writeBlocking(m_id, SecretStore::Kind::Password, toSecret("probe"), &message);
        if (status != SecretStore::Status::Ok) {
            QFAIL(qPrintable(QStringLiteral(
                "No keychain could be reached (%1). This test needs a Secret Service: install gnome-keyring "
                "and dbus (Debian: apt install gnome-keyring dbus) and run it through ctest, which starts a "
                "private D-Bus session and keyring via tests/integration/run-with-keyring.sh.").arg(message)));
        }
        QCOMPARE(store.removeBlocking(m_id, SecretStore::Kind::Password, &message), SecretStore::Status::Ok);
    }

    void roundTrip_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QByteArray>("secret");
        QTest::newRow("ascii password") << int(SecretStore::Kind::Password) << QByteArray("hunter2");
        QTest::newRow("utf-8 passphrase") << int(SecretStore::Kind::KeyPassphrase)
                                          << QStringLiteral("鍵のパスフレーズ🔑 ü").toUtf8();
        QTest::newRow("sudo password with spaces") << int(SecretStore::Kind::SudoPassword)
                                                   << QByteArray(" a b \t c ");
        QTest::newRow("2000 bytes") << int(SecretStore::Kind::Password) << QByteArray(2000, 'x');
        QTest::newRow("2000 random bytes") << int(SecretStore::Kind::KeyPassphrase) << randomBytes(2000);
    }
    void roundTrip()
    {
        QFETCH(int, kind);
        QFETCH(QByteArray, secret);
        const auto k = SecretStore::Kind(kind);
        SecretStore store;
        QString message;
        QCOMPARE(store.writeBlocking(m_id, k, toSecret(secret), &message), SecretStore::Status::Ok);
        SecretBytes back;
        QCOMPARE(store.readBlocking(m_id, k, &back, &message), SecretStore::Status::Ok);
        QCOMPARE(qsizetype(back.size()), secret.size());
        QCOMPARE(back.rawView(), secret);
        QCOMPARE(store.removeBlocking(m_id, k, &message), SecretStore::Status::Ok);
        back = toSecret("stale");
        QCOMPARE(store.readBlocking(m_id, k, &back, &message), SecretStore::Status::NotFound);
        QVERIFY(back.isEmpty());
        QVERIFY(!message.isEmpty());
    }

    void kindsAndServersAreSeparate()
    {
        SecretStore store;
        const QString other = QUuid::createUuid().toString(QUuid::WithoutBraces);
        QString message;
        QCOMPARE(store.writeBlocking(m_id, SecretStore::Kind::Password, toSecret("login"), &message), SecretStore::Status::Ok);
        QCOMPARE(store.writeBlocking(m_id, SecretStore::Kind::SudoPassword, toSecret("sudo"), &message), SecretStore::Status::Ok);
        QCOMPARE(store.writeBlocking(other, SecretStore::Kind::Password, toSecret("other"), &message), SecretStore::Status::Ok);
        // Overwriting replaces.
        QCOMPARE(store.writeBlocking(m_id, SecretStore::Kind::Password, toSecret("login2"), &message), SecretStore::Status::Ok);
        SecretBytes value;
        QCOMPARE(store.readBlocking(m_id, SecretStore::Kind::Password, &value, &message), SecretStore::Status::Ok);
        QCOMPARE(value.rawView(), QByteArray("login2"));
        QCOMPARE(store.readBlocking(m_id, SecretStore::Kind::SudoPassword, &value, &message), SecretStore::Status::Ok);
        QCOMPARE(value.rawView(), QByteArray("sudo"));
        QCOMPARE(store.readBlocking(other, SecretStore::Kind::Password, &value, &message), SecretStore::Status::Ok);
        QCOMPARE(value.rawView(), QByteArray("other"));
        QCOMPARE(store.readBlocking(m_id, SecretStore::Kind::KeyPassphrase, &value, &message),
                 SecretStore::Status::NotFound);
        for (auto k : {SecretStore::Kind::Password, SecretStore::Kind::SudoPassword})
            QCOMPARE(store.removeBlocking(m_id, k, &message), SecretStore::Status::Ok);
        QCOMPARE(store.removeBlocking(other, SecretStore::Kind::Password, &message), SecretStore::Status::Ok);
    }

    void removingWhatIsNotThereIsHarmless()
    {
        SecretStore store;
        QString message;
        const auto status = store.removeBlocking(QUuid::createUuid().toString(QUuid::WithoutBraces),
                                                 SecretStore::Kind::KeyPassphrase, &message);
        QVERIFY2(status == SecretStore::Status::Ok || status == SecretStore::Status::NotFound, qPrintable(message));
    }

    void asyncSignals()
    {
        SecretStore store;
        QSignalSpy written(&store, &SecretStore::writeFinished);
        QSignalSpy read(&store, &SecretStore::readFinished);
        QSignalSpy removed(&store, &SecretStore::removeFinished);

        store.write(m_id, SecretStore::Kind::SudoPassword, toSecret("async secret"));
        QVERIFY(written.isEmpty()); // never synchronous
        QTRY_COMPARE_WITH_TIMEOUT(written.size(), 1, 20000);
        QCOMPARE(written.at(0).at(0).toString(), m_id);
        QCOMPARE(written.at(0).at(1).value<SecretStore::Kind>(), SecretStore::Kind::SudoPassword);
        QCOMPARE(written.at(0).at(2).value<SecretStore::Status>(), SecretStore::Status::Ok);

        store.read(m_id, SecretStore::Kind::SudoPassword);
        QTRY_COMPARE_WITH_TIMEOUT(read.size(), 1, 20000);
        QCOMPARE(read.at(0).at(2).value<SecretStore::Status>(), SecretStore::Status::Ok);
        QCOMPARE(read.at(0).at(3).value<SecretBytes>().rawView(), QByteArray("async secret"));

        store.remove(m_id, SecretStore::Kind::SudoPassword);
        QTRY_COMPARE_WITH_TIMEOUT(removed.size(), 1, 20000);
        QCOMPARE(removed.at(0).at(2).value<SecretStore::Status>(), SecretStore::Status::Ok);

        store.read(m_id, SecretStore::Kind::SudoPassword);
        QTRY_COMPARE_WITH_TIMEOUT(read.size(), 2, 20000);
        QCOMPARE(read.at(1).at(2).value<SecretStore::Status>(), SecretStore::Status::NotFound);
        QVERIFY(read.at(1).at(3).toByteArray().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSecretStore)
#include "test_secret_store.moc"
