// The GUI as a user drives it, against a real OpenSSH sshd on loopback: add a
// server in the dialog, trust its host key, run an action and read its output
// in the log pane; an action that changes the server asks first and shows the
// exact command.
#include "ConfirmActionDialog.h"
#include "HostKeyDialog.h"
#include "LogPane.h"
#include "MainWindow.h"
#include "ServerDialog.h"
#include "ServerListModel.h"
#include "ServerWorkspace.h"
#include "SshdFixture.h"
#include "common/AppPaths.h"
#include "session/ServerSession.h"

#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

class TestGuiEndToEnd : public QObject
{
    Q_OBJECT

private:
    template<typename T>
    T *visible(QWidget *root)
    {
        for (T *w : root->findChildren<T *>()) {
            if (w->isVisible())
                return w;
        }
        return nullptr;
    }

    QString logText(LogPane *log)
    {
        QStringList lines;
        for (int i = 0; i < log->lineCount(); ++i)
            lines << log->lineText(i);
        return lines.join(QLatin1Char('\n'));
    }

    SshdFixture m_sshd;
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        qputenv("HOSHU_CONFIG_DIR", m_dir.path().toUtf8());
        qputenv("HOME", m_dir.path().toUtf8()); // never the tester's ~/.ssh
        QVERIFY2(m_sshd.start(), qPrintable(m_sshd.errorString()));
    }

    void addServerTrustKeyRunAction()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        // Add the server through the dialog, as a user types it.
        window.addServer();
        ServerDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = visible<ServerDialog>(&window)) != nullptr);
        // QTest::keyClicks types ASCII only; a Japanese name goes in as an input method would put it.
        dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit"))->setText(QStringLiteral("本番"));
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("hostEdit")), QStringLiteral("127.0.0.1"));
        dialog->findChild<QSpinBox *>(QStringLiteral("portSpin"))->setValue(m_sshd.port());
        dialog->findChild<QLineEdit *>(QStringLiteral("userEdit"))->setText(QStringLiteral("root"));
        auto *auth = dialog->findChild<QComboBox *>(QStringLiteral("authCombo"));
        auth->setCurrentIndex(auth->findData(int(ServerProfile::AuthMethod::KeyFile)));
        dialog->findChild<QLineEdit *>(QStringLiteral("keyFileEdit"))->setText(m_sshd.clientKey());
        auto *ok = dialog->findChild<QPushButton *>(QStringLiteral("okButton"));
        QVERIFY2(ok->isEnabled(), qPrintable(dialog->validationErrors().join(QLatin1Char('\n'))));
        QTest::mouseClick(ok, Qt::LeftButton);
        QCOMPARE(window.serverModel()->rowCount(), 1);
        const QString id = window.serverModel()->idAt(0);
        window.selectServer(id);
        LogPane *log = window.logPane(id);
        QVERIFY(log);

        // Read-only action: no confirmation, but the first contact asks about the host key.
        auto *run = window.findChild<QPushButton *>(QStringLiteral("runButton_system.disk_usage"));
        QVERIFY(run);
        QTest::mouseClick(run, Qt::LeftButton);
        HostKeyDialog *hostKey = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((hostKey = visible<HostKeyDialog>(&window)) != nullptr, 20000);
        QCOMPARE(hostKey->fingerprintText(), m_sshd.hostKeyFingerprint());
        QTest::mouseClick(hostKey->findChild<QPushButton *>(QStringLiteral("trustButton")), Qt::LeftButton);

        QTRY_VERIFY2_WITH_TIMEOUT(logText(log).contains(QStringLiteral("Filesystem")), qPrintable(logText(log)), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(!window.workspace(id)->isRunning(), 20000);
        QCOMPARE(log->lineKind(log->lineCount() - 1), LogView::LineKind::Footer);
        QVERIFY(QFile(AppPaths::knownHostsFile()).size() > 0);

        // Disruptive action: the confirmation shows the exact command; cancelling runs nothing.
        const int before = log->lineCount();
        auto *restart = window.findChild<QPushButton *>(QStringLiteral("runButton_services.restart_mastodon"));
        QVERIFY(restart);
        QTRY_VERIFY(restart->isEnabled());
        QTest::mouseClick(restart, Qt::LeftButton);
        ConfirmActionDialog *confirm = nullptr;
        QTRY_VERIFY((confirm = visible<ConfirmActionDialog>(&window)) != nullptr);
        QVERIFY(confirm->commandText().contains(QStringLiteral("systemctl")));
        confirm->reject();
        QTest::qWait(200);
        QCOMPARE(log->lineCount(), before);
        QVERIFY(!window.workspace(id)->isRunning());
    }
};

QTEST_MAIN(TestGuiEndToEnd)
#include "test_gui_end_to_end.moc"
