#include "taxsummary.h"

#include <algorithm>

namespace bc {

QList<TaxSummaryRow> taxSummary(const Invoice &invoice)
{
    if (invoice.taxes.isEmpty() || invoice.lines.isEmpty())
        return {};
    QList<TaxSummaryRow> rows;
    for (const InvoiceLine &line : invoice.lines) {
        if (!line.amount.isValid() || line.amount.currency() != invoice.currency)
            return {};
        auto it =
            std::find_if(rows.begin(), rows.end(), [&](const TaxSummaryRow &r) { return r.hsnSac == line.hsnSac; });
        if (it == rows.end()) {
            rows.append({line.hsnSac, line.amount, {}, {}});
            continue;
        }
        const std::optional<Money> sum = it->taxable.plus(line.amount);
        if (!sum)
            return {};
        it->taxable = *sum;
    }
    QList<qint64> weights;
    weights.reserve(rows.size());
    for (const TaxSummaryRow &r : std::as_const(rows))
        weights.append(std::max<qint64>(0, r.taxable.minorUnits()));
    if (std::all_of(weights.cbegin(), weights.cend(), [](qint64 w) { return w == 0; }))
        return {};
    for (TaxSummaryRow &r : rows)
        r.totalTax = Money::fromMinor(0, invoice.currency);
    for (const InvoiceTax &tax : invoice.taxes) {
        if (!tax.amount.isValid() || tax.amount.currency() != invoice.currency)
            return {};
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
