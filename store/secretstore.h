#pragma once

#include <QString>

namespace bc {

// API keys in the operating system's keychain (Secret Service on Linux, the Keychain on macOS,
// the Credential Manager on Windows) through QtKeychain; never in a file. Without a keychain
// (no Secret Service running) a key is kept in this process's memory for this run only, and the
// outcome says so, so the console can tell the person and ask again next time.
class SecretStore
{
public:
    enum class Outcome {
        Stored, // in the keychain
        InMemory, // no keychain: kept for this run only
        Found,
        NotFound,
        Failed, // the keychain refused (locked, access denied); message says why
    };
    struct Result
    {
        Outcome outcome = Outcome::NotFound;
        QString secret;
        QString message; // for people, when the keychain could not be used
        bool ok() const { return outcome == Outcome::Stored || outcome == Outcome::Found; }
    };

    // `service` names the console's entries in the keychain; tests use their own.
    explicit SecretStore(const QString &service = QStringLiteral("billing-console"));

    // Each waits for the keychain (it may ask the person to unlock it), at most kTimeoutMs.
    Result read(const QString &account) const;
    Result write(const QString &account, const QString &secret) const;
    void remove(const QString &account) const;
    // True when the account's key could not go into a keychain and lives in memory for this run.
    bool keptInMemory(const QString &account) const;
    QString service() const { return m_service; }

    static constexpr int kTimeoutMs = 15000;

private:
    QString m_service;
};

} // namespace bc
