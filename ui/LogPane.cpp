#include "LogPane.h"

#include "LogFindBar.h"
#include "RunStatusBar.h"

#include <QAction>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QRegularExpression>
#include <QSaveFile>
#include <QScrollBar>
#include <QStandardPaths>
#include <QStyle>
#include <QTextBlock>
#include <QTime>
#include <QToolButton>
#include <QVBoxLayout>

namespace {
constexpr int FlushIntervalMs = 50;
constexpr int FlushBudgetMs = 30;   // time per timer flush before yielding to the event loop
constexpr qsizetype SliceChars = 16384;
constexpr qsizetype EntryChars = 65536; // a waiting entry grows to this, then a new one starts

// UTF-8 length of text that is being dropped, for "12.3 MB not shown".
qint64 utf8Bytes(QStringView text)
{
    qint64 bytes = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (c < 0x80)
            bytes += 1;
        else if (c < 0x800)
            bytes += 2;
        else if (QChar::isHighSurrogate(c) && i + 1 < text.size() && QChar::isLowSurrogate(text[i + 1].unicode())) {
            bytes += 4;
            ++i;
        } else
            bytes += 3;
    }
    return bytes;
}
// Text that is left out still moves the colour state on (an SGR in it applies
// to what follows). Parsed in slices: the parser copies the text it returns.
void skipThroughParser(AnsiParser &parser, QStringView text)
{
    for (qsizetype pos = 0; pos < text.size(); pos += SliceChars)
        parser.parse(text.mid(pos, SliceChars));
}
} // namespace

LogPane::LogPane(QWidget *parent)
    : QWidget(parent)
    , m_view(new LogView(this))
    , m_findBar(new LogFindBar(this))
    , m_runStatus(new RunStatusBar(this))
    , m_droppedNotice(new QLabel(this))
{
    setObjectName(QStringLiteral("logPane"));
    m_view->setMaximumBlockCount(m_maxLines);
    m_cursor = QTextCursor(m_view->document());

    m_droppedNotice->setObjectName(QStringLiteral("droppedLinesNotice"));
    m_droppedNotice->setTextFormat(Qt::PlainText);
    m_droppedNotice->setWordWrap(true);
    m_droppedNotice->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_droppedNotice->setFrameShape(QFrame::StyledPanel);
    m_droppedNotice->setMargin(4);
    m_droppedNotice->hide();
    m_findBar->hide();

    m_findAction = new QAction(style()->standardIcon(QStyle::SP_FileDialogContentsView), tr("&Find…"), this);
    m_findAction->setObjectName(QStringLiteral("logFindAction"));
    m_findAction->setShortcut(QKeySequence::Find);
    m_findAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_findAction, &QAction::triggered, this, &LogPane::showFindBar);

    m_findNextAction = new QAction(tr("Find &Next"), this);
    m_findNextAction->setShortcut(QKeySequence::FindNext);
    m_findNextAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_findNextAction, &QAction::triggered, this, [this] {
        m_findBar->setResult(find(m_findBar->text(), false, m_findBar->caseSensitivity()));
    });
    m_findPreviousAction = new QAction(tr("Find &Previous"), this);
    m_findPreviousAction->setShortcut(QKeySequence::FindPrevious);
    m_findPreviousAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_findPreviousAction, &QAction::triggered, this, [this] {
        m_findBar->setResult(find(m_findBar->text(), true, m_findBar->caseSensitivity()));
    });

    m_timestampsAction = new QAction(tr("Show &Timestamps"), this);
    m_timestampsAction->setObjectName(QStringLiteral("logTimestampsAction"));
    m_timestampsAction->setCheckable(true);
    m_timestampsAction->setChecked(true);
    connect(m_timestampsAction, &QAction::toggled, this, &LogPane::setTimestampsVisible);

    m_saveAction = new QAction(style()->standardIcon(QStyle::SP_DialogSaveButton), tr("&Save Log…"), this);
    m_saveAction->setObjectName(QStringLiteral("logSaveAction"));
    m_saveAction->setShortcut(QKeySequence::Save);
    m_saveAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_saveAction, &QAction::triggered, this, &LogPane::saveWithDialog);

    m_clearAction = new QAction(style()->standardIcon(QStyle::SP_DialogResetButton), tr("C&lear Log"), this);
    m_clearAction->setObjectName(QStringLiteral("logClearAction"));
    connect(m_clearAction, &QAction::triggered, this, &LogPane::clear);

    addActions({m_findAction, m_findNextAction, m_findPreviousAction, m_saveAction});

    auto makeButton = [this](QAction *action, const QString &name) {
        auto *button = new QToolButton(this);
        button->setObjectName(name);
        button->setDefaultAction(action);
        button->setAutoRaise(true);
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        return button;
    };

    auto *top = new QHBoxLayout;
    top->setContentsMargins(0, 0, 0, 0);
    top->addWidget(m_runStatus, 1);
    top->addStretch();
    top->addWidget(makeButton(m_findAction, QStringLiteral("logFindButton")));
    auto *timestamps = makeButton(m_timestampsAction, QStringLiteral("logTimestampsButton"));
    timestamps->setToolButtonStyle(Qt::ToolButtonTextOnly);
    top->addWidget(timestamps);
    top->addWidget(makeButton(m_saveAction, QStringLiteral("logSaveButton")));
    top->addWidget(makeButton(m_clearAction, QStringLiteral("logClearButton")));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(top);
    layout->addWidget(m_droppedNotice);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_findBar);

    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this, &LogPane::showContextMenu);
    connect(m_runStatus, &RunStatusBar::cancelRequested, this, &LogPane::cancelRequested);
    connect(m_findBar, &LogFindBar::findRequested, this, [this](const QString &text, bool backward) {
        m_findBar->setResult(find(text, backward, m_findBar->caseSensitivity()));
    });
    connect(m_findBar, &LogFindBar::textChanged, this, [this](const QString &text) {
        m_view->setHighlight(text, m_findBar->caseSensitivity());
    });
    connect(m_findBar, &LogFindBar::closed, this, [this] {
        m_view->setHighlight(QString(), Qt::CaseInsensitive);
        m_view->setFocus();
    });

    m_flushTimer.setSingleShot(true);
    connect(&m_flushTimer, &QTimer::timeout, this, [this] { flushPending(false); });
}

