#include "LogView.h"

#include "LogGutter.h"

#include <QFontDatabase>
#include <QPainter>
#include <QScrollBar>
#include <QTextBlock>
#include <QTime>

namespace {
constexpr int KindBits = 3;
constexpr int KindMask = (1 << KindBits) - 1;
constexpr int NoTime = 0x7ffffff; // larger than any msecs of day; still a positive int once shifted
} // namespace

LogView::LogView(QWidget *parent)
    : QPlainTextEdit(parent)
    , m_gutter(new LogGutter(this))
{
    setObjectName(QStringLiteral("logView"));
    setReadOnly(true);
    setUndoRedoEnabled(false); // an undo stack would keep every dropped line alive
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);

    connect(this, &QPlainTextEdit::updateRequest, this, &LogView::updateGutterArea);
    connect(verticalScrollBar(), &QScrollBar::valueChanged, this, [this] { refreshHighlights(); });
    updateGutterGeometry();
}

int LogView::encodeState(LineKind kind, int msecsOfDay)
{
    const int t = (msecsOfDay >= 0 && msecsOfDay < 86400000) ? msecsOfDay : NoTime;
    return (t << KindBits) | int(kind);
}

LogView::LineKind LogView::kindOf(int userState)
{
    if (userState < 0)
        return LineKind::Stdout;
    const int k = userState & KindMask;
    return k <= int(LineKind::Notice) ? LineKind(k) : LineKind::Stdout;
}

int LogView::msecsOfDay(int userState)
{
    if (userState < 0)
        return -1;
    const int t = userState >> KindBits;
    return t == NoTime ? -1 : t;
}

QString LogView::markerFor(LineKind kind)
{
    switch (kind) {
    case LineKind::Stderr:
        return QStringLiteral("!");
    case LineKind::Header:
        return QStringLiteral(">");
    case LineKind::Footer:
        return QStringLiteral("<");
    case LineKind::FooterError:
        return QStringLiteral("X");
    case LineKind::Notice:
        return QStringLiteral("*");
    case LineKind::Stdout:
        break;
    }
    return QStringLiteral(" ");
}

void LogView::setTimestampsVisible(bool visible)
{
    if (m_timestamps == visible)
        return;
    m_timestamps = visible;
    updateGutterGeometry();
    m_gutter->update();
}

int LogView::gutterWidth() const
{
    const QFontMetrics fm(font());
    int width = fm.horizontalAdvance(QLatin1Char('W')) * 2 + 6;
    if (m_timestamps)
        width += fm.horizontalAdvance(QStringLiteral("00:00:00")) + fm.horizontalAdvance(QLatin1Char(' '));
    return width;
}

void LogView::updateGutterGeometry()
{
    setViewportMargins(gutterWidth(), 0, 0, 0);
    const QRect cr = contentsRect();
    m_gutter->setGeometry(QRect(cr.left(), cr.top(), gutterWidth(), cr.height()));
}

void LogView::updateGutterArea(const QRect &rect, int dy)
{
    if (dy)
        m_gutter->scroll(0, dy);
    else
        m_gutter->update(0, rect.y(), m_gutter->width(), rect.height());
}

void LogView::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event);
    updateGutterGeometry();
    refreshHighlights();
}

void LogView::changeEvent(QEvent *event)
{
    QPlainTextEdit::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        updateGutterGeometry();
}

void LogView::paintGutter(QPaintEvent *event, QWidget *gutter)
{
    QPainter painter(gutter);
    const QPalette pal = palette();
    const bool dark = pal.color(QPalette::Base).lightness() < 128;
    painter.fillRect(event->rect(), pal.color(QPalette::AlternateBase));
    painter.setFont(font());
    const QFontMetrics fm(font());
    const int markerWidth = fm.horizontalAdvance(QLatin1Char('W')) * 2;
    const int timeWidth = gutter->width() - markerWidth - 4;

    QFont markerFont = font();
    markerFont.setBold(true);

    QTextBlock block = firstVisibleBlock();
    qreal top = blockBoundingGeometry(block).translated(contentOffset()).top();
    while (block.isValid() && top <= event->rect().bottom()) {
        const qreal height = blockBoundingRect(block).height();
        if (block.isVisible() && top + height >= event->rect().top()) {
            const int state = block.userState();
            const QRect lineRect(0, qRound(top), gutter->width(), fm.height());
            if (m_timestamps) {
                const int ms = msecsOfDay(state);
                if (ms >= 0) {
                    painter.setPen(pal.color(QPalette::PlaceholderText));
                    painter.drawText(lineRect.adjusted(2, 0, 0, 0).intersected(QRect(2, lineRect.top(), timeWidth, lineRect.height())),
                                     Qt::AlignLeft | Qt::AlignVCenter,
                                     QTime::fromMSecsSinceStartOfDay(ms).toString(QStringLiteral("HH:mm:ss")));
                }
            }
            const LineKind kind = kindOf(state);
            if (kind != LineKind::Stdout) {
                QColor colour = pal.color(QPalette::Text);
                if (kind == LineKind::Stderr || kind == LineKind::FooterError)
                    colour = dark ? QColor(0xff, 0x7b, 0x72) : QColor(0xb0, 0x00, 0x20);
                painter.setPen(colour);
                painter.setFont(markerFont);
                painter.drawText(QRect(gutter->width() - markerWidth - 2, lineRect.top(), markerWidth, lineRect.height()),
                                 Qt::AlignCenter, markerFor(kind));
                painter.setFont(font());
            }
        }
        block = block.next();
        top += height;
    }
}

void LogView::setHighlight(const QString &text, Qt::CaseSensitivity cs)
{
    m_highlight = text;
    m_highlightCase = cs;
    refreshHighlights();
}

void LogView::refreshHighlights()
{
    QList<QTextEdit::ExtraSelection> selections;
    if (!m_highlight.isEmpty()) {
        const bool dark = palette().color(QPalette::Base).lightness() < 128;
        QTextCharFormat format;
        format.setBackground(dark ? QColor(0x6b, 0x5b, 0x00) : QColor(0xff, 0xe0, 0x66));
        format.setForeground(dark ? QColor(Qt::white) : QColor(Qt::black));
        const int viewportBottom = viewport()->height();
        QTextBlock block = firstVisibleBlock();
        qreal top = blockBoundingGeometry(block).translated(contentOffset()).top();
        while (block.isValid() && top <= viewportBottom && selections.size() < 2000) {
            const QString blockText = block.text();
            qsizetype from = 0;
            while ((from = blockText.indexOf(m_highlight, from, m_highlightCase)) >= 0) {
                QTextEdit::ExtraSelection sel;
                sel.cursor = QTextCursor(block);
                sel.cursor.setPosition(block.position() + int(from));
                sel.cursor.setPosition(block.position() + int(from + m_highlight.size()), QTextCursor::KeepAnchor);
                sel.format = format;
                selections.append(sel);
                from += m_highlight.size();
            }
            top += blockBoundingRect(block).height();
            block = block.next();
        }
    }
    setExtraSelections(selections);
}
