// TerminalText: what hoshu-cli prints of a server's text can never drive the
// terminal, and a JSON document passed through it still means the same.
#include "common/TerminalText.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using LineBreaks = TerminalText::LineBreaks;

class TestTerminalText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void escapes_data();
    void escapes();
    void noControlCharacterSurvives();
    void cleanTextIsNotCopied();
    void jsonKeepsItsMeaning();
};

void TestTerminalText::escapes_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("keepLineBreaks");
    QTest::addColumn<QString>("expected");

    const QString esc(QChar(0x1b));
    QTest::newRow("plain ascii") << QStringLiteral("/home/mastodon/dump.sql") << false
                                 << QStringLiteral("/home/mastodon/dump.sql");
    QTest::newRow("japanese and emoji kept") << QStringLiteral("保守 🐘 ﾊﾞｯｸｱｯﾌﾟ") << false
                                             << QStringLiteral("保守 🐘 ﾊﾞｯｸｱｯﾌﾟ");
    QTest::newRow("OSC 52 clipboard write")
        << (esc + QStringLiteral("]52;c;ZWNobyBwd25lZA==") + QChar(0x07) + QStringLiteral("x.sql")) << false
        << QStringLiteral("\\u001b]52;c;ZWNobyBwd25lZA==\\u0007x.sql");
    QTest::newRow("OSC 52 with ST") << (esc + QStringLiteral("]52;c;QQ==") + esc + QStringLiteral("\\")) << false
                                    << QStringLiteral("\\u001b]52;c;QQ==\\u001b\\");
    QTest::newRow("CSI colour and cursor") << (esc + QStringLiteral("[32m[ OK ]") + esc + QStringLiteral("[2K")) << false
                                           << QStringLiteral("\\u001b[32m[ OK ]\\u001b[2K");
    QTest::newRow("carriage return overwrite") << QStringLiteral("bad\r[ OK ] fine") << false
                                               << QStringLiteral("bad\\r[ OK ] fine");
    QTest::newRow("carriage return, lines kept") << QStringLiteral("bad\r[ OK ]") << true
                                                 << QStringLiteral("bad\\r[ OK ]");
    QTest::newRow("backspace") << QStringLiteral("abc\b\b\bxyz") << false << QStringLiteral("abc\\u0008\\u0008\\u0008xyz");
    QTest::newRow("NUL and DEL") << (QStringLiteral("a") + QChar(0) + QStringLiteral("b") + QChar(0x7f)) << false
                                 << QStringLiteral("a\\u0000b\\u007f");
    QTest::newRow("newline in a value") << QStringLiteral("x.sql\n[ OK ] all good") << false
                                        << QStringLiteral("x.sql\\n[ OK ] all good");
    QTest::newRow("newline and tab kept in messages") << QStringLiteral("a\n\tb") << true << QStringLiteral("a\n\tb");
    QTest::newRow("tab in a value") << QStringLiteral("a\tb") << false << QStringLiteral("a\\tb");
    QTest::newRow("C1 CSI U+009B") << (QStringLiteral("a") + QChar(0x9b) + QStringLiteral("31mb")) << false
                                   << QStringLiteral("a\\u009b31mb");
    QTest::newRow("C1 OSC U+009D and ST U+009C")
        << (QChar(0x9d) + QStringLiteral("52;c;QQ==") + QChar(0x9c)) << true << QStringLiteral("\\u009d52;c;QQ==\\u009c");
    QTest::newRow("C1 edges") << (QString(QChar(0x80)) + QChar(0x9f) + QChar(0xa0)) << false
                              << (QStringLiteral("\\u0080\\u009f") + QChar(0xa0));
    QTest::newRow("bidi override (Trojan Source)")
        << (QStringLiteral("invoice") + QChar(0x202e) + QStringLiteral("lqs.exe")) << false
        << QStringLiteral("invoice\\u202elqs.exe");
    QTest::newRow("bidi embeddings and isolates")
        << (QString(QChar(0x202a)) + QChar(0x202b) + QChar(0x202c) + QChar(0x202d) + QChar(0x2066) + QChar(0x2067)
            + QChar(0x2068) + QChar(0x2069))
        << true << QStringLiteral("\\u202a\\u202b\\u202c\\u202d\\u2066\\u2067\\u2068\\u2069");
    QTest::newRow("marks and separators") << (QString(QChar(0x200e)) + QChar(0x200f) + QChar(0x061c) + QChar(0x2028)
                                              + QChar(0x2029))
                                          << true << QStringLiteral("\\u200e\\u200f\\u061c\\u2028\\u2029");
    QTest::newRow("zero width joiner in emoji kept") << QStringLiteral("👩‍💻") << false << QStringLiteral("👩‍💻");
    QTest::newRow("empty") << QString() << false << QString();
}

