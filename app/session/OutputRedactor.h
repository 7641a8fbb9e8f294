#pragma once

#include "common/SecretBytes.h"

#include <QByteArray>
#include <QList>

// Replaces every occurrence of a secret in a byte stream with "********",
// even when the secret is split across chunks: it holds back the few bytes
// that could be the start of a secret until the next chunk (or finish()).
class OutputRedactor
{
public:
    explicit OutputRedactor(const QList<SecretBytes> &secrets = {});

    bool isActive() const { return !m_secrets.isEmpty(); }
    QByteArray feed(const QByteArray &chunk);
    QByteArray finish();

    static QByteArray mask() { return QByteArrayLiteral("********"); }

private:
    QByteArray redact(const QByteArray &text) const;

    QList<SecretBytes> m_secrets;
    qsizetype m_holdBack = 0;
    QByteArray m_pending;
};
