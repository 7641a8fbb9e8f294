#include "probes/LoadParser.h"

#include "probes/ProbeText.h"
#include "probes/Tampering.h"

#include <QStringList>

#include <cmath>

namespace {
bool number(const QString &s, double *out)
{
    bool ok = false;
    const double v = s.toDouble(&ok);
    if (!ok || !std::isfinite(v) || v < 0)
        return false;
    *out = v;
    return true;
}
} // namespace

LoadInfo LoadParser::parse(const QString &text)
{
    LoadInfo info;
    QString repeated;
    const auto kv = ProbeText::keyValues(text, &repeated);
    if (!repeated.isEmpty()) {
        info.status = Tampering::repeatedKey(repeated);
        return info;
    }
    const QStringList load = kv.value(QStringLiteral("loadavg")).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (load.size() < 3 || !number(load.at(0), &info.load1) || !number(load.at(1), &info.load5)
        || !number(load.at(2), &info.load15)) {
        info = LoadInfo();
        info.status = ParseStatus::bad(QStringLiteral("load average unreadable: ") + ProbeText::firstLine(text));
        return info;
    }
    const QStringList up = kv.value(QStringLiteral("uptime")).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (up.isEmpty() || !number(up.at(0), &info.uptimeSec))
        info.uptimeSec = -1;
    bool ok = false;
    info.cpus = kv.value(QStringLiteral("cpus")).trimmed().toInt(&ok);
    if (!ok || info.cpus < 0)
        info.cpus = 0;
    info.status = ParseStatus::good();
    return info;
}
