// The console's connectors for the credits, tier and platform families, through the real
// transport against billing-sandbox: typed values out, human errors for refusals.
#include "sandboxprocess.h"

#include "api/familyconnectors.h"
#include "models/words.h"

#include <QtTest>

using namespace bc;

// The sandbox's credits prices: bare numbers in US cents, as seed 002 shows them.
static const wire::AmountConvention kCreditsConvention{QStringLiteral("USD"), wire::AmountConvention::Units::Minor};
using namespace bctest;

class TestFamilyConnectors : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void creditsReadAndPage();
    void creditsMutations();
    void creditsAdmin();
    void tierBilling();
    void platformCharges();

private:
    template<typename T, typename Call>
    ApiResult<T> wait(Call call);
    ApiTransport *transport(const QString &role);
    SandboxProcess m_sandbox;
    QObject m_context;
};

void TestFamilyConnectors::initTestCase()
{
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.error()));
}

ApiTransport *TestFamilyConnectors::transport(const QString &role)
{
    auto *t = new ApiTransport(&m_context);
    t->setBaseUrl(m_sandbox.url());
    t->setApiKey(m_sandbox.key(role));
    return t;
}

template<typename T, typename Call>
ApiResult<T> TestFamilyConnectors::wait(Call call)
{
    std::optional<ApiResult<T>> result;
    call([&result](const ApiResult<T> &r) { result = r; });
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, 15000)) {
        ApiResult<T> timedOut; // makes the caller's checks fail with a clear reason
        timedOut.error.kind = ApiError::Kind::Timeout;
        timedOut.error.message = QStringLiteral("no answer within 15 s");
        return timedOut;
    }
    return *result;
}

void TestFamilyConnectors::creditsReadAndPage()
{
    CreditsConnector c(transport(QStringLiteral("member")));
    c.setAmountConvention(kCreditsConvention);
    const auto balance = wait<qint64>([&](auto done) { c.balance(&m_context, done); });
    QVERIFY(balance.ok());
    // Walk the whole ledger by cursor: the sum is the balance.
    qint64 sum = 0;
    int pages = 0;
    QString after;
    do {
        const auto page =
            wait<PageOf<CreditTransaction>>([&](auto done) { c.transactions(50, after, &m_context, done); });
        QVERIFY2(page.ok(), qPrintable(page.error.humanMessage()));
        for (const CreditTransaction &t : page.value.items)
            sum += t.amount;
        after = page.value.nextCursor;
        ++pages;
    } while (!after.isEmpty());
    QVERIFY(pages > 1);
    QCOMPARE(sum, balance.value);
    const auto plans = wait<QList<CreditPlan>>([&](auto done) { c.plans(&m_context, done); });
    QCOMPARE(plans.value.size(), 3);
    QCOMPARE(plans.value.at(1).priceMonthly, Money::fromMinor(2900, QStringLiteral("USD")));
    const auto current =
        wait<std::optional<CreditSubscription>>([&](auto done) { c.currentSubscription(&m_context, done); });
    if (m_sandbox.documentedOnly()) {
        // Seed 002 lists no current-subscription read: not offered, said in words, no error.
        QVERIFY(current.error.isNotOffered());
        QVERIFY(current.error.humanMessage().contains(QStringLiteral("does not offer")));
    } else {
        QVERIFY(current.value.has_value());
        QCOMPARE(current.value->planName, QStringLiteral("Pro"));
    }
    const auto missing = wait<CreditOrder>([&](auto done) { c.order(QStringLiteral("cord_nope"), &m_context, done); });
    QCOMPARE(missing.error.httpStatus, 404);
    QVERIFY(missing.error.humanMessage().contains(QStringLiteral("no order")));
}

