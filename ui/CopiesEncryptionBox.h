#pragma once

#include "common/SecretBytes.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;

// Settings' "Encrypt new copies with a passphrase": the choice, the passphrase typed twice
// (left empty, the one in the keychain stays), and what it means: without the passphrase
// nobody opens the copies, and how to open one without Hoshu. Disabled, with the reason,
// where gpg is not installed.
class CopiesEncryptionBox : public QWidget
{
    Q_OBJECT

public:
    explicit CopiesEncryptionBox(QWidget *parent = nullptr);

    // ON: the copies are encrypted now, so a passphrase is in the keychain already.
    void setEncrypting(bool on);
    bool encrypts() const;
    SecretBytes newPassphrase() const; // empty: keep the one in the keychain
    // False, with the reason shown under the fields, when the choice cannot be kept as typed.
    bool validate();

private:
    void updateFields();

    QCheckBox *m_encrypt;
    QLineEdit *m_passphrase;
    QLineEdit *m_again;
    QLabel *m_problem;
    bool m_stored = false;
};
