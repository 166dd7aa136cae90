// Organisations are kept apart by the server, endpoint by endpoint (docs/API.md, "Organisations"):
// the Owner of another organisation (Bharat Textiles) tries every endpoint that names or reaches
// one of Acme Retail's resources, and is refused or sees only its own; the platform's Support
// reaches every organisation where its role table says so, and nothing more. Runs on SQLite and
// on PostgreSQL.
#include "sandboxprocess.h"

#include <QJsonArray>
#include <QtTest>

using namespace bctest;

class TestTenancy : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void orgBillingReadsOnlyOwnOrganisation();
    void orgBillingChangesOnlyOwnOrganisation();
    void creditsOnlyOwnOrganisation();
    void creditAdministrationIsThePlatforms();
    void platformChargesOnlyTheirCompany();

private:
    QString base() const;
    static QSet<QString> values(const QJsonArray &rows, const QString &key);
    std::unique_ptr<SandboxProcess> m_box;
    QString m_sa, m_owner, m_other, m_support, m_acme;
};

void TestTenancy::initTestCase()
{
    QString error;
    m_box = SandboxProcess::forTestBackend(&error);
    QVERIFY2(m_box, qPrintable(error));
    QVERIFY2(m_box->start(), qPrintable(m_box->error()));
    m_sa = m_box->key(QStringLiteral("super_admin"));
    m_owner = m_box->key(QStringLiteral("owner"));
    m_other = m_box->key(QStringLiteral("other_org_owner"));
    m_support = m_box->key(QStringLiteral("support"));
    m_acme = m_box->orgId(SandboxProcess::acme());
    QVERIFY(!m_other.isEmpty());
    QVERIFY(!m_acme.isEmpty());
}

QString TestTenancy::base() const
{
    const QJsonObject p = m_box->info().value(QStringLiteral("platform")).toObject();
    return QStringLiteral("/service/platform/billing/v1.0/company/%1/extension/%2")
        .arg(p.value(QStringLiteral("company_id")).toString(), p.value(QStringLiteral("extension_id")).toString());
}

QSet<QString> TestTenancy::values(const QJsonArray &rows, const QString &key)
{
    QSet<QString> out;
    for (const QJsonValue &v : rows)
        out.insert(v.toObject().value(key).toString());
    return out;
}

void TestTenancy::orgBillingReadsOnlyOwnOrganisation()
{
    const QJsonObject mine = m_box->get(QStringLiteral("/api/billing/subscription/me"), m_owner).json;
    const QString acmeSubscription = mine.value(QStringLiteral("id")).toString();
    QVERIFY(!acmeSubscription.isEmpty());
    const HttpResult theirs = m_box->get(QStringLiteral("/api/billing/subscription/me"), m_other);
    QCOMPARE(theirs.status, 200);
    QVERIFY(theirs.json.value(QStringLiteral("id")).toString() != acmeSubscription);

    // By id: the list and the record are the Super Admin's.
    QCOMPARE(m_box->get(QStringLiteral("/api/billing/subscription/") + acmeSubscription, m_other).status, 403);
    QCOMPARE(m_box->get(QStringLiteral("/api/billing/subscription"), m_other).status, 403);
    QCOMPARE(m_box->get(QStringLiteral("/api/billing/subscription/") + acmeSubscription, m_support).status, 403);

    const QJsonArray acmeInvoices = m_box->get(QStringLiteral("/api/billing/invoices?limit=5"), m_owner)
                                        .json.value(QStringLiteral("data"))
                                        .toArray();
    QVERIFY(!acmeInvoices.isEmpty());
    const QString invoice = acmeInvoices.first().toObject().value(QStringLiteral("id")).toString();
    QCOMPARE(m_box->get(QStringLiteral("/api/billing/invoices/") + invoice, m_other).status, 404);
    QCOMPARE(m_box->get(QStringLiteral("/api/billing/invoices/%1/pdf").arg(invoice), m_other).status, 404);
    QCOMPARE(m_box->get(QStringLiteral("/api/billing/invoices/") + invoice, m_support).status, 200); // platform
    QCOMPARE(m_box->get(QStringLiteral("/api/billing/invoices/%1/pdf").arg(invoice), m_support).status, 403);

    // Lists and the export hold only the caller's organisation, whatever it asks for.
    for (const QString &path : QStringList{QStringLiteral("/api/billing/invoices?limit=200&orgId=") + m_acme,
             QStringLiteral("/api/billing/payments?limit=200")}) {
        const HttpResult r = m_box->get(path, m_other);
        QCOMPARE(r.status, 200);
        const QSet<QString> orgs = values(r.json.value(QStringLiteral("data")).toArray(), QStringLiteral("orgName"));
        QVERIFY2(!orgs.contains(SandboxProcess::acme()), qPrintable(path));
        QVERIFY2(orgs.size() <= 1, qPrintable(path));
    }
    // orgId narrows a platform role's lists to one organisation, and widens nobody else's.
    for (const QString &list : {QStringLiteral("invoices"), QStringLiteral("payments")}) {
        const QString path = QStringLiteral("/api/billing/%1?limit=200&orgId=").arg(list) + m_acme;
        const HttpResult platform = m_box->get(path, m_support);
        QCOMPARE(platform.status, 200);
        const QSet<QString> seen =
            values(platform.json.value(QStringLiteral("data")).toArray(), QStringLiteral("orgName"));
        QVERIFY2(seen == QSet<QString>{SandboxProcess::acme()}, qPrintable(path));
        const HttpResult other = m_box->get(path, m_other);
        QCOMPARE(other.status, 200);
        QVERIFY2(!values(other.json.value(QStringLiteral("data")).toArray(), QStringLiteral("orgName"))
                      .contains(SandboxProcess::acme()),
            qPrintable(path));
    }
    const HttpResult csv = m_box->get(QStringLiteral("/api/billing/payments/export"), m_other);
    QCOMPARE(csv.status, 200);
    QVERIFY(!csv.body.contains(m_acme.toUtf8()));
    QVERIFY(!csv.body.contains("Acme Retail"));
    QCOMPARE(m_box->get(QStringLiteral("/api/billing/payments/export"), m_support).status, 403);
}

