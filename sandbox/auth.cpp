#include "auth.h"

#include "providersignatures.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QPasswordDigestor>
#include <QRandomGenerator>

namespace bc::sandbox {

namespace {

constexpr qint64 kSessionSeconds = 12 * 3600;

std::optional<Principal> principalForUser(Context &ctx, const QString &userId)
{
    const auto row = ctx.db.one(QStringLiteral("SELECT id, org_id, email, name, role, contact FROM "
                                               "users WHERE id = ?"),
        {userId});
    if (!row)
        return std::nullopt;
    Principal p;
    p.userId = row->value(QStringLiteral("id")).toString();
    p.orgId = row->value(QStringLiteral("org_id")).toString();
    p.email = row->value(QStringLiteral("email")).toString();
    p.name = row->value(QStringLiteral("name")).toString();
    p.contact = row->value(QStringLiteral("contact")).toString();
    p.role = roleFromString(row->value(QStringLiteral("role")).toString());
    return p;
}

QByteArray cookieValue(const QByteArray &cookieHeader, const QByteArray &name)
{
    for (const QByteArray &part : cookieHeader.split(';')) {
        const QByteArray item = part.trimmed();
        if (item.startsWith(QByteArray(name + '=')))
            return item.mid(name.size() + 1);
    }
    return {};
}

QString passwordHash(const QString &password, const QByteArray &salt)
{
    return QString::fromLatin1(
        QPasswordDigestor::deriveKeyPbkdf2(QCryptographicHash::Sha256, password.toUtf8(), salt, 20000, 32).toHex());
}

} // namespace

QString hashSecret(const QString &secret)
{
    return QString::fromLatin1(QCryptographicHash::hash(secret.toUtf8(), QCryptographicHash::Sha256).toHex());
}

QString issueStartKey(Context &ctx, Role role, int nth)
{
    const auto user =
        ctx.db.one(QStringLiteral("SELECT id FROM users WHERE role = ? ORDER BY created_at, id LIMIT 1 OFFSET ?"),
            {roleToString(role), nth});
    if (!user)
        return {};
    const QString key = QStringLiteral("bc_test_") + roleToString(role) + u'_' + randomHex(16);
    ctx.db.exec(QStringLiteral("INSERT INTO api_keys (key_hash, user_id, label, created_at) VALUES (?, ?, ?, ?)"),
        {hashSecret(key), user->value(QStringLiteral("id")), QStringLiteral("start-up %1 key").arg(roleToString(role)),
            ctx.now()});
    return key;
}

QJsonObject issueStartKeys(Context &ctx)
{
    retireDerivedKeys(ctx);
    QJsonObject keys;
    for (const QVariantMap &r : ctx.db.all(QStringLiteral("SELECT DISTINCT role FROM users"))) {
        const Role role = roleFromString(r.value(QStringLiteral("role")).toString());
        keys.insert(roleToString(role), issueStartKey(ctx, role));
    }
    // The demo's Owner of a second organisation, for trying (and testing) that one
    // organisation's key never reaches another's data.
    if (const QString other = issueStartKey(ctx, Role::Owner, 1); !other.isEmpty())
        keys.insert(QStringLiteral("other_org_owner"), other);
    return keys;
}

void retireDerivedKeys(Context &ctx)
{
    // Keys of databases made before 0.9 were an HMAC of a secret kept beside them, so anyone
    // who could read the file could compute them: revoked, and the secret removed.
    Transaction tx(ctx.db);
    ctx.db.exec(
        QStringLiteral("UPDATE api_keys SET revoked_at = ? WHERE label LIKE 'demo % key' AND revoked_at IS NULL"),
        {ctx.now()});
    ctx.db.exec(QStringLiteral("DELETE FROM settings WHERE key = 'demo_secret'"));
    tx.commit();
}

std::optional<Principal> resolvePrincipal(Context &ctx, const HttpRequest &request)
{
    const QByteArray authorization = request.header("Authorization");
    if (authorization.startsWith("Bearer ")) {
        const QString key = QString::fromUtf8(authorization.mid(7).trimmed());
        const auto row = ctx.db.one(QStringLiteral("SELECT user_id FROM api_keys WHERE key_hash = ? "
                                                   "AND revoked_at IS NULL"),
            {hashSecret(key)});
        if (!row)
            return std::nullopt;
        return principalForUser(ctx, row->value(QStringLiteral("user_id")).toString());
    }
    const QByteArray token = cookieValue(request.header("Cookie"), "bc_session");
    if (!token.isEmpty()) {
        const auto row = ctx.db.one(QStringLiteral("SELECT user_id FROM sessions WHERE token_hash = ? "
                                                   "AND expires_at > ?"),
            {hashSecret(QString::fromLatin1(token)), QDateTime::currentSecsSinceEpoch()});
        if (row)
            return principalForUser(ctx, row->value(QStringLiteral("user_id")).toString());
    }
    return std::nullopt;
}

std::optional<HttpResponse> requireRole(const HttpRequest &request, std::initializer_list<Role> roles)
{
    if (!request.principal) {
        const bool presented =
            !request.header("Authorization").isEmpty() || request.header("Cookie").contains("bc_session=");
        return HttpResponse::error(401, QStringLiteral("unauthenticated"),
            presented ? QStringLiteral("The API key or session is not valid.")
                      : QStringLiteral("Sign in or send an API key as "
                                       "'Authorization: Bearer <key>'."))
            .withHeader("WWW-Authenticate", "Bearer");
    }
    for (Role r : roles)
        if (r == request.principal->role)
            return std::nullopt;
    QStringList names;
    for (Role r : roles)
        names << roleDisplayName(r);
    return HttpResponse::error(403, QStringLiteral("forbidden"),
        QStringLiteral("This needs the role %1; you are signed in as %2.")
            .arg(names.join(QStringLiteral(" or ")), roleDisplayName(request.principal->role)));
}

static QJsonObject whoamiJson(Context &ctx, const Principal &p)
{
    const auto org = ctx.db.one(QStringLiteral("SELECT id, name, currency FROM orgs WHERE id = ?"), {p.orgId});
    return QJsonObject{
        {QStringLiteral("user"),
            QJsonObject{{QStringLiteral("id"), p.userId}, {QStringLiteral("email"), p.email},
                {QStringLiteral("name"), p.name}}},
        {QStringLiteral("role"), roleToString(p.role)},
        {QStringLiteral("org"),
            QJsonObject{{QStringLiteral("id"), p.orgId},
                {QStringLiteral("name"), org ? org->value(QStringLiteral("name")).toString() : QString()},
                {QStringLiteral("currency"), org ? org->value(QStringLiteral("currency")).toString() : QString()}}},
        {QStringLiteral("families"), QJsonArray{QStringLiteral("org_billing")}},
    };
}

void AuthController::registerRoutes(Router &router)
{
    route(router, "GET", QStringLiteral("/api/auth/whoami"), &AuthController::whoami, RouteKind::Extension);
    route(router, "POST", QStringLiteral("/api/auth/login"), &AuthController::login, RouteKind::Extension);
    route(router, "POST", QStringLiteral("/api/auth/logout"), &AuthController::logout, RouteKind::Extension);
}

HttpResponse AuthController::whoami(const HttpRequest &req)
{
    if (auto denied = requireRole(req, {Role::SuperAdmin, Role::Owner, Role::Admin, Role::Support, Role::Member}))
        return *denied;
    return HttpResponse::json(whoamiJson(ctx, *req.principal));
}

HttpResponse AuthController::login(const HttpRequest &req)
{
    HttpResponse error;
    auto fields = JsonFields::parse(req.body, &error);
    if (!fields)
        return error;
    const QString email = fields->string(QStringLiteral("email"), true, 254);
    const QString password = fields->string(QStringLiteral("password"), true, 1024);
    if (!fields->ok())
        return fields->error();
    const auto row = ctx.db.one(QStringLiteral("SELECT id, password_salt, password_hash FROM users "
                                               "WHERE email = ?"),
        {email.trimmed().toLower()});
    const QString expected = row ? row->value(QStringLiteral("password_hash")).toString() : QString();
    const QString actual = passwordHash(
        password, row ? row->value(QStringLiteral("password_salt")).toString().toUtf8() : QByteArray("no-such-user"));
    if (!row || !signatures::constantTimeEquals(expected.toLatin1(), actual.toLatin1()))
        return HttpResponse::error(
            401, QStringLiteral("invalid_credentials"), QStringLiteral("The email or password is not right."));
    const QString tokenText = randomHex(32);
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const QString userId = row->value(QStringLiteral("id")).toString();
    ctx.db.exec(QStringLiteral("INSERT INTO sessions (token_hash, user_id, created_at, expires_at) "
                               "VALUES (?, ?, ?, ?)"),
        {hashSecret(tokenText), userId, now, now + kSessionSeconds});
    const auto principal = principalForUser(ctx, userId);
    return HttpResponse::json(whoamiJson(ctx, *principal))
        .withHeader("Set-Cookie",
            "bc_session=" + tokenText.toLatin1()
                + "; Path=/; HttpOnly; SameSite=Strict; Max-Age=" + QByteArray::number(kSessionSeconds));
}

HttpResponse AuthController::logout(const HttpRequest &req)
{
    const QByteArray token = cookieValue(req.header("Cookie"), "bc_session");
    if (!token.isEmpty())
        ctx.db.exec(
            QStringLiteral("DELETE FROM sessions WHERE token_hash = ?"), {hashSecret(QString::fromLatin1(token))});
    return HttpResponse::json(QJsonObject{{QStringLiteral("signedOut"), true}})
        .withHeader("Set-Cookie", "bc_session=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0");
}

QString hashPasswordForStorage(const QString &password, QString *saltOut)
{
    *saltOut = randomHex(16);
    return passwordHash(password, saltOut->toLatin1());
}

} // namespace bc::sandbox
