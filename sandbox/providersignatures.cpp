#include "providersignatures.h"

#include <QList>
#include <QMessageAuthenticationCode>

namespace bc::signatures {

QByteArray hmacSha256Hex(const QByteArray &key, const QByteArray &message)
{
    return QMessageAuthenticationCode::hash(message, key, QCryptographicHash::Sha256).toHex();
}

bool constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return diff == 0;
}

QByteArray razorpayPaymentSignature(const QByteArray &keySecret, const QString &orderId, const QString &paymentId)
{
    return hmacSha256Hex(keySecret, orderId.toUtf8() + '|' + paymentId.toUtf8());
}

QByteArray razorpaySubscriptionSignature(
    const QByteArray &keySecret, const QString &paymentId, const QString &subscriptionId)
{
    return hmacSha256Hex(keySecret, paymentId.toUtf8() + '|' + subscriptionId.toUtf8());
}

QByteArray bodySignature(const QByteArray &secret, const QByteArray &body)
{
    return hmacSha256Hex(secret, body);
}

QByteArray stripeSignatureHeader(const QByteArray &secret, qint64 timestamp, const QByteArray &body)
{
    const QByteArray t = QByteArray::number(timestamp);
    return "t=" + t + ",v1=" + hmacSha256Hex(secret, t + '.' + body);
}

StripeVerdict verifyStripeSignature(
    const QByteArray &header, const QByteArray &body, const QByteArray &secret, qint64 now, qint64 toleranceSeconds)
{
    QByteArray timestamp;
    QList<QByteArray> candidates;
    for (const QByteArray &part : header.split(',')) {
        const qsizetype eq = part.indexOf('=');
        if (eq <= 0)
            continue;
        const QByteArray key = part.left(eq).trimmed();
        const QByteArray value = part.mid(eq + 1).trimmed();
        if (key == "t")
            timestamp = value;
        else if (key == "v1")
            candidates.append(value);
    }
    bool ok = false;
    const qint64 t = timestamp.toLongLong(&ok);
    if (!ok || candidates.isEmpty())
        return StripeVerdict::Malformed;
    const QByteArray expected = hmacSha256Hex(secret, timestamp + '.' + body);
    bool matched = false;
    for (const QByteArray &c : std::as_const(candidates))
        matched |= constantTimeEquals(c, expected);
    if (!matched)
        return StripeVerdict::NoMatch;
    if (toleranceSeconds > 0 && (now - t > toleranceSeconds || t - now > toleranceSeconds))
        return StripeVerdict::Stale;
    return StripeVerdict::Valid;
}

} // namespace bc::signatures
