#pragma once

#include "catalog/Action.h"
#include "catalog/ExpandedCommand.h"
#include "catalog/RootMode.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QMap>
#include <QString>

#include <optional>

// Turns an action and raw parameter text into the exact command to run. This is
// the only place where values enter shell text, and only through ShellQuote.
//
// script    = "set -u" + one `name='value'` line per context variable, hoshu_lang,
//             hoshu_plan ('0') and each parameter + the prelude (resources/actions/lib.sh)
//             + the variant's script; run by /bin/sh on the server (see RemoteCommandWrapper)
// planScript = the same with hoshu_plan='1' (prints its changing commands, runs none)
// elevation = sudo (-n, or with the password given at run time) when the variant needs
//             root and the login user is not root
class ActionExpander
{
    Q_DECLARE_TR_FUNCTIONS(ActionExpander)

public:
    struct Context
    {
        QString deployment; // "systemd" | "docker"
        RootMode rootMode = RootMode::AlreadyRoot;
        QMap<QString, QString> contextValues;  // "mastodon_dir"; missing ones get defaults
    };

    // Validates every parameter (missing required, unknown names, type/range/regex)
    // and context value; on failure returns nullopt and a translated error.
    static std::optional<ExpandedCommand> expand(const Action &action, const QMap<QString, QString> &rawParams,
                                                 const Context &context, QString *error);

    // resources/actions/lib.sh as embedded (ends with a newline); empty if the build lacks it.
    static QByteArray prelude();
};
