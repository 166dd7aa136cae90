// Integration: every seed-000 endpoint against a real billing-sandbox process, for every role,
// with bad input and replays. Runs twice under ctest: on SQLite and on PostgreSQL.
#include "sandboxprocess.h"

#include "models/money.h"
#include "sandbox/providersignatures.h"

#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpSocket>
#include <QtTest>

using namespace bctest;

class TestOrgBillingApi : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void unauthenticatedIs401WithJson();
    void roleMatrix_data();
    void roleMatrix();
    void subscriptionMe();
    void listAndGetAndPatch();
    void patchRejectsBadInput();
    void checkoutConfirmActivates();
    void checkoutRejectsBadInput_data();
    void checkoutRejectsBadInput();
    void couponsAtCheckout();
    void wrongSignatureChangesNothing();
    void planChangePreviewAndCommit();
    void cancelAndResume();
    void invoicesListJsonAndPdf();
    void paymentsExportCsv();
    void exportIsCompleteUnderInterleavedTraffic();
    void idempotencyReplaysAndRefuses();
    void malformedBodiesAre400();
    void clockRenewsAndFailedRenewalIsPastDue();
    void sessionLoginWithHttpOnlyCookie();
    void razorpayWebhookVerifiedAndIdempotent();
    void restartKeepsData();

private:
    QString ownerOrgSubscriptionId();
    QJsonObject payOrder(const QString &orderId, bool succeed = true);
    // Confirms a checkout with what the simulator's pay answered (order, payment, signature).
    bctest::HttpResult confirmPaid(const QJsonObject &paid, const QString &key);
    void resetAcmeToActivePro();

    std::unique_ptr<SandboxProcess> m_sandbox;
    QString m_sa, m_owner, m_admin, m_support, m_member;
};

void TestOrgBillingApi::initTestCase()
{
    const bool postgres = qEnvironmentVariable("BC_TEST_BACKEND") == QLatin1String("postgres");
    if (postgres && !SandboxProcess::postgresAvailable())
        QFAIL("BC_TEST_BACKEND=postgres but BC_TEST_PG_ADMIN_URL is not set; scripts/test starts a PostgreSQL cluster "
              "for this.");
    m_sandbox = std::make_unique<SandboxProcess>(
        postgres ? SandboxProcess::Backend::Postgres : SandboxProcess::Backend::Sqlite);
    QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->error()));
    QCOMPARE(m_sandbox->info().value(QStringLiteral("database")).toString(),
        postgres ? QStringLiteral("postgresql") : QStringLiteral("sqlite"));
    m_sa = m_sandbox->key(QStringLiteral("super_admin"));
    m_owner = m_sandbox->key(QStringLiteral("owner"));
    m_admin = m_sandbox->key(QStringLiteral("admin"));
    m_support = m_sandbox->key(QStringLiteral("support"));
    m_member = m_sandbox->key(QStringLiteral("member"));
    for (const QString &k : {m_sa, m_owner, m_admin, m_support, m_member})
        QVERIFY(!k.isEmpty());
    const QJsonObject rzp =
        m_sandbox->info().value(QStringLiteral("providers")).toObject().value(QStringLiteral("razorpay")).toObject();
    QVERIFY(rzp.value(QStringLiteral("key_id")).toString().startsWith(QLatin1String("rzp_test_")));
    QVERIFY(!m_sandbox->info()
                 .value(QStringLiteral("platform"))
                 .toObject()
                 .value(QStringLiteral("company_id"))
                 .toString()
                 .isEmpty());
}

void TestOrgBillingApi::cleanupTestCase()
{
    m_sandbox.reset();
}

QString TestOrgBillingApi::ownerOrgSubscriptionId()
{
    return m_sandbox->get(QStringLiteral("/api/billing/subscription/me"), m_owner)
        .json.value(QStringLiteral("id"))
        .toString();
}

QJsonObject TestOrgBillingApi::payOrder(const QString &orderId, bool succeed)
{
    return m_sandbox
        ->post(QStringLiteral("/sim/razorpay/orders/%1/pay").arg(orderId), {},
            {{QStringLiteral("outcome"), succeed ? QStringLiteral("success") : QStringLiteral("failure")}})
        .json;
}

bctest::HttpResult TestOrgBillingApi::confirmPaid(const QJsonObject &paid, const QString &key)
{
    return m_sandbox->post(QStringLiteral("/api/billing/checkout/confirm"), key,
        {{QStringLiteral("orderId"), paid.value(QStringLiteral("razorpay_order_id"))},
            {QStringLiteral("paymentId"), paid.value(QStringLiteral("razorpay_payment_id"))},
            {QStringLiteral("signature"), paid.value(QStringLiteral("razorpay_signature"))}});
}

// Puts Acme back on an active Pro monthly subscription through the public flow.
void TestOrgBillingApi::resetAcmeToActivePro()
{
    const auto me = m_sandbox->get(QStringLiteral("/api/billing/subscription/me"), m_owner);
    if (me.json.value(QStringLiteral("status")).toString() == QLatin1String("active")
        && me.json.value(QStringLiteral("planId")).toString() == QLatin1String("pro")
        && !me.json.value(QStringLiteral("cancelAtPeriodEnd")).toBool())
        return;
    const QString status = me.json.value(QStringLiteral("status")).toString();
    if (status == QLatin1String("active") || status == QLatin1String("past_due"))
        QCOMPARE(
            m_sandbox->post(QStringLiteral("/api/billing/cancel"), m_owner, {{QStringLiteral("atPeriodEnd"), false}})
                .status,
            200);
    const auto checkout = m_sandbox->post(QStringLiteral("/api/billing/checkout"), m_owner,
        {{QStringLiteral("planId"), QStringLiteral("pro")},
            {QStringLiteral("billingCycle"), QStringLiteral("monthly")}});
    QCOMPARE(checkout.status, 201);
    const QJsonObject paid = payOrder(checkout.json.value(QStringLiteral("orderId")).toString());
    const auto confirm = confirmPaid(paid, m_owner);
    QCOMPARE(confirm.status, 200);
}

void TestOrgBillingApi::unauthenticatedIs401WithJson()
{
    for (const char *path :
        {"/api/billing/subscription/me", "/api/billing/subscription", "/api/billing/payments/export"}) {
        const auto r = m_sandbox->get(QString::fromLatin1(path), {});
        QCOMPARE(r.status, 401);
        QCOMPARE(r.errorCode(), QStringLiteral("unauthenticated"));
        QVERIFY(r.contentType.startsWith("application/json"));
    }
    const auto bad =
        m_sandbox->get(QStringLiteral("/api/billing/subscription/me"), QStringLiteral("bc_test_owner_forged"));
    QCOMPARE(bad.status, 401);
    const auto missing = m_sandbox->get(QStringLiteral("/api/billing/nothing-here"), m_owner);
    QCOMPARE(missing.status, 404);
    QCOMPARE(missing.errorCode(), QStringLiteral("not_found"));
}

