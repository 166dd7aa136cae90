// Integration: every endpoint of the credits service family (seed 002) against billing-sandbox,
// with the Stripe and Creem simulators, for each role, with bad input and replays.
#include "sandboxprocess.h"

#include "sandbox/providersignatures.h"

#include <QJsonArray>
#include <QtTest>

using namespace bctest;

class TestCreditsApi : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void envelopesAndRoles();
    void balanceIsTheSumOfTheLedger();
    void transactionsPageByOffsetAndCursor();
    void plansAndOrders();
    void dailyCheckin();
    void creditPurchaseThroughStripeGrantsOnce();
    void creditPurchaseThroughCreem();
    void createSessionRejectsBadInput_data();
    void createSessionRejectsBadInput();
    void stripeWebhookVerification();
    void creemWebhookVerification();
    void portalCancelAndRenewalGrants();
    void adminPlans();
    void adminCoupons();
    void adminTransactionsAndManualAdjustment();
    void checkinConfig();
    void summaryIsTheLedgerByMonth();

private:
    qint64 balance(const QString &key);
    QJsonObject pay(const QString &checkoutUrl, const char *provider);
    QByteArray stripeHeader(const QByteArray &body, qint64 at) const;
    std::unique_ptr<SandboxProcess> m_box;
#define m_sandbox (*m_box)
    QString m_sa, m_owner, m_admin, m_support, m_member, m_acme;
};

void TestCreditsApi::initTestCase()
{
    const bool postgres = qEnvironmentVariable("BC_TEST_BACKEND") == QLatin1String("postgres");
    if (postgres && !SandboxProcess::postgresAvailable())
        QFAIL("BC_TEST_BACKEND=postgres needs BC_TEST_PG_ADMIN_URL (scripts/test sets it).");
    m_box = std::make_unique<SandboxProcess>(
        postgres ? SandboxProcess::Backend::Postgres : SandboxProcess::Backend::Sqlite);
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.error()));
    m_sa = m_sandbox.key(QStringLiteral("super_admin"));
    m_owner = m_sandbox.key(QStringLiteral("owner"));
    m_admin = m_sandbox.key(QStringLiteral("admin"));
    m_support = m_sandbox.key(QStringLiteral("support"));
    m_member = m_sandbox.key(QStringLiteral("member"));
    m_acme = m_sandbox.orgId(bctest::SandboxProcess::acme());
    QVERIFY(!m_acme.isEmpty());
}

qint64 TestCreditsApi::balance(const QString &key)
{
    return m_sandbox.get(QStringLiteral("/credits/balance"), key)
        .json.value(QStringLiteral("data"))
        .toObject()
        .value(QStringLiteral("balance"))
        .toInteger();
}

// Drives a hosted checkout like the customer would, returning the simulator's answer.
QJsonObject TestCreditsApi::pay(const QString &checkoutUrl, const char *provider)
{
    const QString path = QUrl(checkoutUrl).path();
    Q_UNUSED(provider);
    return m_sandbox.post(path + QStringLiteral("/pay"), {}, {}).json;
}

QByteArray TestCreditsApi::stripeHeader(const QByteArray &body, qint64 at) const
{
    return bc::signatures::stripeSignatureHeader(m_sandbox.info()
                                                     .value(QStringLiteral("providers"))
                                                     .toObject()
                                                     .value(QStringLiteral("stripe"))
                                                     .toObject()
                                                     .value(QStringLiteral("webhook_secret"))
                                                     .toString()
                                                     .toUtf8(),
        at, body);
}

void TestCreditsApi::envelopesAndRoles()
{
    const auto ok = m_sandbox.get(QStringLiteral("/credits/balance"), m_member);
    QCOMPARE(ok.status, 200);
    QCOMPARE(ok.json.value(QStringLiteral("success")).toBool(), true);
    QVERIFY(ok.json.value(QStringLiteral("data")).toObject().contains(QStringLiteral("balance")));
    const auto anonymous = m_sandbox.get(QStringLiteral("/credits/balance"), {});
    QCOMPARE(anonymous.status, 401);
    QCOMPARE(anonymous.json.value(QStringLiteral("success")).toBool(true), false);
    const struct
    {
        const char *method, *path;
        QStringList allowed;
    } matrix[] = {
        {"POST", "/payment/create-session", {QStringLiteral("owner"), QStringLiteral("admin")}},
        {"POST", "/subscription/portal", {QStringLiteral("owner"), QStringLiteral("admin")}},
        {"GET", "/admin/billing/plans", {QStringLiteral("super_admin")}},
        {"POST", "/admin/billing/plans", {QStringLiteral("super_admin")}},
        {"PUT", "/admin/billing/plans/pro", {QStringLiteral("super_admin")}},
        {"GET", "/admin/billing/coupons", {QStringLiteral("super_admin")}},
        {"POST", "/admin/billing/coupons", {QStringLiteral("super_admin")}},
        {"GET", "/admin/credits/transactions", {QStringLiteral("super_admin"), QStringLiteral("support")}},
        {"POST", "/admin/credits/manual", {QStringLiteral("super_admin"), QStringLiteral("support")}},
        {"GET", "/admin/checkin/config", {QStringLiteral("super_admin")}},
        {"PUT", "/admin/checkin/config", {QStringLiteral("super_admin")}},
    };
    const QMap<QString, QString> keys{{QStringLiteral("super_admin"), m_sa}, {QStringLiteral("owner"), m_owner},
        {QStringLiteral("admin"), m_admin}, {QStringLiteral("support"), m_support},
        {QStringLiteral("member"), m_member}};
    for (const auto &m : matrix) {
        for (auto it = keys.cbegin(); it != keys.cend(); ++it) {
            const QByteArray method(m.method);
            const auto r = m_sandbox.request(
                method, QString::fromLatin1(m.path), it.value(), method == "GET" ? QByteArray() : QByteArray("{}"));
            const bool allowed = m.allowed.contains(it.key());
            QVERIFY2(allowed ? (r.status != 403 && r.status < 500) : r.status == 403,
                qPrintable(QStringLiteral("%1 %2 as %3 -> %4")
                               .arg(QString::fromLatin1(m.method), QString::fromLatin1(m.path), it.key())
                               .arg(r.status)));
            if (!allowed)
                QCOMPARE(r.json.value(QStringLiteral("success")).toBool(true), false);
        }
    }
}

