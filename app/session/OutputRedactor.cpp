#include "OutputRedactor.h"

#include <algorithm>

OutputRedactor::OutputRedactor(const QList<SecretBytes> &secrets)
{
    for (const SecretBytes &s : secrets) {
        if (!s.isEmpty())
            m_secrets.append(s);
    }
    // Longest first, so a secret that contains another is masked whole.
    std::sort(m_secrets.begin(), m_secrets.end(),
              [](const SecretBytes &a, const SecretBytes &b) { return a.size() > b.size(); });
    for (const SecretBytes &s : m_secrets)
        m_holdBack = std::max(m_holdBack, qsizetype(s.size()) - 1);
}

QByteArray OutputRedactor::redact(const QByteArray &text) const
{
    QByteArray out = text;
    for (const SecretBytes &s : m_secrets)
        out.replace(s.rawView(), mask());
    return out;
}

QByteArray OutputRedactor::feed(const QByteArray &chunk)
{
    if (!isActive())
        return chunk;
    m_pending += chunk;
    // Mask complete occurrences first, then keep back a tail that might be
    // the beginning of a secret continued in the next chunk.
    QByteArray masked = redact(m_pending);
    if (masked.size() <= m_holdBack) {
        m_pending = masked;
        return {};
    }
    const qsizetype ready = masked.size() - m_holdBack;
    m_pending = masked.mid(ready);
    masked.truncate(ready);
    return masked;
}

QByteArray OutputRedactor::finish()
{
    QByteArray rest = redact(m_pending);
    m_pending.clear();
    return rest;
}
