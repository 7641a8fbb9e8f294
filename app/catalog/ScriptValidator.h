#pragma once

#include <QByteArray>
#include <QSet>
#include <QString>
#include <QStringList>

// Checks one action script file (<id>.<deployment>.sh): UTF-8 text without NUL or
// carriage return, not empty, and every lowercase "$name" it reads is a parameter,
// a context or built-in variable (ContextVariables::scriptNames()), one the prelude
// sets for scripts (preludeVariables()) or assigned in it.
// Errors are "<fileName>: <what is wrong>" or "<fileName>: line N: <what is wrong>".
class ScriptValidator
{
public:
    static QStringList check(const QByteArray &script, const QString &fileName, const QSet<QString> &parameters);
    // What resources/actions/lib.sh's functions set for the scripts to read
    // (hoshu_redis_connect: hoshu_redis_host, hoshu_redis_port); test_catalog checks
    // that the prelude assigns each.
    static QStringList preludeVariables();
};