void TestCreditsApi::balanceIsTheSumOfTheLedger()
{
    qint64 sum = 0;
    int offset = 0;
    for (;;) {
        const auto page =
            m_sandbox.get(QStringLiteral("/credits/transactions?limit=100&offset=%1").arg(offset), m_owner);
        const QJsonArray data = page.json.value(QStringLiteral("data")).toArray();
        for (const QJsonValue &t : data)
            sum += t.toObject().value(QStringLiteral("amount")).toInteger();
        if (data.size() < 100)
            break;
        offset += 100;
    }
    QVERIFY(sum > 0);
    QCOMPARE(balance(m_owner), sum);
}

void TestCreditsApi::transactionsPageByOffsetAndCursor()
{
    const auto first = m_sandbox.get(QStringLiteral("/credits/transactions?limit=20&offset=0"), m_owner);
    QCOMPARE(first.status, 200);
    const QJsonArray a = first.json.value(QStringLiteral("data")).toArray();
    QCOMPARE(a.size(), 20);
    const QJsonObject t = a.first().toObject();
    for (const char *field : {"id", "type", "amount", "description", "created_at"})
        QVERIFY2(t.contains(QLatin1String(field)), field);
    const auto second = m_sandbox.get(QStringLiteral("/credits/transactions?limit=20&offset=20"), m_owner);
    const QByteArray cursor = first.header("X-Next-Cursor");
    QVERIFY(!cursor.isEmpty());
    const auto byCursor =
        m_sandbox.get(QStringLiteral("/credits/transactions?limit=20&after=") + QString::fromLatin1(cursor), m_owner);
    QCOMPARE(
        byCursor.json.value(QStringLiteral("data")).toArray(), second.json.value(QStringLiteral("data")).toArray());
    QCOMPARE(m_sandbox.get(QStringLiteral("/credits/transactions?limit=20000"), m_owner).status, 400);
    QCOMPARE(m_sandbox.get(QStringLiteral("/credits/transactions?offset=-1"), m_owner).status, 400);
    QCOMPARE(m_sandbox.get(QStringLiteral("/credits/transactions?after=%%%"), m_owner).status, 400);
    // Manual adjustments carry who and why.
    bool sawManual = false;
    for (const QJsonValue &v : m_sandbox.get(QStringLiteral("/credits/transactions?limit=200"), m_owner)
                                   .json.value(QStringLiteral("data"))
                                   .toArray())
        if (v.toObject().value(QStringLiteral("type")).toString() == QLatin1String("manual_adjustment")) {
            sawManual = true;
            QVERIFY(!v.toObject().value(QStringLiteral("operator")).toString().isEmpty());
            QVERIFY(!v.toObject().value(QStringLiteral("reason_code")).toString().isEmpty());
        }
    QVERIFY(sawManual);
}

void TestCreditsApi::plansAndOrders()
{
    const auto plans = m_sandbox.get(QStringLiteral("/subscription/plans"), m_member);
    QCOMPARE(plans.status, 200);
    const QJsonObject pro = plans.json.value(QStringLiteral("data")).toArray().at(1).toObject();
    QCOMPARE(pro.value(QStringLiteral("name")).toString(), QStringLiteral("Pro"));
    // Seed 002's shape: prices are bare numbers (minor units here), written from their digits.
    QVERIFY2(plans.body.contains(R"("price_monthly":2900,)"), plans.body.constData());
    QCOMPARE(pro.value(QStringLiteral("price_monthly")).toInteger(), qint64(2900));
    QCOMPARE(pro.value(QStringLiteral("credits_included")).toInteger(), qint64(10000));
    QVERIFY(pro.value(QStringLiteral("features")).toArray().size() >= 2);
    QVERIFY(!pro.contains(QStringLiteral("stripe_price_monthly"))); // provider ids are for admins
    QCOMPARE(m_sandbox.get(QStringLiteral("/orders/cord_missing"), m_owner).status, 404);
    QCOMPARE(m_sandbox.get(QStringLiteral("/orders?limit=0"), m_owner).status, 400);
}

