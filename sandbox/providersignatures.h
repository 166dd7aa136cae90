#pragma once

#include <QByteArray>
#include <QString>

// Signature schemes of the payment providers, exactly as providers.md states them. Shared by the
// sandbox (which signs and verifies like the providers) and the tests.
namespace bc::signatures {

QByteArray hmacSha256Hex(const QByteArray &key, const QByteArray &message);
// Compares without an early exit, so the time taken says nothing about where a forgery differs.
bool constantTimeEquals(const QByteArray &a, const QByteArray &b);

// Razorpay: hex(HMAC_SHA256(key_secret, order_id + "|" + payment_id)).
QByteArray razorpayPaymentSignature(const QByteArray &keySecret, const QString &orderId, const QString &paymentId);
// Razorpay subscriptions: payment_id + "|" + subscription_id (that order).
QByteArray razorpaySubscriptionSignature(
    const QByteArray &keySecret, const QString &paymentId, const QString &subscriptionId);
// X-Razorpay-Signature and creem-signature: hex(HMAC_SHA256(secret, raw body)).
QByteArray bodySignature(const QByteArray &secret, const QByteArray &body);

// Stripe-Signature: "t=<unix s>,v1=<hex>"; v1 = hex(HMAC_SHA256(whole secret, t + "." + body)).
QByteArray stripeSignatureHeader(const QByteArray &secret, qint64 timestamp, const QByteArray &body);

enum class StripeVerdict { Valid, Malformed, NoMatch, Stale };
StripeVerdict verifyStripeSignature(const QByteArray &header, const QByteArray &body, const QByteArray &secret,
    qint64 now, qint64 toleranceSeconds = 300);

} // namespace bc::signatures
