#include "probes/SnapshotBuilder.h"

#include "probes/SectionSplitter.h"
#include "probes/Tampering.h"

#include <QTimeZone>

namespace {
class Sections
{
public:
    Sections(const QMap<QString, ProbeSection> &sections, Snapshot *snap) : m_sections(sections), m_snap(snap) {}

    // The text to parse, or nullopt-like false with the reason recorded.
    bool get(const QString &name, QString *text, ParseStatus *status)
    {
        const auto it = m_sections.constFind(name);
        if (it != m_sections.constEnd() && it->repeated) {
            *status = Tampering::repeatedSection(name);
            m_snap->parseErrors.insert(name, status->reason);
            return false;
        }
        QString why;
        if (it == m_sections.constEnd())
            why = QStringLiteral("section missing from the probe output");
        else if (it->exitStatus == 124)
            why = QStringLiteral("timed out on the server");
        else if (it->exitStatus < 0)
            why = QStringLiteral("section cut short");
        if (!why.isEmpty()) {
            *status = ParseStatus::bad(why);
            m_snap->parseErrors.insert(name, why);
            return false;
        }
        *text = it->text;
        return true;
    }
    bool has(const QString &name) const { return m_sections.contains(name); }
    void record(const QString &name, const ParseStatus &status)
    {
        if (!status.ok && status.collected)
            m_snap->parseErrors.insert(name, status.reason);
    }

private:
    QMap<QString, ProbeSection> m_sections;
    Snapshot *m_snap;
};

template<typename T, typename F>
void parseInto(Sections &s, const QString &name, T *target, F parser)
{
    QString text;
    ParseStatus missing;
    if (!s.get(name, &text, &missing)) {
        *target = T();
        target->status = missing;
        return;
    }
    *target = parser(text);
    s.record(name, target->status);
}

void markNotCollected(Snapshot *snap, bool fastParts)
{
    if (fastParts) {
        snap->probe.status = snap->os.status = snap->load.status = snap->memory.status = snap->disks.status =
            snap->inodesStatus = snap->units.status = snap->compose.status = snap->timers.status = snap->cron.status =
                snap->env.status = snap->certs.status = snap->servedCerts.status = snap->sidekiq.status =
                    snap->journal.status = snap->reboot.status = snap->updates.status = snap->version.status =
                        snap->caCertificates.status = snap->smtp.status = snap->detection.status =
                            ParseStatus::notCollected();
    } else {
        snap->diskUsage.status = snap->dumps.status = snap->backups.status = ParseStatus::notCollected();
    }
}
} // namespace

Snapshot SnapshotBuilder::build(const QByteArray &output, const QString &nonce, const Meta &meta)
{
    Snapshot snap;
    snap.serverId = meta.serverId;
    snap.serverName = meta.serverName;
    snap.deployment = meta.deployment;
    snap.takenAt = meta.takenAt.isValid() ? meta.takenAt.toUTC() : QDateTime::currentDateTimeUtc();
    const bool slow = meta.tier != ProbeScript::Tier::Fast;
    const bool fast = meta.tier != ProbeScript::Tier::Slow;
    markNotCollected(&snap, true);
    markNotCollected(&snap, false);

    Sections s(SectionSplitter::split(output, nonce), &snap);
    parseInto(s, QStringLiteral("probe"), &snap.probe, ProbeInfoParser::parse);
    const int offset = snap.probe.utcOffsetSec;
    if (slow) {
        snap.slowTakenAt = snap.takenAt;
        parseInto(s, QStringLiteral("du"), &snap.diskUsage, DiskUsageParser::parse);
        parseInto(s, QStringLiteral("dumps"), &snap.dumps, FileListParser::parse);
        parseInto(s, QStringLiteral("backups"), &snap.backups, FileListParser::parse);
    }
    if (!fast)
        return snap;
    parseInto(s, QStringLiteral("os-release"), &snap.os, OsReleaseParser::parse);
    parseInto(s, QStringLiteral("loadavg"), &snap.load, LoadParser::parse);
    parseInto(s, QStringLiteral("meminfo"), &snap.memory, MemInfoParser::parse);
    parseInto(s, QStringLiteral("df"), &snap.disks, DfParser::parse);
    {
        QString text;
        if (s.get(QStringLiteral("df-inodes"), &text, &snap.inodesStatus)) {
            snap.inodesStatus = snap.disks.status.ok ? DfParser::mergeInodes(&snap.disks, text)
                                                     : ParseStatus::bad(QStringLiteral("df unreadable"));
            s.record(QStringLiteral("df-inodes"), snap.inodesStatus);
        }
    }
    parseInto(s, QStringLiteral("units"), &snap.units,
              [offset](const QString &t) { return SystemdShowParser::parse(t, offset); });
    if (meta.deployment == QLatin1String("docker"))
        parseInto(s, QStringLiteral("compose-ps"), &snap.compose, ComposePsParser::parse);
    parseInto(s, QStringLiteral("timers"), &snap.timers,
              [offset](const QString &t) { return SystemdShowParser::parse(t, offset); });
    parseInto(s, QStringLiteral("cron"), &snap.cron, CronParser::parse);
    parseInto(s, QStringLiteral("env"), &snap.env, EnvHintsParser::parse);
    parseInto(s, QStringLiteral("certs"), &snap.certs, CertificateListParser::parseOnDisk);
    parseInto(s, QStringLiteral("served-certs"), &snap.servedCerts, CertificateListParser::parseServed);
    parseInto(s, QStringLiteral("sidekiq"), &snap.sidekiq, SidekiqParser::parse);
    parseInto(s, QStringLiteral("journal"), &snap.journal, JournalParser::parse);
    parseInto(s, QStringLiteral("reboot"), &snap.reboot, RebootParser::parse);
    parseInto(s, QStringLiteral("updates"), &snap.updates, UpdatesParser::parse);
    parseInto(s, QStringLiteral("mastodon-version"), &snap.version, MastodonVersionParser::parse);
    parseInto(s, QStringLiteral("software-updates"), &snap.softwareUpdates, SoftwareUpdatesParser::parse);
    parseInto(s, QStringLiteral("ca-certificates"), &snap.caCertificates, CaCertificatesParser::parse);
    // Probe outputs from before the smtp section (saved captures) have none: not
    // collected, never "section missing". The script in use always prints it.
    if (s.has(QStringLiteral("smtp")))
        parseInto(s, QStringLiteral("smtp"), &snap.smtp, SmtpCheckParser::parse);
    parseInto(s, QStringLiteral("detect"), &snap.detection, DetectionParser::parse);
    return snap;
}