void LogPane::setServerName(const QString &name)
{
    m_serverName = name;
}

int LogPane::nowMsecs()
{
    return QTime::currentTime().msecsSinceStartOfDay();
}

bool LogPane::isDark() const
{
    return palette().color(QPalette::Base).lightness() < 128;
}

QString LogPane::formatDuration(qint64 ms)
{
    if (ms < 1000)
        return tr("%1 ms").arg(ms);
    if (ms < 60000)
        return tr("%1 s").arg(QLocale().toString(double(ms) / 1000.0, 'f', 1));
    const qint64 secs = ms / 1000;
    return tr("%1 min %2 s").arg(secs / 60).arg(secs % 60);
}

// ---- runs -------------------------------------------------------------------

void LogPane::beginRun(const QString &actionTitle, const QString &displayCommand)
{
    flushPending(true);
    finishChannels();
    const QString when = QLocale().toString(QDateTime::currentDateTime(), QLocale::ShortFormat);
    writeSpecialLine(LogView::LineKind::Header, tr("Started %1: %2").arg(when, actionTitle));
    const QStringList commandLines = displayCommand.split(QLatin1Char('\n'));
    for (const QString &line : commandLines)
        writeSpecialLine(LogView::LineKind::Header, QStringLiteral("$ ") + line);
    m_runStatus->start(actionTitle);
}

void LogPane::appendOutput(const QByteArray &data, Channel channel)
{
    if (data.isEmpty())
        return;
    // Stateful: a split UTF-8 sequence is completed next time; past the line
    // limit the bytes are only counted (output without newlines costs nothing).
    const QList<LineBoundedDecoder::Piece> pieces = m_channels[int(channel)].decoder.decode(data);
    for (const LineBoundedDecoder::Piece &piece : pieces) {
        if (piece.cutBytes > 0)
            queueCut(channel, piece.cutBytes);
        else
            queueText(channel, piece.text);
    }
    if (m_pendingChars > MaxPendingChars)
        dropOldestPending();
    if (!m_pending.isEmpty() && !m_flushTimer.isActive())
        m_flushTimer.start(FlushIntervalMs);
}

