#pragma once

#include <QByteArray>
#include <QStringList>
#include <QStringView>

#include <functional>

// The one CSV writer and reader of the project (payments exports on the server, the operator journal's export
// in the console): every cell quoted, quotes doubled, and a cell that a spreadsheet would run as
// a formula (starting with = + - @ tab or CR) made text with a leading apostrophe, unless it is a
// plain negative decimal ("-12.50", a refund), which stays a number. RFC 4180 line ends.
namespace bc::csv {

QByteArray cell(QStringView value);
// The same cell appended to `out` (no copies: for exports of a million rows).
void appendCell(QByteArray &out, QStringView value);
// The same for a value already in UTF-8 (a database's text).
void appendCell(QByteArray &out, QByteArrayView utf8);
// The cells joined with commas, ending in CRLF.
QByteArray row(const QStringList &cells);

// One row's cells as bytes, valid during the callback only (no copies: a million-row report reads
// without one allocation per cell).
class RowView
{
public:
    qsizetype size() const { return m_ends.size(); }
    QByteArrayView at(qsizetype i) const
    {
        const qsizetype start = i == 0 ? 0 : m_ends.at(i - 1);
        return QByteArrayView(m_bytes).sliced(start, m_ends.at(i) - start);
    }
    QString text(qsizetype i) const { return QString::fromUtf8(at(i)); }

private:
    friend class Reader;
    QByteArray m_bytes; // the cells one after another
    QList<qsizetype> m_ends; // where each cell ends in m_bytes
};

// Reads RFC 4180 CSV as it arrives, in pieces of any size: quoted cells with commas, doubled
// quotes and line breaks inside, CRLF or LF line ends, a UTF-8 byte order mark. Each complete
// row goes to the callback, as text or as bytes; finish() hands on a last row without a line end.
class Reader
{
public:
    using RowDone = std::function<bool(const QStringList &cells)>; // false stops reading
    using RowViewDone = std::function<bool(const RowView &row)>; // false stops reading
    explicit Reader(RowDone done);
    explicit Reader(RowViewDone done) : m_viewDone(std::move(done)) { }
    bool feed(QByteArrayView bytes); // false once the callback said stop
    bool finish();
    qint64 rows() const { return m_rows; }

private:
    void endCell();
    bool endRow();
    RowViewDone m_viewDone;
    RowView m_row;
    bool m_quoted = false; // inside a quoted cell
    bool m_quoteSeen = false; // a quote inside a quoted cell: the end, or the first of a pair
    bool m_cellStarted = false;
    bool m_pendingCr = false;
    bool m_started = false; // past a byte order mark
    qint64 m_rows = 0;
};

// A header cell as a key to compare column names by: lower case, without spaces, underscores
// or hyphens ("Payment ID", "payment_id" and "payment-id" are one column).
QString headerKey(QStringView header);

// A cell as its writer meant it: the apostrophe cell() puts before a formula-like value removed.
QString plain(const QString &cell);

} // namespace bc::csv
