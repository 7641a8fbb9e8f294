#pragma once

#include "probes/ParseStatus.h"

#include <QList>
#include <QString>

struct ComposeService
{
    QString service;  // "web", "sidekiq", "db"
    QString name;     // container name
    QString state;    // running, exited, restarting, paused, created, dead
    QString health;   // healthy, unhealthy, starting, ""
    QString status;   // "Up 2 hours (healthy)"
    QString image;
    int exitCode = 0;
};

struct ComposeServices
{
    ParseStatus status;
    QList<ComposeService> services;
};

// `docker compose ps --all --format json`: one object per line (compose >= 2.21)
// or one array (older compose v2).
class ComposePsParser
{
public:
    static ComposeServices parse(const QString &text);
};
