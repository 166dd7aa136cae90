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
    // by its bytes (kept in `local`, as the row's own bytes go with the parser).
    QHash<QByteArray, quint32> local;
    // Neighbouring rows often share a text: the last one found is tried before the hash.
    QByteArray lastText[2];
    quint32 lastIndex[2] = {0, 0};
    auto intern = [&](const QByteArray &utf8, int column) {
        if (!lastText[column].isNull() && lastText[column] == utf8)
            return lastIndex[column];
        auto it = local.constFind(utf8);
        quint32 index;
        if (it != local.constEnd()) {
            index = it.value();
            lastText[column] = it.key();
        } else {
            index = quint32(strings.size());
            strings.append(QString::fromUtf8(utf8));
            lastText[column] = QByteArray(utf8.constData(), utf8.size());
            local.insert(lastText[column], index);
        }
        lastIndex[column] = index;
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
        const QByteArray id = o.utf8({"id", "_id"}); // the row's own bytes, not a copy
        r.idOffset = quint32(ids.size());
        r.idLength = quint8(std::min<qsizetype>(id.size(), 255));
        ids.append(id.constData(), r.idLength);
        r.descIndex = intern(o.utf8({"description"}), 0);
        r.typeIndex = intern(o.utf8({"type"}), 1);
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
