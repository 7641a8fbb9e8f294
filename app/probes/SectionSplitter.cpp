#include "probes/SectionSplitter.h"

#include <QStringList>

namespace {
QString prefix(const QString &nonce)
{
    return QStringLiteral("@@hoshu-") + nonce + QLatin1Char(' ');
}
} // namespace

QByteArray SectionSplitter::markerPrefix(const QString &nonce)
{
    return prefix(nonce).toUtf8();
}

QByteArray SectionSplitter::sectionMarker(const QString &nonce, const QString &name)
{
    return (prefix(nonce) + QStringLiteral("section ") + name).toUtf8();
}

QByteArray SectionSplitter::exitMarker(const QString &nonce, int status)
{
    return (prefix(nonce) + QStringLiteral("exit ") + QString::number(status)).toUtf8();
}

QMap<QString, ProbeSection> SectionSplitter::split(const QByteArray &output, const QString &nonce)
{
    QMap<QString, ProbeSection> sections;
    const QString marker = prefix(nonce);
    const QString text = QString::fromUtf8(output);
    ProbeSection current;
    bool inSection = false;
    QStringList lines;
    auto close = [&]() {
        if (!inSection)
            return;
        current.text = lines.join(QLatin1Char('\n'));
        const auto it = sections.find(current.name);
        if (it == sections.end()) {
            sections.insert(current.name, current);
        } else {
            // Neither copy is the true one: keep only that there were two.
            it->repeated = true;
            it->text.clear();
            it->exitStatus = -1;
        }
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
