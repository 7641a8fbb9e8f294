#include "catalog/ExpandedCommand.h"

namespace {

RemoteScript withElevation(const QByteArray &text, RemoteScript::Elevation elevation, const SecretBytes &sudoPassword)
{
    RemoteScript out(text);
    out.elevation = elevation;
    if (elevation == RemoteScript::Elevation::SudoWithPassword)
        out.sudoPassword = sudoPassword;
    return out;
}

} // namespace

RemoteScript ExpandedCommand::remoteScript(const SecretBytes &sudoPassword) const
{
    return withElevation(script, elevation, sudoPassword);
}

RemoteScript ExpandedCommand::planRemoteScript(const SecretBytes &sudoPassword) const
{
    return withElevation(planScript, elevation, sudoPassword);
}
