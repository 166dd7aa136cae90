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
// The cells joined with commas, ending in CRLF.
QByteArray row(const QStringList &cells);

// Reads RFC 4180 CSV as it arrives, in pieces of any size: quoted cells with commas, doubled
// quotes and line breaks inside, CRLF or LF line ends, a UTF-8 byte order mark. Each complete
// row goes to the callback; finish() hands on a last row without a line end.
class Reader
{
public:
    using RowDone = std::function<bool(const QStringList &cells)>; // false stops reading
    explicit Reader(RowDone done) : m_done(std::move(done)) { }
    bool feed(QByteArrayView bytes); // false once the callback said stop
    bool finish();
    qint64 rows() const { return m_rows; }

private:
    bool endCell();
    bool endRow();
    RowDone m_done;
    QByteArray m_cell;
    QStringList m_cells;
    bool m_quoted = false; // inside a quoted cell
    bool m_quoteSeen = false; // a quote inside a quoted cell: the end, or the first of a pair
    bool m_cellStarted = false;
    bool m_pendingCr = false;
    bool m_started = false; // past a byte order mark
    qint64 m_rows = 0;
};

// A cell as its writer meant it: the apostrophe cell() puts before a formula-like value removed.
QString plain(const QString &cell);

} // namespace bc::csv
