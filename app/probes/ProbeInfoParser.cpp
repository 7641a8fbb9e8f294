#include "probes/ProbeInfoParser.h"

#include "probes/ProbeText.h"
#include "probes/Tampering.h"

ProbeInfo ProbeInfoParser::parse(const QString &text)
{
    ProbeInfo info;
    QString repeated;
    const auto kv = ProbeText::keyValues(text, &repeated);
    if (!repeated.isEmpty()) {
        info.status = Tampering::repeatedKey(repeated);
        return info;
    }
    bool ok = false;
    info.version = kv.value(QStringLiteral("probe_version")).toInt(&ok);
    info.now = ProbeText::epoch(kv.value(QStringLiteral("now")));
    if (!ok || info.version <= 0 || !info.now.isValid()) {
        info.status = ParseStatus::bad(QStringLiteral("probe header unreadable: ") + ProbeText::firstLine(text));
        return info;
    }
    info.tier = kv.value(QStringLiteral("tier"));
    info.uid = kv.value(QStringLiteral("uid")).toInt(&ok);
    if (!ok)
        info.uid = -1;
    info.utcOffsetSec = ProbeText::utcOffsetSeconds(kv.value(QStringLiteral("tz_offset")));
    info.tzName = ProbeText::unescape(kv.value(QStringLiteral("tz_name")));
    info.hostname = ProbeText::unescape(kv.value(QStringLiteral("hostname")));
    info.kernel = ProbeText::unescape(kv.value(QStringLiteral("kernel")));
    info.mastodonDir = ProbeText::unescape(kv.value(QStringLiteral("mastodon_dir")));
    info.status = ParseStatus::good();
    return info;
}
