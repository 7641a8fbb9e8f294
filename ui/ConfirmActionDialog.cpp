#include "ConfirmActionDialog.h"

#include "RiskBadge.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

ConfirmActionDialog::ConfirmActionDialog(const Request &request, QWidget *parent)
    : QDialog(parent)
    , m_request(request)
    , m_command(new QPlainTextEdit(this))
    , m_run(new QPushButton(tr("&Run"), this))
{
    setObjectName(QStringLiteral("confirmActionDialog"));
    setWindowTitle(tr("Run “%1” on %2?").arg(request.actionTitle, request.serverName));

    auto *title = new QLabel(request.actionTitle, this);
    title->setObjectName(QStringLiteral("confirmActionTitle"));
    QFont bold = title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    title->setFont(bold);
    title->setWordWrap(true);

    auto *form = new QFormLayout;
    auto *server = new QLabel(request.serverName, this);
    server->setObjectName(QStringLiteral("confirmServerName"));
    server->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(tr("Server:"), server);
    auto *riskRow = new QWidget(this);
    auto *riskLayout = new QHBoxLayout(riskRow);
    riskLayout->setContentsMargins(0, 0, 0, 0);
    riskLayout->addWidget(new RiskBadge(request.risk, riskRow));
    auto *riskText = new QLabel(RiskBadge::explanation(request.risk), riskRow);
    riskText->setObjectName(QStringLiteral("confirmRiskExplanation"));
    riskText->setWordWrap(true);
    riskLayout->addWidget(riskText, 1);
    form->addRow(tr("Risk:"), riskRow);

    auto *description = new QLabel(request.actionDescription, this);
    description->setObjectName(QStringLiteral("confirmActionDescription"));
    description->setWordWrap(true);
    description->setVisible(!request.actionDescription.isEmpty());

    auto *commandLabel = new QLabel(tr("This exact command will run on the server:"), this);
    commandLabel->setBuddy(m_command);
    m_command->setObjectName(QStringLiteral("commandView"));
    m_command->setReadOnly(true);
    m_command->setPlainText(request.displayCommand);
    m_command->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_command->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_command->setMinimumSize(520, 120);

    auto *copy = new QPushButton(tr("&Copy Command"), this);
    copy->setObjectName(QStringLiteral("copyCommandButton"));
    copy->setAutoDefault(false);
    connect(copy, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(m_request.displayCommand); });
    auto *copyRow = new QHBoxLayout;
    copyRow->addStretch();
    copyRow->addWidget(copy);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addLayout(form);
    layout->addWidget(description);
    layout->addWidget(commandLabel);
    layout->addWidget(m_command, 1);
    layout->addLayout(copyRow);

    if (request.confirmByTypingName) {
        auto *typeLabel =
            new QLabel(tr("To confirm, type the server name <b>%1</b>:").arg(request.serverName.toHtmlEscaped()), this);
        typeLabel->setTextFormat(Qt::RichText);
        typeLabel->setWordWrap(true);
        m_typeName = new QLineEdit(this);
        m_typeName->setObjectName(QStringLiteral("typeNameEdit"));
        m_typeName->setPlaceholderText(request.serverName);
        typeLabel->setBuddy(m_typeName);
        layout->addWidget(typeLabel);
        layout->addWidget(m_typeName);
        connect(m_typeName, &QLineEdit::textChanged, this, &ConfirmActionDialog::updateRunButton);
    }

    auto *buttons = new QDialogButtonBox(this);
    m_run->setObjectName(QStringLiteral("runButton"));
    buttons->addButton(m_run, QDialogButtonBox::AcceptRole);
    QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (isRunEnabled())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    // Enter runs only a safe action; anything that interrupts or destroys
    // needs a deliberate click on Run.
    const bool dangerous = request.risk == Risk::Disruptive || request.risk == Risk::Destructive;
    // While the name is being typed, Enter does nothing at all.
    m_run->setAutoDefault(false);
    m_run->setDefault(!dangerous && !request.confirmByTypingName);
    cancel->setAutoDefault(!request.confirmByTypingName);
    cancel->setDefault(dangerous && !request.confirmByTypingName);
    if (m_typeName)
        m_typeName->setFocus();
    else
        (dangerous ? cancel : m_run)->setFocus();
    updateRunButton();
}

QString ConfirmActionDialog::commandText() const
{
    return m_command->toPlainText();
}

bool ConfirmActionDialog::isRunEnabled() const
{
    return m_run->isEnabled();
}

void ConfirmActionDialog::updateRunButton()
{
    if (!m_typeName) {
        m_run->setEnabled(true);
        return;
    }
    m_run->setEnabled(m_typeName->text().trimmed() == m_request.serverName);
}
