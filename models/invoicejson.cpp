#include "invoicejson.h"

#include "words.h"

#include "models/gstin.h"

#include <QJsonArray>

namespace bc::invoicejson {

namespace {

QJsonValue time(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QJsonObject party(const QString &name, const QString &address, const QString &gstin, const QString &stateCode,
    const QString &email = {})
{
    QJsonObject o{{QStringLiteral("name"), name}, {QStringLiteral("address"), address},
        {QStringLiteral("gstin"), gstin}, {QStringLiteral("stateCode"), stateCode},
        {QStringLiteral("stateName"), gstin::stateName(stateCode)}};
    if (!email.isEmpty())
        o.insert(QStringLiteral("email"), email);
    return o;
}

class Reader
{
public:
    Reader(QString currency, QString *error) : m_currency(std::move(currency)), m_error(error) { }
    bool ok() const { return m_ok; }

    Money money(const QJsonObject &o, const QString &key, const QString &where, bool required = true)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull()) {
            if (required)
                fail(QStringLiteral("%1%2 is missing").arg(where, key));
            return Money::fromMinor(0, m_currency);
        }
        if (!v.isString()) {
            fail(QStringLiteral("%1%2 must be a string amount such as \"999.00\"").arg(where, key));
            return Money::fromMinor(0, m_currency);
        }
        MoneyParseError e = MoneyParseError::None;
        const Money m = Money::parse(v.toString(), m_currency, &e);
        if (!m.isValid())
            fail(QStringLiteral("%1%2: %3").arg(where, key, Money::parseErrorMessage(e, v.toString(), m_currency)));
        return m.isValid() ? m : Money::fromMinor(0, m_currency);
    }
    QDateTime time(const QJsonObject &o, const QString &key)
    {
        const QString s = o.value(key).toString();
        if (s.isEmpty())
            return {};
        const QDateTime t = QDateTime::fromString(s, Qt::ISODate);
        if (!t.isValid())
            fail(QStringLiteral("%1 is not an ISO 8601 time: %2").arg(key, s));
        return t;
    }
    void fail(const QString &message)
    {
        if (m_ok && m_error)
            *m_error = message;
        m_ok = false;
    }

private:
    QString m_currency;
    QString *m_error;
    bool m_ok = true;
};

} // namespace