void TestOrgBillingApi::roleMatrix_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("allowed"); // roles that get past the role check, comma-separated
    const QString all = QStringLiteral("super_admin,owner,admin,support,member");
    QTest::newRow("GET me") << QByteArray("GET") << "/api/billing/subscription/me" << all;
    QTest::newRow("GET list") << QByteArray("GET") << "/api/billing/subscription"
                              << "super_admin";
    QTest::newRow("GET by id") << QByteArray("GET") << "/api/billing/subscription/{sub}"
                               << "super_admin";
    QTest::newRow("PATCH by id") << QByteArray("PATCH") << "/api/billing/subscription/{sub}"
                                 << "super_admin";
    QTest::newRow("checkout") << QByteArray("POST") << "/api/billing/checkout"
                              << "owner,admin";
    QTest::newRow("confirm") << QByteArray("POST") << "/api/billing/checkout/confirm"
                             << "owner,admin";
    QTest::newRow("plan-change") << QByteArray("POST") << "/api/billing/plan-change"
                                 << "owner,admin";
    QTest::newRow("cancel") << QByteArray("POST") << "/api/billing/cancel"
                            << "owner,admin";
    QTest::newRow("resume") << QByteArray("POST") << "/api/billing/resume"
                            << "owner,admin";
    QTest::newRow("invoice pdf") << QByteArray("GET") << "/api/billing/invoices/{inv}/pdf"
                                 << "super_admin,owner,admin";
    QTest::newRow("payments export") << QByteArray("GET") << "/api/billing/payments/export"
                                     << "super_admin,owner,admin";
    QTest::newRow("invoice list") << QByteArray("GET") << "/api/billing/invoices"
                                  << "super_admin,owner,admin,support";
    QTest::newRow("payments list") << QByteArray("GET") << "/api/billing/payments"
                                   << "super_admin,owner,admin,support";
}

void TestOrgBillingApi::roleMatrix()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QString, allowed);
    const QString inv = m_sandbox->get(QStringLiteral("/api/billing/invoices?limit=1"), m_owner)
                            .json.value(QStringLiteral("data"))
                            .toArray()
                            .first()
                            .toObject()
                            .value(QStringLiteral("id"))
                            .toString();
    path.replace(QStringLiteral("{sub}"), ownerOrgSubscriptionId()).replace(QStringLiteral("{inv}"), inv);
    const QMap<QString, QString> keys{{QStringLiteral("super_admin"), m_sa}, {QStringLiteral("owner"), m_owner},
        {QStringLiteral("admin"), m_admin}, {QStringLiteral("support"), m_support},
        {QStringLiteral("member"), m_member}};
    for (auto it = keys.cbegin(); it != keys.cend(); ++it) {
        // An empty JSON object: allowed roles then fail validation (400) or succeed, never 403.
        const auto r = m_sandbox->request(method, path, it.value(), method == "GET" ? QByteArray() : QByteArray("{}"));
        const bool shouldPass = allowed.split(u',').contains(it.key());
        if (shouldPass)
            QVERIFY2(r.status != 403 && r.status != 401,
                qPrintable(QStringLiteral("%1 got %2: %3").arg(it.key()).arg(r.status).arg(QString::fromUtf8(r.body))));
        else {
            QVERIFY2(r.status == 403, qPrintable(QStringLiteral("%1 got %2").arg(it.key()).arg(r.status)));
            QCOMPARE(r.errorCode(), QStringLiteral("forbidden"));
            QVERIFY(r.json.value(QStringLiteral("error"))
                        .toObject()
                        .value(QStringLiteral("message"))
                        .toString()
                        .contains(QStringLiteral("signed in as")));
        }
        QVERIFY2(r.status < 500, qPrintable(QString::fromUtf8(r.body)));
    }
}

void TestOrgBillingApi::subscriptionMe()
{
    const auto r = m_sandbox->get(QStringLiteral("/api/billing/subscription/me"), m_member);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.value(QStringLiteral("orgName")).toString(), QStringLiteral("Acme Retail Pvt Ltd"));
    QCOMPARE(r.json.value(QStringLiteral("currency")).toString(), QStringLiteral("INR"));
    QVERIFY(r.json.value(QStringLiteral("amount")).isString()); // amounts are strings in major units
    // The Super Admin's platform org has no subscription: a clear 404.
    const auto none = m_sandbox->get(QStringLiteral("/api/billing/subscription/me"), m_sa);
    QCOMPARE(none.status, 404);
    QCOMPARE(none.errorCode(), QStringLiteral("no_subscription"));
}

void TestOrgBillingApi::listAndGetAndPatch()
{
    const auto page1 = m_sandbox->get(QStringLiteral("/api/billing/subscription?limit=10"), m_sa);
    QCOMPARE(page1.status, 200);
    QCOMPARE(page1.json.value(QStringLiteral("data")).toArray().size(), 10);
    const QString cursor = page1.json.value(QStringLiteral("next_cursor")).toString();
    QVERIFY(!cursor.isEmpty());
    const auto page2 = m_sandbox->get(QStringLiteral("/api/billing/subscription?limit=10&after=") + cursor, m_sa);
    QCOMPARE(page2.status, 200);
    const QString firstOfPage2 =
        page2.json.value(QStringLiteral("data")).toArray().first().toObject().value(QStringLiteral("id")).toString();
    for (const QJsonValue &v : page1.json.value(QStringLiteral("data")).toArray())
        QVERIFY(v.toObject().value(QStringLiteral("id")).toString() != firstOfPage2); // keyset pages do not overlap
    const auto pastDue = m_sandbox->get(QStringLiteral("/api/billing/subscription?status=past_due"), m_sa);
    for (const QJsonValue &v : pastDue.json.value(QStringLiteral("data")).toArray())
        QCOMPARE(v.toObject().value(QStringLiteral("status")).toString(), QStringLiteral("past_due"));
    QCOMPARE(m_sandbox->get(QStringLiteral("/api/billing/subscription?status=bogus"), m_sa).status, 400);
    QCOMPARE(m_sandbox->get(QStringLiteral("/api/billing/subscription?limit=0"), m_sa).status, 400);
    QCOMPARE(m_sandbox->get(QStringLiteral("/api/billing/subscription?after=garbage"), m_sa).status, 400);

    const QString id = ownerOrgSubscriptionId();
    const auto one = m_sandbox->get(QStringLiteral("/api/billing/subscription/") + id, m_sa);
    QCOMPARE(one.status, 200);
    QVERIFY(!one.json.value(QStringLiteral("history")).toArray().isEmpty());
    QCOMPARE(m_sandbox->get(QStringLiteral("/api/billing/subscription/sub_nope"), m_sa).status, 404);

    const auto patched = m_sandbox->request("PATCH", QStringLiteral("/api/billing/subscription/") + id, m_sa,
        R"({"cancelAtPeriodEnd":true,"reason":"Customer asked by phone"})");
    QCOMPARE(patched.status, 200);
    QCOMPARE(patched.json.value(QStringLiteral("cancelAtPeriodEnd")).toBool(), true);
    const auto history = m_sandbox->get(QStringLiteral("/api/billing/subscription/") + id, m_sa)
                             .json.value(QStringLiteral("history"))
                             .toArray();
    QCOMPARE(history.last().toObject().value(QStringLiteral("reason")).toString(),
        QStringLiteral("Customer asked by phone"));
    QCOMPARE(history.last().toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("patched"));
    QCOMPARE(m_sandbox
                 ->request("PATCH", QStringLiteral("/api/billing/subscription/") + id, m_sa,
                     R"({"cancelAtPeriodEnd":false,"reason":"Undo"})")
                 .status,
        200);
}

