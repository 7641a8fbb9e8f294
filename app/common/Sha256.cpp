#include "common/Sha256.h"

#include <openssl/evp.h>

struct Sha256::Context
{
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    ~Context() { EVP_MD_CTX_free(ctx); }
};

Sha256::Sha256()
    : m_context(std::make_unique<Context>())
{
    reset();
}

Sha256::~Sha256() = default;

void Sha256::reset()
{
    EVP_DigestInit_ex(m_context->ctx, EVP_sha256(), nullptr);
}

void Sha256::addData(QByteArrayView data)
{
    EVP_DigestUpdate(m_context->ctx, data.data(), std::size_t(data.size()));
}

QByteArray Sha256::hexDigest() const
{
    // On a copy, so the running hash can go on (and be read more than once).
    EVP_MD_CTX *copy = EVP_MD_CTX_new();
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    const bool ok = copy && EVP_MD_CTX_copy_ex(copy, m_context->ctx) && EVP_DigestFinal_ex(copy, digest, &length);
    EVP_MD_CTX_free(copy);
    return ok ? QByteArray(reinterpret_cast<const char *>(digest), int(length)).toHex() : QByteArray();
}
