#pragma once

#include "controller.h"

namespace bc::sandbox {

// Resolves the caller; null when no or unknown credentials.
std::optional<Principal> resolvePrincipal(Context &ctx, const HttpRequest &request);
// 401 without credentials, 403 when the role is not among those allowed; empty when allowed.
std::optional<HttpResponse> requireRole(const HttpRequest &request, std::initializer_list<Role> roles);
QString hashSecret(const QString &secret);
QString hashPasswordForStorage(const QString &password, QString *saltOut);
// A new API key for the first (or nth, from 0) user of this role, stored only as its SHA-256 and
// returned once (billing-sandbox prints it at start); empty when there is no such user. Earlier
// keys stay valid.
QString issueStartKey(Context &ctx, Role role, int nth = 0);
// Fresh keys at every start, printed once and stored only as hashes, so nothing in the database
// lets anyone who reads it compute a key: {role: key} for each role, and other_org_owner.
QJsonObject issueStartKeys(Context &ctx);
// Revokes keys that were derived from a secret stored in the database, and removes the secret.
void retireDerivedKeys(Context &ctx);

// Who the caller is, and password sign-in with an HttpOnly session cookie (extensions: the documents
// authenticate by API key and name no such endpoints).
class AuthController : public Controller
{
public:
    using Controller::Controller;
    void registerRoutes(Router &router) override;

private:
    HttpResponse whoami(const HttpRequest &request);
    HttpResponse login(const HttpRequest &request);
    HttpResponse logout(const HttpRequest &request);
};

} // namespace bc::sandbox