void TestCreditsApi::dailyCheckin()
{
    const qint64 before = balance(m_member);
    const auto first = m_sandbox.post(QStringLiteral("/checkin"), m_member, {});
    QCOMPARE(first.status, 200);
    QCOMPARE(first.json.value(QStringLiteral("data")).toObject().value(QStringLiteral("credits_awarded")).toInteger(),
        qint64(10));
    QCOMPARE(balance(m_member), before + 10);
    const auto again = m_sandbox.post(QStringLiteral("/checkin"), m_owner, {});
    QCOMPARE(again.status, 409);
    QCOMPARE(again.errorCode(), QStringLiteral("already_checked_in"));
    QVERIFY(again.json.value(QStringLiteral("error"))
                .toObject()
                .value(QStringLiteral("message"))
                .toString()
                .contains(QStringLiteral("Asia/Kolkata")));
    QCOMPARE(balance(m_member), before + 10);
}

void TestCreditsApi::creditPurchaseThroughStripeGrantsOnce()
{
    const qint64 before = balance(m_owner);
    const auto session = m_sandbox.post(QStringLiteral("/payment/create-session"), m_owner,
        {{QStringLiteral("channel"), QStringLiteral("stripe")}, {QStringLiteral("type"), QStringLiteral("credits")},
            {QStringLiteral("credits"), 3000},
            {QStringLiteral("success_url"), QStringLiteral("https://example.com/done?s={CHECKOUT_SESSION_ID}")},
            {QStringLiteral("cancel_url"), QStringLiteral("https://example.com/cancel")}});
    QCOMPARE(session.status, 200);
    const QJsonObject data = session.json.value(QStringLiteral("data")).toObject();
    const QString orderId = data.value(QStringLiteral("order_id")).toString();
    QVERIFY(data.value(QStringLiteral("url")).toString().contains(QStringLiteral("/sim/stripe/checkout/cs_test_")));
    QCOMPARE(m_sandbox.get(QStringLiteral("/orders/") + orderId, m_owner)
                 .json.value(QStringLiteral("data"))
                 .toObject()
                 .value(QStringLiteral("status"))
                 .toString(),
        QStringLiteral("pending"));
    // The hosted page: a declined card changes nothing, then a successful payment redirects with the session id.
    const QString page = QUrl(data.value(QStringLiteral("url")).toString()).path();
    QCOMPARE(m_sandbox.get(page, {}).status, 200);
    QCOMPARE(m_sandbox.post(page + QStringLiteral("/fail"), {}, {}).status, 402);
    const auto paid = m_sandbox.post(page + QStringLiteral("/pay"), {}, {});
    QCOMPARE(paid.json.value(QStringLiteral("redirect")).toString(),
        QStringLiteral("https://example.com/done?s=") + data.value(QStringLiteral("session_id")).toString());
    QTRY_COMPARE_WITH_TIMEOUT(balance(m_owner), before + 3000, 15000);
    const QJsonObject order =
        m_sandbox.get(QStringLiteral("/orders/") + orderId, m_owner).json.value(QStringLiteral("data")).toObject();
    QCOMPARE(order.value(QStringLiteral("status")).toString(), QStringLiteral("paid"));
    QCOMPARE(order.value(QStringLiteral("amount")).toString(), QStringLiteral("30.00"));
    QCOMPARE(
        m_sandbox.post(page + QStringLiteral("/pay"), {}, {}).status, 400); // a completed session cannot be paid twice
    // Every webhook delivered (a retried one included): the order was still granted once.
    QTRY_COMPARE_WITH_TIMEOUT(
        m_sandbox.get(QStringLiteral("/health"), {}).json.value(QStringLiteral("pendingWebhooks")).toInt(), 0, 15000);
    QCOMPARE(balance(m_owner), before + 3000);
}

void TestCreditsApi::creditPurchaseThroughCreem()
{
    const qint64 before = balance(m_owner);
    const auto session = m_sandbox.post(QStringLiteral("/payment/create-session"), m_admin,
        {{QStringLiteral("channel"), QStringLiteral("creem")}, {QStringLiteral("type"), QStringLiteral("credits")},
            {QStringLiteral("credits"), 1000},
            {QStringLiteral("success_url"), QStringLiteral("https://example.com/ok")},
            {QStringLiteral("cancel_url"), QStringLiteral("https://example.com/no")}});
    QCOMPARE(session.status, 200);
    const QString url = session.json.value(QStringLiteral("data")).toObject().value(QStringLiteral("url")).toString();
    QVERIFY(url.contains(QStringLiteral("/sim/creem/checkout/ch_")));
    const auto paid = m_sandbox.post(QUrl(url).path() + QStringLiteral("/pay"), {}, {});
    const QUrl redirect(paid.json.value(QStringLiteral("redirect")).toString());
    QCOMPARE(redirect.host(), QStringLiteral("example.com"));
    QVERIFY(QUrlQuery(redirect).hasQueryItem(QStringLiteral("checkout_id")));
    QTRY_COMPARE_WITH_TIMEOUT(balance(m_owner), before + 1000, 15000);
}

