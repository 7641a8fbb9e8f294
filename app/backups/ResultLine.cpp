#include "backups/ResultLine.h"

#include <QStringList>

QString ResultLine::last(const QString &output, QLatin1String prefix)
{
    const QStringList lines = output.split(QLatin1Char('\n'));
    for (auto it = lines.crbegin(); it != lines.crend(); ++it) {
        QString line = *it;
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        if (line.startsWith(prefix))
            return line;
    }
    return {};
}