void TestOrgBillingApi::patchRejectsBadInput()
{
    const QString path = QStringLiteral("/api/billing/subscription/") + ownerOrgSubscriptionId();
    const struct
    {
        const char *body;
        const char *code;
    } cases[] = {
        {R"({"status":"active"})", "missing_field"}, // reason required
        {R"({"reason":"x","status":"bogus"})", "invalid_field"},
        {R"({"reason":"x"})", "nothing_to_change"},
        {R"({"reason":"x","planId":"nope"})", "unknown_plan"},
        {R"({"reason":"x","amount":"1.00"})", "unknown_field"},
        {R"({"reason":"x","cancelAtPeriodEnd":"yes"})", "invalid_field"},
        {R"({"reason":"x","currentPeriodEnd":"2001-01-01T00:00:00Z"})", "invalid_field"},
        {R"({"reason":5,"status":"active"})", "invalid_field"},
    };
    const QString before = QString::fromUtf8(m_sandbox->get(path, m_sa).body);
    for (const auto &c : cases) {
        const auto r = m_sandbox->request("PATCH", path, m_sa, c.body);
        QVERIFY2(r.status == 400, c.body);
        QCOMPARE(r.errorCode(), QString::fromLatin1(c.code));
    }
    QCOMPARE(QString::fromUtf8(m_sandbox->get(path, m_sa).body), before);
}

void TestOrgBillingApi::checkoutConfirmActivates()
{
    const auto me = m_sandbox->get(QStringLiteral("/api/billing/subscription/me"), m_owner);
    // Acme is active: a second checkout is refused with a pointer to plan change.
    const auto refused = m_sandbox->post(QStringLiteral("/api/billing/checkout"), m_owner,
        {{QStringLiteral("planId"), QStringLiteral("business")},
            {QStringLiteral("billingCycle"), QStringLiteral("monthly")}});
    QCOMPARE(refused.status, 409);
    QCOMPARE(refused.errorCode(), QStringLiteral("already_subscribed"));

    QCOMPARE(m_sandbox
                 ->post(QStringLiteral("/api/billing/cancel"), m_admin,
                     {{QStringLiteral("atPeriodEnd"), false}, {QStringLiteral("reason"), QStringLiteral("test")}})
                 .status,
        200);
    const auto checkout = m_sandbox->post(QStringLiteral("/api/billing/checkout"), m_admin,
        {{QStringLiteral("planId"), QStringLiteral("business")},
            {QStringLiteral("billingCycle"), QStringLiteral("yearly")}});
    QCOMPARE(checkout.status, 201);
    const QJsonObject c = checkout.json;
    QVERIFY(c.value(QStringLiteral("orderId")).toString().startsWith(QLatin1String("order_")));
    QCOMPARE(c.value(QStringLiteral("keyId")).toString(),
        m_sandbox->info()
            .value(QStringLiteral("providers"))
            .toObject()
            .value(QStringLiteral("razorpay"))
            .toObject()
            .value(QStringLiteral("key_id"))
            .toString());
    // 19990.00 + 18% GST (intra-state: CGST 9% + SGST 9%) = 23588.20, rounded to 23588.00.
    QCOMPARE(c.value(QStringLiteral("amount")).toString(), QStringLiteral("23588.00"));
    QCOMPARE(c.value(QStringLiteral("amountSubunits")).toInteger(), qint64(2358800));
    QCOMPARE(c.value(QStringLiteral("breakdown")).toObject().value(QStringLiteral("taxes")).toArray().size(), 2);
    QCOMPARE(c.value(QStringLiteral("prefill")).toObject().value(QStringLiteral("email")).toString(),
        QStringLiteral("admin@acme-retail.example"));
    const auto order =
        m_sandbox->get(QStringLiteral("/sim/razorpay/orders/") + c.value(QStringLiteral("orderId")).toString(), {});
    QCOMPARE(order.json.value(QStringLiteral("amount")).toInteger(), qint64(2358800));
    QCOMPARE(order.json.value(QStringLiteral("status")).toString(), QStringLiteral("created"));

    // A failed attempt changes nothing; the order can still be paid.
    const QJsonObject failed = payOrder(c.value(QStringLiteral("orderId")).toString(), false);
    QCOMPARE(failed.value(QStringLiteral("error")).toObject().value(QStringLiteral("reason")).toString(),
        QStringLiteral("card_declined"));
    QCOMPARE(m_sandbox->get(QStringLiteral("/api/billing/subscription/me"), m_owner)
                 .json.value(QStringLiteral("status"))
                 .toString(),
        QStringLiteral("cancelled"));

    const QJsonObject paid = payOrder(c.value(QStringLiteral("orderId")).toString());
    const QByteArray expected = bc::signatures::razorpayPaymentSignature(m_sandbox->info()
                                                                             .value(QStringLiteral("providers"))
                                                                             .toObject()
                                                                             .value(QStringLiteral("razorpay"))
                                                                             .toObject()
                                                                             .value(QStringLiteral("key_secret"))
                                                                             .toString()
                                                                             .toUtf8(),
        paid.value(QStringLiteral("razorpay_order_id")).toString(),
        paid.value(QStringLiteral("razorpay_payment_id")).toString());
    QCOMPARE(paid.value(QStringLiteral("razorpay_signature")).toString().toLatin1(), expected);
    const QJsonObject confirmBody{{QStringLiteral("orderId"), paid.value(QStringLiteral("razorpay_order_id"))},
        {QStringLiteral("paymentId"), paid.value(QStringLiteral("razorpay_payment_id"))},
        {QStringLiteral("signature"), paid.value(QStringLiteral("razorpay_signature"))}};
    const auto confirm = m_sandbox->post(QStringLiteral("/api/billing/checkout/confirm"), m_admin, confirmBody);
    QCOMPARE(confirm.status, 200);
    const QJsonObject sub = confirm.json.value(QStringLiteral("subscription")).toObject();
    QCOMPARE(sub.value(QStringLiteral("status")).toString(), QStringLiteral("active"));
    QCOMPARE(sub.value(QStringLiteral("planId")).toString(), QStringLiteral("business"));
    QCOMPARE(sub.value(QStringLiteral("billingCycle")).toString(), QStringLiteral("yearly"));
    const QString invoiceId = confirm.json.value(QStringLiteral("invoiceId")).toString();
    const auto invoice = m_sandbox->get(QStringLiteral("/api/billing/invoices/") + invoiceId, m_owner);
    QCOMPARE(invoice.json.value(QStringLiteral("total")).toString(), QStringLiteral("23588.00"));
    QCOMPARE(invoice.json.value(QStringLiteral("status")).toString(), QStringLiteral("paid"));

    // Confirming again (or the order.paid webhook arriving) never creates a second subscription.
    const auto again = m_sandbox->post(QStringLiteral("/api/billing/checkout/confirm"), m_admin, confirmBody);
    QCOMPARE(again.status, 200);
    QCOMPARE(again.json.value(QStringLiteral("subscription")).toObject().value(QStringLiteral("id")).toString(),
        sub.value(QStringLiteral("id")).toString());
    QCOMPARE(again.json.value(QStringLiteral("invoiceId")).toString(), invoiceId);
    Q_UNUSED(me);
    resetAcmeToActivePro();
}

