#pragma once

#include "models/billingtypes.h"

#include <QJsonObject>

// The API's invoice shape (docs/API.md, "Invoice JSON") to and from bc::Invoice. One mapper, used by
// the sandbox when it issues an invoice, by the console when it reads one, and by the headless
// renderer when it reads a file.
namespace bc::invoicejson {

QJsonObject toJson(const Invoice &invoice);
// Strict: amounts must be wire strings of the invoice currency. On failure returns false and
// says which field is wrong.
bool fromJson(const QJsonObject &object, Invoice *invoice, QString *error);

} // namespace bc::invoicejson
