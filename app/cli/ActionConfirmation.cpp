#include "cli/ActionConfirmation.h"

#include "catalog/Action.h"
#include "catalog/ActionPlan.h"
#include "cli/Terminal.h"

bool ActionConfirmation::confirmed(const Action &action, const QString &name, const QString &whatRuns, const Given &given)
{
    if (action.risk == Risk::ReadOnly)
        return true;
    if (action.confirmByTypingName) {
        if (given.confirmName == name)
            return true;
        if (!given.confirmName.isEmpty()) {
            Terminal::message(tr("--confirm names “%1”, but this server is “%2”. Nothing was run.")
                                  .arg(given.confirmName, name));
            return false;
        }
    } else if (given.yes) {
        return true;
    }
    Terminal::message(tr("“%1” is %2 and changes the server %3. It will run:\n\n%4\n")
                          .arg(action.title(), riskDisplayName(action.risk), name, whatRuns));
    if (!Terminal::stdinIsInteractive()) {
        Terminal::message(action.confirmByTypingName ? tr("Run it again with --confirm %1 to confirm.").arg(name)
                                                     : tr("Run it again with --yes to confirm."));
        return false;
    }
    if (action.confirmByTypingName) {
        const QString typed =
            QString::fromUtf8(Terminal::readLine(tr("Type the server's name (%1) to run it: ").arg(name))).trimmed();
        if (typed == name)
            return true;
    } else {
        const QString answer = QString::fromUtf8(Terminal::readLine(tr("Run it now? [y/N] "))).trimmed().toLower();
        if (answer == QLatin1String("y") || answer == QLatin1String("yes"))
            return true;
    }
    Terminal::message(tr("Nothing was run."));
    return false;
}

QString ActionConfirmation::planText(const ActionPlan &plan)
{
    QStringList lines;
    for (const QString &step : plan.steps)
        lines << QStringLiteral("  ") + step;
    if (plan.steps.isEmpty())
        lines << tr("  (nothing to change)");
    if (plan.truncated)
        lines << tr("  (more lines were not shown)");
    if (!plan.notes.isEmpty())
        lines << QString() << plan.notes;
    return lines.join(QLatin1Char('\n'));
}
