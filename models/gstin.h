#pragma once

#include <QString>

// Indian GST identification numbers (providers.md, "Indian GST invoices").
namespace bc::gstin {

// The base-36 check character for the first 14 characters, or a null QChar if they are not
// [0-9A-Z].
QChar checkCharacter(QStringView first14);
// 15 characters: 2-digit state code, PAN, entity number, 'Z', correct check character.
bool isValid(QStringView gstin);
// "29" for a Karnataka GSTIN; empty when invalid.
QString stateCode(QStringView gstin);
// "Karnataka" for "29"; empty for an unknown code.
QString stateName(QStringView code);

} // namespace bc::gstin
