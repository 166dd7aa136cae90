// Integration: tier billing (seed 004) and platform charges (seed 003) against billing-sandbox.
#include "sandboxprocess.h"

#include "sandbox/providersignatures.h"

#include <QJsonArray>
#include <QtTest>

using namespace bctest;

class TestTierPlatformApi : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void tierFreeShapeAndPortalBeforeSubscribing();
    void tierCheckoutActivatesThroughWebhook();
    void tierRejectsBadInputAndRoles();
    void tierWebhookEvents();
    void tierPortalCancelRenewalFailureAndDowngrade();
    void platformOneTimeCharge();
    void platformSubscriptionCharge();
    void platformRejectsBadInput_data();
    void platformRejectsBadInput();
    void platformRolesAndUnknownIds();

private:
    QString base() const;
    QByteArray stripeEvent(
        const QString &id, const QString &type, const QJsonObject &object, QByteArray *header, qint64 at = 0) const;
    std::unique_ptr<SandboxProcess> m_box;
    QString m_sa, m_owner, m_admin, m_support, m_member;
};

void TestTierPlatformApi::initTestCase()
{
    const bool postgres = qEnvironmentVariable("BC_TEST_BACKEND") == QLatin1String("postgres");
    if (postgres && !SandboxProcess::postgresAvailable())
        QFAIL("BC_TEST_BACKEND=postgres needs BC_TEST_PG_ADMIN_URL (scripts/test sets it).");
    m_box = std::make_unique<SandboxProcess>(
        postgres ? SandboxProcess::Backend::Postgres : SandboxProcess::Backend::Sqlite);
    QVERIFY2(m_box->start(), qPrintable(m_box->error()));
    m_sa = m_box->key(QStringLiteral("super_admin"));
    m_owner = m_box->key(QStringLiteral("owner"));
    m_admin = m_box->key(QStringLiteral("admin"));
    m_support = m_box->key(QStringLiteral("support"));
    m_member = m_box->key(QStringLiteral("member"));
}

QString TestTierPlatformApi::base() const
{
    const QJsonObject p = m_box->info().value(QStringLiteral("platform")).toObject();
    return QStringLiteral("/service/platform/billing/v1.0/company/%1/extension/%2")
        .arg(p.value(QStringLiteral("company_id")).toString(), p.value(QStringLiteral("extension_id")).toString());
}

QByteArray TestTierPlatformApi::stripeEvent(
    const QString &id, const QString &type, const QJsonObject &object, QByteArray *header, qint64 at) const
{
    const QByteArray body = QJsonDocument(
        QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("object"), QStringLiteral("event")},
            {QStringLiteral("type"), type}, {QStringLiteral("data"), QJsonObject{{QStringLiteral("object"), object}}}})
                                .toJson(QJsonDocument::Compact);
    *header = bc::signatures::stripeSignatureHeader(m_box->info()
                                                        .value(QStringLiteral("providers"))
                                                        .toObject()
                                                        .value(QStringLiteral("stripe"))
                                                        .toObject()
                                                        .value(QStringLiteral("webhook_secret"))
                                                        .toString()
                                                        .toUtf8(),
        at ? at : QDateTime::currentSecsSinceEpoch(), body);
    return body;
}

void TestTierPlatformApi::tierFreeShapeAndPortalBeforeSubscribing()
{
    const auto billing = m_box->get(QStringLiteral("/v1/billing"), m_member);
    QCOMPARE(billing.status, 200);
    QCOMPARE(billing.json,
        QJsonDocument::fromJson(
            R"({"plan":"free","status":null,"current_period_end":null,"cancel_at_period_end":null})")
            .object());
    const auto portal = m_box->post(QStringLiteral("/v1/billing/portal"), m_owner, {});
    QCOMPARE(portal.status, 400);
    QCOMPARE(portal.errorCode(), QStringLiteral("no_billing_history"));
}

