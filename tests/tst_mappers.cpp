// api/ JSON mappers and the invoice JSON shape: strict about money, faithful round trips.
#include "api/jsonmappers.h"
#include "models/invoicejson.h"
#include "models/words.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace bc;

class TestMappers : public QObject
{
    Q_OBJECT
private slots:
    void subscription();
    void subscriptionRejectsBadMoney_data();
    void subscriptionRejectsBadMoney();
    void identity();
    void prorationPreview();
    void invoiceRoundTrip();
    void invoiceRejects_data();
    void invoiceRejects();
};

static QJsonObject subscriptionJson()
{
    return QJsonDocument::fromJson(R"({"id":"sub_1","orgId":"org_1","orgName":"Acme","planId":"pro","planName":"Pro",
        "status":"past_due","billingCycle":"yearly","amount":"9990.00","currency":"INR",
        "currentPeriodStart":"2026-01-01T00:00:00Z","currentPeriodEnd":"2027-01-01T00:00:00Z",
        "cancelAtPeriodEnd":true,"cancelledAt":null})")
        .object();
}

void TestMappers::subscription()
{
    Subscription s;
    QString error;
    QVERIFY2(json::toSubscription(subscriptionJson(), &s, &error), qPrintable(error));
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
    QTest::addColumn<QString>("key");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("errorPart");
    QTest::newRow("number, not string") << "amount" << QJsonValue(999.0) << "not a string amount";
    QTest::newRow("exponent") << "amount" << QJsonValue(QStringLiteral("9.99e2")) << "exponent";
    QTest::newRow("too precise") << "amount" << QJsonValue(QStringLiteral("999.001")) << "decimals";
    QTest::newRow("unknown currency") << "currency" << QJsonValue(QStringLiteral("RUP")) << "ISO 4217";
    QTest::newRow("unknown status") << "status" << QJsonValue(QStringLiteral("zombie")) << "unknown status";
}

void TestMappers::subscriptionRejectsBadMoney()
{
    QFETCH(QString, key);
    QFETCH(QJsonValue, value);
    QFETCH(QString, errorPart);
    QJsonObject o = subscriptionJson();
    o.insert(key, value);
    Subscription s;
    QString error;
    QVERIFY(!json::toSubscription(o, &s, &error));
    QVERIFY2(error.contains(errorPart), qPrintable(error));
}

void TestMappers::identity()
{
    json::Identity id;
    QString error;
    QVERIFY(json::toIdentity(QJsonDocument::fromJson(R"({"user":{"id":"u","email":"a@b","name":"A"},"role":"support",
        "org":{"id":"o","name":"Acme"},"families":["org_billing"]})")
                                 .object(),
        &id, &error));
    QCOMPARE(id.role, Role::Support);
    QCOMPARE(id.orgName, QStringLiteral("Acme"));
    QCOMPARE(id.families, QStringList{QStringLiteral("org_billing")});
    QVERIFY(!json::toIdentity(QJsonDocument::fromJson(R"({"role":"root"})").object(), &id, &error));
}

void TestMappers::prorationPreview()
{
    ProrationPreview p;
    QString error;
    QVERIFY2(json::toProrationPreview(QJsonDocument::fromJson(R"({"currentPlanId":"pro","currentPlanName":"Pro",
        "currentBillingCycle":"monthly","proposedPlanId":"business","proposedPlanName":"Business",
        "proposedBillingCycle":"monthly","currency":"INR","currentPrice":"999.00","proposedPrice":"1999.00",
        "credit":"-599.40","debit":"1199.40","net":"600.00","tax":"108.00","amountDueNow":"708.00",
        "creditCarriedForward":"0.00","newPeriodEnd":"2026-12-10T00:00:00Z"})")
                                          .object(),
                 &p, &error),
        qPrintable(error));
    QCOMPARE(p.credit.minorUnits(), qint64(-59940));
    QCOMPARE(p.net.minorUnits(), qint64(60000));
    QCOMPARE(p.amountDueNow.minorUnits(), qint64(70800));
    QCOMPARE(p.proposedPlanName, QStringLiteral("Business"));
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

QTEST_GUILESS_MAIN(TestMappers)
#include "tst_mappers.moc"