void TestCreditsApi::createSessionRejectsBadInput_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    const QByteArray urls = R"("success_url":"https://e.com/s","cancel_url":"https://e.com/c")";
    QTest::newRow("bad channel") << QByteArray(R"({"channel":"paypal","type":"credits","credits":1000,)" + urls + "}")
                                 << 400 << "invalid_field";
    QTest::newRow("bad type") << QByteArray(R"({"channel":"stripe","type":"gift","credits":1000,)" + urls + "}") << 400
                              << "invalid_field";
    QTest::newRow("no plan") << QByteArray(R"({"channel":"stripe","type":"subscription",)" + urls + "}") << 400
                             << "missing_field";
    QTest::newRow("unknown plan") << QByteArray(R"({"channel":"stripe","type":"subscription","plan_id":"gold",)" + urls
        + "}") << 400 << "unknown_plan";
    QTest::newRow("creem without product")
        << QByteArray(R"({"channel":"creem","type":"subscription","plan_id":"starter",)" + urls + "}") << 400
        << "creem_product_missing";
    QTest::newRow("already subscribed") << QByteArray(R"({"channel":"stripe","type":"subscription","plan_id":"team",)"
        + urls + "}") << 409 << "already_subscribed";
    QTest::newRow("odd credits") << QByteArray(R"({"channel":"stripe","type":"credits","credits":1500,)" + urls + "}")
                                 << 400 << "invalid_field";
    QTest::newRow("credits as text") << QByteArray(R"({"channel":"stripe","type":"credits","credits":"1000",)" + urls
        + "}") << 400 << "invalid_field";
    QTest::newRow("too many credits") << QByteArray(R"({"channel":"stripe","type":"credits","credits":5000000,)" + urls
        + "}") << 400 << "invalid_field";
    QTest::newRow("bad url") << QByteArray(
        R"({"channel":"stripe","type":"credits","credits":1000,"success_url":"javascript:void 0","cancel_url":"https://e.com"})")
                             << 400 << "invalid_field";
    QTest::newRow("not json") << QByteArray("channel=stripe") << 400 << "invalid_json";
}

void TestCreditsApi::createSessionRejectsBadInput()
{
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, code);
    const auto r = m_sandbox.request("POST", QStringLiteral("/payment/create-session"), m_owner, body);
    QCOMPARE(r.status, status);
    QCOMPARE(r.errorCode(), code);
    QCOMPARE(r.json.value(QStringLiteral("success")).toBool(true), false);
}

void TestCreditsApi::stripeWebhookVerification()
{
    const QByteArray body = R"({"id":"evt_manual_1","object":"event","type":"ping","data":{"object":{}}})";
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const auto good = m_sandbox.request(
        "POST", QStringLiteral("/payment/webhook/stripe"), {}, body, {{"Stripe-Signature", stripeHeader(body, now)}});
    QCOMPARE(good.status, 200);
    const auto duplicate = m_sandbox.request(
        "POST", QStringLiteral("/payment/webhook/stripe"), {}, body, {{"Stripe-Signature", stripeHeader(body, now)}});
    QCOMPARE(duplicate.json.value(QStringLiteral("data")).toObject().value(QStringLiteral("duplicate")).toBool(), true);
    const auto stale = m_sandbox.request("POST", QStringLiteral("/payment/webhook/stripe"), {}, body,
        {{"Stripe-Signature", stripeHeader(body, now - 600)}});
    QCOMPARE(stale.status, 400);
    QVERIFY(stale.json.value(QStringLiteral("error"))
                .toObject()
                .value(QStringLiteral("message"))
                .toString()
                .contains(QStringLiteral("tolerance")));
    const auto tampered = m_sandbox.request("POST", QStringLiteral("/payment/webhook/stripe"), {}, body + " ",
        {{"Stripe-Signature", stripeHeader(body, now)}});
    QCOMPARE(tampered.status, 400);
    QCOMPARE(m_sandbox.request("POST", QStringLiteral("/payment/webhook/stripe"), {}, body).status, 400);
}

void TestCreditsApi::creemWebhookVerification()
{
    const QByteArray secret = m_sandbox.info()
                                  .value(QStringLiteral("providers"))
                                  .toObject()
                                  .value(QStringLiteral("creem"))
                                  .toObject()
                                  .value(QStringLiteral("webhook_secret"))
                                  .toString()
                                  .toUtf8();
    const QByteArray body =
        R"({"id":"evt_creem_manual","eventType":"refund.created","created_at":1700000000000,"object":{"id":"re_1"}})";
    const auto good = m_sandbox.request("POST", QStringLiteral("/payment/webhook/creem"), {}, body,
        {{"creem-signature", bc::signatures::bodySignature(secret, body)}});
    QCOMPARE(good.status, 200);
    const auto again = m_sandbox.request("POST", QStringLiteral("/payment/webhook/creem"), {}, body,
        {{"creem-signature", bc::signatures::bodySignature(secret, body)}});
    QCOMPARE(again.json.value(QStringLiteral("data")).toObject().value(QStringLiteral("duplicate")).toBool(), true);
    const auto forged = m_sandbox.request("POST", QStringLiteral("/payment/webhook/creem"), {}, body,
        {{"creem-signature", bc::signatures::bodySignature("whsec_wrong", body)}});
    QCOMPARE(forged.status, 400);
    QCOMPARE(forged.errorCode(), QStringLiteral("signature_invalid"));
}

