// hoshu-shots: the real main window against a real server, photographed, so that a change to
// what users see is looked at (in both languages) before it lands. Not a test: it asserts
// nothing and needs a server; tests/tools/take-screenshots.sh boots a test host for it.
//
//   hoshu-shots OUTDIR SERVER [--lang en|ja] [--fix BUTTON]... [--copy-here [--encrypt]]
//
// Selects SERVER (a profile in HOSHU_CONFIG_DIR), checks it, and writes OUTDIR/findings.png
// (the Findings tab). For each --fix BUTTON (an objectName, or its start: "fixButton_disk.",
// "preventButton_media.set_cache_retention") it clicks that button, writes the confirmation
// (N-confirm.png), runs the action, waits for its end and the re-check and writes N-after.png (the tab
// with the log pane). With --copy-here it presses backup.no_offsite_copy's "Copy the newest
// backup here" (copy-here-card.png: the card), writes backups.png (the Backups tab once the copy is here) and, after the
// re-check, copied-findings.png; on the way download-progress.png (the copy coming here) and
// restore-progress.png (the copy sent back for a restore, then cancelled), and at the end
// settings.png (Settings, encryption being turned on); with --encrypt the copies are encrypted
// (the copy is NAME.tar.gpg, the restore opens it first). Ends with audit.png (the Audit tab).
// Exits 1 when a step times out.
#include "BackupsView.h"
#include "ConfirmActionDialog.h"
#include "FindingCard.h"
#include "MainWindow.h"
#include "ServerDashboard.h"
#include "SettingsDialog.h"
#include "backups/CopiesFolder.h"
#include "backups/CopiesPassphrase.h"
#include "backups/DesktopBackupFolder.h"
#include "common/AppPaths.h"
#include "common/Translations.h"
#include "servers/ProfileStore.h"

#include <QApplication>
#include <QCheckBox>
#include <QLineEdit>
#include <QProgressBar>
#include <QDeadlineTimer>
#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QTabWidget>
#include <QTextStream>
#include <QThread>

namespace {

QTextStream &err()
{
    static QTextStream s(stderr);
    return s;
}

// Runs the event loop until ready() or the timeout; false on timeout.
template<typename Ready>
bool waitFor(Ready ready, int seconds)
{
    const QDeadlineTimer deadline(seconds * 1000);
    while (!ready()) {
        if (deadline.hasExpired())
            return false;
        QApplication::processEvents(QEventLoop::AllEvents, 50);
        QThread::msleep(20);
    }
    return true;
}

void settle(int ms)
{
    const QDeadlineTimer deadline(ms);
    while (!deadline.hasExpired())
        QApplication::processEvents(QEventLoop::AllEvents, 20);
}

bool save(QWidget *w, const QString &path)
{
    settle(300);
    const bool ok = w->grab().save(path);
    err() << (ok ? "wrote " : "could not write ") << path << Qt::endl;
    return ok;
}

QPushButton *button(QWidget *root, const QString &start)
{
    for (QPushButton *b : root->findChildren<QPushButton *>()) {
        if (b->objectName().startsWith(start) && b->isVisibleTo(root))
            return b;
    }
    return nullptr;
}

ConfirmActionDialog *openConfirmation()
{
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (auto *d = qobject_cast<ConfirmActionDialog *>(w); d && d->isVisible())
            return d;
    }
    return nullptr;
}

