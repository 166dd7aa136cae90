#include "creditbatch.h"

#include "csv.h"
#include "words.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QHash>
#include <QJsonObject>
#include <QJsonDocument>
#include <QJsonArray>

namespace bc::creditbatch {

namespace {

enum class Column { Customer, Amount, Reason, Note };

// The header words each column answers to (compared ignoring case, spaces and underscores).
std::optional<Column> columnOf(const QString &header)
{
    const QString h = csv::headerKey(header);
    static const QHash<QString, Column> names{
        {QStringLiteral("customer"), Column::Customer},
        {QStringLiteral("customerid"), Column::Customer},
        {QStringLiteral("id"), Column::Customer},
        {QStringLiteral("orgid"), Column::Customer},
        {QStringLiteral("organisation"), Column::Customer},
        {QStringLiteral("organization"), Column::Customer},
        {QStringLiteral("email"), Column::Customer},
        {QStringLiteral("name"), Column::Customer},
        {QStringLiteral("amount"), Column::Amount},
        {QStringLiteral("change"), Column::Amount},
        {QStringLiteral("credits"), Column::Amount},
        {QStringLiteral("reason"), Column::Reason},
        {QStringLiteral("reasoncode"), Column::Reason},
        {QStringLiteral("note"), Column::Note},
        {QStringLiteral("comment"), Column::Note},
        {QStringLiteral("notes"), Column::Note},
    };
    const auto it = names.constFind(h);
    return it == names.cend() ? std::nullopt : std::optional(*it);
}

// Whole credits with an optional sign; nullopt for anything else (decimals, words, overflow).
std::optional<qint64> creditsOf(QStringView text)
{
    text = text.trimmed();
    bool negative = false;
    if (!text.isEmpty() && (text.front() == u'+' || text.front() == u'-')) {
        negative = text.front() == u'-';
        text = text.mid(1).trimmed();
    }
    if (text.isEmpty() || text.size() > 18)
        return std::nullopt;
    qint64 value = 0;
    for (QChar c : text) {
        if (c < u'0' || c > u'9')
            return std::nullopt;
        value = value * 10 + (c.unicode() - u'0'); // 18 digits cannot overflow
    }
    return negative ? -value : value;
}

std::optional<AdjustmentReason> reasonOf(const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return AdjustmentReason::Other;
    QString wire = t.toLower();
    wire.replace(QLatin1Char(' '), QLatin1Char('_')).replace(QLatin1Char('-'), QLatin1Char('_'));
    if (const auto r = fromWireWord<AdjustmentReason>(wire))
        return r;
    if (wire == QLatin1String("other"))
        return AdjustmentReason::Other;
    for (const Word<AdjustmentReason> &w : Vocabulary<AdjustmentReason>::words()) // the words people read
        if (t.compare(label(w.value), Qt::CaseInsensitive) == 0)
            return w.value;
    return std::nullopt;
}

} // namespace

QString problemText(Problem problem)
{
    switch (problem) {
    case Problem::UnknownCustomer:
        return QCoreApplication::translate("CreditBatch", "No customer has this id, email or name");
    case Problem::AmbiguousCustomer:
        return QCoreApplication::translate("CreditBatch", "More than one customer matches: use the customer's id");
    case Problem::BadAmount:
        return QCoreApplication::translate("CreditBatch", "The change must be a whole number of credits, not zero");
    case Problem::UnknownReason:
        return QCoreApplication::translate("CreditBatch", "Not one of the reasons for an adjustment");
    case Problem::BelowZero:
        return QCoreApplication::translate("CreditBatch", "The balance would go below zero");
    case Problem::DuplicateRow:
        return QCoreApplication::translate("CreditBatch", "The same change as an earlier row");
    }
    return {};
}

bool read(QByteArrayView text, QList<InputRow> *rows, QString *error)
{
    rows->clear();
    QList<QStringList> lines;
    const qsizetype eol = text.indexOf('\n');
    const QByteArrayView head = eol < 0 ? text : text.first(eol);
    const bool tabs = head.indexOf('\t') >= 0 && head.indexOf(',') < 0;
    if (tabs) { // pasted from a spreadsheet: cells between tabs, no quoting
        for (const QByteArray &line : QByteArray(text.data(), text.size()).split('\n')) {
            QStringList cells = QString::fromUtf8(line).split(QLatin1Char('\t'));
            if (!cells.isEmpty() && cells.last().endsWith(QLatin1Char('\r')))
                cells.last().chop(1);
            lines.append(cells);
        }
    } else {
        csv::Reader reader([&lines](const QStringList &cells) {
            lines.append(cells);
            return true;
        });
        reader.feed(text);
        reader.finish();
    }
    // Which column holds what: from a header, or the fixed order.
    QList<std::optional<Column>> columns{Column::Customer, Column::Amount, Column::Reason, Column::Note};
    int first = 0;
    while (first < lines.size() && lines.at(first).join(QString()).trimmed().isEmpty())
        ++first;
    if (first < lines.size()) {
        QList<std::optional<Column>> named;
        bool header = false;
        for (const QString &cell : lines.at(first)) {
            named.append(columnOf(cell));
            header = header || named.last().has_value();
        }
        if (header) {
            if (!named.contains(Column::Customer) || !named.contains(Column::Amount)) {
                *error = QCoreApplication::translate(
                    "CreditBatch", "The first line names columns but not the customer and the amount.");
                return false;
            }
            columns = named;
            ++first;
        }
    }
    for (int i = first; i < lines.size(); ++i) {
        const QStringList &cells = lines.at(i);
        if (cells.join(QString()).trimmed().isEmpty())
            continue;
        InputRow row;
        row.line = i + 1;
        for (int c = 0; c < cells.size() && c < columns.size(); ++c) {
            if (!columns.at(c))
                continue;
            const QString cell = csv::plain(cells.at(c)).trimmed();
            switch (*columns.at(c)) {
            case Column::Customer:
                if (row.customer.isEmpty())
                    row.customer = cell;
                break;
            case Column::Amount:
                row.amount = cell;
                break;
            case Column::Reason:
                row.reason = cell;
                break;
            case Column::Note:
                row.note = cell;
                break;
            }
        }
        rows->append(row);
    }
    if (rows->isEmpty()) {
        *error = QCoreApplication::translate("CreditBatch", "There are no rows to adjust.");
        return false;
    }
    return true;
}

Preview preview(const QList<InputRow> &rows, const QList<OrgSummary> &customers, bool allowNegative)
{
    // Lookups by id, email and name: -1 marks a name or email more than one customer has.
    QHash<QString, qsizetype> byId, byEmail, byName;
    byId.reserve(customers.size());
    const auto index = [](QHash<QString, qsizetype> &map, const QString &key, qsizetype i) {
        if (key.isEmpty())
            return;
        auto it = map.find(key);
        if (it == map.end())
            map.insert(key, i);
        else if (*it != i)
            *it = -1;
    };
    for (qsizetype i = 0; i < customers.size(); ++i) {
        byId.insert(customers.at(i).id, i);
        index(byEmail, customers.at(i).email.toCaseFolded(), i);
        index(byName, customers.at(i).name.trimmed().toCaseFolded(), i);
    }
    Preview out;
    out.rows.reserve(rows.size());
    QHash<QString, qint64> running; // each customer's balance through the batch
    QHash<QString, int> seen; // customer + change + reason + note of the rows so far
    QCryptographicHash content(QCryptographicHash::Sha256);
    for (const InputRow &input : rows) {
        PreviewRow row;
        row.input = input;
        row.position = int(out.rows.size());
        const QString key = input.customer.trimmed();
        qsizetype found = byId.value(key, -2);
        if (found == -2)
            found = byEmail.value(key.toCaseFolded(), -2);
        if (found == -2)
            found = byName.value(key.toCaseFolded(), -2);
        if (found == -2)
            row.problems.append(Problem::UnknownCustomer);
        else if (found == -1)
            row.problems.append(Problem::AmbiguousCustomer);
        else
            row.customer = customers.at(found);
        const std::optional<qint64> change = creditsOf(input.amount);
        if (!change || *change == 0)
            row.problems.append(Problem::BadAmount);
        else
            row.change = *change;
        if (const auto reason = reasonOf(input.reason))
            row.reason = *reason;
        else
            row.problems.append(Problem::UnknownReason);
        if (row.customer) {
            const QString id = row.customer->id;
            const auto it = running.constFind(id);
            row.balanceBefore = it != running.cend() ? *it : row.customer->balance;
            if (change && *change != 0) {
                if (__builtin_add_overflow(row.balanceBefore, row.change, &row.balanceAfter)) {
                    row.problems.append(Problem::BadAmount);
                    row.balanceAfter = row.balanceBefore;
                } else if (row.balanceAfter < 0 && !allowNegative && row.customer->balanceKnown) {
                    row.problems.append(Problem::BelowZero);
                }
            } else {
                row.balanceAfter = row.balanceBefore;
            }
            const QString fingerprint = id + QChar(0) + QString::number(row.change) + QChar(0) + wireWord(row.reason)
                + QChar(0) + input.note.trimmed();
            if (seen.contains(fingerprint))
                row.problems.append(Problem::DuplicateRow);
            seen.insert(fingerprint, input.line);
            if (row.problems.isEmpty()) {
                running.insert(id, row.balanceAfter);
                out.totalChange += row.change;
            }
        }
        content.addData(
            QStringLiteral("%1\x1f%2\x1f%3\x1f%4\x1e")
                .arg(input.customer.trimmed(), input.amount.trimmed(), input.reason.trimmed(), input.note.trimmed())
                .toUtf8());
        if (!row.problems.isEmpty())
            ++out.problemRows;
        out.rows.append(std::move(row));
    }
    out.batchId = QString::fromLatin1(content.result().toHex().left(16));
    return out;
}

QString rowKey(const QString &batchId, const PreviewRow &row)
{
    return QStringLiteral("batch-%1-row-%2").arg(batchId).arg(row.position + 1);
}

ManualAdjustment adjustmentOf(
    const PreviewRow &row, const QString &batchId, const QString &batchReason, bool allowNegative)
{
    ManualAdjustment a;
    a.orgId = row.customer ? row.customer->id : QString();
    a.amount = row.change;
    a.reason = row.reason;
    const QString batch = QCoreApplication::translate("CreditBatch", "batch %1, row %2: %3")
                              .arg(batchId)
                              .arg(row.input.line)
                              .arg(batchReason.trimmed());
    a.note = row.input.note.trimmed().isEmpty()
        ? batch
        : row.input.note.trimmed() + QStringLiteral(" (") + batch + QLatin1Char(')');
    a.allowNegative = allowNegative;
    return a;
}

QString outcomeText(Outcome outcome)
{
    switch (outcome) {
    case Outcome::NotSent:
        return QCoreApplication::translate("CreditBatch", "Not sent");
    case Outcome::Applied:
        return QCoreApplication::translate("CreditBatch", "Applied");
    case Outcome::AlreadyApplied:
        return QCoreApplication::translate("CreditBatch", "Applied earlier");
    case Outcome::Refused:
        return QCoreApplication::translate("CreditBatch", "Refused");
    case Outcome::Skipped:
        return QCoreApplication::translate("CreditBatch", "Skipped");
    }
    return {};
}

QString outcomeWord(Outcome outcome)
{
    switch (outcome) {
    case Outcome::NotSent:
        return QStringLiteral("not_sent");
    case Outcome::Applied:
        return QStringLiteral("applied");
    case Outcome::AlreadyApplied:
        return QStringLiteral("applied_earlier");
    case Outcome::Refused:
        return QStringLiteral("refused");
    case Outcome::Skipped:
        return QStringLiteral("skipped");
    }
    return {};
}

QByteArray resultCsv(const Preview &preview, const QList<RowResult> &results)
{
    QByteArray out = csv::row({QStringLiteral("row"), QStringLiteral("customer"), QStringLiteral("customer_id"),
        QStringLiteral("outcome"), QStringLiteral("change"), QStringLiteral("new_balance"),
        QStringLiteral("transaction_id"), QStringLiteral("message")});
    for (qsizetype i = 0; i < preview.rows.size(); ++i) {
        const PreviewRow &row = preview.rows.at(i);
        const RowResult &r = results.at(i);
        QString message = r.message;
        if (r.outcome == Outcome::Skipped) {
            QStringList why;
            for (Problem p : row.problems)
                why << problemText(p);
            message = why.join(QStringLiteral("; "));
        }
        out += csv::row({QString::number(row.input.line), row.input.customer,
            row.customer ? row.customer->id : QString(), outcomeWord(r.outcome), QString::number(row.change),
            r.balanceKnown ? QString::number(r.balanceAfter) : QString(), r.transactionId, message});
    }
    return out;
}

QByteArray toJson(const SavedBatch &batch)
{
    QJsonArray rows;
    for (const PreviewRow &r : batch.preview.rows) {
        QJsonArray problems;
        for (Problem p : r.problems)
            problems.append(int(p));
        QJsonObject o{{QStringLiteral("line"), r.input.line}, {QStringLiteral("input_customer"), r.input.customer},
            {QStringLiteral("input_amount"), r.input.amount}, {QStringLiteral("input_reason"), r.input.reason},
            {QStringLiteral("note"), r.input.note}, {QStringLiteral("position"), r.position},
            {QStringLiteral("change"), QString::number(r.change)},
            {QStringLiteral("balance_before"), QString::number(r.balanceBefore)},
            {QStringLiteral("balance_after"), QString::number(r.balanceAfter)},
            {QStringLiteral("reason"), wireWord(r.reason)}, {QStringLiteral("problems"), problems}};
        if (r.customer)
            o.insert(QStringLiteral("customer"),
                QJsonObject{{QStringLiteral("id"), r.customer->id}, {QStringLiteral("name"), r.customer->name},
                    {QStringLiteral("email"), r.customer->email},
                    {QStringLiteral("balance"), QString::number(r.customer->balance)},
                    {QStringLiteral("balance_known"), r.customer->balanceKnown}});
        rows.append(o);
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("batch_id"), batch.preview.batchId},
                             {QStringLiteral("reason"), batch.reason},
                             {QStringLiteral("allow_negative"), batch.allowNegative}, {QStringLiteral("rows"), rows}})
        .toJson(QJsonDocument::Compact);
}

