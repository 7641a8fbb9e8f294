#include "catalog/ExpandedCommand.h"

RemoteScript ExpandedCommand::remoteScript(const SecretBytes &sudoPassword) const
{
    RemoteScript out(script);
    out.elevation = elevation;
    if (elevation == RemoteScript::Elevation::SudoWithPassword)
        out.sudoPassword = sudoPassword;
    return out;
}