void LogPane::queueText(Channel channel, QString text)
{
    if (text.isEmpty())
        return;
    m_pendingChars += text.size();
    m_pendingNewlines += text.count(QLatin1Char('\n'));
    // Append to the last entry only while nothing of it was inserted yet and it
    // is small, so that inserting from the front never keeps a growing buffer alive.
    if (!m_pending.isEmpty()) {
        Pending &last = m_pending.last();
        if (last.channel == channel && last.cutBytes == 0 && last.offset == 0 && last.text.size() < EntryChars) {
            last.text += text;
            return;
        }
    }
    m_pending.append(Pending{channel, nowMsecs(), std::move(text), 0, 0});
}

void LogPane::queueCut(Channel channel, qint64 bytes)
{
    if (!m_pending.isEmpty() && m_pending.last().channel == channel && m_pending.last().cutBytes > 0) {
        m_pending.last().cutBytes += bytes;
        return;
    }
    m_pending.append(Pending{channel, nowMsecs(), QString(), 0, bytes});
}

void LogPane::dropOldestPending()
{
    // Complete lines past maximumLines() would be dropped anyway: that first.
    skipExcessLines();
    if (m_pendingChars <= MaxPendingChars)
        return;
    // Output arrives faster than the log can show it. Keep the newest (how a
    // command ends matters most), leave out the oldest waiting text, and say
    // so where it was left out.
    qsizetype excess = m_pendingChars - MaxPendingChars * 3 / 4;
    qint64 bytes = 0;
    while (excess > 0 && !m_pending.isEmpty()) {
        Pending &p = m_pending.first();
        if (p.cutBytes > 0) {
            bytes += p.cutBytes;
            m_pending.removeFirst();
            continue;
        }
        const QStringView rest = QStringView(p.text).mid(p.offset);
        qsizetype take = qMin(excess, rest.size());
        if (take < rest.size() && rest[take - 1].isHighSurrogate())
            ++take; // never half a character
        const QStringView gone = rest.left(take);
        skipThroughParser(m_channels[int(p.channel)].parser, gone);
        bytes += utf8Bytes(gone);
        m_pendingNewlines -= gone.count(QLatin1Char('\n'));
        m_pendingChars -= take;
        excess -= take;
        p.offset += take;
        if (p.offset >= p.text.size())
            m_pending.removeFirst();
    }
    for (ChannelState &state : m_channels)
        state.carriageReturn = false;
    m_openChannel = -1; // what follows the gap starts a line of its own
    m_mark = CutMark();
    m_notShownBytes += bytes;
    // One line per gap (its line is the last one until output follows), counting up.
    const qint64 gap = m_gapBytes + bytes;
    if (m_gapBytes > 0) {
        QTextCursor line(m_view->document()->lastBlock());
        line.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
        line.insertText(notShownText(gap), specialFormat(LogView::LineKind::Notice));
        updateDroppedNotice();
    } else {
        writeSpecialLine(LogView::LineKind::Notice, notShownText(gap));
    }
    m_gapBytes = gap;
}

void LogPane::endRun(int exitStatus, qint64 durationMs)
{
    flushPending(true);
    finishChannels();
    m_runStatus->stop();
    if (exitStatus == 0) {
        writeSpecialLine(LogView::LineKind::Footer,
                         tr("Finished successfully (exit status 0) after %1").arg(formatDuration(durationMs)));
    } else {
        writeSpecialLine(LogView::LineKind::FooterError,
                         tr("Failed with exit status %1 after %2").arg(exitStatus).arg(formatDuration(durationMs)));
    }
}

