#pragma once

#include <QDialog>

class QComboBox;

// Preferences: how often every server is checked by itself.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(QWidget *parent = nullptr);

    static QList<int> intervalChoices() { return {0, 1, 5, 15, 60}; } // minutes; 0 = off
    static int defaultIntervalMinutes() { return 5; }
    static QString intervalKey() { return QStringLiteral("refresh/intervalMinutes"); }

    void setIntervalMinutes(int minutes);
    int intervalMinutes() const;

private:
    QComboBox *m_interval;
};
