#include "CommandLine.h"

#include <QCoreApplication>

CommandLine::CommandLine(const QStringList &valueOptions, const QStringList &flags)
    : m_valueOptions(valueOptions)
    , m_knownFlags(flags)
{
}

bool CommandLine::parse(const QStringList &args, QString *error)
{
    bool onlyPositionals = false;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        if (onlyPositionals || !arg.startsWith(QLatin1String("--")) || arg == QLatin1String("-")) {
            m_positionals << arg;
            continue;
        }
        if (arg == QLatin1String("--")) {
            onlyPositionals = true;
            continue;
        }
        QString name = arg.mid(2);
        QString value;
        bool hasInlineValue = false;
        const qsizetype eq = name.indexOf(QLatin1Char('='));
        if (eq >= 0) {
            value = name.mid(eq + 1);
            name.truncate(eq);
            hasInlineValue = true;
        }
        if (m_knownFlags.contains(name)) {
            if (hasInlineValue) {
                *error = QCoreApplication::translate("CommandLine", "The option --%1 takes no value.").arg(name);
                return false;
            }
            m_flags << name;
        } else if (m_valueOptions.contains(name)) {
            if (!hasInlineValue) {
                if (i + 1 >= args.size()) {
                    *error = QCoreApplication::translate("CommandLine", "The option --%1 needs a value.").arg(name);
                    return false;
                }
                value = args.at(++i);
            }
            m_values[name] << value;
        } else {
            *error = QCoreApplication::translate("CommandLine", "Unknown option --%1.").arg(name);
            return false;
        }
    }
    return true;
}
