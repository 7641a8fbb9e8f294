#include "ServicesView.h"

#include "DashboardTable.h"
#include "DashboardText.h"
#include "checks/FindingText.h"

#include <QVBoxLayout>

ServicesView::ServicesView(QWidget *parent)
    : QWidget(parent)
    , m_table(new DashboardTable({tr("Service"), tr("State"), tr("Since"), tr("Restarts"), tr("Memory")},
                                 QStringLiteral("servicesTable"), this))
{
    setObjectName(QStringLiteral("servicesView"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
}

void ServicesView::clear()
{
    m_table->clearRows();
}

void ServicesView::setSnapshot(const Snapshot &snap)
{
    m_table->clearRows();
    if (snap.deployment == QLatin1String("docker")) {
        if (!snap.compose.status.ok) {
            m_table->setNote(tr("Could not read the containers: %1").arg(snap.compose.status.reason), Severity::Unknown);
            return;
        }
        for (const ComposeService &c : snap.compose.services) {
            const bool up = c.state == QLatin1String("running") && c.health != QLatin1String("unhealthy");
            const Severity sev = up ? Severity::Ok : c.state == QLatin1String("restarting") ? Severity::Warning
                                                                                            : Severity::Critical;
            QString state = c.state;
            if (!c.health.isEmpty())
                state += QStringLiteral(" (%1)").arg(c.health);
            m_table->addRow({c.service, state, c.status, DashboardText::dash(), DashboardText::dash()}, sev, c.image);
        }
        return;
    }
    if (!snap.units.status.ok) {
        m_table->setNote(tr("Could not read the services: %1").arg(snap.units.status.reason), Severity::Unknown);
        return;
    }
    for (const SystemdUnit &u : snap.units.units) {
        if (u.isTimer())
            continue;
        Severity sev = Severity::Ok;
        QString state = QStringLiteral("%1 (%2)").arg(u.activeState, u.subState);
        if (!u.exists()) {
            sev = Severity::Unknown;
            state = tr("not installed (%1)").arg(u.loadState);
        } else if (u.activeState == QLatin1String("failed")) {
            sev = Severity::Critical;
        } else if (u.activeState != QLatin1String("active")) {
            sev = u.unitFileState == QLatin1String("enabled") ? Severity::Critical : Severity::Warning;
        } else if (u.nRestarts > 0) {
            sev = Severity::Warning;
        }
        m_table->addRow({u.id, state,
                         u.activeState == QLatin1String("active") ? DashboardText::dateTime(u.activeEnter)
                                                                   : DashboardText::dash(),
                         u.nRestarts < 0 ? DashboardText::dash() : QString::number(u.nRestarts),
                         u.memoryBytes < 0 ? DashboardText::dash() : FindingText::size(u.memoryBytes)},
                        sev, u.fragmentPath);
    }
    if (m_table->rowCount() == 0)
        m_table->setNote(tr("No Mastodon services found."), Severity::Unknown);
}
