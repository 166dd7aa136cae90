#pragma once

#include "models/creditledgermodel.h"

#include <QJsonDocument>

namespace bc {

// The credits family's transactions page ({"success":true,"data":[…]}) decoded into packed rows,
// on the worker thread that maps the reply.
bool decodeLedgerPage(const QJsonDocument &page, LedgerChunk *chunk, QString *error);

} // namespace bc