void showTab(ServerDashboard *dashboard, const QString &objectName)
{
    auto *tabs = dashboard->findChild<QTabWidget *>(QStringLiteral("serverTabs"));
    for (int i = 0; tabs && i < tabs->count(); ++i) {
        if (tabs->widget(i)->objectName() == objectName)
            tabs->setCurrentIndex(i);
    }
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    QString lang = QStringLiteral("en");
    QStringList fixes;
    QStringList positional;
    const bool copyHere = args.removeAll(QStringLiteral("--copy-here")) > 0;
    const bool encrypt = args.removeAll(QStringLiteral("--encrypt")) > 0;
    for (int i = 0; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--lang") && i + 1 < args.size())
            lang = args.at(++i);
        else if (args.at(i) == QLatin1String("--fix") && i + 1 < args.size())
            fixes << args.at(++i);
        else
            positional << args.at(i);
    }
    if (positional.size() != 2) {
        err() << "usage: hoshu-shots OUTDIR SERVER [--lang en|ja] [--fix BUTTON]..." << Qt::endl;
        return 2;
    }
    const QString out = positional.at(0);
    QDir().mkpath(out);
    Translations::install(app, lang);

    ProfileStore store(AppPaths::profilesFile());
    store.load();
    const auto profile = store.findByName(positional.at(1));
    if (!profile) {
        err() << "no server named " << positional.at(1) << " in " << AppPaths::profilesFile() << Qt::endl;
        return 2;
    }
    if (encrypt) {
        // The copies encrypted as Settings would keep it: the passphrase in this session's keychain.
        bool stored = false;
        bool done = false;
        CopiesPassphrase::store(&app, SecretBytes::fromUtf8(QStringLiteral("hoshu-shots passphrase")),
                                [&](bool ok, const QString &) { stored = ok; done = true; });
        QString error;
        if (!waitFor([&] { return done; }, 60) || !stored || !CopiesFolder::setEncrypts(true, &error)) {
            err() << "cannot turn the copies' encryption on " << error << Qt::endl;
            return 1;
        }
    }
    MainWindow window;
    window.resize(1400, 950);
    window.show();
    window.selectServer(profile->id);
    window.showServerDashboard();
    window.refreshCurrent();
    ServerDashboard *dashboard = window.dashboard();
    showTab(dashboard, QStringLiteral("findingsView"));
    auto checked = [&] { return !dashboard->findChildren<FindingCard *>().isEmpty(); };
    if (!waitFor(checked, 180)) {
        err() << "no findings after 180 s" << Qt::endl;
        return 1;
    }
    settle(3000); // the slow tier's findings arrive after the first ones
    bool ok = save(&window, out + QStringLiteral("/findings.png"));

    int n = 0;
    for (const QString &name : std::as_const(fixes)) {
        ++n;
        QPushButton *b = button(dashboard, name);
        if (!b) {
            err() << "no visible button " << name << Qt::endl;
            return 1;
        }
        if (auto *scroll = dashboard->findChild<QScrollArea *>(QStringLiteral("findingsScroll")))
            scroll->ensureWidgetVisible(b, 20, 200);
        b->click();
        ConfirmActionDialog *dialog = nullptr;
        if (!waitFor([&] { return (dialog = openConfirmation()) != nullptr; }, 60)) {
            err() << name << ": no confirmation within 60 s" << Qt::endl;
            return 1;
        }
        ok = save(dialog, out + QStringLiteral("/%1-confirm.png").arg(n)) && ok;
        auto *run = dialog->findChild<QPushButton *>(QStringLiteral("runButton"));
        if (!run || !run->isEnabled()) {
            err() << name << ": the confirmation's run button is not enabled (a typed name?)" << Qt::endl;
            return 1;
        }
        run->click();
        // Done when no run is in progress any more and the re-check after it has come.
        const auto running = [&] {
            for (QWidget *w : window.findChildren<QWidget *>(QStringLiteral("cancelRunButton"))) {
                if (w->isVisible())
                    return true;
            }
            return false;
        };
        waitFor(running, 30);
        if (!waitFor([&] { return !running(); }, 900))
            err() << name << ": still running after 900 s" << Qt::endl;
        settle(8000); // the re-check after the run
        showTab(dashboard, QStringLiteral("findingsView"));
        ok = save(&window, out + QStringLiteral("/%1-after.png").arg(n)) && ok;
    }
    if (copyHere) {
        // backup.no_offsite_copy comes with the slow tier (the backups), after the first findings.
        showTab(dashboard, QStringLiteral("findingsView"));
        QPushButton *b = nullptr;
        waitFor([&] { return (b = button(dashboard, QStringLiteral("copyHereButton_"))) != nullptr; }, 180);
        BackupsView *view = dashboard->backupsView(profile->id);
        if (!b || !view) {
            err() << "no visible copyHereButton_ after 180 s (is backup.no_offsite_copy there?)" << Qt::endl;
            return 1;
        }
        if (auto *scroll = dashboard->findChild<QScrollArea *>(QStringLiteral("findingsScroll")))
            scroll->ensureWidgetVisible(b, 20, 200);
        ok = save(&window, out + QStringLiteral("/copy-here-card.png")) && ok;
        b->click();
        waitFor([&] { return view->isDownloading(); }, 60);
        auto *bar = view->findChild<QProgressBar *>(QStringLiteral("backupsProgress"));
        const auto pastAQuarter = [bar] { return bar && bar->maximum() > 0 && bar->value() > bar->maximum() / 4; };
        waitFor([&] { return !view->isDownloading() || pastAQuarter(); }, 600);
        ok = (view->isDownloading() && save(&window, out + QStringLiteral("/download-progress.png"))) && ok;
        if (!waitFor([&] { return !view->isDownloading(); }, 600)) {
            err() << "the copy did not end within 600 s" << Qt::endl;
            return 1;
        }
        ok = save(&window, out + QStringLiteral("/backups.png")) && ok;
        // The copy sent back to the server for a restore, photographed on its way, then cancelled.
        const QList<DesktopCopy> copies = DesktopBackupFolder(CopiesFolder::current()).list(profile->name);
        if (copies.isEmpty()) {
            err() << "no copy here after the copy" << Qt::endl;
            return 1;
        }
        view->sendForRestore(copies.constFirst());
        waitFor([&] { return !view->isSending() || pastAQuarter(); }, 600);
        ok = (view->isSending() && save(&window, out + QStringLiteral("/restore-progress.png"))) && ok;
        view->cancelDownload();
        waitFor([&] { return !view->isSending(); }, 60);
        settle(8000); // the re-check the copy asks for
        showTab(dashboard, QStringLiteral("findingsView"));
        ok = save(&window, out + QStringLiteral("/copied-findings.png")) && ok;
    }
    showTab(dashboard, QStringLiteral("auditView"));
    ok = save(&window, out + QStringLiteral("/audit.png")) && ok;
    if (copyHere) {
        // Settings with the copies' encryption being turned on (nothing is kept: not accepted).
        SettingsDialog settings(&window);
        settings.setBackupCopiesDir(CopiesFolder::current());
        settings.findChild<QCheckBox *>(QStringLiteral("encryptCopiesCheck"))->setChecked(true);
        for (const char *name : {"copiesPassphraseEdit", "copiesPassphraseAgainEdit"})
            settings.findChild<QLineEdit *>(QLatin1String(name))->setText(QStringLiteral("a passphrase"));
        settings.show();
        ok = save(&settings, out + QStringLiteral("/settings.png")) && ok;
    }
    return ok ? 0 : 1;
}
