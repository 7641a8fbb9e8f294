#include "probes/SectionSplitter.h"

#include <QStringList>

QMap<QString, ProbeSection> SectionSplitter::split(const QByteArray &output, const QString &nonce)
{
    QMap<QString, ProbeSection> sections;
    const QString marker = QStringLiteral("@@hoshu-") + nonce + QLatin1Char(' ');
    const QString text = QString::fromUtf8(output);
    ProbeSection current;
    bool inSection = false;
    QStringList lines;
    auto close = [&]() {
        if (!inSection)
            return;
        current.text = lines.join(QLatin1Char('\n'));
        // A repeated name keeps the first: the script prints each once.
        if (!sections.contains(current.name))
            sections.insert(current.name, current);
        lines.clear();
        inSection = false;
    };
    const QStringList all = text.split(QLatin1Char('\n'));
    for (QString line : all) {
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        if (!nonce.isEmpty() && line.startsWith(marker)) {
            const QString rest = line.mid(marker.size());
            if (rest.startsWith(QLatin1String("section "))) {
                close();
                current = ProbeSection();
                current.name = rest.mid(8).trimmed();
                inSection = !current.name.isEmpty();
                continue;
            }
            if (rest.startsWith(QLatin1String("exit ")) && inSection) {
                bool ok = false;
                const int status = rest.mid(5).trimmed().toInt(&ok);
                current.exitStatus = ok ? status : -1;
                close();
                continue;
            }
        }
        if (inSection)
            lines << line;
    }
    close();
    return sections;
}
