// LineBoundedDecoder: at most N bytes of each line are decoded and kept, the rest
// counted; lines and characters split across chunks come out whole; '\r' starts
// a line over. Checked against a simple model for every way of chunking.
#include "common/LineBoundedDecoder.h"

#include <QRandomGenerator>
#include <QTest>

using Piece = LineBoundedDecoder::Piece;

namespace {

// Kept text with the cuts written as "<cut N>", cuts and text merged as they come.
QString render(const QList<Piece> &pieces)
{
    QString out;
    for (const Piece &p : pieces)
        out += p.cutBytes > 0 ? QStringLiteral("<cut %1>").arg(p.cutBytes) : p.text;
    return out;
}

// Feeds `input` in chunks of `chunk` bytes and joins the pieces, merging
// adjacent cuts (a cut that spans chunks is one cut).
QString feed(LineBoundedDecoder &d, const QByteArray &input, qsizetype chunk)
{
    QList<Piece> all;
    for (qsizetype pos = 0; pos < input.size(); pos += chunk) {
        for (const Piece &p : d.decode(QByteArrayView(input).sliced(pos, qMin(chunk, input.size() - pos)))) {
            if (!all.isEmpty() && p.cutBytes > 0 && all.last().cutBytes > 0)
                all.last().cutBytes += p.cutBytes;
            else if (!all.isEmpty() && p.cutBytes == 0 && all.last().cutBytes == 0)
                all.last().text += p.text;
            else
                all.append(p);
        }
    }
    return render(all);
}

// The same by a simple reading of the rule, one line at a time.
QString model(const QByteArray &input, int max)
{
    QString out;
    qsizetype start = 0;
    while (start <= input.size()) {
        qsizetype end = start;
        while (end < input.size() && input[end] != '\n' && input[end] != '\r')
            ++end;
        const QByteArray line = input.mid(start, end - start);
        if (line.size() <= max) {
            out += QString::fromUtf8(line);
        } else {
            qsizetype keep = max;
            while (keep > 0 && (uchar(line[keep]) & 0xc0) == 0x80)
                --keep;
            out += QString::fromUtf8(line.left(keep));
            out += QStringLiteral("<cut %1>").arg(line.size() - keep);
        }
        if (end < input.size())
            out += QLatin1Char(input[end]);
        start = end + 1;
    }
    return out;
}

} // namespace

class TestLineBoundedDecoder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cuts_data();
    void cuts();
    void everyChunkingAgreesWithTheModel_data();
    void everyChunkingAgreesWithTheModel();
    void hugeLineWithoutNewlineIsOnlyCounted();
    void resetForgetsTheLine();
};

void TestLineBoundedDecoder::cuts_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("max");
    QTest::addColumn<QString>("expected");
    QTest::newRow("short lines untouched") << QByteArray("ab\ncd\n") << 4 << QStringLiteral("ab\ncd\n");
    QTest::newRow("exactly the limit") << QByteArray("abcd\n") << 4 << QStringLiteral("abcd\n");
    QTest::newRow("one over") << QByteArray("abcde\nx") << 4 << QStringLiteral("abcd<cut 1>\nx");
    QTest::newRow("no newline at all") << QByteArray(100, 'z') << 10 << (QString(10, QLatin1Char('z')) + QStringLiteral("<cut 90>"));
    QTest::newRow("carriage return starts over") << QByteArray("abcdef\rabcdef\r\n") << 4
                                                 << QStringLiteral("abcd<cut 2>\rabcd<cut 2>\r\n");
    QTest::newRow("progress redraws are short lines") << QByteArray("10%\r20%\r30%\r") << 4
                                                      << QStringLiteral("10%\r20%\r30%\r");
    QTest::newRow("never half a character") << QStringLiteral("ab保守").toUtf8() << 4 << QStringLiteral("ab<cut 6>");
    QTest::newRow("a whole character fits") << QStringLiteral("a保守").toUtf8() << 4 << QStringLiteral("a保<cut 3>");
    QTest::newRow("emoji at the limit") << QStringLiteral("abc🐘d").toUtf8() << 5 << QStringLiteral("abc<cut 5>");
    QTest::newRow("escape sequences count as bytes") << QByteArray("\x1b[31mred\x1b[0m") << 8
                                                     << (QString(QChar(0x1b)) + QStringLiteral("[31mred<cut 4>"));
    QTest::newRow("invalid UTF-8 is replaced, not dropped") << QByteArray("a\xff" "b\n") << 10
                                                            << (QStringLiteral("a") + QChar::ReplacementCharacter
                                                                + QStringLiteral("b\n"));
}

void TestLineBoundedDecoder::cuts()
{
    QFETCH(QByteArray, input);
    QFETCH(int, max);
    QFETCH(QString, expected);
    LineBoundedDecoder whole(max);
    QCOMPARE(render(whole.decode(input)), expected);
    LineBoundedDecoder byteByByte(max);
    QCOMPARE(feed(byteByByte, input, 1), expected);
}

void TestLineBoundedDecoder::everyChunkingAgreesWithTheModel_data()
{
    QTest::addColumn<int>("seed");
    for (int i = 0; i < 40; ++i)
        QTest::addRow("random %d", i) << i;
}

void TestLineBoundedDecoder::everyChunkingAgreesWithTheModel()
{
    QFETCH(int, seed);
    QRandomGenerator rng(quint32(seed) * 7919u + 1u);
    const QList<QByteArray> atoms = {"a", "b", " ", "\n", "\r", "\r\n", QStringLiteral("保").toUtf8(),
                                     QStringLiteral("🐘").toUtf8(), "\x1b[1;32m", "\t", QByteArray(40, 'q')};
    QByteArray input;
    const int n = int(rng.bounded(1, 400));
    for (int i = 0; i < n; ++i)
        input += atoms.at(int(rng.bounded(qsizetype(atoms.size()))));
    const int max = int(rng.bounded(1, 64));
    const QString expected = model(input, max);
    for (qsizetype chunk : {qsizetype(1), qsizetype(2), qsizetype(3), qsizetype(7), qsizetype(64), input.size() + 1}) {
        LineBoundedDecoder d(max);
        QCOMPARE(feed(d, input, qMax<qsizetype>(1, chunk)), expected);
    }
}

void TestLineBoundedDecoder::hugeLineWithoutNewlineIsOnlyCounted()
{
    LineBoundedDecoder d(16384);
    const QByteArray chunk(64 * 1024, 'x');
    qint64 cut = 0;
    qsizetype kept = 0;
    for (int i = 0; i < 1024; ++i) { // 64 MiB
        for (const Piece &p : d.decode(chunk)) {
            cut += p.cutBytes;
            kept += p.text.size();
        }
    }
    QCOMPARE(kept, qsizetype(16384));
    QCOMPARE(cut, qint64(64) * 1024 * 1024 - 16384);
    const QList<Piece> end = d.decode("\nnext\n");
    QCOMPARE(render(end), QStringLiteral("\nnext\n"));
}

void TestLineBoundedDecoder::resetForgetsTheLine()
{
    LineBoundedDecoder d(4);
    QCOMPARE(render(d.decode("abc")), QStringLiteral("abc"));
    QCOMPARE(render(d.decode(QByteArray("\xe4", 1))), QString()); // half a character waits
    d.reset();
    QCOMPARE(render(d.decode("defg")), QStringLiteral("defg")); // a new line, and no stale byte
}

QTEST_GUILESS_MAIN(TestLineBoundedDecoder)
#include "test_line_bounded_decoder.moc"
