#pragma once

#include "models/creditledgermodel.h"

#include <QByteArray>

namespace bc {

// The credits family's transactions page ({"success":true,"data":[…]}, as the server sent it)
// decoded straight from its JSON text into packed rows (wire::forEachRow: no tree, no string per
// field), on the worker thread that maps the reply.
bool decodeLedgerPage(const QByteArray &json, LedgerChunk *chunk, QString *error);

} // namespace bc
