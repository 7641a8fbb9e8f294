// The sudo password must never reach the log pane, the terminal or the audit
// log, however the output is cut into chunks.
#include "session/OutputRedactor.h"

#include <QRandomGenerator>
#include <QTest>

namespace {
QList<SecretBytes> secrets(const QList<QByteArray> &values)
{
    QList<SecretBytes> out;
    for (const QByteArray &v : values)
        out.append(SecretBytes(v.constData(), std::size_t(v.size())));
    return out;
}
} // namespace

class TestOutputRedactor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void passesThroughWithoutSecrets()
    {
        OutputRedactor r;
        QCOMPARE(r.feed("hello"), QByteArray("hello"));
        QCOMPARE(r.finish(), QByteArray());
    }

    void masksWholeSecret()
    {
        OutputRedactor r(secrets({"s3cr3t"}));
        QByteArray out = r.feed("pw=s3cr3t end");
        out += r.finish();
        QCOMPARE(out, QByteArray("pw=******** end"));
    }

    void masksEveryCutOfTheStream_data()
    {
        QTest::addColumn<QByteArray>("secret");
        QTest::newRow("ascii") << QByteArray("hunter2!");
        QTest::newRow("utf8") << QByteArray("パスワード");
        QTest::newRow("one byte") << QByteArray("x");
    }

    void masksEveryCutOfTheStream()
    {
        QFETCH(QByteArray, secret);
        const QByteArray text = "[sudo] " + secret + " line\n" + secret + secret + "\ntail " + secret;
        QByteArray expected = text;
        expected.replace(secret, OutputRedactor::mask());
        // Every way of cutting the stream into two, then random many-way cuts.
        for (qsizetype cut = 0; cut <= text.size(); ++cut) {
            OutputRedactor r(secrets({secret}));
            // Sequenced on purpose: the order of evaluation of `a + b` is unspecified.
            QByteArray out = r.feed(text.left(cut));
            out += r.feed(text.mid(cut));
            out += r.finish();
            QCOMPARE(out, expected);
        }
        QRandomGenerator rng(42);
        for (int round = 0; round < 500; ++round) {
            OutputRedactor r(secrets({secret}));
            QByteArray out;
            qsizetype pos = 0;
            while (pos < text.size()) {
                const qsizetype len = 1 + rng.bounded(int(text.size() - pos));
                out += r.feed(text.mid(pos, len));
                pos += len;
            }
            out += r.finish();
            QCOMPARE(out, expected);
        }
    }

    void masksSeveralSecretsLongestFirst()
    {
        OutputRedactor r(secrets({"abc", "abcdef"}));
        QByteArray out = r.feed("xabcdefy abc");
        out += r.finish();
        QCOMPARE(out, QByteArray("x********y ********"));
    }

    void ignoresEmptySecrets()
    {
        OutputRedactor r(secrets({QByteArray()}));
        QVERIFY(!r.isActive());
        QCOMPARE(r.feed("data"), QByteArray("data"));
    }
};

QTEST_GUILESS_MAIN(TestOutputRedactor)
#include "test_output_redactor.moc"