void TestCreditsApi::portalCancelAndRenewalGrants()
{
    const auto current =
        m_sandbox.get(QStringLiteral("/subscription/current"), m_owner).json.value(QStringLiteral("data")).toObject();
    QCOMPARE(current.value(QStringLiteral("plan_id")).toString(), QStringLiteral("pro"));
    QCOMPARE(current.value(QStringLiteral("status")).toString(), QStringLiteral("active"));
    // The period renews when the sandbox clock passes its end: the plan's credits are granted again, once.
    const qint64 before = balance(m_owner);
    QCOMPARE(
        m_sandbox.post(QStringLiteral("/sandbox/clock/advance"), m_sa, {{QStringLiteral("days"), 20}}).status, 200);
    QTRY_COMPARE_WITH_TIMEOUT(balance(m_owner), before + 10000, 15000);
    QTRY_COMPARE_WITH_TIMEOUT(
        m_sandbox.get(QStringLiteral("/health"), {}).json.value(QStringLiteral("pendingWebhooks")).toInt(), 0, 15000);
    QCOMPARE(balance(m_owner), before + 10000);

    const auto portal = m_sandbox.post(QStringLiteral("/subscription/portal"), m_owner,
        {{QStringLiteral("return_url"), QStringLiteral("https://example.com/back")}});
    QCOMPARE(portal.status, 200);
    const QString portalPath =
        QUrl(portal.json.value(QStringLiteral("data")).toObject().value(QStringLiteral("url")).toString()).path();
    QCOMPARE(m_sandbox.get(portalPath, {}).status, 200);
    const QString providerSub = m_sandbox.get(QStringLiteral("/subscription/current"), m_owner)
                                    .json.value(QStringLiteral("data"))
                                    .toObject()
                                    .value(QStringLiteral("id"))
                                    .toString();
    Q_UNUSED(providerSub);
    // Find the Stripe subscription id through the portal page's cancel action.
    const QByteArray html = m_sandbox.get(portalPath, {}).body;
    const qsizetype at = html.indexOf("subscriptions/");
    QVERIFY(at > 0);
    const QByteArray action = html.mid(at, html.indexOf('"', at) - at);
    QCOMPARE(m_sandbox.post(portalPath + u'/' + QString::fromLatin1(action), {}, {}).status, 200);
    QTRY_VERIFY_WITH_TIMEOUT(m_sandbox.get(QStringLiteral("/subscription/current"), m_owner)
                                 .json.value(QStringLiteral("data"))
                                 .toObject()
                                 .value(QStringLiteral("cancel_at_period_end"))
                                 .toBool(),
        15000);
    QCOMPARE(m_sandbox.post(portalPath + QStringLiteral("/return"), {}, {})
                 .json.value(QStringLiteral("redirect"))
                 .toString(),
        QStringLiteral("https://example.com/back"));
    // At the period end it is cancelled (customer.subscription.deleted), and no more credits come.
    const qint64 afterRenewal = balance(m_owner);
    QCOMPARE(
        m_sandbox.post(QStringLiteral("/sandbox/clock/advance"), m_sa, {{QStringLiteral("days"), 32}}).status, 200);
    QTRY_COMPARE_WITH_TIMEOUT(m_sandbox.get(QStringLiteral("/subscription/current"), m_owner)
                                  .json.value(QStringLiteral("data"))
                                  .toObject()
                                  .value(QStringLiteral("status"))
                                  .toString(),
        QStringLiteral("canceled"), 15000);
    QCOMPARE(balance(m_owner), afterRenewal);
    QCOMPARE(m_sandbox
                 .post(QStringLiteral("/subscription/portal"), m_member,
                     {{QStringLiteral("return_url"), QStringLiteral("https://e.com")}})
                 .status,
        403);
    QCOMPARE(m_sandbox
                 .post(QStringLiteral("/subscription/portal"), m_owner,
                     {{QStringLiteral("return_url"), QStringLiteral("ftp://e.com")}})
                 .status,
        400);

    // Now a new subscription through Creem works end to end.
    const auto session = m_sandbox.post(QStringLiteral("/payment/create-session"), m_owner,
        {{QStringLiteral("channel"), QStringLiteral("creem")}, {QStringLiteral("type"), QStringLiteral("subscription")},
            {QStringLiteral("plan_id"), QStringLiteral("team")},
            {QStringLiteral("success_url"), QStringLiteral("https://e.com/s")},
            {QStringLiteral("cancel_url"), QStringLiteral("https://e.com/c")}});
    QCOMPARE(session.status, 200);
    const qint64 beforeTeam = balance(m_owner);
    m_sandbox.post(
        QUrl(session.json.value(QStringLiteral("data")).toObject().value(QStringLiteral("url")).toString()).path()
            + QStringLiteral("/pay"),
        {}, {});
    QTRY_COMPARE_WITH_TIMEOUT(balance(m_owner), beforeTeam + 50000, 15000);
    const QJsonObject team =
        m_sandbox.get(QStringLiteral("/subscription/current"), m_owner).json.value(QStringLiteral("data")).toObject();
    QCOMPARE(team.value(QStringLiteral("plan_id")).toString(), QStringLiteral("team"));
    QCOMPARE(team.value(QStringLiteral("channel")).toString(), QStringLiteral("creem"));
    QCOMPARE(m_sandbox
                 .post(QStringLiteral("/subscription/portal"), m_owner,
                     {{QStringLiteral("return_url"), QStringLiteral("https://e.com")}})
                 .errorCode(),
        QStringLiteral("portal_unavailable"));
}

