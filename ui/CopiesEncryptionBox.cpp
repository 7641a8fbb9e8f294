#include "CopiesEncryptionBox.h"

#include "backups/CopyCipher.h"
#include "backups/GpgProgram.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

CopiesEncryptionBox::CopiesEncryptionBox(QWidget *parent)
    : QWidget(parent)
    , m_encrypt(new QCheckBox(tr("Encrypt new copies with a passphrase (OpenPGP, AES-256)"), this))
    , m_passphrase(new QLineEdit(this))
    , m_again(new QLineEdit(this))
    , m_problem(new QLabel(this))
{
    m_encrypt->setObjectName(QStringLiteral("encryptCopiesCheck"));
    m_passphrase->setObjectName(QStringLiteral("copiesPassphraseEdit"));
    m_again->setObjectName(QStringLiteral("copiesPassphraseAgainEdit"));
    for (QLineEdit *edit : {m_passphrase, m_again})
        edit->setEchoMode(QLineEdit::Password);
    m_problem->setObjectName(QStringLiteral("copiesPassphraseProblem"));
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setStyleSheet(QStringLiteral("color: palette(highlight);"));
    m_problem->hide();

    const bool haveGpg = GpgProgram::isAvailable();
    auto *note = new QLabel(haveGpg ? tr("Without the passphrase nobody can open the copies, Hoshu included: keep it "
                                         "in a password manager or on paper as well. Hoshu keeps it in this "
                                         "computer's keychain. A copy opens without Hoshu with: gpg -d NAME.tar.gpg > "
                                         "NAME.tar. Copies made before stay as they are, with the passphrase they "
                                         "were made with.")
                                    : GpgProgram::missingReason(),
                            this);
    note->setObjectName(QStringLiteral("copiesEncryptNote"));
    note->setWordWrap(true);
    note->setTextFormat(Qt::PlainText);
    m_encrypt->setEnabled(haveGpg);

    auto *fields = new QFormLayout;
    fields->addRow(tr("Passphrase:"), m_passphrase);
    fields->addRow(tr("Again:"), m_again);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_encrypt);
    layout->addLayout(fields);
    layout->addWidget(m_problem);
    layout->addWidget(note);
    connect(m_encrypt, &QCheckBox::toggled, this, &CopiesEncryptionBox::updateFields);
    updateFields();
}

void CopiesEncryptionBox::setEncrypting(bool on)
{
    m_stored = on;
    m_encrypt->setChecked(on && m_encrypt->isEnabled());
    updateFields();
}

bool CopiesEncryptionBox::encrypts() const
{
    return m_encrypt->isChecked();
}

SecretBytes CopiesEncryptionBox::newPassphrase() const
{
    return encrypts() ? SecretBytes::fromUtf8(m_passphrase->text()) : SecretBytes();
}

bool CopiesEncryptionBox::validate()
{
    QString problem;
    if (encrypts() && (!m_stored || !m_passphrase->text().isEmpty() || !m_again->text().isEmpty())) {
        const SecretBytes typed = SecretBytes::fromUtf8(m_passphrase->text());
        if (m_passphrase->text() != m_again->text())
            problem = tr("The two passphrases differ: type the same one twice.");
        else
            problem = CopyCipher::passphraseProblem(typed);
    }
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    return problem.isEmpty();
}

void CopiesEncryptionBox::updateFields()
{
    const bool on = encrypts();
    m_passphrase->setEnabled(on);
    m_again->setEnabled(on);
    const QString placeholder = m_stored ? tr("(kept in the keychain; type a new one to change it)") : QString();
    m_passphrase->setPlaceholderText(placeholder);
    if (!on)
        m_problem->hide();
}
