#include "probes/ProbeText.h"

#include <QRegularExpression>
#include <QTimeZone>

#include <cmath>

QStringList ProbeText::lines(const QString &text)
{
    QStringList out;
    const QStringList all = text.split(QLatin1Char('\n'));
    for (QString line : all) {
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        if (!line.trimmed().isEmpty())
            out << line;
    }
    return out;
}

QMap<QString, QString> ProbeText::keyValues(const QString &text, QString *repeated)
{
    QMap<QString, QString> out;
    repeated->clear();
    const QStringList all = lines(text);
    for (const QString &line : all) {
        const qsizetype eq = line.indexOf(QLatin1Char('='));
        if (eq <= 0)
            continue;
        const QString key = line.left(eq).trimmed();
        if (out.contains(key) && repeated->isEmpty())
            *repeated = key;
        out.insert(key, line.mid(eq + 1));
    }
    return out;
}

QString ProbeText::unescape(const QString &text)
{
    if (!text.contains(QLatin1Char('\\')))
        return text;
    // Escapes are bytes (a UTF-8 character may be escaped byte by byte): decode to bytes first.
    const QByteArray in = text.toUtf8();
    QByteArray out;
    out.reserve(in.size());
    const auto octal = [](char c) { return c >= '0' && c <= '7'; };
    for (qsizetype i = 0; i < in.size(); ++i) {
        if (in.at(i) == '\\' && i + 3 < in.size() && octal(in.at(i + 1)) && octal(in.at(i + 2)) && octal(in.at(i + 3))
            && in.at(i + 1) <= '3') {
            out += char(((in.at(i + 1) - '0') << 6) | ((in.at(i + 2) - '0') << 3) | (in.at(i + 3) - '0'));
            i += 3;
        } else {
            out += in.at(i);
        }
    }
    return QString::fromUtf8(out);
}

QDateTime ProbeText::systemdTime(const QString &text, int serverUtcOffsetSec)
{
    const QString t = text.trimmed();
    if (t.startsWith(QLatin1Char('@')))
        return epoch(t.mid(1));
    static const QRegularExpression re(QStringLiteral(
        R"(^(?:[A-Za-z]{3}\s+)?(\d{4})-(\d{2})-(\d{2})\s+(\d{2}):(\d{2}):(\d{2})(?:\s+(\S+))?$)"));
    const QRegularExpressionMatch m = re.match(t);
    if (!m.hasMatch())
        return {};
    const QDate date(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    const QTime time(m.captured(4).toInt(), m.captured(5).toInt(), m.captured(6).toInt());
    if (!date.isValid() || !time.isValid())
        return {};
    const QString zone = m.captured(7);
    int offset = serverUtcOffsetSec;
    if (zone == QLatin1String("UTC") || zone == QLatin1String("GMT"))
        offset = 0;
    else if (zone.startsWith(QLatin1Char('+')) || zone.startsWith(QLatin1Char('-')))
        offset = utcOffsetSeconds(zone);
    return QDateTime(date, time, QTimeZone(offset)).toUTC();
}

QDateTime ProbeText::opensslTime(const QString &text)
{
    static const QRegularExpression re(QStringLiteral(
        R"(^([A-Z][a-z]{2})\s+(\d{1,2})\s+(\d{2}):(\d{2}):(\d{2})(?:\.\d+)?\s+(\d{4})(?:\s+GMT)?$)"));
    const QRegularExpressionMatch m = re.match(text.trimmed());
    if (!m.hasMatch())
        return {};
    static const QStringList months = {QStringLiteral("Jan"), QStringLiteral("Feb"), QStringLiteral("Mar"),
                                       QStringLiteral("Apr"), QStringLiteral("May"), QStringLiteral("Jun"),
                                       QStringLiteral("Jul"), QStringLiteral("Aug"), QStringLiteral("Sep"),
                                       QStringLiteral("Oct"), QStringLiteral("Nov"), QStringLiteral("Dec")};
    const int month = int(months.indexOf(m.captured(1))) + 1;
    const QDate date(m.captured(6).toInt(), month, m.captured(2).toInt());
    const QTime time(m.captured(3).toInt(), m.captured(4).toInt(), m.captured(5).toInt());
    if (month <= 0 || !date.isValid() || !time.isValid())
        return {};
    return QDateTime(date, time, QTimeZone::utc()).toUTC();
}

qint64 ProbeText::humanSize(const QString &text)
{
    static const QRegularExpression re(QStringLiteral(R"(^(\d+(?:\.\d+)?)\s*([BKMGTPE]?)(?:i?B)?$)"));
    const QRegularExpressionMatch m = re.match(text.trimmed());
    if (!m.hasMatch())
        return -1;
    double value = m.captured(1).toDouble();
    const QString unit = m.captured(2);
    const QString units = QStringLiteral("BKMGTPE");
    const qsizetype power = unit.isEmpty() ? 0 : units.indexOf(unit);
    value *= std::pow(1024.0, double(power));
    if (!std::isfinite(value) || value > 9.0e18)
        return -1;
    return qint64(std::llround(value));
}

QString ProbeText::firstLine(const QString &text)
{
    const QStringList l = lines(text);
    if (l.isEmpty())
        return QStringLiteral("empty output");
    QString first = l.constFirst().trimmed();
    if (first.size() > 200)
        first = first.left(200) + QStringLiteral("…");
    return first;
}

int ProbeText::utcOffsetSeconds(const QString &text)
{
    static const QRegularExpression re(QStringLiteral(R"(^([+-])(\d{2}):?(\d{2})$)"));
    const QRegularExpressionMatch m = re.match(text.trimmed());
    if (!m.hasMatch())
        return 0;
    const int seconds = m.captured(2).toInt() * 3600 + m.captured(3).toInt() * 60;
    if (seconds > 14 * 3600)
        return 0;
    return m.captured(1) == QLatin1String("-") ? -seconds : seconds;
}

QDateTime ProbeText::epoch(const QString &text)
{
    bool ok = false;
    double value = text.trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(value) || value <= 0)
        return {};
    if (value > 1.0e11) // Sidekiq 7+ stores milliseconds
        value /= 1000.0;
    if (value > 4.0e9) // beyond year 2096: not a time this code should believe
        return {};
    return QDateTime::fromMSecsSinceEpoch(qint64(value * 1000.0), QTimeZone::utc()).toUTC();
}
