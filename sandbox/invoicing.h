#pragma once

#include "context.h"

#include <optional>
#include <stdexcept>

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
// GST on a taxable value (providers.md): CGST + SGST inside the seller's state, IGST across
// states, none outside India or in another currency; the total rounded to the rupee. nullopt when
// any step cannot be computed exactly (an amount near the int64 limit): never a wrapped number.
std::optional<TaxQuote> quoteTax(const QString &sellerGstin, const QString &buyerState, const Money &taxable);
std::optional<TaxQuote> quoteTax(Context &ctx, const QVariantMap &org, const Money &taxable);

// Thrown where an amount cannot be computed exactly inside a change; the server answers 400
// invalid_amount and the transaction rolls back.
struct AmountOutOfRange : std::runtime_error
{
    AmountOutOfRange() : std::runtime_error("amount out of range") { }
};
template<typename T>
T exactOrThrow(std::optional<T> value)
{
    if (!value)
        throw AmountOutOfRange();
    return *std::move(value);
}

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