std::optional<SavedBatch> fromJson(QByteArrayView json)
{
    const QJsonObject o = QJsonDocument::fromJson(json.toByteArray()).object();
    SavedBatch b;
    b.preview.batchId = o.value(QStringLiteral("batch_id")).toString();
    b.reason = o.value(QStringLiteral("reason")).toString();
    b.allowNegative = o.value(QStringLiteral("allow_negative")).toBool();
    if (b.preview.batchId.isEmpty())
        return std::nullopt;
    // Numbers as text, read back exactly (never through a double).
    const auto number = [](const QJsonValue &v, bool *ok) { return v.toString().toLongLong(ok); };
    for (const QJsonValue &v : o.value(QStringLiteral("rows")).toArray()) {
        const QJsonObject r = v.toObject();
        PreviewRow row;
        row.input = {r.value(QStringLiteral("line")).toInt(), r.value(QStringLiteral("input_customer")).toString(),
            r.value(QStringLiteral("input_amount")).toString(), r.value(QStringLiteral("input_reason")).toString(),
            r.value(QStringLiteral("note")).toString()};
        row.position = r.value(QStringLiteral("position")).toInt();
        bool ok1 = false, ok2 = false, ok3 = false;
        row.change = number(r.value(QStringLiteral("change")), &ok1);
        row.balanceBefore = number(r.value(QStringLiteral("balance_before")), &ok2);
        row.balanceAfter = number(r.value(QStringLiteral("balance_after")), &ok3);
        if (!ok1 || !ok2 || !ok3)
            return std::nullopt;
        const auto reason = fromWireWord<AdjustmentReason>(r.value(QStringLiteral("reason")).toString());
        row.reason = reason.value_or(AdjustmentReason::Other);
        for (const QJsonValue &p : r.value(QStringLiteral("problems")).toArray())
            if (p.toInt() >= 0 && p.toInt() <= int(Problem::DuplicateRow))
                row.problems.append(static_cast<Problem>(p.toInt()));
        if (r.contains(QStringLiteral("customer"))) {
            const QJsonObject c = r.value(QStringLiteral("customer")).toObject();
            bool ok = false;
            row.customer = OrgSummary{c.value(QStringLiteral("id")).toString(), c.value(QStringLiteral("name")).toString(),
                c.value(QStringLiteral("email")).toString(), number(c.value(QStringLiteral("balance")), &ok),
                c.value(QStringLiteral("balance_known")).toBool()};
            if (!ok)
                return std::nullopt;
        }
        if (row.ok()) {
            if (__builtin_add_overflow(b.preview.totalChange, row.change, &b.preview.totalChange))
                return std::nullopt;
        } else
            ++b.preview.problemRows;
        b.preview.rows.append(row);
    }
    return b;
}

} // namespace bc::creditbatch
