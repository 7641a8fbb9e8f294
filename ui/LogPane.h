#pragma once

#include "LogView.h"
#include "common/AnsiParser.h"

#include <QHash>
#include <QList>
#include <QStringDecoder>
#include <QTextCharFormat>
#include <QTextCursor>
#include <QTimer>
#include <QWidget>

class QAction;
class QLabel;
class QToolButton;
class LogFindBar;
class RunStatusBar;

// The log of one server: output of the actions run on it, streamed live.
// Bounded (the oldest lines are dropped past maximumLines(), and it says so),
// batched (chunks are buffered and inserted every ~50 ms, so a flood of
// output cannot starve the event loop), and exact (a line or a UTF-8
// character split across chunks is joined again; ANSI colours are rendered,
// every other escape sequence is removed).
class LogPane : public QWidget
{
    Q_OBJECT

public:
    enum class Channel { Stdout = 0, Stderr = 1 };

    explicit LogPane(QWidget *parent = nullptr);

    // Used in the default file name when saving.
    void setServerName(const QString &name);

    void beginRun(const QString &actionTitle, const QString &displayCommand);
    void appendOutput(const QByteArray &data, Channel channel);
    void endRun(int exitStatus, qint64 durationMs);
    void endRunWithError(const QString &errorText, qint64 durationMs);
    // A line from Hoshu itself (connected, disconnected, ...).
    void appendNotice(const QString &text);
    bool isRunning() const;

    void setMaximumLines(int lines);
    int maximumLines() const { return m_maxLines; }
    qint64 droppedLines() const { return m_dropped; }

    void setTimestampsVisible(bool visible);
    bool timestampsVisible() const;

    // Inserts everything still buffered now (the timer does it otherwise).
    void flush();

    int lineCount() const;
    QString lineText(int line) const;
    LogView::LineKind lineKind(int line) const;
    // Exactly what saveToFile() writes: one line per log line, "HH:mm:ss M text"
    // where M is the marker shown in the gutter (blank for normal output).
    QString exportText() const;
    bool saveToFile(const QString &path, QString *error) const;

    // Selects the next (or previous) match, wrapping around; false when absent.
    bool find(const QString &text, bool backward = false, Qt::CaseSensitivity cs = Qt::CaseInsensitive);
    void clear();

    LogView *view() const { return m_view; }
    static QString formatDuration(qint64 ms);

public Q_SLOTS:
    void showFindBar();
    void saveWithDialog();

Q_SIGNALS:
    void cancelRequested();
    void droppedLinesChanged(qint64 dropped);

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Pending
    {
        Channel channel;
        int msecs;
        QString text;
        qsizetype offset = 0;
    };
    struct ChannelState
    {
        QStringDecoder decoder{QStringDecoder::Utf8};
        AnsiParser parser;
        bool carriageReturn = false; // a '\r' was seen: the next text overwrites the line
    };

    void flushPending(bool everything);
    void skipExcessLines();
    void writeSlice(Channel channel, int msecs, QStringView text);
    void writeText(Channel channel, int msecs, const QString &text, const AnsiStyle &style);
    void endLine(Channel channel, int msecs);
    void startLine(LogView::LineKind kind, int msecs);
    void writeSpecialLine(LogView::LineKind kind, const QString &text);
    void finishChannels();
    void updateDroppedNotice();
    QTextCharFormat formatFor(Channel channel, const AnsiStyle &style);
    QTextCharFormat specialFormat(LogView::LineKind kind) const;
    QColor ansiColour(int index) const;
    bool isDark() const;
    void showContextMenu(const QPoint &pos);
    static int nowMsecs();

    LogView *m_view;
    LogFindBar *m_findBar;
    RunStatusBar *m_runStatus;
    QLabel *m_droppedNotice;
    QAction *m_findAction;
    QAction *m_findNextAction;
    QAction *m_findPreviousAction;
    QAction *m_timestampsAction;
    QAction *m_saveAction;
    QAction *m_clearAction;

    QString m_serverName;
    QTextCursor m_cursor; // our own insertion point, independent of the user's selection
    QTimer m_flushTimer;
    QList<Pending> m_pending;
    ChannelState m_channels[2];
    int m_openChannel = -1; // channel whose line is still open (no newline yet), -1 none
    bool m_documentEmpty = true;
    int m_newBlocks = 0;
    int m_maxLines = 100000;
    qint64 m_dropped = 0;
    QHash<quint32, QTextCharFormat> m_formats;
};
