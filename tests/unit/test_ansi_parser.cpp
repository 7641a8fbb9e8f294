#include "common/AnsiParser.h"

#include <QRandomGenerator>
#include <QTest>

namespace {

QString joined(const QList<AnsiSpan> &spans)
{
    QString s;
    for (const AnsiSpan &span : spans)
        s += span.text;
    return s;
}

QString esc(const char *rest)
{
    return QChar(0x1b) + QString::fromUtf8(rest);
}

} // namespace

class TestAnsiParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void plainText();
    void basicColours_data();
    void basicColours();
    void boldAndReset();
    void styleCarriesAcrossCalls();
    void sequenceSplitAcrossCalls();
    void strippedSequences_data();
    void strippedSequences();
    void extended256LowIndexMapsToBasic();
    void controlsDropped();
    void unterminatedOscDoesNotSwallowLines();
    void fuzzRandomBytes();
};

void TestAnsiParser::plainText()
{
    AnsiParser p;
    const QList<AnsiSpan> spans = p.parse(u"hello\tworld\n");
    QCOMPARE(spans.size(), 1);
    QCOMPARE(spans[0].text, QStringLiteral("hello\tworld\n"));
    QVERIFY(spans[0].style.isDefault());
}

void TestAnsiParser::basicColours_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<int>("foreground");
    QTest::addColumn<int>("background");
    QTest::newRow("red") << esc("[31mX") << 1 << -1;
    QTest::newRow("white") << esc("[37mX") << 7 << -1;
    QTest::newRow("bright green") << esc("[92mX") << 10 << -1;
    QTest::newRow("blue background") << esc("[44mX") << -1 << 4;
    QTest::newRow("bright background") << esc("[101mX") << -1 << 9;
    QTest::newRow("combined") << esc("[1;33;41mX") << 3 << 1;
    QTest::newRow("default fg") << esc("[31;39mX") << -1 << -1;
}

void TestAnsiParser::basicColours()
{
    QFETCH(QString, input);
    QFETCH(int, foreground);
    QFETCH(int, background);
    AnsiParser p;
    const QList<AnsiSpan> spans = p.parse(input);
    QCOMPARE(spans.size(), 1);
    QCOMPARE(spans[0].text, QStringLiteral("X"));
    QCOMPARE(spans[0].style.foreground, foreground);
    QCOMPARE(spans[0].style.background, background);
}

void TestAnsiParser::boldAndReset()
{
    AnsiParser p;
    const QList<AnsiSpan> spans = p.parse(esc("[1mbold") + esc("[0mplain") + esc("[1;31mB") + esc("[mD")
                                          + esc("[1m") + esc("[22mN"));
    QCOMPARE(spans.size(), 4);
    QCOMPARE(spans[0].text, QStringLiteral("bold"));
    QVERIFY(spans[0].style.bold);
    QCOMPARE(spans[1].text, QStringLiteral("plain"));
    QVERIFY(spans[1].style.isDefault());
    QVERIFY(spans[2].style.bold);
    QCOMPARE(spans[2].style.foreground, 1);
    // ESC[m is a reset and 22 ends bold: both texts are plain, so one span.
    QCOMPARE(spans[3].text, QStringLiteral("DN"));
    QVERIFY(spans[3].style.isDefault());
}

void TestAnsiParser::styleCarriesAcrossCalls()
{
    AnsiParser p;
    p.parse(esc("[32m"));
    const QList<AnsiSpan> spans = p.parse(u"green");
    QCOMPARE(spans.size(), 1);
    QCOMPARE(spans[0].style.foreground, 2);
    p.reset();
    QVERIFY(p.parse(u"x")[0].style.isDefault());
}

void TestAnsiParser::sequenceSplitAcrossCalls()
{
    AnsiParser p;
    QList<AnsiSpan> a = p.parse(QStringLiteral("ab") + QChar(0x1b) + QStringLiteral("[3"));
    QCOMPARE(joined(a), QStringLiteral("ab"));
    QList<AnsiSpan> b = p.parse(u"1mred");
    QCOMPARE(joined(b), QStringLiteral("red"));
    QCOMPARE(b[0].style.foreground, 1);
}

