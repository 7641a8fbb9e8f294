#include "probes/MemInfoParser.h"

#include "probes/ProbeText.h"
#include "probes/Tampering.h"

#include <QMap>
#include <QRegularExpression>

MemInfo MemInfoParser::parse(const QString &text)
{
    static const QRegularExpression re(QStringLiteral(R"(^([A-Za-z0-9_()]+):\s+(\d{1,15})(?:\s+kB)?\s*$)"));
    QMap<QString, qint64> kb;
    MemInfo mem;
    const QStringList lines = ProbeText::lines(text);
    for (const QString &line : lines) {
        const QRegularExpressionMatch m = re.match(line);
        if (!m.hasMatch())
            continue;
        if (kb.contains(m.captured(1))) {
            mem.status = Tampering::repeatedKey(m.captured(1));
            return mem;
        }
        kb.insert(m.captured(1), m.captured(2).toLongLong());
    }
    if (!kb.contains(QStringLiteral("MemTotal")) || kb.value(QStringLiteral("MemTotal")) <= 0
        || !kb.contains(QStringLiteral("MemFree"))) {
        mem.status = ParseStatus::bad(QStringLiteral("no MemTotal in meminfo: ") + ProbeText::firstLine(text));
        return mem;
    }
    mem.totalBytes = kb.value(QStringLiteral("MemTotal")) * 1024;
    if (kb.contains(QStringLiteral("MemAvailable"))) {
        mem.availableBytes = kb.value(QStringLiteral("MemAvailable")) * 1024;
    } else {
        mem.availableEstimated = true;
        mem.availableBytes = (kb.value(QStringLiteral("MemFree")) + kb.value(QStringLiteral("Buffers"))
                              + kb.value(QStringLiteral("Cached")))
            * 1024;
    }
    mem.availableBytes = qMin(mem.availableBytes, mem.totalBytes);
    if (kb.contains(QStringLiteral("SwapTotal")) && kb.contains(QStringLiteral("SwapFree"))) {
        mem.swapTotalBytes = kb.value(QStringLiteral("SwapTotal")) * 1024;
        mem.swapFreeBytes = qMin(kb.value(QStringLiteral("SwapFree")) * 1024, mem.swapTotalBytes);
    }
    mem.status = ParseStatus::good();
    return mem;
}
