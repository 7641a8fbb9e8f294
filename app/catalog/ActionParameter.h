#pragma once

#include <QString>
#include <QStringList>

#include <optional>

// One typed parameter of an action. A value reaches a script only after validate()
// accepted it, and then only through ShellQuote.
struct ActionParameter
{
    enum class Type { Int, Enum, String };

    QString name; // [a-z][a-z0-9_]{0,30}: also the shell variable name
    Type type = Type::String;
    qint64 min = 0;      // Int
    qint64 max = 0;      // Int
    QStringList choices; // Enum
    QString regex;       // String: the whole value must match
    QString defaultValue; // empty = required
    // String: where the GUI can offer choices from the latest probe snapshot
    // ("unit", "ruby_version", "dump_file", "compose_service"); empty = none.
    QString fromSnapshot;
    QString titleEn;
    QString titleJa;

    QString title() const; // by UiLanguage::current()
    bool isRequired() const { return defaultValue.isEmpty(); }

    // Validates raw text; returns the normalized value (ints without leading zeros or
    // spaces) or nullopt with a translated error naming the parameter and what is allowed.
    // Empty raw text means the default (or "required" when there is none).
    std::optional<QString> validate(const QString &raw, QString *error) const;

    static QString typeId(Type type); // "int", "enum", "string"
    static QStringList snapshotKinds(); // the values fromSnapshot may take
};