void TestTierPlatformApi::tierCheckoutActivatesThroughWebhook()
{
    const auto checkout =
        m_box->post(QStringLiteral("/v1/billing/checkout"), m_owner, {{QStringLiteral("tier"), QStringLiteral("pro")}});
    QCOMPARE(checkout.status, 200);
    const QString url = checkout.json.value(QStringLiteral("checkout_url")).toString();
    QVERIFY(url.contains(QStringLiteral("/sim/stripe/checkout/cs_test_")));
    // Nothing changes until the payment completes.
    QCOMPARE(m_box->get(QStringLiteral("/v1/billing"), m_owner).json.value(QStringLiteral("plan")).toString(),
        QStringLiteral("free"));
    const QString page = QUrl(url).path();
    QVERIFY(m_box->get(page, {}).body.contains("$29.00"));
    const auto back = m_box->post(page + QStringLiteral("/cancel"), {}, {});
    QVERIFY(back.json.value(QStringLiteral("redirect")).toString().contains(QStringLiteral("checkout=cancelled")));
    const auto paid = m_box->post(page + QStringLiteral("/pay"), {}, {});
    const QString redirect = paid.json.value(QStringLiteral("redirect")).toString();
    QVERIFY2(
        redirect.contains(QStringLiteral("session_id=cs_test_")), qPrintable(redirect)); // {CHECKOUT_SESSION_ID} filled
    QTRY_COMPARE_WITH_TIMEOUT(
        m_box->get(QStringLiteral("/v1/billing"), m_owner).json.value(QStringLiteral("plan")).toString(),
        QStringLiteral("pro"), 15000);
    const QJsonObject b = m_box->get(QStringLiteral("/v1/billing"), m_member).json;
    QCOMPARE(b.value(QStringLiteral("status")).toString(), QStringLiteral("active"));
    QCOMPARE(b.value(QStringLiteral("cancel_at_period_end")).toBool(true), false);
    QVERIFY(QDateTime::fromString(b.value(QStringLiteral("current_period_end")).toString(), Qt::ISODate).isValid());
    const auto again =
        m_box->post(QStringLiteral("/v1/billing/checkout"), m_admin, {{QStringLiteral("tier"), QStringLiteral("pro")}});
    QCOMPARE(again.status, 409);
}

void TestTierPlatformApi::tierRejectsBadInputAndRoles()
{
    QCOMPARE(m_box
                 ->post(QStringLiteral("/v1/billing/checkout"), m_owner,
                     {{QStringLiteral("tier"), QStringLiteral("enterprise")}})
                 .errorCode(),
        QStringLiteral("contact_sales"));
    QCOMPARE(
        m_box->post(QStringLiteral("/v1/billing/checkout"), m_owner, {{QStringLiteral("tier"), QStringLiteral("gold")}})
            .status,
        400);
    QCOMPARE(
        m_box->post(QStringLiteral("/v1/billing/checkout"), m_owner, {}).errorCode(), QStringLiteral("missing_field"));
    QCOMPARE(m_box->request("POST", QStringLiteral("/v1/billing/checkout"), m_owner, "[").status, 400);
    QCOMPARE(
        m_box->post(QStringLiteral("/v1/billing/checkout"), m_member, {{QStringLiteral("tier"), QStringLiteral("pro")}})
            .status,
        403);
    QCOMPARE(m_box->post(QStringLiteral("/v1/billing/portal"), m_support, {}).status, 403);
    QCOMPARE(m_box->get(QStringLiteral("/v1/billing"), {}).status, 401);
}

