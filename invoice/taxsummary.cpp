#include "taxsummary.h"

#include <algorithm>

namespace bc {

namespace {

// Whether a tax of the invoice applies to lines at this GST rate.
bool applies(const InvoiceTax &tax, const std::optional<int> &rate)
{
    if (!rate)
        return true;
    const bool half = tax.name.compare(QLatin1String("CGST"), Qt::CaseInsensitive) == 0
        || tax.name.compare(QLatin1String("SGST"), Qt::CaseInsensitive) == 0
        || tax.name.compare(QLatin1String("UTGST"), Qt::CaseInsensitive) == 0;
    return half ? qint64(tax.rateBasisPoints) * 2 == *rate : tax.rateBasisPoints == *rate;
}

} // namespace

QList<TaxSummaryRow> taxSummary(const Invoice &invoice)
{
    if (invoice.taxes.isEmpty() || invoice.lines.isEmpty())
        return {};
    // Rates count only when every line has one; otherwise the invoice is taxed at one rate.
    const bool perLine = std::all_of(invoice.lines.cbegin(), invoice.lines.cend(),
        [](const InvoiceLine &l) { return l.gstRateBasisPoints.has_value(); });
    QList<TaxSummaryRow> rows;
    for (const InvoiceLine &line : invoice.lines) {
        if (!line.amount.isValid() || line.amount.currency() != invoice.currency)
            return {};
        const std::optional<int> rate = perLine ? line.gstRateBasisPoints : std::nullopt;
        auto it = std::find_if(rows.begin(), rows.end(),
            [&](const TaxSummaryRow &r) { return r.hsnSac == line.hsnSac && r.rateBasisPoints == rate; });
        if (it == rows.end()) {
            rows.append({line.hsnSac, rate, line.amount, {}, {}});
            continue;
        }
        const std::optional<Money> sum = it->taxable.plus(line.amount);
        if (!sum)
            return {};
        it->taxable = *sum;
    }
    for (TaxSummaryRow &r : rows)
        r.totalTax = Money::fromMinor(0, invoice.currency);
    for (const InvoiceTax &tax : invoice.taxes) {
        if (!tax.amount.isValid() || tax.amount.currency() != invoice.currency)
            return {};
        QList<qint64> weights;
        weights.reserve(rows.size());
        for (const TaxSummaryRow &r : std::as_const(rows))
            weights.append(applies(tax, r.rateBasisPoints) ? std::max<qint64>(0, r.taxable.minorUnits()) : 0);
        if (std::all_of(weights.cbegin(), weights.cend(), [](qint64 w) { return w == 0; }))
            return {}; // a tax no line carries: the summary cannot say whose it is
        const QList<Money> shares = tax.amount.allocate(weights);
        for (qsizetype i = 0; i < rows.size(); ++i) {
            rows[i].taxes.append(shares.at(i));
            const std::optional<Money> sum = rows.at(i).totalTax.plus(shares.at(i));
            if (!sum)
                return {};
            rows[i].totalTax = *sum;
        }
    }
    return rows;
}

} // namespace bc
