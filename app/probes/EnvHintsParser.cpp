#include "probes/EnvHintsParser.h"

#include "probes/ProbeText.h"
#include "probes/Tampering.h"

#include <QRegularExpression>

EnvHints EnvHintsParser::parse(const QString &text)
{
    EnvHints env;
    QString repeated;
    const auto kv = ProbeText::keyValues(text, &repeated);
    if (!repeated.isEmpty()) {
        env.status = Tampering::repeatedKey(repeated);
        return env;
    }
    env.file = kv.value(QStringLiteral("env_file"));
    if (env.file != QLatin1String("present") && env.file != QLatin1String("missing")
        && env.file != QLatin1String("unreadable")) {
        env.file.clear();
        env.status = ParseStatus::bad(QStringLiteral(".env.production hints unreadable: ") + ProbeText::firstLine(text));
        return env;
    }
    static const QRegularExpression domainRe(QStringLiteral(R"(^[A-Za-z0-9.-]{1,253}$)"));
    static const QRegularExpression keyRe(QStringLiteral(R"(^[A-Z][A-Z0-9_]{0,63}$)"));
    for (auto it = kv.constBegin(); it != kv.constEnd(); ++it) {
        if (keyRe.match(it.key()).hasMatch() && it.key() != QLatin1String("env_file"))
            env.values.insert(it.key(), ProbeText::unescape(it.value().trimmed()));
    }
    const QString local = env.values.value(QStringLiteral("LOCAL_DOMAIN"));
    const QString web = env.values.value(QStringLiteral("WEB_DOMAIN"));
    if (domainRe.match(local).hasMatch())
        env.localDomain = local.toLower();
    if (domainRe.match(web).hasMatch())
        env.webDomain = web.toLower();
    env.s3Enabled = env.values.value(QStringLiteral("S3_ENABLED")).compare(QLatin1String("true"), Qt::CaseInsensitive) == 0;
    env.status = ParseStatus::good();
    return env;
}
