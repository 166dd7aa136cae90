#pragma once

#include "models/billingtypes.h"

#include <QJsonObject>

// The org billing family's JSON (docs/API.md) to models/ types. Strict about money: an amount
// that is not a wire string of the stated currency is an error, never a guess.
namespace bc::json {

struct Identity
{
    QString userId;
    QString email;
    QString name;
    Role role = Role::Unknown;
    QString orgId;
    QString orgName;
    QStringList families;
};

bool toIdentity(const QJsonObject &o, Identity *out, QString *error);
bool toSubscription(const QJsonObject &o, Subscription *out, QString *error);
bool toSubscriptionEvents(const QJsonObject &o, QList<SubscriptionEvent> *out, QString *error);
bool toPlan(const QJsonObject &o, Plan *out, QString *error);
bool toPayment(const QJsonObject &o, Payment *out, QString *error);
bool toInvoiceSummary(const QJsonObject &o, Invoice *out, QString *error);
bool toProrationPreview(const QJsonObject &o, ProrationPreview *out, QString *error);

QDateTime parseTime(const QJsonValue &v);

} // namespace bc::json
