#pragma once

#include "common/SecretBytes.h"

#include <QDialog>

class CopiesEncryptionBox;
class QCheckBox;
class QComboBox;
class QLineEdit;

// Preferences: how often every server is checked by itself, where the backup bundles
// copied off the servers are kept, whether Hoshu keeps those copies up to date, and
// whether it encrypts them.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(QWidget *parent = nullptr);

    static QList<int> intervalChoices() { return {0, 1, 5, 15, 60}; } // minutes; 0 = off
    static int defaultIntervalMinutes() { return 5; }
    static QString intervalKey() { return QStringLiteral("refresh/intervalMinutes"); }

    void setIntervalMinutes(int minutes);
    int intervalMinutes() const;
    void setBackupCopiesDir(const QString &root);
    QString backupCopiesDir() const;
    void setKeepCopiesUpToDate(bool on);
    bool keepCopiesUpToDate() const;
    void setEncryptCopies(bool on); // on: a passphrase is in the keychain already
    bool encryptCopies() const;
    SecretBytes newCopiesPassphrase() const; // empty: keep the one in the keychain

    void accept() override; // not while the passphrase typed cannot be kept

private:
    void chooseCopiesDir();

    QComboBox *m_interval;
    QLineEdit *m_copiesDir;
    QCheckBox *m_keepUpToDate;
    CopiesEncryptionBox *m_encryption;
};