void TestFamilyConnectors::creditsMutations()
{
    CreditsConnector owner(transport(QStringLiteral("owner")));
    owner.setAmountConvention(kCreditsConvention);
    const auto checkin = wait<CheckinResult>([&](auto done) { owner.checkin(&m_context, done); });
    QVERIFY2(checkin.ok(), qPrintable(checkin.error.humanMessage()));
    QCOMPARE(checkin.value.creditsAwarded, qint64(10));
    const auto twice = wait<CheckinResult>([&](auto done) { owner.checkin(&m_context, done); });
    QCOMPARE(twice.error.code, QStringLiteral("already_checked_in"));
    CreditSessionRequest r;
    r.channel = PaymentChannel::Stripe;
    r.type = OrderType::Credits;
    r.credits = 2000;
    r.successUrl = QUrl(QStringLiteral("https://example.com/ok?session={CHECKOUT_SESSION_ID}"));
    r.cancelUrl = QUrl(QStringLiteral("https://example.com/cancel"));
    const auto session = wait<CheckoutRedirect>([&](auto done) { owner.createSession(r, &m_context, done); });
    QVERIFY2(session.ok(), qPrintable(session.error.humanMessage()));
    QVERIFY(session.value.url.path().startsWith(QStringLiteral("/sim/stripe/checkout/")));
    r.channel = PaymentChannel::Creem;
    r.type = OrderType::Subscription;
    r.planId = QStringLiteral("starter");
    const auto refused = wait<CheckoutRedirect>([&](auto done) { owner.createSession(r, &m_context, done); });
    QCOMPARE(refused.error.code, QStringLiteral("creem_product_missing"));
    QVERIFY(refused.error.humanMessage().contains(QStringLiteral("creem_product_id")));
    const auto portal = wait<QUrl>(
        [&](auto done) { owner.portal(QUrl(QStringLiteral("https://example.com/back")), &m_context, done); });
    QVERIFY(portal.value.path().startsWith(QStringLiteral("/sim/stripe/portal/")));
}

void TestFamilyConnectors::creditsAdmin()
{
    CreditsConnector support(transport(QStringLiteral("support")));
    support.setAmountConvention(kCreditsConvention);
    const QString acme = m_sandbox.orgId(bctest::SandboxProcess::acme());
    ManualAdjustment a;
    a.orgId = acme;
    a.amount = -75;
    a.reason = AdjustmentReason::BillingError;
    a.note = QStringLiteral("Refund double charge for a failed chat");
    IdempotencyKeys keys;
    const QString key = keys.keyFor("adjust-acme--75");
    const auto first = wait<CreditTransaction>([&](auto done) { support.adjust(a, key, &m_context, done); });
    QVERIFY2(first.ok(), qPrintable(first.error.humanMessage()));
    QCOMPARE(first.value.amount, qint64(-75));
    QCOMPARE(first.value.operatorEmail, QStringLiteral("support@lotus.example"));
    const auto replay = wait<CreditTransaction>([&](auto done) { support.adjust(a, key, &m_context, done); });
    QVERIFY(replay.replayed);
    QCOMPARE(replay.value.id, first.value.id);
    const auto forbidden = wait<QList<CreditPlan>>([&](auto done) { support.adminPlans(&m_context, done); });
    QCOMPARE(forbidden.error.httpStatus, 403);
    QVERIFY(forbidden.error.humanMessage().contains(QStringLiteral("Super Admin")));

    CreditsConnector admin(transport(QStringLiteral("super_admin")));
    admin.setAmountConvention(kCreditsConvention);
    CreditPlan plan;
    plan.id = QStringLiteral("nano");
    plan.name = QStringLiteral("Nano");
    plan.priceMonthly = Money::fromMinor(199, QStringLiteral("USD"));
    plan.priceYearly = Money::fromMinor(1990, QStringLiteral("USD"));
    plan.creditsIncluded = 300;
    plan.features = {QStringLiteral("300 credits")};
    const auto created = wait<CreditPlan>([&](auto done) { admin.createPlan(plan, {}, &m_context, done); });
    QVERIFY2(created.ok(), qPrintable(created.error.humanMessage()));
    QCOMPARE(created.value.priceMonthly.toWireString(), QStringLiteral("1.99"));
    CreditPlan retired = created.value;
    retired.active = false;
    const auto updated = wait<CreditPlan>([&](auto done) { admin.updatePlan(retired, {}, &m_context, done); });
    QCOMPARE(updated.value.active, false);
    const auto coupon = wait<Coupon>([&](auto done) {
        CouponDraft half;
        half.code = QStringLiteral("HALF");
        half.kind = CouponKind::Percent;
        half.percentOffBasisPoints = 5000;
        admin.createCoupon(half, {}, &m_context, done);
    });
    QCOMPARE(coupon.value.percentOffBasisPoints, 5000);
    const auto coupons = wait<QList<Coupon>>([&](auto done) { admin.coupons(&m_context, done); });
    QVERIFY(coupons.value.size() >= 5);
    const auto config = wait<CheckinConfig>([&](auto done) {
        admin.setCheckinConfig({true, 15}, {}, &m_context, done);
    });
    QCOMPARE(config.value.credits, qint64(15));
    const auto all = wait<PageOf<CreditTransaction>>(
        [&](auto done) { admin.allTransactions(acme, QStringLiteral("manual_adjustment"), 10, {}, &m_context, done); });
    QVERIFY(!all.value.items.isEmpty());
    if (m_sandbox.documentedOnly()) // seed 002's five fields: no organisation named
        QVERIFY(all.value.items.first().orgName.isEmpty());
    else
        QCOMPARE(all.value.items.first().orgName, QStringLiteral("Acme Retail Pvt Ltd"));
}

