// api/ JSON mappers and the invoice JSON shape: strict about money, faithful round trips.
#include "api/jsonmappers.h"
#include "models/dates.h"
#include "models/figures.h"
#include "models/invoicejson.h"
#include "models/money.h"
#include "models/words.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

#include <limits>

using namespace bc;

class TestMappers : public QObject
{
    Q_OBJECT
private slots:
    void subscription();
    void subscriptionRejectsBadMoney_data();
    void subscriptionRejectsBadMoney();
    void subscriptionReadsOtherSpellings();
    void unknownStatusIsOther();
    void identity();
    void prorationPreview();
    void creditPlanNumbersInTheConnectionsUnits();
    void creditPlanWrittenAsNumbers();
    void platformChargeNumbers();
    void tierBothShapes();
    void redirects();
    void invoiceRoundTrip();
    void decimalQuantities();
    void oneDateStyleWithFourDigitYears();
    void datePresets();
    void moneyTotalsPerCurrency();
    void subscriptionFiguresPerCurrency();
    void invoiceRejects_data();
    void invoiceRejects();
};

// The object of a JSON text, read as the connectors read answers.
static wire::Object objectOf(const QByteArray &json)
{
    QString error;
    const std::optional<QCborValue> root = wire::parse(json, &error);
    if (!root)
        qFatal("test JSON does not parse: %s", qPrintable(error));
    return wire::objectIn(*root);
}

static const wire::AmountConvention kOrg{}; // strings in major units, currency from the answer

static QByteArray subscriptionJson(const QByteArray &key = {}, const QByteArray &value = {})
{
    QByteArray json = R"({"id":"sub_1","orgId":"org_1","orgName":"Acme","planId":"pro","planName":"Pro",
        "status":"past_due","billingCycle":"yearly","amount":"9990.00","currency":"INR",
        "currentPeriodStart":"2026-01-01T00:00:00Z","currentPeriodEnd":"2027-01-01T00:00:00Z",
        "cancelAtPeriodEnd":true,"cancelledAt":null})";
    if (!key.isEmpty()) { // the last of two equal keys is the one read
        json.chop(1);
        json += ",\"" + key + "\":" + value + "}";
    }
    return json;
}

void TestMappers::subscription()
{
    Subscription s;
    QString error;
    QVERIFY2(json::toSubscription(objectOf(subscriptionJson()), kOrg, &s, &error), qPrintable(error));
    QCOMPARE(s.id, QStringLiteral("sub_1"));
    QCOMPARE(s.status, SubscriptionStatus::PastDue);
    QCOMPARE(s.billingCycle, BillingCycle::Yearly);
    QCOMPARE(s.amount, Money::fromMinor(999000, QStringLiteral("INR")));
    QCOMPARE(s.currentPeriodEnd, QDateTime(QDate(2027, 1, 1), QTime(0, 0), Qt::UTC));
    QVERIFY(s.cancelAtPeriodEnd);
    QVERIFY(!s.cancelledAt.isValid());
}

void TestMappers::subscriptionRejectsBadMoney_data()
{
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QString>("errorPart");
    QTest::newRow("exponent string") << QByteArray("amount") << QByteArray(R"("9.99e2")") << "exponent";
    QTest::newRow("exponent number") << QByteArray("amount") << QByteArray("9.99e2") << "exponent";
    QTest::newRow("too precise string") << QByteArray("amount") << QByteArray(R"("999.001")") << "decimals";
    QTest::newRow("too precise number") << QByteArray("amount") << QByteArray("999.001") << "decimals";
    QTest::newRow("beyond 64 bits") << QByteArray("amount") << QByteArray("123456789012345678901234567890") << "amount";
    QTest::newRow("unknown currency") << QByteArray("currency") << QByteArray(R"("RUP")") << "ISO 4217";
    QTest::newRow("not an amount") << QByteArray("amount") << QByteArray("true") << "not an amount";
}

