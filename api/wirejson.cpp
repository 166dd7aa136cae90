#include "wirejson.h"

#include <QRegularExpression>

#include <simdjson.h>

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

QCborValue fromNumberToken(std::string_view token)
{
    const QString text = QString::fromLatin1(token.data(), qsizetype(token.size()));
    if (text.indexOf(u'.') < 0 && text.indexOf(u'e') < 0 && text.indexOf(u'E') < 0) {
        bool ok = false;
        const qint64 v = text.toLongLong(&ok);
        if (ok)
            return QCborValue(v);
    }
    return QCborValue(kNumberText, text);
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
        static const QRegularExpression grammar(QStringLiteral("^-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?$"));
        if (!grammar.match(QLatin1String(token.data(), qsizetype(token.size()))).hasMatch())
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

} // namespace

std::optional<QCborValue> parse(const QByteArray &json, QString *error)
{
    // A scalar document is wrapped so that the walk always starts from a value.
    const simdjson::padded_string padded(json.constData(), std::size_t(json.size()));
    simdjson::ondemand::parser parser;
    simdjson::ondemand::document doc;
    auto fail = [&](simdjson::error_code e) -> std::optional<QCborValue> {
        if (error)
            *error = QString::fromLatin1(simdjson::error_message(e));
        return std::nullopt;
    };
    if (auto e = parser.iterate(padded).get(doc))
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
    for (auto it = map.cbegin(); it != map.cend(); ++it) {
        const QString key = normalised(it.key().toString());
        if (!m_fields.contains(key) && !it.value().isNull() && !it.value().isUndefined())
            m_fields.insert(key, it.value());
    }
}

QCborValue Object::field(std::initializer_list<const char *> names) const
{
    for (const char *name : names) {
        const auto it = m_fields.constFind(normalised(QString::fromLatin1(name)));
        if (it != m_fields.cend())
            return it.value();
    }
    return QCborValue(QCborValue::Undefined);
}

QString Object::text(std::initializer_list<const char *> names) const
{
    const QCborValue v = field(names);
    if (v.isString())
        return v.toString();
    return isNumber(v) ? numberText(v) : QString();
}

std::optional<qint64> Object::integer(std::initializer_list<const char *> names) const
{
    const QCborValue v = field(names);
    if (v.isInteger())
        return v.toInteger();
    if (v.isString()) {
        bool ok = false;
        const qint64 n = v.toString().toLongLong(&ok);
        if (ok)
            return n;
    }
    return std::nullopt;
}

std::optional<bool> Object::flag(std::initializer_list<const char *> names) const
{
    const QCborValue v = field(names);
    if (v.isBool())
        return v.toBool();
    if (v.isInteger())
        return v.toInteger() != 0;
    if (v.isString()) {
        const QString s = v.toString().toLower();
        if (s == QLatin1String("true") || s == QLatin1String("yes") || s == QLatin1String("1"))
            return true;
        if (s == QLatin1String("false") || s == QLatin1String("no") || s == QLatin1String("0"))
            return false;
    }
    return std::nullopt;
}

QDateTime Object::time(std::initializer_list<const char *> names) const
{
    const QCborValue v = field(names);
    if (v.isString()) {
        QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
        if (!t.isValid())
            t = QDateTime::fromString(v.toString(), Qt::ISODate);
        if (!t.isValid()) // a bare date
            t = QDateTime(QDate::fromString(v.toString(), Qt::ISODate), QTime(0, 0), Qt::UTC);
        return t;
    }
    if (v.isInteger()) {
        const qint64 n = v.toInteger();
        // Unix seconds until the year 5138; beyond that it can only be milliseconds.
        return n > 100'000'000'000LL ? QDateTime::fromMSecsSinceEpoch(n, Qt::UTC)
                                     : QDateTime::fromSecsSinceEpoch(n, Qt::UTC);
    }
    return {};
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
    const QString own = text({"currency", "currency_code", "currencyCode"}).toUpper();
    return own.isEmpty() ? convention.currency : own;
}

std::optional<Money> Object::money(
    std::initializer_list<const char *> names, const AmountConvention &convention, QString *error) const
{
    const QCborValue v = field(names);
    if (v.isUndefined())
        return std::nullopt;
    const QString name = QLatin1String(*names.begin());
    const QString code = currency(convention);
    auto refuse = [&](const QString &why) -> std::optional<Money> {
        if (error)
            *error = QStringLiteral("%1: %2").arg(name, why);
        return std::nullopt;
    };
    if (code.isEmpty())
        return refuse(QStringLiteral("no currency for this amount (set one in the connection)"));
    MoneyParseError e = MoneyParseError::None;
    if (v.isString()) {
        const Money m = Money::parse(v.toString(), code, &e);
        return m.isValid() ? std::optional(m) : refuse(Money::parseErrorMessage(e, v.toString(), code));
    }
    if (!isNumber(v))
        return refuse(QStringLiteral("not an amount"));
    const QString text = numberText(v);
    if (convention.units == AmountConvention::Units::Minor) {
        if (!v.isInteger())
            return refuse(QStringLiteral("“%1” is not a whole number of minor units").arg(text));
        const Money m = Money::fromMinor(v.toInteger(), code);
        return m.isValid() ? std::optional(m)
                           : refuse(Money::parseErrorMessage(MoneyParseError::UnknownCurrency, text, code));
    }
    const Money m = Money::parse(text, code, &e);
    return m.isValid() ? std::optional(m) : refuse(Money::parseErrorMessage(e, text, code));
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

} // namespace bc::wire
