#pragma once

#include <QByteArray>
#include <QMetaType>

#include <cstddef>
#include <functional>

// A password, passphrase or sudo password in memory. Unlike QByteArray it is never
// implicitly shared: every copy owns its own buffer, and every buffer is overwritten
// with zeros before it is freed (on destruction, clear(), assignment and growth), so
// no stale copy of the secret is left behind by Hoshu's own code.
class SecretBytes
{
public:
    SecretBytes() = default;
    SecretBytes(const char *data, std::size_t size);
    // Copies `source` and then overwrites the source's bytes in place, in every
    // QByteArray that shares them (no detach first), and clears it.
    static SecretBytes takeFrom(QByteArray &source);
    static SecretBytes fromUtf8(const QString &text); // e.g. from a QLineEdit; the caller clears the widget

    SecretBytes(const SecretBytes &other);
    SecretBytes(SecretBytes &&other) noexcept;
    SecretBytes &operator=(const SecretBytes &other);
    SecretBytes &operator=(SecretBytes &&other) noexcept;
    ~SecretBytes();

    bool isEmpty() const { return m_size == 0; }
    std::size_t size() const { return m_size; }
    const char *constData() const { return m_data ? m_data : ""; } // NUL-terminated
    bool contains(char c) const;
    bool operator==(const SecretBytes &other) const;
    bool operator!=(const SecretBytes &other) const { return !(*this == other); }

    void append(const char *data, std::size_t size);
    void append(const QByteArray &data) { append(data.constData(), std::size_t(data.size())); }
    void append(const SecretBytes &data) { append(data.constData(), data.size()); }
    void append(char c) { append(&c, 1); }
    void reserve(std::size_t capacity);
    void clear(); // zeroes and frees

    // A QByteArray view that does not own or copy the bytes: valid while this object
    // lives unchanged. For APIs that want a QByteArray (redaction, libssh strings).
    QByteArray rawView() const { return QByteArray::fromRawData(constData(), qsizetype(m_size)); }

    // Overwrites the bytes of `secret` in place (every sharer sees zeros) and clears it.
    static void wipe(QByteArray &secret);
    static void wipe(QString &secret);

    // Tests only: called with each buffer just before it is freed.
    static void setReleaseObserverForTesting(std::function<void(const char *, std::size_t)> observer);

private:
    void release();

    char *m_data = nullptr;
    std::size_t m_size = 0;
    std::size_t m_capacity = 0; // bytes allocated, including the NUL
};

Q_DECLARE_METATYPE(SecretBytes)
