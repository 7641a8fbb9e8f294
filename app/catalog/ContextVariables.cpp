#include "catalog/ContextVariables.h"

QStringList ContextVariables::names()
{
    return {QStringLiteral("mastodon_dir")};
}

bool ContextVariables::isContextVariable(const QString &name)
{
    return names().contains(name);
}

QString ContextVariables::regex(const QString &name)
{
    if (name == QLatin1String("mastodon_dir"))
        return QStringLiteral("^/[A-Za-z0-9._/+-]{0,200}$");
    return QString();
}

QString ContextVariables::defaultValue(const QString &name, const QString &deployment)
{
    Q_UNUSED(deployment) // both documented layouts use /home/mastodon/live by default
    if (name == QLatin1String("mastodon_dir"))
        return QStringLiteral("/home/mastodon/live");
    return QString();
}

QStringList ContextVariables::builtinNames()
{
    return {QStringLiteral("hoshu_lang"), QStringLiteral("hoshu_plan"), QStringLiteral("hoshu_deployment")};
}

QStringList ContextVariables::scriptNames()
{
    return names() + builtinNames();
}

bool ContextVariables::isReserved(const QString &name)
{
    return name.startsWith(QLatin1String("hoshu_")) || isContextVariable(name);
}
