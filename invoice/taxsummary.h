#pragma once

#include "models/billingtypes.h"

#include <QList>

namespace bc {

// The HSN/SAC-wise tax summary printed on Indian tax invoices: one row per HSN/SAC code with its
// taxable value and, for each tax of the invoice (CGST, SGST, IGST, cess), that code's share.
// Each tax is allocated across the codes in proportion to their taxable value with
// Money::allocate, so every column adds up exactly to the invoice's own tax line.
struct TaxSummaryRow
{
    QString hsnSac;
    Money taxable;
    QList<Money> taxes; // parallel to Invoice::taxes
    Money totalTax;
};

// Empty when the invoice has no taxes or its amounts do not add up in one currency.
QList<TaxSummaryRow> taxSummary(const Invoice &invoice);

} // namespace bc