void TestMappers::subscriptionRejectsBadMoney()
{
    QFETCH(QByteArray, key);
    QFETCH(QByteArray, value);
    QFETCH(QString, errorPart);
    Subscription s;
    QString error;
    QVERIFY(!json::toSubscription(objectOf(subscriptionJson(key, value)), kOrg, &s, &error));
    QVERIFY2(error.contains(errorPart), qPrintable(error));
    QVERIFY2(error.contains(QString::fromLatin1(key)), qPrintable(error)); // the field is named
}

void TestMappers::subscriptionReadsOtherSpellings()
{
    // Another server written from the same document: snake case, a nested plan, an exact number
    // in major units, Unix seconds, and fields the console does not know.
    Subscription s;
    QString error;
    QVERIFY2(json::toSubscription(objectOf(R"({"subscription_id":"s9","org_id":"o9","status":"ACTIVE",
        "plan":{"id":"team","name":"Team","priceMonthly":"49.00"},"billing_cycle":"month","amount":49.5,
        "currency":"usd","current_period_end":1798761600,"extra":{"x":1}})"),
                 kOrg, &s, &error),
        qPrintable(error));
    QCOMPARE(s.id, QStringLiteral("s9"));
    QCOMPARE(s.planName, QStringLiteral("Team"));
    QCOMPARE(s.status, SubscriptionStatus::Active);
    QCOMPARE(s.billingCycle, BillingCycle::Monthly);
    QCOMPARE(s.amount, Money::fromMinor(4950, QStringLiteral("USD")));
    QCOMPARE(s.currentPeriodEnd, QDateTime(QDate(2027, 1, 1), QTime(0, 0), Qt::UTC));

    // Without an amount of its own, the plan's price for the cycle.
    QVERIFY2(json::toSubscription(objectOf(R"({"id":"s10","status":"active","billingCycle":"monthly",
        "currency":"USD","plan":{"id":"team","priceMonthly":"49.00","priceYearly":"490.00"}})"),
                 kOrg, &s, &error),
        qPrintable(error));
    QCOMPARE(s.amount, Money::fromMinor(4900, QStringLiteral("USD")));
}

void TestMappers::unknownStatusIsOther()
{
    Subscription s;
    QString error;
    QVERIFY2(
        json::toSubscription(objectOf(subscriptionJson("status", R"("zombie")")), kOrg, &s, &error), qPrintable(error));
    QCOMPARE(s.status, SubscriptionStatus::Other);
    QVERIFY2(json::toSubscription(objectOf(subscriptionJson("status", R"("trialing")")), kOrg, &s, &error),
        qPrintable(error));
    QCOMPARE(s.status, SubscriptionStatus::Active);
}

void TestMappers::identity()
{
    json::Identity id;
    QString error;
    QVERIFY(json::toIdentity(objectOf(R"({"user":{"id":"u","email":"a@b","name":"A"},"role":"support",
        "org":{"id":"o","name":"Acme"},"families":["org_billing"]})"),
        &id, &error));
    QCOMPARE(id.role, Role::Support);
    QCOMPARE(id.orgName, QStringLiteral("Acme"));
    QCOMPARE(id.families, QStringList{QStringLiteral("org_billing")});
    QVERIFY(!json::toIdentity(objectOf(R"({"role":"root"})"), &id, &error));
}

void TestMappers::prorationPreview()
{
    ProrationPreview p;
    QString error;
    QVERIFY2(json::toProrationPreview(objectOf(R"({"currentPlanId":"pro","currentPlanName":"Pro",
        "currentBillingCycle":"monthly","proposedPlanId":"business","proposedPlanName":"Business",
        "proposedBillingCycle":"monthly","currency":"INR","currentPrice":"999.00","proposedPrice":"1999.00",
        "credit":"-599.40","debit":"1199.40","net":"600.00","tax":"108.00","amountDueNow":"708.00",
        "creditCarriedForward":"0.00","newPeriodEnd":"2026-12-10T00:00:00Z"})"),
                 kOrg, &p, &error),
        qPrintable(error));
    QCOMPARE(p.credit.minorUnits(), qint64(-59940));
    QCOMPARE(p.net.minorUnits(), qint64(60000));
    QCOMPARE(p.amountDueNow.minorUnits(), qint64(70800));
    QCOMPARE(p.proposedPlanName, QStringLiteral("Business"));
}

