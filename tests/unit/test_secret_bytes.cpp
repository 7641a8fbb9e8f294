// SecretBytes: never shared, and every buffer is zeroed before it is freed; wipe() zeroes
// the bytes every QByteArray sharing them sees (a detach first would leave the original).
#include "common/SecretBytes.h"

#include <QTest>

#include <vector>

class TestSecretBytes : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cleanup() { SecretBytes::setReleaseObserverForTesting({}); }

    void copiesAreDeep()
    {
        SecretBytes a("hunter2", 7);
        SecretBytes b = a;
        QVERIFY(a.constData() != b.constData());
        QVERIFY(a == b);
        b.clear();
        QCOMPARE(a.rawView(), QByteArray("hunter2"));
        QVERIFY(b.isEmpty());
    }

    void everyReleasedBufferIsZero()
    {
        std::vector<std::vector<char>> released;
        SecretBytes::setReleaseObserverForTesting([&released](const char *data, std::size_t size) {
            released.emplace_back(data, data + size);
        });
        {
            SecretBytes s;
            for (int i = 0; i < 200; ++i) // grows several times: each old buffer is released
                s.append("secret-", 7);
            SecretBytes copy = s;
            SecretBytes moved = std::move(copy);
            moved = SecretBytes("other", 5);
        }
        QVERIFY(released.size() >= 4);
        for (const auto &buffer : released) {
            for (char c : buffer)
                QCOMPARE(int(c), 0);
        }
    }

    void wipeZeroesSharedOriginal()
    {
        QByteArray original = QByteArray("pass") + QByteArray("word"); // heap data, not a literal
        QByteArray shared = original;                                   // implicitly shared
        SecretBytes::wipe(shared);
        QVERIFY(shared.isEmpty());
        QCOMPARE(original, QByteArray(8, '\0'));
    }

    void takeFromLeavesNothingBehind()
    {
        QByteArray source = QByteArray("sudo-") + QByteArray("pw");
        const QByteArray alias = source;
        const SecretBytes s = SecretBytes::takeFrom(source);
        QCOMPARE(s.rawView(), QByteArray("sudo-pw"));
        QVERIFY(source.isEmpty());
        QCOMPARE(alias, QByteArray(7, '\0'));
    }

    void wipeLeavesLiteralsAlone()
    {
        QByteArray literal = QByteArrayLiteral("static");
        SecretBytes::wipe(literal); // must not write to read-only memory
        QVERIFY(literal.isEmpty());
    }

    void nulTerminatedForC()
    {
        SecretBytes s("abc", 3);
        QCOMPARE(s.constData()[3], '\0');
        QVERIFY(s.contains('b'));
        QVERIFY(!s.contains('\n'));
        QCOMPARE(SecretBytes().constData()[0], '\0');
    }
};

QTEST_GUILESS_MAIN(TestSecretBytes)
#include "test_secret_bytes.moc"
