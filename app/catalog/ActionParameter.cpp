#include "catalog/ActionParameter.h"

#include "common/UiLanguage.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace {

void setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
}

} // namespace

QString ActionParameter::title() const
{
    const QString t = UiLanguage::isJapanese() ? titleJa : titleEn;
    return t.isEmpty() ? name : t;
}

QString ActionParameter::typeId(Type type)
{
    switch (type) {
    case Type::Int:
        return QStringLiteral("int");
    case Type::Enum:
        return QStringLiteral("enum");
    case Type::String:
        return QStringLiteral("string");
    }
    return QString();
}

QStringList ActionParameter::snapshotKinds()
{
    return {QStringLiteral("unit"), QStringLiteral("ruby_version"), QStringLiteral("dump_file"),
            QStringLiteral("compose_service")};
}

std::optional<QString> ActionParameter::validate(const QString &raw, QString *error) const
{
    const QString value = raw.isEmpty() ? defaultValue : raw;
    if (value.isEmpty()) {
        setError(error, QCoreApplication::translate("ActionParameter", "%1: a value is required.").arg(title()));
        return std::nullopt;
    }
    switch (type) {
    case Type::Int: {
        bool ok = false;
        const QString trimmed = value.trimmed();
        // Digits only (optional minus): no "+", hex or exponent surprises.
        static const QRegularExpression digits(QStringLiteral("\\A-?[0-9]{1,18}\\z"));
        const qint64 n = digits.match(trimmed).hasMatch() ? trimmed.toLongLong(&ok) : 0;
        if (!ok) {
            setError(error, QCoreApplication::translate("ActionParameter", "%1: “%2” is not a whole number. Enter a number from %3 to %4.")
                                .arg(title(), value, QString::number(min), QString::number(max)));
            return std::nullopt;
        }
        if (n < min || n > max) {
            setError(error, QCoreApplication::translate("ActionParameter", "%1: %2 is out of range. Enter a number from %3 to %4.")
                                .arg(title(), QString::number(n), QString::number(min), QString::number(max)));
            return std::nullopt;
        }
        return QString::number(n);
    }
    case Type::Enum:
        if (!choices.contains(value)) {
            setError(error, QCoreApplication::translate("ActionParameter", "%1: “%2” is not one of the choices: %3.")
                                .arg(title(), value, choices.join(QStringLiteral(", "))));
            return std::nullopt;
        }
        return value;
    case Type::String: {
        const QRegularExpression re(QRegularExpression::anchoredPattern(regex));
        // A catalog regex that does not compile matches nothing (the validator reports it).
        if (!re.isValid() || value.contains(QChar(0)) || !re.match(value).hasMatch()) {
            setError(error, QCoreApplication::translate("ActionParameter", "%1: “%2” is not allowed. It must match the pattern %3.")
                                .arg(title(), value, regex));
            return std::nullopt;
        }
        return value;
    }
    }
    return std::nullopt;
}
