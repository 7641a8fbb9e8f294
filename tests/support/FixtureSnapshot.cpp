#include "FixtureSnapshot.h"

#include "probes/SectionSplitter.h"
#include "probes/SnapshotBuilder.h"

#include <QFile>
#include <QRegularExpression>

QByteArray FixtureSnapshot::text(const QString &name)
{
    QFile f(QStringLiteral(HOSHU_FIXTURES_DIR "/probes/snapshots/") + name + QStringLiteral(".full.txt"));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing snapshot fixture %s", qPrintable(f.fileName()));
    return f.readAll();
}

QByteArray FixtureSnapshot::text(const QString &name, const QString &nonce)
{
    return text(name).replace(SectionSplitter::markerPrefix(QStringLiteral("FIXTURE")),
                              SectionSplitter::markerPrefix(nonce));
}

QString FixtureSnapshot::nonceOf(const QByteArray &probeScript)
{
    static const QRegularExpression first(QStringLiteral("^set -- '([0-9a-f]+)'"));
    return first.match(QString::fromUtf8(probeScript)).captured(1);
}

Snapshot FixtureSnapshot::load(const QString &name, ProbeScript::Tier tier, const QString &serverId)
{
    SnapshotBuilder::Meta meta;
    meta.serverId = serverId;
    meta.serverName = serverId.isEmpty() ? name : serverId;
    meta.tier = tier;
    return SnapshotBuilder::build(text(name), QStringLiteral("FIXTURE"), meta);
}