void LogPane::endRunWithError(const QString &errorText, qint64 durationMs)
{
    flushPending(true);
    finishChannels();
    m_runStatus->stop();
    writeSpecialLine(LogView::LineKind::FooterError,
                     tr("Failed after %1: %2").arg(formatDuration(durationMs), errorText));
}

void LogPane::appendNotice(const QString &text)
{
    flushPending(true);
    writeSpecialLine(LogView::LineKind::Notice, text);
}

bool LogPane::isRunning() const
{
    return m_runStatus->isRunning();
}

void LogPane::finishChannels()
{
    // A command's last line may lack a newline, and its output may end inside
    // a UTF-8 character or an escape sequence: close all that so the next run
    // starts clean.
    for (ChannelState &state : m_channels) {
        state.decoder.reset();
        state.parser.reset();
        state.carriageReturn = false;
    }
    m_openChannel = -1;
    m_mark = CutMark();
}

// ---- settings ---------------------------------------------------------------

void LogPane::setMaximumLines(int lines)
{
    m_maxLines = qMax(100, lines);
    flushPending(true);
    const int before = m_view->document()->blockCount();
    m_view->setMaximumBlockCount(m_maxLines);
    const int removed = before - m_view->document()->blockCount();
    if (removed > 0) {
        m_dropped += removed;
        updateDroppedNotice();
    }
    m_cursor.movePosition(QTextCursor::End);
}

void LogPane::setMaximumLineBytes(int bytes)
{
    m_maxLineBytes = qMax(256, bytes);
    for (ChannelState &state : m_channels)
        state.decoder.setMaxLineBytes(m_maxLineBytes);
}

void LogPane::setTimestampsVisible(bool visible)
{
    m_view->setTimestampsVisible(visible);
    if (m_timestampsAction->isChecked() != visible)
        m_timestampsAction->setChecked(visible);
}

bool LogPane::timestampsVisible() const
{
    return m_view->timestampsVisible();
}

// ---- inserting --------------------------------------------------------------

void LogPane::flush()
{
    flushPending(true);
}

void LogPane::flushPending(bool everything)
{
    if (m_pending.isEmpty())
        return;
    QElapsedTimer budget;
    budget.start();
    skipExcessLines();

    QScrollBar *bar = m_view->verticalScrollBar();
    const bool followEnd = bar->value() >= bar->maximum() - 1;
    QTextDocument *doc = m_view->document();
    const int before = doc->blockCount();
    m_newBlocks = 0;
    m_cursor.movePosition(QTextCursor::End);
    m_cursor.beginEditBlock();
    m_gapBytes = 0; // output follows: a later gap gets a line of its own
    while (!m_pending.isEmpty()) {
        Pending &p = m_pending.first();
        if (p.cutBytes > 0) {
            writeCut(p.channel, p.msecs, p.cutBytes);
            m_pending.removeFirst();
            continue;
        }
        qsizetype take = qMin(SliceChars, p.text.size() - p.offset);
        // Never cut a surrogate pair in half.
        if (p.offset + take < p.text.size() && p.text.at(p.offset + take - 1).isHighSurrogate())
            ++take;
        const QStringView slice = QStringView(p.text).mid(p.offset, take);
        m_pendingNewlines -= slice.count(QLatin1Char('\n'));
        m_pendingChars -= take;
        writeSlice(p.channel, p.msecs, slice);
        p.offset += take;
        if (p.offset >= p.text.size())
            m_pending.removeFirst();
        if (!everything && budget.elapsed() > FlushBudgetMs)
            break;
    }
    m_cursor.endEditBlock();

    const int removed = before + m_newBlocks - doc->blockCount();
    if (removed > 0)
        m_dropped += removed;
    trimDocument();
    updateDroppedNotice();
    if (followEnd)
        bar->setValue(bar->maximum());
    if (m_findBar->isVisible())
        m_view->refreshHighlights();
    if (!m_pending.isEmpty())
        m_flushTimer.start(1); // let the event loop breathe, then continue
}

