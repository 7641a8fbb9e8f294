#include "ssh/RemoteCommandWrapper.h"
#include "ssh/RemoteProcess.h"
#include "ssh/ShellWords.h"
#include "ssh/SshError.h"
#include "ssh/SshErrorClassifier.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTest>

#ifdef Q_OS_LINUX
#include <unistd.h>
#endif

Q_DECLARE_METATYPE(SshError::Kind)

class TestSshError : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyKindHasTexts_data();
    void everyKindHasTexts();
    void noneIsNotAnError();
    void messageContainsDetail();
    void changedNeverOffersToConnectAnyway();
    void classifiesConnectErrors_data();
    void classifiesConnectErrors();
#ifdef Q_OS_LINUX // these run a local /bin/sh (and /proc) as the remote side would
    void quoteSurvivesTheShell_data();
    void quoteSurvivesTheShell();
    void wrapperKeepsOutputAndStatus();
    void killScriptStopsTheTree();
#endif
    void processStateFollowsSignals();
    void cancelAfterEndIsIgnored();
};

void TestSshError::everyKindHasTexts_data()
{
    QTest::addColumn<SshError::Kind>("kind");
    for (int k = int(SshError::Kind::DnsFailure); k <= int(SshError::Kind::ClosedBeforeLogin); ++k) {
        const auto kind = SshError::Kind(k);
        QTest::newRow(qPrintable(SshError::kindName(kind))) << kind;
    }
}

void TestSshError::everyKindHasTexts()
{
    QFETCH(SshError::Kind, kind);
    const SshError e(kind);
    QVERIFY(e.isError());
    QVERIFY(!e.title().isEmpty());
    QVERIFY2(e.explanation().size() > 30, qPrintable(e.explanation()));
    QVERIFY(e.title() != e.explanation());
    QVERIFY(e.message().startsWith(e.title()));
}

void TestSshError::noneIsNotAnError()
{
    const SshError e;
    QVERIFY(!e.isError());
    QVERIFY(e.title().isEmpty());
    QVERIFY(e.message().isEmpty());
}

void TestSshError::messageContainsDetail()
{
    const SshError e(SshError::Kind::ConnectionRefused, QStringLiteral("Connection refused (errno 111)"));
    QVERIFY(e.message().contains(QLatin1String("Connection refused (errno 111)")));
    QVERIFY(e.message().contains(e.explanation()));
}

void TestSshError::changedNeverOffersToConnectAnyway()
{
    const QString text = SshError(SshError::Kind::HostKeyChanged).explanation();
    QVERIFY(text.contains(QLatin1String("reinstalled")));
    QVERIFY(text.contains(QLatin1String("intercepting")));
    QVERIFY(text.contains(QLatin1String("fingerprint")));
    QVERIFY(!text.contains(QLatin1String("anyway"), Qt::CaseInsensitive));
}

void TestSshError::classifiesConnectErrors_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("proxy");
    QTest::addColumn<SshError::Kind>("kind");
    using K = SshError::Kind;
    QTest::newRow("dns") << QStringLiteral("Failed to resolve hostname nonexistent.invalid (Name or service not known)")
                         << false << K::DnsFailure;
    QTest::newRow("refused") << QStringLiteral("Connection refused") << false << K::ConnectionRefused;
    QTest::newRow("unreachable") << QStringLiteral("Network is unreachable") << false << K::NetworkUnreachable;
    QTest::newRow("no route") << QStringLiteral("No route to host") << false << K::NetworkUnreachable;
    QTest::newRow("timeout") << QStringLiteral("Timeout connecting to 10.0.0.1") << false << K::Timeout;
    QTest::newRow("proxy") << QStringLiteral("Socket error: disconnected") << true << K::ProxyFailed;
    QTest::newRow("closed before login") << QStringLiteral("Socket error: disconnected") << false << K::ClosedBeforeLogin;
    QTest::newRow("reset before login") << QStringLiteral("Connection reset by peer") << false << K::ClosedBeforeLogin;
    QTest::newRow("other") << QStringLiteral("kex error : no match for method") << false << K::Protocol;
}

void TestSshError::classifiesConnectErrors()
{
    QFETCH(QString, text);
    QFETCH(bool, proxy);
    QFETCH(SshError::Kind, kind);
    const SshError e = SshErrorClassifier::fromConnectError(text, proxy);
    QCOMPARE(e.kind, kind);
    QCOMPARE(e.detail, text);
}

#ifdef Q_OS_LINUX
void TestSshError::quoteSurvivesTheShell_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("plain") << QByteArray("hello");
    QTest::newRow("empty") << QByteArray("");
    QTest::newRow("single quote") << QByteArray("it's");
    QTest::newRow("only quotes") << QByteArray("'''");
    QTest::newRow("specials") << QByteArray("$HOME `id` $(id) \"x\" \\ ; | & * ? ~ #");
    QTest::newRow("newline") << QByteArray("a\nb");
    QTest::newRow("utf8") << QByteArray("保守 'サーバ'");
}