void TestMappers::creditPlanNumbersInTheConnectionsUnits()
{
    // Seed 002's literal plan: "price_monthly": 999, no currency.
    const QByteArray seed = R"({"success":true,"data":[{"id":"plan-id","name":"Pro","description":"For growing teams",
        "price_monthly":999,"price_yearly":9990,"credits_included":10000,
        "features":["Unlimited AI chat","Priority support"]}]})";
    QString error;
    const std::optional<QCborValue> root = wire::parse(seed, &error);
    QVERIFY(root);
    const wire::Object o(wire::listIn(*root).first());
    CreditPlan plan;
    QVERIFY2(json::toCreditPlan(o, {QStringLiteral("USD"), wire::AmountConvention::Units::Minor}, &plan, &error),
        qPrintable(error));
    QCOMPARE(plan.priceMonthly, Money::fromMinor(999, QStringLiteral("USD")));
    QCOMPARE(plan.creditsIncluded, qint64(10000));
    QCOMPARE(plan.features.size(), 2);
    QVERIFY2(json::toCreditPlan(o, {QStringLiteral("USD"), wire::AmountConvention::Units::Major}, &plan, &error),
        qPrintable(error));
    QCOMPARE(plan.priceMonthly, Money::fromMinor(99900, QStringLiteral("USD")));
    // No currency anywhere: refused, naming the field, never guessed.
    QVERIFY(!json::toCreditPlan(o, {}, &plan, &error));
    QVERIFY2(error.contains(QStringLiteral("price_monthly")), qPrintable(error));
    // Minor units must be whole.
    QVERIFY(!json::toCreditPlan(objectOf(R"({"id":"p","price_monthly":9.99,"price_yearly":99})"),
        {QStringLiteral("USD"), wire::AmountConvention::Units::Minor}, &plan, &error));
    QVERIFY2(error.contains(QStringLiteral("whole number")), qPrintable(error));
}

void TestMappers::creditPlanWrittenAsNumbers()
{
    CreditPlan plan;
    plan.name = QStringLiteral("Pro");
    plan.priceMonthly = Money::fromMinor(999, QStringLiteral("USD"));
    plan.priceYearly = Money::fromMinor(9990, QStringLiteral("USD"));
    plan.creditsIncluded = 10000;
    const QByteArray minor = wire::toJson(
        QJsonDocument(json::fromCreditPlan(plan, {QStringLiteral("USD"), wire::AmountConvention::Units::Minor})));
    QVERIFY2(minor.contains("\"price_monthly\":999,"), minor.constData());
    QVERIFY2(!minor.contains("currency"), minor.constData());
    const QByteArray major = wire::toJson(
        QJsonDocument(json::fromCreditPlan(plan, {QStringLiteral("USD"), wire::AmountConvention::Units::Major})));
    QVERIFY2(major.contains("\"price_monthly\":9.99,"), major.constData());
}

void TestMappers::platformChargeNumbers()
{
    // Seed 003 shows capped_amount and the price's amount as numbers.
    PlatformCharge charge;
    QString error;
    QVERIFY2(json::toPlatformCharge(objectOf(R"({"_id":"64b54e711c0570666d5612bb","name":"Pro plan",
        "status":"active","price":{"amount":499.5,"currency_code":"INR"},"capped_amount":1000,
        "recurring":{"interval":"month"},"is_test":true,"__v":0})"),
                 {QString(), wire::AmountConvention::Units::Major}, &charge, &error),
        qPrintable(error));
    QCOMPARE(charge.lineItems.size(), 1);
    QCOMPARE(charge.lineItems.first().price, Money::fromMinor(49950, QStringLiteral("INR")));
    QCOMPARE(charge.lineItems.first().cappedAmount, Money::fromMinor(100000, QStringLiteral("INR")));
    QVERIFY(!json::toPlatformCharge(
        objectOf(R"({"_id":"c","price":{"amount":1e3,"currency_code":"INR"}})"), {}, &charge, &error));
    QVERIFY2(error.contains(QStringLiteral("amount")), qPrintable(error));
}

