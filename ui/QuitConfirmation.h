#pragma once

#include <QCoreApplication>
#include <QStringList>

class QWidget;

// Asked when the window closes while actions still run: quitting asks the
// servers to stop the commands, and their end is not seen.
class QuitConfirmation
{
    Q_DECLARE_TR_FUNCTIONS(QuitConfirmation)

public:
    // True: quit anyway. `running`: the servers' names.
    static bool ask(QWidget *parent, const QStringList &running);
};
