#include "servers/SecretStore.h"

#include <QMetaEnum>
#include <QSet>
#include <QTest>

// The parts of SecretStore that need no keychain (the round trip is in
// tests/integration/test_secret_store.cpp).
class TestSecretStoreMessages : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyStatusHasAMessage()
    {
        const QMetaEnum statuses = QMetaEnum::fromType<SecretStore::Status>();
        QCOMPARE(statuses.keyCount(), 5);
        QSet<QString> seen;
        for (int i = 0; i < statuses.keyCount(); ++i) {
            const auto status = SecretStore::Status(statuses.value(i));
            const QString message = SecretStore::statusMessage(status);
            QVERIFY2(!message.trimmed().isEmpty(), statuses.key(i));
            seen.insert(message);
        }
        QCOMPARE(seen.size(), statuses.keyCount()); // each status says something different
        QVERIFY(SecretStore::statusMessage(SecretStore::Status::NoKeychain).contains(QStringLiteral("ask each time")));
    }

    void keysAreDistinctPerKind()
    {
        const QString id = QStringLiteral("6f1c3b9e-2f4a-4c1e-9a55-0b7d1c2e3f40");
        QCOMPARE(SecretStore::keyFor(id, SecretStore::Kind::Password), id + QStringLiteral("/password"));
        QCOMPARE(SecretStore::keyFor(id, SecretStore::Kind::KeyPassphrase), id + QStringLiteral("/key-passphrase"));
        QCOMPARE(SecretStore::keyFor(id, SecretStore::Kind::SudoPassword), id + QStringLiteral("/sudo-password"));
        QCOMPARE(SecretStore::serviceName(), QStringLiteral("Hoshu"));
    }

    void emptyIdIsRefusedWithoutTouchingTheKeychain()
    {
        SecretStore store;
        SecretBytes secret("unchanged", 9);
        QString message;
        QCOMPARE(store.readBlocking(QString(), SecretStore::Kind::Password, &secret, &message),
                 SecretStore::Status::OtherError);
        QVERIFY(secret.isEmpty());
        QVERIFY(!message.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSecretStoreMessages)
#include "test_secret_store_messages.moc"