void TestTenancy::orgBillingChangesOnlyOwnOrganisation()
{
    // Cancel and resume act on the caller's own subscription: Acme's does not move.
    const auto acmeCancelling = [&] {
        return m_box->get(QStringLiteral("/api/billing/subscription/me"), m_owner)
            .json.value(QStringLiteral("cancelAtPeriodEnd"))
            .toBool();
    };
    const bool before = acmeCancelling();
    const HttpResult cancel = m_box->post(QStringLiteral("/api/billing/cancel"), m_other,
        {{QStringLiteral("reason"), QStringLiteral("tenancy test")}}, "tenancy-cancel");
    QVERIFY2(cancel.status == 200 || cancel.status == 409, cancel.body.constData());
    QCOMPARE(acmeCancelling(), before);
    const HttpResult patch = m_box->request("PATCH",
        QStringLiteral("/api/billing/subscription/")
            + m_box->get(QStringLiteral("/api/billing/subscription/me"), m_owner)
                  .json.value(QStringLiteral("id"))
                  .toString(),
        m_other, R"({"status":"cancelled","reason":"not mine"})", {{"Idempotency-Key", "tenancy-patch"}});
    QCOMPARE(patch.status, 403);
    QCOMPARE(m_box->post(QStringLiteral("/api/billing/cancel"), m_support, {}, "tenancy-support-cancel").status, 403);
}

void TestTenancy::creditsOnlyOwnOrganisation()
{
    const QJsonArray acmeOrders =
        m_box->get(QStringLiteral("/orders"), m_owner).json.value(QStringLiteral("data")).toArray();
    QVERIFY(!acmeOrders.isEmpty());
    const QString order = acmeOrders.first().toObject().value(QStringLiteral("id")).toString();
    QCOMPARE(m_box->get(QStringLiteral("/orders/") + order, m_owner).status, 200);
    QCOMPARE(m_box->get(QStringLiteral("/orders/") + order, m_other).status, 404);
    QVERIFY(!values(m_box->get(QStringLiteral("/orders"), m_other).json.value(QStringLiteral("data")).toArray(),
        QStringLiteral("id"))
                 .contains(order));

    const QSet<QString> acmeEntries = values(m_box->get(QStringLiteral("/credits/transactions?limit=100"), m_owner)
                                                 .json.value(QStringLiteral("data"))
                                                 .toArray(),
        QStringLiteral("id"));
    const QSet<QString> theirEntries = values(m_box->get(QStringLiteral("/credits/transactions?limit=100"), m_other)
                                                  .json.value(QStringLiteral("data"))
                                                  .toArray(),
        QStringLiteral("id"));
    QVERIFY(!acmeEntries.isEmpty());
    QVERIFY(!acmeEntries.intersects(theirEntries));
    QVERIFY(m_box->get(QStringLiteral("/credits/balance"), m_owner).json
            != m_box->get(QStringLiteral("/credits/balance"), m_other).json
        || theirEntries.isEmpty());
}

