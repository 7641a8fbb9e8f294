#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QMap>
#include <QString>

#include <optional>

// Append-only record of every action run (JSON Lines, one object per run):
// what ran where, by whom (the desktop user on this host, from the GUI or
// hoshu-cli) and how it ended. The run's combined output (already redacted,
// as the log pane shows it) goes to a file of its own beside the log
// (AuditOutputStore), referenced from the line; the line itself never holds a
// secret (the displayed command never contains one).
class AuditLog
{
    Q_DECLARE_TR_FUNCTIONS(AuditLog)

public:
    enum class Source { Gui, Cli };
    // Unknown: the connection dropped while a changing action ran; what it did is not known.
    enum class Outcome { Succeeded, Failed, NotStarted, Unknown };

    struct Entry {
        QDateTime time; // when the run started (in older entries: when it ended)
        QString serverId;
        QString serverName;
        QString actionId;
        QMap<QString, QString> parameters;
        QString command;
        // What the run said it ran (the "==> " lines of its output, plain text, at most
        // kMaxSteps): the commands a person reads, where command is the whole script.
        QStringList steps;
        int exitStatus = -1;
        QString error;
        qint64 durationMs = 0;
        QString user;   // the desktop account that ran it (filled by append() when empty)
        QString host;   // this machine's name (filled by append() when empty)
        QString source; // "gui" or "cli" (filled by append() when empty)
        Outcome outcome = Outcome::Failed;
        // append(): the output to keep (capped by the caller). Read back: empty, see outputFile.
        QByteArray output;
        QString outputFile;     // the output's file name in AuditOutputStore, empty when none
        qint64 outputBytes = 0; // bytes the run printed (before any cut)
    };

    explicit AuditLog(const QString &filePath, Source source = Source::Gui);
    bool append(const Entry &entry, QString *error = nullptr);
    static constexpr int kMaxSteps = 20;
    // The "==> " lines of an action's output, escaped for display, each cut at 500 characters.
    static QStringList stepsOf(const QByteArray &output);
    QString filePath() const { return m_filePath; }

    // The JSON line of an entry (without its output) and back. fromJson() is
    // lenient with lines of older versions (no user, outcome or output) and
    // returns nothing for what is not an entry.
    static QJsonObject toJson(const Entry &entry);
    static std::optional<Entry> fromJson(const QJsonObject &object);
    static QString outcomeId(Outcome outcome); // "succeeded", "failed", "not-started", "outcome-unknown"
    static QString sourceId(Source source);
    static QString localUser();
    static QString localHost();

private:
    QString m_filePath;
    Source m_source;
};
