#pragma once

#include "models/money.h"

#include <QByteArray>
#include <QCborArray>
#include <QCborMap>
#include <QCborValue>
#include <QDateTime>
#include <QHash>
#include <QJsonDocument>
#include <QJsonValue>
#include <QString>

#include <functional>
#include <initializer_list>
#include <optional>
#include <string_view>
#include <utility>
#include <vector>

class QIODevice;

// JSON as billing servers send it, read without ever passing a number through a binary float:
// the document is parsed with simdjson into a QCborValue tree in which an integer that fits
// 64 bits is an integer and every other number (9.99, 1e3, a 30-digit integer) keeps its own
// text. Money is then read from that text exactly (Money::parse refuses an exponent, more
// decimals than the currency has, or an overflow, with a message naming the field).
//
// Fields are found leniently, as servers written from the same document differ: "planId",
// "plan_id" and "PlanID" are the same field, a null is an absent one, and a list may come bare or
// inside {"data": …}, {"items": …}, {"results": …} or an envelope {"success", "data"}.
namespace bc::wire {

// Spare bytes a parse reads past the end of the text. A QByteArray with this much capacity to spare
// is parsed in place; any other is copied first (a 10,000-row page: 1.5 MB).
inline constexpr qsizetype kParsePadding = 64;
// All that `device` has to read, with kParsePadding zeroed bytes allocated past its end: the
// transport reads answers with it, so list pages are parsed without a copy.
QByteArray readPadded(QIODevice *device);

// Parses `json`; nullopt (and *error) when it is not JSON.
std::optional<QCborValue> parse(const QByteArray &json, QString *error);

// The text of a number (an integer's digits, or the original token), or of a string; empty else.
QString numberText(const QCborValue &value);
bool isNumber(const QCborValue &value);

using bc::AmountConvention; // models/money.h

class Object
{
public:
    Object() = default;
    explicit Object(const QCborValue &value);
    bool isValid() const { return m_valid; }
    bool isEmpty() const { return m_fields.empty(); }

    // The first of `names` that is present and not null (names match ignoring case and '_').
    QCborValue field(std::initializer_list<const char *> names) const;
    bool has(std::initializer_list<const char *> names) const { return !field(names).isUndefined(); }
    QString text(std::initializer_list<const char *> names) const; // a string, or a number's text
    std::optional<qint64> integer(std::initializer_list<const char *> names) const; // whole numbers only
    std::optional<bool> flag(std::initializer_list<const char *> names) const;
    // ISO 8601 text, or Unix seconds (or milliseconds, when it is that large) as a number.
    QDateTime time(std::initializer_list<const char *> names) const;
    Object object(std::initializer_list<const char *> names) const;
    QCborArray list(std::initializer_list<const char *> names) const;
    // Money from a string in major units or a number in the convention's units; the currency is
    // the object's own "currency" (or currency_code) when it has one. nullopt with *error naming
    // the field when the value cannot be exact; an absent field is nullopt with no error.
    std::optional<Money> money(
        std::initializer_list<const char *> names, const AmountConvention &convention, QString *error) const;
    QString currency(const AmountConvention &convention) const;

private:
    // By normalised name, in the document's order: an object has a few dozen fields at most, so a
    // scan that builds no string beats a hash that needs one per lookup.
    std::vector<std::pair<QString, QCborValue>> m_fields;
    bool m_valid = false;
};

// One object of a list answer read straight from the JSON text by forEachRow: each field keeps its
// own text (a string unescaped, a number's token, a nested object or list as its JSON), and
// nothing is built until a field is asked for. The same accessors and the same rules as Object
// (the code behind them is shared), so one mapping per resource reads either (api/jsonmappers.h).
// Valid only inside forEachRow's callback: the text belongs to the parser.
class Row
{
public:
    enum class Kind : quint8 { String, Number, Bool, Nested };
    struct Field
    {
        std::string_view key;
        std::string_view value;
        Kind kind;
    };

    bool isValid() const { return m_valid; }
    bool has(std::initializer_list<const char *> names) const { return find(names) != nullptr; }
    QString text(std::initializer_list<const char *> names) const;
    // A string's UTF-8 bytes (or a number's token) without a copy: valid as long as the row.
    QByteArray utf8(std::initializer_list<const char *> names) const;
    std::optional<qint64> integer(std::initializer_list<const char *> names) const;
    std::optional<bool> flag(std::initializer_list<const char *> names) const;
    QDateTime time(std::initializer_list<const char *> names) const;
    Object object(std::initializer_list<const char *> names) const; // parsed when asked for
    QCborArray list(std::initializer_list<const char *> names) const;
    std::optional<Money> money(
        std::initializer_list<const char *> names, const AmountConvention &convention, QString *error) const;
    QString currency(const AmountConvention &convention) const;

    void reset(bool valid)
    {
        m_fields.clear();
        m_valid = valid;
    }
    void add(const Field &field) { m_fields.push_back(field); }

private:
    const Field *find(std::initializer_list<const char *> names) const;
    QCborValue nested(std::initializer_list<const char *> names) const; // an object or list, parsed
    std::vector<Field> m_fields;
    bool m_valid = false;
};

// Walks a list answer once, on demand, without building a tree: the list is found by listIn's
// rule (the root, or under `names`, data, items, results or list, also inside {"data": {…}}), and
// each element is handed to `row` with its position; `row` returns false (and fills *error) to
// refuse it, which ends the walk. The root's own plain fields (a next cursor, has_more) land in
// *envelope when given; *hadList says whether there was a list at all. A null `row` reads the
// envelope alone and skips the rows (a page's next cursor before its rows are decoded). False
// with *error when the text is not JSON or a row was refused; an answer with no list is an empty
// one, as for listIn.
using RowFn = std::function<bool(const Row &row, qsizetype index, QString *error)>;
bool forEachRow(const QByteArray &json, std::initializer_list<const char *> names, const RowFn &row, Object *envelope,
    QString *error, bool *hadList = nullptr);

// The list in an answer: the root itself, or the first list among the usual envelope fields
// (data, items, results, and the names given), looking inside a {"data": {…}} object too.
QCborArray listIn(const QCborValue &root, std::initializer_list<const char *> names = {});
// The object in an answer: the root, or the one in "data" (an envelope) or under one of `names`.
Object objectIn(const QCborValue &root, std::initializer_list<const char *> names = {});

// Money as a JSON number's text, for request bodies of families whose documents show numbers:
// minor units as an integer, major units as a decimal ("9.99").
QString moneyNumberText(const Money &money, AmountConvention::Units units);
// A number for a QJsonObject request body that must be written from its text, not from a double;
// toJson() writes it as a bare JSON number. Every request body is written by toJson().
QJsonValue numberValue(const QString &text);
QByteArray toJson(const QJsonDocument &document);

} // namespace bc::wire
