#include "probes/FileListParser.h"

#include "probes/ProbeText.h"
#include "probes/Tampering.h"

#include <QRegularExpression>
#include <QSet>

QList<FileEntry> FileList::filesIn(const QString &dir) const
{
    QList<FileEntry> out;
    for (const FileEntry &f : files) {
        if (f.dir == dir)
            out << f;
    }
    return out;
}

FileList FileListParser::parse(const QString &text)
{
    FileList list;
    static const QRegularExpression row(QStringLiteral(R"(^file (\d{1,19}) (\d{1,12}(?:\.\d+)?) (/.*)$)"));
    static const QRegularExpression checkRow(
        QStringLiteral(R"(^check (ok|begins|bad|old_pg_restore|no_pg_restore|cannot_read|timeout) (/.*)$)"));
    static const QRegularExpression drillRow(QStringLiteral(R"(^drill (last|passed) (\d{1,12}) (.*)$)"));
    QString dir;
    int unreadable = 0;
    // find prints a path once and the script each directory once: a repeat is tampering.
    QSet<QString> seen;
    const auto repeated = [&](const QString &key, const QString &shown) {
        if (!seen.contains(key)) {
            seen.insert(key);
            return false;
        }
        list = FileList();
        list.status = Tampering::repeatedKey(shown);
        return true;
    };
    const QStringList lines = ProbeText::lines(text);
    for (const QString &line : lines) {
        if (line.startsWith(QLatin1String("searched "))) {
            if (repeated(QStringLiteral("searched"), QStringLiteral("searched")))
                return list;
            list.searched = ProbeText::unescape(line.mid(9)).split(QLatin1Char(' '), Qt::SkipEmptyParts);
            continue;
        }
        if (line.startsWith(QLatin1String("dir /"))) {
            dir = ProbeText::unescape(line.mid(4).trimmed());
            if (repeated(QStringLiteral("dir ") + dir, QStringLiteral("dir ") + dir))
                return list;
            list.dirs << dir;
            continue;
        }
        if (const QRegularExpressionMatch c = checkRow.match(line); c.hasMatch()) {
            if (repeated(QStringLiteral("check"), QStringLiteral("check")))
                return list;
            list.check.status = c.captured(1);
            list.check.path = ProbeText::unescape(c.captured(2));
            continue;
        }
        if (line.startsWith(QLatin1String("check_message "))) {
            if (repeated(QStringLiteral("check_message"), QStringLiteral("check_message")))
                return list;
            list.check.message = ProbeText::unescape(line.mid(14));
            continue;
        }
        if (const QRegularExpressionMatch d = drillRow.match(line); d.hasMatch()) {
            if (repeated(QStringLiteral("drill ") + d.captured(1), QStringLiteral("drill ") + d.captured(1)))
                return list;
            DrillRecord &record = d.captured(1) == QLatin1String("last") ? list.lastDrill : list.lastPassedDrill;
            record.at = ProbeText::epoch(d.captured(2));
            record.line = ProbeText::unescape(d.captured(3));
            continue;
        }
        const QRegularExpressionMatch m = row.match(line);
        if (!m.hasMatch()) {
            ++unreadable;
            continue;
        }
        FileEntry f;
        bool ok = false;
        f.sizeBytes = m.captured(1).toLongLong(&ok);
        f.modified = ProbeText::epoch(m.captured(2));
        f.path = ProbeText::unescape(m.captured(3));
        f.dir = dir;
        // Nested backup directories may each list a file: once per directory.
        if (repeated(dir + QLatin1Char('\n') + f.path, f.path))
            return list;
        if (ok && f.modified.isValid())
            list.files << f;
        else
            ++unreadable;
    }
    // An empty listing is a valid answer (no dumps, no backup directory); lines
    // that are all garbage are not.
    if (unreadable > 0 && list.files.isEmpty() && list.dirs.isEmpty()) {
        list = FileList();
        list.status = ParseStatus::bad(QStringLiteral("file listing unreadable: ") + ProbeText::firstLine(text));
        return list;
    }
    list.status = ParseStatus::good();
    return list;
}