void TestOrgBillingApi::checkoutRejectsBadInput_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::newRow("missing plan") << QByteArray(R"({"billingCycle":"monthly"})") << 400 << "missing_field";
    QTest::newRow("plan wrong type") << QByteArray(R"({"planId":7,"billingCycle":"monthly"})") << 400
                                     << "invalid_field";
    QTest::newRow("unknown plan") << QByteArray(R"({"planId":"platinum","billingCycle":"monthly"})") << 400
                                  << "unknown_plan";
    QTest::newRow("bad cycle") << QByteArray(R"({"planId":"pro","billingCycle":"weekly"})") << 400 << "invalid_field";
    QTest::newRow("array body") << QByteArray(R"([1,2])") << 400 << "invalid_json";
    QTest::newRow("not json") << QByteArray("planId=pro") << 400 << "invalid_json";
    QTest::newRow("empty") << QByteArray() << 400 << "invalid_json";
}

void TestOrgBillingApi::checkoutRejectsBadInput()
{
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, code);
    const auto r = m_sandbox->request("POST", QStringLiteral("/api/billing/checkout"), m_owner, body);
    QCOMPARE(r.status, status);
    QCOMPARE(r.errorCode(), code);
}

void TestOrgBillingApi::couponsAtCheckout()
{
    QCOMPARE(m_sandbox->post(QStringLiteral("/api/billing/cancel"), m_owner, {{QStringLiteral("atPeriodEnd"), false}})
                 .status,
        200);
    auto checkout = [&](const char *coupon) {
        return m_sandbox->post(QStringLiteral("/api/billing/checkout"), m_owner,
            {{QStringLiteral("planId"), QStringLiteral("pro")},
                {QStringLiteral("billingCycle"), QStringLiteral("monthly")},
                {QStringLiteral("couponCode"), QString::fromLatin1(coupon)}});
    };
    const auto expired = checkout("SAVE10");
    QCOMPARE(expired.status, 400);
    QCOMPARE(expired.errorCode(), QStringLiteral("coupon_invalid"));
    QVERIFY2(expired.json.value(QStringLiteral("error"))
                 .toObject()
                 .value(QStringLiteral("message"))
                 .toString()
                 .contains(QStringLiteral("expired on")),
        expired.body.constData());
    QCOMPARE(checkout("LAUNCH").errorCode(), QStringLiteral("coupon_invalid")); // redemption limit reached
    QCOMPARE(checkout("NOSUCH").errorCode(), QStringLiteral("coupon_invalid"));
    const auto welcome = checkout("WELCOME20");
    QCOMPARE(welcome.status, 201);
    const QJsonObject b = welcome.json.value(QStringLiteral("breakdown")).toObject();
    QCOMPARE(b.value(QStringLiteral("discount")).toString(), QStringLiteral("199.80"));
    QCOMPARE(b.value(QStringLiteral("taxable")).toString(), QStringLiteral("799.20"));
    QCOMPARE(b.value(QStringLiteral("tax")).toString(), QStringLiteral("143.86"));
    QCOMPARE(b.value(QStringLiteral("total")).toString(), QStringLiteral("943.00"));
    // Paid, the invoice names the coupon behind its discount.
    const QJsonObject paid = payOrder(welcome.json.value(QStringLiteral("orderId")).toString());
    const auto confirmed = confirmPaid(paid, m_owner);
    QCOMPARE(confirmed.status, 200);
    const QJsonObject invoice = m_sandbox
                                    ->get(QStringLiteral("/api/billing/invoices/")
                                            + confirmed.json.value(QStringLiteral("invoiceId")).toString(),
                                        m_owner)
                                    .json;
    QCOMPARE(invoice.value(QStringLiteral("couponCode")).toString(), QStringLiteral("WELCOME20"));
    QCOMPARE(invoice.value(QStringLiteral("discountTotal")).toString(), QStringLiteral("199.80"));
    QCOMPARE(invoice.value(QStringLiteral("total")).toString(), QStringLiteral("943.00"));
    QVERIFY(!invoice.contains(QStringLiteral("creditsApplied")));
    QCOMPARE(m_sandbox->post(QStringLiteral("/api/billing/cancel"), m_owner, {{QStringLiteral("atPeriodEnd"), false}})
                 .status,
        200);
    const auto flat = checkout("flat500");
    QCOMPARE(flat.json.value(QStringLiteral("breakdown")).toObject().value(QStringLiteral("discount")).toString(),
        QStringLiteral("500.00"));
    resetAcmeToActivePro();
}

void TestOrgBillingApi::wrongSignatureChangesNothing()
{
    QCOMPARE(m_sandbox->post(QStringLiteral("/api/billing/cancel"), m_owner, {{QStringLiteral("atPeriodEnd"), false}})
                 .status,
        200);
    const auto before = m_sandbox->get(QStringLiteral("/api/billing/subscription/me"), m_owner).body;
    const auto checkout = m_sandbox->post(QStringLiteral("/api/billing/checkout"), m_owner,
        {{QStringLiteral("planId"), QStringLiteral("starter")},
            {QStringLiteral("billingCycle"), QStringLiteral("monthly")}});
    const QString orderId = checkout.json.value(QStringLiteral("orderId")).toString();
    const auto forged = m_sandbox->post(QStringLiteral("/api/billing/checkout/confirm"), m_owner,
        {{QStringLiteral("orderId"), orderId}, {QStringLiteral("paymentId"), QStringLiteral("pay_forged123")},
            {QStringLiteral("signature"), QString(QStringLiteral("0").repeated(64))}});
    QCOMPARE(forged.status, 400);
    QCOMPARE(forged.errorCode(), QStringLiteral("signature_invalid"));
    // A correctly signed but never-captured payment is refused too.
    const QByteArray secret = m_sandbox->info()
                                  .value(QStringLiteral("providers"))
                                  .toObject()
                                  .value(QStringLiteral("razorpay"))
                                  .toObject()
                                  .value(QStringLiteral("key_secret"))
                                  .toString()
                                  .toUtf8();
    const auto uncaptured = m_sandbox->post(QStringLiteral("/api/billing/checkout/confirm"), m_owner,
        {{QStringLiteral("orderId"), orderId}, {QStringLiteral("paymentId"), QStringLiteral("pay_never")},
            {QStringLiteral("signature"),
                QString::fromLatin1(
                    bc::signatures::razorpayPaymentSignature(secret, orderId, QStringLiteral("pay_never")))}});
    QCOMPARE(uncaptured.status, 400);
    QCOMPARE(uncaptured.errorCode(), QStringLiteral("payment_not_captured"));
    const auto unknown = m_sandbox->post(QStringLiteral("/api/billing/checkout/confirm"), m_owner,
        {{QStringLiteral("orderId"), QStringLiteral("order_unknown")},
            {QStringLiteral("paymentId"), QStringLiteral("pay_x")},
            {QStringLiteral("signature"), QStringLiteral("00")}});
    QCOMPARE(unknown.status, 404);
    QCOMPARE(m_sandbox->get(QStringLiteral("/api/billing/subscription/me"), m_owner).body, before);
    resetAcmeToActivePro();
}

