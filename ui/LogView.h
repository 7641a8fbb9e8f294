#pragma once

#include <QPlainTextEdit>

class LogGutter;

// The text area of a LogPane: a read-only QPlainTextEdit plus a left gutter
// that shows each line's time and a marker for stderr, run headers and
// footers. Markers live in the gutter (not in the text) so copying a
// selection gives exactly the command's output.
class LogView : public QPlainTextEdit
{
    Q_OBJECT

public:
    // What a line is; stored in the block's userState with its time.
    enum class LineKind { Stdout = 0, Stderr = 1, Header = 2, Footer = 3, FooterError = 4, Notice = 5 };

    explicit LogView(QWidget *parent = nullptr);

    static int encodeState(LineKind kind, int msecsOfDay);
    static LineKind kindOf(int userState);
    static int msecsOfDay(int userState); // -1 when the block has no time

    // One-character marker for a line kind; the same in the gutter and in saved files.
    static QString markerFor(LineKind kind);

    void setTimestampsVisible(bool visible);
    bool timestampsVisible() const { return m_timestamps; }

    int gutterWidth() const;
    void paintGutter(QPaintEvent *event, QWidget *gutter);

    // Highlights every occurrence of `text` in the visible part (cheap even
    // for huge logs); empty clears.
    void setHighlight(const QString &text, Qt::CaseSensitivity cs);
    void refreshHighlights();

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void updateGutterGeometry();
    void updateGutterArea(const QRect &rect, int dy);

    LogGutter *m_gutter;
    bool m_timestamps = true;
    QString m_highlight;
    Qt::CaseSensitivity m_highlightCase = Qt::CaseInsensitive;
};
