#include "HostKeyDialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace {

QLineEdit *monospaceField(const QString &text, const QString &name, QWidget *parent)
{
    auto *field = new QLineEdit(text, parent);
    field->setObjectName(name);
    field->setReadOnly(true);
    field->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    field->setCursorPosition(0);
    field->setMinimumWidth(field->fontMetrics().horizontalAdvance(text) + 24);
    return field;
}

} // namespace

HostKeyDialog::HostKeyDialog(const HostKeyInfo &info, QWidget *parent)
    : QDialog(parent)
    , m_info(info)
{
    setObjectName(QStringLiteral("hostKeyDialog"));
    setWindowTitle(tr("Unknown Host Key"));

    auto *icon = new QLabel(this);
    const int size = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxQuestion).pixmap(QSize(size, size), devicePixelRatioF()));

    auto *intro = new QLabel(
        tr("This is the first connection to <b>%1</b>. Hoshu does not know this server's host key yet, so it "
           "cannot tell whether it is really your server or someone in between.")
            .arg(info.host.toHtmlEscaped()),
        this);
    intro->setObjectName(QStringLiteral("hostKeyIntro"));
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::RichText);

    auto *form = new QFormLayout;
    auto addRow = [&](const QString &label, QWidget *field) {
        auto *l = new QLabel(label, this);
        l->setBuddy(field);
        form->addRow(l, field);
    };
    auto *host = new QLabel(info.host, this);
    host->setObjectName(QStringLiteral("hostKeyHost"));
    host->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(tr("Host:"), host);
    auto *port = new QLabel(QString::number(info.port), this);
    port->setObjectName(QStringLiteral("hostKeyPort"));
    form->addRow(tr("Port:"), port);
    auto *type = new QLabel(info.keyType, this);
    type->setObjectName(QStringLiteral("hostKeyType"));
    type->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(tr("Key type:"), type);
    addRow(tr("&Fingerprint:"), monospaceField(info.fingerprintSha256, QStringLiteral("fingerprintField"), this));

    auto *howTo = new QLabel(tr("To check it, run this on the server's console (for example the web console of "
                                "your hosting provider), not over this same connection:"),
                             this);
    howTo->setWordWrap(true);
    auto *command = monospaceField(verifyCommand(info.keyType), QStringLiteral("verifyCommandField"), this);
    auto *compare = new QLabel(tr("If it prints the same SHA256 fingerprint, trust the key. If it is different, "
                                  "do not connect and find out why first."),
                               this);
    compare->setWordWrap(true);

    auto *where = new QLabel(this);
    where->setObjectName(QStringLiteral("knownHostsNote"));
    where->setWordWrap(true);
    where->setTextInteractionFlags(Qt::TextSelectableByMouse);
    if (!info.knownHostsFile.isEmpty())
        where->setText(tr("A trusted key is saved in %1.").arg(QDir::toNativeSeparators(info.knownHostsFile)));
    else
        where->hide();

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *trust = buttons->addButton(tr("&Trust and Connect"), QDialogButtonBox::AcceptRole);
    trust->setObjectName(QStringLiteral("trustButton"));
    trust->setAutoDefault(false);
    trust->setDefault(false);
    QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    cancel->setDefault(true); // Enter must never trust a key by accident
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *top = new QHBoxLayout;
    top->addWidget(icon, 0, Qt::AlignTop);
    top->addWidget(intro, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(form);
    layout->addWidget(howTo);
    layout->addWidget(command);
    layout->addWidget(compare);
    layout->addWidget(where);
    layout->addWidget(buttons);
    cancel->setFocus();
}

QString HostKeyDialog::fingerprintText() const
{
    return m_info.fingerprintSha256;
}

QString HostKeyDialog::verifyCommand(const QString &keyType)
{
    QString file = QStringLiteral("ed25519");
    if (keyType.contains(QLatin1String("ecdsa")))
        file = QStringLiteral("ecdsa");
    else if (keyType.contains(QLatin1String("rsa")))
        file = QStringLiteral("rsa");
    return QStringLiteral("ssh-keygen -lf /etc/ssh/ssh_host_%1_key.pub").arg(file);
}
