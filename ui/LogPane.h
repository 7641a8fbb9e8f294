#pragma once

#include "LogView.h"
#include "common/AnsiParser.h"
#include "common/LineBoundedDecoder.h"

#include <QHash>
#include <QList>
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
// Bounded in lines and in bytes, and it says so wherever it leaves something out:
//  - the oldest lines are dropped past maximumLines() (a notice above the log);
//  - a line longer than maximumLineBytes() keeps its start and ends in a mark
//    "… [line cut: 1.2 MB more]" that counts the rest as it streams by (a
//    '\r' starts the line over, as progress bars do, so they are never cut);
//  - the text not yet inserted stays under MaxPendingChars: when output
//    arrives faster than the log can show it, the oldest waiting text is
//    dropped and a line in the log says how much (Hoshu keeps no other copy);
//  - the whole document stays under MaxDocumentChars, whatever the lines' length.
// Batched (chunks are buffered and inserted every ~50 ms, so a flood of
// output cannot starve the event loop), and exact (a line or a UTF-8
// character split across chunks is joined again; ANSI colours are rendered,
// every other escape sequence is removed).
class LogPane : public QWidget
{
    Q_OBJECT

public:
    enum class Channel { Stdout = 0, Stderr = 1 };
    static constexpr int DefaultMaxLineBytes = 16 * 1024;
    static constexpr qsizetype MaxPendingChars = qsizetype(4) << 20;   // 8 MB of UTF-16
    static constexpr qsizetype MaxDocumentChars = qsizetype(8) << 20;  // 16 MB of UTF-16
    // What waits fits into the document: a gap's line is not trimmed away by the text after it.
    static_assert(MaxPendingChars <= MaxDocumentChars * 3 / 4);

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
    // Bytes of input kept per line (at least 256); the rest of a line is counted, not kept.
    void setMaximumLineBytes(int bytes);
    int maximumLineBytes() const { return m_maxLineBytes; }
    // Characters received but not inserted yet.
    qsizetype pendingChars() const { return m_pendingChars; }
    // Bytes of output left out because the log fell behind (not cut lines, not dropped old lines).
    qint64 notShownBytes() const { return m_notShownBytes; }

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
        qint64 cutBytes = 0; // > 0: no text, this many bytes of the channel's open line were cut
    };
    struct ChannelState
    {
        LineBoundedDecoder decoder{DefaultMaxLineBytes};
        AnsiParser parser;
        bool carriageReturn = false; // a '\r' was seen: the next text overwrites the line
    };
    // The "line cut" mark at the end of the open line (always the last block).
    struct CutMark
    {
        int offset = -1; // where it starts in the block; -1: the open line has none
        qint64 bytes = 0;
        QString text;    // as shown: changed in the document only when this changes
    };

    void queueText(Channel channel, QString text);
    void queueCut(Channel channel, qint64 bytes);
    void dropOldestPending();
    void flushPending(bool everything);
    void skipExcessLines();
    void openLine(Channel channel, int msecs);
    void writeCut(Channel channel, int msecs, qint64 bytes);
    void trimDocument();
    void insertLine(LogView::LineKind kind, const QString &text);
    void writeSlice(Channel channel, int msecs, QStringView text);
    void writeText(Channel channel, int msecs, const QString &text, const AnsiStyle &style);
    void endLine(Channel channel, int msecs);
    void startLine(LogView::LineKind kind, int msecs);
    void writeSpecialLine(LogView::LineKind kind, const QString &text);
    void finishChannels();
    void updateDroppedNotice();
    QString cutMarkText(qint64 bytes) const;
    QString notShownText(qint64 bytes) const;
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
    qsizetype m_pendingChars = 0;    // text characters in m_pending (from each entry's offset)
    qint64 m_pendingNewlines = 0;    // '\n' among them
    ChannelState m_channels[2];
    int m_openChannel = -1; // channel whose line is still open (no newline yet), -1 none
    bool m_documentEmpty = true;
    int m_newBlocks = 0;
    int m_maxLines = 100000;
    int m_maxLineBytes = DefaultMaxLineBytes;
    qint64 m_dropped = 0;
    CutMark m_mark;
    qint64 m_notShownBytes = 0;  // in all, for the notice above the log
    qint64 m_gapBytes = 0;       // of the gap whose line is the last block (0: none is)

    QHash<quint32, QTextCharFormat> m_formats;
};
