#include "cli/RemedyCommandLine.h"

#include "checks/FindingRemedy.h"
#include "common/TerminalText.h"

QString RemedyCommandLine::run(const QString &server, const RemedyStep &step)
{
    QString command = QStringLiteral("hoshu-cli run %1 %2").arg(TerminalText::escaped(server),
                                                                TerminalText::escaped(step.actionId));
    for (auto it = step.params.constBegin(); it != step.params.constEnd(); ++it)
        command += QStringLiteral(" --param %1=%2").arg(TerminalText::escaped(it.key()), TerminalText::escaped(it.value()));
    return command;
}
