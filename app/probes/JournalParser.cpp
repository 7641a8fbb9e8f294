#include "probes/JournalParser.h"

#include "probes/ProbeText.h"
#include "probes/Tampering.h"

#include <QRegularExpression>

JournalUsage JournalParser::parse(const QString &text)
{
    JournalUsage j;
    // systemd 219 says "Archived and active journals take up 1.2G on disk."; newer ones
    // "... in the file system."; older ones "Journals take up 8.0M on disk."
    static const QRegularExpression re(
        QStringLiteral(R"([Jj]ournals take up (\d+(?:\.\d+)?[BKMGTPE]?)(?:i?B)? (?:in the file system|on disk))"));
    const QStringList lines = ProbeText::lines(text);
    int found = 0;
    for (const QString &line : lines) {
        const QRegularExpressionMatch m = re.match(line);
        if (!m.hasMatch())
            continue;
        // journalctl says it once.
        if (++found > 1) {
            j = JournalUsage();
            j.status = Tampering::repeatedKey(QStringLiteral("journals take up"));
            return j;
        }
        j.bytes = ProbeText::humanSize(m.captured(1));
    }
    if (found == 1 && j.bytes >= 0) {
        j.status = ParseStatus::good();
        return j;
    }
    j.bytes = -1;
    j.status = ParseStatus::bad(QStringLiteral("journal size unreadable: ") + ProbeText::firstLine(text));
    return j;
}