void LogPane::skipExcessLines()
{
    // When more complete lines wait than the log may hold, the oldest would be
    // inserted only to be dropped again at once: count them as dropped without
    // inserting. This keeps a flood of millions of lines cheap.
    qint64 excess = m_pendingNewlines - m_maxLines;
    while (excess > 0 && !m_pending.isEmpty()) {
        Pending &p = m_pending.first();
        if (p.cutBytes > 0) {
            if (m_openChannel == int(p.channel))
                writeCut(p.channel, p.msecs, p.cutBytes); // the line is shown: so is its mark
            m_pending.removeFirst(); // else the cut goes with its line
            continue;
        }
        ChannelState &state = m_channels[int(p.channel)];
        const QStringView rest = QStringView(p.text).mid(p.offset);
        qsizetype cut = rest.size();
        qint64 lines = 0;
        for (qsizetype i = 0; i < rest.size(); ++i) {
            if (rest[i] == QLatin1Char('\n') && ++lines == excess) {
                cut = i + 1;
                break;
            }
        }
        skipThroughParser(state.parser, rest.left(cut));
        if (lines > 0) {
            state.carriageReturn = false;
            if (m_openChannel == int(p.channel)) {
                m_openChannel = -1;
                m_mark = CutMark();
            }
        }
        m_dropped += lines;
        excess -= lines;
        m_pendingNewlines -= lines;
        m_pendingChars -= cut;
        p.offset += cut;
        if (p.offset >= p.text.size())
            m_pending.removeFirst();
    }
}

void LogPane::writeSlice(Channel channel, int msecs, QStringView text)
{
    ChannelState &state = m_channels[int(channel)];
    const QList<AnsiSpan> spans = state.parser.parse(text);
    for (const AnsiSpan &span : spans) {
        qsizetype from = 0;
        while (true) {
            const qsizetype nl = span.text.indexOf(QLatin1Char('\n'), from);
            const QString piece = span.text.mid(from, nl < 0 ? -1 : nl - from);
            if (!piece.isEmpty())
                writeText(channel, msecs, piece, span.style);
            if (nl < 0)
                break;
            endLine(channel, msecs);
            from = nl + 1;
        }
    }
}

void LogPane::writeText(Channel channel, int msecs, const QString &text, const AnsiStyle &style)
{
    ChannelState &state = m_channels[int(channel)];
    // Progress bars redraw their line with '\r': a non-empty piece after one
    // replaces the line, so only the last non-empty piece can stay visible, and
    // only it is inserted (a flood of redraws costs one insertion per slice).
    QStringView piece = text;
    bool crAfter = false;
    const qsizetype lastCr = text.lastIndexOf(QLatin1Char('\r'));
    if (lastCr >= 0) {
        qsizetype end = text.size();
        qsizetype cr = lastCr;
        while (cr >= 0 && cr + 1 == end) { // trailing empty pieces: "100%\r" keeps "100%"
            end = cr;
            cr = end > 0 ? text.lastIndexOf(QLatin1Char('\r'), end - 1) : -1;
        }
        piece = QStringView(text).mid(cr + 1, end - cr - 1);
        if (cr >= 0)
            state.carriageReturn = true;
        crAfter = end < text.size();
    }
    if (!piece.isEmpty()) {
        openLine(channel, msecs);
        m_cursor.insertText(piece.toString(), formatFor(channel, style));
    }
    if (crAfter)
        state.carriageReturn = true;
}

void LogPane::endLine(Channel channel, int msecs)
{
    if (m_openChannel != int(channel))
        startLine(channel == Channel::Stderr ? LogView::LineKind::Stderr : LogView::LineKind::Stdout, msecs);
    m_openChannel = -1;
    m_mark = CutMark();
    m_channels[int(channel)].carriageReturn = false;
}

void LogPane::startLine(LogView::LineKind kind, int msecs)
{
    m_mark = CutMark();
    if (m_documentEmpty) {
        m_documentEmpty = false; // the document's first, empty block becomes this line
    } else {
        m_cursor.insertBlock();
        ++m_newBlocks;
    }
    m_cursor.block().setUserState(LogView::encodeState(kind, msecs));
}