void TestTenancy::creditAdministrationIsThePlatforms()
{
    // An organisation's Owner administers no one's credits, not even its own.
    QCOMPARE(m_box->get(QStringLiteral("/admin/credits/transactions?org_id=") + m_acme, m_other).status, 403);
    QCOMPARE(m_box->get(QStringLiteral("/admin/orgs?q=acme"), m_other).status, 403);
    const QJsonObject grant{{QStringLiteral("org_id"), m_acme}, {QStringLiteral("amount"), 5},
        {QStringLiteral("reason_code"), QStringLiteral("goodwill")},
        {QStringLiteral("note"), QStringLiteral("not mine to give")}};
    QCOMPARE(m_box->post(QStringLiteral("/admin/credits/manual"), m_other, grant, "tenancy-grant-other").status, 403);
    QCOMPARE(m_box->post(QStringLiteral("/admin/credits/manual"), m_owner, grant, "tenancy-grant-owner").status, 403);
    // The platform's Support helps every customer: it reads and adjusts any organisation.
    QCOMPARE(m_box->get(QStringLiteral("/admin/credits/transactions?org_id=") + m_acme, m_support).status, 200);
    QCOMPARE(
        m_box->post(QStringLiteral("/admin/credits/manual"), m_support, grant, "tenancy-grant-support").status, 201);
    // …but manages no plans, coupons or check-in settings.
    QCOMPARE(m_box->get(QStringLiteral("/admin/billing/plans"), m_support).status, 403);
    QCOMPARE(m_box->get(QStringLiteral("/admin/billing/coupons"), m_support).status, 403);
    QCOMPARE(m_box->get(QStringLiteral("/admin/checkin/config"), m_support).status, 403);
}

void TestTenancy::platformChargesOnlyTheirCompany()
{
    const HttpResult list = m_box->get(base() + QStringLiteral("/charges"), m_owner);
    QCOMPARE(list.status, 200);
    QString subscription, charge;
    for (const QJsonValue &v : list.json.value(QStringLiteral("data")).toArray()) {
        const QJsonObject o = v.toObject();
        if (o.contains(QStringLiteral("line_items")) && subscription.isEmpty()
            && o.value(QStringLiteral("status")).toString() != QLatin1String("cancelled"))
            subscription = o.value(QStringLiteral("_id")).toString();
        else if (!o.contains(QStringLiteral("line_items")) && charge.isEmpty())
            charge = o.value(QStringLiteral("_id")).toString();
    }
    QVERIFY(!subscription.isEmpty());
    QVERIFY(!charge.isEmpty());
    const auto statusOf = [&] {
        return m_box->get(base() + QStringLiteral("/subscription/") + subscription, m_owner)
            .json.value(QStringLiteral("status"));
    };
    const QJsonValue before = statusOf();
    QVERIFY(before.isString());
    // To another organisation's Owner the company does not exist: nothing to read or cancel.
    QCOMPARE(m_box->get(base() + QStringLiteral("/charges"), m_other).status, 404);
    QCOMPARE(m_box->get(base() + QStringLiteral("/charge/") + charge, m_other).status, 404);
    QCOMPARE(m_box->get(base() + QStringLiteral("/subscription/") + subscription, m_other).status, 404);
    QCOMPARE(m_box
                 ->post(base() + QStringLiteral("/subscription/%1/cancel").arg(subscription), m_other, {},
                     "tenancy-charge-cancel")
                 .status,
        404);
    const QJsonObject oneTime{{QStringLiteral("name"), QStringLiteral("Not theirs")},
        {QStringLiteral("charge"),
            QJsonObject{{QStringLiteral("name"), QStringLiteral("Setup")},
                {QStringLiteral("term"), QStringLiteral("once")},
                {QStringLiteral("price"),
                    QJsonObject{{QStringLiteral("amount"), QStringLiteral("10.00")},
                        {QStringLiteral("currency_code"), QStringLiteral("INR")}}}}},
        {QStringLiteral("is_test"), true}, {QStringLiteral("return_url"), QStringLiteral("https://example.com/back")}};
    QCOMPARE(
        m_box->post(base() + QStringLiteral("/one_time_charge"), m_other, oneTime, "tenancy-one-time").status, 404);
    // Acme's subscription charge is untouched, and its Owner still reads it.
    QCOMPARE(statusOf(), before);
    QCOMPARE(m_box->get(base() + QStringLiteral("/charge/") + charge, m_sa).status, 200);
}

QTEST_GUILESS_MAIN(TestTenancy)
#include "tst_tenancy.moc"
