// billing-sandbox --documented-only: exactly the endpoints the seed documents list, with the
// documents' own shapes and types; every extension and simulator-only route answers 404 with a
// JSON body, as a backend written from the documents alone would.

#include "sandboxprocess.h"

#include <QJsonArray>
#include <QtTest>

using namespace bctest;

class TestDocumentedApi : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void extensionsAreNotThere_data();
    void extensionsAreNotThere();
    void creditsShapes();
    void orgBillingDocumentedReads();
    void platformNumbers();

private:
    SandboxProcess m_sandbox;
};

void TestDocumentedApi::initTestCase()
{
    qputenv("BC_TEST_DOCUMENTED_ONLY", "1");
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.error()));
    QVERIFY(m_sandbox.documentedOnly());
}

void TestDocumentedApi::extensionsAreNotThere_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("role");
    QTest::newRow("whoami") << QByteArray("GET") << QStringLiteral("/api/auth/whoami") << QStringLiteral("owner");
    QTest::newRow("invoice list") << QByteArray("GET") << QStringLiteral("/api/billing/invoices")
                                  << QStringLiteral("owner");
    QTest::newRow("payment list") << QByteArray("GET") << QStringLiteral("/api/billing/payments")
                                  << QStringLiteral("owner");
    QTest::newRow("plan list") << QByteArray("GET") << QStringLiteral("/api/billing/plans") << QStringLiteral("owner");
    QTest::newRow("revenue") << QByteArray("GET") << QStringLiteral("/api/billing/reports/revenue")
                             << QStringLiteral("super_admin");
    QTest::newRow("preview") << QByteArray("POST") << QStringLiteral("/api/billing/plan-change/preview")
                             << QStringLiteral("owner");
    QTest::newRow("credits current") << QByteArray("GET") << QStringLiteral("/subscription/current")
                                     << QStringLiteral("owner");
    QTest::newRow("customer search") << QByteArray("GET") << QStringLiteral("/admin/orgs?q=acme")
                                     << QStringLiteral("support");
    QTest::newRow("credits summary") << QByteArray("GET") << QStringLiteral("/admin/credits/summary")
                                     << QStringLiteral("super_admin");
}

void TestDocumentedApi::extensionsAreNotThere()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QString, role);
    const HttpResult r = m_sandbox.request(method, path, m_sandbox.key(role), method == "POST" ? "{}" : QByteArray());
    QCOMPARE(r.status, 404);
    QVERIFY2(r.contentType.startsWith("application/json"), r.contentType.constData());
    QVERIFY(!r.json.isEmpty());
}

void TestDocumentedApi::creditsShapes()
{
    const QString owner = m_sandbox.key(QStringLiteral("owner"));
    // {"success": true, "data": {"balance": 1500}}: a bare integer, nothing else.
    const HttpResult balance = m_sandbox.get(QStringLiteral("/credits/balance"), owner);
    QCOMPARE(balance.status, 200);
    QCOMPARE(balance.json.value(QStringLiteral("success")).toBool(), true);
    QVERIFY(balance.body.contains(R"("balance":)"));
    QVERIFY(balance.json.value(QStringLiteral("data")).toObject().value(QStringLiteral("balance")).isDouble());

    // Transactions: seed 002's five fields, paged by limit and offset, no cursor header.
    const HttpResult first = m_sandbox.get(QStringLiteral("/credits/transactions?limit=2&offset=0"), owner);
    QCOMPARE(first.status, 200);
    const QJsonArray rows = first.json.value(QStringLiteral("data")).toArray();
    QCOMPARE(rows.size(), 2);
    QStringList keys = rows.first().toObject().keys();
    keys.sort();
    QCOMPARE(keys,
        (QStringList{QStringLiteral("amount"), QStringLiteral("created_at"), QStringLiteral("description"),
            QStringLiteral("id"), QStringLiteral("type")}));
    QVERIFY(rows.first().toObject().value(QStringLiteral("amount")).isDouble());
    QVERIFY(first.header("X-Next-Cursor").isEmpty());
    const HttpResult second = m_sandbox.get(QStringLiteral("/credits/transactions?limit=2&offset=2"), owner);
    QCOMPARE(second.status, 200);
    QVERIFY(second.json.value(QStringLiteral("data")).toArray().first().toObject().value(QStringLiteral("id"))
        != rows.first().toObject().value(QStringLiteral("id")));

    // Plans: "price_monthly": 999, an integer with no currency beside it.
    const HttpResult plans = m_sandbox.get(QStringLiteral("/subscription/plans"), owner);
    QCOMPARE(plans.status, 200);
    const QJsonObject plan = plans.json.value(QStringLiteral("data")).toArray().first().toObject();
    QVERIFY(plan.value(QStringLiteral("price_monthly")).isDouble());
    QVERIFY(plan.value(QStringLiteral("price_yearly")).isDouble());
    QVERIFY(!plan.contains(QStringLiteral("currency")));
    QVERIFY(plan.value(QStringLiteral("features")).isArray());
}