void TestMappers::tierBothShapes()
{
    TierStatus t;
    QString error;
    QVERIFY2(json::toTierStatus(objectOf(R"({"plan":"pro","status":"active","current_period_end":"2026-04-01T00:00:00Z",
        "cancel_at_period_end":false})"),
                 &t, &error),
        qPrintable(error));
    QCOMPARE(t.plan, TierPlan::Pro);
    QCOMPARE(t.status, std::optional(SubscriptionStatus::Active));
    QVERIFY2(json::toTierStatus(objectOf(R"({"plan":"free","status":null,"current_period_end":null,
        "cancel_at_period_end":null})"),
                 &t, &error),
        qPrintable(error));
    QCOMPARE(t.plan, TierPlan::Free);
    QVERIFY(!t.status);
    QVERIFY(!t.currentPeriodEnd.isValid());
}

void TestMappers::redirects()
{
    QString error;
    for (const QByteArray &json : {QByteArray(R"({"checkout_url":"https://checkout.stripe.com/c/pay/cs_1"})"),
             QByteArray(R"({"success":true,"data":{"url":"https://checkout.stripe.com/c/pay/cs_1"}})"),
             QByteArray(R"({"data":{"session":{"redirect_url":"https://checkout.stripe.com/c/pay/cs_1"}}})")}) {
        const std::optional<QCborValue> root = wire::parse(json, &error);
        QVERIFY(root);
        QCOMPARE(json::redirectIn(*root), QUrl(QStringLiteral("https://checkout.stripe.com/c/pay/cs_1")));
    }
    const std::optional<QCborValue> none = wire::parse(R"({"success":true})", &error);
    QVERIFY(!json::redirectIn(*none).isValid());
}

static Invoice sampleInvoice()
{
    Invoice inv;
    inv.id = QStringLiteral("inv_1");
    inv.number = QStringLiteral("INV-2627-000001");
    inv.currency = QStringLiteral("KWD");
    inv.status = InvoiceStatus::Issued;
    inv.issuedAt = QDateTime(QDate(2026, 11, 22), QTime(10, 0), Qt::UTC);
    inv.sellerName = QStringLiteral("Seller");
    inv.buyerName = QStringLiteral("<b>Buyer</b> \u202e"); // markup and an RTL override stay text
    InvoiceLine line;
    line.description = QStringLiteral("Widget");
    line.quantity = 3;
    line.unitPrice = Money::fromMinor(1250, inv.currency);
    line.discount = Money::fromMinor(0, inv.currency);
    line.amount = Money::fromMinor(3750, inv.currency);
    inv.lines = {line};
    inv.taxes = {{QStringLiteral("VAT"), 500, Money::fromMinor(188, inv.currency)}};
    inv.subtotal = Money::fromMinor(3750, inv.currency);
    inv.discountTotal = Money::fromMinor(0, inv.currency);
    inv.taxTotal = Money::fromMinor(188, inv.currency);
    inv.roundOff = Money::fromMinor(0, inv.currency);
    inv.total = Money::fromMinor(3938, inv.currency);
    inv.amountPaid = Money::fromMinor(0, inv.currency);
    inv.amountDue = inv.total;
    return inv;
}

void TestMappers::invoiceRoundTrip()
{
    const Invoice inv = sampleInvoice();
    const QJsonObject o = invoicejson::toJson(inv);
    QCOMPARE(o.value(QStringLiteral("total")).toString(), QStringLiteral("3.938")); // KWD: three decimals
    QCOMPARE(o.value(QStringLiteral("taxes")).toArray().first().toObject().value(QStringLiteral("rate")).toString(),
        QStringLiteral("5.00"));
    Invoice back;
    QString error;
    QVERIFY2(invoicejson::fromJson(o, &back, &error), qPrintable(error));
    QCOMPARE(invoicejson::toJson(back), o);
    QCOMPARE(back.buyerName, inv.buyerName);
    QCOMPARE(back.taxes.first().rateBasisPoints, 500);
}

void TestMappers::invoiceRejects_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("errorPart");
    QTest::newRow("bad currency") << "currency" << QJsonValue(QStringLiteral("XXX1")) << "ISO 4217";
    QTest::newRow("total as number") << "total" << QJsonValue(3.938) << "total must be a string";
    QTest::newRow("total too precise") << "total" << QJsonValue(QStringLiteral("3.9381")) << "total";
    QTest::newRow("no number") << "number" << QJsonValue(QStringLiteral("")) << "number is missing";
    QTest::newRow("bad date") << "issuedAt" << QJsonValue(QStringLiteral("yesterday")) << "ISO 8601";
}

void TestMappers::invoiceRejects()
{
    QFETCH(QString, key);
    QFETCH(QJsonValue, value);
    QFETCH(QString, errorPart);
    QJsonObject o = invoicejson::toJson(sampleInvoice());
    o.insert(key, value);
    Invoice inv;
    QString error;
    QVERIFY(!invoicejson::fromJson(o, &inv, &error));
    QVERIFY2(error.contains(errorPart), qPrintable(error));
}

void TestMappers::decimalQuantities()
{
    const auto q = Quantity::parse(u"8.5");
    QVERIFY(q.has_value());
    QCOMPARE(q->units, qint64(85));
    QCOMPARE(q->scale, 1);
    QCOMPARE(q->toWireString(), QStringLiteral("8.5"));
    QCOMPARE(Quantity::parse(u"0.125")->toWireString(), QStringLiteral("0.125"));
    QCOMPARE(Quantity::parse(u"-2")->toWireString(), QStringLiteral("-2"));
    QCOMPARE(Quantity::parse(u"-0.05")->toWireString(), QStringLiteral("-0.05"));
    for (const char *bad : {"", ".5", "8.", "1.1234567", "abc", "1e3", "99999999999999999999", "8,5"})
        QVERIFY2(!Quantity::parse(QString::fromLatin1(bad)).has_value(), bad);
    // amount = quantity x unit price, rounded once, half away from zero.
    const QString inr = QStringLiteral("INR");
    QCOMPARE(q->times(Money::parse(u"1200.00", inr))->toWireString(), QStringLiteral("10200.00"));
    QCOMPARE(Quantity::parse(u"0.333")->times(Money::parse(u"10.00", inr))->toWireString(), QStringLiteral("3.33"));
    QCOMPARE(Quantity::parse(u"2.5")->times(Money::parse(u"0.01", inr))->toWireString(), QStringLiteral("0.03"));
    QVERIFY(!Quantity::parse(u"100000")->times(Money::fromMinor(std::numeric_limits<qint64>::max() / 10, inr)));
    QCOMPARE(Quantity::parse(u"1250.5")->toDisplayString(QLocale(QLocale::English)), QStringLiteral("1,250.5"));
    QCOMPARE(q->toDisplayString(QLocale(QLocale::German)), QStringLiteral("8,5"));

    // On the wire: a decimal quantity is a string with its digits; a whole one stays a number.
    Invoice inv = sampleInvoice();
    inv.lines[0].quantity = *Quantity::parse(u"8.5");
    QJsonObject o = invoicejson::toJson(inv);
    QJsonObject line = o.value(QStringLiteral("lines")).toArray().first().toObject();
    QCOMPARE(line.value(QStringLiteral("quantity")), QJsonValue(QStringLiteral("8.5")));
    Invoice back;
    QString error;
    QVERIFY2(invoicejson::fromJson(o, &back, &error), qPrintable(error));
    QCOMPARE(back.lines.first().quantity, *Quantity::parse(u"8.5"));
    // A JSON number with a fraction cannot be carried exactly: refused, by field.
    line.insert(QStringLiteral("quantity"), 8.5);
    o.insert(QStringLiteral("lines"), QJsonArray{line});
    QVERIFY(!invoicejson::fromJson(o, &back, &error));
    QVERIFY2(error.contains(QStringLiteral("lines[0].quantity")), qPrintable(error));
}

void TestMappers::datePresets()
{
    // Whole days, both ends included, across the turn of a year and in a leap February.
    const QDate jan = QDate(2027, 1, 15);
    QCOMPARE(presetSpan(DatePreset::ThisMonth, jan).from, QDate(2027, 1, 1));
    QCOMPARE(presetSpan(DatePreset::ThisMonth, jan).to, jan);
    QCOMPARE(presetSpan(DatePreset::LastMonth, jan).from, QDate(2026, 12, 1));
    QCOMPARE(presetSpan(DatePreset::LastMonth, jan).to, QDate(2026, 12, 31));
    QCOMPARE(presetSpan(DatePreset::LastQuarter, jan).from, QDate(2026, 10, 1));
    QCOMPARE(presetSpan(DatePreset::LastQuarter, jan).to, QDate(2026, 12, 31));
    QCOMPARE(presetSpan(DatePreset::LastMonth, QDate(2028, 3, 31)).to, QDate(2028, 2, 29));
    QCOMPARE(presetSpan(DatePreset::ThisQuarter, QDate(2026, 12, 2)).from, QDate(2026, 10, 1));
    QCOMPARE(presetSpan(DatePreset::ThisQuarter, QDate(2026, 6, 30)).from, QDate(2026, 4, 1));
    QCOMPARE(presetSpan(DatePreset::Last30Days, QDate(2026, 12, 2)).from, QDate(2026, 11, 3));
    QCOMPARE(presetSpan(DatePreset::ThisYear, QDate(2026, 12, 2)).from, QDate(2026, 1, 1));
    QCOMPARE(presetName(DatePreset::LastMonth), QStringLiteral("Last month"));
}

void TestMappers::moneyTotalsPerCurrency()
{
    MoneyTotals totals;
    QVERIFY(totals.isEmpty());
    totals.add(Money::fromMinor(58900, QStringLiteral("INR")));
    totals.add(Money::fromMinor(2000, QStringLiteral("USD")));
    totals.add(Money::fromMinor(100, QStringLiteral("INR")));
    totals.add(Money()); // no currency: ignored
    QCOMPARE(totals.sums().size(), 2);
    QCOMPARE(totals.sums().at(0).minorUnits(), qint64(59000));
    QCOMPARE(totals.sums().at(1).currency(), QStringLiteral("USD"));
    const QString text = totals.toDisplayString(QLocale(QLocale::English, QLocale::India));
    QVERIFY2(text.contains(QStringLiteral("590.00")) && text.contains(QStringLiteral(" + ")), qPrintable(text));
    // A sum past int64 is marked, never wrapped into a wrong number.
    totals.add(Money::fromMinor(std::numeric_limits<qint64>::max(), QStringLiteral("INR")));
    QVERIFY(totals.overflowed());
    QCOMPARE(totals.sums().size(), 1);
    QVERIFY2(totals.toDisplayString().contains(QStringLiteral("more than can be added in INR")),
        qPrintable(totals.toDisplayString()));
    totals.add(Money::fromMinor(1, QStringLiteral("INR"))); // stays marked
    QCOMPARE(totals.sums().size(), 1);
}

void TestMappers::subscriptionFiguresPerCurrency()
{
    const QDate today(2026, 12, 2);
    const auto sub = [](const char *currency, qint64 minor, BillingCycle cycle, SubscriptionStatus status) {
        Subscription s;
        s.amount = Money::fromMinor(minor, QString::fromLatin1(currency));
        s.billingCycle = cycle;
        s.status = status;
        s.createdAt = QDateTime(QDate(2026, 6, 1), QTime(10, 0));
        return s;
    };
    QList<Subscription> subs{sub("INR", 99900, BillingCycle::Monthly, SubscriptionStatus::Active),
        sub("INR", 1200000, BillingCycle::Yearly, SubscriptionStatus::PastDue),
        sub("USD", 2900, BillingCycle::Monthly, SubscriptionStatus::Active),
        sub("INR", 99900, BillingCycle::Monthly, SubscriptionStatus::Cancelled)};
    subs[3].cancelledAt = QDateTime(QDate(2026, 12, 1), QTime(9, 0));
    subs[2].createdAt = QDateTime(QDate(2026, 12, 1), QTime(9, 0));
    const SubscriptionFigures f = subscriptionFigures(subs, today);
    QCOMPARE(f.currencies.size(), 2);
    const CurrencyFigures &inr = f.currencies.at(0);
    QCOMPARE(inr.currency, QStringLiteral("INR"));
    QCOMPARE(inr.paying, 2);
    QCOMPARE(inr.mrr.minorUnits(), qint64(99900 + 100000)); // a twelfth of the yearly plan
    QCOMPARE(inr.arr.minorUnits(), qint64(12 * 199900));
    QCOMPARE(inr.pastDue, 1);
    QCOMPARE(inr.pastDueAmount.minorUnits(), qint64(1200000));
    QCOMPARE(f.currencies.at(1).mrr.minorUnits(), qint64(2900)); // dollars apart from rupees
    QCOMPARE(f.newThisMonth, 1);
    QCOMPARE(f.churnedThisMonth, 1);
    // A sum past int64 gives no figure rather than a wrong one.
    const SubscriptionFigures huge = subscriptionFigures(
        {sub("INR", std::numeric_limits<qint64>::max(), BillingCycle::Monthly, SubscriptionStatus::Active),
            sub("INR", 1, BillingCycle::Monthly, SubscriptionStatus::Active)},
        today);
    QVERIFY(huge.currencies.first().tooLarge);
    // Round ticks from zero, whole numbers.
    QCOMPARE(niceTicks(62000), (QList<qint64>{0, 20000, 40000, 60000, 80000}));
    QCOMPARE(niceTicks(9), (QList<qint64>{0, 2, 4, 6, 8, 10}));
    QCOMPARE(niceTicks(0), (QList<qint64>{0, 1}));
    QVERIFY(niceTicks(std::numeric_limits<qint64>::max()).size() >= 2);
}

void TestMappers::oneDateStyleWithFourDigitYears()
{
    // Tables: the locale's short order and separators, the year always in full.
    const QDateTime t(QDate(2026, 12, 19), QTime(9, 5), Qt::LocalTime);
    QCOMPARE(shortDate(t, QLocale(QLocale::German, QLocale::Germany)), QStringLiteral("19.12.2026"));
    QCOMPARE(shortDate(t, QLocale(QLocale::English, QLocale::UnitedStates)), QStringLiteral("12/19/2026"));
    QCOMPARE(shortDate(t, QLocale(QLocale::English, QLocale::UnitedKingdom)), QStringLiteral("19/12/2026"));
    QVERIFY(shortDate(t, QLocale(QLocale::Hindi, QLocale::India)).contains(QStringLiteral("2026")));
    QVERIFY(shortDateTime(t, QLocale(QLocale::German, QLocale::Germany)).startsWith(QStringLiteral("19.12.2026")));
    QVERIFY(tableDateFormat(QLocale(QLocale::German, QLocale::Germany)).contains(QStringLiteral("yyyy")));
    // Headings: the long style.
    QVERIFY(longDate(t, QLocale(QLocale::German, QLocale::Germany)).contains(QStringLiteral("Dezember 2026")));
    QVERIFY(shortDate(QDateTime()).isEmpty());
}

QTEST_GUILESS_MAIN(TestMappers)
#include "tst_mappers.moc"
