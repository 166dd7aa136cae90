#pragma once

#include "models/creditledgermodel.h"

#include <QCborValue>

namespace bc {

// The credits family's transactions page ({"success":true,"data":[…]}, as wire::parse read it)
// decoded into packed rows, on the worker thread that maps the reply.
bool decodeLedgerPage(const QCborValue &page, LedgerChunk *chunk, QString *error);

} // namespace bc
