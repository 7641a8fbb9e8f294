#include "AuditView.h"

#include "DashboardText.h"

#include "common/AnsiParser.h"
#include "common/AppPaths.h"
#include "common/TerminalText.h"
#include "history/AuditExport.h"
#include "history/AuditLogReader.h"
#include "history/AuditOutputStore.h"
#include "history/AuditText.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSplitter>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace {
bool writeFile(const QString &path, const QByteArray &data, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}
} // namespace

AuditView::AuditView(QWidget *parent)
    : QWidget(parent)
    , m_path(AppPaths::auditLogFile())
    , m_summary(new QLabel(this))
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_output(new QPlainTextEdit(this))
    , m_exportCsv(new QPushButton(tr("Export &CSV…"), this))
    , m_exportJson(new QPushButton(tr("Export &JSON…"), this))
    , m_watcher(new QFileSystemWatcher(this))
    , m_reloadSoon(new QTimer(this))
{
    setObjectName(QStringLiteral("auditView"));
    m_summary->setObjectName(QStringLiteral("auditSummary"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("auditTable"));
    m_table->setHorizontalHeaderLabels({tr("Time"), tr("By whom"), tr("Action"), tr("Command"), tr("Result"),
                                        tr("Duration")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(CommandColumn, QHeaderView::Stretch);
    m_output->setObjectName(QStringLiteral("auditOutput"));
    m_output->setReadOnly(true);
    m_output->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_output->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_output->setPlaceholderText(tr("Select a run to see its output."));
    m_exportCsv->setObjectName(QStringLiteral("auditExportCsv"));
    m_exportJson->setObjectName(QStringLiteral("auditExportJson"));
    m_exportCsv->setToolTip(tr("Save these runs, with their output, as a CSV file"));
    m_exportJson->setToolTip(tr("Save these runs, with their output, as a JSON file"));

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_table);
    split->addWidget(m_output);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_summary, 1);
    buttons->addWidget(m_exportCsv);
    buttons->addWidget(m_exportJson);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(buttons);
    layout->addWidget(split, 1);

    connect(m_table, &QTableWidget::itemSelectionChanged, this, &AuditView::showSelected);
    connect(m_exportCsv, &QPushButton::clicked, this, [this] { exportAs(false); });
    connect(m_exportJson, &QPushButton::clicked, this, [this] { exportAs(true); });
    // A run appends a line (GUI or hoshu-cli): read again, once for a burst of changes.
    m_reloadSoon->setSingleShot(true);
    m_reloadSoon->setInterval(200);
    connect(m_reloadSoon, &QTimer::timeout, this, [this] {
        m_dirty = true;
        if (isVisible())
            reload();
    });
    connect(m_watcher, &QFileSystemWatcher::fileChanged, m_reloadSoon, qOverload<>(&QTimer::start));
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, m_reloadSoon, qOverload<>(&QTimer::start));
    watch();
    reload();
}

void AuditView::watch()
{
    if (!m_watcher->files().isEmpty())
        m_watcher->removePaths(m_watcher->files());
    if (!m_watcher->directories().isEmpty())
        m_watcher->removePaths(m_watcher->directories());
    // The file may not exist yet: its folder tells when it appears.
    const QString dir = QFileInfo(m_path).absolutePath();
    if (QFileInfo::exists(dir))
        m_watcher->addPath(dir);
    if (QFileInfo::exists(m_path))
        m_watcher->addPath(m_path);
}

void AuditView::setLogPath(const QString &path)
{
    m_path = path;
    watch();
    reload();
}

void AuditView::setCatalog(const Catalog &catalog)
{
    m_catalog = catalog;
    m_dirty = true;
    if (isVisible())
        reload();
}

void AuditView::setServer(const QString &id, const QString &name)
{
    if (id == m_serverId && name == m_serverName)
        return;
    m_serverId = id;
    m_serverName = name;
    m_dirty = true;
    if (isVisible() || id.isEmpty())
        reload();
}

void AuditView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_dirty)
        reload();
}

