#pragma once

#include "context.h"

#include <QUrl>

// Stripe-like and Creem-like provider simulators shared by the credits service and tier billing
// families: customers, checkout sessions, subscriptions, portal sessions, hosted pages, and
// correctly signed webhooks to the family that started the flow.
namespace bc::sandbox {

// Shared by the simulators and their hosted pages (providersimulators.cpp).
QString webhookPath(const QString &family, const QString &provider);
QJsonObject parseObject(const QString &text);
QString compact(const QJsonObject &o);
qint64 periodEnd(qint64 start, const QString &interval);
QJsonObject sessionJson(Context &ctx, const QVariantMap &s);

namespace stripe {

QString customerForOrg(Context &ctx, const QString &orgId);
QString ensureCustomer(Context &ctx, const QString &orgId, const QString &email);

struct SessionRequest
{
    QString family; // "credits" or "tier": where the webhooks go
    QString mode; // "subscription" or "payment"
    QString priceId;
    qint64 quantity = 1;
    QString customer;
    QString successUrl;
    QString cancelUrl;
    QString clientReferenceId;
    QJsonObject metadata;
};
// The created session as Stripe returns it ({id, url, status, ...}); empty with *error set when
// the price is unknown.
QJsonObject createCheckoutSession(Context &ctx, const SessionRequest &request, QString *error);
QUrl createPortalSession(Context &ctx, const QString &customer, const QString &family, const QString &returnUrl);
QJsonObject subscriptionJson(const QVariantMap &row);
// Signs and queues an event for the family's webhook endpoint.
void sendEvent(Context &ctx, const QString &family, const QString &type, const QJsonObject &object);
struct Event
{
    QString id;
    QString type;
    QJsonObject object; // data.object
};
// Verifies Stripe-Signature (300 s tolerance) and reads the event; on failure *error is the 400.
std::optional<Event> readVerifiedEvent(Context &ctx, const HttpRequest &request, HttpResponse *error);

// Renews subscriptions whose period the sandbox clock has passed (or marks them past_due when the
// renewal payment fails), sending the events a provider would.
void renewDue(Context &ctx);

} // namespace stripe

namespace creem {
QJsonObject createCheckout(Context &ctx, const QString &productId, const QString &requestId, const QString &email,
    const QString &successUrl, const QJsonObject &metadata, QString *error);
}

} // namespace bc::sandbox
