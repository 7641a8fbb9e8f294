#include "DrillCommand.h"

#include "backups/DrillLine.h"
#include "cli/ExitCode.h"
#include "cli/Terminal.h"

DrillCommand::DrillCommand(const RunCommand::Options &options, SecretStore *secrets, AuditLog *audit, QObject *parent)
    : QObject(parent)
    , m_server(options.profile.name)
{
    RunCommand::Options run = options;
    run.yes = true; // the command is the request; backup.drill only reads the live database
    run.keepOutput = true;
    m_run = new RunCommand(run, secrets, audit, this);
    connect(m_run, &RunCommand::done, this, &DrillCommand::onDrilled);
}

void DrillCommand::start()
{
    const int early = m_run->start();
    if (early >= 0)
        Q_EMIT done(early);
}

void DrillCommand::interrupt()
{
    m_run->interrupt();
}

void DrillCommand::onDrilled(int exitCode)
{
    if (exitCode == ExitCode::Interrupted || exitCode >= ExitCode::Usage) {
        Q_EMIT done(exitCode); // the run said why (connection, timeout, Ctrl+C)
        return;
    }
    const auto line = DrillLine::findLast(m_run->output());
    if (!line) {
        Terminal::message(tr("The drill on %1 did not end with its result line (hoshu-drill: …), so Hoshu cannot "
                             "tell whether the backup restores. See the output above.")
                              .arg(m_server));
        Q_EMIT done(exitCode == ExitCode::Ok ? ExitCode::Software : exitCode);
        return;
    }
    if (line->passed)
        Terminal::message(tr("Restore drill on %1 passed (%2): %3").arg(m_server, line->countsText(),
                                                                        DrillLine::reasonText(line->reason)));
    else
        Terminal::message(tr("Restore drill on %1 FAILED (%2): %3").arg(m_server, line->countsText(),
                                                                        DrillLine::reasonText(line->reason)));
    Q_EMIT done(line->passed ? ExitCode::Ok : (exitCode == ExitCode::Ok ? 1 : exitCode));
}
