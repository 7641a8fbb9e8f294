#include "probes/OsReleaseParser.h"

#include "probes/ProbeText.h"
#include "probes/Tampering.h"

namespace {
QString unquote(QString v)
{
    v = v.trimmed();
    if (v.size() >= 2 && (v.startsWith(QLatin1Char('"')) || v.startsWith(QLatin1Char('\''))) && v.endsWith(v.at(0)))
        v = v.mid(1, v.size() - 2);
    return v;
}
} // namespace

OsRelease OsReleaseParser::parse(const QString &text)
{
    OsRelease os;
    QString repeated;
    const auto kv = ProbeText::keyValues(text, &repeated);
    if (!repeated.isEmpty()) {
        os.status = Tampering::repeatedKey(repeated);
        return os;
    }
    os.id = unquote(kv.value(QStringLiteral("ID")));
    os.prettyName = unquote(kv.value(QStringLiteral("PRETTY_NAME")));
    if (os.id.isEmpty() || os.id.contains(QLatin1Char(' ')) || os.id.size() > 64) {
        os.status = ParseStatus::bad(QStringLiteral("no ID in os-release: ") + ProbeText::firstLine(text));
        os.id.clear();
        return os;
    }
    os.idLike = unquote(kv.value(QStringLiteral("ID_LIKE")));
    os.versionId = unquote(kv.value(QStringLiteral("VERSION_ID")));
    os.codename = unquote(kv.value(QStringLiteral("VERSION_CODENAME")));
    if (os.prettyName.isEmpty())
        os.prettyName = (os.id + QLatin1Char(' ') + os.versionId).trimmed();
    os.status = ParseStatus::good();
    return os;
}
