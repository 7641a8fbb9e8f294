#pragma once

#include <QString>
#include <QStringList>

// Values from the server profile that every script may use, typed like parameters.
// They are assigned at the top of each script exactly like parameter values.
class ContextVariables
{
public:
    static QStringList names();                // sorted: "mastodon_dir"
    static bool isContextVariable(const QString &name);
    static QString regex(const QString &name); // anchored pattern the value must match
    // Default when the profile gives none, by deployment ("systemd"/"docker").
    static QString defaultValue(const QString &name, const QString &deployment);
};