void TestAnsiParser::strippedSequences_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("256 colour") << esc("[38;5;196mA") << QStringLiteral("A");
    QTest::newRow("true colour") << esc("[38;2;10;20;30mA") + esc("[48;2;1;2;3mB") << QStringLiteral("AB");
    QTest::newRow("colon true colour") << esc("[38:2::10:20:30mA") << QStringLiteral("A");
    QTest::newRow("cursor up") << QStringLiteral("a") + esc("[2Ab") << QStringLiteral("ab");
    QTest::newRow("erase line") << QStringLiteral("a") + esc("[Kb") + esc("[2K") << QStringLiteral("ab");
    QTest::newRow("cursor position") << esc("[10;20Hx") << QStringLiteral("x");
    QTest::newRow("private mode") << esc("[?25lx") + esc("[?1049h") << QStringLiteral("x");
    QTest::newRow("osc title bel") << esc("]0;title") + QChar(0x07) + QStringLiteral("x") << QStringLiteral("x");
    QTest::newRow("osc hyperlink st") << esc("]8;;http://a") + esc("\\link") + esc("]8;;") + esc("\\")
                                      << QStringLiteral("link");
    QTest::newRow("charset") << esc("(Bx") << QStringLiteral("x");
    QTest::newRow("save cursor") << esc("7x") + esc("8") << QStringLiteral("x");
    QTest::newRow("lone esc at end") << QStringLiteral("x") + QChar(0x1b) << QStringLiteral("x");
    QTest::newRow("double esc") << QString(QChar(0x1b)) + esc("[31mx") << QStringLiteral("x");
    QTest::newRow("broken csi keeps newline") << esc("[31\nx") << QStringLiteral("\nx");
    QTest::newRow("broken csi with non-ascii") << esc("[3あ") << QStringLiteral("あ");
    QTest::newRow("8-bit csi") << QString(QChar(0x9b)) + QStringLiteral("31mx") << QStringLiteral("x");
    QTest::newRow("huge number") << esc("[99999999999999999999mx") << QStringLiteral("x");
    QTest::newRow("japanese kept") << esc("[1m保守") + esc("[0m") << QStringLiteral("保守");
}

void TestAnsiParser::strippedSequences()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(AnsiParser::strip(input), expected);
}

void TestAnsiParser::extended256LowIndexMapsToBasic()
{
    AnsiParser p;
    QList<AnsiSpan> spans = p.parse(esc("[38;5;9mA"));
    QCOMPARE(spans[0].style.foreground, 9);
    spans = p.parse(esc("[38;5;200mB"));
    QCOMPARE(spans[0].style.foreground, -1); // not representable: default, not garbage
}

void TestAnsiParser::controlsDropped()
{
    const QString input = QStringLiteral("a") + QChar(0x07) + QChar(0x08) + QChar(0x7f) + QChar(0x00)
        + QStringLiteral("b\r\n");
    QCOMPARE(AnsiParser::strip(input), QStringLiteral("ab\r\n"));
}

void TestAnsiParser::unterminatedOscDoesNotSwallowLines()
{
    AnsiParser p;
    QCOMPARE(joined(p.parse(esc("]0;never terminated\nnext line\n"))), QStringLiteral("\nnext line\n"));
    const QString longOsc = esc("]") + QString(5000, u'x') + QStringLiteral("after");
    QVERIFY(AnsiParser::strip(longOsc).endsWith(QStringLiteral("after")));
}

void TestAnsiParser::fuzzRandomBytes()
{
    QRandomGenerator rng(20240501u); // fixed seed: a failure can be reproduced
    const QString alphabet = QStringLiteral("\x1b[];:?0123456789mHJKAPX^_\\\a\n\r\tab()あ") + QChar(0x9b)
        + QChar(0x9d) + QChar(0x9c);
    for (int round = 0; round < 3000; ++round) {
        AnsiParser p;
        for (int chunk = 0; chunk < 4; ++chunk) {
            QString input;
            const int len = rng.bounded(200);
            for (int i = 0; i < len; ++i) {
                if (rng.bounded(4) == 0)
                    input += QChar(char16_t(rng.bounded(0x20, 0xd800))); // any BMP non-surrogate
                else
                    input += alphabet.at(rng.bounded(alphabet.size()));
            }
            const QList<AnsiSpan> spans = p.parse(input);
            for (const AnsiSpan &span : spans) {
                QVERIFY2(!span.text.isEmpty(), "empty span");
                for (QChar c : span.text) {
                    const char16_t u = c.unicode();
                    const bool control = (u < 0x20 && u != u'\t' && u != u'\n' && u != u'\r') || u == 0x7f
                        || (u >= 0x80 && u <= 0x9f);
                    QVERIFY2(!control, qPrintable(QStringLiteral("control U+%1 leaked in round %2")
                                                      .arg(int(u), 4, 16, QLatin1Char('0'))
                                                      .arg(round)));
                }
                QVERIFY(span.style.foreground >= -1 && span.style.foreground < 16);
                QVERIFY(span.style.background >= -1 && span.style.background < 16);
            }
        }
        p.finish();
    }
}

QTEST_GUILESS_MAIN(TestAnsiParser)
#include "test_ansi_parser.moc"
