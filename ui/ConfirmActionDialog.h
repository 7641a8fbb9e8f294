#pragma once

#include "catalog/Risk.h"

#include <QDialog>

class QLineEdit;
class QPlainTextEdit;
class QPushButton;

// Asks before an action changes a server, showing the EXACT command that will
// run. For disruptive and destructive actions Run is not the default button;
// for the most dangerous ones the user must type the server's name first.
class ConfirmActionDialog : public QDialog
{
    Q_OBJECT

public:
    struct Request
    {
        QString actionTitle;
        QString actionDescription;
        QString serverName;
        Risk risk = Risk::Safe;
        QString displayCommand;
        bool confirmByTypingName = false;
    };

    explicit ConfirmActionDialog(const Request &request, QWidget *parent = nullptr);

    // Read-only actions run without asking.
    static bool needsConfirmation(Risk risk) { return risk != Risk::ReadOnly; }

    QString commandText() const;
    bool isRunEnabled() const;

private:
    void updateRunButton();

    Request m_request;
    QPlainTextEdit *m_command;
    QLineEdit *m_typeName = nullptr;
    QPushButton *m_run;
};
