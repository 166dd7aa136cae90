#pragma once

#include <QByteArray>
#include <QStringList>
#include <QStringView>

// The one CSV writer of the project (payments exports on the server, the operator journal's export
// in the console): every cell quoted, quotes doubled, and a cell that a spreadsheet would run as
// a formula (starting with = + - @ tab or CR) made text with a leading apostrophe, unless it is a
// plain negative decimal ("-12.50", a refund), which stays a number. RFC 4180 line ends.
namespace bc::csv {

QByteArray cell(QStringView value);
// The cells joined with commas, ending in CRLF.
QByteArray row(const QStringList &cells);

} // namespace bc::csv
