#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <memory>

namespace bc {

// SHA-256 through OpenSSL's libcrypto, which uses the CPU's SHA instructions where it has them
// (about ten times QCryptographicHash's speed on this project's machines): for the hashes of whole
// files, a provider's report or the journal's export, that a person waits for.
class Sha256
{
public:
    Sha256();
    ~Sha256();
    Sha256(const Sha256 &) = delete;
    Sha256 &operator=(const Sha256 &) = delete;
    void addData(QByteArrayView bytes);
    QByteArray result(); // the digest, 32 bytes; the object is then spent
    static QByteArray hash(QByteArrayView bytes);

private:
    struct Context;
    std::unique_ptr<Context> m_context;
};

} // namespace bc