void LogPane::writeSpecialLine(LogView::LineKind kind, const QString &text)
{
    const QTextDocument *doc = m_view->document();
    const int before = doc->blockCount();
    QScrollBar *bar = m_view->verticalScrollBar();
    const bool followEnd = bar->value() >= bar->maximum() - 1;
    m_newBlocks = 0;
    m_cursor.movePosition(QTextCursor::End);
    m_cursor.beginEditBlock();
    insertLine(kind, text);
    m_cursor.endEditBlock();
    const int removed = before + m_newBlocks - doc->blockCount();
    if (removed > 0)
        m_dropped += removed;
    trimDocument();
    updateDroppedNotice();
    if (followEnd)
        bar->setValue(bar->maximum());
}

void LogPane::insertLine(LogView::LineKind kind, const QString &text)
{
    m_openChannel = -1;
    m_gapBytes = 0;
    startLine(kind, nowMsecs());
    m_cursor.insertText(text, specialFormat(kind));
}

void LogPane::openLine(Channel channel, int msecs)
{
    ChannelState &state = m_channels[int(channel)];
    if (m_openChannel != int(channel)) {
        startLine(channel == Channel::Stderr ? LogView::LineKind::Stderr : LogView::LineKind::Stdout, msecs);
        m_openChannel = int(channel);
    } else if (state.carriageReturn) {
        m_cursor.movePosition(QTextCursor::StartOfBlock, QTextCursor::KeepAnchor);
        m_cursor.removeSelectedText();
        m_mark = CutMark(); // the line starts over, and its mark with it
    }
    state.carriageReturn = false;
}

void LogPane::writeCut(Channel channel, int msecs, qint64 bytes)
{
    // If another channel wrote a line since, the rest of this line is cut on a line of its own.
    openLine(channel, msecs);
    const QTextBlock block = m_cursor.block(); // the open line is the last block
    if (m_mark.offset < 0)
        m_mark.offset = block.length() - 1;
    m_mark.bytes += bytes;
    const QString text = cutMarkText(m_mark.bytes);
    if (text == m_mark.text)
        return; // "1.2 MB" still: no need to lay the long line out again
    m_mark.text = text;
    m_cursor.setPosition(block.position() + m_mark.offset);
    m_cursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
    m_cursor.insertText(text, specialFormat(LogView::LineKind::Notice));
}

void LogPane::trimDocument()
{
    // Long lines (each up to maximumLineBytes()) could make maximumLines() lines
    // huge: the document has a size limit of its own, and drops its oldest lines.
    QTextDocument *doc = m_view->document();
    if (doc->characterCount() <= MaxDocumentChars)
        return;
    const QTextBlock keep = doc->findBlock(int(doc->characterCount() - MaxDocumentChars * 3 / 4));
    const int blocks = keep.blockNumber();
    if (!keep.isValid() || blocks <= 0 || keep == doc->lastBlock())
        return;
    QTextCursor cursor(doc);
    cursor.setPosition(keep.position(), QTextCursor::KeepAnchor);
    cursor.removeSelectedText();
    m_dropped += blocks;
    m_cursor.movePosition(QTextCursor::End);
}

void LogPane::updateDroppedNotice()
{
    if (m_dropped <= 0 && m_notShownBytes <= 0) {
        m_droppedNotice->hide();
        return;
    }
    QStringList parts;
    if (m_dropped > 0) {
        parts << tr("Older lines were dropped to keep memory use bounded: %n line(s) no longer shown. "
                    "The log keeps the last %1 lines.",
                    nullptr, int(qMin<qint64>(m_dropped, INT_MAX)))
                     .arg(QLocale().toString(m_maxLines));
    }
    if (m_notShownBytes > 0) {
        parts << tr("%1 of output arrived faster than the log can show it and was left out (marked in the log). "
                    "Hoshu keeps no other copy of it.")
                     .arg(QLocale().formattedDataSize(m_notShownBytes, 1, QLocale::DataSizeTraditionalFormat));
    }
    m_droppedNotice->setText(parts.join(QLatin1Char(' ')));
    m_droppedNotice->show();
    Q_EMIT droppedLinesChanged(m_dropped);
}

