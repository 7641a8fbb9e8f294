#include "ConfirmActionDialog.h"

#include "RiskBadge.h"
#include "catalog/ActionPlan.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFontMetrics>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QVBoxLayout>

namespace {

QLabel *plainLabel(const QString &text, const char *name, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setObjectName(QLatin1String(name));
    label->setTextFormat(Qt::PlainText); // server text never renders as rich text
    label->setWordWrap(true);
    return label;
}

QPlainTextEdit *codeView(const char *name, QWidget *parent)
{
    auto *view = new QPlainTextEdit(parent);
    view->setObjectName(QLatin1String(name));
    view->setReadOnly(true);
    view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    view->setLineWrapMode(QPlainTextEdit::NoWrap);
    return view;
}

} // namespace

ConfirmActionDialog::ConfirmActionDialog(const Request &request, QWidget *parent)
    : QDialog(parent)
    , m_request(request)
    , m_planState(request.hasPlan ? PlanState::Pending : PlanState::None)
    , m_command(codeView("commandView", this))
    , m_run(new QPushButton(tr("&Run"), this))
{
    setObjectName(QStringLiteral("confirmActionDialog"));
    setWindowTitle(tr("Run “%1” on %2?").arg(request.actionTitle, request.serverName));

    auto *title = plainLabel(request.actionTitle, "confirmActionTitle", this);
    QFont bold = title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    title->setFont(bold);

    auto *form = new QFormLayout;
    auto *server = plainLabel(request.serverName, "confirmServerName", this);
    server->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(tr("Server:"), server);
    auto *riskRow = new QHBoxLayout;
    riskRow->addWidget(new RiskBadge(request.risk, this));
    riskRow->addStretch();
    form->addRow(tr("Risk:"), riskRow);
    // What the risk means, under the form: a long line wraps there instead of being cut.
    auto *riskText = plainLabel(RiskBadge::explanation(request.risk), "confirmRiskExplanation", this);
    if (!request.estimate.isEmpty())
        form->addRow(tr("Duration:"), plainLabel(request.estimate, "confirmEstimate", this));

    auto *description = plainLabel(request.actionDescription, "confirmActionDescription", this);
    description->setVisible(!request.actionDescription.isEmpty());

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addLayout(form);
    layout->addWidget(riskText);
    layout->addWidget(description);
    if (request.mastodonDown) {
        auto *down = plainLabel(tr("Mastodon is unavailable while this runs."), "confirmMastodonDown", this);
        QFont f = down->font();
        f.setBold(true);
        down->setFont(f);
        layout->addWidget(down);
    }
    if (request.hasPlan)
        addPlanSection(layout);
    addScriptSection(layout);

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
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
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
    m_cancel->setAutoDefault(!request.confirmByTypingName);
    m_cancel->setDefault(dangerous && !request.confirmByTypingName);
    if (m_typeName)
        m_typeName->setFocus();
    else
        (dangerous || request.hasPlan ? m_cancel : m_run)->setFocus();
    updateRunButton();
}

void ConfirmActionDialog::addPlanSection(QVBoxLayout *layout)
{
    m_planLabel = plainLabel(tr("Working out what it will do on %1…").arg(m_request.serverName), "planLabel", this);
    m_plan = codeView("planView", this);
    m_plan->setVisible(false);
    m_plan->setMinimumWidth(520);
    m_planNotes = plainLabel(QString(), "planNotes", this);
    m_planNotes->setVisible(false);
    layout->addWidget(m_planLabel);
    layout->addWidget(m_plan);
    layout->addWidget(m_planNotes);
}

void ConfirmActionDialog::addScriptSection(QVBoxLayout *layout)
{
    const bool behindToggle = m_request.hasPlan;
    m_commandLabel = new QLabel(behindToggle ? tr("The full script that will run on the server:")
                                             : tr("This exact command will run on the server:"),
                                this);
    m_commandLabel->setBuddy(m_command);
    m_command->setPlainText(m_request.displayCommand);
    m_command->setMinimumSize(520, 120);

    m_copy = new QPushButton(tr("&Copy Command"), this);
    m_copy->setObjectName(QStringLiteral("copyCommandButton"));
    m_copy->setAutoDefault(false);
    connect(m_copy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(m_request.displayCommand); });
    auto *row = new QHBoxLayout;
    if (behindToggle) {
        m_scriptToggle = new QPushButton(tr("Show the full script"), this);
        m_scriptToggle->setObjectName(QStringLiteral("showScriptButton"));
        m_scriptToggle->setCheckable(true);
        m_scriptToggle->setAutoDefault(false);
        connect(m_scriptToggle, &QPushButton::toggled, this, &ConfirmActionDialog::showScript);
        row->addWidget(m_scriptToggle);
    }
    row->addStretch();
    row->addWidget(m_copy);

    layout->addWidget(m_commandLabel);
    layout->addWidget(m_command, 1);
    layout->addLayout(row);
    m_commandLabel->setVisible(!behindToggle);
    m_command->setVisible(!behindToggle);
}