void TestOrgBillingApi::planChangePreviewAndCommit()
{
    resetAcmeToActivePro();
    const auto before = m_sandbox->get(QStringLiteral("/api/billing/subscription/me"), m_owner).json;
    const auto preview = m_sandbox->post(QStringLiteral("/api/billing/plan-change"), m_owner,
        {{QStringLiteral("planId"), QStringLiteral("business")}, {QStringLiteral("preview"), true}});
    QCOMPARE(preview.status, 200);
    const QJsonObject p = preview.json.value(QStringLiteral("preview")).toObject();
    QCOMPARE(p.value(QStringLiteral("currentPrice")).toString(), QStringLiteral("999.00"));
    QCOMPARE(p.value(QStringLiteral("proposedPrice")).toString(), QStringLiteral("1999.00"));
    // A fresh period: the whole old price is credited and the whole new one charged (to the second).
    const qint64 credit =
        -bc::Money::parse(p.value(QStringLiteral("credit")).toString(), QStringLiteral("INR")).minorUnits();
    const qint64 debit =
        bc::Money::parse(p.value(QStringLiteral("debit")).toString(), QStringLiteral("INR")).minorUnits();
    QVERIFY(credit > 99000 && credit <= 99900);
    QVERIFY(debit > 198000 && debit <= 199900);
    QCOMPARE(bc::Money::parse(p.value(QStringLiteral("net")).toString(), QStringLiteral("INR")).minorUnits(),
        debit - credit);
    // Preview changed nothing.
    QCOMPARE(m_sandbox->get(QStringLiteral("/api/billing/subscription/me"), m_owner).json, before);

    QCOMPARE(m_sandbox
                 ->post(QStringLiteral("/api/billing/plan-change"), m_owner,
                     {{QStringLiteral("planId"), QStringLiteral("pro")}})
                 .errorCode(),
        QStringLiteral("same_plan"));
    QCOMPARE(m_sandbox
                 ->post(QStringLiteral("/api/billing/plan-change"), m_owner,
                     {{QStringLiteral("planId"), QStringLiteral("pro-usd")}})
                 .errorCode(),
        QStringLiteral("currency_mismatch"));
    QCOMPARE(m_sandbox
                 ->post(QStringLiteral("/api/billing/plan-change"), m_owner,
                     {{QStringLiteral("planId"), QStringLiteral("gold")}})
                 .errorCode(),
        QStringLiteral("unknown_plan"));

    const auto commit = m_sandbox->post(QStringLiteral("/api/billing/plan-change"), m_owner,
        {{QStringLiteral("planId"), QStringLiteral("business")},
            {QStringLiteral("reason"), QStringLiteral("Needs SSO")}},
        "plan-change-1");
    QCOMPARE(commit.status, 200);
    QCOMPARE(commit.json.value(QStringLiteral("subscription")).toObject().value(QStringLiteral("planId")).toString(),
        QStringLiteral("business"));
    QCOMPARE(commit.json.value(QStringLiteral("subscription")).toObject().value(QStringLiteral("amount")).toString(),
        QStringLiteral("1999.00"));
    const QString invoiceId = commit.json.value(QStringLiteral("invoiceId")).toString();
    QVERIFY(!invoiceId.isEmpty());
    const auto invoice = m_sandbox->get(QStringLiteral("/api/billing/invoices/") + invoiceId, m_owner).json;
    QCOMPARE(invoice.value(QStringLiteral("lines")).toArray().size(), 2);
    QCOMPARE(invoice.value(QStringLiteral("subtotal")).toString(),
        commit.json.value(QStringLiteral("preview")).toObject().value(QStringLiteral("net")).toString());
    // Downgrade back: a credit is carried forward, no invoice.
    const auto down = m_sandbox->post(
        QStringLiteral("/api/billing/plan-change"), m_owner, {{QStringLiteral("planId"), QStringLiteral("pro")}});
    QCOMPARE(down.status, 200);
    QVERIFY(down.json.value(QStringLiteral("invoiceId")).isNull());
    QVERIFY(!down.json.value(QStringLiteral("preview"))
                 .toObject()
                 .value(QStringLiteral("creditCarriedForward"))
                 .toString()
                 .startsWith(u'0'));
}

void TestOrgBillingApi::cancelAndResume()
{
    resetAcmeToActivePro();
    QCOMPARE(m_sandbox->post(QStringLiteral("/api/billing/resume"), m_owner, {}).errorCode(),
        QStringLiteral("not_cancelling"));
    const auto cancel = m_sandbox->post(
        QStringLiteral("/api/billing/cancel"), m_owner, {{QStringLiteral("reason"), QStringLiteral("Budget")}});
    QCOMPARE(cancel.status, 200);
    QCOMPARE(cancel.json.value(QStringLiteral("cancelAtPeriodEnd")).toBool(), true); // deferred by default
    QCOMPARE(cancel.json.value(QStringLiteral("status")).toString(), QStringLiteral("active"));
    QCOMPARE(m_sandbox->post(QStringLiteral("/api/billing/cancel"), m_owner, {}).errorCode(),
        QStringLiteral("already_cancelling"));
    const auto resumed = m_sandbox->post(QStringLiteral("/api/billing/resume"), m_owner, {});
    QCOMPARE(resumed.status, 200);
    QCOMPARE(resumed.json.value(QStringLiteral("cancelAtPeriodEnd")).toBool(), false);

    // Past the period end (sandbox clock), a scheduled cancellation takes effect and resume is 409.
    QCOMPARE(m_sandbox->post(QStringLiteral("/api/billing/cancel"), m_owner, {}).status, 200);
    QCOMPARE(
        m_sandbox->post(QStringLiteral("/sandbox/clock/advance"), m_owner, {{QStringLiteral("days"), 40}}).status, 403);
    QCOMPARE(
        m_sandbox->post(QStringLiteral("/sandbox/clock/advance"), m_sa, {{QStringLiteral("days"), 40}}).status, 200);
    const auto ended = m_sandbox->get(QStringLiteral("/api/billing/subscription/me"), m_owner);
    QCOMPARE(ended.json.value(QStringLiteral("status")).toString(), QStringLiteral("cancelled"));
    const auto late = m_sandbox->post(QStringLiteral("/api/billing/resume"), m_owner, {});
    QCOMPARE(late.status, 409);
    QCOMPARE(late.errorCode(), QStringLiteral("cannot_resume"));
    resetAcmeToActivePro();
}