void TestSshError::quoteSurvivesTheShell()
{
    QFETCH(QByteArray, text);
    QProcess sh;
    sh.start(QStringLiteral("/bin/sh"),
             {QStringLiteral("-c"), QString::fromUtf8("printf %s " + ShellWords::quote(text))});
    QVERIFY(sh.waitForFinished(5000));
    QCOMPARE(sh.readAllStandardOutput(), text);
}

void TestSshError::wrapperKeepsOutputAndStatus()
{
    // The login shell (here the local /bin/sh, as sshd would start it) gets only the constant
    // exec line; the wrapper and the script come on stdin. The script's own stdin is empty.
    const QByteArray command = "read line; echo \"out:$line\"; echo 'err:it'\\''s' >&2; exit 7";
    QProcess sh;
    const QByteArray token = RemoteCommandWrapper::newToken();
    QCOMPARE(token.size(), 32);
    QVERIFY(!RemoteCommandWrapper::execLine().contains('\''));
    sh.start(QStringLiteral("/bin/sh"), QStringList{QStringLiteral("-c"), QString::fromUtf8(RemoteCommandWrapper::execLine())});
    QVERIFY(sh.waitForStarted());
    const SecretBytes input = RemoteCommandWrapper::payload(RemoteScript(command), token);
    sh.write(input.constData(), qint64(input.size()));
    sh.closeWriteChannel();
    QVERIFY(sh.waitForFinished(5000));
    QCOMPARE(sh.readAllStandardOutput(), QByteArray("out:\n"));
    QCOMPARE(sh.readAllStandardError(), QByteArray("err:it's\n"));
    QCOMPARE(sh.exitCode(), 7);
}

void TestSshError::killScriptStopsTheTree()
{
    // Locally, as the transport does remotely: a wrapped command with a child, then the kill script.
    const QByteArray token = RemoteCommandWrapper::newToken();
    const QByteArray marker = "4242." + token.left(6).toUpper().toHex().left(6);
    QProcess tree;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("SHELL"), QStringLiteral("/bin/sh"));
    tree.setProcessEnvironment(env);
    // Its own session, as sshd gives it: the wrapper's "kill 0" must not reach this test.
    tree.setChildProcessModifier([] { ::setsid(); });
    const QByteArray command = "sleep " + marker + " & sh -c 'sleep " + marker + "1'; wait";
    tree.start(QStringLiteral("/bin/sh"), QStringList{QStringLiteral("-c"), QString::fromUtf8(RemoteCommandWrapper::execLine())});
    QVERIFY(tree.waitForStarted());
    const SecretBytes input = RemoteCommandWrapper::payload(RemoteScript(command), token);
    tree.write(input.constData(), qint64(input.size()));
    tree.closeWriteChannel();
    const auto count = [&marker] {
        QProcess pgrep;
        pgrep.start(QStringLiteral("pgrep"), QStringList{QStringLiteral("-f"), QString::fromLatin1("sleep " + marker)});
        pgrep.waitForFinished(5000);
        return pgrep.readAllStandardOutput().count('\n');
    };
    QTRY_VERIFY_WITH_TIMEOUT(count() >= 2, 5000); // wrapper, shell, sleeps: all carry the marker
    QProcess killer;
    killer.start(QStringLiteral("/bin/sh"), QStringList{QStringLiteral("-c"), QString::fromUtf8(RemoteCommandWrapper::execLine())});
    QVERIFY(killer.waitForStarted());
    killer.write(RemoteCommandWrapper::killPayload(token));
    killer.closeWriteChannel();
    QTRY_COMPARE_WITH_TIMEOUT(count(), 0, 5000);
    // The QTRY loop runs the event loop, so the tree may already be reaped here:
    // waitForFinished() would then return false although all is well.
    QTRY_COMPARE_WITH_TIMEOUT(tree.state(), QProcess::NotRunning, 5000);
    killer.kill(); // it keeps watching for late starters for 10 s; not needed here
    killer.waitForFinished(5000);
}

#endif // Q_OS_LINUX

void TestSshError::processStateFollowsSignals()
{
    RemoteProcess p;
    QVERIFY(!p.isRunning());
    emit p.started();
    QVERIFY(p.isRunning());
    p.setExitSignal(QStringLiteral("TERM"));
    emit p.finished(143);
    QVERIFY(!p.isRunning());
    QVERIFY(p.hasEnded());
    QCOMPARE(p.exitStatus(), 143);
    QCOMPARE(p.exitSignal(), QStringLiteral("TERM"));
}

void TestSshError::cancelAfterEndIsIgnored()
{
    RemoteProcess p;
    QSignalSpy spy(&p, &RemoteProcess::cancelRequested);
    p.cancel();
    QCOMPARE(spy.count(), 1);
    emit p.failed(SshError(SshError::Kind::Cancelled));
    p.cancel();
    QCOMPARE(spy.count(), 1);
    QCOMPARE(p.error().kind, SshError::Kind::Cancelled);
}

QTEST_GUILESS_MAIN(TestSshError)
#include "test_ssh_error.moc"
