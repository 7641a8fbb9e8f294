#pragma once

#include "catalog/Catalog.h"
#include "history/AuditLog.h"

#include <QList>
#include <QWidget>

class QFileSystemWatcher;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;
class QTimer;

// One server's audit: what ran there (from this window and from hoshu-cli),
// newest first: when (local time), by whom, the action, the exact command
// (secrets redacted), how it ended and how long it took. The selected run's
// output shows below as plain text with terminal sequences stripped: it is
// the server's text. Export as CSV or JSON. Follows the audit log file, so a
// run that just ended (here or in a terminal) appears by itself.
class AuditView : public QWidget
{
    Q_OBJECT

public:
    enum Column { TimeColumn, WhoColumn, ActionColumn, CommandColumn, ResultColumn, DurationColumn, ColumnCount };
    static constexpr int kLimit = 500; // newest runs shown per server

    explicit AuditView(QWidget *parent = nullptr);

    void setLogPath(const QString &path); // default: AppPaths::auditLogFile()
    QString logPath() const { return m_path; }
    void setCatalog(const Catalog &catalog);
    void setServer(const QString &id, const QString &name);
    void reload();

    QList<AuditLog::Entry> entries() const { return m_entries; }
    int damagedCount() const { return m_damaged; }
    bool exportCsv(const QString &path, QString *error = nullptr);
    bool exportJson(const QString &path, QString *error = nullptr);

    QTableWidget *table() const { return m_table; }
    QPlainTextEdit *outputView() const { return m_output; }
    QLabel *summaryLabel() const { return m_summary; }

    // Server output made fit for a plain-text view: escape sequences and other
    // controls removed (as the log pane does), CR and CRLF as line breaks,
    // bidirectional overrides shown as escapes.
    static QString displayOutput(const QString &output);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void showSelected();
    void exportAs(bool json);
    void watch();

    QString m_path;
    QString m_serverId;
    QString m_serverName;
    Catalog m_catalog;
    QList<AuditLog::Entry> m_entries;
    int m_damaged = 0;
    bool m_dirty = true;
    QLabel *m_summary;
    QTableWidget *m_table;
    QPlainTextEdit *m_output;
    QPushButton *m_exportCsv;
    QPushButton *m_exportJson;
    QFileSystemWatcher *m_watcher;
    QTimer *m_reloadSoon;
};
