#pragma once

#include "common/SecretBytes.h"

#include "servers/SecretStore.h"

#include <QDialog>

class QCheckBox;
class QLineEdit;

// Asks for a password, key passphrase or sudo password (never echoed), with
// the choice to remember it in the system keychain.
class SecretPromptDialog : public QDialog
{
    Q_OBJECT

public:
    SecretPromptDialog(SecretStore::Kind kind, const QString &serverName, const QString &reason,
                       QWidget *parent = nullptr);
    ~SecretPromptDialog() override;

    // Takes the secret out of the field (which is then cleared).
    SecretBytes takeSecret(); // and clears the field
    bool remember() const;
    SecretStore::Kind kind() const { return m_kind; }

    static QString kindLabel(SecretStore::Kind kind);

private:
    SecretStore::Kind m_kind;
    QLineEdit *m_secret;
    QCheckBox *m_remember;
};
