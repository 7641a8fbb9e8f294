#pragma once

#include <QCoreApplication>
#include <QString>

struct Action;
struct ActionPlan;

// Whether a changing action may run, asked the way every hoshu-cli command asks:
// read-only actions need nothing; the most dangerous ones need the server's
// name (--confirm NAME, or typed at the terminal); the others --yes or a "y"
// at the terminal. What will run is shown before any question.
class ActionConfirmation
{
    Q_DECLARE_TR_FUNCTIONS(ActionConfirmation)

public:
    struct Given
    {
        bool yes = false;    // --yes
        QString confirmName; // --confirm NAME
    };

    static bool confirmed(const Action &action, const QString &serverName, const QString &whatRuns, const Given &given);
    // A worked-out plan as the confirmation shows it: the commands, then the notes.
    static QString planText(const ActionPlan &plan);
};
