#include "probes/ProbeScript.h"

#include "catalog/ShellQuote.h"

#include <QFile>
#include <QRandomGenerator>

namespace {
QByteArray read(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}
} // namespace

QByteArray ProbeScript::script(const QString &deployment)
{
    const QByteArray lib = read(QStringLiteral(":/probes/lib.sh"));
    const QByteArray main = read(deployment == QLatin1String("docker") ? QStringLiteral(":/probes/docker.sh")
                                                                       : QStringLiteral(":/probes/native.sh"));
    if (lib.isEmpty() || main.isEmpty())
        return {};
    return lib + '\n' + main;
}

QString ProbeScript::tierName(Tier tier)
{
    switch (tier) {
    case Tier::Slow:
        return QStringLiteral("slow");
    case Tier::Full:
        return QStringLiteral("full");
    case Tier::Fast:
        break;
    }
    return QStringLiteral("fast");
}

QString ProbeScript::newNonce()
{
    const quint64 a = QRandomGenerator::system()->generate64();
    return QString::number(a, 16).rightJustified(16, QLatin1Char('0'));
}

RemoteScript ProbeScript::remoteScript(const Request &request, const SecretBytes &sudoPassword)
{
    const QByteArray args = "set -- " + ShellQuote::quote(request.nonce.toUtf8()) + ' '
        + ShellQuote::quote(tierName(request.tier).toUtf8()) + ' ' + ShellQuote::quote(request.mastodonDir.toUtf8())
        + ' ' + ShellQuote::quote(request.backupDirs.join(QLatin1Char(' ')).toUtf8()) + ' '
        + ShellQuote::quote(request.updatesKey.toUtf8()) + '\n';
    RemoteScript out(args + script(request.deployment));
    switch (request.rootMode) {
    case RootMode::AlreadyRoot:
        break;
    case RootMode::SudoWithPassword:
        out.elevation = RemoteScript::Elevation::SudoWithPassword;
        out.sudoPassword = sudoPassword;
        break;
    case RootMode::SudoNoPassword:
        out.elevation = RemoteScript::Elevation::SudoIfAvailable;
        break;
    }
    return out;
}
