#include "probes/ComposePsParser.h"

#include "probes/ProbeText.h"
#include "probes/Tampering.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {
// A container listed twice is named in *repeated (a scaled service has one name per container).
void add(ComposeServices *out, const QJsonObject &o, QString *repeated)
{
    ComposeService s;
    s.service = o.value(QStringLiteral("Service")).toString();
    s.name = o.value(QStringLiteral("Name")).toString();
    s.state = o.value(QStringLiteral("State")).toString();
    s.health = o.value(QStringLiteral("Health")).toString();
    s.status = o.value(QStringLiteral("Status")).toString();
    s.image = o.value(QStringLiteral("Image")).toString();
    s.exitCode = o.value(QStringLiteral("ExitCode")).toInt();
    if (s.service.isEmpty() || s.state.isEmpty())
        return;
    for (const ComposeService &other : std::as_const(out->services)) {
        if (!s.name.isEmpty() && other.name == s.name && repeated->isEmpty())
            *repeated = s.name;
    }
    out->services << s;
}
} // namespace

ComposeServices ComposePsParser::parse(const QString &text)
{
    ComposeServices out;
    const QStringList lines = ProbeText::lines(text);
    bool sawJson = false;
    QString repeated;
    for (const QString &line : lines) {
        const QJsonDocument doc = QJsonDocument::fromJson(line.trimmed().toUtf8());
        if (doc.isArray()) {
            sawJson = true;
            const QJsonArray arr = doc.array();
            for (const QJsonValue &v : arr)
                add(&out, v.toObject(), &repeated);
        } else if (doc.isObject()) {
            sawJson = true;
            add(&out, doc.object(), &repeated);
        }
    }
    if (!repeated.isEmpty()) {
        out.services.clear();
        out.status = Tampering::repeatedKey(repeated);
        return out;
    }
    if (!sawJson) {
        out.status = ParseStatus::bad(QStringLiteral("docker compose ps unreadable: ") + ProbeText::firstLine(text));
        return out;
    }
    out.status = ParseStatus::good();
    return out;
}
