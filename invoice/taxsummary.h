#pragma once

#include "models/billingtypes.h"

#include <QList>

namespace bc {

// The HSN/SAC-wise tax summary printed on Indian tax invoices: one row per HSN/SAC code and GST
// rate with its taxable value and, for each tax of the invoice (CGST, SGST, IGST, cess), that
// row's share. A tax goes only to the rows it applies to: when the lines carry their rate, CGST
// and SGST at r/2 go to the rows at rate r and IGST at r to the rows at r; without rates, to every
// row (one rate for the invoice). Within those rows it is allocated in proportion to taxable value
// with Money::allocate, so every column adds up exactly to the invoice's own tax line.
struct TaxSummaryRow
{
    QString hsnSac;
    std::optional<int> rateBasisPoints; // the lines' GST rate, when they carry one
    Money taxable;
    QList<Money> taxes; // parallel to Invoice::taxes
    Money totalTax;
};

// Empty when the invoice has no taxes or its amounts do not add up in one currency.
QList<TaxSummaryRow> taxSummary(const Invoice &invoice);

} // namespace bc
