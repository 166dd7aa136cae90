#pragma once

#include "models/billingtypes.h"
#include "models/csv.h"
#include "models/money.h"

#include <QStringList>

#include <memory>

namespace bc {

// The org billing document's payments export (GET /api/billing/payments/export, CSV) read into
// Payments, for servers that have no payment list: each column is found by its header in any
// spelling (payment_id, "Payment ID", paymentId), amounts are read exactly from their text in
// major units, and columns the console has no field for are kept, in order, as extras a pane
// shows as they came. Fed in pieces of any size; rows come out as they complete.
class PaymentsExportReader
{
public:
    explicit PaymentsExportReader(const AmountConvention &convention);
    ~PaymentsExportReader();

    // Appends the rows completed by `bytes` to *out; false (and *error naming the row and the
    // field) when one cannot be read exactly.
    bool feed(QByteArrayView bytes, QList<Payment> *out, QString *error);
    bool finish(QList<Payment> *out, QString *error);
    // The header cells of the columns kept as extras.
    const QStringList &extraColumns() const { return m_extraHeaders; }
    bool sawHeader() const { return m_headerRead; }

private:
    enum class Field {
        Id,
        CreatedAt,
        OrgId,
        OrgName,
        InvoiceId,
        InvoiceNumber,
        ProviderPaymentId,
        ProviderOrderId,
        Method,
        Status,
        Amount,
        Currency,
        Extra
    };
    bool row(const QStringList &cells);
    void readHeader(const QStringList &cells);

    AmountConvention m_convention;
    std::unique_ptr<csv::Reader> m_reader;
    QList<Field> m_fields;
    QStringList m_extraHeaders;
    bool m_headerRead = false;
    QList<Payment> *m_out = nullptr;
    QString m_error;
};

} // namespace bc