void TestCreditsApi::adminPlans()
{
    const auto list = m_sandbox.get(QStringLiteral("/admin/billing/plans"), m_sa);
    QCOMPARE(list.status, 200);
    QVERIFY(list.json.value(QStringLiteral("data"))
                .toArray()
                .first()
                .toObject()
                .contains(QStringLiteral("stripe_price_monthly")));
    const QJsonObject plan{{QStringLiteral("id"), QStringLiteral("scale")},
        {QStringLiteral("name"), QStringLiteral("Scale")}, {QStringLiteral("currency"), QStringLiteral("USD")},
        {QStringLiteral("price_monthly"), QStringLiteral("199.00")},
        {QStringLiteral("price_yearly"), QStringLiteral("1990.00")}, {QStringLiteral("credits_included"), 120000},
        {QStringLiteral("features"), QJsonArray{QStringLiteral("Everything in Team")}}};
    const auto created = m_sandbox.post(QStringLiteral("/admin/billing/plans"), m_sa, plan);
    QCOMPARE(created.status, 201);
    QVERIFY(created.json.value(QStringLiteral("data"))
                .toObject()
                .value(QStringLiteral("stripe_price_monthly"))
                .toString()
                .startsWith(QLatin1String("price_")));
    QCOMPARE(m_sandbox.post(QStringLiteral("/admin/billing/plans"), m_sa, plan).status, 409);
    QJsonObject bad = plan;
    bad.insert(QStringLiteral("id"), QStringLiteral("bad"));
    // A number is minor units, as the seed shows (999 for 9.99): a fraction of a cent is refused.
    const auto fraction = m_sandbox.request("POST", QStringLiteral("/admin/billing/plans"), m_sa,
        R"({"id":"bad","name":"Bad","price_monthly":199.5,"price_yearly":1990,"credits_included":1})");
    QCOMPARE(fraction.status, 400);
    QVERIFY2(fraction.json.value(QStringLiteral("error"))
                 .toObject()
                 .value(QStringLiteral("message"))
                 .toString()
                 .contains(QStringLiteral("whole number of minor units")),
        fraction.body.constData());
    const auto exponent = m_sandbox.request("POST", QStringLiteral("/admin/billing/plans"), m_sa,
        R"({"id":"bad","name":"Bad","price_monthly":1e3,"price_yearly":1990,"credits_included":1})");
    QCOMPARE(exponent.status, 400);
    const auto minor = m_sandbox.request("POST", QStringLiteral("/admin/billing/plans"), m_sa,
        R"({"id":"seedshape","name":"Seed shape","price_monthly":999,"price_yearly":9990,"credits_included":10000,
            "features":["Unlimited AI chat"]})");
    QVERIFY2(minor.status == 201, minor.body.constData()); // no currency: the service's own (USD)
    QVERIFY2(minor.body.contains(R"("price_monthly":999,)"), minor.body.constData());
    QCOMPARE(minor.json.value(QStringLiteral("data")).toObject().value(QStringLiteral("currency")).toString(),
        QStringLiteral("USD"));
    bad.insert(QStringLiteral("price_monthly"), QStringLiteral("1.999"));
    QCOMPARE(m_sandbox.post(QStringLiteral("/admin/billing/plans"), m_sa, bad).errorCode(),
        QStringLiteral("invalid_amount"));
    bad.insert(QStringLiteral("price_monthly"), QStringLiteral("-1.00"));
    QCOMPARE(m_sandbox.post(QStringLiteral("/admin/billing/plans"), m_sa, bad).errorCode(),
        QStringLiteral("invalid_amount"));
    // Update: set a Creem product so Creem can sell Starter.
    const auto updated = m_sandbox.request("PUT", QStringLiteral("/admin/billing/plans/starter"), m_sa,
        R"({"creem_product_id":"prod_starter","price_monthly":"10.99"})");
    QCOMPARE(updated.status, 200);
    // A string is major units: "10.99" is answered as 1099 cents.
    QCOMPARE(updated.json.value(QStringLiteral("data")).toObject().value(QStringLiteral("price_monthly")).toInteger(),
        qint64(1099));
    QCOMPARE(updated.json.value(QStringLiteral("data")).toObject().value(QStringLiteral("creem_product_id")).toString(),
        QStringLiteral("prod_starter"));
    QCOMPARE(
        m_sandbox.request("PUT", QStringLiteral("/admin/billing/plans/nope"), m_sa, R"({"name":"x"})").status, 404);
    QCOMPARE(m_sandbox.request("PUT", QStringLiteral("/admin/billing/plans/starter"), m_sa, R"({})").errorCode(),
        QStringLiteral("nothing_to_change"));
    QCOMPARE(
        m_sandbox.request("PUT", QStringLiteral("/admin/billing/plans/starter"), m_sa, R"({"features":"many"})").status,
        400);
}

