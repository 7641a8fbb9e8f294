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
    ChannelState &state = m_channels[int(channel)];
    QString text = state.decoder.decode(data); // stateful: a split UTF-8 sequence is completed next time
    if (text.isEmpty())
        return;
    if (!m_pending.isEmpty() && m_pending.last().channel == channel) {
        m_pending.last().text += text;
    } else {
        m_pending.append(Pending{channel, nowMsecs(), std::move(text), 0});
    }
    if (!m_flushTimer.isActive())
        m_flushTimer.start(FlushIntervalMs);
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
        state.decoder.resetState();
        state.parser.reset();
        state.carriageReturn = false;
    }
    m_openChannel = -1;
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
    while (!m_pending.isEmpty()) {
        Pending &p = m_pending.first();
        qsizetype take = qMin(SliceChars, p.text.size() - p.offset);
        // Never cut a surrogate pair in half.
        if (p.offset + take < p.text.size() && p.text.at(p.offset + take - 1).isHighSurrogate())
            ++take;
        writeSlice(p.channel, p.msecs, QStringView(p.text).mid(p.offset, take));
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
    qint64 total = 0;
    for (const Pending &p : std::as_const(m_pending))
        total += QStringView(p.text).mid(p.offset).count(QLatin1Char('\n'));
    qint64 excess = total - m_maxLines;
    while (excess > 0 && !m_pending.isEmpty()) {
        Pending &p = m_pending.first();
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
        state.parser.parse(rest.left(cut)); // keeps the colour state right
        if (lines > 0) {
            state.carriageReturn = false;
            if (m_openChannel == int(p.channel))
                m_openChannel = -1;
        }
        m_dropped += lines;
        excess -= lines;
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
    const QStringList segments = text.split(QLatin1Char('\r'));
    for (qsizetype i = 0; i < segments.size(); ++i) {
        if (i > 0)
            state.carriageReturn = true; // progress bars redraw their line with '\r'
        const QString &segment = segments[i];
        if (segment.isEmpty())
            continue;
        if (m_openChannel != int(channel)) {
            startLine(channel == Channel::Stderr ? LogView::LineKind::Stderr : LogView::LineKind::Stdout, msecs);
            m_openChannel = int(channel);
        } else if (state.carriageReturn) {
            m_cursor.movePosition(QTextCursor::StartOfBlock, QTextCursor::KeepAnchor);
            m_cursor.removeSelectedText();
        }
        state.carriageReturn = false;
        m_cursor.insertText(segment, formatFor(channel, style));
    }
}

void LogPane::endLine(Channel channel, int msecs)
{
    if (m_openChannel != int(channel))
        startLine(channel == Channel::Stderr ? LogView::LineKind::Stderr : LogView::LineKind::Stdout, msecs);
    m_openChannel = -1;
    m_channels[int(channel)].carriageReturn = false;
}

void LogPane::startLine(LogView::LineKind kind, int msecs)
{
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
    m_openChannel = -1;
    startLine(kind, nowMsecs());
    m_cursor.insertText(text, specialFormat(kind));
    m_cursor.endEditBlock();
    const int removed = before + m_newBlocks - doc->blockCount();
    if (removed > 0) {
        m_dropped += removed;
        updateDroppedNotice();
    }
    if (followEnd)
        bar->setValue(bar->maximum());
}

void LogPane::updateDroppedNotice()
{
    if (m_dropped <= 0) {
        m_droppedNotice->hide();
        return;
    }
    m_droppedNotice->setText(
        tr("Older lines were dropped to keep memory use bounded: %n line(s) no longer shown. "
           "The log keeps the last %1 lines.",
           nullptr, int(qMin<qint64>(m_dropped, INT_MAX)))
            .arg(QLocale().toString(m_maxLines)));
    m_droppedNotice->show();
    Q_EMIT droppedLinesChanged(m_dropped);
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
        format.setFontWeight(QFont::Normal);
        format.setFontItalic(true);
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
