#pragma once

#include "familytypes.h"

#include <QByteArrayView>
#include <QList>
#include <QString>

#include <optional>

// A batch of credit adjustments (Credit ledger › Adjust many…, `billing-console adjust-credits`):
// read from a CSV file or a table pasted from a spreadsheet, resolved to one customer a row and
// checked before anything is sent. Nothing here talks to a server: the ui and the headless command
// send each row's ManualAdjustment with rowKey() through the outbox.
namespace bc::creditbatch {

// One line of the input as the person wrote it.
struct InputRow
{
    int line = 0; // 1-based line of the input (the header is line 1 when there is one)
    QString customer; // an id, an email or a name
    QString amount; // signed whole credits: "+500", "-20", "1000"
    QString reason; // a reason code (goodwill, service_outage, …) or its words
    QString note;
};

enum class Problem : quint8 {
    UnknownCustomer, // no customer has that id, email or name
    AmbiguousCustomer, // more than one customer has that email or name
    BadAmount, // not a whole number of credits, zero, or beyond what a balance can hold
    UnknownReason, // not one of the reason codes
    BelowZero, // the balance would go below zero and the batch does not allow that
    DuplicateRow, // the same customer, change, reason and note as an earlier row
};
QString problemText(Problem problem); // for people, translated

// A row as it will be sent, or why it cannot be.
struct PreviewRow
{
    InputRow input;
    int position = 0; // 0-based among the batch's rows (blank lines do not count)
    std::optional<OrgSummary> customer; // resolved
    qint64 change = 0;
    qint64 balanceBefore = 0; // before this row (after the batch's earlier rows for the customer)
    qint64 balanceAfter = 0;
    AdjustmentReason reason = AdjustmentReason::Other;
    QList<Problem> problems;
    bool ok() const { return problems.isEmpty(); }
};

struct Preview
{
    QList<PreviewRow> rows;
    QString batchId; // from the rows' content: the same input is the same batch
    int problemRows = 0;
    qint64 totalChange = 0; // of the rows without problems
};

// Reads CSV (commas, quotes as RFC 4180) or tab-separated text pasted from a spreadsheet. A first
// line naming the columns (customer/id/email/name, amount/change/credits, reason/reason_code,
// note/comment, in any order) is a header; without one the columns are customer, amount, reason,
// note. Blank lines are skipped. False with *error when the text holds no rows or a header misses
// the customer or the amount column.
bool read(QByteArrayView text, QList<InputRow> *rows, QString *error);

// Resolves each row against the customers (an id exactly; an email or a name ignoring case; a
// name or email two customers share is ambiguous), runs each customer's balance through the
// batch's rows in order, and lists every problem of every row. allowNegative: balances may go
// below zero (the person consented for the whole batch).
Preview preview(const QList<InputRow> &rows, const QList<OrgSummary> &customers, bool allowNegative);

// The idempotency key of one row of a batch: the same batch and row give the same key, so a
// batch sent again (after a crash, a cancel, a lost network) never applies a row twice. From the
// row's position, not its line: the same rows with a blank line more are the same batch.
QString rowKey(const QString &batchId, const PreviewRow &row);

// The adjustment one row sends: the batch id and `batchReason` (the person's reason for confirming
// the whole batch) join the row's note, so the ledger and the journal name the batch.
ManualAdjustment adjustmentOf(
    const PreviewRow &row, const QString &batchId, const QString &batchReason, bool allowNegative);

// What became of one row once the batch was sent.
enum class Outcome : quint8 { NotSent, Applied, AlreadyApplied, Refused, Skipped };
struct RowResult
{
    Outcome outcome = Outcome::NotSent;
    qint64 balanceAfter = 0;
    bool balanceKnown = false;
    QString transactionId;
    QString message; // the server's words when it refused
};
QString outcomeText(Outcome outcome); // for people
QString outcomeWord(Outcome outcome); // for the result CSV: applied, refused, …
// The result CSV: row, customer, customer id, outcome, change, new balance, transaction, message.
QByteArray resultCsv(const Preview &preview, const QList<RowResult> &results);

// A batch as it was confirmed, kept on this machine until every row was sent (Pending changes ›
// Resume batch): the checked rows with their customers and keys, the person's reason and consent.
struct SavedBatch
{
    Preview preview;
    QString reason;
    bool allowNegative = false;
};
QByteArray toJson(const SavedBatch &batch);
std::optional<SavedBatch> fromJson(QByteArrayView json);

} // namespace bc::creditbatch
