#include "ExistingCopiesSealer.h"

#include "backups/CopyCipher.h"
#include "backups/DesktopBackupFolder.h"
#include "backups/FileWorkJob.h"

#include <QMessageBox>
#include <QProgressDialog>
#include <QWidget>

#include <memory>

ExistingCopiesSealer::ExistingCopiesSealer(const QString &copiesRoot, const SecretBytes &passphrase, QWidget *window)
    : QObject(window)
    , m_root(copiesRoot)
    , m_passphrase(passphrase)
    , m_window(window)
{
}

void ExistingCopiesSealer::offer()
{
    const QList<DesktopCopy> plain = DesktopBackupFolder(m_root).plainCopies();
    if (plain.isEmpty()) {
        deleteLater();
        return;
    }
    const auto answer = QMessageBox::question(
        m_window, tr("Encrypt the Copies Already Here?"),
        tr("%n copy(ies) on this computer were made before and are not encrypted. Encrypt them with the same "
           "passphrase? Each NAME.tar becomes NAME.tar.gpg; its checksum record stays.",
           nullptr, int(plain.size())),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
    if (answer != QMessageBox::Yes) {
        deleteLater();
        return;
    }
    auto *busy = new QProgressDialog(tr("Encrypting %n copy(ies) on this computer…", nullptr, int(plain.size())),
                                     QString(), 0, 0, m_window);
    busy->setObjectName(QStringLiteral("sealingCopiesDialog"));
    busy->setWindowTitle(tr("Encrypting the Copies"));
    busy->setMinimumDuration(0);
    busy->setWindowModality(Qt::WindowModal);
    busy->show();
    auto *job = new FileWorkJob(this);
    auto failures = std::make_shared<QStringList>();
    connect(job, &FileWorkJob::finished, this, [this, busy, failures, count = int(plain.size())] {
        busy->deleteLater();
        const int done = count - int(failures->size());
        if (failures->isEmpty())
            QMessageBox::information(m_window, tr("Copies Encrypted"), tr("%n copy(ies) encrypted.", nullptr, done));
        else
            QMessageBox::warning(m_window, tr("Copies Encrypted"),
                                 tr("%n copy(ies) encrypted; these could not be, and stay as they were:", nullptr, done)
                                     + QLatin1Char('\n') + failures->join(QLatin1Char('\n')));
        Q_EMIT sealed(done);
        deleteLater();
    });
    const SecretBytes passphrase = m_passphrase;
    job->start([plain, passphrase, failures](QString *) {
        for (const DesktopCopy &c : plain) {
            QString error;
            if (!CopyCipher::sealCopy(c.path, passphrase, &error))
                failures->append(error);
        }
        return true;
    });
}
