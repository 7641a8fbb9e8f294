// TerminalTextStream: what `hoshu-cli run` writes of a server's output can never
// drive the terminal, wherever the server's chunks happen to be cut.
#include "common/TerminalTextStream.h"

#include <QTest>

namespace {

QByteArray throughStream(const QList<QByteArray> &chunks)
{
    TerminalTextStream stream;
    QByteArray out;
    for (const QByteArray &chunk : chunks)
        out += stream.feed(chunk);
    return out + stream.finish();
}

// The first byte a terminal would obey, or -1: C0 controls but LF and TAB, DEL,
// and C1 controls in their UTF-8 form (C2 80..C2 9F).
qsizetype firstControl(const QByteArray &out)
{
    for (qsizetype i = 0; i < out.size(); ++i) {
        const auto c = uchar(out[i]);
        if ((c < 0x20 && c != '\n' && c != '\t') || c == 0x7f)
            return i;
        if (c == 0xc2 && i + 1 < out.size() && uchar(out[i + 1]) >= 0x80 && uchar(out[i + 1]) <= 0x9f)
            return i;
    }
    return -1;
}

} // namespace

class TestTerminalTextStream : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void escapes_data();
    void escapes();
    void everyCutGivesTheSameSafeText_data() { escapes_data(); }
    void everyCutGivesTheSameSafeText();
    void byteByByte_data() { escapes_data(); }
    void byteByByte();
    void crlfSplitAcrossChunks();
    void plainTextUnchanged();
    void unfinishedCharacterAtTheEnd();
};

void TestTerminalTextStream::escapes_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("plain lines") << QByteArray("1\n2\n3\n") << QByteArray("1\n2\n3\n");
    QTest::newRow("tabs kept") << QByteArray("a\tb\n") << QByteArray("a\tb\n");
    QTest::newRow("japanese") << QByteArray("保守 🐘 完了\n") << QByteArray("保守 🐘 完了\n");
    QTest::newRow("OSC 52 with BEL") << QByteArray("\x1b]52;c;ZWNobyBwd25lZA==\x07ok\n")
                                     << QByteArray("\\u001b]52;c;ZWNobyBwd25lZA==\\u0007ok\n");
    QTest::newRow("OSC 52 with ST") << QByteArray("\x1b]52;c;QQ==\x1b\\\n")
                                    << QByteArray("\\u001b]52;c;QQ==\\u001b\\\n");
    QTest::newRow("CSI forging a green OK") << QByteArray("\x1b[2K\x1b[1A\x1b[32m[ OK ]\x1b[0m\n")
                                            << QByteArray("\\u001b[2K\\u001b[1A\\u001b[32m[ OK ]\\u001b[0m\n");
    QTest::newRow("C1 CSI as UTF-8") << QByteArray("\xc2\x9b" "31mred\n") << QByteArray("\\u009b31mred\n");
    QTest::newRow("raw 8-bit CSI byte") << QByteArray("\x9b" "31mred\n") << QByteArray("\xef\xbf\xbd" "31mred\n");
    QTest::newRow("CR overwriting a line") << QByteArray("FAILED\rOK    \n") << QByteArray("FAILED\nOK    \n");
    QTest::newRow("CRLF line ends") << QByteArray("a\r\nb\r\n") << QByteArray("a\nb\n");
    QTest::newRow("progress redraws") << QByteArray("10%\r50%\r100%\n") << QByteArray("10%\n50%\n100%\n");
    QTest::newRow("backspace and DEL") << QByteArray("ab\b\b\x7fz\n") << QByteArray("ab\\u0008\\u0008\\u007fz\n");
    QTest::newRow("bidi override") << QByteArray("file\xe2\x80\xaegpj.sh\n") << QByteArray("file\\u202egpj.sh\n");
    QTest::newRow("NUL") << QByteArray("a\0b\n", 4) << QByteArray("a\\u0000b\n");
}

void TestTerminalTextStream::escapes()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, expected);
    QCOMPARE(throughStream({input}), expected);
}

void TestTerminalTextStream::everyCutGivesTheSameSafeText()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, expected);
    for (qsizetype cut = 0; cut <= input.size(); ++cut) {
        const QByteArray out = throughStream({input.left(cut), input.mid(cut)});
        QVERIFY2(firstControl(out) < 0, qPrintable(QStringLiteral("control byte after the cut at %1").arg(cut)));
        QVERIFY2(out == expected, qPrintable(QStringLiteral("cut at %1: %2").arg(cut).arg(QString::fromUtf8(out))));
    }
}

void TestTerminalTextStream::byteByByte()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, expected);
    QList<QByteArray> bytes;
    for (const char c : std::as_const(input))
        bytes.append(QByteArray(1, c));
    const QByteArray out = throughStream(bytes);
    QCOMPARE(firstControl(out), qsizetype(-1));
    QCOMPARE(out, expected);
}

void TestTerminalTextStream::crlfSplitAcrossChunks()
{
    // The CR ends one chunk and the LF starts the next, also on the fast path.
    QCOMPARE(throughStream({"line one\r", "\nline two\n"}), QByteArray("line one\nline two\n"));
    QCOMPARE(throughStream({"é\r", "\n", "\n"}), QByteArray("é\n\n"));
}

void TestTerminalTextStream::plainTextUnchanged()
{
    QByteArray lines;
    for (int i = 1; i <= 10000; ++i)
        lines += QByteArray::number(i) + '\n';
    QCOMPARE(throughStream({lines.left(4097), lines.mid(4097)}), lines);
}

void TestTerminalTextStream::unfinishedCharacterAtTheEnd()
{
    // A stream cut in the middle of 保 (E4 BF 9D): what came shows as U+FFFD, no raw byte.
    const QByteArray out = throughStream({"ok \xe4", "\xbf"});
    QVERIFY2(out.startsWith("ok \xef\xbf\xbd"), out.toHex().constData());
    QVERIFY(!out.contains("\xe4\xbf"));
    QCOMPARE(QString::fromUtf8(out).toUtf8(), out);
}

QTEST_APPLESS_MAIN(TestTerminalTextStream)
#include "test_terminal_text_stream.moc"
