#pragma once

#include <QDateTime>
#include <QString>

namespace bc {

// The one short date and date-time style of tables, in the reader's locale; empty for no date.
QString shortDate(const QDateTime &t);
QString shortDateTime(const QDateTime &t);

} // namespace bc
