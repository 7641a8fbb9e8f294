#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <memory>

// An incremental SHA-256 through OpenSSL (hardware-accelerated where the CPU can):
// QCryptographicHash's portable code hashes a backup bundle slower than SFTP delivers it.
class Sha256
{
public:
    Sha256();
    ~Sha256();
    Sha256(const Sha256 &) = delete;
    Sha256 &operator=(const Sha256 &) = delete;

    void reset();
    void addData(QByteArrayView data);
    QByteArray hexDigest() const; // lower-case hex of everything added since reset(); adds nothing

private:
    struct Context;
    std::unique_ptr<Context> m_context;
};
