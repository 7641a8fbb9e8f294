#include "probes/CaCertificatesParser.h"

#include "probes/ProbeText.h"
#include "probes/Tampering.h"

#include <QRegularExpression>

CaCertificates CaCertificatesParser::parse(const QString &text)
{
    CaCertificates ca;
    QString repeated;
    const auto kv = ProbeText::keyValues(text, &repeated);
    if (!repeated.isEmpty()) {
        ca.status = Tampering::repeatedKey(repeated);
        return ca;
    }
    ca.manager = kv.value(QStringLiteral("manager")).trimmed();
    ca.version = kv.value(QStringLiteral("version")).trimmed();
    static const QRegularExpression debian(QStringLiteral(R"(^(?:\d+:)?(20\d{2})(\d{2})(\d{2}))"));
    static const QRegularExpression rpmYear(QStringLiteral(R"(^(20\d{2})\.)"));
    if (ca.manager == QLatin1String("dpkg")) {
        const QRegularExpressionMatch m = debian.match(ca.version);
        if (m.hasMatch())
            ca.releaseDate = QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    } else if (ca.manager == QLatin1String("rpm")) {
        const QDateTime built = ProbeText::epoch(kv.value(QStringLiteral("built")));
        if (built.isValid())
            ca.releaseDate = built.date();
        else if (const QRegularExpressionMatch m = rpmYear.match(ca.version); m.hasMatch())
            ca.releaseDate = QDate(m.captured(1).toInt(), 1, 1);
    }
    QDateTime installed = ProbeText::epoch(kv.value(QStringLiteral("installed")));
    if (!installed.isValid())
        installed = ProbeText::epoch(kv.value(QStringLiteral("bundle_mtime")));
    ca.installedDate = installed.isValid() ? installed.date() : QDate();
    if (ca.version.isEmpty() || !ca.releaseDate.isValid()) {
        const QString why = ca.version.isEmpty() ? QStringLiteral("ca-certificates is not installed or unreadable: ")
                                                 : QStringLiteral("ca-certificates version not understood: ");
        ca = CaCertificates();
        ca.status = ParseStatus::bad(why + ProbeText::firstLine(text));
        return ca;
    }
    ca.status = ParseStatus::good();
    return ca;
}
