// The Backups tab against a real OpenSSH sshd on loopback: the bundles on the server
// (the real backup.list script over SSH) beside the copies on this computer with their
// checksum state; a download over real SFTP with its progress, cancelled (the .part
// kept) and resumed, saved 0600 in a 0700 folder; a wrong checksum refused with a
// visible message; "Back up now" through the confirmation, its output in the log pane,
// then the new bundle copied here.
#include "BackupsTable.h"
#include "BackupsView.h"
#include "ConfirmActionDialog.h"
#include "ExistingCopiesSealer.h"
#include "LogPane.h"
#include "MainWindow.h"
#include "MessageBanner.h"
#include "ServerDashboard.h"
#include "SecretPromptDialog.h"
#include "ServerWorkspace.h"
#include "TransferRow.h"
#include "SshdFixture.h"
#include "backups/CopiesFolder.h"
#include "backups/CopiesPassphrase.h"
#include "backups/CopyCipher.h"
#include "backups/DesktopBackupFolder.h"
#include "checks/Finding.h"
#include "common/AppPaths.h"
#include "common/Translations.h"
#include "history/AuditLog.h"
#include "servers/ProfileStore.h"
#include "servers/SecretStore.h"
#include "session/ServerSession.h"

#include <QApplication>
#include <QCheckBox>
#include <QLineEdit>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QMessageBox>
#include <QProcess>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

namespace {
constexpr QFileDevice::Permissions kGroupOrOther = QFileDevice::ReadGroup | QFileDevice::WriteGroup
    | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;

// What backup.bundle prints last, made by a stand-in (the real one needs Mastodon):
// a bundle of `size` bytes written into $dir, its .sha256 beside it, then the bundle line.
const char *kBundleScript = R"sh(hoshu_step touch "$dir"
hoshu_end_of_plan
name="mastodon-bundle-web1-$(date -u +%Y%m%dT%H%M%SZ).tar"
head -c 2097169 /dev/urandom > "$dir/$name"
sum=$(sha256sum "$dir/$name" | cut -d' ' -f1)
printf '%s  %s\n' "$sum" "$name" > "$dir/$name.sha256"
echo "made $name"
printf 'hoshu-bundle: path=%s size=%s sha256=%s\n' "$dir/$name" "$(stat -c %s "$dir/$name")" "$sum"
)sh";

bool copyResource(const QString &name, const QString &dir)
{
    QFile::remove(dir + QLatin1Char('/') + name);
    return QFile::copy(QStringLiteral(":/actions/") + name, dir + QLatin1Char('/') + name);
}

// The real backup.list (script and all) and a stand-in backup.bundle with the real description.
Catalog testCatalog(const QString &dir)
{
    QDir().mkpath(dir);
    for (const char *name : {"lib.sh", "backup.list.json", "backup.list.systemd.sh", "backup.bundle.json"}) {
        if (!copyResource(QString::fromLatin1(name), dir))
            qFatal("cannot copy %s", name);
    }
    QFile script(dir + QStringLiteral("/backup.bundle.systemd.sh"));
    if (!script.open(QIODevice::WriteOnly) || script.write(kBundleScript) < 0)
        qFatal("cannot write the bundle script");
    script.close();
    QStringList errors;
    Catalog c = Catalog::loadFromDirectory(dir, &errors);
    if (!errors.isEmpty() || !c.find(QStringLiteral("backup.list")) || !c.find(QStringLiteral("backup.bundle")))
        qFatal("catalog: %s", qPrintable(errors.join(QLatin1Char('\n'))));
    return c;
}

QByteArray pattern(qsizetype size)
{
    QByteArray block(1 << 20, Qt::Uninitialized);
    for (qsizetype i = 0; i < block.size(); ++i)
        block[i] = char((i * 131) ^ (i >> 9));
    QByteArray data;
    data.reserve(size);
    while (data.size() < size)
        data += block.left(size - data.size());
    data[size / 2] = 'x'; // not only one block repeated
    return data;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

// A finished bundle on the "server": NAME and NAME.sha256 (with `recorded`, else the real sum).
QByteArray serveBundle(const QString &dir, const QString &name, const QByteArray &data, const QByteArray &recorded = {})
{
    const QByteArray sha = QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
    if (!writeFile(dir + QLatin1Char('/') + name, data)
        || !writeFile(dir + QLatin1Char('/') + name + QStringLiteral(".sha256"),
                      (recorded.isEmpty() ? sha : recorded) + "  " + name.toUtf8() + '\n'))
        qFatal("cannot write %s", qPrintable(name));
    return sha;
}

int rowOf(const BackupsView &view, const QString &fileName)
{
    for (int row = 0; row < view.table()->rowCount(); ++row) {
        if (view.table()->item(row, BackupsTable::NameColumn)->text() == fileName)
            return row;
    }
    return -1;
}

QString cell(const BackupsView &view, const QString &fileName, int column)
{
    const int row = rowOf(view, fileName);
    return row < 0 ? QStringLiteral("(no row)") : view.table()->item(row, column)->text();
}

ServerProfile profileFor(const SshdFixture &sshd, const QString &name)
{
    ServerProfile p;
    p.id = name + QStringLiteral("-id");
    p.name = name;
    p.host = QStringLiteral("127.0.0.1");
    p.port = sshd.port();
    p.user = QStringLiteral("root");
    p.auth = ServerProfile::AuthMethod::KeyFile;
    p.keyFile = sshd.clientKey();
    p.rootAccess = ServerProfile::RootAccess::AlreadyRoot;
    return p;
}
} // namespace