void TestTerminalText::escapes()
{
    QFETCH(QString, input);
    QFETCH(bool, keepLineBreaks);
    QFETCH(QString, expected);
    QCOMPARE(TerminalText::escaped(input, keepLineBreaks ? LineBreaks::Keep : LineBreaks::Escape), expected);
}

void TestTerminalText::noControlCharacterSurvives()
{
    // Every code unit a terminal could obey, alone and between text.
    QString all;
    for (char16_t c = 0; c < 0x2100; ++c) {
        if (!QChar::isSurrogate(c))
            all += QChar(c);
    }
    for (LineBreaks mode : {LineBreaks::Escape, LineBreaks::Keep}) {
        const QString out = TerminalText::escaped(all, mode);
        for (QChar ch : out) {
            const char16_t c = ch.unicode();
            const bool allowedBreak = mode == LineBreaks::Keep && (c == u'\n' || c == u'\t');
            QVERIFY2(allowedBreak || !(c < 0x20 || c == 0x7f || (c >= 0x80 && c <= 0x9f)),
                     qPrintable(QStringLiteral("U+%1 left in the output").arg(uint(c), 4, 16, QLatin1Char('0'))));
            QVERIFY2(!TerminalText::isUnsafe(c) || allowedBreak,
                     qPrintable(QStringLiteral("U+%1 left in the output").arg(uint(c), 4, 16, QLatin1Char('0'))));
        }
        QVERIFY(!out.toUtf8().contains('\x1b'));
        QVERIFY(!out.toUtf8().contains("\xc2\x9b"));
    }
}

void TestTerminalText::cleanTextIsNotCopied()
{
    const QString clean = QStringLiteral("mastodon-web.service: active (running) 保守");
    const QString out = TerminalText::escaped(clean, LineBreaks::Keep);
    QCOMPARE(out, clean);
    QCOMPARE(out.constData(), clean.constData()); // the same characters, not a copy
}

void TestTerminalText::jsonKeepsItsMeaning()
{
    // The escapes are JSON's own: a document passed through parses to the same values.
    const QString esc(QChar(0x1b));
    const QJsonObject object{
        {QStringLiteral("message"), esc + QStringLiteral("]52;c;QQ==") + QChar(0x07) + QStringLiteral(" \\ \"q\"")},
        {QStringLiteral("c1"), QString(QChar(0x9b)) + QStringLiteral("2J") + QChar(0x85)},
        {QStringLiteral("bidi"), QStringLiteral("a") + QChar(0x202e) + QStringLiteral("b") + QChar(0x2066)},
        {QStringLiteral("lines"), QStringLiteral("one\ntwo\r\tthree") + QChar(0x7f)},
        {QStringLiteral("ja"), QStringLiteral("満杯")},
    };
    const QByteArray raw = QJsonDocument(object).toJson(QJsonDocument::Indented);
    const QString safe = TerminalText::escaped(QString::fromUtf8(raw), LineBreaks::Keep);
    QVERIFY(!safe.toUtf8().contains('\x1b'));
    QJsonParseError error;
    const QJsonDocument back = QJsonDocument::fromJson(safe.toUtf8(), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(back.object(), object);
}

QTEST_GUILESS_MAIN(TestTerminalText)
#include "test_terminal_text.moc"
