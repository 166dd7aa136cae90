#include "ledgerpage.h"

#include "wirejson.h"

#include "models/words.h"

namespace bc {

bool decodeLedgerPage(const QCborValue &page, LedgerChunk *chunk, QString *error)
{
    std::vector<PackedLedgerRow> &rows = chunk->rows;
    QByteArray &ids = chunk->ids;
    QStringList &strings = chunk->strings;
    QHash<quint32, CreditTransaction> &extras = chunk->extras;
    const bool isList = page.isArray() || !wire::listIn(page, {"transactions"}).isEmpty()
        || wire::Object(page).field({"data", "transactions", "items"}).isArray();
    if (!isList) {
        *error = QStringLiteral("the page has no list of transactions");
        return false;
    }
    const QCborArray data = wire::listIn(page, {"transactions"});
    QHash<QString, quint32> local;
    auto intern = [&](const QString &s) {
        auto it = local.constFind(s);
        if (it != local.constEnd())
            return it.value();
        const quint32 index = quint32(strings.size());
        strings.append(s);
        local.insert(s, index);
        return index;
    };
    rows.reserve(std::size_t(data.size()));
    for (qsizetype i = 0; i < data.size(); ++i) {
        const wire::Object o(data.at(i));
        PackedLedgerRow r;
        const QDateTime at = o.time({"created_at", "date"});
        const std::optional<qint64> amount = o.integer({"amount", "credits"});
        if (!at.isValid() || !amount) {
            *error = QStringLiteral("transaction %1 has no time or no whole amount of credits").arg(i + 1);
            return false;
        }
        r.createdAt = at.toSecsSinceEpoch();
        r.amount = *amount;
        r.balanceAfter = o.integer({"balance_after"}).value_or(0);
        r.hasBalance = o.has({"balance_after"});
        const QByteArray id = o.text({"id", "_id"}).toLatin1().left(255);
        r.idOffset = quint32(ids.size());
        r.idLength = quint8(id.size());
        ids.append(id);
        r.descIndex = intern(o.text({"description"}));
        r.typeIndex = intern(o.text({"type"}));
        if (o.has({"operator"})) {
            r.hasExtra = 1;
            CreditTransaction extra;
            extra.operatorEmail = o.text({"operator"});
            extra.reason = fromWireWord<AdjustmentReason>(o.text({"reason_code"}));
            extra.note = o.text({"note"});
            extras.insert(quint32(rows.size()), extra);
        }
        rows.push_back(r);
    }
    return true;
}

} // namespace bc