void TestTierPlatformApi::tierWebhookEvents()
{
    QByteArray header;
    const QByteArray ping = stripeEvent(QStringLiteral("evt_tier_ping"), QStringLiteral("ping"), {}, &header);
    QCOMPARE(
        m_box->request("POST", QStringLiteral("/v1/billing/webhooks"), {}, ping, {{"Stripe-Signature", header}}).status,
        200);
    const auto duplicate =
        m_box->request("POST", QStringLiteral("/v1/billing/webhooks"), {}, ping, {{"Stripe-Signature", header}});
    QCOMPARE(duplicate.json.value(QStringLiteral("duplicate")).toBool(), true);
    QCOMPARE(
        m_box->request("POST", QStringLiteral("/v1/billing/webhooks"), {}, ping + ' ', {{"Stripe-Signature", header}})
            .status,
        400);
    QCOMPARE(m_box
                 ->request("POST", QStringLiteral("/v1/billing/webhooks"), {},
                     stripeEvent(QStringLiteral("evt_tier_stale"), QStringLiteral("ping"), {}, &header,
                         QDateTime::currentSecsSinceEpoch() - 301),
                     {{"Stripe-Signature", header}})
                 .status,
        400);
    QCOMPARE(m_box->request("POST", QStringLiteral("/v1/billing/webhooks"), {}, ping).status, 400);
}

void TestTierPlatformApi::tierPortalCancelRenewalFailureAndDowngrade()
{
    const auto portal = m_box->post(QStringLiteral("/v1/billing/portal"), m_owner, {});
    QCOMPARE(portal.status, 200);
    const QString portalPath = QUrl(portal.json.value(QStringLiteral("portal_url")).toString()).path();
    const QByteArray html = m_box->get(portalPath, {}).body;
    const qsizetype at = html.indexOf("subscriptions/sub_");
    QVERIFY(at > 0);
    const QString subscription = QString::fromLatin1(html.mid(at + 14, html.indexOf('/', at + 14) - at - 14));
    // customer.subscription.updated: cancel at period end, then renew again.
    QCOMPARE(
        m_box->post(portalPath + QStringLiteral("/subscriptions/%1/cancel").arg(subscription), {}, {}).status, 200);
    QTRY_COMPARE_WITH_TIMEOUT(
        m_box->get(QStringLiteral("/v1/billing"), m_owner).json.value(QStringLiteral("cancel_at_period_end")).toBool(),
        true, 15000);
    QCOMPARE(m_box->post(portalPath + QStringLiteral("/subscriptions/%1/renew").arg(subscription), {}, {}).status, 200);
    QTRY_COMPARE_WITH_TIMEOUT(m_box->get(QStringLiteral("/v1/billing"), m_owner)
                                  .json.value(QStringLiteral("cancel_at_period_end"))
                                  .toBool(true),
        false, 15000);
    // invoice.payment_failed: the next renewal fails, the account is past_due.
    QCOMPARE(
        m_box->post(QStringLiteral("/sim/stripe/subscriptions/%1/fail-next-renewal").arg(subscription), m_owner, {})
            .status,
        403);
    QCOMPARE(m_box->post(QStringLiteral("/sim/stripe/subscriptions/%1/fail-next-renewal").arg(subscription), m_sa, {})
                 .status,
        200);
    QCOMPARE(m_box->post(QStringLiteral("/sandbox/clock/advance"), m_sa, {{QStringLiteral("days"), 32}}).status, 200);
    QTRY_COMPARE_WITH_TIMEOUT(
        m_box->get(QStringLiteral("/v1/billing"), m_owner).json.value(QStringLiteral("status")).toString(),
        QStringLiteral("past_due"), 15000);
    // customer.subscription.deleted: back to free. The customer id is on the portal page.
    QByteArray header;
    const qsizetype c = html.indexOf("cus_");
    const QString customer = QString::fromLatin1(html.mid(c, html.indexOf('<', c) - c));
    const QByteArray body = stripeEvent(QStringLiteral("evt_tier_deleted"),
        QStringLiteral("customer.subscription.deleted"),
        QJsonObject{{QStringLiteral("id"), subscription}, {QStringLiteral("object"), QStringLiteral("subscription")},
            {QStringLiteral("customer"), customer}, {QStringLiteral("status"), QStringLiteral("canceled")}},
        &header);
    QCOMPARE(
        m_box->request("POST", QStringLiteral("/v1/billing/webhooks"), {}, body, {{"Stripe-Signature", header}}).status,
        200);
    QCOMPARE(m_box->get(QStringLiteral("/v1/billing"), m_owner).json.value(QStringLiteral("plan")).toString(),
        QStringLiteral("free"));
    QVERIFY(m_box->get(QStringLiteral("/v1/billing"), m_owner).json.value(QStringLiteral("status")).isNull());
    // Having subscribed once, the portal stays available.
    QCOMPARE(m_box->post(QStringLiteral("/v1/billing/portal"), m_owner, {}).status, 200);
}

