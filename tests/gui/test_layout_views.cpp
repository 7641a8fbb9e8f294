// The detected layout in the GUI: ServerDialog's "Detect automatically" (an edit by
// the user is an override) and the dashboard's one-line layout.

#include "MainWindow.h"
#include "MonitorHub.h"
#include "ServerDashboard.h"
#include "ServerDialog.h"
#include "common/AppPaths.h"
#include "probes/LayoutDetection.h"
#include "servers/ProfileStore.h"
#include "session/ServerMonitor.h"
#include "session/ServerSession.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QtTest>

namespace {
template <typename T>
T *child(QWidget *parent, const char *name)
{
    T *w = parent->findChild<T *>(QString::fromLatin1(name));
    if (!w)
        qFatal("no child %s", name);
    return w;
}

ServerProfile detectedProfile()
{
    ServerProfile p;
    p.id = QStringLiteral("6f1c2a4e-8d1b-4f7a-9a51-0c3e2b7d9f10");
    p.name = QStringLiteral("prod");
    p.host = QStringLiteral("example.org");
    p.deployment = QStringLiteral("docker");
    p.mastodonDir = QStringLiteral("/opt/mastodon");
    p.detectLayout = true;
    return p;
}

LayoutDetection::Detected detectedOnServer()
{
    LayoutDetection::Detected d;
    d.known = true;
    d.deployment = QStringLiteral("docker");
    d.mastodonDir = QStringLiteral("/opt/mastodon");
    d.domain = QStringLiteral("example.social");
    d.backupDirs = {QStringLiteral("/var/backups/mastodon")};
    return d;
}
} // namespace

