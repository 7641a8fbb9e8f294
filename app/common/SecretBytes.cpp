#include "common/SecretBytes.h"

#include <QString>

#include <cstring>

namespace {
std::function<void(const char *, std::size_t)> &releaseObserver()
{
    static std::function<void(const char *, std::size_t)> observer;
    return observer;
}

// volatile so the compiler cannot drop the stores as dead before a free.
void zero(void *data, std::size_t size)
{
    volatile unsigned char *p = static_cast<volatile unsigned char *>(data);
    for (std::size_t i = 0; i < size; ++i)
        p[i] = 0;
}
} // namespace

SecretBytes::SecretBytes(const char *data, std::size_t size)
{
    append(data, size);
}

SecretBytes SecretBytes::takeFrom(QByteArray &source)
{
    SecretBytes out(source.constData(), std::size_t(source.size()));
    wipe(source);
    return out;
}

SecretBytes SecretBytes::fromUtf8(const QString &text)
{
    QByteArray utf8 = text.toUtf8();
    return takeFrom(utf8);
}

SecretBytes::SecretBytes(const SecretBytes &other)
{
    append(other.constData(), other.m_size);
}

SecretBytes::SecretBytes(SecretBytes &&other) noexcept
    : m_data(other.m_data), m_size(other.m_size), m_capacity(other.m_capacity)
{
    other.m_data = nullptr;
    other.m_size = other.m_capacity = 0;
}

SecretBytes &SecretBytes::operator=(const SecretBytes &other)
{
    if (this != &other) {
        clear();
        append(other.constData(), other.m_size);
    }
    return *this;
}

SecretBytes &SecretBytes::operator=(SecretBytes &&other) noexcept
{
    if (this != &other) {
        release();
        m_data = other.m_data;
        m_size = other.m_size;
        m_capacity = other.m_capacity;
        other.m_data = nullptr;
        other.m_size = other.m_capacity = 0;
    }
    return *this;
}

SecretBytes::~SecretBytes()
{
    release();
}

bool SecretBytes::contains(char c) const
{
    return m_size > 0 && std::memchr(m_data, c, m_size) != nullptr;
}

bool SecretBytes::operator==(const SecretBytes &other) const
{
    return m_size == other.m_size && (m_size == 0 || std::memcmp(m_data, other.m_data, m_size) == 0);
}

void SecretBytes::reserve(std::size_t capacity)
{
    if (capacity + 1 <= m_capacity)
        return;
    // Grow into a new buffer and zero the old one: no realloc, which may leave a copy.
    char *grown = new char[capacity + 1];
    if (m_size > 0)
        std::memcpy(grown, m_data, m_size);
    grown[m_size] = '\0';
    const std::size_t size = m_size;
    release();
    m_data = grown;
    m_size = size;
    m_capacity = capacity + 1;
}

void SecretBytes::append(const char *data, std::size_t size)
{
    if (size == 0)
        return;
    if (m_size + size + 1 > m_capacity)
        reserve(qMax(m_size + size, 2 * m_capacity));
    std::memcpy(m_data + m_size, data, size);
    m_size += size;
    m_data[m_size] = '\0';
}

void SecretBytes::clear()
{
    release();
}

void SecretBytes::release()
{
    if (m_data) {
        zero(m_data, m_capacity);
        if (releaseObserver())
            releaseObserver()(m_data, m_capacity);
        delete[] m_data;
    }
    m_data = nullptr;
    m_size = m_capacity = 0;
}

void SecretBytes::wipe(QByteArray &secret)
{
    // Write through the shared buffer on purpose: a detach would copy the secret
    // and zero only the copy. Raw (non-owned, e.g. literal) data is never written.
    if (!secret.isEmpty() && secret.data_ptr().isMutable())
        zero(const_cast<char *>(secret.constData()), std::size_t(secret.size()));
    secret.clear();
}

void SecretBytes::wipe(QString &secret)
{
    if (!secret.isEmpty() && secret.data_ptr().isMutable())
        zero(const_cast<QChar *>(secret.constData()), std::size_t(secret.size()) * sizeof(QChar));
    secret.clear();
}

void SecretBytes::setReleaseObserverForTesting(std::function<void(const char *, std::size_t)> observer)
{
    releaseObserver() = std::move(observer);
}
