#include "probes/JournalParser.h"

#include "probes/ProbeText.h"

#include <QRegularExpression>

JournalUsage JournalParser::parse(const QString &text)
{
    JournalUsage j;
    // systemd 219 says "Archived and active journals take up 1.2G on disk."; newer ones
    // "... in the file system."; older ones "Journals take up 8.0M on disk."
    static const QRegularExpression re(
        QStringLiteral(R"([Jj]ournals take up (\d+(?:\.\d+)?[BKMGTPE]?)(?:i?B)? (?:in the file system|on disk))"));
    const QStringList lines = ProbeText::lines(text);
    for (const QString &line : lines) {
        const QRegularExpressionMatch m = re.match(line);
        if (m.hasMatch()) {
            j.bytes = ProbeText::humanSize(m.captured(1));
            if (j.bytes >= 0) {
                j.status = ParseStatus::good();
                return j;
            }
        }
    }
    j.bytes = -1;
    j.status = ParseStatus::bad(QStringLiteral("journal size unreadable: ") + ProbeText::firstLine(text));
    return j;
}
