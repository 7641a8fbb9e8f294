#include "checks/ConnectionRule.h"

Finding ConnectionRule::fromError(const SshError &error)
{
    Finding f = Finding::make(QStringLiteral("connection.failed"), Severity::Unknown, {},
                         {{QStringLiteral("kind"), SshError::kindName(error.kind)},
                          {QStringLiteral("reason"), error.title()},
                          {QStringLiteral("detail"), error.detail}});
    f.attachRemedy({});
    return f;
}

Finding ConnectionRule::probeFailed(int exitStatus, const QString &stderrText)
{
    Finding f = Finding::make(QStringLiteral("connection.failed"), Severity::Unknown, {},
                         {{QStringLiteral("kind"), QStringLiteral("ProbeFailed")},
                          {QStringLiteral("exitStatus"), exitStatus},
                          {QStringLiteral("reason"), stderrText.trimmed().left(300)}});
    f.attachRemedy({});
    return f;
}
