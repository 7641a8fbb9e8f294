#include "probes/SystemdShowParser.h"

#include "probes/ProbeText.h"
#include "probes/Tampering.h"

#include <QMap>

namespace {
QDateTime time(const QMap<QString, QString> &kv, const char *key, int offset)
{
    return ProbeText::systemdTime(kv.value(QLatin1String(key)), offset);
}

bool plausibleId(const QString &id)
{
    if (id.isEmpty() || id.size() > 256 || id.contains(QLatin1Char(' ')))
        return false;
    static const QStringList suffixes = {QStringLiteral(".service"), QStringLiteral(".timer"),
                                         QStringLiteral(".socket"), QStringLiteral(".target"),
                                         QStringLiteral(".path"), QStringLiteral(".mount")};
    for (const QString &s : suffixes) {
        if (id.endsWith(s) && id.size() > s.size())
            return true;
    }
    return false;
}

SystemdUnit unitFrom(const QMap<QString, QString> &kv, int offset)
{
    SystemdUnit u;
    u.id = kv.value(QStringLiteral("Id"));
    u.type = kv.value(QStringLiteral("Type"));
    u.loadState = kv.value(QStringLiteral("LoadState"));
    u.activeState = kv.value(QStringLiteral("ActiveState"));
    u.subState = kv.value(QStringLiteral("SubState"));
    u.unitFileState = kv.value(QStringLiteral("UnitFileState"));
    u.result = kv.value(QStringLiteral("Result"));
    u.fragmentPath = kv.value(QStringLiteral("FragmentPath"));
    u.activeEnter = time(kv, "ActiveEnterTimestamp", offset);
    bool ok = false;
    u.nRestarts = kv.value(QStringLiteral("NRestarts")).toInt(&ok);
    if (!ok || u.nRestarts < 0)
        u.nRestarts = -1;
    u.memoryBytes = kv.value(QStringLiteral("MemoryCurrent")).toLongLong(&ok);
    // systemd prints 18446744073709551615 (or "[not set]") when not accounted.
    if (!ok || u.memoryBytes < 0)
        u.memoryBytes = -1;
    u.execArgv = SystemdShowParser::execArgv(kv.value(QStringLiteral("ExecStart")));
    u.triggers = kv.value(QStringLiteral("Unit"));
    u.nextElapse = time(kv, "NextElapseUSecRealtime", offset);
    u.lastTrigger = time(kv, "LastTriggerUSec", offset);
    u.execMainStatus = kv.value(QStringLiteral("ExecMainStatus")).toInt(&ok);
    if (!ok)
        u.execMainStatus = -1;
    u.execMainExit = time(kv, "ExecMainExitTimestamp", offset);
    return u;
}
} // namespace

const SystemdUnit *SystemdUnits::find(const QString &id) const
{
    for (const SystemdUnit &u : units) {
        if (u.id == id)
            return &u;
    }
    return nullptr;
}

QStringList SystemdShowParser::execArgv(const QString &value)
{
    const qsizetype start = value.indexOf(QLatin1String("argv[]="));
    if (start < 0)
        return {};
    qsizetype end = value.indexOf(QLatin1String(" ; ignore_errors="), start);
    if (end < 0)
        end = value.indexOf(QLatin1String(" ; "), start);
    if (end < 0)
        end = value.size();
    const QString argv = value.mid(start + 7, end - start - 7);
    return argv.split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

SystemdUnits SystemdShowParser::parse(const QString &text, int serverUtcOffsetSec)
{
    SystemdUnits out;
    QMap<QString, QString> block;
    QMap<QString, QMap<QString, QString>> blocks; // by Id, to tell a repeat from an alias
    QString repeated;
    auto flush = [&]() {
        if (!block.isEmpty() && plausibleId(block.value(QStringLiteral("Id")))
            && !block.value(QStringLiteral("LoadState")).isEmpty()) {
            const QString id = block.value(QStringLiteral("Id"));
            // An alias asked for beside its unit prints the same block again; a
            // different block under the same Id is not systemctl's.
            if (!blocks.contains(id)) {
                blocks.insert(id, block);
                out.units << unitFrom(block, serverUtcOffsetSec);
            } else if (blocks.value(id) != block && repeated.isEmpty()) {
                repeated = QStringLiteral("Id=") + id;
            }
        }
        block.clear();
    };
    const QStringList all = text.split(QLatin1Char('\n'));
    for (QString line : all) {
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        if (line.trimmed().isEmpty()) {
            flush();
            continue;
        }
        const qsizetype eq = line.indexOf(QLatin1Char('='));
        if (eq <= 0)
            continue;
        const QString key = line.left(eq);
        // A second Id= without a blank line means a new block (defensive).
        if (key == QLatin1String("Id") && block.contains(key))
            flush();
        if (block.contains(key)) {
            // A unit with several commands has one ExecStart line each: the first is the one read.
            if (key == QLatin1String("ExecStart"))
                continue;
            if (repeated.isEmpty())
                repeated = key;
        }
        block.insert(key, line.mid(eq + 1));
    }
    flush();
    if (!repeated.isEmpty()) {
        out.units.clear();
        out.status = Tampering::repeatedKey(repeated);
        return out;
    }
    if (out.units.isEmpty()) {
        out.status = ParseStatus::bad(QStringLiteral("no unit in systemctl output: ") + ProbeText::firstLine(text));
        return out;
    }
    out.status = ParseStatus::good();
    return out;
}