class TestBackupsView : public QObject
{
    Q_OBJECT

private:
    SshdFixture m_sshd;
    QTemporaryDir m_dir;
    Catalog m_catalog;
    int m_n = 0;

    // A server folder and a copies folder of their own for each test.
    struct Fixture
    {
        QString server;
        QString copies;
    };
    Fixture fresh()
    {
        ++m_n;
        Fixture f{m_dir.filePath(QStringLiteral("server%1").arg(m_n)),
                  m_dir.filePath(QStringLiteral("copies%1").arg(m_n))};
        QDir().mkpath(f.server);
        return f;
    }

    struct Harness
    {
        QWidget window;
        SecretStore secrets;
        LogPane log;
        AuditLog audit;
        ServerWorkspace workspace;
        BackupsView view;
        Harness(const ServerProfile &profile, const QString &auditPath)
            : audit(auditPath)
            , workspace(profile, &secrets, &log, &window)
            , view(&workspace)
        {
            workspace.session()->setHostKeyPolicy(HostKeyPolicy::AcceptNew);
            workspace.session()->setSshConfigFile(QString());
            workspace.setAuditLog(&audit);
        }
    };

    std::unique_ptr<Harness> harness(const Fixture &f, const QString &name = QStringLiteral("web1"))
    {
        auto h = std::make_unique<Harness>(profileFor(m_sshd, name),
                                           m_dir.filePath(QStringLiteral("audit%1.jsonl").arg(m_n)));
        h->view.setCatalog(m_catalog);
        h->view.setCopiesRoot(f.copies);
        h->view.setBundleDir(f.server);
        h->view.resize(1000, 420);
        return h;
    }

    // The application's window with one server NAME (the loopback sshd) added and selected.
    std::unique_ptr<MainWindow> windowWith(const QString &name)
    {
        ProfileStore store(AppPaths::profilesFile());
        QString error;
        store.load();
        ServerProfile p = profileFor(m_sshd, name);
        p.id.clear();
        if (!store.add(p, &error) || !store.save(&error))
            qFatal("profile: %s", qPrintable(error));
        auto window = std::make_unique<MainWindow>();
        window->setSessionConfigurator([](ServerSession *session) {
            session->setSshConfigFile(QString());
            session->setHostKeyPolicy(HostKeyPolicy::AcceptNew);
        });
        window->setCatalog(m_catalog);
        window->resize(1200, 800);
        window->show();
        if (!QTest::qWaitForWindowExposed(window.get()))
            qFatal("the window is not shown");
        window->selectServer(store.findByName(name)->id);
        return window;
    }

    // Shown: the tab lists the server's bundles by itself.
    bool showAndList(BackupsView &view)
    {
        QSignalSpy listed(&view, &BackupsView::listed);
        view.show();
        if (!QTest::qWaitForWindowExposed(&view))
            return false;
        if (listed.isEmpty() && !listed.wait(30000))
            return false;
        return listed.first().at(0).toBool();
    }

