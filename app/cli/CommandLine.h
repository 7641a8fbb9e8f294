#pragma once

#include <QMap>
#include <QString>
#include <QStringList>

// hoshu-cli's arguments: positionals plus --options. Pure, so it is unit-tested.
// Options are declared up front; an unknown option or a missing value is an error.
class CommandLine
{
public:
    // names of options that take a value, and of flags that do not
    CommandLine(const QStringList &valueOptions, const QStringList &flags);

    bool parse(const QStringList &args, QString *error);

    const QStringList &positionals() const { return m_positionals; }
    bool isSet(const QString &name) const { return m_values.contains(name) || m_flags.contains(name); }
    QString value(const QString &name) const { return m_values.value(name).value(0); }
    QStringList values(const QString &name) const { return m_values.value(name); }

private:
    QStringList m_valueOptions;
    QStringList m_knownFlags;
    QStringList m_positionals;
    QMap<QString, QStringList> m_values;
    QStringList m_flags;
};
