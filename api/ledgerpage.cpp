#include "ledgerpage.h"

#include "models/words.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>

namespace bc {

bool decodeLedgerPage(const QJsonDocument &doc, LedgerChunk *chunk, QString *error)
{
    std::vector<PackedLedgerRow> &rows = chunk->rows;
    QByteArray &ids = chunk->ids;
    QStringList &strings = chunk->strings;
    QHash<quint32, CreditTransaction> &extras = chunk->extras;
    if (!doc.object().value(QStringLiteral("data")).isArray()) {
        *error = QStringLiteral("the page has no data list");
        return false;
    }
    const QJsonArray data = doc.object().value(QStringLiteral("data")).toArray();
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
    for (const QJsonValue &v : data) {
        const QJsonObject o = v.toObject();
        PackedLedgerRow r;
        const QDateTime at = QDateTime::fromString(o.value(QStringLiteral("created_at")).toString(), Qt::ISODate);
        const QJsonValue amount = o.value(QStringLiteral("amount"));
        if (!at.isValid() || !amount.isDouble()) {
            *error = QStringLiteral("a ledger row without a time or a whole amount");
            return false;
        }
        r.createdAt = at.toSecsSinceEpoch();
        r.amount = amount.toInteger();
        r.balanceAfter = o.value(QStringLiteral("balance_after")).toInteger();
        const QByteArray id = o.value(QStringLiteral("id")).toString().toLatin1().left(255);
        r.idOffset = quint32(ids.size());
        r.idLength = quint8(id.size());
        ids.append(id);
        r.descIndex = intern(o.value(QStringLiteral("description")).toString());
        r.typeIndex = (intern(o.value(QStringLiteral("type")).toString()));
        if (o.contains(QStringLiteral("operator"))) {
            r.hasExtra = 1;
            CreditTransaction extra;
            extra.operatorEmail = o.value(QStringLiteral("operator")).toString();
            extra.reason = fromWireWord<AdjustmentReason>(o.value(QStringLiteral("reason_code")).toString());
            extra.note = o.value(QStringLiteral("note")).toString();
            extras.insert(quint32(rows.size()), extra);
        }
        rows.push_back(r);
    }
    return true;
}

} // namespace bc