QJsonObject toJson(const Invoice &inv)
{
    QJsonArray lines;
    for (const InvoiceLine &l : inv.lines) {
        QJsonObject line{{QStringLiteral("description"), l.description}, {QStringLiteral("hsnSac"), l.hsnSac},
            // A whole quantity stays a number; a decimal one is a string with its own digits.
            {QStringLiteral("quantity"),
                l.quantity.isWhole() ? QJsonValue(l.quantity.units) : QJsonValue(l.quantity.toWireString())},
            {QStringLiteral("unitPrice"), l.unitPrice.toWireString()},
            {QStringLiteral("discount"), l.discount.toWireString()},
            {QStringLiteral("amount"), l.amount.toWireString()}, {QStringLiteral("periodStart"), time(l.periodStart)},
            {QStringLiteral("periodEnd"), time(l.periodEnd)}};
        if (l.gstRateBasisPoints)
            line.insert(QStringLiteral("gstRate"), InvoiceTax{QString(), *l.gstRateBasisPoints, {}}.rateText());
        lines.append(line);
    }
    QJsonArray taxes;
    for (const InvoiceTax &t : inv.taxes)
        taxes.append(QJsonObject{{QStringLiteral("name"), t.name}, {QStringLiteral("rate"), t.rateText()},
            {QStringLiteral("amount"), t.amount.toWireString()}});
    QJsonArray refs;
    for (const QString &r : inv.paymentReferences)
        refs.append(r);
    QJsonObject out{
        {QStringLiteral("id"), inv.id},
        {QStringLiteral("number"), inv.number},
        {QStringLiteral("orgId"), inv.orgId},
        {QStringLiteral("subscriptionId"), inv.subscriptionId},
        {QStringLiteral("status"), wireWord(inv.status)},
        {QStringLiteral("currency"), inv.currency},
        {QStringLiteral("issuedAt"), time(inv.issuedAt)},
        {QStringLiteral("dueAt"), time(inv.dueAt)},
        {QStringLiteral("seller"), party(inv.sellerName, inv.sellerAddress, inv.sellerGstin, inv.sellerStateCode)},
        {QStringLiteral("buyer"),
            party(inv.buyerName, inv.buyerAddress, inv.buyerGstin, inv.buyerStateCode, inv.buyerEmail)},
        {QStringLiteral("placeOfSupply"),
            inv.placeOfSupply.isEmpty() ? QJsonValue(QJsonValue::Null)
                                        : QJsonValue(QJsonObject{{QStringLiteral("code"), inv.placeOfSupply},
                                            {QStringLiteral("name"), gstin::stateName(inv.placeOfSupply)}})},
        {QStringLiteral("reverseCharge"), inv.reverseCharge},
        {QStringLiteral("lines"), lines},
        {QStringLiteral("taxes"), taxes},
        {QStringLiteral("subtotal"), inv.subtotal.toWireString()},
        {QStringLiteral("discountTotal"), inv.discountTotal.toWireString()},
        {QStringLiteral("taxTotal"), inv.taxTotal.toWireString()},
        {QStringLiteral("roundOff"), inv.roundOff.toWireString()},
        {QStringLiteral("total"), inv.total.toWireString()},
        {QStringLiteral("amountPaid"), inv.amountPaid.toWireString()},
        {QStringLiteral("amountDue"), inv.amountDue.toWireString()},
        {QStringLiteral("paymentReferences"), refs},
        {QStringLiteral("notes"), inv.notes},
    };
    // Optional: present only when they say something, so older readers see the shape they know.
    if (!inv.couponCode.isEmpty())
        out.insert(QStringLiteral("couponCode"), inv.couponCode);
    if (inv.creditsApplied.isValid() && !inv.creditsApplied.isZero())
        out.insert(QStringLiteral("creditsApplied"), inv.creditsApplied.toWireString());
    return out;
}