    static SecretPromptDialog *visiblePrompt()
    {
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (auto *d = qobject_cast<SecretPromptDialog *>(w); d && d->isVisible())
                return d;
        }
        return nullptr;
    }

    // Into the real keychain, as Settings keeps it.
    bool storePassphrase(const QString &text)
    {
        bool done = false;
        bool ok = false;
        CopiesPassphrase::store(this, SecretBytes::fromUtf8(text), [&](bool stored, const QString &why) {
            done = true;
            ok = stored;
            if (!stored)
                qWarning("keychain: %s", qPrintable(why));
        });
        return QTest::qWaitFor([&] { return done; }, 30000) && ok;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        Translations::install(*qApp, QStringLiteral("en")); // as the application does: English plurals
        qputenv("HOME", m_dir.path().toUtf8()); // never the tester's ~/.ssh
        qputenv("HOSHU_CONFIG_DIR", m_dir.filePath(QStringLiteral("config")).toUtf8()); // a fresh server list each run
        QVERIFY2(m_sshd.start(), qPrintable(m_sshd.errorString()));
        m_catalog = testCatalog(m_dir.filePath(QStringLiteral("actions")));
    }

    void serverAndDesktopSideBySide()
    {
        const Fixture f = fresh();
        const QByteArray data = pattern(300 * 1024 + 3);
        const QString both = QStringLiteral("mastodon-bundle-web1-20261201T010000Z.tar");
        const QString serverOnly = QStringLiteral("mastodon-bundle-web1-20261202T010000Z.tar");
        const QString damaged = QStringLiteral("mastodon-bundle-web1-20261120T010000Z.tar");
        const QString unfinished = QStringLiteral("mastodon-bundle-web1-20261110T010000Z.tar");
        const QByteArray sha = serveBundle(f.server, both, data);
        serveBundle(f.server, serverOnly, pattern(1000));
        QVERIFY(writeFile(f.server + QStringLiteral("/mastodon-bundle-web1-20261203T010000Z.tar"),
                          "no .sha256: unfinished"));
        // On this computer: the same bundle, one whose bytes changed since it was copied, one without a checksum.
        const DesktopBackupFolder folder(f.copies);
        QString error;
        QVERIFY2(folder.prepare(QStringLiteral("web1"), &error), qPrintable(error));
        QVERIFY(writeFile(folder.pathFor(QStringLiteral("web1"), both), data));
        QVERIFY(DesktopBackupFolder::recordChecksum(folder.pathFor(QStringLiteral("web1"), both),
                                                    QString::fromLatin1(sha), &error));
        QVERIFY(writeFile(folder.pathFor(QStringLiteral("web1"), damaged), "flipped bits"));
        QVERIFY(DesktopBackupFolder::recordChecksum(folder.pathFor(QStringLiteral("web1"), damaged),
                                                    QString::fromLatin1(sha), &error));
        QVERIFY(writeFile(folder.pathFor(QStringLiteral("web1"), unfinished), "no checksum"));

        auto h = harness(f);
        BackupsView &view = h->view;
        QVERIFY(showAndList(view));
        QCOMPARE(view.table()->rowCount(), 4); // the unfinished bundle on the server is no bundle
        QCOMPARE(view.table()->item(0, BackupsTable::NameColumn)->text(), serverOnly); // newest first
        QCOMPARE(cell(view, both, BackupsTable::WhereColumn), QStringLiteral("server and this computer"));
        QCOMPARE(cell(view, both, BackupsTable::ChecksumColumn), QStringLiteral("checksum recorded"));
        QCOMPARE(cell(view, both, BackupsTable::SizeColumn), QLocale().formattedDataSize(data.size()));
        QCOMPARE(cell(view, serverOnly, BackupsTable::WhereColumn), QStringLiteral("server"));
        QCOMPARE(cell(view, serverOnly, BackupsTable::ChecksumColumn), QStringLiteral("recorded on the server"));
        QCOMPARE(cell(view, damaged, BackupsTable::WhereColumn), QStringLiteral("this computer"));
        QCOMPARE(cell(view, unfinished, BackupsTable::ChecksumColumn),
                 QStringLiteral("no checksum: an unfinished copy?"));
        QVERIFY(cell(view, both, BackupsTable::MadeColumn).contains(QStringLiteral("ago")));
        QVERIFY2(view.summaryLabel()->text().contains(QStringLiteral("2 bundles")),
                 qPrintable(view.summaryLabel()->text()));
        QVERIFY(view.summaryLabel()->text().contains(QStringLiteral("3 copies")));
        // Download only for a bundle that is only on the server.
        view.table()->selectRow(rowOf(view, both));
        QVERIFY(!view.downloadButton()->isEnabled());
        view.table()->selectRow(rowOf(view, serverOnly));
        QVERIFY(view.downloadButton()->isEnabled());
        for (int i = 0; i < h->log.lineCount(); ++i) // the list is read, not logged
            QVERIFY2(!h->log.lineText(i).contains(QStringLiteral("hoshu-bundle")), qPrintable(h->log.lineText(i)));

        // Read again: the intact copy is verified, the changed one DAMAGED, said out loud.
        QSignalSpy checked(&view, &BackupsView::copiesChecked);
        QTest::mouseClick(view.checkButton(), Qt::LeftButton);
        QVERIFY(checked.wait(30000));
        QCOMPARE(cell(view, both, BackupsTable::ChecksumColumn), QStringLiteral("checksum verified now"));
        QVERIFY(cell(view, damaged, BackupsTable::ChecksumColumn).startsWith(QStringLiteral("DAMAGED")));
        QVERIFY(view.banner()->isVisible());
        QVERIFY2(view.banner()->text().contains(QStringLiteral("DAMAGED")), qPrintable(view.banner()->text()));
    }

    void downloadCancelResume()
    {
        const Fixture f = fresh();
        const QString name = QStringLiteral("mastodon-bundle-web1-20261201T020000Z.tar");
        const QByteArray data = pattern(192 * 1024 * 1024 + 5);
        const QByteArray sha = serveBundle(f.server, name, data);
        auto h = harness(f);
        BackupsView &view = h->view;
        QVERIFY(showAndList(view));
        QCOMPARE(view.table()->rowCount(), 1);

        // Cancelled at its first progress on the way: the .part stays, the row says how much is here.
        int highest = 0;
        bool cancelled = false;
        connect(view.transferRow()->bar(), &QProgressBar::valueChanged, this, [&](int value) {
            highest = qMax(highest, value);
            if (!cancelled && value > 0 && value < view.transferRow()->bar()->maximum()) {
                cancelled = true;
                view.cancelDownload();
            }
        });
        QSignalSpy ended(&view, &BackupsView::downloadEnded);
        view.table()->selectRow(0);
        QTest::mouseClick(view.downloadButton(), Qt::LeftButton);
        QVERIFY(view.isDownloading());
        QVERIFY(view.transferRow()->bar()->isVisible());
        QVERIFY(!view.downloadButton()->isEnabled());
        QVERIFY(ended.wait(60000));
        QVERIFY2(cancelled, "the download ended before any progress on the way: make the bundle bigger");
        QCOMPARE(ended.first().at(0).toBool(), false);
        QVERIFY(!view.transferRow()->bar()->isVisible());
        const QString copy = DesktopBackupFolder(f.copies).pathFor(QStringLiteral("web1"), name);
        QVERIFY(QFileInfo::exists(copy + QStringLiteral(".part")));
        QVERIFY(!QFileInfo::exists(copy));
        QVERIFY2(view.banner()->text().contains(QStringLiteral("cancelled")), qPrintable(view.banner()->text()));
        QVERIFY2(cell(view, name, BackupsTable::WhereColumn).contains(QStringLiteral("copied here")),
                 qPrintable(cell(view, name, BackupsTable::WhereColumn)));

        // Again: it goes on from the .part, reaches 100 %, and the copy is the server's, readable by this user only.
        ended.clear();
        view.table()->selectRow(0);
        QTest::mouseClick(view.downloadButton(), Qt::LeftButton);
        QVERIFY(ended.wait(120000));
        QVERIFY2(ended.first().at(0).toBool(), qPrintable(view.banner()->text()));
        QCOMPARE(highest, view.transferRow()->bar()->maximum());
        QVERIFY2(view.transferRow()->label()->text().contains(QStringLiteral("/s")), qPrintable(view.transferRow()->label()->text()));
        QFile saved(copy);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        QCOMPARE(QCryptographicHash::hash(saved.readAll(), QCryptographicHash::Sha256).toHex(), sha);
        QCOMPARE(saved.permissions() & kGroupOrOther, QFileDevice::Permissions());
        QCOMPARE(QFile::permissions(copy + QStringLiteral(".sha256")) & kGroupOrOther, QFileDevice::Permissions());
        QCOMPARE(QFile::permissions(QFileInfo(copy).absolutePath()) & kGroupOrOther, QFileDevice::Permissions());
        QCOMPARE(QFile::permissions(f.copies) & kGroupOrOther, QFileDevice::Permissions());
        QVERIFY(!QFileInfo::exists(copy + QStringLiteral(".part")));
        QCOMPARE(view.table()->rowCount(), 1);
        QCOMPARE(cell(view, name, BackupsTable::WhereColumn), QStringLiteral("server and this computer"));
        QCOMPARE(cell(view, name, BackupsTable::ChecksumColumn), QStringLiteral("checksum verified now"));
        QVERIFY2(view.banner()->text().contains(QStringLiteral("its SHA-256 is the server's")),
                 qPrintable(view.banner()->text()));
    }

    void wrongChecksumIsRefused()
    {
        const Fixture f = fresh();
        const QString name = QStringLiteral("mastodon-bundle-web1-20261201T030000Z.tar");
        serveBundle(f.server, name, pattern(500 * 1024), QByteArray(64, 'a'));
        auto h = harness(f);
        BackupsView &view = h->view;
        QVERIFY(showAndList(view));
        QSignalSpy ended(&view, &BackupsView::downloadEnded);
        view.table()->selectRow(rowOf(view, name));
        QTest::mouseClick(view.downloadButton(), Qt::LeftButton);
        QVERIFY(ended.wait(60000));
        QCOMPARE(ended.first().at(0).toBool(), false);
        QVERIFY(view.banner()->isVisible());
        QVERIFY2(view.banner()->text().contains(QStringLiteral("SHA-256")), qPrintable(view.banner()->text()));
        const QString copy = DesktopBackupFolder(f.copies).pathFor(QStringLiteral("web1"), name);
        QVERIFY(!QFileInfo::exists(copy));
        QVERIFY(!QFileInfo::exists(copy + QStringLiteral(".sha256")));
        QCOMPARE(cell(view, name, BackupsTable::WhereColumn), QStringLiteral("server")); // nothing kept here
    }

    // "Back up now" whose confirmation is cancelled asks for nothing more: a backup.bundle run
    // started later from elsewhere (the Actions tab) makes its bundle on the server only.
    void cancelledBackUpNowCopiesNothingLater()
    {
        const Fixture f = fresh();
        auto h = harness(f);
        QVERIFY(showAndList(h->view));
        ServerWorkspace &ws = h->workspace;
        connect(&h->view, &BackupsView::actionRequested, &ws,
                [&ws, this](const QString &id, const QMap<QString, QString> &params) {
                    ws.runAction(*m_catalog.find(id), params);
                });
        QSignalSpy ended(&h->view, &BackupsView::downloadEnded);
        auto confirmation = [&h]() -> ConfirmActionDialog * {
            const auto dialogs = h->window.findChildren<ConfirmActionDialog *>();
            for (ConfirmActionDialog *d : dialogs) {
                if (d->isVisible())
                    return d;
            }
            return nullptr;
        };

        QTest::mouseClick(h->view.backupButton(), Qt::LeftButton);
        ConfirmActionDialog *confirm = nullptr;
        QTRY_VERIFY((confirm = confirmation()) != nullptr);
        confirm->reject();
        QTRY_VERIFY(confirmation() == nullptr);

        QSignalSpy running(&ws, &ServerWorkspace::runningChanged);
        QVERIFY(ws.runAction(*m_catalog.find(QStringLiteral("backup.bundle")), {{QStringLiteral("dir"), f.server}}));
        QTRY_VERIFY((confirm = confirmation()) != nullptr);
        QTRY_VERIFY_WITH_TIMEOUT(confirm->isRunEnabled(), 30000);
        QTest::mouseClick(confirm->findChild<QPushButton *>(QStringLiteral("runButton")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(running.size() >= 2 && !running.last().at(1).toBool(), 60000); // started, ended
        QTRY_COMPARE_WITH_TIMEOUT(h->view.table()->rowCount(), 1, 30000); // listed again after the run
        QCOMPARE(h->view.table()->item(0, BackupsTable::WhereColumn)->text(), QStringLiteral("server"));
        QTest::qWait(500); // a copy, were one started, would show by now
        QVERIFY(!h->view.isDownloading());
        QCOMPARE(ended.size(), 0);
        QVERIFY(DesktopBackupFolder(f.copies).list(QStringLiteral("web1")).isEmpty());
    }

    // Kept up to date: a server with a day-old copy here gets its newest bundle copied by
    // itself over the open connection; a server without any copy here is never pulled (its
    // first copy is the user's choice), nor one whose connection is not open.
    void pullKeepsCopiesFresh()
    {
        const Fixture f = fresh();
        auto h = harness(f);
        const QString older = QStringLiteral("mastodon-bundle-web1-20261201T010000Z.tar");
        const QString newest = QStringLiteral("mastodon-bundle-web1-20261202T010000Z.tar");
        const QByteArray olderData = pattern(4096);
        serveBundle(f.server, older, olderData);
        const QByteArray sha = serveBundle(f.server, newest, pattern(1024 * 1024 + 3));
        QVERIFY(!h->view.pullIfDue()); // no copy here yet
        const QString here = DesktopBackupFolder(f.copies).serverDir(QStringLiteral("web1"));
        QVERIFY(QDir().mkpath(here));
        serveBundle(here, older, olderData);
        QVERIFY(!h->view.pullIfDue()); // not connected: no prompt out of nowhere

        QVERIFY(showAndList(h->view));
        QSignalSpy ended(&h->view, &BackupsView::downloadEnded);
        QVERIFY(h->view.pullIfDue());
        QVERIFY(ended.wait(60000));
        QVERIFY2(ended.first().at(0).toBool(), qPrintable(h->view.banner()->text()));
        QFile copy(DesktopBackupFolder(f.copies).pathFor(QStringLiteral("web1"), newest));
        QVERIFY(copy.open(QIODevice::ReadOnly));
        QCOMPARE(QCryptographicHash::hash(copy.readAll(), QCryptographicHash::Sha256).toHex(), sha);

        // The newest is here now: asked again, nothing to do and nothing said.
        h->view.banner()->hide();
        QVERIFY(!h->view.pullIfDue());
        QVERIFY(!h->view.isDownloading());
        QVERIFY(h->view.banner()->isHidden());
        QCOMPARE(ended.size(), 1);
    }

    // "Restore from a copy": a copy here with its recorded SHA-256 is sent to the server
    // (~/hoshu-restore/, real SFTP), then backup.restore is asked for with that path and
    // checksum (the confirm-and-run path shows its plan and wants the name typed). A copy
    // whose bytes are not the recorded ones is refused by the upload and nothing is put in
    // place; a copy without a recorded checksum is refused before anything is sent.
    void sendCopyForRestore()
    {
        const Fixture f = fresh();
        auto h = harness(f);
        QVERIFY(h->view.restoreButton()->isEnabled() == false); // no backup.restore in this catalog
        const QString here = DesktopBackupFolder(f.copies).serverDir(QStringLiteral("web1"));
        QVERIFY(QDir().mkpath(here));
        const QString name = QStringLiteral("mastodon-bundle-web1-20261201T010000Z.tar");
        const QByteArray sha = serveBundle(here, name, pattern(3 * 1024 * 1024 + 1));
        QSignalSpy asked(&h->view, &BackupsView::actionRequested);
        QSignalSpy ended(&h->view, &BackupsView::sendEnded);
        h->view.sendForRestore(DesktopBackupFolder::copyAt(here + QLatin1Char('/') + name));
        QVERIFY(ended.wait(60000));
        QVERIFY2(ended.first().at(0).toBool(), qPrintable(h->view.banner()->text()));
        QCOMPARE(asked.size(), 1);
        QCOMPARE(asked.first().at(0).toString(), QStringLiteral("backup.restore"));
        const auto params = asked.first().at(1).value<QMap<QString, QString>>();
        QCOMPARE(params.value(QStringLiteral("sha256")), QString::fromLatin1(sha));
        const QString remote = params.value(QStringLiteral("bundle"));
        QVERIFY2(remote.endsWith(QStringLiteral("/hoshu-restore/") + name), qPrintable(remote));
        QFile sent(remote); // the loopback sshd's files are this machine's
        QVERIFY(sent.open(QIODevice::ReadOnly));
        QCOMPARE(QCryptographicHash::hash(sent.readAll(), QCryptographicHash::Sha256).toHex(), sha);
        QFile::remove(remote);

        const QString bad = QStringLiteral("mastodon-bundle-web1-20261202T010000Z.tar");
        serveBundle(here, bad, pattern(1024 * 1024), QByteArray(64, 'a'));
        asked.clear();
        ended.clear();
        h->view.sendForRestore(DesktopBackupFolder::copyAt(here + QLatin1Char('/') + bad));
        QVERIFY(ended.wait(60000));
        QVERIFY(!ended.first().at(0).toBool());
        QVERIFY(asked.isEmpty());
        QVERIFY2(h->view.banner()->text().contains(QStringLiteral("does not match the SHA-256 checksum recorded")),
                 qPrintable(h->view.banner()->text()));
        QVERIFY(QDir(QFileInfo(remote).path()).entryList({QStringLiteral("*") + bad + QStringLiteral("*")}).isEmpty());

        QVERIFY(QFile::remove(here + QLatin1Char('/') + bad + QStringLiteral(".sha256")));
        ended.clear();
        h->view.sendForRestore(DesktopBackupFolder::copyAt(here + QLatin1Char('/') + bad));
        QCOMPARE(ended.size(), 1);
        QVERIFY(!ended.first().at(0).toBool());
        QVERIFY2(h->view.banner()->text().contains(QStringLiteral("No SHA-256 is recorded")),
                 qPrintable(h->view.banner()->text()));
        QVERIFY(asked.isEmpty());
    }

    // With "Encrypt new copies" on: the copy here is NAME.tar.gpg (no plain NAME.tar left), its
    // record NAME.tar.sha256 the bundle's; the check reads it through gpg; a restore opens it
    // with the passphrase from the keychain (real gnome-keyring) and sends the bundle itself,
    // leaving nothing opened behind; with another passphrase in the keychain it refuses, and
    // nothing reaches the server.
    void encryptedCopies()
    {
        const Fixture f = fresh();
        QTemporaryDir gnupg;
        QFile::setPermissions(gnupg.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        qputenv("GNUPGHOME", QFile::encodeName(gnupg.path()));
        QVERIFY(storePassphrase(QStringLiteral("the copies' passphrase")));
        QString error;
        QVERIFY2(CopiesFolder::setEncrypts(true, &error), qPrintable(error));

        const QString name = QStringLiteral("mastodon-bundle-web1-20261201T010000Z.tar");
        const QByteArray data = pattern(2 * 1024 * 1024 + 5);
        const QByteArray sha = serveBundle(f.server, name, data);
        auto h = harness(f);
        BackupsView &view = h->view;
        QVERIFY(showAndList(view));
        view.table()->selectRow(rowOf(view, name));
        QSignalSpy ended(&view, &BackupsView::downloadEnded);
        QTest::mouseClick(view.downloadButton(), Qt::LeftButton);
        QVERIFY(ended.wait(60000));
        QVERIFY2(ended.first().at(0).toBool(), qPrintable(view.banner()->text()));
        QVERIFY2(view.banner()->text().contains(QStringLiteral("and encrypted")), qPrintable(view.banner()->text()));
        const QString here = DesktopBackupFolder(f.copies).serverDir(QStringLiteral("web1"));
        QCOMPARE(QDir(here).entryList(QDir::Files | QDir::Hidden, QDir::Name),
                 QStringList({name + QStringLiteral(".gpg"), name + QStringLiteral(".sha256")}));
        QVERIFY(!(QFile::permissions(here + QLatin1Char('/') + name + QStringLiteral(".gpg")) & kGroupOrOther));
        QString opened;
        QVERIFY2(CopyCipher::decryptedSha256(here + QLatin1Char('/') + name + QStringLiteral(".gpg"),
                                             SecretBytes::fromUtf8(QStringLiteral("the copies' passphrase")), &opened,
                                             &error),
                 qPrintable(error));
        QCOMPARE(opened.toLatin1(), sha);
        QCOMPARE(cell(view, name, BackupsTable::WhereColumn), QStringLiteral("server and this computer (encrypted)"));

        QSignalSpy checked(&view, &BackupsView::copiesChecked);
        QTest::mouseClick(view.checkButton(), Qt::LeftButton);
        QVERIFY(checked.wait(30000));
        QCOMPARE(cell(view, name, BackupsTable::ChecksumColumn), QStringLiteral("checksum verified now"));

        // Restore from the encrypted copy: the bundle itself arrives, checked; nothing opened is left here.
        QSignalSpy asked(&view, &BackupsView::actionRequested);
        QSignalSpy sent(&view, &BackupsView::sendEnded);
        const DesktopCopy copy = DesktopBackupFolder::copyAt(here + QLatin1Char('/') + name + QStringLiteral(".gpg"));
        view.sendForRestore(copy);
        QVERIFY(sent.wait(60000));
        QVERIFY2(sent.first().at(0).toBool(), qPrintable(view.banner()->text()));
        const auto params = asked.first().at(1).value<QMap<QString, QString>>();
        const QString remote = params.value(QStringLiteral("bundle"));
        QVERIFY2(remote.endsWith(QStringLiteral("/hoshu-restore/") + name), qPrintable(remote));
        QFile arrived(remote);
        QVERIFY(arrived.open(QIODevice::ReadOnly));
        QCOMPARE(QCryptographicHash::hash(arrived.readAll(), QCryptographicHash::Sha256).toHex(), sha);
        QFile::remove(remote);
        QCOMPARE(QDir(here).entryList(QDir::Files | QDir::Hidden).size(), 2);

        // Another passphrase in the keychain (it was changed since): the user is asked for the one
        // the copy was made with, with the reason; cancelled, nothing is sent.
        QVERIFY(storePassphrase(QStringLiteral("not the one it was made with")));
        sent.clear();
        asked.clear();
        view.sendForRestore(copy);
        SecretPromptDialog *prompt = nullptr;
        QVERIFY(QTest::qWaitFor([&] { return (prompt = visiblePrompt()) != nullptr; }, 60000));
        const QString reason = prompt->findChild<QLabel *>(QStringLiteral("secretReason"))->text();
        QVERIFY2(reason.contains(QStringLiteral("passphrase does not open")), qPrintable(reason));
        QVERIFY(!prompt->findChild<QCheckBox *>(QStringLiteral("rememberSecretCheck"))->isVisible());
        prompt->reject();
        QVERIFY(!sent.isEmpty() || sent.wait(30000)); // ended at once: nothing was under way
        QVERIFY(!sent.first().at(0).toBool());
        QVERIFY(asked.isEmpty());
        QVERIFY2(view.banner()->text().contains(QStringLiteral("No passphrase given")), qPrintable(view.banner()->text()));
        QVERIFY(!QFile::exists(remote));
        QCOMPARE(QDir(here).entryList(QDir::Files | QDir::Hidden).size(), 2);
        // Typed rightly: it opens and goes, and the keychain keeps what it had.
        sent.clear();
        view.sendForRestore(copy);
        QVERIFY(QTest::qWaitFor([&] { return (prompt = visiblePrompt()) != nullptr; }, 60000));
        prompt->findChild<QLineEdit *>(QStringLiteral("secretEdit"))->setText(QStringLiteral("the copies' passphrase"));
        prompt->accept();
        QVERIFY(sent.wait(60000));
        QVERIFY2(sent.first().at(0).toBool(), qPrintable(view.banner()->text()));
        QVERIFY(QFile::exists(remote));
        QFile::remove(remote);
        QCOMPARE(QDir(here).entryList(QDir::Files | QDir::Hidden).size(), 2);

        QVERIFY(CopiesFolder::setEncrypts(false, &error));
        QProcess::execute(QStringLiteral("gpgconf"), {QStringLiteral("--kill"), QStringLiteral("gpg-agent")});
        qunsetenv("GNUPGHOME");
    }

    // Encryption turned on with plain copies already here: asked, then each NAME.tar becomes
    // NAME.tar.gpg (opened again with the passphrase: the bundle's own bytes), the unfinished
    // copy without a record left alone, and the message boxes answered as a user would.
    void existingCopiesEncryptedWhenAsked()
    {
        const Fixture f = fresh();
        QTemporaryDir gnupg;
        QFile::setPermissions(gnupg.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        qputenv("GNUPGHOME", QFile::encodeName(gnupg.path()));
        const DesktopBackupFolder folder(f.copies);
        QString error;
        QVERIFY(folder.prepare(QStringLiteral("web1"), &error));
        const QByteArray data = pattern(512 * 1024);
        const QString name = QStringLiteral("mastodon-bundle-web1-20261201T010000Z.tar");
        const QString sha = QString::fromLatin1(serveBundle(folder.serverDir(QStringLiteral("web1")), name, data));
        QVERIFY(writeFile(folder.pathFor(QStringLiteral("web1"), QStringLiteral("mastodon-bundle-web1-20261202T010000Z.tar")),
                          "unfinished"));
        QWidget window;
        window.show();
        QStringList asked;
        QTimer answer; // Yes to the question, OK to the report, as they come
        connect(&answer, &QTimer::timeout, this, [&asked] {
            for (QWidget *w : QApplication::topLevelWidgets()) {
                auto *box = qobject_cast<QMessageBox *>(w);
                if (!box || !box->isVisible())
                    continue;
                asked << box->text();
                QAbstractButton *b = box->button(QMessageBox::Yes) ? box->button(QMessageBox::Yes) : box->button(QMessageBox::Ok);
                b->click();
            }
        });
        answer.start(100);
        const SecretBytes passphrase = SecretBytes::fromUtf8(QStringLiteral("existing copies' passphrase"));
        auto *sealer = new ExistingCopiesSealer(f.copies, passphrase, &window);
        QSignalSpy sealed(sealer, &ExistingCopiesSealer::sealed);
        sealer->offer();
        QVERIFY(!sealed.isEmpty() || sealed.wait(60000));
        QCOMPARE(sealed.first().at(0).toInt(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(asked.size(), 2, 10000);
        QVERIFY2(asked.at(0).contains(QStringLiteral("1 copy on this computer was made before")), qPrintable(asked.at(0)));
        QVERIFY2(asked.at(1).contains(QStringLiteral("1 copy encrypted")), qPrintable(asked.at(1)));
        answer.stop();
        const QList<DesktopCopy> copies = folder.list(QStringLiteral("web1"));
        QCOMPARE(copies.size(), 2);
        const DesktopCopy &sealedCopy = copies.at(1);
        QCOMPARE(sealedCopy.fileName, name + QStringLiteral(".gpg"));
        QString actual;
        QVERIFY2(DesktopBackupFolder::verify(sealedCopy, &actual, &passphrase, &error), qPrintable(error));
        QCOMPARE(actual, sha);
        QVERIFY(!QFile::exists(folder.pathFor(QStringLiteral("web1"), name)));
        QVERIFY(!copies.at(0).encrypted); // the unfinished one: no record, not a copy to encrypt
        QProcess::execute(QStringLiteral("gpgconf"), {QStringLiteral("--kill"), QStringLiteral("gpg-agent")});
        qunsetenv("GNUPGHOME");
    }

    // backup.no_offsite_copy's card in the window: "Copy the newest backup here" opens the
    // Backups tab, lists the server and copies its newest bundle (real SFTP), then asks for
    // the re-check that shows the finding gone.
    void copyHereFromTheFindingCard()
    {
        const Fixture f = fresh();
        qputenv("HOSHU_BACKUP_DIR", f.copies.toUtf8());
        const QByteArray data = pattern(2 * 1024 * 1024 + 5);
        serveBundle(f.server, QStringLiteral("mastodon-bundle-web2-20261201T010000Z.tar"), pattern(1024));
        const QString newest = QStringLiteral("mastodon-bundle-web2-20261202T010000Z.tar");
        const QByteArray sha = serveBundle(f.server, newest, data);
        std::unique_ptr<MainWindow> window = windowWith(QStringLiteral("web2"));
        const QString id = window->currentServerId();
        BackupsView *view = window->dashboard()->backupsView(id);
        QVERIFY(view);
        view->setBundleDir(f.server);

        Finding finding = Finding::make(QStringLiteral("backup.no_offsite_copy"), Severity::Warning,
                                        QStringLiteral("web2"), {{QStringLiteral("folder"), f.copies}});
        finding.attachRemedy(QStringLiteral("systemd"));
        window->dashboard()->setResult(id, Snapshot(), {finding}, QDateTime::currentDateTimeUtc());
        QPushButton *copyHere = nullptr;
        for (QPushButton *b : window->dashboard()->findChildren<QPushButton *>()) {
            if (b->objectName().startsWith(QLatin1String("copyHereButton_")))
                copyHere = b;
        }
        QVERIFY(copyHere);
        QCOMPARE(copyHere->text(), QStringLiteral("Copy the newest backup here"));
        QSignalSpy ended(view, &BackupsView::downloadEnded);
        QSignalSpy recheck(window->dashboard(), &ServerDashboard::refreshRequested);
        copyHere->click();
        QCOMPARE(window->dashboard()->tabs()->currentIndex(), int(ServerDashboard::BackupsTab));
        QVERIFY(ended.wait(60000));
        QVERIFY2(ended.first().at(0).toBool(), qPrintable(view->banner()->text()));
        QFile copy(DesktopBackupFolder(f.copies).pathFor(QStringLiteral("web2"), newest));
        QVERIFY(copy.open(QIODevice::ReadOnly));
        QCOMPARE(QCryptographicHash::hash(copy.readAll(), QCryptographicHash::Sha256).toHex(), sha);
        QVERIFY(!QFileInfo::exists(DesktopBackupFolder(f.copies).pathFor(
            QStringLiteral("web2"), QStringLiteral("mastodon-bundle-web2-20261201T010000Z.tar")))); // the newest only
        QTRY_VERIFY(!recheck.isEmpty());
        QCOMPARE(recheck.first().at(0).toString(), id);

        // Pressed again: already here, nothing copied twice.
        view->copyNewest();
        QTRY_VERIFY(view->banner()->text().contains(QStringLiteral("already on this computer")));
        QVERIFY(!view->isDownloading());
        qunsetenv("HOSHU_BACKUP_DIR");
    }

    // In the window: the Backups tab, "Back up now" confirmed like every changing action,
    // its output in the server's log pane, then the new bundle copied here.
    void backUpNowInTheWindow()
    {
        const Fixture f = fresh();
        qputenv("HOSHU_BACKUP_DIR", f.copies.toUtf8());
        std::unique_ptr<MainWindow> window = windowWith(QStringLiteral("web1"));
        const QString id = window->currentServerId();
        BackupsView *view = window->dashboard()->backupsView(id);
        QVERIFY(view);
        QCOMPARE(view->copiesRoot(), QDir::cleanPath(f.copies));
        view->setBundleDir(f.server);
        window->showServerDashboard();
        QSignalSpy listed(view, &BackupsView::listed);
        window->dashboard()->tabs()->setCurrentIndex(ServerDashboard::BackupsTab);
        QCOMPARE(window->dashboard()->tabs()->tabText(ServerDashboard::BackupsTab), QStringLiteral("Backups"));
        QVERIFY(view->isVisible());
        QVERIFY(listed.wait(30000));
        QCOMPARE(view->table()->rowCount(), 0);

        QSignalSpy ended(view, &BackupsView::downloadEnded);
        QTest::mouseClick(view->backupButton(), Qt::LeftButton);
        ConfirmActionDialog *confirm = nullptr;
        QTRY_VERIFY((confirm = window->findChild<ConfirmActionDialog *>()) != nullptr);
        QTRY_VERIFY_WITH_TIMEOUT(confirm->isRunEnabled(), 30000);
        QTest::mouseClick(confirm->findChild<QPushButton *>(QStringLiteral("runButton")), Qt::LeftButton);
        QVERIFY(ended.wait(60000));
        QVERIFY2(ended.first().at(0).toBool(), qPrintable(view->banner()->text()));
        QTRY_COMPARE_WITH_TIMEOUT(view->table()->rowCount(), 1, 30000);
        const QString name = view->table()->item(0, BackupsTable::NameColumn)->text();
        QVERIFY2(name.startsWith(QStringLiteral("mastodon-bundle-web1-")), qPrintable(name));
        QTRY_COMPARE_WITH_TIMEOUT(view->table()->item(0, BackupsTable::WhereColumn)->text(),
                                  QStringLiteral("server and this computer"), 30000);
        QCOMPARE(view->table()->item(0, BackupsTable::ChecksumColumn)->text(), QStringLiteral("checksum verified now"));
        QVERIFY(QFileInfo::exists(DesktopBackupFolder(f.copies).pathFor(QStringLiteral("web1"), name)));
        LogPane *log = window->logPane(id);
        QStringList lines;
        for (int i = 0; i < log->lineCount(); ++i)
            lines << log->lineText(i);
        QVERIFY2(lines.join(QLatin1Char('\n')).contains(QStringLiteral("made ") + name),
                 qPrintable(lines.join(QLatin1Char('\n'))));
        qunsetenv("HOSHU_BACKUP_DIR");
    }
};

QTEST_MAIN(TestBackupsView)
#include "test_backups_view.moc"
