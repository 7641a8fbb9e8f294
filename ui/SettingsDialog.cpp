#include "SettingsDialog.h"

#include "CopiesEncryptionBox.h"
#include "common/AppPaths.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

SettingsDialog::SettingsDialog(QWidget *parent)
    : QDialog(parent)
    , m_interval(new QComboBox(this))
    , m_copiesDir(new QLineEdit(this))
    , m_keepUpToDate(new QCheckBox(tr("Keep the copies up to date: while Hoshu runs, copy the newest bundle of "
                                      "each server that has a copy here once a day"),
                                   this))
    , m_encryption(new CopiesEncryptionBox(this))
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    m_interval->setObjectName(QStringLiteral("autoRefreshCombo"));
    for (int minutes : intervalChoices()) {
        m_interval->addItem(minutes == 0 ? tr("Off (refresh only with F5)")
                                         : tr("Every %n minute(s)", nullptr, minutes),
                            minutes);
    }
    setIntervalMinutes(defaultIntervalMinutes());

    auto *note = new QLabel(tr("A refresh is read-only: it runs one short check script on each server and "
                               "changes nothing. The slow disk measurement runs only when you ask for it."),
                            this);
    note->setWordWrap(true);

    m_copiesDir->setObjectName(QStringLiteral("copiesDirEdit"));
    m_copiesDir->setPlaceholderText(QDir::toNativeSeparators(AppPaths::backupCopiesDir()));
    m_copiesDir->setClearButtonEnabled(true);
    auto *choose = new QPushButton(tr("Choose…"), this);
    choose->setObjectName(QStringLiteral("copiesDirChoose"));
    connect(choose, &QPushButton::clicked, this, &SettingsDialog::chooseCopiesDir);
    auto *copiesRow = new QHBoxLayout;
    copiesRow->addWidget(m_copiesDir, 1);
    copiesRow->addWidget(choose);
    auto *copiesNote = new QLabel(tr("The bundles hold each server's secrets (.env.production, keys, the "
                                     "database): keep this folder private. Hoshu makes it and each server's "
                                     "folder readable by you only (0700) and every copy 0600. hoshu-cli backups lists "
                                     "this folder too; hoshu-cli backup copies into the folder given with "
                                     "--download."),
                                  this);
    copiesNote->setObjectName(QStringLiteral("copiesDirNote"));
    copiesNote->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("Check every server automatically:"), m_interval);
    auto *copiesForm = new QFormLayout;
    copiesForm->addRow(tr("Keep backup copies in:"), copiesRow);
    m_keepUpToDate->setObjectName(QStringLiteral("keepUpToDateCheck"));
    m_keepUpToDate->setChecked(true);
    copiesForm->addRow(QString(), m_keepUpToDate);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("settingsButtons"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addSpacing(12);
    layout->addLayout(copiesForm);
    layout->addWidget(copiesNote);
    layout->addSpacing(8);
    layout->addWidget(m_encryption);
    layout->addStretch(1);
    layout->addWidget(buttons);
    setMinimumWidth(560);
}

void SettingsDialog::setIntervalMinutes(int minutes)
{
    const int index = m_interval->findData(minutes);
    m_interval->setCurrentIndex(index >= 0 ? index : m_interval->findData(defaultIntervalMinutes()));
}

int SettingsDialog::intervalMinutes() const
{
    return m_interval->currentData().toInt();
}

void SettingsDialog::setBackupCopiesDir(const QString &root)
{
    m_copiesDir->setText(QDir::cleanPath(root) == AppPaths::backupCopiesDir() ? QString()
                                                                              : QDir::toNativeSeparators(root));
}

QString SettingsDialog::backupCopiesDir() const
{
    const QString text = m_copiesDir->text().trimmed();
    return text.isEmpty() ? AppPaths::backupCopiesDir() : QDir::cleanPath(QDir::fromNativeSeparators(text));
}

void SettingsDialog::chooseCopiesDir()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Keep Backup Copies In"), backupCopiesDir());
    if (!dir.isEmpty())
        setBackupCopiesDir(dir);
}

void SettingsDialog::setKeepCopiesUpToDate(bool on)
{
    m_keepUpToDate->setChecked(on);
}

bool SettingsDialog::keepCopiesUpToDate() const
{
    return m_keepUpToDate->isChecked();
}

void SettingsDialog::setEncryptCopies(bool on)
{
    m_encryption->setEncrypting(on);
}

bool SettingsDialog::encryptCopies() const
{
    return m_encryption->encrypts();
}

SecretBytes SettingsDialog::newCopiesPassphrase() const
{
    return m_encryption->newPassphrase();
}

void SettingsDialog::accept()
{
    if (m_encryption->validate())
        QDialog::accept();
}
