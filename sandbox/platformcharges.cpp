// The platform charges family (seed 003): one-time charges and subscription charges that an
// extension asks a company to approve on a hosted confirm page. Field names as the seed lists
// them (_id, entity_type, pricing_type, price, recurring, status, capped_amount, activated_on,
// cancelled_on, billing_date, current_period, is_test, company_id, meta, line_items, __v).
// Amounts are numbers in major units, as the seed shows them; requests may send strings too.
#include "platformcharges.h"

#include "auth.h"

#include "api/wirejson.h"

#include <QJsonDocument>

namespace bc::sandbox {

namespace {

constexpr std::initializer_list<Role> kCallers = {Role::SuperAdmin, Role::Owner, Role::Admin};

QString objectId()
{
    return randomHex(12); // 24 hex digits, like the platform's ids
}

QJsonValue time(const QVariant &secs)
{
    return isoTimeOrNull(secs);
}

// Reads {amount: 499.5, currency_code: "INR"}: a number, as seed 003 shows it, or a string, in
// major units, from its own text; fills *error with a 400 when it cannot be exact or is not positive.
std::optional<Money> readPrice(const wire::Object &price, const QString &where, std::optional<HttpResponse> *error)
{
    const QString currency = price.text({"currency_code"}).toUpper();
    if (!price.isValid() || !price.has({"amount"})) {
        *error = HttpResponse::error(400, QStringLiteral("missing_field"),
            QStringLiteral("%1.price needs amount and currency_code.").arg(where), where + QStringLiteral(".price"));
        return std::nullopt;
    }
    QString why;
    const std::optional<Money> m = price.money({"amount"},
        {currency.isEmpty() ? QStringLiteral("INR") : currency, wire::AmountConvention::Units::Major}, &why);
    if (!m || m->isNegative() || m->isZero() || m->minorUnits() > kMaxAmountMinor) {
        *error = HttpResponse::error(400, QStringLiteral("invalid_amount"),
            !m ? QStringLiteral("%1.price.%2").arg(where, why)
                : m->minorUnits() > kMaxAmountMinor
                ? QStringLiteral("%1.price.amount is above the largest amount "
                                 "this server takes.")
                      .arg(where)
                : QStringLiteral("%1.price.amount must be more than zero.").arg(where),
            where + QStringLiteral(".price.amount"));
        return std::nullopt;
    }
    return m;
}

std::optional<QString> readCapped(
    const wire::Object &o, const QString &currency, const QString &where, std::optional<HttpResponse> *error)
{
    if (!o.has({"capped_amount"}))
        return Money::fromMinor(0, currency).toWireString();
    QString why;
    const std::optional<Money> m = o.money({"capped_amount"}, {currency, wire::AmountConvention::Units::Major}, &why);
    if (!m || m->isNegative() || m->minorUnits() > kMaxAmountMinor) {
        *error = HttpResponse::error(400, QStringLiteral("invalid_amount"),
            !m ? QStringLiteral("%1.%2").arg(where, why)
                : m->isNegative()
                ? QStringLiteral("%1.capped_amount cannot be negative.").arg(where)
                : QStringLiteral("%1.capped_amount is above the largest amount this server takes.").arg(where),
            where + QStringLiteral(".capped_amount"));
        return std::nullopt;
    }
    return m->toWireString();
}

// Amounts are kept as exact text ("499.50") and answered as the numbers seed 003 shows.
QJsonValue amountNumber(const QJsonValue &text)
{
    return text.isString() ? wire::numberValue(text.toString()) : text;
}

QJsonObject numbered(QJsonObject item)
{
    QJsonObject price = item.value(QStringLiteral("price")).toObject();
    price.insert(QStringLiteral("amount"), amountNumber(price.value(QStringLiteral("amount"))));
    item.insert(QStringLiteral("price"), price);
    if (item.contains(QStringLiteral("capped_amount")))
        item.insert(QStringLiteral("capped_amount"), amountNumber(item.value(QStringLiteral("capped_amount"))));
    return item;
}

QJsonObject period(const QVariantMap &row, const QJsonObject &body)
{
    const QVariant start = row.value(QStringLiteral("billing_date"));
    if (start.isNull())
        return {};
    const QString interval = body.value(QStringLiteral("line_items"))
                                 .toArray()
                                 .first()
                                 .toObject()
                                 .value(QStringLiteral("recurring"))
                                 .toObject()
                                 .value(QStringLiteral("interval"))
                                 .toString(QStringLiteral("month"));
    const QDateTime s = QDateTime::fromSecsSinceEpoch(start.toLongLong(), Qt::UTC);
    const QDateTime e = interval == QLatin1String("year") ? s.addYears(1) : s.addMonths(1);
    return QJsonObject{
        {QStringLiteral("start_date"), s.toString(Qt::ISODate)}, {QStringLiteral("end_date"), e.toString(Qt::ISODate)}};
}

QJsonObject chargeJson(const QVariantMap &row)
{
    const QJsonObject body = QJsonDocument::fromJson(row.value(QStringLiteral("body")).toString().toUtf8()).object();
    const QJsonObject charge = body.value(QStringLiteral("charge")).toObject();
    return QJsonObject{
        {QStringLiteral("_id"), row.value(QStringLiteral("id")).toString()},
        {QStringLiteral("entity_type"), QStringLiteral("extension")},
        {QStringLiteral("entity_id"), row.value(QStringLiteral("extension_id")).toString()},
        {QStringLiteral("name"),
            charge.value(QStringLiteral("name")).toString(row.value(QStringLiteral("name")).toString())},
        {QStringLiteral("term"), charge.value(QStringLiteral("term")).toString()},
        {QStringLiteral("charge_type"), QStringLiteral("standalone")},
        {QStringLiteral("pricing_type"), QStringLiteral("one_time")},
        {QStringLiteral("price"), numbered(charge).value(QStringLiteral("price"))},
        {QStringLiteral("recurring"), QJsonValue::Null},
        {QStringLiteral("status"), row.value(QStringLiteral("status")).toString()},
        {QStringLiteral("capped_amount"), amountNumber(charge.value(QStringLiteral("capped_amount")))},
        {QStringLiteral("activated_on"), time(row.value(QStringLiteral("activated_on")))},
        {QStringLiteral("cancelled_on"), time(row.value(QStringLiteral("cancelled_on")))},
        {QStringLiteral("billing_date"), time(row.value(QStringLiteral("billing_date")))},
        {QStringLiteral("current_period"), QJsonValue::Null},
        {QStringLiteral("modified_at"), time(row.value(QStringLiteral("modified_at")))},
        {QStringLiteral("created_at"), time(row.value(QStringLiteral("created_at")))},
        {QStringLiteral("is_test"), row.value(QStringLiteral("is_test")).toLongLong() != 0},
        {QStringLiteral("company_id"), row.value(QStringLiteral("company_id")).toString()},
        {QStringLiteral("meta"), charge.value(QStringLiteral("metadata")).toObject()},
        {QStringLiteral("__v"), row.value(QStringLiteral("version")).toLongLong()},
    };
}

QJsonArray numberedItems(const QJsonArray &items)
{
    QJsonArray out;
    for (const QJsonValue &item : items)
        out.append(numbered(item.toObject()));
    return out;
}

QJsonObject subscriptionJson(const QVariantMap &row)
{
    const QJsonObject body = QJsonDocument::fromJson(row.value(QStringLiteral("body")).toString().toUtf8()).object();
    return QJsonObject{
        {QStringLiteral("_id"), row.value(QStringLiteral("id")).toString()},
        {QStringLiteral("product_suit_id"), body.value(QStringLiteral("product_suit_id")).toString()},
        {QStringLiteral("entity_id"), row.value(QStringLiteral("extension_id")).toString()},
        {QStringLiteral("entity_type"), QStringLiteral("extension")},
        {QStringLiteral("name"), row.value(QStringLiteral("name")).toString()},
        {QStringLiteral("status"), row.value(QStringLiteral("status")).toString()},
        {QStringLiteral("trial_days"), row.value(QStringLiteral("trial_days")).toLongLong()},
        {QStringLiteral("activated_on"), time(row.value(QStringLiteral("activated_on")))},
        {QStringLiteral("cancelled_on"), time(row.value(QStringLiteral("cancelled_on")))},
        {QStringLiteral("billing_date"), time(row.value(QStringLiteral("billing_date")))},
        {QStringLiteral("current_period"),
            period(row, body).isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(period(row, body))},
        {QStringLiteral("is_test"), row.value(QStringLiteral("is_test")).toLongLong() != 0},
        {QStringLiteral("created_at"), time(row.value(QStringLiteral("created_at")))},
        {QStringLiteral("modified_at"), time(row.value(QStringLiteral("modified_at")))},
        {QStringLiteral("company_id"), row.value(QStringLiteral("company_id")).toString()},
        {QStringLiteral("line_items"), numberedItems(body.value(QStringLiteral("line_items")).toArray())},
        {QStringLiteral("__v"), row.value(QStringLiteral("version")).toLongLong()},
    };
}

QString prefix()
{
    return QStringLiteral("/service/platform/billing/v1.0/company/{company_id}/extension/{extension_id}");
}

std::optional<HttpResponse> checkCaller(Context &ctx, const HttpRequest &req)
{
    if (auto denied = requireRole(req, kCallers))
        return denied;
    // The company is one organisation: only its own Owner and Admin (and the Super Admin) reach
    // it; to anyone else it does not exist.
    const bool ownCompany = req.principal->role == Role::SuperAdmin
        || req.principal->orgId == ctx.db.setting(QStringLiteral("platform_company_org"));
    if (!ownCompany
        || req.params.value(QStringLiteral("company_id")) != ctx.db.setting(QStringLiteral("platform_company_id")))
        return HttpResponse::error(404, QStringLiteral("company_not_found"),
            QStringLiteral("There is no company %1 on this platform.")
                .arg(req.params.value(QStringLiteral("company_id"))));
    if (req.params.value(QStringLiteral("extension_id")) != ctx.db.setting(QStringLiteral("platform_extension_id")))
        return HttpResponse::error(404, QStringLiteral("extension_not_found"),
            QStringLiteral("There is no extension %1 for this company.")
                .arg(req.params.value(QStringLiteral("extension_id"))));
    return std::nullopt;
}

std::optional<QVariantMap> chargeRow(Context &ctx, const HttpRequest &req, const QString &id, const char *kind)
{
    return ctx.db.one(QStringLiteral("SELECT * FROM platform_charges WHERE id = ? AND kind = ? AND company_id = ?"),
        {id, QString::fromLatin1(kind), req.params.value(QStringLiteral("company_id"))});
}

QUrl confirmUrl(Context &ctx, const QString &id)
{
    return ctx.baseUrl.resolved(QUrl(QStringLiteral("/sim/platform/confirm/") + id));
}

bool validUrl(const QString &text)
{
    const QUrl u(text); // tolerant: success URLs carry the literal {CHECKOUT_SESSION_ID}
    return u.isValid() && (u.scheme() == QLatin1String("https") || u.scheme() == QLatin1String("http"))
        && !u.host().isEmpty();
}

} // namespace

void PlatformChargesController::registerRoutes(Router &router)
{
    route(router, "GET", prefix() + QStringLiteral("/charges"), &PlatformChargesController::list, RouteKind::Extension);
    route(router, "GET", prefix() + QStringLiteral("/charge/{charge_id}"), &PlatformChargesController::charge,
        RouteKind::Documented);
    route(router, "GET", prefix() + QStringLiteral("/subscription/{subscription_id}"),
        &PlatformChargesController::subscription, RouteKind::Documented);
    route(router, "POST", prefix() + QStringLiteral("/subscription/{subscription_id}/cancel"),
        &PlatformChargesController::cancel, RouteKind::Documented);
    route(router, "POST", prefix() + QStringLiteral("/one_time_charge"), &PlatformChargesController::createOneTime,
        RouteKind::Documented);
    route(router, "POST", prefix() + QStringLiteral("/subscription"), &PlatformChargesController::createSubscription,
        RouteKind::Documented);
    route(router, "GET", QStringLiteral("/sim/platform/confirm/{id}"), &PlatformChargesController::confirmPage,
        RouteKind::HostedPage);
    route(router, "POST", QStringLiteral("/sim/platform/confirm/{id}/{action}"),
        &PlatformChargesController::confirmAction, RouteKind::HostedPage);
}

// Extension: every charge of this company and extension, newest first, for the console.
HttpResponse PlatformChargesController::list(const HttpRequest &req)
{
    if (auto denied = checkCaller(ctx, req))
        return *denied;
    QJsonArray data;
    for (const QVariantMap &row :
        ctx.db.all(QStringLiteral("SELECT * FROM platform_charges WHERE company_id = ? AND extension_id = ?"
                                  " ORDER BY created_at DESC, id DESC LIMIT 500"),
            {req.params.value(QStringLiteral("company_id")), req.params.value(QStringLiteral("extension_id"))}))
        data.append(row.value(QStringLiteral("kind")).toString() == QLatin1String("subscription")
                ? subscriptionJson(row)
                : chargeJson(row));
    return HttpResponse::json(QJsonObject{{QStringLiteral("data"), data}});
}

HttpResponse PlatformChargesController::charge(const HttpRequest &req)
{
    if (auto denied = checkCaller(ctx, req))
        return *denied;
    const auto row = chargeRow(ctx, req, req.params.value(QStringLiteral("charge_id")), "one_time");
    if (!row)
        return HttpResponse::error(404, QStringLiteral("not_found"),
            QStringLiteral("There is no charge %1.").arg(req.params.value(QStringLiteral("charge_id"))));
    return HttpResponse::json(chargeJson(*row));
}

HttpResponse PlatformChargesController::subscription(const HttpRequest &req)
{
    if (auto denied = checkCaller(ctx, req))
        return *denied;
    const auto row = chargeRow(ctx, req, req.params.value(QStringLiteral("subscription_id")), "subscription");
    if (!row)
        return HttpResponse::error(404, QStringLiteral("not_found"),
            QStringLiteral("There is no subscription charge %1.")
                .arg(req.params.value(QStringLiteral("subscription_id"))));
    return HttpResponse::json(subscriptionJson(*row));
}

HttpResponse PlatformChargesController::cancel(const HttpRequest &req)
{
    if (auto denied = checkCaller(ctx, req))
        return *denied;
    const QString id = req.params.value(QStringLiteral("subscription_id"));
    const auto row = chargeRow(ctx, req, id, "subscription");
    if (!row)
        return HttpResponse::error(
            404, QStringLiteral("not_found"), QStringLiteral("There is no subscription charge %1.").arg(id));
    if (row->value(QStringLiteral("status")).toString() == QLatin1String("cancelled"))
        return HttpResponse::json(subscriptionJson(*row)); // cancelling twice changes nothing
    ctx.db.exec(QStringLiteral("UPDATE platform_charges SET status = 'cancelled', cancelled_on = ?, "
                               "modified_at = ?, version = version + 1 WHERE id = ?"),
        {ctx.now(), ctx.now(), id});
    return HttpResponse::json(
        subscriptionJson(*ctx.db.one(QStringLiteral("SELECT * FROM platform_charges WHERE id = ?"), {id})));
}

HttpResponse PlatformChargesController::createOneTime(const HttpRequest &req)
{
    if (auto denied = checkCaller(ctx, req))
        return *denied;
    HttpResponse error;
    auto f = JsonFields::parse(req.body, &error);
    if (!f)
        return error;
    const QString name = f->string(QStringLiteral("name"), true, 200);
    const QString returnUrl = f->string(QStringLiteral("return_url"), true, 2000);
    const bool isTest = f->boolean(QStringLiteral("is_test")).value_or(false);
    if (!f->ok())
        return f->error();
    if (!validUrl(returnUrl))
        return HttpResponse::error(400, QStringLiteral("invalid_field"),
            QStringLiteral("return_url must be an http or https URL."), QStringLiteral("return_url"));
    const QJsonValue chargeValue = f->object().value(QStringLiteral("charge"));
    if (!chargeValue.isObject())
        return HttpResponse::error(400, QStringLiteral("missing_field"),
            QStringLiteral("charge is required: {name, term, price: {amount, currency_code}}."),
            QStringLiteral("charge"));
    QJsonObject charge = chargeValue.toObject();
    std::optional<HttpResponse> bad;
    const wire::Object exact = wire::Object(f->wire()).object({"charge"});
    const auto price = readPrice(exact.object({"price"}), QStringLiteral("charge"), &bad);
    if (!price)
        return *bad;
    const auto capped = readCapped(exact, price->currency(), QStringLiteral("charge"), &bad);
    if (!capped)
        return *bad;
    if (!charge.value(QStringLiteral("name")).isString())
        charge.insert(QStringLiteral("name"), name);
    charge.insert(QStringLiteral("price"),
        QJsonObject{
            {QStringLiteral("amount"), price->toWireString()}, {QStringLiteral("currency_code"), price->currency()}});
    charge.insert(QStringLiteral("capped_amount"), *capped);
    const QString id = objectId();
    const qint64 now = ctx.now();
    ctx.db.exec(
        QStringLiteral("INSERT INTO platform_charges (id, kind, company_id, extension_id, name, status, is_test, "
                       "return_url, body,"
                       " created_at, modified_at) VALUES (?, 'one_time', ?, ?, ?, 'pending', ?, ?, ?, ?, ?)"),
        {id, req.params.value(QStringLiteral("company_id")), req.params.value(QStringLiteral("extension_id")), name,
            isTest ? 1 : 0, returnUrl,
            QString::fromUtf8(
                QJsonDocument(QJsonObject{{QStringLiteral("charge"), charge}}).toJson(QJsonDocument::Compact)),
            now, now});
    return HttpResponse::json(
        QJsonObject{{QStringLiteral("charge"),
                        chargeJson(*ctx.db.one(QStringLiteral("SELECT * FROM platform_charges WHERE id = ?"), {id}))},
            {QStringLiteral("confirm_url"), confirmUrl(ctx, id).toString()}});
}

HttpResponse PlatformChargesController::createSubscription(const HttpRequest &req)
{
    if (auto denied = checkCaller(ctx, req))
        return *denied;
    HttpResponse error;
    auto f = JsonFields::parse(req.body, &error);
    if (!f)
        return error;
    const QString name = f->string(QStringLiteral("name"), true, 200);
    const QString returnUrl = f->string(QStringLiteral("return_url"), true, 2000);
    const auto trialDays = f->integer(QStringLiteral("trial_days"), false, 0, 365);
    const bool isTest = f->boolean(QStringLiteral("is_test")).value_or(false);
    if (!f->ok())
        return f->error();
    if (!validUrl(returnUrl))
        return HttpResponse::error(400, QStringLiteral("invalid_field"),
            QStringLiteral("return_url must be an http or https URL."), QStringLiteral("return_url"));
    const QJsonValue itemsValue = f->object().value(QStringLiteral("line_items"));
    if (!itemsValue.isArray() || itemsValue.toArray().isEmpty())
        return HttpResponse::error(400, QStringLiteral("missing_field"),
            QStringLiteral("line_items must be a non-empty list."), QStringLiteral("line_items"));
    if (itemsValue.toArray().size() > 20)
        return HttpResponse::error(400, QStringLiteral("invalid_field"),
            QStringLiteral("A subscription has at most 20 line items."), QStringLiteral("line_items"));
    QJsonArray items;
    for (qsizetype i = 0; i < itemsValue.toArray().size(); ++i) {
        const QString where = QStringLiteral("line_items[%1]").arg(i);
        if (!itemsValue.toArray().at(i).isObject())
            return HttpResponse::error(
                400, QStringLiteral("invalid_field"), QStringLiteral("%1 must be an object.").arg(where), where);
        QJsonObject item = itemsValue.toArray().at(i).toObject();
        const wire::Object exact(wire::Object(f->wire()).list({"line_items"}).at(i));
        std::optional<HttpResponse> bad;
        const auto price = readPrice(exact.object({"price"}), where, &bad);
        if (!price)
            return *bad;
        const auto capped = readCapped(exact, price->currency(), where, &bad);
        if (!capped)
            return *bad;
        const QJsonObject recurring = item.value(QStringLiteral("recurring")).toObject();
        const QString interval = recurring.value(QStringLiteral("interval")).toString(QStringLiteral("month"));
        if (interval != QLatin1String("month") && interval != QLatin1String("year"))
            return HttpResponse::error(400, QStringLiteral("invalid_field"),
                QStringLiteral("%1.recurring.interval must be month or year.").arg(where),
                where + QStringLiteral(".recurring.interval"));
        if (!item.value(QStringLiteral("name")).isString()
            || item.value(QStringLiteral("name")).toString().trimmed().isEmpty())
            return HttpResponse::error(400, QStringLiteral("missing_field"),
                QStringLiteral("%1.name is required.").arg(where), where + QStringLiteral(".name"));
        item.insert(QStringLiteral("_id"), objectId());
        item.insert(QStringLiteral("pricing_type"), QStringLiteral("recurring"));
        item.insert(QStringLiteral("price"),
            QJsonObject{{QStringLiteral("amount"), price->toWireString()},
                {QStringLiteral("currency_code"), price->currency()}});
        item.insert(QStringLiteral("recurring"),
            QJsonObject{{QStringLiteral("interval"), interval},
                {QStringLiteral("interval_count"), recurring.value(QStringLiteral("interval_count")).toInt(1)}});
        item.insert(QStringLiteral("capped_amount"), *capped);
        items.append(item);
    }
    const QString id = objectId();
    const qint64 now = ctx.now();
    ctx.db.exec(
        QStringLiteral(
            "INSERT INTO platform_charges (id, kind, company_id, extension_id, name, status, trial_days, is_test, "
            "return_url,"
            " body, created_at, modified_at) VALUES (?, 'subscription', ?, ?, ?, 'pending', ?, ?, ?, ?, ?, ?)"),
        {id, req.params.value(QStringLiteral("company_id")), req.params.value(QStringLiteral("extension_id")), name,
            trialDays.value_or(0), isTest ? 1 : 0, returnUrl,
            QString::fromUtf8(QJsonDocument(
                QJsonObject{{QStringLiteral("line_items"), items}, {QStringLiteral("product_suit_id"), objectId()}})
                                  .toJson(QJsonDocument::Compact)),
            now, now});
    return HttpResponse::json(QJsonObject{
        {QStringLiteral("subscription"),
            subscriptionJson(*ctx.db.one(QStringLiteral("SELECT * FROM platform_charges WHERE id = ?"), {id}))},
        {QStringLiteral("confirm_url"), confirmUrl(ctx, id).toString()}});
}

// The hosted confirm page: the company approves or declines, then returns to the extension.
HttpResponse PlatformChargesController::confirmPage(const HttpRequest &req)
{
    const auto row = ctx.db.one(
        QStringLiteral("SELECT * FROM platform_charges WHERE id = ?"), {req.params.value(QStringLiteral("id"))});
    if (!row)
        return HttpResponse::html("<!doctype html><title>Not found</title><p>There is no such charge.</p>", 404);
    const QJsonObject body = QJsonDocument::fromJson(row->value(QStringLiteral("body")).toString().toUtf8()).object();
    QString lines;
    const QJsonArray items = row->value(QStringLiteral("kind")).toString() == QLatin1String("subscription")
        ? body.value(QStringLiteral("line_items")).toArray()
        : QJsonArray{body.value(QStringLiteral("charge"))};
    for (const QJsonValue &v : items) {
        const QJsonObject item = v.toObject();
        const QJsonObject price = item.value(QStringLiteral("price")).toObject();
        const Money m = Money::parse(
            price.value(QStringLiteral("amount")).toString(), price.value(QStringLiteral("currency_code")).toString());
        lines += QStringLiteral("<li>%1 · %2%3</li>")
                     .arg(item.value(QStringLiteral("name")).toString().toHtmlEscaped(),
                         m.toDisplayString(QLocale(QLocale::English, QLocale::India)).toHtmlEscaped(),
                         item.value(QStringLiteral("recurring")).isObject() ? QStringLiteral(" per ")
                                 + item.value(QStringLiteral("recurring"))
                                       .toObject()
                                       .value(QStringLiteral("interval"))
                                       .toString()
                                       .toHtmlEscaped()
                                                                            : QString());
    }
    const bool pending = row->value(QStringLiteral("status")).toString() == QLatin1String("pending");
    QByteArray html =
        QStringLiteral(R"(<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Approve charge</title>
<style>body{font-family:system-ui,sans-serif;background:#f4f6fa;display:flex;justify-content:center;padding-top:48px}
.card{background:#fff;border-radius:10px;box-shadow:0 4px 24px #0002;width:440px;padding:28px}
button{padding:10px 18px;border:0;border-radius:6px;font-size:15px;margin-right:8px;cursor:pointer}
#approve{background:#2e7d32;color:#fff}#decline{background:#eef0f3}</style></head><body><div class="card">
<h1>%1</h1><p>An extension asks to bill this company:</p><ul>%2</ul>%3%4</div>
<script>async function act(a){const r=await fetch(location.pathname+"/"+a,{method:"POST",headers:{"Content-Type":"application/json"},body:"{}"});
const d=await r.json();window.confirmResult=d;if(d.redirect)location.href=d.redirect;}
for(const b of document.querySelectorAll("button"))b.onclick=()=>act(b.id);</script></body></html>)")
            .arg(row->value(QStringLiteral("name")).toString().toHtmlEscaped(), lines,
                row->value(QStringLiteral("trial_days")).toLongLong() > 0
                    ? QStringLiteral("<p>Free trial: %1 days.</p>")
                          .arg(row->value(QStringLiteral("trial_days")).toLongLong())
                    : QString(),
                pending
                    ? QStringLiteral("<button id=approve>Approve</button><button id=decline>Decline</button>")
                    : QStringLiteral("<p>This charge is %1.</p>").arg(row->value(QStringLiteral("status")).toString()))
            .toUtf8();
    return HttpResponse::html(html);
}

HttpResponse PlatformChargesController::confirmAction(const HttpRequest &req)
{
    const QString id = req.params.value(QStringLiteral("id"));
    const QString action = req.params.value(QStringLiteral("action"));
    const auto row = ctx.db.one(QStringLiteral("SELECT * FROM platform_charges WHERE id = ?"), {id});
    if (!row)
        return HttpResponse::error(404, QStringLiteral("not_found"), QStringLiteral("There is no charge %1.").arg(id));
    if (action != QLatin1String("approve") && action != QLatin1String("decline"))
        return HttpResponse::error(404, QStringLiteral("not_found"), QStringLiteral("Unknown action %1.").arg(action));
    if (row->value(QStringLiteral("status")).toString() != QLatin1String("pending"))
        return HttpResponse::error(409, QStringLiteral("not_pending"),
            QStringLiteral("This charge is already %1.").arg(row->value(QStringLiteral("status")).toString()));
    const qint64 now = ctx.now();
    const bool approve = action == QLatin1String("approve");
    const qint64 billing = now + row->value(QStringLiteral("trial_days")).toLongLong() * 86400;
    ctx.db.exec(QStringLiteral("UPDATE platform_charges SET status = ?, activated_on = ?, billing_date = ?, "
                               "modified_at = ?, version = version + 1 WHERE id = ?"),
        {approve ? QStringLiteral("active") : QStringLiteral("declined"),
            approve ? QVariant(now) : QVariant(QMetaType::fromType<qlonglong>()),
            approve ? QVariant(billing) : QVariant(QMetaType::fromType<qlonglong>()), now, id});
    QUrl back(row->value(QStringLiteral("return_url")).toString());
    QUrlQuery q(back);
    q.addQueryItem(row->value(QStringLiteral("kind")).toString() == QLatin1String("subscription")
            ? QStringLiteral("subscription_id")
            : QStringLiteral("charge_id"),
        id);
    q.addQueryItem(QStringLiteral("status"), approve ? QStringLiteral("active") : QStringLiteral("declined"));
    back.setQuery(q);
    return HttpResponse::json(QJsonObject{{QStringLiteral("redirect"), back.toString()}});
}

} // namespace bc::sandbox