class TestLayoutViews : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // ServerDialog reads ~/.ssh/config for completion; keep the test off the real one.
        qputenv("HOME", qgetenv("HOSHU_TEST_TMP").isEmpty() ? QByteArray("/nonexistent") : qgetenv("HOSHU_TEST_TMP"));
    }

    void newServerDetectsByDefault()
    {
        ServerDialog dialog;
        QVERIFY(child<QCheckBox>(&dialog, "detectLayoutCheck")->isChecked());
        QVERIFY(dialog.profile().detectLayout);
        // Nothing detected yet: the detected rows are hidden, not empty boxes.
        QVERIFY(child<QLabel>(&dialog, "detectedDomainLabel")->isHidden());
        QVERIFY(child<QLabel>(&dialog, "detectedBackupsLabel")->isHidden());
    }

    void showsWhatWasDetected()
    {
        ServerDialog dialog;
        dialog.setProfile(detectedProfile());
        dialog.setDetected(detectedOnServer());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(child<QLabel>(&dialog, "layoutSourceLabel")->text(), QStringLiteral("Detected automatically"));
        auto *domain = child<QLabel>(&dialog, "detectedDomainLabel");
        QVERIFY(domain->isVisible());
        QCOMPARE(domain->text(), QStringLiteral("example.social"));
        QCOMPARE(child<QLabel>(&dialog, "detectedBackupsLabel")->text(), QStringLiteral("/var/backups/mastodon"));
        QCOMPARE(dialog.profile(), detectedProfile());
    }

    void editingDeploymentIsAnOverride()
    {
        ServerDialog dialog;
        dialog.setProfile(detectedProfile());
        dialog.setDetected(detectedOnServer());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *combo = child<QComboBox>(&dialog, "deploymentCombo");
        combo->setFocus();
        QTest::keyClick(combo, Qt::Key_Up); // docker -> systemd, as the user does it
        QCOMPARE(combo->currentData().toString(), QStringLiteral("systemd"));
        QVERIFY(!child<QCheckBox>(&dialog, "detectLayoutCheck")->isChecked());
        QCOMPARE(child<QLabel>(&dialog, "layoutSourceLabel")->text(), QStringLiteral("Set by you"));
        const ServerProfile p = dialog.profile();
        QCOMPARE(p.deployment, QStringLiteral("systemd"));
        QVERIFY(!p.detectLayout);
    }

    void editingDirectoryIsAnOverride()
    {
        ServerDialog dialog;
        dialog.setProfile(detectedProfile());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *dir = child<QLineEdit>(&dialog, "mastodonDirEdit");
        dir->selectAll();
        QTest::keyClicks(dir, QStringLiteral("/srv/mastodon"));
        QCOMPARE(dialog.profile().mastodonDir, QStringLiteral("/srv/mastodon"));
        QVERIFY(!dialog.profile().detectLayout);
    }

    void tickingDetectionAgainTakesTheDetectedLayout()
    {
        ServerDialog dialog;
        ServerProfile p = detectedProfile();
        p.deployment = QStringLiteral("systemd");
        p.mastodonDir = QStringLiteral("/srv/wrong");
        p.detectLayout = false;
        dialog.setProfile(p);
        dialog.setDetected(detectedOnServer());
        QCOMPARE(child<QLabel>(&dialog, "layoutSourceLabel")->text(), QStringLiteral("Set by you"));
        child<QCheckBox>(&dialog, "detectLayoutCheck")->click();
        QCOMPARE(dialog.profile(), detectedProfile());
    }

    void programmaticFillIsNoOverride()
    {
        // setProfile fills the fields without unticking detection.
        ServerDialog dialog;
        dialog.setProfile(detectedProfile());
        QVERIFY(dialog.profile().detectLayout);
    }

    void dashboardShowsTheLayoutLine()
    {
        ServerDashboard dashboard(nullptr);
        dashboard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dashboard));
        ServerProfile p = detectedProfile();
        p.deployment = QStringLiteral("systemd");
        p.mastodonDir = QStringLiteral("/home/mastodon/live");
        dashboard.setServerProfile(p.id, p);
        dashboard.setCurrentServer(p.id, p.name, p.deployment);
        QCOMPARE(dashboard.layoutText(), QStringLiteral("systemd · /home/mastodon/live"));

        Snapshot snap;
        snap.takenAt = QDateTime::currentDateTimeUtc();
        snap.detection.status = ParseStatus::good();
        snap.detection.systemd = true;
        snap.detection.dirs << MastodonDirCandidate{QStringLiteral("/home/mastodon/live"), true, true, false};
        snap.detection.backupDirs << QStringLiteral("/var/backups/mastodon");
        snap.env.status = ParseStatus::good();
        snap.env.localDomain = QStringLiteral("example.social");
        dashboard.setResult(p.id, snap, {});
        QCOMPARE(dashboard.layoutText(),
                 QStringLiteral("systemd · /home/mastodon/live · example.social · backups: /var/backups/mastodon"));
        QVERIFY(child<QLabel>(&dashboard, "dashboardLayout")->isVisible());

        dashboard.setCurrentServer(QString(), QString(), QString());
        QVERIFY(dashboard.layoutText().isEmpty());
    }

    void mainWindowSavesTheDetectedLayout()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        qputenv("HOSHU_CONFIG_DIR", dir.path().toUtf8());
        ServerProfile wrong = detectedProfile();
        wrong.host = QStringLiteral("127.0.0.1");
        wrong.port = 1; // nothing listens: any refresh fails at once
        wrong.auth = ServerProfile::AuthMethod::Agent;
        wrong.deployment = QStringLiteral("systemd");
        wrong.mastodonDir = QStringLiteral("/srv/wrong");
        {
            ProfileStore store(AppPaths::profilesFile());
            QString error;
            QVERIFY2(store.add(wrong, &error) && store.save(&error), qPrintable(error));
        }
        MainWindow window;
        window.selectServer(wrong.id);
        QCOMPARE(window.dashboard()->layoutText(), QStringLiteral("systemd · /srv/wrong"));

        // What ServerMonitor emits after a refresh that found the layout elsewhere.
        ServerProfile found = wrong;
        found.deployment = QStringLiteral("docker");
        found.mastodonDir = QStringLiteral("/opt/mastodon");
        ServerMonitor *monitor = window.monitorHub()->monitor(wrong.id);
        QVERIFY(monitor);
        Q_EMIT monitor->layoutDetected(found);

        QCOMPARE(monitor->session()->profile().mastodonDir, QStringLiteral("/opt/mastodon"));
        QCOMPARE(window.dashboard()->layoutText(), QStringLiteral("docker · /opt/mastodon"));
        ProfileStore reread(AppPaths::profilesFile());
        QCOMPARE(reread.load().status, ProfileStore::LoadStatus::Ok);
        const auto saved = reread.findById(wrong.id);
        QVERIFY(saved.has_value());
        QCOMPARE(saved->deployment, QStringLiteral("docker"));
        QCOMPARE(saved->mastodonDir, QStringLiteral("/opt/mastodon"));
        QVERIFY(saved->detectLayout);
        qunsetenv("HOSHU_CONFIG_DIR");
    }
};

QTEST_MAIN(TestLayoutViews)
#include "test_layout_views.moc"
