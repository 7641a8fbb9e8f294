#include "backups/BundleLine.h"

#include "backups/ResultLine.h"

#include <QRegularExpression>
#include <QStringList>

std::optional<BundleLine> BundleLine::parse(const QString &line)
{
    static const QRegularExpression re(QStringLiteral(
        "\\Ahoshu-bundle: path=(/(?:[A-Za-z0-9_+@-][A-Za-z0-9._+@-]{0,200}/){0,16}[A-Za-z0-9_+@-][A-Za-z0-9._+@-]{0,200}\\.tar)"
        " size=([0-9]{1,18}) sha256=([0-9a-f]{64})\\z"));
    const QRegularExpressionMatch m = re.match(line);
    if (!m.hasMatch() || m.captured(1).contains(QLatin1String("/../")) || m.captured(1).contains(QLatin1String("/./")))
        return std::nullopt;
    BundleLine b;
    b.path = m.captured(1);
    b.size = m.captured(2).toLongLong();
    b.sha256 = m.captured(3);
    return b;
}

std::optional<BundleLine> BundleLine::findLast(const QString &output)
{
    const QString line = ResultLine::last(output, QLatin1String("hoshu-bundle: "));
    return line.isNull() ? std::nullopt : parse(line);
}

QList<BundleLine> BundleLine::findAll(const QString &output)
{
    QList<BundleLine> out;
    for (QString line : output.split(QLatin1Char('\n'))) {
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        if (const auto b = parse(line))
            out << *b;
    }
    return out;
}

QString BundleLine::fileName() const
{
    return path.section(QLatin1Char('/'), -1);
}
