// ShellQuote as a property: whatever bytes go in, a real POSIX shell (dash) and
// bash hand exactly those bytes to the command.
#include "catalog/ShellQuote.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTest>

#include <random>

namespace {

// Runs `shell` with `script` on stdin (not argv: argv would need valid UTF-8).
QByteArray runShell(const QString &shell, const QByteArray &script, int *exitCode)
{
    QProcess p;
    p.start(shell, {QStringLiteral("-s")});
    if (!p.waitForStarted(10000)) {
        *exitCode = -1;
        return QByteArray();
    }
    p.write(script);
    p.closeWriteChannel();
    p.waitForFinished(60000);
    *exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    return p.readAllStandardOutput();
}

QByteArray hex(const QByteArray &v)
{
    return v.toHex(' ');
}

} // namespace

class TestShellQuote : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void exactForm_data();
    void exactForm();
    void randomValuesSurviveRealShells_data();
    void randomValuesSurviveRealShells();

private:
    QByteArray randomValue(std::mt19937 &rng) const;
    QList<QByteArray> m_fragments;
};

void TestShellQuote::initTestCase()
{
    for (const char *shell : {"dash", "bash"}) {
        QVERIFY2(!QStandardPaths::findExecutable(QLatin1String(shell)).isEmpty(),
                 qPrintable(QStringLiteral("%1 is needed by this test: install it (apt-get install %1)")
                                .arg(QLatin1String(shell))));
    }
    m_fragments = {"'", "''", "'\\''", "\"", "$(", ")", "$(id)", "`", "`id`", "\\", "\\\\", "\n", "\r", "\t", " ",
                   "*", "?", "[a-z]", "~", "#", "!", "!!", "&&", ";", "|", "<", ">", "-", "--", "-n", "-e",
                   "$HOME", "${x}", "$1", "$@", "%s", "%%", "\\0", "\\n", "=", "{a,b}", "日本語", "サーバ",
                   "保守", "é", "\xef\xbf\xbd", "\x01", "\x7f", "\xff", "\x80", "\xe3\x81"};
}

void TestShellQuote::exactForm_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("empty") << QByteArray() << QByteArray("''");
    QTest::newRow("plain") << QByteArray("30") << QByteArray("'30'");
    QTest::newRow("quote") << QByteArray("it's") << QByteArray("'it'\\''s'");
    QTest::newRow("only quote") << QByteArray("'") << QByteArray("''\\'''");
    QTest::newRow("dollar") << QByteArray("$(rm -rf /)") << QByteArray("'$(rm -rf /)'");
    QTest::newRow("newline") << QByteArray("a\nb") << QByteArray("'a\nb'");
}

void TestShellQuote::exactForm()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, expected);
    QCOMPARE(ShellQuote::quote(input), expected);
}

QByteArray TestShellQuote::randomValue(std::mt19937 &rng) const
{
    std::uniform_int_distribution<int> len(0, 24);
    std::uniform_int_distribution<int> kind(0, 2);
    std::uniform_int_distribution<int> byte(1, 255);
    std::uniform_int_distribution<int> frag(0, int(m_fragments.size()) - 1);
    QByteArray v;
    const int n = len(rng);
    for (int i = 0; i < n; ++i) {
        switch (kind(rng)) {
        case 0:
            v.append(char(byte(rng)));
            break;
        case 1:
            v.append(m_fragments.at(frag(rng)));
            break;
        default:
            v.append(char('a' + byte(rng) % 26));
            break;
        }
    }
    return v;
}

void TestShellQuote::randomValuesSurviveRealShells_data()
{
    QTest::addColumn<QString>("shell");
    QTest::newRow("dash") << QStringLiteral("dash");
    QTest::newRow("bash") << QStringLiteral("bash");
}

void TestShellQuote::randomValuesSurviveRealShells()
{
    QFETCH(QString, shell);
    const unsigned seed = qEnvironmentVariableIsSet("HOSHU_TEST_SEED")
        ? unsigned(qEnvironmentVariableIntValue("HOSHU_TEST_SEED"))
        : 20240601u;
    std::mt19937 rng(seed);
    const int batches = 30, perBatch = 200; // 6000 values per shell
    int checked = 0;
    for (int b = 0; b < batches; ++b) {
        QList<QByteArray> values;
        QByteArray script = "printf '%s\\0'";
        for (int i = 0; i < perBatch; ++i) {
            const QByteArray v = randomValue(rng);
            values << v;
            script += ' ' + ShellQuote::quote(v);
        }
        script += '\n';
        int exitCode = 0;
        const QByteArray out = runShell(shell, script, &exitCode);
        QVERIFY2(exitCode == 0, qPrintable(QStringLiteral("%1 exited with %2 (seed %3, batch %4)")
                                               .arg(shell).arg(exitCode).arg(seed).arg(b)));
        QList<QByteArray> got = out.split('\0');
        QCOMPARE(got.takeLast(), QByteArray()); // after the last separator
        QVERIFY2(got.size() == values.size(),
                 qPrintable(QStringLiteral("%1 printed %2 values instead of %3 (seed %4, batch %5)")
                                .arg(shell).arg(got.size()).arg(values.size()).arg(seed).arg(b)));
        for (int i = 0; i < values.size(); ++i) {
            QVERIFY2(got.at(i) == values.at(i),
                     qPrintable(QStringLiteral("%1 changed a value (seed %2, batch %3, index %4)\n in:  %5\n out: %6")
                                    .arg(shell).arg(seed).arg(b).arg(i)
                                    .arg(QString::fromLatin1(hex(values.at(i))), QString::fromLatin1(hex(got.at(i))))));
            ++checked;
        }
    }
    QVERIFY(checked >= 5000);
}

QTEST_GUILESS_MAIN(TestShellQuote)
#include "test_shell_quote.moc"