void TestTierPlatformApi::platformOneTimeCharge()
{
    const QJsonObject body{{QStringLiteral("name"), QStringLiteral("Catalogue import")},
        {QStringLiteral("charge"),
            QJsonObject{{QStringLiteral("name"), QStringLiteral("Catalogue import")},
                {QStringLiteral("term"), QStringLiteral("One-time")},
                {QStringLiteral("price"),
                    QJsonObject{{QStringLiteral("amount"), QStringLiteral("1499.50")},
                        {QStringLiteral("currency_code"), QStringLiteral("INR")}}}}},
        {QStringLiteral("is_test"), true},
        {QStringLiteral("return_url"), QStringLiteral("https://extension.example/return")}};
    const auto created = m_box->post(base() + QStringLiteral("/one_time_charge"), m_admin, body);
    QCOMPARE(created.status, 200);
    const QJsonObject charge = created.json.value(QStringLiteral("charge")).toObject();
    for (const char *field : {"_id", "entity_type", "entity_id", "name", "term", "charge_type", "pricing_type", "price",
             "recurring", "status", "capped_amount", "activated_on", "cancelled_on", "billing_date", "current_period",
             "modified_at", "created_at", "is_test", "company_id", "meta", "__v"})
        QVERIFY2(charge.contains(QLatin1String(field)), field);
    QCOMPARE(charge.value(QStringLiteral("status")).toString(), QStringLiteral("pending"));
    QCOMPARE(charge.value(QStringLiteral("pricing_type")).toString(), QStringLiteral("one_time"));
    // Seed 003 shows the amount as a number: written from its exact text.
    QVERIFY2(created.body.contains(R"("amount":1499.50)"), created.body.constData());
    const QString id = charge.value(QStringLiteral("_id")).toString();
    QCOMPARE(id.size(), 24);
    const QString confirm = QUrl(created.json.value(QStringLiteral("confirm_url")).toString()).path();
    QVERIFY(m_box->get(confirm, {}).body.contains("Catalogue import"));
    const auto approved = m_box->post(confirm + QStringLiteral("/approve"), {}, {});
    const QUrl back(approved.json.value(QStringLiteral("redirect")).toString());
    QCOMPARE(back.host(), QStringLiteral("extension.example"));
    QCOMPARE(QUrlQuery(back).queryItemValue(QStringLiteral("charge_id")), id);
    const QJsonObject after = m_box->get(base() + QStringLiteral("/charge/") + id, m_owner).json;
    QCOMPARE(after.value(QStringLiteral("status")).toString(), QStringLiteral("active"));
    QVERIFY(!after.value(QStringLiteral("activated_on")).isNull());
    QCOMPARE(after.value(QStringLiteral("__v")).toInteger(), qint64(1));
    QCOMPARE(m_box->post(confirm + QStringLiteral("/approve"), {}, {}).status, 409); // approved once
}

