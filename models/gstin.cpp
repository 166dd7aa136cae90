#include "gstin.h"

#include <QRegularExpression>

namespace bc::gstin {

namespace {
int valueOf(QChar c)
{
    if (c >= u'0' && c <= u'9')
        return c.unicode() - u'0';
    if (c >= u'A' && c <= u'Z')
        return c.unicode() - u'A' + 10;
    return -1;
}
} // namespace

QChar checkCharacter(QStringView first14)
{
    if (first14.size() != 14)
        return {};
    int sum = 0;
    for (qsizetype i = 0; i < 14; ++i) {
        const int v = valueOf(first14.at(i));
        if (v < 0)
            return {};
        const int product = v * (i % 2 == 0 ? 1 : 2);
        sum += product / 36 + product % 36;
    }
    const int check = (36 - sum % 36) % 36;
    return QLatin1Char("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"[check]);
}

bool isValid(QStringView gstin)
{
    static const QRegularExpression shape(QStringLiteral("^[0-9]{2}[A-Z]{5}[0-9]{4}[A-Z][0-9A-Z]Z[0-9A-Z]$"));
    if (!shape.match(gstin).hasMatch())
        return false;
    if (stateName(gstin.left(2)).isEmpty())
        return false;
    return checkCharacter(gstin.left(14)) == gstin.at(14);
}

QString stateCode(QStringView gstin)
{
    return isValid(gstin) ? gstin.left(2).toString() : QString();
}

QString stateName(QStringView code)
{
    static const struct
    {
        const char *code;
        const char *name;
    } states[] = {
        {"01", "Jammu and Kashmir"},
        {"02", "Himachal Pradesh"},
        {"03", "Punjab"},
        {"04", "Chandigarh"},
        {"05", "Uttarakhand"},
        {"06", "Haryana"},
        {"07", "Delhi"},
        {"08", "Rajasthan"},
        {"09", "Uttar Pradesh"},
        {"10", "Bihar"},
        {"11", "Sikkim"},
        {"12", "Arunachal Pradesh"},
        {"13", "Nagaland"},
        {"14", "Manipur"},
        {"15", "Mizoram"},
        {"16", "Tripura"},
        {"17", "Meghalaya"},
        {"18", "Assam"},
        {"19", "West Bengal"},
        {"20", "Jharkhand"},
        {"21", "Odisha"},
        {"22", "Chhattisgarh"},
        {"23", "Madhya Pradesh"},
        {"24", "Gujarat"},
        {"26", "Dadra and Nagar Haveli and Daman and Diu"},
        {"27", "Maharashtra"},
        {"29", "Karnataka"},
        {"30", "Goa"},
        {"31", "Lakshadweep"},
        {"32", "Kerala"},
        {"33", "Tamil Nadu"},
        {"34", "Puducherry"},
        {"35", "Andaman and Nicobar Islands"},
        {"36", "Telangana"},
        {"37", "Andhra Pradesh"},
        {"38", "Ladakh"},
        {"97", "Other Territory"},
    };
    for (const auto &s : states)
        if (code == QLatin1String(s.code))
            return QString::fromLatin1(s.name);
    return {};
}

} // namespace bc::gstin