void TestOrgBillingApi::invoicesListJsonAndPdf()
{
    // Support is the platform's: it reads every organisation's invoices; an Owner only its own.
    QSet<QString> supportSees;
    for (const QJsonValue &v : m_sandbox->get(QStringLiteral("/api/billing/invoices?limit=200"), m_support)
                                   .json.value(QStringLiteral("data"))
                                   .toArray())
        supportSees.insert(v.toObject().value(QStringLiteral("orgName")).toString());
    QVERIFY2(supportSees.size() > 1, qPrintable(QStringList(supportSees.values()).join(u',')));
    const auto list = m_sandbox->get(QStringLiteral("/api/billing/invoices?limit=5"), m_owner);
    QCOMPARE(list.status, 200);
    const QJsonArray data = list.json.value(QStringLiteral("data")).toArray();
    QVERIFY(!data.isEmpty());
    for (const QJsonValue &v : data)
        QCOMPARE(v.toObject().value(QStringLiteral("orgName")).toString(),
            QStringLiteral("Acme Retail Pvt Ltd")); // own org only
    const QString id = data.first().toObject().value(QStringLiteral("id")).toString();
    const auto json = m_sandbox->get(QStringLiteral("/api/billing/invoices/") + id, m_owner);
    QCOMPARE(json.status, 200);
    QVERIFY(json.json.value(QStringLiteral("number")).toString().startsWith(QLatin1String("INV-")));
    QVERIFY(json.json.value(QStringLiteral("number")).toString().size() <= 16); // GST serial rule
    QCOMPARE(json.json.value(QStringLiteral("seller")).toObject().value(QStringLiteral("stateCode")).toString(),
        QStringLiteral("29"));
    const auto pdf = m_sandbox->get(QStringLiteral("/api/billing/invoices/%1/pdf").arg(id), m_owner);
    QCOMPARE(pdf.status, 200);
    QCOMPARE(pdf.contentType, QByteArray("application/pdf"));
    QVERIFY(pdf.body.startsWith("%PDF-"));
    QVERIFY(pdf.header("Cache-Control").contains("max-age=3600"));
    // Another org's invoice is invisible to the Owner, visible to the Super Admin.
    const auto all = m_sandbox->get(QStringLiteral("/api/billing/invoices?limit=100"), m_sa)
                         .json.value(QStringLiteral("data"))
                         .toArray();
    QString foreign;
    for (const QJsonValue &v : all)
        if (v.toObject().value(QStringLiteral("orgName")).toString() != QLatin1String("Acme Retail Pvt Ltd"))
            foreign = v.toObject().value(QStringLiteral("id")).toString();
    QVERIFY(!foreign.isEmpty());
    QCOMPARE(m_sandbox->get(QStringLiteral("/api/billing/invoices/%1/pdf").arg(foreign), m_owner).status, 404);
    QCOMPARE(m_sandbox->get(QStringLiteral("/api/billing/invoices/%1/pdf").arg(foreign), m_sa).status, 200);
    QCOMPARE(m_sandbox->get(QStringLiteral("/api/billing/invoices?from=yesterday"), m_owner).errorCode(),
        QStringLiteral("invalid_date"));
}

void TestOrgBillingApi::paymentsExportCsv()
{
    const auto csv =
        m_sandbox->get(QStringLiteral("/api/billing/payments/export?from=2020-01-01&to=2030-12-31"), m_owner);
    QCOMPARE(csv.status, 200);
    QVERIFY(csv.contentType.startsWith("text/csv"));
    const QList<QByteArray> lines = csv.body.trimmed().split('\n');
    QVERIFY(lines.size() > 2);
    QVERIFY(lines.first().startsWith("payment_id,created_at,org_id,org_name"));
    QVERIFY(lines.at(1).contains("\"Acme Retail Pvt Ltd\""));
    QVERIFY(lines.at(1).contains("\"1179.00\"")); // amounts as strings in major units
    const auto empty =
        m_sandbox->get(QStringLiteral("/api/billing/payments/export?from=2001-01-01&to=2001-01-31"), m_owner);
    QCOMPARE(empty.body.trimmed().split('\n').size(), 1);
    const auto reversed =
        m_sandbox->get(QStringLiteral("/api/billing/payments/export?from=2026-02-01&to=2026-01-01"), m_owner);
    QCOMPARE(reversed.status, 400);
    QCOMPARE(reversed.errorCode(), QStringLiteral("invalid_date"));
    const auto bad = m_sandbox->get(QStringLiteral("/api/billing/payments/export?from=01/02/2026"), m_owner);
    QCOMPARE(bad.status, 400);
    // The Super Admin exports every organisation.
    const auto all = m_sandbox->get(QStringLiteral("/api/billing/payments/export"), m_sa);
    QVERIFY(all.body.split('\n').size() > lines.size());
}

