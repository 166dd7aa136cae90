#include "ledgerpage.h"

#include "wirejson.h"

#include "models/words.h"

namespace bc {

bool decodeLedgerPage(const QByteArray &json, LedgerChunk *chunk, QString *error)
{
    std::vector<PackedLedgerRow> &rows = chunk->rows;
    QByteArray &ids = chunk->ids;
    QStringList &strings = chunk->strings;
    QHash<quint32, CreditTransaction> &extras = chunk->extras;
    // Descriptions and types repeat: each distinct text becomes one QString in the pool, found again
    // by its bytes (kept in `seen`, as the row's own bytes go with the parser).
    QHash<QByteArray, quint32> local;
    auto intern = [&](const QByteArray &utf8) {
        auto it = local.constFind(utf8);
        if (it != local.constEnd())
            return it.value();
        const quint32 index = quint32(strings.size());
        strings.append(QString::fromUtf8(utf8));
        local.insert(QByteArray(utf8.constData(), utf8.size()), index);
        return index;
    };
    const auto one = [&](const wire::Row &o, qsizetype i, QString *why) {
        PackedLedgerRow r;
        const QDateTime at = o.time({"created_at", "date"});
        const std::optional<qint64> amount = o.integer({"amount", "credits"});
        if (!at.isValid() || !amount) {
            *why = QStringLiteral("transaction %1 has no time or no whole amount of credits").arg(i + 1);
            return false;
        }
        r.createdAt = at.toSecsSinceEpoch();
        r.amount = *amount;
        r.balanceAfter = o.integer({"balance_after"}).value_or(0);
        r.hasBalance = o.has({"balance_after"});
        const QByteArray id = o.utf8({"id", "_id"}).left(255);
        r.idOffset = quint32(ids.size());
        r.idLength = quint8(id.size());
        ids.append(id);
        r.descIndex = intern(o.utf8({"description"}));
        r.typeIndex = intern(o.utf8({"type"}));
        if (o.has({"operator"})) {
            r.hasExtra = 1;
            CreditTransaction extra;
            extra.operatorEmail = o.text({"operator"});
            extra.reason = fromWireWord<AdjustmentReason>(o.text({"reason_code"}));
            extra.note = o.text({"note"});
            extras.insert(quint32(rows.size()), extra);
        }
        rows.push_back(r);
        return true;
    };
    bool hadList = false;
    if (!wire::forEachRow(json, {"transactions"}, one, nullptr, error, &hadList))
        return false;
    if (!hadList) {
        *error = QStringLiteral("the page has no list of transactions");
        return false;
    }
    return true;
}

} // namespace bc
