#include "invoicing.h"

#include "models/gstin.h"
#include "models/invoicejson.h"
#include "models/words.h"

#include <QJsonDocument>

namespace bc::sandbox {

namespace {
constexpr int kGstBasisPoints = 1800;
}

SellerInfo seller(Context &ctx)
{
    return {ctx.db.setting(QStringLiteral("seller_name")), ctx.db.setting(QStringLiteral("seller_address")),
        ctx.db.setting(QStringLiteral("seller_gstin"))};
}

std::optional<TaxQuote> quoteTax(const QString &sellerGstin, const QString &buyerState, const Money &taxable)
{
    if (!taxable.isValid())
        return std::nullopt;
    TaxQuote q;
    q.taxable = taxable;
    const QString currency = taxable.currency();
    q.tax = Money::fromMinor(0, currency);
    q.roundOff = Money::fromMinor(0, currency);
    q.total = taxable;
    if (sellerGstin.isEmpty() || currency != QLatin1String("INR"))
        return q; // export of services: zero-rated, no GST charged
    const QString sellerState = gstin::stateCode(sellerGstin);
    q.placeOfSupply = buyerState.isEmpty() ? sellerState : buyerState;
    if (q.placeOfSupply == sellerState) {
        const auto half = taxable.scaled(kGstBasisPoints / 2, 10000);
        const auto both = half ? half->times(2) : std::nullopt;
        if (!both)
            return std::nullopt;
        q.taxes = {
            {QStringLiteral("CGST"), kGstBasisPoints / 2, *half}, {QStringLiteral("SGST"), kGstBasisPoints / 2, *half}};
        q.tax = *both;
    } else {
        const auto igst = taxable.scaled(kGstBasisPoints, 10000);
        if (!igst)
            return std::nullopt;
        q.taxes = {{QStringLiteral("IGST"), kGstBasisPoints, *igst}};
        q.tax = *igst;
    }
    // The payable total is rounded to the nearest rupee, 50 paise and above up (providers.md).
    const auto exact = taxable.plus(q.tax);
    const auto rupees = exact ? exact->scaled(1, 100) : std::nullopt;
    const auto rounded = rupees ? rupees->times(100) : std::nullopt;
    const auto roundOff = rounded ? rounded->minus(*exact) : std::nullopt;
    if (!roundOff)
        return std::nullopt;
    q.roundOff = *roundOff;
    q.total = *rounded;
    return q;
}

std::optional<TaxQuote> quoteTax(Context &ctx, const QVariantMap &org, const Money &taxable)
{
    return quoteTax(seller(ctx).gstin, org.value(QStringLiteral("state_code")).toString(), taxable);
}

static QString nextInvoiceNumber(Context &ctx, qint64 issuedAt)
{
    // Indian financial year: April to March. "2627" for 2026-27.
    const QDate d = QDateTime::fromSecsSinceEpoch(issuedAt, Qt::UTC).date();
    const int startYear = d.month() >= 4 ? d.year() : d.year() - 1;
    const QString series = QStringLiteral("INV-%1%2")
                               .arg(startYear % 100, 2, 10, QLatin1Char('0'))
                               .arg((startYear + 1) % 100, 2, 10, QLatin1Char('0'));
    const auto row = ctx.db.one(QStringLiteral("SELECT next_value FROM invoice_counters WHERE series = ?"), {series});
    qint64 value = 1;
    if (row) {
        value = row->value(QStringLiteral("next_value")).toLongLong();
        ctx.db.exec(QStringLiteral("UPDATE invoice_counters SET next_value = ? WHERE series = ?"), {value + 1, series});
    } else {
        ctx.db.exec(QStringLiteral("INSERT INTO invoice_counters (series, next_value) VALUES (?, ?)"), {series, 2});
    }
    return series + QStringLiteral("-%1").arg(value, 6, 10, QLatin1Char('0'));
}

Invoice issueInvoice(Context &ctx, const QString &orgId, const QString &subscriptionId, const QList<InvoiceLine> &lines,
    qint64 issuedAt, bool paid, const QStringList &paymentReferences, const QString &couponCode)
{
    const auto org = ctx.db.one(QStringLiteral("SELECT * FROM orgs WHERE id = ?"), {orgId});
    if (!org)
        throw DatabaseError{QStringLiteral("unknown organisation %1").arg(orgId)};
    const QString currency =
        lines.isEmpty() ? org->value(QStringLiteral("currency")).toString() : lines.first().amount.currency();
    Invoice inv;
    inv.id = newId("inv_");
    inv.number = nextInvoiceNumber(ctx, issuedAt);
    inv.orgId = orgId;
    inv.subscriptionId = subscriptionId;
    inv.currency = currency;
    inv.issuedAt = QDateTime::fromSecsSinceEpoch(issuedAt, Qt::UTC);
    inv.dueAt = inv.issuedAt.addDays(paid ? 0 : 7);
    const SellerInfo s = seller(ctx);
    inv.sellerName = s.name;
    inv.sellerAddress = s.address;
    inv.sellerGstin = s.gstin;
    inv.sellerStateCode = gstin::stateCode(s.gstin);
    inv.buyerName = org->value(QStringLiteral("name")).toString();
    inv.buyerAddress = org->value(QStringLiteral("address")).toString();
    inv.buyerEmail = org->value(QStringLiteral("email")).toString();
    inv.buyerGstin = org->value(QStringLiteral("gstin")).toString();
    inv.buyerStateCode = org->value(QStringLiteral("state_code")).toString();
    inv.lines = lines;
    Money subtotal = Money::fromMinor(0, currency);
    Money discount = Money::fromMinor(0, currency);
    Money taxable = Money::fromMinor(0, currency);
    for (const InvoiceLine &l : lines) {
        subtotal = exactOrThrow(subtotal.plus(exactOrThrow(l.quantity.times(l.unitPrice))));
        discount = exactOrThrow(discount.plus(l.discount));
        taxable = exactOrThrow(taxable.plus(l.amount));
    }
    const TaxQuote quote = exactOrThrow(quoteTax(ctx, *org, taxable));
    inv.placeOfSupply = quote.placeOfSupply;
    if (!quote.taxes.isEmpty())
        for (InvoiceLine &l : inv.lines)
            l.gstRateBasisPoints = kGstBasisPoints; // every line of a sandbox invoice at the one rate
    inv.subtotal = subtotal;
    inv.discountTotal = discount;
    inv.taxes = quote.taxes;
    inv.taxTotal = quote.tax;
    inv.roundOff = quote.roundOff;
    inv.total = quote.total;
    inv.amountPaid = paid ? quote.total : Money::fromMinor(0, currency);
    inv.amountDue = exactOrThrow(inv.total.minus(inv.amountPaid));
    inv.status = paid ? InvoiceStatus::Paid : InvoiceStatus::Issued;
    inv.paymentReferences = paymentReferences;
    inv.couponCode = couponCode;
    if (quote.taxes.isEmpty() && !inv.sellerGstin.isEmpty())
        inv.notes = QStringLiteral("Supply meant for export under LUT without payment of IGST.");
    ctx.db.exec(QStringLiteral("INSERT INTO invoices (id, number, org_id, subscription_id, status, currency,"
                               " issued_at, due_at, subtotal_minor, discount_minor, tax_minor, total_minor,"
                               " amount_paid_minor, body, created_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"),
        {inv.id, inv.number, orgId, subscriptionId, wireWord(inv.status), currency, issuedAt,
            inv.dueAt.toSecsSinceEpoch(), subtotal.minorUnits(), discount.minorUnits(), quote.tax.minorUnits(),
            quote.total.minorUnits(), inv.amountPaid.minorUnits(),
            QString::fromUtf8(QJsonDocument(invoicejson::toJson(inv)).toJson(QJsonDocument::Compact)), issuedAt});
    return inv;
}

std::optional<Invoice> loadInvoice(Context &ctx, const QString &id)
{
    const auto row = ctx.db.one(QStringLiteral("SELECT status, amount_paid_minor, total_minor, currency, body "
                                               "FROM invoices WHERE id = ?"),
        {id});
    if (!row)
        return std::nullopt;
    Invoice inv;
    QString error;
    const QJsonObject body = QJsonDocument::fromJson(row->value(QStringLiteral("body")).toString().toUtf8()).object();
    if (!invoicejson::fromJson(body, &inv, &error))
        throw DatabaseError{QStringLiteral("stored invoice %1 is unreadable: %2").arg(id, error)};
    // Status and payment move after issue; the columns are the truth.
    const QString currency = row->value(QStringLiteral("currency")).toString();
    inv.status = readWireWord(row->value(QStringLiteral("status")).toString(), InvoiceStatus::Other);
    inv.amountPaid = Money::fromMinor(row->value(QStringLiteral("amount_paid_minor")).toLongLong(), currency);
    inv.amountDue = exactOrThrow(inv.total.minus(inv.amountPaid));
    return inv;
}

std::optional<QVariantMap> subscriptionRow(Context &ctx, const QString &where, const QVariantList &binds)
{
    return ctx.db.one(QStringLiteral("SELECT s.*, o.name AS org_name, p.name AS plan_name FROM subscriptions s"
                                     " JOIN orgs o ON o.id = s.org_id JOIN plans p ON p.id = s.plan_id WHERE ")
            + where,
        binds);
}

QJsonObject subscriptionJson(Context &, const QVariantMap &row)
{
    auto str = [&](const char *k) { return row.value(QString::fromLatin1(k)).toString(); };
    const QString currency = str("currency");
    return QJsonObject{
        {QStringLiteral("id"), str("id")},
        {QStringLiteral("orgId"), str("org_id")},
        {QStringLiteral("orgName"), str("org_name")},
        {QStringLiteral("planId"), str("plan_id")},
        {QStringLiteral("planName"), str("plan_name")},
        {QStringLiteral("status"), str("status")},
        {QStringLiteral("billingCycle"), str("billing_cycle")},
        {QStringLiteral("amount"),
            Money::fromMinor(row.value(QStringLiteral("amount_minor")).toLongLong(), currency).toWireString()},
        {QStringLiteral("currency"), currency},
        {QStringLiteral("currentPeriodStart"), isoTimeOrNull(row.value(QStringLiteral("current_period_start")))},
        {QStringLiteral("currentPeriodEnd"), isoTimeOrNull(row.value(QStringLiteral("current_period_end")))},
        {QStringLiteral("cancelAtPeriodEnd"), row.value(QStringLiteral("cancel_at_period_end")).toLongLong() != 0},
        {QStringLiteral("cancelledAt"), isoTimeOrNull(row.value(QStringLiteral("cancelled_at")))},
        {QStringLiteral("providerSubscriptionId"), str("provider_subscription_id")},
        {QStringLiteral("providerCustomerId"), str("provider_customer_id")},
        {QStringLiteral("createdAt"), isoTimeOrNull(row.value(QStringLiteral("created_at")))},
        {QStringLiteral("updatedAt"), isoTimeOrNull(row.value(QStringLiteral("updated_at")))},
    };
}

} // namespace bc::sandbox