void TestCreditsApi::adminCoupons()
{
    const auto percent = m_sandbox.post(QStringLiteral("/admin/billing/coupons"), m_sa,
        {{QStringLiteral("code"), QStringLiteral("spring25")}, {QStringLiteral("percent_off"), QStringLiteral("25")},
            {QStringLiteral("duration"), QStringLiteral("repeating")}, {QStringLiteral("duration_in_months"), 3},
            {QStringLiteral("valid_until"), QStringLiteral("2030-03-31")}, {QStringLiteral("max_redemptions"), 100}});
    QCOMPARE(percent.status, 201);
    const QJsonObject c = percent.json.value(QStringLiteral("data")).toObject();
    QCOMPARE(c.value(QStringLiteral("code")).toString(), QStringLiteral("SPRING25"));
    QCOMPARE(c.value(QStringLiteral("percent_off")).toString(), QStringLiteral("25.00"));
    QCOMPARE(c.value(QStringLiteral("duration_in_months")).toInt(), 3);
    const auto amount = m_sandbox.post(QStringLiteral("/admin/billing/coupons"), m_sa,
        {{QStringLiteral("code"), QStringLiteral("TENOFF")}, {QStringLiteral("amount_off"), QStringLiteral("10.00")},
            {QStringLiteral("currency"), QStringLiteral("USD")}});
    QCOMPARE(amount.status, 201);
    QCOMPARE(m_sandbox
                 .post(QStringLiteral("/admin/billing/coupons"), m_sa,
                     {{QStringLiteral("code"), QStringLiteral("TENOFF")},
                         {QStringLiteral("percent_off"), QStringLiteral("5")}})
                 .status,
        409);
    const struct
    {
        const char *body;
        const char *code;
    } bad[] = {
        {R"({"code":"X","percent_off":"10"})", "invalid_field"},
        {R"({"code":"BOTH","percent_off":"10","amount_off":"1.00","currency":"USD"})", "invalid_field"},
        {R"({"code":"NONE"})", "invalid_field"},
        {R"({"code":"BIG","percent_off":"150"})", "invalid_field"},
        {R"({"code":"FINE","percent_off":12.555})", "invalid_field"},
        {R"({"code":"EXP","percent_off":1e1})", "invalid_field"},
        {R"({"code":"YEN","amount_off":"10.5","currency":"JPY"})", "invalid_amount"},
        {R"({"code":"REPEAT","percent_off":"10","duration":"repeating"})", "invalid_field"},
        {R"({"code":"DATES","percent_off":"10","valid_from":"2030-01-02","valid_until":"2030-01-01"})", "invalid_date"},
    };
    for (const auto &b : bad) {
        const auto r = m_sandbox.request("POST", QStringLiteral("/admin/billing/coupons"), m_sa, b.body);
        QVERIFY2(r.status == 400, b.body);
        QCOMPARE(r.errorCode(), QString::fromLatin1(b.code));
    }
    const auto list =
        m_sandbox.get(QStringLiteral("/admin/billing/coupons"), m_sa).json.value(QStringLiteral("data")).toArray();
    QStringList codes;
    for (const QJsonValue &v : list)
        codes << v.toObject().value(QStringLiteral("code")).toString();
    QVERIFY(codes.contains(QStringLiteral("SPRING25")));
    QVERIFY(codes.contains(QStringLiteral("WELCOME20"))); // the org billing family's coupons live in the same book
}

void TestCreditsApi::adminTransactionsAndManualAdjustment()
{
    const auto all = m_sandbox.get(QStringLiteral("/admin/credits/transactions?limit=50"), m_support);
    QCOMPARE(all.status, 200);
    QSet<QString> orgs;
    for (const QJsonValue &v : all.json.value(QStringLiteral("data")).toArray())
        orgs.insert(v.toObject().value(QStringLiteral("org_id")).toString());
    const auto mine =
        m_sandbox.get(QStringLiteral("/admin/credits/transactions?org_id=%1&type=ai_usage&limit=10").arg(m_acme), m_sa);
    for (const QJsonValue &v : mine.json.value(QStringLiteral("data")).toArray()) {
        QCOMPARE(v.toObject().value(QStringLiteral("org_id")).toString(), m_acme);
        QCOMPARE(v.toObject().value(QStringLiteral("type")).toString(), QStringLiteral("ai_usage"));
    }
    QCOMPARE(m_sandbox.get(QStringLiteral("/admin/credits/transactions?from=tuesday"), m_sa).status, 400);

    const qint64 before = balance(m_owner);
    const QJsonObject add{{QStringLiteral("org_id"), m_acme}, {QStringLiteral("amount"), 250},
        {QStringLiteral("reason_code"), QStringLiteral("goodwill")},
        {QStringLiteral("note"), QStringLiteral("Apology for the slow export")}};
    const auto first = m_sandbox.post(QStringLiteral("/admin/credits/manual"), m_support, add, "manual-1");
    QCOMPARE(first.status, 201);
    QCOMPARE(
        first.json.value(QStringLiteral("data")).toObject().value(QStringLiteral("balance")).toInteger(), before + 250);
    QCOMPARE(first.json.value(QStringLiteral("data"))
                 .toObject()
                 .value(QStringLiteral("transaction"))
                 .toObject()
                 .value(QStringLiteral("operator"))
                 .toString(),
        QStringLiteral("support@lotus.example"));
    const auto replay = m_sandbox.post(QStringLiteral("/admin/credits/manual"), m_support, add, "manual-1");
    QCOMPARE(replay.status, 201);
    QCOMPARE(replay.header("Idempotent-Replayed"), QByteArray("true"));
    QCOMPARE(balance(m_owner), before + 250); // applied once
    // Taking more than the balance is refused unless explicitly allowed.
    const qint64 now = balance(m_owner);
    const auto refused = m_sandbox.post(QStringLiteral("/admin/credits/manual"), m_sa,
        {{QStringLiteral("org_id"), m_acme}, {QStringLiteral("amount"), -(now + 1)},
            {QStringLiteral("reason_code"), QStringLiteral("billing_error")},
            {QStringLiteral("note"), QStringLiteral("Reverse double grant")}});
    QCOMPARE(refused.status, 409);
    QCOMPARE(refused.errorCode(), QStringLiteral("insufficient_balance"));
    QCOMPARE(balance(m_owner), now);
    const auto allowed = m_sandbox.post(QStringLiteral("/admin/credits/manual"), m_sa,
        {{QStringLiteral("org_id"), m_acme}, {QStringLiteral("amount"), -(now + 1)},
            {QStringLiteral("reason_code"), QStringLiteral("billing_error")},
            {QStringLiteral("note"), QStringLiteral("Reverse double grant")},
            {QStringLiteral("allow_negative"), true}});
    QCOMPARE(allowed.status, 201);
    QCOMPARE(balance(m_owner), qint64(-1));
    QCOMPARE(m_sandbox
                 .post(QStringLiteral("/admin/credits/manual"), m_sa,
                     {{QStringLiteral("org_id"), m_acme}, {QStringLiteral("amount"), now + 1},
                         {QStringLiteral("reason_code"), QStringLiteral("billing_error")},
                         {QStringLiteral("note"), QStringLiteral("Restore")}})
                 .status,
        201);
    const struct
    {
        const char *body;
        const char *code;
    } bad[] = {
        {R"({"amount":5,"reason_code":"goodwill","note":"x"})", "missing_field"},
        {R"({"org_id":"org_x","amount":5,"reason_code":"goodwill","note":"x"})", "not_found"},
        {R"({"org_id":"@","amount":5,"reason_code":"because","note":"x"})", "invalid_field"},
        {R"({"org_id":"@","amount":0,"reason_code":"goodwill","note":"x"})", "invalid_field"},
        {R"({"org_id":"@","amount":1.5,"reason_code":"goodwill","note":"x"})", "invalid_field"},
        {R"({"org_id":"@","amount":5,"reason_code":"goodwill"})", "missing_field"},
    };
    for (const auto &b : bad) {
        const QByteArray body = QByteArray(b.body).replace("\"@\"", QByteArray('"' + m_acme.toUtf8() + '"'));
        const auto r = m_sandbox.request("POST", QStringLiteral("/admin/credits/manual"), m_sa, body);
        QVERIFY2(r.status == 400 || r.status == 404, b.body);
        QCOMPARE(r.errorCode(), QString::fromLatin1(b.code));
    }
}

