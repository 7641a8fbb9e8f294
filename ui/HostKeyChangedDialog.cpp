#include "HostKeyChangedDialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

HostKeyChangedDialog::HostKeyChangedDialog(const QString &serverName, const SshError &error, const HostKeyInfo &info,
                                           QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("hostKeyChangedDialog"));
    setWindowTitle(tr("Host Key Changed"));

    auto *icon = new QLabel(this);
    const int size = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxCritical).pixmap(QSize(size, size), devicePixelRatioF()));

    auto *headline = new QLabel(tr("Hoshu did not connect to %1.").arg(serverName), this);
    headline->setTextFormat(Qt::PlainText);
    QFont bold = headline->font();
    bold.setBold(true);
    headline->setFont(bold);
    headline->setWordWrap(true);

    QStringList parts;
    parts << (error.isError() ? error.title() : tr("Host key changed"));
    if (error.isError() && !error.explanation().isEmpty())
        parts << error.explanation();
    if (!info.fingerprintSha256.isEmpty())
        parts << tr("The server now presents this %1 key:\n%2").arg(info.keyType, info.fingerprintSha256);
    parts << tr("If you reinstalled the server or replaced its keys yourself, check the new fingerprint on the "
                "server's console, then remove the old key for %1 from %2 and connect again. Otherwise, do not "
                "connect: someone may be intercepting the connection.")
                 .arg(info.host.isEmpty() ? serverName : info.host,
                      QDir::toNativeSeparators(info.knownHostsFile.isEmpty() ? QStringLiteral("known_hosts")
                                                                              : info.knownHostsFile));
    if (error.isError() && !error.detail.isEmpty())
        parts << tr("Technical detail: %1").arg(error.detail);
    m_text = parts.join(QStringLiteral("\n\n"));

    // Read-only text area: the whole explanation can be selected and copied.
    auto *text = new QPlainTextEdit(m_text, this);
    text->setObjectName(QStringLiteral("hostKeyChangedText"));
    text->setReadOnly(true);
    text->setMinimumSize(480, 220);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("closeButton"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *top = new QHBoxLayout;
    top->addWidget(icon, 0, Qt::AlignTop);
    top->addWidget(headline, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(text, 1);
    layout->addWidget(buttons);
}
