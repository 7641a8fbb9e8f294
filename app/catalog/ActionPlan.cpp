#include "catalog/ActionPlan.h"

#include "common/TerminalText.h"

namespace {

constexpr qsizetype maxErrorBytes = 16 * 1024;

QString line(const QByteArray &bytes)
{
    QByteArray b = bytes;
    if (b.endsWith('\r'))
        b.chop(1);
    return TerminalText::escaped(QString::fromUtf8(b), TerminalText::LineBreaks::Escape);
}

} // namespace

ActionPlan ActionPlan::fromOutput(const QByteArray &out, const QByteArray &err, int exitStatus)
{
    ActionPlan plan;
    plan.exitStatus = exitStatus;
    for (const QByteArray &raw : out.split('\n')) {
        if (raw.isEmpty())
            continue;
        QStringList &target = raw.startsWith("+ ") ? plan.steps : plan.notes;
        if (target.size() >= maxLines) {
            plan.truncated = true;
            continue;
        }
        target << line(raw.startsWith("+ ") ? raw.mid(2) : raw);
    }
    QByteArray e = err.trimmed();
    if (e.size() > maxErrorBytes) {
        e = e.right(maxErrorBytes); // the end says why it stopped
        plan.truncated = true;
    }
    plan.error = TerminalText::escaped(QString::fromUtf8(e), TerminalText::LineBreaks::Keep);
    return plan;
}

ActionPlan ActionPlan::failure(const QString &error)
{
    ActionPlan plan;
    plan.error = error;
    return plan;
}
