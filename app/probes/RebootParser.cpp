#include "probes/RebootParser.h"

#include "probes/ProbeText.h"
#include "probes/Tampering.h"

RebootState RebootParser::parse(const QString &text)
{
    RebootState r;
    const QStringList lines = ProbeText::lines(text);
    QString answer;
    bool sawAnswer = false;
    for (const QString &line : lines) {
        if (line.startsWith(QLatin1String("reboot_required="))) {
            if (sawAnswer) {
                r.packages.clear();
                r.status = Tampering::repeatedKey(QStringLiteral("reboot_required"));
                return r;
            }
            sawAnswer = true;
            answer = line.mid(16).trimmed();
        } else if (line.startsWith(QLatin1String("pkg=")) && r.packages.size() < 50) {
            r.packages << ProbeText::unescape(line.mid(4).trimmed());
        }
    }
    if (answer == QLatin1String("yes")) {
        r.required = true;
    } else if (answer != QLatin1String("no")) {
        r.packages.clear();
        r.status = ParseStatus::bad(answer == QLatin1String("unknown")
                                        ? QStringLiteral("no way to tell on this system")
                                        : QStringLiteral("reboot state unreadable: ") + ProbeText::firstLine(text));
        return r;
    }
    r.status = ParseStatus::good();
    return r;
}
