#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

// The Backups tab's one line for a transfer under way (a copy coming here, or one going to
// the server for a restore): a progress bar, what moves how fast, and Cancel. Hidden when
// nothing moves.
class TransferRow : public QWidget
{
    Q_OBJECT

public:
    explicit TransferRow(QWidget *parent = nullptr);

    void begin(const QString &text); // shown, at 0
    // Shown, busy without a measure (gpg at work on this computer: cannot be stopped halfway).
    void busy(const QString &text);
    // FORMAT takes the name, the bytes done, the total and the rate per second (%1..%4).
    void update(const QString &format, const QString &name, qint64 done, qint64 total, qint64 bytesPerSecond);

    QProgressBar *bar() const { return m_bar; }
    QLabel *label() const { return m_label; }
    QPushButton *cancelButton() const { return m_cancel; }

Q_SIGNALS:
    void cancelRequested();

private:
    QProgressBar *m_bar;
    QLabel *m_label;
    QPushButton *m_cancel;
};
