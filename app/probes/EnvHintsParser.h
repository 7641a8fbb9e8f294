#pragma once

#include "probes/ParseStatus.h"

#include <QMap>
#include <QString>

// The harmless keys of .env.production (the probe never prints a secret).
struct EnvHints
{
    ParseStatus status;
    QString file;        // "present", "missing", "unreadable"
    QString localDomain;
    QString webDomain;
    bool s3Enabled = false;
    QMap<QString, QString> values;
    QString domain() const { return webDomain.isEmpty() ? localDomain : webDomain; }
};

class EnvHintsParser
{
public:
    static EnvHints parse(const QString &text);
};
