#pragma once

#include "probes/ParseStatus.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

struct SidekiqQueue
{
    QString name;
    qint64 size = 0;
    qint64 latencySec = -1; // age of the oldest job; -1 when empty or unknown
};

struct SidekiqProcess
{
    QString identity;
    QString hostname;
    QStringList queues;
    int concurrency = 0;
    QDateTime beat;
};

// Sidekiq's state read from Redis by the probe.
struct SidekiqState
{
    ParseStatus status;
    QList<SidekiqQueue> queues;
    qint64 retry = -1;
    qint64 dead = -1;
    qint64 scheduled = -1;
    QList<SidekiqProcess> processes;
    const SidekiqQueue *queue(const QString &name) const;
};

class SidekiqParser
{
public:
    static SidekiqState parse(const QString &text);
};