void TestDocumentedApi::orgBillingDocumentedReads()
{
    const QString owner = m_sandbox.key(QStringLiteral("owner"));
    QCOMPARE(m_sandbox.get(QStringLiteral("/api/billing/subscription/me"), owner).status, 200);
    QCOMPARE(
        m_sandbox.get(QStringLiteral("/api/billing/subscription"), m_sandbox.key(QStringLiteral("super_admin"))).status,
        200);
    const HttpResult csv =
        m_sandbox.get(QStringLiteral("/api/billing/payments/export?from=2000-01-01&to=2100-01-01"), owner);
    QCOMPARE(csv.status, 200);
    QVERIFY2(csv.contentType.startsWith("text/csv"), csv.contentType.constData());
    QVERIFY(csv.body.count('\n') > 1);
}

void TestDocumentedApi::platformNumbers()
{
    const QJsonObject ids = m_sandbox.info().value(QStringLiteral("platform")).toObject();
    const QString base = QStringLiteral("/service/platform/billing/v1.0/company/%1/extension/%2")
                             .arg(ids.value(QStringLiteral("company_id")).toString(),
                                 ids.value(QStringLiteral("extension_id")).toString());
    const QString admin = m_sandbox.key(QStringLiteral("admin"));
    // No list of charges in seed 003.
    QCOMPARE(m_sandbox.get(base + QStringLiteral("/charges"), admin).status, 404);
    // Seed 003 shows money as numbers: a subscription charge with a numeric price and cap is read
    // exactly, and answered with numbers (never 0, never a string).
    const QByteArray body = R"({"name":"Reviews","trial_days":14,"is_test":true,)"
                            R"("return_url":"https://extension.example/return","line_items":[{"name":"Reviews widget",)"
                            R"("term":"Per month","price":{"amount":299.5,"currency_code":"INR"},)"
                            R"("recurring":{"interval":"month","interval_count":1},"capped_amount":1000}]})";
    const HttpResult created = m_sandbox.request("POST", base + QStringLiteral("/subscription"), admin, body,
        {{"Content-Type", "application/json"}, {"Idempotency-Key", "documented-subscription-1"}});
    QVERIFY2(created.status == 200, created.body.constData());
    const QJsonObject item = created.json.value(QStringLiteral("subscription"))
                                 .toObject()
                                 .value(QStringLiteral("line_items"))
                                 .toArray()
                                 .first()
                                 .toObject();
    QVERIFY2(item.value(QStringLiteral("capped_amount")).isDouble(), created.body.constData());
    QCOMPARE(item.value(QStringLiteral("capped_amount")).toInteger(), 1000);
    const QJsonValue amount = item.value(QStringLiteral("price")).toObject().value(QStringLiteral("amount"));
    QVERIFY2(amount.isDouble(), created.body.constData());
    QVERIFY2(created.body.contains(R"("amount":299.50)") || created.body.contains(R"("amount":299.5)"),
        created.body.constData());
    // A number that cannot be money exactly is refused, naming the field, with a JSON body.
    QByteArray bad = body;
    bad.replace("299.5,", "299.505,");
    const HttpResult refused = m_sandbox.request("POST", base + QStringLiteral("/subscription"), admin, bad,
        {{"Content-Type", "application/json"}, {"Idempotency-Key", "documented-subscription-2"}});
    QCOMPARE(refused.status, 400);
    QVERIFY2(refused.body.contains("amount"), refused.body.constData());
}

QTEST_GUILESS_MAIN(TestDocumentedApi)
#include "tst_documented_api.moc"
