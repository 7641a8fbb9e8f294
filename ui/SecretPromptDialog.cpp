#include "SecretPromptDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

SecretPromptDialog::SecretPromptDialog(SecretStore::Kind kind, const QString &serverName, const QString &reason,
                                       QWidget *parent)
    : QDialog(parent)
    , m_kind(kind)
    , m_secret(new QLineEdit(this))
    , m_remember(new QCheckBox(tr("&Remember in the system keychain"), this))
{
    setObjectName(QStringLiteral("secretPromptDialog"));
    switch (kind) {
    case SecretStore::Kind::Password:
        setWindowTitle(tr("Password for %1").arg(serverName));
        break;
    case SecretStore::Kind::KeyPassphrase:
        setWindowTitle(tr("Key Passphrase for %1").arg(serverName));
        break;
    case SecretStore::Kind::SudoPassword:
        setWindowTitle(tr("sudo Password for %1").arg(serverName));
        break;
    case SecretStore::Kind::CopiesPassphrase:
        setWindowTitle(tr("Passphrase of the Backup Copies"));
        break;
    }

    // The copies' passphrase typed here opens one copy; the one kept is set in Settings.
    m_remember->setVisible(kind != SecretStore::Kind::CopiesPassphrase);
    auto *reasonLabel = new QLabel(reason, this);
    reasonLabel->setObjectName(QStringLiteral("secretReason"));
    reasonLabel->setWordWrap(true);
    reasonLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    reasonLabel->setVisible(!reason.isEmpty());

    m_secret->setObjectName(QStringLiteral("secretEdit"));
    m_secret->setEchoMode(QLineEdit::Password);
    m_secret->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
    m_remember->setObjectName(QStringLiteral("rememberSecretCheck"));
    m_remember->setToolTip(tr("Stored by your operating system's keychain, never in a Hoshu file."));

    auto *form = new QFormLayout;
    auto *label = new QLabel(kindLabel(kind), this);
    label->setBuddy(m_secret);
    form->addRow(label, m_secret);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("okButton"));
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    connect(m_secret, &QLineEdit::textChanged, this,
            [buttons](const QString &text) { buttons->button(QDialogButtonBox::Ok)->setEnabled(!text.isEmpty()); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(reasonLabel);
    layout->addLayout(form);
    layout->addWidget(m_remember);
    layout->addWidget(buttons);
    m_secret->setFocus();
}

SecretPromptDialog::~SecretPromptDialog()
{
    m_secret->clear();
}

SecretBytes SecretPromptDialog::takeSecret()
{
    QString text = m_secret->text();
    m_secret->clear();
    const SecretBytes secret = SecretBytes::fromUtf8(text);
    SecretBytes::wipe(text);
    return secret;
}

bool SecretPromptDialog::remember() const
{
    return m_remember->isChecked();
}

QString SecretPromptDialog::kindLabel(SecretStore::Kind kind)
{
    switch (kind) {
    case SecretStore::Kind::Password:
        return tr("&Password:");
    case SecretStore::Kind::KeyPassphrase:
        return tr("Key &passphrase:");
    case SecretStore::Kind::SudoPassword:
        return tr("&sudo password:");
    case SecretStore::Kind::CopiesPassphrase:
        return tr("&Passphrase:");
    }
    return QString();
}
