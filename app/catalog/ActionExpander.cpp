#include "catalog/ActionExpander.h"

#include "catalog/Catalog.h"
#include "catalog/ContextVariables.h"
#include "catalog/ShellQuote.h"
#include "common/UiLanguage.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>

namespace {

std::optional<ExpandedCommand> fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return std::nullopt;
}

QByteArray assignment(const QString &name, const QString &value)
{
    return name.toLatin1() + '=' + ShellQuote::quote(value.toUtf8()) + '\n';
}

} // namespace

QByteArray ActionExpander::prelude()
{
    static const QByteArray text = [] {
        QFile f(QStringLiteral(":/actions/") + Catalog::preludeFileName());
        QByteArray bytes = f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        if (!bytes.isEmpty() && !bytes.endsWith('\n'))
            bytes += '\n';
        return bytes;
    }();
    return text;
}

std::optional<ExpandedCommand> ActionExpander::expand(const Action &action, const QMap<QString, QString> &rawParams,
                                                      const Context &context, QString *error)
{
    const ActionVariant *variant = action.variant(context.deployment);
    if (!variant)
        return fail(error, tr("The action “%1” cannot run on a %2 deployment.").arg(action.title(), context.deployment));

    for (auto it = rawParams.constBegin(); it != rawParams.constEnd(); ++it) {
        if (!action.parameter(it.key()))
            return fail(error, tr("The action “%1” has no parameter named “%2”.").arg(action.title(), it.key()));
    }
    for (auto it = context.contextValues.constBegin(); it != context.contextValues.constEnd(); ++it) {
        if (!ContextVariables::isContextVariable(it.key()))
            return fail(error, tr("Unknown server setting “%1”.").arg(it.key()));
    }

    const QByteArray lib = prelude();
    if (lib.isEmpty())
        return fail(error, tr("This build of Hoshu lacks the action prelude (lib.sh): no action can run."));

    QByteArray head = "set -u\n";
    const bool sudo = variant->needsRoot && context.rootMode != RootMode::AlreadyRoot;

    for (const QString &name : ContextVariables::names()) {
        QString value = context.contextValues.value(name);
        if (value.isEmpty())
            value = ContextVariables::defaultValue(name, context.deployment);
        const QRegularExpression re(QRegularExpression::anchoredPattern(ContextVariables::regex(name)));
        if (!re.match(value).hasMatch())
            return fail(error, tr("The server setting %1 “%2” is not valid: it must match %3.")
                                   .arg(name, value, ContextVariables::regex(name)));
        head += assignment(name, value);
    }
    head += assignment(QStringLiteral("hoshu_lang"), UiLanguage::isJapanese() ? QStringLiteral("ja") : QStringLiteral("en"));
    head += assignment(QStringLiteral("hoshu_deployment"), context.deployment);
    QByteArray tail;
    for (const ActionParameter &p : action.parameters) {
        QString message;
        const std::optional<QString> value = p.validate(rawParams.value(p.name), &message);
        if (!value)
            return fail(error, message);
        tail += assignment(p.name, *value);
    }
    // An action that installs another one's script (a scheduled job) gets it with its
    // prelude, to write to a file on the server: the same code as that action runs.
    if (!variant->embeddedScript.isEmpty()) {
        QByteArray embedded = lib + variant->embeddedScript.toUtf8();
        if (!embedded.endsWith('\n'))
            embedded += '\n';
        tail += "hoshu_embedded_script=" + ShellQuote::quote(embedded) + '\n';
    }
    tail += lib;
    tail += variant->script.toUtf8();
    if (!tail.endsWith('\n'))
        tail += '\n';
    const QByteArray script = head + assignment(QStringLiteral("hoshu_plan"), QStringLiteral("0")) + tail;

    ExpandedCommand out;
    out.script = script;
    out.planScript = head + assignment(QStringLiteral("hoshu_plan"), QStringLiteral("1")) + tail;
    out.elevation = !sudo ? RemoteScript::Elevation::None
        : context.rootMode == RootMode::SudoWithPassword ? RemoteScript::Elevation::SudoWithPassword
                                                         : RemoteScript::Elevation::Sudo;
    // What a person would type to run the same: the script fed to sh, as root when needed.
    out.displayCommand = QString::fromUtf8((sudo ? "sudo sh -s <<'HOSHU'\n" : "sh -s <<'HOSHU'\n") + script + "HOSHU");
    out.risk = action.risk;
    out.timeoutSec = action.timeoutSec;
    return out;
}
