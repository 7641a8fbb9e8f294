#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QToolButton;

// The search row under a log (Ctrl+F): text, previous/next, match case.
class LogFindBar : public QWidget
{
    Q_OBJECT

public:
    explicit LogFindBar(QWidget *parent = nullptr);

    QString text() const;
    Qt::CaseSensitivity caseSensitivity() const;
    void activate(); // show, focus and select the text
    void setResult(bool found);

Q_SIGNALS:
    void findRequested(const QString &text, bool backward);
    void textChanged(const QString &text);
    void closed();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QLineEdit *m_field;
    QToolButton *m_previous;
    QToolButton *m_next;
    QCheckBox *m_matchCase;
    QLabel *m_status;
};
