#pragma once

#include "billingtypes.h"
#include "money.h"

#include <QByteArray>
#include <QDate>
#include <QHash>
#include <QList>
#include <QMap>
#include <QStringList>

#include <functional>
#include <optional>
#include <vector>

class QIODevice;

namespace bc {

// Reconciliation: the payment provider's own settlement or balance report read as it is
// downloaded, matched by provider payment id against the billing server's payments of the same
// dates. Pure (no network, no widgets): the dialog, the headless command, the tests and the bench
// run the same code. Compact rows (ids in one byte arena, amounts in minor units) so a million
// report rows beside a million payments stays well under 300 MB.

enum class ReportProvider { Razorpay, Stripe };
std::optional<ReportProvider> reportProviderFromName(QStringView name); // "razorpay", "stripe"
QString reportProviderName(ReportProvider provider); // "Razorpay", "Stripe"
QString reportProviderKey(ReportProvider provider); // "razorpay", "stripe"
// The report a finance person downloads, in words ("Settlement reconciliation report").
QString reportName(ReportProvider provider);

// What the reconciliation needs from a report row. Each provider's columns for these are in one
// table (reportColumns), compared ignoring case, spaces and underscores, in any order.
enum class ReportField {
    EntryId, // the provider's own id of the row (Razorpay entity_id, Stripe balance_transaction_id)
    Kind, // payment, refund, fee, adjustment, payout… (Razorpay type, Stripe reporting_category)
    PaymentId, // the payment the row belongs to
    OtherPaymentId, // a second id of that payment (Stripe charge_id beside payment_intent_id)
    Currency,
    Gross,
    Fee, // the provider's fee (Razorpay's includes the tax on it)
    Tax, // the tax on the fee (Razorpay's GST)
    Credit, // Razorpay: what the row adds to the settlement
    Debit, // Razorpay: what the row takes from it
    Net, // Stripe: what the row adds to the balance
    Created, // when the payment was made
    Settled, // when the money was settled (or became available)
    SettlementId,
};

struct ReportColumn
{
    ReportProvider provider;
    ReportField field;
    QStringList names; // the provider's column names for the field, the documented one first
    bool required;
};
// The one table of the providers' report columns (docs/ARCHITECTURE.md, "Reconciliation").
const QList<ReportColumn> &reportColumns();

enum class ReportEntry : quint8 { Payment, Refund, Payout, Other };

struct ReportRow
{
    qint64 gross = 0; // minor units, as the provider signs them
    qint64 fee = 0;
    qint64 tax = 0;
    qint64 net = 0;
    qint64 created = 0; // seconds since the epoch, 0 when the report does not say
    qint64 settled = 0;
    quint32 line = 0; // the row's line in the file (the header is line 1)
    quint32 paymentId = 0, paymentIdLength = 0; // in ProviderReport::ids
    quint32 otherId = 0, otherIdLength = 0;
    quint16 currency = 0; // index in ProviderReport::currencies
    ReportEntry entry = ReportEntry::Other;
    quint8 majorCells = 0; // Razorpay: which amounts had no decimal point (see readReport)
};

struct ReportProblem
{
    quint32 line = 0;
    QString message;
};

struct ProviderReport
{
    ReportProvider provider = ReportProvider::Razorpay;
    std::vector<ReportRow> rows;
    QByteArray ids; // every row's payment ids, one after another
    QStringList currencies;
    QList<ReportProblem> problems; // rows that could not be read (each with its line); the first 100
    qint64 problemCount = 0;
    QString error; // the whole file refused (no header the table knows, a required column missing)
    QByteArray sha256; // of the file's bytes, for the journal
    qint64 bytes = 0;