void TestTierPlatformApi::platformSubscriptionCharge()
{
    const QJsonObject item{{QStringLiteral("name"), QStringLiteral("Reviews widget")},
        {QStringLiteral("term"), QStringLiteral("Per month")},
        {QStringLiteral("price"),
            QJsonObject{{QStringLiteral("amount"), QStringLiteral("299.00")},
                {QStringLiteral("currency_code"), QStringLiteral("INR")}}},
        {QStringLiteral("recurring"),
            QJsonObject{{QStringLiteral("interval"), QStringLiteral("month")}, {QStringLiteral("interval_count"), 1}}},
        {QStringLiteral("capped_amount"), QStringLiteral("1000.00")}};
    const auto created = m_box->post(base() + QStringLiteral("/subscription"), m_owner,
        {{QStringLiteral("name"), QStringLiteral("Reviews")}, {QStringLiteral("trial_days"), 14},
            {QStringLiteral("line_items"), QJsonArray{item}}, {QStringLiteral("is_test"), true},
            {QStringLiteral("return_url"), QStringLiteral("https://extension.example/return")}});
    QCOMPARE(created.status, 200);
    const QJsonObject sub = created.json.value(QStringLiteral("subscription")).toObject();
    for (const char *field : {"_id", "product_suit_id", "entity_id", "entity_type", "name", "status", "trial_days",
             "activated_on", "cancelled_on", "is_test", "created_at", "modified_at", "company_id", "line_items"})
        QVERIFY2(sub.contains(QLatin1String(field)), field);
    QVERIFY2(created.body.contains(R"("capped_amount":1000.00)"), created.body.constData()); // a number, as documented
    const QString id = sub.value(QStringLiteral("_id")).toString();
    m_box->post(
        QUrl(created.json.value(QStringLiteral("confirm_url")).toString()).path() + QStringLiteral("/approve"), {}, {});
    const QJsonObject active = m_box->get(base() + QStringLiteral("/subscription/") + id, m_owner).json;
    QCOMPARE(active.value(QStringLiteral("status")).toString(), QStringLiteral("active"));
    const qint64 trial =
        QDateTime::fromString(active.value(QStringLiteral("billing_date")).toString(), Qt::ISODate).toSecsSinceEpoch()
        - QDateTime::fromString(active.value(QStringLiteral("activated_on")).toString(), Qt::ISODate)
              .toSecsSinceEpoch();
    QCOMPARE(trial, qint64(14 * 86400)); // billing starts after the trial
    const auto cancelled = m_box->post(base() + QStringLiteral("/subscription/%1/cancel").arg(id), m_owner, {});
    QCOMPARE(cancelled.status, 200);
    QCOMPARE(cancelled.json.value(QStringLiteral("status")).toString(), QStringLiteral("cancelled"));
    QVERIFY(!cancelled.json.value(QStringLiteral("cancelled_on")).isNull());
    QCOMPARE(m_box->post(base() + QStringLiteral("/subscription/%1/cancel").arg(id), m_owner, {})
                 .json.value(QStringLiteral("cancelled_on")),
        cancelled.json.value(QStringLiteral("cancelled_on"))); // twice changes nothing
    // Declining on the confirm page.
    const auto other = m_box->post(base() + QStringLiteral("/subscription"), m_owner,
        {{QStringLiteral("name"), QStringLiteral("Other")}, {QStringLiteral("line_items"), QJsonArray{item}},
            {QStringLiteral("return_url"), QStringLiteral("https://extension.example/return")}});
    const auto declined = m_box->post(
        QUrl(other.json.value(QStringLiteral("confirm_url")).toString()).path() + QStringLiteral("/decline"), {}, {});
    QVERIFY(declined.json.value(QStringLiteral("redirect")).toString().contains(QStringLiteral("status=declined")));
}