QString LogPane::cutMarkText(qint64 bytes) const
{
    return tr("… [line cut: %1 more]").arg(QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat));
}

QString LogPane::notShownText(qint64 bytes) const
{
    return tr("[%1 of output not shown here: it arrived faster than the log can show it, and Hoshu keeps no other "
              "copy]")
        .arg(QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat));
}

// ---- formats ----------------------------------------------------------------

QColor LogPane::ansiColour(int index) const
{
    // Two tables so that colours stay readable on light and on dark backgrounds.
    static const QRgb light[16] = {0x000000, 0xb00020, 0x1a7f37, 0x8a6d00, 0x0550ae, 0x8250df, 0x0a7e8c, 0x6e7781,
                                   0x57606a, 0xd1242f, 0x2da44e, 0xa37b00, 0x218bff, 0xa475f9, 0x1b95a5, 0x8c959f};
    static const QRgb dark[16] = {0x6e7681, 0xff7b72, 0x3fb950, 0xd29922, 0x58a6ff, 0xbc8cff, 0x39c5cf, 0xc9d1d9,
                                  0x8b949e, 0xffa198, 0x56d364, 0xe3b341, 0x79c0ff, 0xd2a8ff, 0x56d4dd, 0xf0f6fc};
    const int i = qBound(0, index, 15);
    return QColor(isDark() ? dark[i] : light[i]);
}

QTextCharFormat LogPane::formatFor(Channel channel, const AnsiStyle &style)
{
    const quint32 key = quint32(channel) | quint32(style.foreground + 1) << 1 | quint32(style.background + 1) << 6
        | quint32(style.bold) << 11 | quint32(style.italic) << 12 | quint32(style.underline) << 13;
    const auto it = m_formats.constFind(key);
    if (it != m_formats.constEnd())
        return *it;
    QTextCharFormat format;
    if (channel == Channel::Stderr)
        format.setForeground(ansiColour(1)); // plus the "!" marker in the gutter: not colour alone
    if (style.foreground >= 0)
        format.setForeground(ansiColour(style.foreground));
    if (style.background >= 0)
        format.setBackground(ansiColour(style.background));
    if (style.bold)
        format.setFontWeight(QFont::Bold);
    if (style.italic)
        format.setFontItalic(true);
    if (style.underline)
        format.setFontUnderline(true);
    m_formats.insert(key, format);
    return format;
}

QTextCharFormat LogPane::specialFormat(LogView::LineKind kind) const
{
    QTextCharFormat format;
    format.setFontWeight(QFont::Bold);
    switch (kind) {
    case LogView::LineKind::Header:
        format.setForeground(ansiColour(4));
        break;
    case LogView::LineKind::Footer:
        format.setForeground(ansiColour(2));
        break;
    case LogView::LineKind::FooterError:
        format.setForeground(ansiColour(1));
        break;
    case LogView::LineKind::Notice:
        // Set apart by a muted colour, never italics: Japanese has no italic face (a slanted
        // fallback reads badly), and half of the notices are Japanese.
        format.setFontWeight(QFont::Normal);
        format.setForeground(palette().color(QPalette::PlaceholderText));
        break;
    default:
        break;
    }
    return format;
}

void LogPane::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        m_formats.clear(); // new lines pick colours for the new (light/dark) palette
}

// ---- reading back, saving, searching -----------------------------------------

int LogPane::lineCount() const
{
    return m_documentEmpty ? 0 : m_view->document()->blockCount();
}

QString LogPane::lineText(int line) const
{
    return m_view->document()->findBlockByNumber(line).text();
}

LogView::LineKind LogPane::lineKind(int line) const
{
    return LogView::kindOf(m_view->document()->findBlockByNumber(line).userState());
}

static QString exportLine(const QTextBlock &block)
{
    const int state = block.userState();
    const int ms = LogView::msecsOfDay(state);
    const QString time = ms >= 0 ? QTime::fromMSecsSinceStartOfDay(ms).toString(QStringLiteral("HH:mm:ss"))
                                 : QString(8, QLatin1Char(' '));
    return time + QLatin1Char(' ') + LogView::markerFor(LogView::kindOf(state)) + QLatin1Char(' ') + block.text();
}

