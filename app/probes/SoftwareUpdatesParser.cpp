#include "probes/SoftwareUpdatesParser.h"

#include "probes/ProbeText.h"
#include "probes/Tampering.h"

#include <QRegularExpression>

SoftwareUpdates SoftwareUpdatesParser::parse(const QString &text)
{
    SoftwareUpdates u;
    static const QRegularExpression updateLine(
        QStringLiteral("^update (\\d+\\.\\d+\\.\\d+\\S*) ([tf]) ([0-9]*)$"));
    static const QStringList knownStates = {QStringLiteral("ok"), QStringLiteral("no-table"),
                                            QStringLiteral("no-psql"), QStringLiteral("remote-db"),
                                            QStringLiteral("disabled")};
    // Mastodon's SoftwareUpdate type enum.
    static const QStringList types = {QStringLiteral("patch"), QStringLiteral("minor"), QStringLiteral("major")};
    bool sawState = false;
    for (const QString &line : ProbeText::lines(text)) {
        if (line.startsWith(QLatin1String("state="))) {
            if (sawState) {
                u = SoftwareUpdates();
                u.status = Tampering::repeatedKey(QStringLiteral("state"));
                return u;
            }
            sawState = true;
            u.state = line.mid(6).trimmed();
            continue;
        }
        const auto m = updateLine.match(line.trimmed());
        if (m.hasMatch() && u.updates.size() < 100)
            u.updates.append({m.captured(1), m.captured(2) == QLatin1String("t"),
                              types.value(m.captured(3).toInt(), QStringLiteral("unknown"))});
    }
    if (!knownStates.contains(u.state)) {
        u.updates.clear();
        u.status = ParseStatus::bad(QStringLiteral("software_updates unreadable: ") + ProbeText::firstLine(text));
        return u;
    }
    if (u.state != QLatin1String("ok"))
        u.updates.clear();
    u.status = ParseStatus::good();
    return u;
}
