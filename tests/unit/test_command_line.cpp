#include "cli/CommandLine.h"

#include <QTest>

class TestCommandLine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesPositionalsValuesAndFlags()
    {
        CommandLine cl({QStringLiteral("param"), QStringLiteral("host")}, {QStringLiteral("yes")});
        QString error;
        QVERIFY(cl.parse({QStringLiteral("web1"), QStringLiteral("--param"), QStringLiteral("days=3"),
                          QStringLiteral("--param=lines=5"), QStringLiteral("system.memory"), QStringLiteral("--yes"),
                          QStringLiteral("--host"), QStringLiteral("--weird")},
                         &error));
        QCOMPARE(cl.positionals(), QStringList({QStringLiteral("web1"), QStringLiteral("system.memory")}));
        QCOMPARE(cl.values(QStringLiteral("param")), QStringList({QStringLiteral("days=3"), QStringLiteral("lines=5")}));
        QVERIFY(cl.isSet(QStringLiteral("yes")));
        // A value option takes the next argument as it is, even if it looks like an option.
        QCOMPARE(cl.value(QStringLiteral("host")), QStringLiteral("--weird"));
    }

    void doubleDashEndsOptions()
    {
        CommandLine cl({}, {QStringLiteral("yes")});
        QString error;
        QVERIFY(cl.parse({QStringLiteral("--"), QStringLiteral("--yes")}, &error));
        QVERIFY(!cl.isSet(QStringLiteral("yes")));
        QCOMPARE(cl.positionals(), QStringList({QStringLiteral("--yes")}));
    }

    void rejects_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("errorContains");
        QTest::newRow("unknown") << QStringList({QStringLiteral("--nope")}) << QStringLiteral("--nope");
        QTest::newRow("missing value") << QStringList({QStringLiteral("--param")}) << QStringLiteral("--param");
        QTest::newRow("flag with value") << QStringList({QStringLiteral("--yes=1")}) << QStringLiteral("--yes");
    }

    void rejects()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, errorContains);
        CommandLine cl({QStringLiteral("param")}, {QStringLiteral("yes")});
        QString error;
        QVERIFY(!cl.parse(args, &error));
        QVERIFY2(error.contains(errorContains), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "test_command_line.moc"