void TestTierPlatformApi::platformRejectsBadInput_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("code");
    const QString one = QStringLiteral("/one_time_charge");
    const QString sub = QStringLiteral("/subscription");
    QTest::newRow("no name")
        << one
        << QByteArray(R"({"charge":{"price":{"amount":"1.00","currency_code":"INR"}},"return_url":"https://e.com"})")
        << "missing_field";
    QTest::newRow("no charge") << one << QByteArray(R"({"name":"x","return_url":"https://e.com"})") << "missing_field";
    QTest::newRow("amount with an exponent")
        << one
        << QByteArray(
               R"({"name":"x","charge":{"price":{"amount":1.5e2,"currency_code":"INR"}},"return_url":"https://e.com"})")
        << "invalid_amount";
    QTest::newRow("amount finer than paise")
        << one
        << QByteArray(
               R"({"name":"x","charge":{"price":{"amount":1.505,"currency_code":"INR"}},"return_url":"https://e.com"})")
        << "invalid_amount";
    QTest::newRow("zero amount")
        << one
        << QByteArray(
               R"({"name":"x","charge":{"price":{"amount":"0.00","currency_code":"INR"}},"return_url":"https://e.com"})")
        << "invalid_amount";
    QTest::newRow("bad currency")
        << one
        << QByteArray(
               R"({"name":"x","charge":{"price":{"amount":"1.00","currency_code":"XXQ"}},"return_url":"https://e.com"})")
        << "invalid_amount";
    QTest::newRow("bad return url")
        << one
        << QByteArray(
               R"({"name":"x","charge":{"price":{"amount":"1.00","currency_code":"INR"}},"return_url":"not a url"})")
        << "invalid_field";
    QTest::newRow("no line items") << sub << QByteArray(R"({"name":"x","line_items":[],"return_url":"https://e.com"})")
                                   << "missing_field";
    QTest::newRow("bad interval")
        << sub
        << QByteArray(
               R"({"name":"x","line_items":[{"name":"a","price":{"amount":"1.00","currency_code":"INR"},"recurring":{"interval":"fortnight"}}],"return_url":"https://e.com"})")
        << "invalid_field";
    QTest::newRow("negative trial")
        << sub
        << QByteArray(
               R"({"name":"x","trial_days":-1,"line_items":[{"name":"a","price":{"amount":"1.00","currency_code":"INR"}}],"return_url":"https://e.com"})")
        << "invalid_field";
    QTest::newRow("bad capped")
        << sub
        << QByteArray(
               R"({"name":"x","line_items":[{"name":"a","price":{"amount":"1.00","currency_code":"INR"},"capped_amount":-5}],"return_url":"https://e.com"})")
        << "invalid_amount";
    QTest::newRow("not json") << sub << QByteArray("{{") << "invalid_json";
}

void TestTierPlatformApi::platformRejectsBadInput()
{
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    QFETCH(QString, code);
    const auto r = m_box->request("POST", base() + path, m_owner, body);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorCode(), code);
}

void TestTierPlatformApi::platformRolesAndUnknownIds()
{
    QCOMPARE(m_box->get(base() + QStringLiteral("/charge/000000000000000000000000"), m_owner).status, 404);
    QCOMPARE(m_box->get(base() + QStringLiteral("/subscription/000000000000000000000000"), m_owner).status, 404);
    QCOMPARE(
        m_box->post(base() + QStringLiteral("/subscription/000000000000000000000000/cancel"), m_owner, {}).status, 404);
    const QString wrongCompany =
        base().replace(QRegularExpression(QStringLiteral("/company/[^/]+/")), QStringLiteral("/company/999999/"));
    QCOMPARE(m_box->get(wrongCompany + QStringLiteral("/charge/x"), m_owner).errorCode(),
        QStringLiteral("company_not_found"));
    QCOMPARE(m_box->post(base() + QStringLiteral("/one_time_charge"), m_support, {}).status, 403);
    QCOMPARE(m_box->post(base() + QStringLiteral("/subscription"), m_member, {}).status, 403);
    QCOMPARE(m_box->get(base() + QStringLiteral("/charge/x"), {}).status, 401);
}

QTEST_GUILESS_MAIN(TestTierPlatformApi)
#include "tst_tier_platform_api.moc"
