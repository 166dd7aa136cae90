#include "providerreports.h"

#include "listing.h"

#include "models/csv.h"
#include "models/money.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QTimeZone>

namespace bc::sandbox {

namespace {

enum Column { IdColumn, CreatedColumn, ProviderIdColumn, AmountColumn, CurrencyColumn, StatusColumn, OrderColumn };

const QString &reportSelect()
{
    static const QString select = QStringLiteral(
        "SELECT p.id, p.created_at, p.provider_payment_id, p.amount_minor, p.currency, p.status,"
        " p.provider_order_id FROM payments p");
    return select;
}

// The provider's fee: Razorpay 2 % plus 18 % GST on it, Stripe 2.9 % + 30 minor units. Exact,
// rounded half up, in 128 bits so no amount the table holds can overflow it.
qint64 percentOf(qint64 amount, qint64 perMille)
{
    return qint64((__int128(amount) * perMille + 500) / 1000);
}

struct Line
{
    QString paymentId;
    QString orderId;
    qint64 amount = 0;
    QString currency;
    qint64 created = 0;
    qint64 settled = 0;
    bool refunded = false;
};

QString utc(qint64 secs)
{
    return QDateTime::fromSecsSinceEpoch(secs, QTimeZone::utc()).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

void appendRazorpay(QByteArray &out, const Line &l)
{
    const qint64 fee = percentOf(l.amount, 20);
    const qint64 tax = percentOf(fee, 180);
    const QString settlement = QStringLiteral("setl_") + QDateTime::fromSecsSinceEpoch(l.settled, QTimeZone::utc())
                                                           .toString(QStringLiteral("yyyyMMdd"));
    out += csv::row({l.paymentId, QStringLiteral("payment"), QStringLiteral("0"),
        QString::number(l.amount - fee - tax), QString::number(l.amount), l.currency, QString::number(fee + tax),
        QString::number(tax), QStringLiteral("0"), QStringLiteral("1"), QString::number(l.created),
        QString::number(l.settled), settlement, QString(), QString(), l.orderId});
    if (l.refunded)
        out += csv::row({QStringLiteral("rfnd_") + l.paymentId.mid(4), QStringLiteral("refund"),
            QString::number(l.amount), QStringLiteral("0"), QString::number(l.amount), l.currency, QStringLiteral("0"),
            QStringLiteral("0"), QStringLiteral("0"), QStringLiteral("1"), QString::number(l.created + 3600),
            QString::number(l.settled), settlement, QStringLiteral("Refund"), l.paymentId, l.orderId});
}

QByteArray razorpayHeader()
{
    return csv::row({QStringLiteral("entity_id"), QStringLiteral("type"), QStringLiteral("debit"),
        QStringLiteral("credit"), QStringLiteral("amount"), QStringLiteral("currency"), QStringLiteral("fee"),
        QStringLiteral("tax"), QStringLiteral("on_hold"), QStringLiteral("settled"), QStringLiteral("created_at"),
        QStringLiteral("settled_at"), QStringLiteral("settlement_id"), QStringLiteral("description"),
        QStringLiteral("payment_id"), QStringLiteral("order_id")});
}

void appendStripe(QByteArray &out, const Line &l)
{
    const qint64 fee = percentOf(l.amount, 29) + 30;
    const auto m = [&l](qint64 v) { return Money::fromMinor(v, l.currency).toWireString(); };
    const QString payout = QStringLiteral("po_") + QDateTime::fromSecsSinceEpoch(l.settled, QTimeZone::utc())
                                                      .toString(QStringLiteral("yyyyMMdd"));
    const QString charge = QStringLiteral("ch_") + l.paymentId.section(u'_', 1);
    out += csv::row({QStringLiteral("txn_") + l.paymentId.section(u'_', 1), utc(l.created), utc(l.settled),
        l.currency.toLower(), m(l.amount), m(fee), m(l.amount - fee), QStringLiteral("charge"), charge, QString(),
        payout, l.paymentId, charge, utc(l.created)});
    if (l.refunded)
        out += csv::row({QStringLiteral("txn_r") + l.paymentId.section(u'_', 1), utc(l.created + 3600),
            utc(l.settled), l.currency.toLower(), m(-l.amount), m(0), m(-l.amount), QStringLiteral("refund"),
            QStringLiteral("re_") + l.paymentId.section(u'_', 1), QStringLiteral("REFUND FOR CHARGE"), payout,
            l.paymentId, charge, utc(l.created)});
}

QByteArray stripeHeader()
{
    return csv::row({QStringLiteral("balance_transaction_id"), QStringLiteral("created_utc"),
        QStringLiteral("available_on_utc"), QStringLiteral("currency"), QStringLiteral("gross"), QStringLiteral("fee"),
        QStringLiteral("net"), QStringLiteral("reporting_category"), QStringLiteral("source_id"),
        QStringLiteral("description"), QStringLiteral("automatic_payout_id"), QStringLiteral("payment_intent_id"),
        QStringLiteral("charge_id"), QStringLiteral("charge_created_utc")});
}

} // namespace

void ProviderReports::registerRoutes(Router &router)
{
    route(router, "GET", QStringLiteral("/sim/razorpay/reports/settlements"), &ProviderReports::razorpay,
        RouteKind::Simulator);
    route(router, "GET", QStringLiteral("/sim/stripe/reports/balance-change"), &ProviderReports::stripe,
        RouteKind::Simulator);
}

HttpResponse ProviderReports::razorpay(const HttpRequest &request)
{
    return report(request, false);
}

HttpResponse ProviderReports::stripe(const HttpRequest &request)
{
    return report(request, true);
}

HttpResponse ProviderReports::report(const HttpRequest &req, bool stripe)
{
    std::optional<qint64> from, to;
    if (auto bad = readDateRange(req, &from, &to))
        return *bad;
    QStringList inject = req.queryValue(QStringLiteral("inject")).split(u',', Qt::SkipEmptyParts);
    static const QStringList kinds{QStringLiteral("missing"), QStringLiteral("amount"), QStringLiteral("currency"),
        QStringLiteral("outside"), QStringLiteral("twice"), QStringLiteral("refund"), QStringLiteral("status"),
        QStringLiteral("unknown")};
    if (inject.contains(QStringLiteral("all")))
        inject = kinds;
    for (const QString &k : inject)
        if (!kinds.contains(k))
            return HttpResponse::error(400, QStringLiteral("invalid_inject"),
                QStringLiteral("inject “%1” is not one of %2 (or all).").arg(k, kinds.join(QStringLiteral(", "))),
                QStringLiteral("inject"));
    Filter f;
    f.add(QStringLiteral("p.provider = ?"), {stripe ? QStringLiteral("stripe") : QStringLiteral("razorpay")});
    if (to)
        f.add(QStringLiteral("p.created_at <= ?"), {*to});
    // The payments the discrepancies go to: the range's first captured ones, and its first failed.
    QHash<QString, QString> injected; // payment id -> kind
    QStringList listed;
    const auto pick = [&](const QString &status, const QStringList &wanted) {
        Filter g = f;
        g.add(QStringLiteral("p.status = ?"), {status});
        if (from)
            g.add(QStringLiteral("p.created_at >= ?"), {*from});
        QVariantList binds = g.binds;
        binds << qint64(wanted.size());
        QSqlQuery q = ctx.db.exec(reportSelect() + g.where() + QStringLiteral(" ORDER BY p.created_at, p.id LIMIT ?"),
            binds);
        for (const QString &kind : wanted) {
            if (!q.next())
                break;
            if (inject.contains(kind)) {
                injected.insert(q.value(IdColumn).toString(), kind);
                listed << kind + u'=' + q.value(ProviderIdColumn).toString();
            }
        }
    };
    pick(QStringLiteral("captured"), kinds.mid(0, 6));
    pick(QStringLiteral("failed"), {QStringLiteral("status")});

    const qint64 rangeEnd = to ? *to : std::numeric_limits<qint64>::max();
    const auto settle = [rangeEnd](qint64 created) { return std::min(created + 2 * 86400, rangeEnd); };
    const auto append = [stripe](QByteArray &out, const Line &l) { stripe ? appendStripe(out, l) : appendRazorpay(out, l); };
    QByteArray header = stripe ? stripeHeader() : razorpayHeader();
    if (inject.contains(QStringLiteral("unknown"))) {
        Line l;
        l.paymentId = stripe ? QStringLiteral("pi_SIMUNKNOWN0001") : QStringLiteral("pay_SIMUNKNOWN0001");
        l.orderId = QStringLiteral("order_SIMUNKNOWN0001");
        l.amount = 123456;
        l.currency = QStringLiteral("INR");
        l.created = from ? *from + 12 * 3600 : QDateTime::currentSecsSinceEpoch() - 86400;
        l.settled = settle(l.created);
        append(header, l);
        listed << QStringLiteral("unknown=") + l.paymentId;
    }
    HttpResponse r;
    r.contentType = "text/csv; charset=utf-8";
    r.stream = streamRowsInOrder(&ctx.db, reportSelect(), f, from, header,
        [injected, append, settle, rangeEnd](QByteArray &out, const RowView &q) {
            const QString status = QString::fromUtf8(q.text(StatusColumn));
            const QString kind = injected.value(QString::fromUtf8(q.text(IdColumn)));
            if (kind.isEmpty() && status != QLatin1String("captured") && status != QLatin1String("refunded"))
                return; // failed and unfinished payments settle nothing
            if (kind == QLatin1String("missing"))
                return;
            Line l;
            l.paymentId = QString::fromUtf8(q.text(ProviderIdColumn));
            l.orderId = QString::fromUtf8(q.text(OrderColumn));
            l.amount = q.integer(AmountColumn);
            l.currency = QString::fromUtf8(q.text(CurrencyColumn));
            l.created = q.integer(CreatedColumn);
            l.settled = settle(l.created);
            l.refunded = status == QLatin1String("refunded") || kind == QLatin1String("refund");
            if (kind == QLatin1String("amount"))
                l.amount += 100;
            else if (kind == QLatin1String("currency"))
                l.currency = l.currency == QLatin1String("INR") ? QStringLiteral("USD") : QStringLiteral("INR");
            else if (kind == QLatin1String("outside") && rangeEnd != std::numeric_limits<qint64>::max())
                l.settled = rangeEnd + 5 * 86400;
            append(out, l);
            if (kind == QLatin1String("twice"))
                append(out, l);
        },
        CreatedColumn, IdColumn);
    r.withHeader("X-Sim-Injected", listed.join(u',').toLatin1());
    r.withHeader("Content-Disposition",
        QByteArray("attachment; filename=\"") + (stripe ? "stripe-balance-change" : "razorpay-settlements")
            + ".csv\"");
    return r;
}

} // namespace bc::sandbox
