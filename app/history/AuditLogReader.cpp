#include "AuditLogReader.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

namespace {

constexpr qint64 kBlock = 64 * 1024;

class LineSink
{
public:
    LineSink(const AuditLogReader::Options &options, AuditLogReader::Result *result)
        : m_options(options)
        , m_result(result)
    {
    }

    // false: the limit is reached, stop reading.
    bool take(const QByteArray &line)
    {
        const QByteArray trimmed = line.trimmed();
        if (trimmed.isEmpty())
            return true;
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(trimmed, &parseError);
        const auto entry = doc.isObject() ? AuditLog::fromJson(doc.object()) : std::nullopt;
        if (!entry) {
            ++m_result->damaged;
            return true;
        }
        if (!m_options.serverId.isEmpty() ? entry->serverId != m_options.serverId
                                          : !m_options.serverName.isEmpty() && entry->serverName != m_options.serverName)
            return true;
        if (m_result->entries.size() >= m_options.limit) {
            m_result->truncated = true;
            return false;
        }
        m_result->entries << *entry;
        return true;
    }
    void damaged() { ++m_result->damaged; }

private:
    const AuditLogReader::Options &m_options;
    AuditLogReader::Result *m_result;
};

} // namespace

AuditLogReader::AuditLogReader(const QString &filePath)
    : m_filePath(filePath)
{
}

AuditLogReader::Result AuditLogReader::read(const Options &options) const
{
    Result result;
    QFile file(m_filePath);
    if (!file.exists())
        return result;
    if (!file.open(QIODevice::ReadOnly)) {
        result.error = file.errorString();
        return result;
    }
    LineSink sink(options, &result);
    // Backwards from the end. `carry` is the end part of a line whose start lies
    // in an earlier block; `overlong` means the line being read is already too
    // long: its bytes are dropped until its start (the previous '\n') is found.
    qint64 pos = file.size();
    QByteArray carry;
    bool overlong = false;
    while (pos > 0) {
        const qint64 start = qMax<qint64>(0, pos - kBlock);
        if (!file.seek(start)) {
            result.error = file.errorString();
            return result;
        }
        QByteArray block = file.read(pos - start);
        if (block.size() != pos - start) {
            result.error = file.errorString();
            return result;
        }
        pos = start;
        qsizetype end = block.size();
        for (qsizetype nl = block.lastIndexOf('\n', end - 1); nl >= 0; nl = end > 0 ? block.lastIndexOf('\n', end - 1) : -1) {
            const QByteArrayView piece = QByteArrayView(block).sliced(nl + 1, end - nl - 1);
            end = nl;
            if (overlong) {
                overlong = false;
                carry.clear();
                sink.damaged();
                continue;
            }
            if (carry.size() + piece.size() > options.maxLineBytes) {
                carry.clear();
                sink.damaged();
                continue;
            }
            const QByteArray line = piece.toByteArray() + carry;
            carry.clear();
            if (!sink.take(line))
                return result;
        }
        // What is left (block[0, end)) continues a line that started earlier.
        if (!overlong) {
            if (carry.size() + end > options.maxLineBytes) {
                overlong = true;
                carry.clear();
            } else {
                carry.prepend(QByteArrayView(block).first(end));
            }
        }
        if (end == 0 && pos == 0)
            break;
    }
    if (overlong)
        sink.damaged();
    else if (!carry.isEmpty())
        sink.take(carry);
    return result;
}
