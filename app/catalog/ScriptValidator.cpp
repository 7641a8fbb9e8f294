#include "catalog/ScriptValidator.h"

#include "catalog/ContextVariables.h"
#include "catalog/ScriptVariables.h"

#include <QStringDecoder>

QStringList ScriptValidator::preludeVariables()
{
    return {QStringLiteral("hoshu_redis_host"), QStringLiteral("hoshu_redis_port"), QStringLiteral("hoshu_db"),
            QStringLiteral("hoshu_db_as"),      QStringLiteral("hoshu_db_server"),  QStringLiteral("hoshu_dc"),
            QStringLiteral("hoshu_tootctl"),     QStringLiteral("hoshu_rails")};
}

QStringList ScriptValidator::check(const QByteArray &script, const QString &fileName, const QSet<QString> &parameters)
{
    QStringList errors;
    const auto error = [&](int line, const QString &message) {
        errors << (line > 0 ? QStringLiteral("%1: line %2: %3").arg(fileName).arg(line).arg(message)
                            : QStringLiteral("%1: %2").arg(fileName, message));
    };
    const auto lineOf = [&](qsizetype index) { return int(script.left(index).count('\n')) + 1; };
    if (const qsizetype nul = script.indexOf('\0'); nul >= 0)
        error(lineOf(nul), QStringLiteral("contains a NUL byte"));
    if (const qsizetype cr = script.indexOf('\r'); cr >= 0)
        error(lineOf(cr), QStringLiteral("contains a carriage return (save the file with LF line ends)"));
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder.decode(script);
    if (decoder.hasError())
        error(0, QStringLiteral("is not valid UTF-8"));
    if (text.trimmed().isEmpty()) {
        error(0, QStringLiteral("script is empty"));
        return errors;
    }
    const QSet<QString> assigned = ScriptVariables::assignedNames(text);
    const QStringList known = ContextVariables::scriptNames();
    const QStringList fromPrelude = preludeVariables();
    QSet<QString> reported;
    for (const ScriptVariables::Reference &ref : ScriptVariables::lowercaseReferences(text)) {
        if (parameters.contains(ref.name) || known.contains(ref.name) || fromPrelude.contains(ref.name)
            || assigned.contains(ref.name)
            || reported.contains(ref.name))
            continue;
        reported.insert(ref.name);
        error(ref.line + 1, QStringLiteral("\"$%1\" is neither a parameter, a context variable (%2) nor assigned in the script")
                                .arg(ref.name, known.join(QStringLiteral(", "))));
    }
    return errors;
}