void TestOrgBillingApi::exportIsCompleteUnderInterleavedTraffic()
{
    // 12,000 more payments, so the export takes many pages and many turns of the server's loop.
    resetAcmeToActivePro();
    const QString connection = QStringLiteral("export-seed");
    qint64 expected = 0;
    {
        QSqlDatabase db = m_sandbox->openDatabase(connection);
        QVERIFY2(db.isOpen(), qPrintable(db.lastError().text()));
        QSqlQuery one(db);
        QVERIFY(
            one.exec(QStringLiteral("SELECT org_id, provider, method, currency, created_at FROM payments LIMIT 1")));
        QVERIFY(one.next());
        QVERIFY(db.transaction());
        QSqlQuery insert(db);
        insert.prepare(QStringLiteral("INSERT INTO payments (id, org_id, invoice_id, provider, provider_payment_id,"
                                      " method, status, amount_minor, currency, created_at)"
                                      " VALUES (?, ?, NULL, ?, ?, ?, 'captured', ?, ?, ?)"));
        for (int i = 0; i < 12000; ++i) {
            insert.addBindValue(QStringLiteral("pay_bulk%1").arg(i, 6, 10, QLatin1Char('0')));
            insert.addBindValue(one.value(0));
            insert.addBindValue(one.value(1));
            insert.addBindValue(QStringLiteral("pay_prov_bulk%1").arg(i));
            insert.addBindValue(one.value(2));
            insert.addBindValue(qint64(1000 + i));
            insert.addBindValue(one.value(3));
            insert.addBindValue(one.value(4).toLongLong() + i % 97); // ties on created_at, broken by id
            QVERIFY2(insert.exec(), qPrintable(insert.lastError().text()));
        }
        QVERIFY(db.commit());
        QSqlQuery count(db);
        QVERIFY(count.exec(QStringLiteral("SELECT COUNT(*) FROM payments")));
        QVERIFY(count.next());
        expected = count.value(0).toLongLong();
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);

    // A slow reader: 8 KiB at a time, with other requests (reads and a keyed write) between.
    QTcpSocket socket;
    socket.setReadBufferSize(8 * 1024);
    socket.connectToHost(QStringLiteral("127.0.0.1"), m_sandbox->port());
    QVERIFY(socket.waitForConnected(5000));
    socket.write(
        "GET /api/billing/payments/export HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + m_sa.toUtf8() + "\r\n\r\n");
    QByteArray raw;
    for (int turn = 0; !raw.endsWith("\r\n0\r\n\r\n"); ++turn) {
        if (socket.bytesAvailable() == 0 && !socket.waitForReadyRead(10000))
            break;
        raw += socket.read(8 * 1024);
        if (turn % 10 == 0) {
            QCOMPARE(m_sandbox->get(QStringLiteral("/api/billing/subscription/me"), m_owner).status, 200);
            QCOMPARE(m_sandbox->get(QStringLiteral("/api/billing/subscription?limit=50"), m_sa).status, 200);
        }
        if (turn % 50 == 0)
            QCOMPARE(m_sandbox
                         ->post((turn / 50) % 2 ? QStringLiteral("/api/billing/resume")
                                                : QStringLiteral("/api/billing/cancel"),
                             m_owner, {{QStringLiteral("reason"), QStringLiteral("export interleave")}},
                             "export-interleave-" + QByteArray::number(turn))
                         .status
                    / 100,
                2);
    }
    QVERIFY2(raw.endsWith("\r\n0\r\n\r\n"), "the chunked transfer did not end with its last chunk");
    // De-chunk and count the data lines.
    QByteArray body;
    qsizetype pos = raw.indexOf("\r\n\r\n") + 4;
    while (true) {
        const qsizetype lineEnd = raw.indexOf("\r\n", pos);
        bool ok = false;
        const qsizetype size = raw.mid(pos, lineEnd - pos).toLongLong(&ok, 16);
        QVERIFY(ok);
        if (size == 0)
            break;
        body += raw.mid(lineEnd + 2, size);
        pos = lineEnd + 2 + size + 2;
    }
    const QList<QByteArray> lines = body.trimmed().split('\n');
    QCOMPARE(qint64(lines.size() - 1), expected);
    QSet<QByteArray> ids;
    for (qsizetype i = 1; i < lines.size(); ++i)
        ids.insert(lines[i].left(lines[i].indexOf(',')));
    QCOMPARE(qint64(ids.size()), expected); // each once
    resetAcmeToActivePro();
}

void TestOrgBillingApi::idempotencyReplaysAndRefuses()
{
    resetAcmeToActivePro();
    const QJsonObject body{{QStringLiteral("reason"), QStringLiteral("idempotency test")}};
    const auto first = m_sandbox->post(QStringLiteral("/api/billing/cancel"), m_owner, body, "cancel-key-1");
    QCOMPARE(first.status, 200);
    const auto replay = m_sandbox->post(QStringLiteral("/api/billing/cancel"), m_owner, body, "cancel-key-1");
    QCOMPARE(replay.status, 200); // not 409 already_cancelling: the first answer is replayed
    QCOMPARE(replay.header("Idempotent-Replayed"), QByteArray("true"));
    QCOMPARE(replay.body, first.body);
    const auto reused = m_sandbox->post(
        QStringLiteral("/api/billing/cancel"), m_owner, {{QStringLiteral("atPeriodEnd"), false}}, "cancel-key-1");
    QCOMPARE(reused.status, 422);
    QCOMPARE(reused.errorCode(), QStringLiteral("idempotency_key_reused"));
    QCOMPARE(m_sandbox->get(QStringLiteral("/api/billing/subscription/me"), m_owner)
                 .json.value(QStringLiteral("status"))
                 .toString(),
        QStringLiteral("active"));
    // Keys are per caller: the Admin's identical key is a different request.
    QCOMPARE(m_sandbox->post(QStringLiteral("/api/billing/resume"), m_admin, {}, "cancel-key-1").status, 200);
    // The same plan change replayed charges once.
    const auto invoicesBefore = m_sandbox->get(QStringLiteral("/api/billing/invoices?limit=500"), m_owner)
                                    .json.value(QStringLiteral("data"))
                                    .toArray()
                                    .size();
    const QJsonObject change{
        {QStringLiteral("planId"), QStringLiteral("business")}, {QStringLiteral("reason"), QStringLiteral("upgrade")}};
    QCOMPARE(m_sandbox->post(QStringLiteral("/api/billing/plan-change"), m_owner, change, "upgrade-once").status, 200);
    QCOMPARE(m_sandbox->post(QStringLiteral("/api/billing/plan-change"), m_owner, change, "upgrade-once").status, 200);
    const auto invoicesAfter = m_sandbox->get(QStringLiteral("/api/billing/invoices?limit=500"), m_owner)
                                   .json.value(QStringLiteral("data"))
                                   .toArray()
                                   .size();
    QCOMPARE(invoicesAfter, invoicesBefore + 1);
    resetAcmeToActivePro();
}

void TestOrgBillingApi::malformedBodiesAre400()
{
    const char *paths[] = {"/api/billing/checkout", "/api/billing/checkout/confirm", "/api/billing/plan-change",
        "/api/billing/cancel", "/api/billing/resume"};
    for (const char *path : paths) {
        for (const QByteArray &body :
            {QByteArray("{"), QByteArray("\"text\""), QByteArray("{\"atPeriodEnd\":\"soon\",\"planId\":[]}")}) {
            const auto r = m_sandbox->request("POST", QString::fromLatin1(path), m_owner, body);
            QVERIFY2(r.status >= 400 && r.status < 500,
                qPrintable(QStringLiteral("%1 %2 -> %3")
                               .arg(QString::fromLatin1(path), QString::fromUtf8(body))
                               .arg(r.status)));
            QVERIFY(!r.errorCode().isEmpty());
        }
    }
    QCOMPARE(m_sandbox->request("DELETE", QStringLiteral("/api/billing/checkout"), m_owner).status, 405);
}

void TestOrgBillingApi::clockRenewsAndFailedRenewalIsPastDue()
{
    resetAcmeToActivePro();
    const auto before = m_sandbox->get(QStringLiteral("/api/billing/subscription/me"), m_owner).json;
    const int invoicesBefore = int(m_sandbox->get(QStringLiteral("/api/billing/invoices?limit=500"), m_owner)
                                       .json.value(QStringLiteral("data"))
                                       .toArray()
                                       .size());
    // One period later: renewed, with an invoice and a captured payment.
    QCOMPARE(
        m_sandbox->post(QStringLiteral("/sandbox/clock/advance"), m_sa, {{QStringLiteral("days"), 32}}).status, 200);
    const auto renewed = m_sandbox->get(QStringLiteral("/api/billing/subscription/me"), m_owner).json;
    QCOMPARE(renewed.value(QStringLiteral("status")).toString(), QStringLiteral("active"));
    QCOMPARE(renewed.value(QStringLiteral("currentPeriodStart")).toString(),
        before.value(QStringLiteral("currentPeriodEnd")).toString());
    QCOMPARE(m_sandbox->get(QStringLiteral("/api/billing/invoices?limit=500"), m_owner)
                 .json.value(QStringLiteral("data"))
                 .toArray()
                 .size(),
        invoicesBefore + 1);
    // The next renewal is declined: past_due, an unpaid invoice, a failed payment.
    const QString id = renewed.value(QStringLiteral("id")).toString();
    QCOMPARE(
        m_sandbox->post(QStringLiteral("/sim/razorpay/subscriptions/%1/fail-next-renewal").arg(id), m_owner, {}).status,
        403);
    QCOMPARE(
        m_sandbox->post(QStringLiteral("/sim/razorpay/subscriptions/%1/fail-next-renewal").arg(id), m_sa, {}).status,
        200);
    QCOMPARE(
        m_sandbox->post(QStringLiteral("/sandbox/clock/advance"), m_sa, {{QStringLiteral("days"), 32}}).status, 200);
    const auto pastDue = m_sandbox->get(QStringLiteral("/api/billing/subscription/me"), m_owner).json;
    QCOMPARE(pastDue.value(QStringLiteral("status")).toString(), QStringLiteral("past_due"));
    const QJsonObject latest = m_sandbox->get(QStringLiteral("/api/billing/invoices?limit=1"), m_owner)
                                   .json.value(QStringLiteral("data"))
                                   .toArray()
                                   .first()
                                   .toObject();
    QCOMPARE(latest.value(QStringLiteral("status")).toString(), QStringLiteral("issued"));
    QCOMPARE(latest.value(QStringLiteral("amountDue")).toString(), latest.value(QStringLiteral("total")).toString());
    const QJsonObject payment = m_sandbox->get(QStringLiteral("/api/billing/payments?limit=1"), m_owner)
                                    .json.value(QStringLiteral("data"))
                                    .toArray()
                                    .first()
                                    .toObject();
    QCOMPARE(payment.value(QStringLiteral("status")).toString(), QStringLiteral("failed"));
    resetAcmeToActivePro();
}

void TestOrgBillingApi::sessionLoginWithHttpOnlyCookie()
{
    const QByteArray password = m_sandbox->info().value(QStringLiteral("demo_password")).toString().toUtf8();
    const auto wrong = m_sandbox->request(
        "POST", QStringLiteral("/api/auth/login"), {}, R"({"email":"owner@acme-retail.example","password":"nope"})");
    QCOMPARE(wrong.status, 401);
    QCOMPARE(wrong.errorCode(), QStringLiteral("invalid_credentials"));
    const auto login = m_sandbox->request("POST", QStringLiteral("/api/auth/login"), {},
        R"({"email":"Owner@Acme-Retail.example","password":")" + password + R"("})");
    QCOMPARE(login.status, 200);
    const QByteArray cookie = login.header("Set-Cookie");
    QVERIFY(cookie.contains("HttpOnly"));
    QVERIFY(cookie.contains("SameSite=Strict"));
    const QByteArray session = cookie.left(cookie.indexOf(';'));
    const auto who = m_sandbox->request("GET", QStringLiteral("/api/auth/whoami"), {}, {}, {{"Cookie", session}});
    QCOMPARE(who.status, 200);
    QCOMPARE(who.json.value(QStringLiteral("role")).toString(), QStringLiteral("owner"));
    // The session carries the role: a Super Admin endpoint is refused.
    QCOMPARE(
        m_sandbox->request("GET", QStringLiteral("/api/billing/subscription"), {}, {}, {{"Cookie", session}}).status,
        403);
    QCOMPARE(m_sandbox->request("POST", QStringLiteral("/api/auth/logout"), {}, {}, {{"Cookie", session}}).status, 200);
    QCOMPARE(m_sandbox->request("GET", QStringLiteral("/api/auth/whoami"), {}, {}, {{"Cookie", session}}).status, 401);
}

void TestOrgBillingApi::razorpayWebhookVerifiedAndIdempotent()
{
    // A paid order whose confirm never came: the signed order.paid webhook activates it, once.
    QCOMPARE(m_sandbox->post(QStringLiteral("/api/billing/cancel"), m_owner, {{QStringLiteral("atPeriodEnd"), false}})
                 .status,
        200);
    const auto checkout = m_sandbox->post(QStringLiteral("/api/billing/checkout"), m_owner,
        {{QStringLiteral("planId"), QStringLiteral("starter")},
            {QStringLiteral("billingCycle"), QStringLiteral("monthly")}});
    const QString orderId = checkout.json.value(QStringLiteral("orderId")).toString();
    const QJsonObject paid = payOrder(orderId);
    // The simulator delivers its own signed webhooks; wait for them to land.
    QTRY_COMPARE_WITH_TIMEOUT(m_sandbox->get(QStringLiteral("/api/billing/subscription/me"), m_owner)
                                  .json.value(QStringLiteral("planId"))
                                  .toString(),
        QStringLiteral("starter"), 15000);
    const QString subId = m_sandbox->get(QStringLiteral("/api/billing/subscription/me"), m_owner)
                              .json.value(QStringLiteral("id"))
                              .toString();

    const QByteArray secret = m_sandbox->info()
                                  .value(QStringLiteral("providers"))
                                  .toObject()
                                  .value(QStringLiteral("razorpay"))
                                  .toObject()
                                  .value(QStringLiteral("webhook_secret"))
                                  .toString()
                                  .toUtf8();
    const QByteArray body = QJsonDocument(
        QJsonObject{{QStringLiteral("event"), QStringLiteral("order.paid")},
            {QStringLiteral("payload"),
                QJsonObject{{QStringLiteral("order"),
                                QJsonObject{{QStringLiteral("entity"), QJsonObject{{QStringLiteral("id"), orderId}}}}},
                    {QStringLiteral("payment"),
                        QJsonObject{{QStringLiteral("entity"),
                            QJsonObject{
                                {QStringLiteral("id"), paid.value(QStringLiteral("razorpay_payment_id"))}}}}}}}})
                                .toJson(QJsonDocument::Compact);
    const QByteArray signature = bc::signatures::bodySignature(secret, body);
    const auto first = m_sandbox->request("POST", QStringLiteral("/api/billing/webhooks/razorpay"), {}, body,
        {{"X-Razorpay-Signature", signature}, {"x-razorpay-event-id", "evt_test_replay"}});
    QCOMPARE(first.status, 200);
    const auto duplicate = m_sandbox->request("POST", QStringLiteral("/api/billing/webhooks/razorpay"), {}, body,
        {{"X-Razorpay-Signature", signature}, {"x-razorpay-event-id", "evt_test_replay"}});
    QCOMPARE(duplicate.status, 200);
    QCOMPARE(duplicate.json.value(QStringLiteral("status")).toString(), QStringLiteral("duplicate"));
    const auto forged = m_sandbox->request("POST", QStringLiteral("/api/billing/webhooks/razorpay"), {}, body,
        {{"X-Razorpay-Signature", QByteArray(64, 'a')}, {"x-razorpay-event-id", "evt_forged"}});
    QCOMPARE(forged.status, 400);
    QCOMPARE(forged.errorCode(), QStringLiteral("signature_invalid"));
    // Still one subscription for that order, and confirm after the webhook agrees with it.
    QCOMPARE(m_sandbox->get(QStringLiteral("/api/billing/subscription/me"), m_owner)
                 .json.value(QStringLiteral("id"))
                 .toString(),
        subId);
    const auto confirm = m_sandbox->post(QStringLiteral("/api/billing/checkout/confirm"), m_owner,
        {{QStringLiteral("orderId"), orderId},
            {QStringLiteral("paymentId"), paid.value(QStringLiteral("razorpay_payment_id"))},
            {QStringLiteral("signature"), paid.value(QStringLiteral("razorpay_signature"))}});
    QCOMPARE(confirm.status, 200);
    QCOMPARE(
        confirm.json.value(QStringLiteral("subscription")).toObject().value(QStringLiteral("id")).toString(), subId);
    resetAcmeToActivePro();
}

void TestOrgBillingApi::restartKeepsData()
{
    const auto before = m_sandbox->get(QStringLiteral("/api/billing/subscription?limit=500"), m_sa).body;
    const QString owner = m_owner;
    QVERIFY2(m_sandbox->restart(), qPrintable(m_sandbox->error()));
    // Each start prints fresh keys (none can be computed from the database); earlier ones stay valid.
    QVERIFY(m_sandbox->key(QStringLiteral("owner")) != owner);
    QCOMPARE(m_sandbox->get(QStringLiteral("/api/billing/subscription/me"), owner).status, 200);
    QCOMPARE(m_sandbox->get(QStringLiteral("/api/billing/subscription?limit=500"), m_sa).body, before);
    QCOMPARE(m_sandbox->get(QStringLiteral("/health"), {}).json.value(QStringLiteral("schemaVersion")).toInt(),
        4); // version 4: payments and invoices by organisation
}

QTEST_GUILESS_MAIN(TestOrgBillingApi)
#include "tst_orgbilling_api.moc"
