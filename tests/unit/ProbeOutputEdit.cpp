#include "ProbeOutputEdit.h"

#include "FixtureSnapshot.h"
#include "probes/SectionSplitter.h"
#include "probes/SnapshotBuilder.h"

const QString &ProbeOutputEdit::nonce()
{
    static const QString n = QStringLiteral("FIXTURE");
    return n;
}

QString ProbeOutputEdit::healthy()
{
    return QString::fromUtf8(FixtureSnapshot::text(QStringLiteral("debian-12-testhost-healthy")));
}

Snapshot ProbeOutputEdit::build(const QString &text, const QDateTime &takenAt)
{
    SnapshotBuilder::Meta meta;
    meta.serverName = QStringLiteral("pr1");
    meta.tier = ProbeScript::Tier::Full;
    meta.takenAt = takenAt;
    return SnapshotBuilder::build(text.toUtf8(), nonce(), meta);
}

QList<Finding> ProbeOutputEdit::withId(const QList<Finding> &all, const QString &id)
{
    QList<Finding> out;
    for (const Finding &f : all) {
        if (f.id == id)
            out << f;
    }
    return out;
}

std::pair<qsizetype, qsizetype> ProbeOutputEdit::sectionRange(const QString &text, const QString &section)
{
    const QString head = QString::fromUtf8(SectionSplitter::sectionMarker(nonce(), section) + '\n');
    const qsizetype at = text.indexOf(head);
    if (at < 0)
        qFatal("the fixture has no section %s", qPrintable(section));
    const qsizetype start = at + head.size();
    const qsizetype end = text.indexOf(QString::fromUtf8(SectionSplitter::markerPrefix(nonce()) + "exit"), start);
    if (end < 0)
        qFatal("section %s is not closed", qPrintable(section));
    return {start, end};
}

QString ProbeOutputEdit::withSection(const QString &text, const QString &section, const std::function<QString(QString)> &f)
{
    const auto [start, end] = sectionRange(text, section);
    QString out = text;
    return out.replace(start, end - start, f(text.mid(start, end - start)));
}

QString ProbeOutputEdit::replaceIn(const QString &text, const QString &section, const QString &from, const QString &to)
{
    return withSection(text, section, [&](QString body) {
        if (body.count(from) != 1)
            qFatal("'%s' occurs %d times in section %s", qPrintable(from), int(body.count(from)), qPrintable(section));
        return body.replace(from, to);
    });
}

QString ProbeOutputEdit::appendTo(const QString &text, const QString &section, const QString &lines)
{
    return withSection(text, section, [&](QString body) { return body + lines; });
}

QString ProbeOutputEdit::insertSection(const QString &text, const QString &section, const QString &body,
                                       const QString &before)
{
    const QString head = QString::fromUtf8(SectionSplitter::sectionMarker(nonce(), section) + '\n');
    if (text.contains(head))
        qFatal("the fixture already has section %s", qPrintable(section));
    const QString next = QString::fromUtf8(SectionSplitter::sectionMarker(nonce(), before) + '\n');
    const qsizetype at = text.indexOf(next);
    if (at < 0)
        qFatal("the fixture has no section %s", qPrintable(before));
    const QString exit = QString::fromUtf8(SectionSplitter::markerPrefix(nonce()) + "exit 0\n");
    QString out = text;
    return out.insert(at, head + body + exit);
}

QString ProbeOutputEdit::repeatSection(const QString &text, const QString &section, const std::function<QString(QString)> &f)
{
    const auto [start, end] = sectionRange(text, section);
    const QString head = QString::fromUtf8(SectionSplitter::sectionMarker(nonce(), section) + '\n');
    const qsizetype lineEnd = text.indexOf(QLatin1Char('\n'), end) + 1;
    const QString copy = head + f(text.mid(start, end - start)) + text.mid(end, lineEnd - end);
    QString out = text;
    return out.insert(lineEnd, copy);
}