    QByteArrayView paymentId(const ReportRow &row) const { return slice(row.paymentId, row.paymentIdLength); }
    QByteArrayView otherId(const ReportRow &row) const { return slice(row.otherId, row.otherIdLength); }

private:
    QByteArrayView slice(quint32 at, quint32 length) const { return QByteArrayView(ids).sliced(at, length); }
};

// Reads a report as it was downloaded: CSV with a header, columns in any order, extra columns
// ignored. Amounts exact from their text: Stripe's in major units ("10.00"); Razorpay's in paise
// as its API gives them, or in rupees when the file writes amounts with a decimal point (the
// dashboard's download), decided for the whole file. `cancelled` is polled between rows.
ProviderReport readReport(QIODevice *device, ReportProvider provider, const std::function<bool()> &cancelled = {},
    const std::function<void(qint64 bytesRead)> &progress = {});

// The billing server's payments of the range, compact.
class ServerPayments
{
public:
    struct Row
    {
        qint64 minor = 0;
        qint64 created = 0;
        quint32 id = 0, idLength = 0; // the provider payment id, in the arena
        quint32 own = 0, ownLength = 0; // the server's payment id
        quint32 customer = 0; // index in customers()
        quint16 currency = 0;
        PaymentStatus status = PaymentStatus::Other;
    };
    void reserve(qsizetype n) { m_rows.reserve(size_t(n)); }
    void append(const Payment &payment);
    void append(QByteArrayView providerId, QByteArrayView ownId, const Money &amount, PaymentStatus status,
        qint64 created, const QString &customer);
    qsizetype size() const { return qsizetype(m_rows.size()); }
    const Row &at(qsizetype i) const { return m_rows[size_t(i)]; }
    QByteArrayView providerId(const Row &row) const { return QByteArrayView(m_ids).sliced(row.id, row.idLength); }
    QByteArrayView ownId(const Row &row) const { return QByteArrayView(m_ids).sliced(row.own, row.ownLength); }
    const QString &currency(const Row &row) const { return m_currencies.at(row.currency); }
    const QString &customer(const Row &row) const { return m_customers.at(row.customer); }

private:
    quint32 put(QByteArrayView bytes);
    std::vector<Row> m_rows;
    QByteArray m_ids;
    QStringList m_currencies;
    QHash<QString, quint16> m_currencyIndex;
    QStringList m_customers;
    QHash<QString, quint32> m_customerIndex;
};

enum class ReconciliationIssue : quint8 {
    MissingAtProvider, // paid on the server, not in the provider's report
    UnknownToServer, // settled at the provider, no such payment on the server
    AmountDiffers,
    CurrencyDiffers,
    StatusDiffers, // captured vs failed, refunded vs captured
    OutsideRange, // settled (or paid) outside the dates reconciled
    SettledTwice, // the same payment twice in the report
};
QString issueWord(ReconciliationIssue issue); // stable, for CSV: "missing_at_provider"
QString issueTitle(ReconciliationIssue issue); // "Missing at the provider"

struct ReconciliationException
{
    ReconciliationIssue issue;
    qint64 reportRow = -1; // index in the report's rows, or -1
    qint64 serverRow = -1; // index in the server payments, or -1
};

struct CurrencyTotals
{
    qint64 matched = 0; // payments found on both sides and agreeing
    qint64 matchedAmount = 0; // minor units
    qint64 fees = 0; // the provider's fees without the tax on them
    qint64 tax = 0; // tax on the fees
    qint64 refunds = 0; // refunded, as a positive amount
    qint64 net = 0; // what the provider settled for the range (payouts not counted)
    qint64 exceptions = 0;
    bool overflowed = false; // a sum would not fit 64 bits: the figures are refused, not wrapped
};

struct Reconciliation
{
    QDate from, to;
    QMap<QString, CurrencyTotals> totals; // per currency
    std::vector<ReconciliationException> exceptions;
    qint64 reportRows = 0;
    qint64 serverPayments = 0;
    qint64 matched = 0;
    bool cancelled = false;
};

// Matches the report against the server's payments of [from, to] (UTC days, as the servers read
// their from and to).
Reconciliation reconcile(const ProviderReport &report, const ServerPayments &payments, QDate from, QDate to,
    const std::function<bool()> &cancelled = {});

// One exception in words: what differs, with both sides' figures where there are two.
QString exceptionReason(const ReconciliationException &e, const ProviderReport &report,
    const ServerPayments &payments, const QLocale &locale = QLocale());
// The provider payment id an exception is about.
QString exceptionPaymentId(const ReconciliationException &e, const ProviderReport &report,
    const ServerPayments &payments);

// The exceptions as CSV: issue, reason, provider payment id, server payment id, customer, server
// amount, provider amount, currency, server status, paid on, settled on, report line.
bool writeExceptionsCsv(QIODevice *out, const Reconciliation &result, const ProviderReport &report,
    const ServerPayments &payments);

// The totals as lines for a journal entry or a terminal: "INR: 1,204 matched ₹12,04,000.00, fees …".
QStringList totalsLines(const Reconciliation &result, const QLocale &locale = QLocale());

} // namespace bc