void TestCreditsApi::checkinConfig()
{
    QCOMPARE(m_sandbox.get(QStringLiteral("/admin/checkin/config"), m_sa)
                 .json.value(QStringLiteral("data"))
                 .toObject()
                 .value(QStringLiteral("credits"))
                 .toInteger(),
        qint64(10));
    const auto off =
        m_sandbox.request("PUT", QStringLiteral("/admin/checkin/config"), m_sa, R"({"enabled":false,"credits":25})");
    QCOMPARE(off.status, 200);
    QCOMPARE(
        off.json.value(QStringLiteral("data")).toObject().value(QStringLiteral("credits")).toInteger(), qint64(25));
    QCOMPARE(m_sandbox.post(QStringLiteral("/checkin"), m_member, {}).errorCode(), QStringLiteral("checkin_disabled"));
    QCOMPARE(m_sandbox.request("PUT", QStringLiteral("/admin/checkin/config"), m_sa, R"({"credits":0})").status, 400);
    QCOMPARE(m_sandbox.request("PUT", QStringLiteral("/admin/checkin/config"), m_sa, R"({})").status, 400);
    QCOMPARE(m_sandbox.request("PUT", QStringLiteral("/admin/checkin/config"), m_sa, R"({"enabled":true,"credits":10})")
                 .status,
        200);
}

QTEST_GUILESS_MAIN(TestCreditsApi)
// The dashboard's monthly summary (an aggregate query) adds up to the ledger as its pages list
// it, month by month, granted and used apart.
void TestCreditsApi::summaryIsTheLedgerByMonth()
{
    QMap<QString, QPair<qint64, qint64>> expected;
    QString cursor;
    for (int pages = 0; pages < 1000; ++pages) {
        const auto page = m_sandbox.get(QStringLiteral("/admin/credits/transactions?limit=500")
                + (cursor.isEmpty() ? QString() : u"&after=" + cursor),
            m_sa);
        QCOMPARE(page.status, 200);
        for (const QJsonValue &v : page.json.value(QStringLiteral("data")).toArray()) {
            const QJsonObject t = v.toObject();
            const QString month = QDateTime::fromString(t.value(QStringLiteral("created_at")).toString(), Qt::ISODate)
                                      .toUTC()
                                      .toString(QStringLiteral("yyyy-MM"));
            const qint64 amount = t.value(QStringLiteral("amount")).toInteger();
            (amount >= 0 ? expected[month].first : expected[month].second) += amount >= 0 ? amount : -amount;
        }
        cursor = QString::fromLatin1(page.header("X-Next-Cursor"));
        if (cursor.isEmpty())
            break;
    }
    QVERIFY(!expected.isEmpty());
    const auto summary = m_sandbox.get(QStringLiteral("/admin/credits/summary"), m_sa);
    QCOMPARE(summary.status, 200);
    QMap<QString, QPair<qint64, qint64>> got;
    for (const QJsonValue &v : summary.json.value(QStringLiteral("data")).toArray()) {
        const QJsonObject m = v.toObject();
        QVERIFY(m.value(QStringLiteral("granted")).isDouble()); // numbers, not text
        got[m.value(QStringLiteral("month")).toString()] = {
            m.value(QStringLiteral("granted")).toInteger(), m.value(QStringLiteral("used")).toInteger()};
    }
    QCOMPARE(got, expected);
}

#include "tst_credits_api.moc"
