#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

// A non-blocking message across the top of the window (a file that could not
// be read, a keychain that is missing). The text is selectable and has a Copy
// button, because people paste such messages when asking for help.
class MessageBanner : public QFrame
{
    Q_OBJECT

public:
    enum class Level { Information, Warning, Error };

    explicit MessageBanner(QWidget *parent = nullptr);

    void showMessage(Level level, const QString &text);
    QString text() const;

private:
    QLabel *m_icon;
    QLabel *m_text;
    QPushButton *m_copy;
};
