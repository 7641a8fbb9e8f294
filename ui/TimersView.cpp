#include "TimersView.h"

#include "DashboardTable.h"
#include "DashboardText.h"
#include "checks/FindingVerdicts.h"

#include <QVBoxLayout>

TimersView::TimersView(QWidget *parent)
    : QWidget(parent)
    , m_table(new DashboardTable({tr("Timer"), tr("Next run"), tr("Last run"), tr("Last result"), tr("Runs")},
                                 QStringLiteral("timersTable"), this))
{
    setObjectName(QStringLiteral("timersView"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
}

void TimersView::clear()
{
    m_table->clearRows();
}

void TimersView::setSnapshot(const Snapshot &snap, const QList<Finding> &findings)
{
    m_table->clearRows();
    const FindingVerdicts verdicts(findings);
    const QStringList timerFindings = {QStringLiteral("timer.failed")};
    if (!snap.timers.status.ok) {
        m_table->setNote(tr("Could not read the timers: %1").arg(snap.timers.status.reason), Severity::Unknown);
        return;
    }
    for (const SystemdUnit &t : snap.timers.units) {
        if (!t.isTimer())
            continue;
        if (!t.exists())
            continue; // a timer this distribution does not have (e.g. snap's certbot)
        // The last result lives on the service the timer starts.
        const SystemdUnit *service = snap.timers.find(t.triggers);
        if (!service)
            service = snap.units.find(t.triggers);
        const Severity sev = verdicts.severity(timerFindings, t.id);
        QString result = DashboardText::dash();
        if (service) {
            if (service->activeState == QLatin1String("failed")
                || (!service->result.isEmpty() && service->result != QLatin1String("success"))) {
                result = tr("failed (%1, exit status %2)").arg(service->result).arg(service->execMainStatus);
            } else if (t.lastTrigger.isValid()) {
                result = tr("succeeded");
            }
        }
        m_table->addRow({t.id, DashboardText::dateTime(t.nextElapse), DashboardText::dateTime(t.lastTrigger), result,
                         t.triggers},
                        sev, t.fragmentPath);
    }
    if (m_table->rowCount() == 0)
        m_table->setNote(tr("No timers found."), Severity::Unknown);
}