void TestFamilyConnectors::tierBilling()
{
    TierBillingConnector owner(transport(QStringLiteral("owner")));
    const auto status = wait<TierStatus>([&](auto done) { owner.status(&m_context, done); });
    QCOMPARE(status.value.plan, TierPlan::Free);
    QVERIFY(!status.value.status.has_value());
    const auto portal = wait<QUrl>([&](auto done) { owner.portal(&m_context, done); });
    QCOMPARE(portal.error.httpStatus, 400);
    QVERIFY(portal.error.humanMessage().contains(QStringLiteral("never subscribed")));
    const auto checkout = wait<QUrl>([&](auto done) { owner.checkout(TierPlan::Pro, &m_context, done); });
    QVERIFY(checkout.value.path().startsWith(QStringLiteral("/sim/stripe/checkout/")));
}

void TestFamilyConnectors::platformCharges()
{
    const QJsonObject ids = m_sandbox.info().value(QStringLiteral("platform")).toObject();
    PlatformChargesConnector c(transport(QStringLiteral("admin")), ids.value(QStringLiteral("company_id")).toString(),
        ids.value(QStringLiteral("extension_id")).toString());
    PlatformLineItem item;
    item.name = QStringLiteral("Store locator");
    item.term = QStringLiteral("Per month");
    item.price = Money::fromMinor(19900, QStringLiteral("INR"));
    item.interval = ChargeInterval::Month;
    item.cappedAmount = Money::fromMinor(100000, QStringLiteral("INR"));
    const auto created = wait<PlatformChargeCreated>([&](auto done) {
        c.createSubscription(QStringLiteral("Store locator"), {item}, 7, true,
            QUrl(QStringLiteral("https://ext.example/back")), {}, &m_context, done);
    });
    QVERIFY2(created.ok(), qPrintable(created.error.humanMessage()));
    QCOMPARE(created.value.charge.status, ChargeStatus::Pending);
    QCOMPARE(created.value.charge.lineItems.first().price.toWireString(), QStringLiteral("199.00"));
    QCOMPARE(created.value.charge.trialDays, qint64(7));
    const auto fetched =
        wait<PlatformCharge>([&](auto done) { c.subscription(created.value.charge.id, &m_context, done); });
    QCOMPARE(fetched.value.name, QStringLiteral("Store locator"));
    const auto cancelled =
        wait<PlatformCharge>([&](auto done) { c.cancelSubscription(created.value.charge.id, {}, &m_context, done); });
    QCOMPARE(cancelled.value.status, ChargeStatus::Cancelled);
    QVERIFY(cancelled.value.cancelledOn.isValid());
    PlatformLineItem once;
    once.name = QStringLiteral("Setup");
    once.price = Money::fromMinor(500000, QStringLiteral("INR"));
    const auto charge = wait<PlatformChargeCreated>([&](auto done) {
        c.createOneTimeCharge({QStringLiteral("Setup"), once, false, QUrl(QStringLiteral("https://ext.example/back"))},
            {}, &m_context, done);
    });
    QCOMPARE(charge.value.charge.kind, ChargeKind::OneTime);
    const auto one = wait<PlatformCharge>([&](auto done) { c.charge(charge.value.charge.id, &m_context, done); });
    QCOMPARE(one.value.lineItems.first().price.toWireString(), QStringLiteral("5000.00"));
    const auto unknown = wait<PlatformCharge>(
        [&](auto done) { c.charge(QStringLiteral("000000000000000000000000"), &m_context, done); });
    QCOMPARE(unknown.error.httpStatus, 404);
}

QTEST_GUILESS_MAIN(TestFamilyConnectors)
#include "tst_family_connectors.moc"