void ConfirmActionDialog::showScript(bool shown)
{
    m_commandLabel->setVisible(shown);
    m_command->setVisible(shown);
    m_scriptToggle->setText(shown ? tr("Hide the full script") : tr("Show the full script"));
    fitToContents();
}

void ConfirmActionDialog::fitToContents()
{
    // adjustSize() alone sizes a top-level window from the layout's size hint, which ignores
    // height-for-width: once the plan made the dialog wider or taller, the wrapped
    // description was squeezed into too few lines and drawn over its neighbours.
    layout()->activate();
    adjustSize();
    const int needed = layout()->totalHeightForWidth(width());
    setMinimumHeight(qMax(needed, layout()->totalMinimumSize().height()));
    if (height() < needed)
        resize(width(), needed);
}

void ConfirmActionDialog::fitPlanView(const QStringList &lines)
{
    // A few lines, read at a glance: as many as there are, up to 8, and wide enough for
    // the longest (up to a point: the rest scrolls).
    const QFontMetrics metrics(m_plan->font());
    int widest = 0;
    for (const QString &line : lines)
        widest = qMax(widest, metrics.horizontalAdvance(line));
    const int margins = 2 * (m_plan->frameWidth() + int(m_plan->document()->documentMargin()));
    const int rows = int(qBound(qsizetype(1), lines.size(), qsizetype(8)));
    const int scrollBar = m_plan->verticalScrollBar()->sizeHint().width();
    // Room for the text, a vertical scroll bar if there are more lines, and some slack.
    const int wanted = widest + margins + 2 * metrics.averageCharWidth() + (lines.size() > rows ? scrollBar : 0);
    const int width = qMin(wanted, 900);
    const bool scrolls = wanted > width;
    m_plan->setMinimumWidth(qMax(520, width));
    m_plan->setFixedHeight(rows * metrics.lineSpacing() + margins + metrics.descent()
                           + (scrolls ? m_plan->horizontalScrollBar()->sizeHint().height() : 0));
}

void ConfirmActionDialog::setPlan(const ActionPlan &plan)
{
    if (m_planState != PlanState::Pending)
        return;
    m_plan->setVisible(true);
    if (!plan.ok()) {
        m_planState = PlanState::Failed;
        m_planLabel->setText(tr("Hoshu could not work out what this would do on %1, so it cannot run it:")
                                 .arg(m_request.serverName));
        m_plan->setPlainText(plan.error.isEmpty() ? tr("The plan stopped with exit status %1.").arg(plan.exitStatus)
                                                  : plan.error);
        m_plan->setLineWrapMode(QPlainTextEdit::WidgetWidth);
        m_plan->setMinimumHeight(4 * QFontMetrics(m_plan->font()).lineSpacing());
        // No Run at all: only Close.
        m_run->setVisible(false);
        m_cancel->setText(tr("&Close"));
        m_cancel->setDefault(true);
        m_cancel->setFocus();
    } else {
        m_planState = PlanState::Ready;
        QStringList steps = plan.steps;
        if (plan.truncated)
            steps << tr("(more lines were not shown)");
        m_planLabel->setText(plan.steps.isEmpty() ? tr("It found nothing to change.") : tr("It will run:"));
        m_plan->setPlainText(steps.join(QLatin1Char('\n')));
        m_plan->setVisible(!plan.steps.isEmpty());
        fitPlanView(steps);
        m_planNotes->setText(plan.notes.join(QLatin1Char('\n')));
        m_planNotes->setVisible(!plan.notes.isEmpty());
    }
    fitToContents(); // with everything the plan showed or hid
    updateRunButton();
}

QString ConfirmActionDialog::commandText() const
{
    return m_command->toPlainText();
}

QString ConfirmActionDialog::planText() const
{
    return m_plan ? m_plan->toPlainText() : QString();
}

bool ConfirmActionDialog::isScriptShown() const
{
    return !m_command->isHidden();
}

bool ConfirmActionDialog::isRunEnabled() const
{
    return m_run->isEnabled() && !m_run->isHidden();
}

void ConfirmActionDialog::updateRunButton()
{
    const bool planAllows = m_planState == PlanState::None || m_planState == PlanState::Ready;
    const bool nameTyped = !m_typeName || m_typeName->text().trimmed() == m_request.serverName;
    m_run->setEnabled(planAllows && nameTyped);
}
