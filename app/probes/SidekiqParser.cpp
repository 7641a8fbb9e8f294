#include "probes/SidekiqParser.h"

#include "probes/ProbeText.h"
#include "probes/Tampering.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

const SidekiqQueue *SidekiqState::queue(const QString &name) const
{
    for (const SidekiqQueue &q : queues) {
        if (q.name == name)
            return &q;
    }
    return nullptr;
}

namespace {
qint64 count(const QString &s, bool *ok)
{
    const qint64 v = s.trimmed().toLongLong(ok);
    if (*ok && v < 0)
        *ok = false;
    return v;
}
} // namespace

SidekiqState SidekiqParser::parse(const QString &text)
{
    SidekiqState st;
    static const QRegularExpression nameRe(QStringLiteral(R"(^[A-Za-z0-9_.:-]{1,100}$)"));
    QString ping;
    QDateTime now;
    bool retryOk = false, deadOk = false;
    SidekiqProcess *proc = nullptr;
    // Everything here is printed once (per process, for info and beat): a second
    // copy would override the first, so it is tampering.
    QSet<QString> seen;
    QString repeated;
    const auto once = [&](const QString &what) {
        if (seen.contains(what)) {
            if (repeated.isEmpty())
                repeated = what;
            return false;
        }
        seen.insert(what);
        return true;
    };
    const QStringList lines = ProbeText::lines(text);
    for (const QString &line : lines) {
        const QString word = line.section(QLatin1Char(' '), 0, 0).section(QLatin1Char('='), 0, 0);
        if (line.startsWith(QLatin1String("ping="))) {
            once(QStringLiteral("ping"));
            ping = line.mid(5).trimmed();
        } else if (line == QLatin1String("redis_cli=absent")) {
            st.status = ParseStatus::bad(QStringLiteral("redis-cli is not installed on the server"));
            return st;
        } else if (line.startsWith(QLatin1String("now="))) {
            once(word);
            now = ProbeText::epoch(line.mid(4));
        } else if (line.startsWith(QLatin1String("queue "))) {
            const QStringList f = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
            bool ok = false;
            if (f.size() < 3 || !nameRe.match(f.at(1)).hasMatch() || !once(QStringLiteral("queue ") + f.at(1)))
                continue;
            SidekiqQueue q;
            q.name = f.at(1);
            q.size = count(f.at(2), &ok);
            if (!ok)
                continue;
            const QDateTime at = f.size() > 3 ? ProbeText::epoch(f.at(3)) : QDateTime();
            if (at.isValid() && now.isValid() && q.size > 0)
                q.latencySec = qMax<qint64>(0, at.secsTo(now));
            else if (q.size == 0)
                q.latencySec = 0;
            st.queues << q;
        } else if (line.startsWith(QLatin1String("retry "))) {
            once(word);
            st.retry = count(line.mid(6), &retryOk);
        } else if (line.startsWith(QLatin1String("dead "))) {
            once(word);
            st.dead = count(line.mid(5), &deadOk);
        } else if (line.startsWith(QLatin1String("scheduled "))) {
            once(word);
            bool ok = false;
            st.scheduled = count(line.mid(10), &ok);
            if (!ok)
                st.scheduled = -1;
        } else if (line.startsWith(QLatin1String("process "))) {
            SidekiqProcess p;
            p.identity = line.mid(8).trimmed();
            once(QStringLiteral("process ") + p.identity);
            st.processes << p;
            proc = &st.processes.last();
        } else if (line.startsWith(QLatin1String("info ")) && proc) {
            once(proc->identity + QStringLiteral(" info"));
            const QJsonObject info = QJsonDocument::fromJson(line.mid(5).toUtf8()).object();
            proc->hostname = info.value(QStringLiteral("hostname")).toString();
            proc->concurrency = info.value(QStringLiteral("concurrency")).toInt();
            const QJsonArray queues = info.value(QStringLiteral("queues")).toArray();
            for (const QJsonValue &q : queues) {
                // Sidekiq 7 capsules may list "name,weight".
                const QString name = q.toString().section(QLatin1Char(','), 0, 0);
                if (nameRe.match(name).hasMatch())
                    proc->queues << name;
            }
        } else if (line.startsWith(QLatin1String("beat ")) && proc) {
            once(proc->identity + QStringLiteral(" beat"));
            proc->beat = ProbeText::epoch(line.mid(5));
        }
    }
    if (!repeated.isEmpty()) {
        st = SidekiqState();
        st.status = Tampering::repeatedKey(repeated);
        return st;
    }
    if (ping != QLatin1String("PONG")) {
        st = SidekiqState();
        st.status = ParseStatus::bad(ping.isEmpty() ? QStringLiteral("Redis did not answer: ") + ProbeText::firstLine(text)
                                                    : QStringLiteral("Redis did not answer: ") + ping.left(200));
        return st;
    }
    if (!retryOk || !deadOk) {
        st = SidekiqState();
        st.status = ParseStatus::bad(QStringLiteral("Sidekiq counters unreadable"));
        return st;
    }
    // A process entry without info is a stale key (the process died): not a listener.
    QList<SidekiqProcess> live;
    for (const SidekiqProcess &p : std::as_const(st.processes)) {
        if (!p.queues.isEmpty())
            live << p;
    }
    st.processes = live;
    st.status = ParseStatus::good();
    return st;
}
