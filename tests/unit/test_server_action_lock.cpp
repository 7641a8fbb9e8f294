// Issue 7 item 7: "one changing action per server at a time" across processes.
// A second process (tests/unit/lock_holder) holds a server's lock as the GUI or
// hoshu-cli would while an action runs.
#include "LockHolderProcess.h"
#include "common/AppPaths.h"
#include "servers/ServerActionLock.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTest>
#include <QUuid>

#include <sys/stat.h>
#include <utime.h>

class TestServerActionLock : public QObject
{
    Q_OBJECT

private:
    QString m_id;
    static QString newId() { return QUuid::createUuid().toString(QUuid::WithoutBraces); }
    // Another process takes the lock of server m_id ("prod"), as the GUI or hoshu-cli running an action.
    bool holdElsewhere(LockHolderProcess *process, QString *error)
    {
        return process->start({QStringLiteral("server"), m_id, QStringLiteral("prod")}, error);
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY2(!qEnvironmentVariableIsEmpty("HOSHU_CONFIG_DIR"), "run through ctest (HOSHU_CONFIG_DIR)");
        QDir(AppPaths::configDir() + QStringLiteral("/locks")).removeRecursively();
        m_id = newId();
    }

    void lockFileLivesUnderTheConfigDir()
    {
        ServerActionLock lock(m_id, QStringLiteral("prod"));
        QCOMPARE(lock.lockFilePath(), AppPaths::configDir() + QStringLiteral("/locks/") + m_id + QStringLiteral(".lock"));
        // Whatever an id looks like, the lock stays in that folder.
        const QString odd = ServerActionLock::lockFilePathFor(QStringLiteral("../../etc/passwd"));
        QCOMPARE(QFileInfo(odd).absolutePath(), AppPaths::configDir() + QStringLiteral("/locks"));
        QVERIFY(!odd.contains(QStringLiteral("passwd")));
    }

    void secondProcessIsRefusedAndTold()
    {
        LockHolderProcess other;
        QString error;
        QVERIFY2(holdElsewhere(&other, &error), qPrintable(error));

        ServerActionLock mine(m_id, QStringLiteral("prod"));
        QVERIFY(!mine.tryAcquire(&error));
        QVERIFY(!mine.isHeld());
        QVERIFY2(error.contains(QStringLiteral("“prod”")), qPrintable(error));
        QVERIFY2(error.contains(QString::number(other.pid())), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("lock_holder")), qPrintable(error));

        // Another server is free meanwhile.
        ServerActionLock otherServer(newId(), QStringLiteral("staging"));
        QVERIFY2(otherServer.tryAcquire(&error), qPrintable(error));

        other.release();
        QVERIFY2(mine.tryAcquire(&error), qPrintable(error));
        QVERIFY(mine.isHeld());
    }

    void heldHereRefusesAnotherProcess()
    {
        ServerActionLock mine(m_id, QStringLiteral("prod"));
        QString error;
        QVERIFY2(mine.tryAcquire(&error), qPrintable(error));
        LockHolderProcess other;
        QVERIFY(!holdElsewhere(&other, &error));
        QVERIFY2(error.contains(QStringLiteral("“prod”")), qPrintable(error));
        QVERIFY2(error.contains(QString::number(QCoreApplication::applicationPid())), qPrintable(error));

        mine.release();
        QVERIFY(!mine.isHeld());
        QVERIFY(!QFileInfo::exists(mine.lockFilePath()));
        LockHolderProcess now;
        QVERIFY2(holdElsewhere(&now, &error), qPrintable(error));
    }

    void releasedOnDestruction()
    {
        QString error;
        {
            ServerActionLock scoped(m_id, QStringLiteral("prod"));
            QVERIFY2(scoped.tryAcquire(&error), qPrintable(error));
            QVERIFY(QFileInfo::exists(scoped.lockFilePath()));
        }
        ServerActionLock again(m_id, QStringLiteral("prod"));
        QVERIFY2(again.tryAcquire(&error), qPrintable(error));
    }

    void crashedHolderDoesNotBlock()
    {
        LockHolderProcess other;
        QString error;
        QVERIFY2(holdElsewhere(&other, &error), qPrintable(error));
        other.crash();
        const QString path = ServerActionLock::lockFilePathFor(m_id);
        QVERIFY(QFileInfo::exists(path)); // left behind, as after a crash
        ServerActionLock mine(m_id, QStringLiteral("prod"));
        QVERIFY2(mine.tryAcquire(&error), qPrintable(error));
    }

    void longRunningHolderIsNotTakenOver()
    {
        LockHolderProcess other;
        QString error;
        QVERIFY2(holdElsewhere(&other, &error), qPrintable(error));
        // An action that has run for two hours still holds its lock (no stale time by age).
        const QByteArray path = QFile::encodeName(ServerActionLock::lockFilePathFor(m_id));
        const time_t old = time_t(QDateTime::currentSecsSinceEpoch() - 7200);
        struct utimbuf times {old, old};
        QCOMPARE(::utime(path.constData(), &times), 0);
        ServerActionLock mine(m_id, QStringLiteral("prod"));
        QVERIFY(!mine.tryAcquire(&error));
        QVERIFY2(error.contains(QString::number(other.pid())), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestServerActionLock)
#include "test_server_action_lock.moc"
