#include "wirejson.h"

#include <QIODevice>
#include <QRegularExpression>

#include <algorithm>
#include <charconv>
#include <simdjson.h>
#include <string>
#include <type_traits>

namespace bc::wire {

namespace {

// A number that is not a 64-bit integer, kept as its JSON text (a private CBOR tag).
constexpr QCborTag kNumberText = QCborTag(0x42430001);
// Marks a number inside a QJsonObject body until toJson() writes it bare.
constexpr char16_t kNumberMark = u'\u0001';

QString normalised(QStringView name)
{
    QString out;
    out.reserve(name.size());
    for (QChar c : name)
        if (c != u'_' && c != u'-')
            out += c.toLower();
    return out;
}

// JSON's number grammar: -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?
bool isJsonNumber(std::string_view t)
{
    std::size_t i = 0;
    const auto digits = [&] {
        const std::size_t start = i;
        while (i < t.size() && t[i] >= '0' && t[i] <= '9')
            ++i;
        return i > start;
    };
    if (i < t.size() && t[i] == '-')
        ++i;
    if (i < t.size() && t[i] == '0')
        ++i;
    else if (!(i < t.size() && t[i] >= '1' && t[i] <= '9') || !digits())
        return false;
    if (i < t.size() && t[i] == '.') {
        ++i;
        if (!digits())
            return false;
    }
    if (i < t.size() && (t[i] == 'e' || t[i] == 'E')) {
        ++i;
        if (i < t.size() && (t[i] == '+' || t[i] == '-'))
            ++i;
        if (!digits())
            return false;
    }
    return i == t.size();
}

QCborValue fromNumberToken(std::string_view token)
{
    if (token.find_first_of(".eE") == std::string_view::npos) {
        qint64 v = 0;
        const auto [end, error] = std::from_chars(token.data(), token.data() + token.size(), v);
        if (error == std::errc() && end == token.data() + token.size())
            return QCborValue(v);
    }
    return QCborValue(kNumberText, QString::fromLatin1(token.data(), qsizetype(token.size())));
}

// Whether a normalised key (lower case, no '_' or '-') is `name` read the same way, without
// building a string for the name.
bool sameName(QStringView key, const char *name)
{
    qsizetype k = 0;
    for (const char *c = name; *c; ++c) {
        if (*c == '_' || *c == '-')
            continue;
        const char lower = (*c >= 'A' && *c <= 'Z') ? char(*c - 'A' + 'a') : *c;
        if (k >= key.size() || key[k] != QLatin1Char(lower))
            return false;
        ++k;
    }
    return k == key.size();
}

// Walks an on-demand value into a QCborValue; depth is bounded by simdjson's own limit.
simdjson::error_code convert(simdjson::ondemand::value value, QCborValue *out)
{
    simdjson::ondemand::json_type type;
    if (auto e = value.type().get(type))
        return e;
    switch (type) {
    case simdjson::ondemand::json_type::object: {
        simdjson::ondemand::object object;
        if (auto e = value.get_object().get(object))
            return e;
        QCborMap map;
        for (auto field : object) {
            std::string_view key;
            if (auto e = field.unescaped_key().get(key))
                return e;
            QCborValue child;
            if (auto e = convert(field.value(), &child))
                return e;
            map.insert(QString::fromUtf8(key.data(), qsizetype(key.size())), child);
        }
        *out = map;
        return simdjson::SUCCESS;
    }
    case simdjson::ondemand::json_type::array: {
        simdjson::ondemand::array array;
        if (auto e = value.get_array().get(array))
            return e;
        QCborArray list;
        for (auto element : array) {
            simdjson::ondemand::value v;
            if (auto e = element.get(v))
                return e;
            QCborValue child;
            if (auto e = convert(v, &child))
                return e;
            list.append(child);
        }
        *out = list;
        return simdjson::SUCCESS;
    }
    case simdjson::ondemand::json_type::number: {
        // The token's own text, checked against JSON's number grammar, never converted to a double.
        std::string_view token = value.raw_json_token();
        while (!token.empty()
            && (token.back() == ' ' || token.back() == '\n' || token.back() == '\r' || token.back() == '\t'))
            token.remove_suffix(1);
        if (!isJsonNumber(token))
            return simdjson::NUMBER_ERROR;
        *out = fromNumberToken(token);
        return simdjson::SUCCESS;
    }
    case simdjson::ondemand::json_type::string: {
        std::string_view s;
        if (auto e = value.get_string().get(s))
            return e;
        *out = QString::fromUtf8(s.data(), qsizetype(s.size()));
        return simdjson::SUCCESS;
    }
    case simdjson::ondemand::json_type::boolean: {
        bool b = false;
        if (auto e = value.get_bool().get(b))
            return e;
        *out = b;
        return simdjson::SUCCESS;
    }
    case simdjson::ondemand::json_type::null:
        if (!value.is_null())
            return simdjson::N_ATOM_ERROR;
        *out = QCborValue(QCborValue::Null);
        return simdjson::SUCCESS;
    }
    return simdjson::INCORRECT_TYPE;
}

// The text as simdjson reads it: in place when the buffer has kParsePadding spare bytes past its
// end (a body read by readPadded, or any array grown with room to spare), else a padded copy.
class PaddedText
{
public:
    explicit PaddedText(const QByteArray &json)
    {
        if (json.capacity() - json.size() >= kParsePadding) {
            m_view = simdjson::padded_string_view(json.constData(), std::size_t(json.size()), std::size_t(json.capacity()));
        } else {
            m_copy = simdjson::padded_string(json.constData(), std::size_t(json.size()));
            m_view = m_copy;
        }
    }
    simdjson::padded_string_view view() const { return m_view; }

private:
    simdjson::padded_string m_copy;
    simdjson::padded_string_view m_view;
};
static_assert(kParsePadding >= qsizetype(simdjson::SIMDJSON_PADDING));

} // namespace

QByteArray readPadded(QIODevice *device)
{
    QByteArray out;
    for (qint64 available = device->bytesAvailable(); available > 0; available = device->bytesAvailable()) {
        const qsizetype at = out.size();
        out.resize(at + qsizetype(available) + kParsePadding);
        const qint64 got = device->read(out.data() + at, available);
        // A shorter resize keeps the allocation, so the padding stays; it is zeroed below.
        out.resize(at + qsizetype(std::max<qint64>(got, 0)));
        if (got <= 0)
            break;
    }
    if (out.capacity() - out.size() >= kParsePadding)
        std::fill_n(out.data() + out.size(), kParsePadding, '\0');
    return out;
}

std::optional<QCborValue> parse(const QByteArray &json, QString *error)
{
    // A scalar document is wrapped so that the walk always starts from a value.
    const PaddedText padded(json);
    simdjson::ondemand::parser parser;
    simdjson::ondemand::document doc;
    auto fail = [&](simdjson::error_code e) -> std::optional<QCborValue> {
        if (error)
            *error = QString::fromLatin1(simdjson::error_message(e));
        return std::nullopt;
    };
    if (auto e = parser.iterate(padded.view()).get(doc))
        return fail(e);
    bool scalar = false;
    if (auto e = doc.is_scalar().get(scalar))
        return fail(e);
    QCborValue out;
    if (scalar) {
        // Rare (a bare number or string as a whole answer): parse it as the one element of a list.
        const QByteArray wrapped = '[' + json + ']';
        std::optional<QCborValue> list = parse(wrapped, error);
        if (!list)
            return std::nullopt;
        return list->toArray().at(0);
    }
    simdjson::ondemand::value root;
    if (auto e = doc.get_value().get(root))
        return fail(e);
    if (auto e = convert(root, &out))
        return fail(e);
    return out;
}

bool isNumber(const QCborValue &value)
{
    return value.isInteger() || (value.isTag() && value.tag() == kNumberText);
}

QString numberText(const QCborValue &value)
{
    if (value.isInteger())
        return QString::number(value.toInteger());
    if (value.isTag() && value.tag() == kNumberText)
        return value.taggedValue().toString();
    if (value.isString())
        return value.toString();
    return {};
}

Object::Object(const QCborValue &value) : m_valid(value.isMap())
{
    const QCborMap map = value.toMap();
    m_fields.reserve(std::size_t(map.size()));
    for (auto it = map.cbegin(); it != map.cend(); ++it) {
        if (it.value().isNull() || it.value().isUndefined())
            continue;
        QString key = normalised(it.key().toString());
        const bool seen =
            std::any_of(m_fields.cbegin(), m_fields.cend(), [&key](const auto &f) { return f.first == key; });
        if (!seen)
            m_fields.emplace_back(std::move(key), it.value());
    }
}

QCborValue Object::field(std::initializer_list<const char *> names) const
{
    for (const char *name : names)
        for (const auto &[key, value] : m_fields)
            if (sameName(key, name))
                return value;
    return QCborValue(QCborValue::Undefined);
}

namespace {

// The common shape of a server's timestamp, "2026-11-21T10:15:00Z" (with milliseconds or an
// offset "+05:30" too), read without QDateTime::fromString's general parser; anything else: invalid.
template<typename Text>
QDateTime isoTimestamp(const Text &s)
{
    const auto at = [&s](qsizetype i) -> char16_t {
        if constexpr (std::is_same_v<std::decay_t<decltype(s[i])>, QChar>)
            return s[i].unicode();
        else
            return char16_t(uchar(s[i]));
    };
    const auto number = [&](qsizetype from, int length, int *out) {
        int n = 0;
        for (qsizetype i = from; i < from + length; ++i) {
            if (i >= qsizetype(s.size()) || at(i) < u'0' || at(i) > u'9')
                return false;
            n = n * 10 + (at(i) - u'0');
        }
        *out = n;
        return true;
    };
    const qsizetype size = qsizetype(s.size());
    int y, mo, d, h, mi, sec;
    if (size < 20 || at(4) != u'-' || at(7) != u'-' || (at(10) != u'T' && at(10) != u't') || at(13) != u':'
        || at(16) != u':' || !number(0, 4, &y) || !number(5, 2, &mo) || !number(8, 2, &d) || !number(11, 2, &h)
        || !number(14, 2, &mi) || !number(17, 2, &sec))
        return {};
    qsizetype i = 19;
    int msec = 0;
    if (at(i) == u'.') {
        int digits = 0;
        for (++i; i < size && at(i) >= u'0' && at(i) <= u'9'; ++i, ++digits)
            if (digits < 3)
                msec = msec * 10 + (at(i) - u'0');
        if (digits == 0)
            return {};
        for (; digits < 3; ++digits)
            msec *= 10;
    }
    int offset = 0;
    if (i + 1 == size && (at(i) == u'Z' || at(i) == u'z')) {
        offset = 0;
    } else if (i + 6 == size && (at(i) == u'+' || at(i) == u'-') && at(i + 3) == u':') {
        int oh, om;
        if (!number(i + 1, 2, &oh) || !number(i + 4, 2, &om) || oh > 23 || om > 59)
            return {};
        offset = (oh * 60 + om) * 60 * (at(i) == u'-' ? -1 : 1);
    } else {
        return {};
    }
    static constexpr int kDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    if (mo < 1 || mo > 12 || d < 1 || d > kDays[mo - 1] || (mo == 2 && d == 29 && !leap) || h > 23 || mi > 59
        || sec > 59)
        return {};
    // Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil).
    const qint64 yy = y - (mo <= 2 ? 1 : 0);
    const qint64 era = yy / 400;
    const qint64 yoe = yy - era * 400;
    const qint64 doy = (153 * (mo + (mo > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const qint64 days = era * 146097 + yoe * 365 + yoe / 4 - yoe / 100 + doy - 719468;
    const qint64 seconds = days * 86400 + h * 3600 + mi * 60 + sec - offset;
    return QDateTime::fromMSecsSinceEpoch(seconds * 1000 + msec, Qt::UTC);
}

// One field's value as both readers see it: Object (from the parsed tree) and Row (from the
// JSON text). Every accessor below is written once, over this.
struct Scalar
{
    enum Kind { Absent, String, Integer, Number, Bool, Nested } kind = Absent;
    QString text; // a string, or a number's own token (Number)
    qint64 integer = 0;
    bool flag = false;
};

Scalar scalarOf(const QCborValue &v)
{
    Scalar s;
    if (v.isString()) {
        s.kind = Scalar::String;
        s.text = v.toString();
    } else if (v.isInteger()) {
        s.kind = Scalar::Integer;
        s.integer = v.toInteger();
    } else if (v.isTag() && v.tag() == kNumberText) {
        s.kind = Scalar::Number;
        s.text = v.taggedValue().toString();
    } else if (v.isBool()) {
        s.kind = Scalar::Bool;
        s.flag = v.toBool();
    } else if (!v.isUndefined() && !v.isNull()) {
        s.kind = Scalar::Nested;
    }
    return s;
}

QString textOf(const Scalar &s)
{
    switch (s.kind) {
    case Scalar::String:
    case Scalar::Number:
        return s.text;
    case Scalar::Integer:
        return QString::number(s.integer);
    default:
        return {};
    }
}

std::optional<qint64> integerOf(const Scalar &s)
{
    if (s.kind == Scalar::Integer)
        return s.integer;
    if (s.kind == Scalar::String) {
        bool ok = false;
        const qint64 n = s.text.toLongLong(&ok);
        if (ok)
            return n;
    }
    return std::nullopt;
}

std::optional<bool> flagOf(const Scalar &s)
{
    if (s.kind == Scalar::Bool)
        return s.flag;
    if (s.kind == Scalar::Integer)
        return s.integer != 0;
    if (s.kind == Scalar::String) {
        const QString t = s.text.toLower();
        if (t == QLatin1String("true") || t == QLatin1String("yes") || t == QLatin1String("1"))
            return true;
        if (t == QLatin1String("false") || t == QLatin1String("no") || t == QLatin1String("0"))
            return false;
    }
    return std::nullopt;
}

// ISO 8601 text, or Unix seconds (or milliseconds, when it is that large) as a number.
QDateTime timeOf(const Scalar &s)
{
    if (s.kind == Scalar::String) {
        if (QDateTime fast = isoTimestamp(QStringView(s.text)); fast.isValid())
            return fast;
        QDateTime t = QDateTime::fromString(s.text, Qt::ISODateWithMs);
        if (!t.isValid())
            t = QDateTime::fromString(s.text, Qt::ISODate);
        if (!t.isValid()) // a bare date
            t = QDateTime(QDate::fromString(s.text, Qt::ISODate), QTime(0, 0), Qt::UTC);
        return t;
    }
    if (s.kind == Scalar::Integer) {
        // Unix seconds until the year 5138; beyond that it can only be milliseconds.
        return s.integer > 100'000'000'000LL ? QDateTime::fromMSecsSinceEpoch(s.integer, Qt::UTC)
                                             : QDateTime::fromSecsSinceEpoch(s.integer, Qt::UTC);
    }
    return {};
}

// Money from a string in major units or a number in the convention's units, in `code`.
std::optional<Money> moneyOf(
    const Scalar &v, const char *name, const QString &code, const AmountConvention &convention, QString *error)
{
    if (v.kind == Scalar::Absent)
        return std::nullopt;
    auto refuse = [&](const QString &why) -> std::optional<Money> {
        if (error)
            *error = QStringLiteral("%1: %2").arg(QLatin1String(name), why);
        return std::nullopt;
    };
    if (code.isEmpty())
        return refuse(QStringLiteral("no currency for this amount (set one in the connection)"));
    MoneyParseError e = MoneyParseError::None;
    if (v.kind == Scalar::String) {
        const Money m = Money::parse(v.text, code, &e);
        return m.isValid() ? std::optional(m) : refuse(Money::parseErrorMessage(e, v.text, code));
    }
    if (v.kind != Scalar::Integer && v.kind != Scalar::Number)
        return refuse(QStringLiteral("not an amount"));
    const QString text = textOf(v);
    if (convention.units == AmountConvention::Units::Minor) {
        if (v.kind != Scalar::Integer)
            return refuse(QStringLiteral("“%1” is not a whole number of minor units").arg(text));
        const Money m = Money::fromMinor(v.integer, code);
        return m.isValid() ? std::optional(m)
                           : refuse(Money::parseErrorMessage(MoneyParseError::UnknownCurrency, text, code));
    }
    const Money m = Money::parse(text, code, &e);
    return m.isValid() ? std::optional(m) : refuse(Money::parseErrorMessage(e, text, code));
}

QString currencyOf(const QString &own, const AmountConvention &convention)
{
    return own.isEmpty() ? convention.currency : own.toUpper();
}

} // namespace

QString Object::text(std::initializer_list<const char *> names) const
{
    return textOf(scalarOf(field(names)));
}

std::optional<qint64> Object::integer(std::initializer_list<const char *> names) const
{
    return integerOf(scalarOf(field(names)));
}

std::optional<bool> Object::flag(std::initializer_list<const char *> names) const
{
    return flagOf(scalarOf(field(names)));
}

QDateTime Object::time(std::initializer_list<const char *> names) const
{
    return timeOf(scalarOf(field(names)));
}

Object Object::object(std::initializer_list<const char *> names) const
{
    return Object(field(names));
}

QCborArray Object::list(std::initializer_list<const char *> names) const
{
    return field(names).toArray();
}

QString Object::currency(const AmountConvention &convention) const
{
    return currencyOf(text({"currency", "currency_code", "currencyCode"}), convention);
}

std::optional<Money> Object::money(
    std::initializer_list<const char *> names, const AmountConvention &convention, QString *error) const
{
    return moneyOf(scalarOf(field(names)), *names.begin(), currency(convention), convention, error);
}

QCborArray listIn(const QCborValue &root, std::initializer_list<const char *> names)
{
    if (root.isArray())
        return root.toArray();
    const Object o(root);
    for (const char *name : names)
        if (const QCborValue v = o.field({name}); v.isArray())
            return v.toArray();
    for (const char *name : {"data", "items", "results", "list"}) {
        const QCborValue v = o.field({name});
        if (v.isArray())
            return v.toArray();
        if (v.isMap()) // {"data": {"items": […]}}
            return listIn(v, names);
    }
    return {};
}

Object objectIn(const QCborValue &root, std::initializer_list<const char *> names)
{
    const Object o(root);
    for (const char *name : names)
        if (const QCborValue v = o.field({name}); v.isMap())
            return Object(v);
    // An envelope ({"success", "data"}, or "data" beside no id of its own): look inside it.
    if (const QCborValue data = o.field({"data"}); data.isMap() && (o.has({"success"}) || !o.has({"id"})))
        return objectIn(data, names);
    return o;
}

QString moneyNumberText(const Money &money, AmountConvention::Units units)
{
    return units == AmountConvention::Units::Minor ? QString::number(money.minorUnits()) : money.toWireString();
}

QJsonValue numberValue(const QString &text)
{
    return QJsonValue(QString(QChar(kNumberMark)) + QStringLiteral("n:") + text);
}

QByteArray toJson(const QJsonDocument &document)
{
    QByteArray out = document.toJson(QJsonDocument::Compact);
    if (!out.contains("\\u0001n:"))
        return out;
    // "\u0001n:9.99" -> 9.99: the number exactly as its text, never through a double.
    static const QRegularExpression mark(QStringLiteral(R"re("\\u0001n:(-?[0-9]+(?:\.[0-9]+)?)")re"));
    return QString::fromUtf8(out).replace(mark, QStringLiteral("\\1")).toUtf8();
}

// --- Row: one object of a list answer, straight from the JSON text ---

namespace {

// sameRawName past its first test: `key` and `name` share their first letter, case aside.
bool spelledAlike(std::string_view key, const char *name)
{
    // As the document spells it, the usual case (compared without measuring `name` first).
    std::size_t same = 0;
    while (same < key.size() && name[same] && key[same] == name[same])
        ++same;
    if (same == key.size() && !name[same])
        return true;
    std::size_t k = 0;
    const auto next = [&key, &k]() -> int {
        while (k < key.size() && (key[k] == '_' || key[k] == '-'))
            ++k;
        if (k == key.size())
            return -1;
        const char c = key[k++];
        return (c >= 'A' && c <= 'Z') ? c - 'A' + 'a' : uchar(c);
    };
    for (const char *c = name; *c; ++c) {
        if (*c == '_' || *c == '-')
            continue;
        const int lower = (*c >= 'A' && *c <= 'Z') ? *c - 'A' + 'a' : uchar(*c);
        if (next() != lower)
            return false;
    }
    return next() == -1;
}

// Whether a key as the server wrote it is `name`, both read ignoring case, '_' and '-'.
// Differently spelt names still share their first letter, case aside: most keys end at that
// test, inlined where the fields are scanned.
inline bool sameRawName(std::string_view key, const char *name)
{
    if (key.empty() || ((key[0] | 0x20) != (name[0] | 0x20) && key[0] != '_' && name[0] != '_'))
        return false;
    return spelledAlike(key, name);
}

Scalar scalarOf(const Row::Field *f)
{
    Scalar s;
    if (!f)
        return s;
    switch (f->kind) {
    case Row::Kind::String:
        s.kind = Scalar::String;
        s.text = QString::fromUtf8(f->value.data(), qsizetype(f->value.size()));
        break;
    case Row::Kind::Number:
        // An integer token that fits 64 bits; from_chars stops short at a '.' or an exponent.
        if (const auto [end, e] = std::from_chars(f->value.data(), f->value.data() + f->value.size(), s.integer);
            e == std::errc() && end == f->value.data() + f->value.size()) {
            s.kind = Scalar::Integer;
            break;
        }
        s.kind = Scalar::Number;
        s.text = QString::fromLatin1(f->value.data(), qsizetype(f->value.size()));
        break;
    case Row::Kind::Bool:
        s.kind = Scalar::Bool;
        s.flag = f->value == "true";
        break;
    case Row::Kind::Nested:
        s.kind = Scalar::Nested;
        break;
    }
    return s;
}

std::string_view trimmed(std::string_view token)
{
    while (
        !token.empty() && (token.back() == ' ' || token.back() == '\n' || token.back() == '\r' || token.back() == '\t'))
        token.remove_suffix(1);
    return token;
}

// The JSON text of a nested object or array.
template<typename Container>
simdjson::error_code rawJson(simdjson::simdjson_result<Container> result, std::string_view *text)
{
    Container container;
    if (auto e = std::move(result).get(container))
        return e;
    return container.raw_json().get(*text);
}

// One field of a row: nulls are left out (absent, as in Object).
simdjson::error_code addField(std::string_view key, simdjson::ondemand::value value, Row *row)
{
    using simdjson::ondemand::json_type;
    json_type type;
    if (auto e = value.type().get(type))
        return e;
    std::string_view text;
    switch (type) {
    case json_type::string:
        if (auto e = value.get_string().get(text))
            return e;
        row->add({key, text, Row::Kind::String});
        return simdjson::SUCCESS;
    case json_type::number:
        text = trimmed(value.raw_json_token());
        if (!isJsonNumber(text))
            return simdjson::NUMBER_ERROR;
        row->add({key, text, Row::Kind::Number});
        return simdjson::SUCCESS;
    case json_type::boolean: {
        bool b = false;
        if (auto e = value.get_bool().get(b))
            return e;
        row->add({key, b ? std::string_view("true") : std::string_view("false"), Row::Kind::Bool});
        return simdjson::SUCCESS;
    }
    case json_type::null:
        return value.is_null() ? simdjson::SUCCESS : simdjson::N_ATOM_ERROR;
    case json_type::object:
    case json_type::array:
        // Kept as its JSON text; Row::object() and Row::list() parse it when asked.
        if (auto e = type == json_type::object ? rawJson(value.get_object(), &text) : rawJson(value.get_array(), &text))
            return e;
        row->add({key, text, Row::Kind::Nested});
        return simdjson::SUCCESS;
    }
    return simdjson::INCORRECT_TYPE;
}

// listIn's order: a list under one of `names` first, then data, items, results, list (a list,
// or an object to look inside). -1: not a candidate.
int listRank(std::string_view key, simdjson::ondemand::json_type type, std::initializer_list<const char *> names)
{
    using simdjson::ondemand::json_type;
    int rank = 0;
    for (const char *name : names) {
        if (type == json_type::array && sameRawName(key, name))
            return rank;
        ++rank;
    }
    for (const char *name : {"data", "items", "results", "list"}) {
        if ((type == json_type::array || type == json_type::object) && sameRawName(key, name))
            return rank;
        ++rank;
    }
    return -1;
}

} // namespace

const Row::Field *Row::find(std::initializer_list<const char *> names) const
{
    for (const char *name : names)
        for (const Field &f : m_fields)
            if (sameRawName(f.key, name))
                return &f;
    return nullptr;
}

QString Row::text(std::initializer_list<const char *> names) const
{
    return textOf(scalarOf(find(names)));
}

QByteArray Row::utf8(std::initializer_list<const char *> names) const
{
    const Field *f = find(names);
    if (!f || (f->kind != Kind::String && f->kind != Kind::Number))
        return {};
    return QByteArray::fromRawData(f->value.data(), qsizetype(f->value.size()));
}

std::optional<qint64> Row::integer(std::initializer_list<const char *> names) const
{
    return integerOf(scalarOf(find(names)));
}

std::optional<bool> Row::flag(std::initializer_list<const char *> names) const
{
    return flagOf(scalarOf(find(names)));
}

QDateTime Row::time(std::initializer_list<const char *> names) const
{
    const Field *f = find(names);
    if (f && f->kind == Kind::String)
        if (QDateTime fast = isoTimestamp(f->value); fast.isValid())
            return fast;
    return timeOf(scalarOf(f));
}

QCborValue Row::nested(std::initializer_list<const char *> names) const
{
    const Field *f = find(names);
    if (!f || f->kind != Kind::Nested)
        return {};
    const std::optional<QCborValue> v =
        parse(QByteArray::fromRawData(f->value.data(), qsizetype(f->value.size())), nullptr);
    return v.value_or(QCborValue());
}

Object Row::object(std::initializer_list<const char *> names) const
{
    return Object(nested(names));
}

QCborArray Row::list(std::initializer_list<const char *> names) const
{
    return nested(names).toArray();
}

std::optional<Money> Row::money(
    std::initializer_list<const char *> names, const AmountConvention &convention, QString *error) const
{
    return moneyOf(scalarOf(find(names)), *names.begin(), currency(convention), convention, error);
}

QString Row::currency(const AmountConvention &convention) const
{
    return currencyOf(text({"currency", "currency_code", "currencyCode"}), convention);
}

namespace {

// Each field of an on-demand object handed to f(key, value, &stop), in the text's order, until f
// fails or sets stop (the value stays usable only until the walk goes on).
template<typename F>
simdjson::error_code eachField(simdjson::ondemand::object object, F f)
{
    for (auto field : object) {
        std::string_view key;
        if (auto e = field.unescaped_key().get(key))
            return e;
        simdjson::ondemand::value value;
        if (auto e = field.value().get(value))
            return e;
        bool stop = false;
        if (auto e = f(key, value, &stop))
            return e;
        if (stop)
            break;
    }
    return simdjson::SUCCESS;
}

// One element of the list as a Row: an object's fields, or an invalid row for anything else.
simdjson::error_code readRow(simdjson::ondemand::value item, Row *row)
{
    using simdjson::ondemand::json_type;
    json_type type;
    if (auto e = item.type().get(type))
        return e;
    row->reset(type == json_type::object);
    if (type != json_type::object)
        return simdjson::SUCCESS;
    simdjson::ondemand::object object;
    if (auto e = item.get_object().get(object))
        return e;
    return eachField(object,
        [row](std::string_view key, simdjson::ondemand::value value, bool *) { return addField(key, value, row); });
}

} // namespace

bool forEachRow(const QByteArray &json, std::initializer_list<const char *> names, const RowFn &rowFn, Object *envelope,
    QString *error, bool *hadList)
{
    if (hadList)
        *hadList = false;
    using simdjson::ondemand::json_type;
    const PaddedText padded(json);
    simdjson::ondemand::parser parser;
    simdjson::ondemand::document doc;
    auto fail = [error](simdjson::error_code e) {
        if (error)
            *error = QString::fromLatin1(simdjson::error_message(e));
        return false;
    };
    if (auto e = parser.iterate(padded.view()).get(doc))
        return fail(e);
    bool scalar = false;
    if (auto e = doc.is_scalar().get(scalar))
        return fail(e);
    if (scalar) // a bare number or string holds no list
        return true;
    // The path to the list, one key a pass (the document is walked again from its start).
    std::vector<std::string> path;
    QCborMap plain; // the root's own plain fields
    const auto done = [&] {
        if (envelope)
            *envelope = Object(plain);
        return true;
    };
    for (int depth = 0; depth < 8; ++depth) {
        doc.rewind();
        simdjson::ondemand::value v;
        if (auto e = doc.get_value().get(v))
            return fail(e);
        for (const std::string &key : path) {
            simdjson::ondemand::object o;
            if (auto e = v.get_object().get(o))
                return fail(e);
            bool found = false;
            const auto walked = eachField(o, [&](std::string_view k, simdjson::ondemand::value value, bool *stop) {
                if (k != key)
                    return simdjson::SUCCESS;
                v = value;
                found = *stop = true;
                return simdjson::SUCCESS;
            });
            if (walked)
                return fail(walked);
            if (!found)
                return done();
        }
        json_type type;
        if (auto e = v.type().get(type))
            return fail(e);
        if (type == json_type::array) {
            if (!rowFn)
                return done();
            simdjson::ondemand::array list;
            if (auto e = v.get_array().get(list))
                return fail(e);
            if (hadList)
                *hadList = true;
            Row row;
            qsizetype index = 0;
            for (auto element : list) {
                simdjson::ondemand::value item;
                if (auto e = element.get(item))
                    return fail(e);
                if (auto e = readRow(item, &row))
                    return fail(e);
                if (!rowFn(row, index++, error))
                    return false;
            }
            return done();
        }
        if (type != json_type::object)
            return done();
        simdjson::ondemand::object o;
        if (auto e = v.get_object().get(o))
            return fail(e);
        int best = -1;
        std::string bestKey;
        const auto walked = eachField(o, [&](std::string_view key, simdjson::ondemand::value value, bool *) {
            json_type fieldType;
            if (auto e = value.type().get(fieldType))
                return e;
            const int rank = listRank(key, fieldType, names);
            if (rank >= 0 && (best < 0 || rank < best)) {
                best = rank;
                bestKey.assign(key);
            } else if (depth == 0 && envelope && fieldType != json_type::array && fieldType != json_type::object) {
                QCborValue plainValue;
                if (auto e = convert(value, &plainValue))
                    return e;
                plain.insert(QString::fromUtf8(key.data(), qsizetype(key.size())), plainValue);
            }
            return simdjson::SUCCESS;
        });
        if (walked)
            return fail(walked);
        if (best < 0 || !rowFn) // no list, or only the envelope was asked for
            return done();
        path.push_back(bestKey);
    }
    return done();
}

} // namespace bc::wire
