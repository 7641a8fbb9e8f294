#include "RefreshController.h"

#include "ExistingCopiesSealer.h"
#include "MonitorHub.h"
#include "SettingsDialog.h"
#include "TrayNotifier.h"
#include "WindowSettings.h"
#include "backups/CopiesFolder.h"
#include "backups/CopiesPassphrase.h"
#include "history/HistoryStore.h"

#include <QMessageBox>

RefreshController::RefreshController(MonitorHub *hub, WindowSettings *settings, QWidget *window)
    : QObject(window)
    , m_hub(hub)
    , m_settings(settings)
    , m_window(window)
    , m_tray(new TrayNotifier(window))
{
    connect(hub, &MonitorHub::turnedCritical, this, &RefreshController::notifyCritical);
}

QString RefreshController::openHistory(const QString &path)
{
    QString error;
    if (!m_hub->openHistory(path, &error))
        return tr("The history database could not be opened, so charts stay empty: %1").arg(error);
    if (!m_hub->history()->setAsidePath().isEmpty())
        return tr("The history database was damaged. It was moved to %1 and a new one was started.")
            .arg(m_hub->history()->setAsidePath());
    return QString();
}

void RefreshController::start()
{
    m_hub->setAutoRefreshMinutes(m_settings->refreshMinutes());
    m_tray->show();
    m_hub->refreshAll();
}

void RefreshController::refresh(const QString &id, const QString &name)
{
    m_hub->refresh(id);
    Q_EMIT statusMessage(tr("Refreshing %1…").arg(name), 5000);
}

void RefreshController::refreshAll()
{
    m_hub->refreshAll();
    Q_EMIT statusMessage(tr("Refreshing all servers…"), 5000);
}

void RefreshController::openSettings()
{
    auto *dialog = new SettingsDialog(m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setIntervalMinutes(m_settings->refreshMinutes());
    dialog->setBackupCopiesDir(CopiesFolder::current());
    dialog->setKeepCopiesUpToDate(CopiesFolder::keepsUpToDate());
    dialog->setEncryptCopies(CopiesFolder::encrypts());
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_settings->setRefreshMinutes(dialog->intervalMinutes());
        m_hub->setAutoRefreshMinutes(dialog->intervalMinutes());
        if (dialog->backupCopiesDir() != CopiesFolder::current()) {
            QString error;
            if (!CopiesFolder::choose(dialog->backupCopiesDir(), &error))
                QMessageBox::warning(m_window, tr("Settings Not Saved"), error);
            Q_EMIT backupCopiesDirChanged(CopiesFolder::current());
        }
        QString error;
        if (dialog->keepCopiesUpToDate() != CopiesFolder::keepsUpToDate()
            && !CopiesFolder::setKeepsUpToDate(dialog->keepCopiesUpToDate(), &error))
            QMessageBox::warning(m_window, tr("Settings Not Saved"), error);
        applyEncryption(dialog->encryptCopies(), dialog->newCopiesPassphrase());
    });
    dialog->open();
}

void RefreshController::applyEncryption(bool on, const SecretBytes &passphrase)
{
    QString error;
    if (!on || passphrase.isEmpty()) {
        if (on != CopiesFolder::encrypts() && !CopiesFolder::setEncrypts(on, &error))
            QMessageBox::warning(m_window, tr("Settings Not Saved"), error);
        return;
    }
    // The passphrase reaches the keychain first: the copies are never "encrypted" without one.
    CopiesPassphrase::store(this, passphrase, [this, passphrase](bool ok, const QString &why) {
        QString error;
        if (!ok) {
            QMessageBox::warning(m_window, tr("Settings Not Saved"),
                                 tr("The passphrase could not be kept in the keychain, so the copies are not "
                                    "encrypted: %1")
                                     .arg(why));
        } else if (!CopiesFolder::setEncrypts(true, &error)) {
            QMessageBox::warning(m_window, tr("Settings Not Saved"), error);
        } else {
            auto *sealer = new ExistingCopiesSealer(CopiesFolder::current(), passphrase, m_window);
            connect(sealer, &ExistingCopiesSealer::sealed, this,
                    [this] { Q_EMIT backupCopiesDirChanged(CopiesFolder::current()); });
            sealer->offer();
        }
    });
}

void RefreshController::notifyCritical(const QString &id, const QString &title, const QString &message)
{
    Q_UNUSED(id)
    Q_EMIT statusMessage(title, 15000);
    m_tray->notifyCritical(title, message);
}
