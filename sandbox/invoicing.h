#pragma once

#include "context.h"

namespace bc::sandbox {

// The tax on a taxable amount for one organisation: Indian GST when the seller has a GSTIN and
// the buyer pays in INR (CGST + SGST in the seller's state, IGST across states, the total
// rounded to the rupee); nothing for exports.
struct TaxQuote
{
    Money taxable;
    QList<InvoiceTax> taxes;
    Money tax;
    Money roundOff;
    Money total;
    QString placeOfSupply;
};
TaxQuote quoteTax(Context &ctx, const QVariantMap &org, const Money &taxable);

struct SellerInfo
{
    QString name;
    QString address;
    QString gstin;
};
SellerInfo seller(Context &ctx);

// Issues an invoice with a consecutive number of the financial year ("INV-2627-000042").
// lines carry taxable amounts; taxes and totals are computed here.
Invoice issueInvoice(Context &ctx, const QString &orgId, const QString &subscriptionId, const QList<InvoiceLine> &lines,
    qint64 issuedAt, bool paid, const QStringList &paymentReferences, const QString &couponCode = {});
std::optional<Invoice> loadInvoice(Context &ctx, const QString &id);

QJsonObject subscriptionJson(Context &ctx, const QVariantMap &row);
std::optional<QVariantMap> subscriptionRow(Context &ctx, const QString &where, const QVariantList &binds);

} // namespace bc::sandbox