bool fromJson(const QJsonObject &o, Invoice *inv, QString *error)
{
    Invoice out;
    out.currency = o.value(QStringLiteral("currency")).toString();
    if (currencyExponent(out.currency) < 0) {
        if (error)
            *error = QStringLiteral("currency “%1” is not an ISO 4217 code").arg(out.currency);
        return false;
    }
    Reader r(out.currency, error);
    out.id = o.value(QStringLiteral("id")).toString();
    out.number = o.value(QStringLiteral("number")).toString();
    if (out.number.isEmpty())
        r.fail(QStringLiteral("number is missing"));
    out.orgId = o.value(QStringLiteral("orgId")).toString();
    out.subscriptionId = o.value(QStringLiteral("subscriptionId")).toString();
    out.status = readWireWord(o.value(QStringLiteral("status")).toString(), InvoiceStatus::Other);
    out.issuedAt = r.time(o, QStringLiteral("issuedAt"));
    out.dueAt = r.time(o, QStringLiteral("dueAt"));
    const QJsonObject seller = o.value(QStringLiteral("seller")).toObject();
    out.sellerName = seller.value(QStringLiteral("name")).toString();
    out.sellerAddress = seller.value(QStringLiteral("address")).toString();
    out.sellerGstin = seller.value(QStringLiteral("gstin")).toString();
    out.sellerStateCode = seller.value(QStringLiteral("stateCode")).toString();
    const QJsonObject buyer = o.value(QStringLiteral("buyer")).toObject();
    out.buyerName = buyer.value(QStringLiteral("name")).toString();
    out.buyerAddress = buyer.value(QStringLiteral("address")).toString();
    out.buyerEmail = buyer.value(QStringLiteral("email")).toString();
    out.buyerGstin = buyer.value(QStringLiteral("gstin")).toString();
    out.buyerStateCode = buyer.value(QStringLiteral("stateCode")).toString();
    out.placeOfSupply = o.value(QStringLiteral("placeOfSupply")).toObject().value(QStringLiteral("code")).toString();
    out.reverseCharge = o.value(QStringLiteral("reverseCharge")).toBool();
    const QJsonArray lines = o.value(QStringLiteral("lines")).toArray();
    for (qsizetype i = 0; i < lines.size() && r.ok(); ++i) {
        const QJsonObject l = lines.at(i).toObject();
        const QString where = QStringLiteral("lines[%1].").arg(i);
        InvoiceLine line;
        line.description = l.value(QStringLiteral("description")).toString();
        line.hsnSac = l.value(QStringLiteral("hsnSac")).toString();
        // A whole number, or a string with decimals ("8.5"); a JSON number with a fraction cannot
        // be carried exactly and is refused.
        const QJsonValue quantity = l.value(QStringLiteral("quantity"));
        const std::optional<Quantity> q = quantity.isString() ? Quantity::parse(quantity.toString())
            : quantity.isDouble() && quantity.toInteger(-1) == quantity.toInteger(-2)
            ? std::optional<Quantity>(Quantity(quantity.toInteger()))
            : quantity.isUndefined() ? std::optional<Quantity>(Quantity())
                                     : std::nullopt;
        if (!q)
            r.fail(where + QStringLiteral("quantity must be a whole number or a string like \"8.5\""));
        else
            line.quantity = *q;
        line.unitPrice = r.money(l, QStringLiteral("unitPrice"), where);
        line.discount = r.money(l, QStringLiteral("discount"), where, false);
        line.amount = r.money(l, QStringLiteral("amount"), where);
        if (l.contains(QStringLiteral("gstRate"))) {
            // "18.00": percent with up to two decimals, a string as the taxes' rates are.
            const Money rate = Money::parse(l.value(QStringLiteral("gstRate")).toString(), QStringLiteral("USD"));
            if (!rate.isValid() || rate.isNegative() || rate.minorUnits() > 10000)
                r.fail(where + QStringLiteral("gstRate must look like \"18.00\""));
            else
                line.gstRateBasisPoints = int(rate.minorUnits());
        }
        line.periodStart = r.time(l, QStringLiteral("periodStart"));
        line.periodEnd = r.time(l, QStringLiteral("periodEnd"));
        out.lines.append(line);
    }
    const QJsonArray taxes = o.value(QStringLiteral("taxes")).toArray();
    for (qsizetype i = 0; i < taxes.size() && r.ok(); ++i) {
        const QJsonObject t = taxes.at(i).toObject();
        InvoiceTax tax;
        tax.name = t.value(QStringLiteral("name")).toString();
        // "9.00" -> 900 basis points, parsed exactly like an amount with two decimals.
        const Money rate = Money::parse(t.value(QStringLiteral("rate")).toString(), QStringLiteral("USD"));
        if (!rate.isValid())
            r.fail(QStringLiteral("taxes[%1].rate must look like \"9.00\"").arg(i));
        tax.rateBasisPoints = static_cast<int>(rate.minorUnits());
        tax.amount = r.money(t, QStringLiteral("amount"), QStringLiteral("taxes[%1].").arg(i));
        out.taxes.append(tax);
    }
    out.subtotal = r.money(o, QStringLiteral("subtotal"), {});
    out.discountTotal = r.money(o, QStringLiteral("discountTotal"), {}, false);
    out.taxTotal = r.money(o, QStringLiteral("taxTotal"), {}, false);
    out.roundOff = r.money(o, QStringLiteral("roundOff"), {}, false);
    out.total = r.money(o, QStringLiteral("total"), {});
    out.amountPaid = r.money(o, QStringLiteral("amountPaid"), {}, false);
    out.creditsApplied = r.money(o, QStringLiteral("creditsApplied"), {}, false);
    out.couponCode = o.value(QStringLiteral("couponCode")).toString();
    out.amountDue = r.money(o, QStringLiteral("amountDue"), {}, false);
    for (const QJsonValue &v : o.value(QStringLiteral("paymentReferences")).toArray())
        out.paymentReferences.append(v.toString());
    out.notes = o.value(QStringLiteral("notes")).toString();
    if (!r.ok())
        return false;
    *inv = out;
    return true;
}

} // namespace bc::invoicejson
