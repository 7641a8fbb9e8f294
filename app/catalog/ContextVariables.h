#pragma once

#include <QString>
#include <QStringList>

// Values from the server profile that every script may use, typed like parameters.
// They are assigned at the top of each script exactly like parameter values.
// Besides them the expander always sets the built-in variables (builtinNames()):
// hoshu_lang ('en' or 'ja', the UI language) and hoshu_plan ('1' in plan mode, else '0').
class ContextVariables
{
public:
    static QStringList names();                // sorted: "mastodon_dir"
    static bool isContextVariable(const QString &name);
    static QString regex(const QString &name); // anchored pattern the value must match
    // Default when the profile gives none, by deployment ("systemd"/"docker").
    static QString defaultValue(const QString &name, const QString &deployment);

    static QStringList builtinNames();         // "hoshu_lang", "hoshu_plan"
    // Every name a script may read without assigning it: names() + builtinNames().
    static QStringList scriptNames();
    // Names no parameter may take: the built-ins and everything starting "hoshu_"
    // (the prelude's own).
    static bool isReserved(const QString &name);
};