void AuditView::reload()
{
    m_dirty = false;
    if (m_watcher->files().isEmpty())
        watch(); // the log was created (or replaced) since
    const QString selectedTime = m_table->currentRow() >= 0 && m_table->currentRow() < m_entries.size()
                                   ? m_entries.at(m_table->currentRow()).time.toString(Qt::ISODateWithMs)
                                   : QString();
    m_entries.clear();
    m_damaged = 0;
    QString readError;
    bool truncated = false;
    if (!m_serverId.isEmpty()) {
        AuditLogReader::Options options;
        options.serverId = m_serverId;
        options.limit = kLimit;
        const AuditLogReader::Result read = AuditLogReader(m_path).read(options);
        m_entries = read.entries;
        m_damaged = read.damaged;
        readError = read.error;
        truncated = read.truncated;
    }

    m_table->setRowCount(0);
    m_table->setRowCount(int(m_entries.size()));
    int reselect = -1;
    for (int row = 0; row < m_entries.size(); ++row) {
        const AuditLog::Entry &e = m_entries.at(row);
        const Action *action = m_catalog.find(e.actionId);
        const QString result = AuditText::outcome(e);
        const QStringList cells {AuditText::localTime(e.time), AuditText::who(e),
                                 action ? action->title() : e.actionId, AuditText::commandSummary(e), result,
                                 AuditText::duration(e.durationMs)};
        for (int column = 0; column < ColumnCount; ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            QString tip = cells.at(column);
            if (column == ActionColumn)
                tip = e.actionId;
            else if (column == CommandColumn)
                tip = e.steps.isEmpty() ? e.command : e.steps.join(QLatin1Char('\n'));
            item->setToolTip(DashboardText::plainToolTip(tip));
            m_table->setItem(row, column, item);
        }
        if (e.time.toString(Qt::ISODateWithMs) == selectedTime)
            reselect = row;
    }
    m_exportCsv->setEnabled(!m_entries.isEmpty());
    m_exportJson->setEnabled(!m_entries.isEmpty());

    QStringList summary;
    if (!readError.isEmpty())
        summary << tr("The audit log cannot be read: %1").arg(readError);
    else if (m_serverId.isEmpty())
        summary << tr("Select a server.");
    else if (m_entries.isEmpty())
        summary << tr("No action has run on this server yet.");
    else if (truncated)
        summary << tr("The newest %n run(s).", nullptr, int(m_entries.size()));
    else
        summary << tr("%n run(s).", nullptr, int(m_entries.size()));
    if (m_damaged > 0)
        summary << tr("%n damaged entry(s) skipped.", nullptr, m_damaged);
    m_summary->setText(summary.join(QLatin1Char(' ')));
    if (reselect >= 0)
        m_table->selectRow(reselect);
    else
        m_output->clear();
}

QString AuditView::displayOutput(const QString &output)
{
    QString text = AnsiParser::strip(output);
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    text.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    return TerminalText::escaped(text, TerminalText::LineBreaks::Keep);
}

void AuditView::showSelected()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_entries.size()) {
        m_output->clear();
        return;
    }
    const AuditLog::Entry &e = m_entries.at(row);
    bool pruned = false;
    const QString output = AuditExport::outputText(e, AuditOutputStore(m_path), &pruned);
    if (pruned)
        m_output->setPlaceholderText(tr("The output of this run is no longer kept."));
    else
        m_output->setPlaceholderText(e.outputFile.isEmpty() ? tr("This run printed nothing.") : QString());
    m_output->setPlainText(displayOutput(output));
}

bool AuditView::exportCsv(const QString &path, QString *error)
{
    if (m_dirty)
        reload();
    return writeFile(path, AuditExport::csv(m_entries, AuditOutputStore(m_path)), error);
}

bool AuditView::exportJson(const QString &path, QString *error)
{
    if (m_dirty)
        reload();
    return writeFile(path, QJsonDocument(AuditExport::json(m_entries, AuditOutputStore(m_path))).toJson(), error);
}

void AuditView::exportAs(bool json)
{
    QString name = m_serverName;
    name.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._-]")), QStringLiteral("_"));
    const QString base = QStringLiteral("hoshu-audit-%1.%2")
                             .arg(name.isEmpty() ? QStringLiteral("server") : name,
                                  json ? QStringLiteral("json") : QStringLiteral("csv"));
    const QString path = json ? QFileDialog::getSaveFileName(this, tr("Export the audit as JSON"), base,
                                                             tr("JSON files (*.json)"))
                              : QFileDialog::getSaveFileName(this, tr("Export the audit as CSV"), base,
                                                             tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!(json ? exportJson(path, &error) : exportCsv(path, &error)))
        QMessageBox::warning(this, tr("Export failed"), tr("Cannot write %1: %2").arg(path, error));
}
