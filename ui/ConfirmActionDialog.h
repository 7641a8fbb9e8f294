#pragma once

#include "catalog/Risk.h"

#include <QDialog>

struct ActionPlan;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QVBoxLayout;

// Asks before an action changes a server. A changing action speaks human first: the
// dialog shows what it will do on this server (the plan, worked out read-only on the
// server: "It will run: systemctl restart mastodon-web.service …") in a few lines, with
// the EXACT full script behind "Show the full script". Until the plan is there Run is
// off; a plan that fails shows why and offers no Run. Without a plan (hasPlan false)
// the full script is shown at once. For disruptive and destructive actions Run is not
// the default button; for the most dangerous ones the user must type the server's
// name first.
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
        bool hasPlan = false;      // the plan comes through setPlan()
        bool mastodonDown = false; // Mastodon is unavailable while it runs
        QString estimate;          // how long it may take; empty = not said
    };

    explicit ConfirmActionDialog(const Request &request, QWidget *parent = nullptr);

    // Read-only actions run without asking.
    static bool needsConfirmation(Risk risk) { return risk != Risk::ReadOnly; }

    void setPlan(const ActionPlan &plan);

    QString commandText() const; // the full script
    QString planText() const;    // the plan's steps, one a line (or why it failed)
    bool isPlanPending() const { return m_planState == PlanState::Pending; }
    bool isScriptShown() const;
    bool isRunEnabled() const;

private:
    enum class PlanState { None, Pending, Ready, Failed };

    void addPlanSection(QVBoxLayout *layout);
    void addScriptSection(QVBoxLayout *layout);
    void showScript(bool shown);
    void fitPlanView(const QStringList &lines);
    void fitToContents();
    void updateRunButton();

    Request m_request;
    PlanState m_planState = PlanState::None;
    QLabel *m_planLabel = nullptr;
    QPlainTextEdit *m_plan = nullptr;
    QLabel *m_planNotes = nullptr;
    QPushButton *m_scriptToggle = nullptr;
    QLabel *m_commandLabel = nullptr;
    QPlainTextEdit *m_command;
    QPushButton *m_copy = nullptr;
    QLineEdit *m_typeName = nullptr;
    QPushButton *m_run;
    QPushButton *m_cancel = nullptr;
};