QString LogPane::exportText() const
{
    QString out;
    if (m_documentEmpty)
        return out;
    for (QTextBlock block = m_view->document()->begin(); block.isValid(); block = block.next()) {
        out += exportLine(block);
        out += QLatin1Char('\n');
    }
    return out;
}

bool LogPane::saveToFile(const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    if (!m_documentEmpty) {
        for (QTextBlock block = m_view->document()->begin(); block.isValid(); block = block.next()) {
            const QByteArray line = exportLine(block).toUtf8() + '\n';
            if (file.write(line) != line.size())
                break; // commit() reports the error
        }
    }
    if (!file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

void LogPane::saveWithDialog()
{
    flushPending(true);
    QString base = m_serverName.isEmpty() ? QStringLiteral("hoshu") : QStringLiteral("hoshu-") + m_serverName;
    base.replace(QRegularExpression(QStringLiteral("[^\\w.-]+")), QStringLiteral("_"));
    const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                  .filePath(base + QDateTime::currentDateTime().toString(QStringLiteral("-yyyyMMdd-HHmm"))
                                            + QStringLiteral(".log"));
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Save Log"), suggested, tr("Log files (*.log *.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!saveToFile(path, &error)) {
        QMessageBox box(QMessageBox::Warning, tr("Could not save the log"),
                        tr("The log could not be written to %1:\n%2\n\nChoose another folder or check the disk space.")
                            .arg(QDir::toNativeSeparators(path), error),
                        QMessageBox::Close, this);
        box.setTextInteractionFlags(Qt::TextSelectableByMouse);
        box.exec();
    }
}

bool LogPane::find(const QString &text, bool backward, Qt::CaseSensitivity cs)
{
    flushPending(true);
    m_view->setHighlight(text, cs);
    if (text.isEmpty())
        return false;
    QTextDocument::FindFlags flags;
    if (backward)
        flags |= QTextDocument::FindBackward;
    if (cs == Qt::CaseSensitive)
        flags |= QTextDocument::FindCaseSensitively;
    if (m_view->find(text, flags))
        return true;
    // Wrap around, as every editor does.
    QTextCursor saved = m_view->textCursor();
    QTextCursor wrap(m_view->document());
    wrap.movePosition(backward ? QTextCursor::End : QTextCursor::Start);
    m_view->setTextCursor(wrap);
    if (m_view->find(text, flags))
        return true;
    m_view->setTextCursor(saved);
    return false;
}

void LogPane::clear()
{
    m_pending.clear();
    m_pendingChars = 0;
    m_pendingNewlines = 0;
    m_mark = CutMark();
    m_notShownBytes = 0;
    m_gapBytes = 0;
    m_flushTimer.stop();
    m_view->clear();
    m_cursor = QTextCursor(m_view->document());
    m_documentEmpty = true;
    m_openChannel = -1;
    m_dropped = 0;
    updateDroppedNotice();
}

void LogPane::showFindBar()
{
    m_findBar->activate();
    m_view->setHighlight(m_findBar->text(), m_findBar->caseSensitivity());
}

void LogPane::showContextMenu(const QPoint &pos)
{
    QMenu menu(this);
    QAction *copy = menu.addAction(tr("&Copy"), m_view, &QPlainTextEdit::copy);
    copy->setShortcut(QKeySequence::Copy);
    copy->setEnabled(m_view->textCursor().hasSelection());
    QAction *selectAll = menu.addAction(tr("Select &All"), m_view, &QPlainTextEdit::selectAll);
    selectAll->setShortcut(QKeySequence::SelectAll);
    menu.addSeparator();
    menu.addAction(m_findAction);
    menu.addAction(m_timestampsAction);
    menu.addSeparator();
    menu.addAction(m_saveAction);
    menu.addAction(m_clearAction);
    menu.exec(m_view->viewport()->mapToGlobal(pos));
}
