#include "ServicesView.h"

#include "DashboardTable.h"
#include "DashboardText.h"
#include "checks/FindingText.h"
#include "checks/FindingVerdicts.h"

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

namespace {
const QStringList kServiceFindings = {QStringLiteral("service.inactive"), QStringLiteral("service.restarting")};
} // namespace

void ServicesView::setSnapshot(const Snapshot &snap, const QList<Finding> &findings)
{
    m_table->clearRows();
    const FindingVerdicts verdicts(findings);
    if (snap.deployment == QLatin1String("docker")) {
        if (!snap.compose.status.ok) {
            m_table->setNote(tr("Could not read the containers: %1").arg(snap.compose.status.reason), Severity::Unknown);
            return;
        }
        for (const ComposeService &c : snap.compose.services) {
            const Severity sev = verdicts.severity(kServiceFindings, c.service);
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
        // A unit no rule judged (not installed, a template) shows as not checked.
        const Severity sev = verdicts.severity(kServiceFindings, u.id);
        QString state = QStringLiteral("%1 (%2)").arg(u.activeState, u.subState);
        if (!u.exists())
            state = tr("not installed (%1)").arg(u.loadState);
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
