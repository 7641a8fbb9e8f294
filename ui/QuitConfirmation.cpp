#include "QuitConfirmation.h"

#include <QMessageBox>
#include <QPushButton>

bool QuitConfirmation::ask(QWidget *parent, const QStringList &running)
{
    QMessageBox box(QMessageBox::Warning, tr("Quit Hoshu?"),
                    tr("An action is still running on: %1.").arg(running.join(QStringLiteral(", "))),
                    QMessageBox::NoButton, parent);
    box.setInformativeText(tr("If you quit now, Hoshu asks the server to stop the command, and you will not "
                              "see how it ends."));
    QPushButton *quit = box.addButton(tr("&Quit Anyway"), QMessageBox::DestructiveRole);
    QPushButton *stay = box.addButton(tr("&Keep Running"), QMessageBox::RejectRole);
    box.setDefaultButton(stay);
    box.exec();
    return box.clickedButton() == quit;
}
