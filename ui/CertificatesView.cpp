#include "CertificatesView.h"

#include "DashboardTable.h"
#include "DashboardText.h"
#include "checks/DaysLeft.h"
#include "checks/FindingVerdicts.h"

#include <QLabel>
#include <QVBoxLayout>

#include <limits>

namespace {
const CertInfo *servedFor(const CertificateList &served, const CertInfo &disk)
{
    for (const CertInfo &s : served.certs) {
        if (s.name == disk.name || disk.dnsNames.contains(s.name))
            return &s;
    }
    return nullptr;
}
} // namespace

CertificatesView::CertificatesView(QWidget *parent)
    : QWidget(parent)
    , m_table(new DashboardTable({tr("Domain"), tr("Expires (on disk)"), tr("Expires (served)"), tr("Days left"),
                                  tr("Note")},
                                 QStringLiteral("certificatesTable"), this))
    , m_renewal(new QLabel(this))
{
    setObjectName(QStringLiteral("certificatesView"));
    m_renewal->setObjectName(QStringLiteral("renewalLabel"));
    m_renewal->setTextFormat(Qt::PlainText); // timer names and cron lines from the server
    m_renewal->setWordWrap(true);
    m_renewal->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_renewal);
    clear();
}

void CertificatesView::clear()
{
    m_table->clearRows();
    m_renewal->setText(tr("Renewal: not checked yet."));
}

QString CertificatesView::renewalText() const
{
    return m_renewal->text();
}

void CertificatesView::setSnapshot(const Snapshot &snap, const QList<Finding> &findings)
{
    m_table->clearRows();
    const FindingVerdicts verdicts(findings);
    const QStringList expiryFindings = {QStringLiteral("cert.expiring"), QStringLiteral("cert.expired"),
                                        QStringLiteral("cert.renewal_failing")};
    const QStringList servedFindings = {QStringLiteral("cert.served_stale"), QStringLiteral("cert.expiring"),
                                        QStringLiteral("cert.expired")};
    const QDateTime now = snap.serverNow();
    if (!snap.certs.status.ok && !snap.servedCerts.status.ok) {
        m_table->setNote(tr("Could not read the certificates: %1").arg(snap.certs.status.reason), Severity::Unknown);
    }
    QList<const CertInfo *> servedShown;
    auto addRow = [&](const CertInfo *disk, const CertInfo *served) {
        const CertInfo *any = disk ? disk : served;
        qint64 days = std::numeric_limits<qint64>::max();
        for (const CertInfo *c : {disk, served}) {
            if (c && c->readable())
                days = qMin(days, DaysLeft::until(now, c->notAfter));
        }
        // The verdict and its words are the findings' (thresholds per server included).
        Severity sev = Severity::Unknown;
        QStringList notes;
        if (disk) {
            sev = verdicts.severity(expiryFindings, disk->name);
            notes << verdicts.note(expiryFindings, disk->name);
        }
        if (served) {
            const Severity s = verdicts.severity(servedFindings, served->name);
            sev = disk ? SeverityInfo::worst(sev, s) : s;
            notes << verdicts.note(servedFindings, served->name);
        }
        notes.removeAll(QString());
        notes.removeDuplicates();
        if (days == std::numeric_limits<qint64>::max() && notes.isEmpty())
            notes << any->error;
        if (!served && disk && snap.servedCerts.status.ok && notes.isEmpty())
            notes << tr("Not served by nginx on this name");
        m_table->addRow({any->name,
                         disk ? DashboardText::dateTime(disk->notAfter) : DashboardText::dash(),
                         served ? DashboardText::dateTime(served->notAfter) : DashboardText::dash(),
                         days == std::numeric_limits<qint64>::max() ? DashboardText::dash() : DashboardText::daysLeft(days),
                         notes.join(QStringLiteral("; "))},
                        sev, any->dnsNames.join(QStringLiteral(", ")));
    };
    if (snap.certs.status.ok) {
        for (const CertInfo &c : snap.certs.certs) {
            const CertInfo *served = servedFor(snap.servedCerts, c);
            if (served)
                servedShown << served;
            addRow(&c, served);
        }
    }
    if (snap.servedCerts.status.ok) {
        for (const CertInfo &s : snap.servedCerts.certs) {
            if (!servedShown.contains(&s))
                addRow(nullptr, &s);
        }
    }
    if (m_table->rowCount() == 0 && snap.certs.status.ok)
        m_table->setNote(tr("No Let's Encrypt certificate found on the server."), Severity::Unknown);

    // Renewal: a timer that runs certbot, or a cron line that actually runs.
    QStringList lines;
    if (snap.timers.status.ok) {
        for (const SystemdUnit &t : snap.timers.units) {
            if (!t.id.contains(QLatin1String("certbot")) || !t.exists())
                continue;
            lines << tr("%1: %2, next run %3, last run %4")
                         .arg(t.id, t.activeState, DashboardText::dateTime(t.nextElapse),
                              DashboardText::dateTime(t.lastTrigger));
        }
    }
    if (snap.cron.status.ok) {
        for (const CronEntry &e : snap.cron.entries) {
            lines << (e.skippedUnderSystemd ? tr("cron %1 (skipped on systemd hosts)").arg(e.file)
                                            : tr("cron %1: %2").arg(e.file, e.line));
        }
    }
    m_renewal->setText(lines.isEmpty() ? tr("Renewal: no certbot timer or cron job found. The certificate will not "
                                            "renew by itself.")
                                       : tr("Renewal: %1").arg(lines.join(QStringLiteral("; "))));
}
