#include "probes/FileListParser.h"

#include "probes/ProbeText.h"

#include <QRegularExpression>

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
    QString dir;
    int unreadable = 0;
    const QStringList lines = ProbeText::lines(text);
    for (const QString &line : lines) {
        if (line.startsWith(QLatin1String("searched "))) {
            list.searched = line.mid(9).split(QLatin1Char(' '), Qt::SkipEmptyParts);
            continue;
        }
        if (line.startsWith(QLatin1String("dir /"))) {
            dir = line.mid(4).trimmed();
            list.dirs << dir;
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
        f.path = m.captured(3);
        f.dir = dir;
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
