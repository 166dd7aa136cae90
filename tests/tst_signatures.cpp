#include "models/gstin.h"
#include "sandbox/providersignatures.h"

#include <QtTest>

using namespace bc;

class TestSignatures : public QObject
{
    Q_OBJECT
private slots:
    void razorpayVectors();
    void stripeVector();
    void stripeVerification();
    void creemVector();
    void constantTimeEquals();
    void gstin_data();
    void gstin();
};

void TestSignatures::razorpayVectors()
{
    // providers.md, from the official Node SDK's tests.
    QCOMPARE(signatures::bodySignature("123456", R"({"a":1,"b":2,"c":{"d":3}})"),
        QByteArray("2fe04e22977002e6c7cb553adab8b460cb9e2a4970d5953cb27a8472752e3bbc"));
    QCOMPARE(signatures::razorpayPaymentSignature("EnLs21M47BllR3X8PSFtjtbd", QStringLiteral("order_IEIaMR65cu6nz3"),
                 QStringLiteral("pay_IH4NVgf4Dreq1l")),
        QByteArray("0d4e745a1838664ad6c9c9902212a32d627d68e917290b0ad5f08ff4561bc50f"));
    QCOMPARE(signatures::razorpaySubscriptionSignature("EnLs21M47BllR3X8PSFtjtbd", QStringLiteral("pay_IDZNwZZFtnjyym"),
                 QStringLiteral("sub_ID6MOhgkcoHj9I")),
        QByteArray("601f383334975c714c91a7d97dd723eb56520318355863dcf3821c0d07a17693"));
    // The reverse order does not match.
    QVERIFY(signatures::razorpaySubscriptionSignature(
                "EnLs21M47BllR3X8PSFtjtbd", QStringLiteral("sub_ID6MOhgkcoHj9I"), QStringLiteral("pay_IDZNwZZFtnjyym"))
        != QByteArray("601f383334975c714c91a7d97dd723eb56520318355863dcf3821c0d07a17693"));
}

void TestSignatures::stripeVector()
{
    QCOMPARE(signatures::stripeSignatureHeader(
                 "whsec_test_secret", 1700000000, R"({"id":"evt_test_webhook","object":"event"})"),
        QByteArray("t=1700000000,v1=d95c6b7477fbd7e9f90b1b0ef5f9c7ac25abca5382460e0d988c2b2a5b71b990"));
}

void TestSignatures::stripeVerification()
{
    const QByteArray body = R"({"id":"evt_test_webhook","object":"event"})";
    const QByteArray header = signatures::stripeSignatureHeader("whsec_test_secret", 1700000000, body);
    using V = signatures::StripeVerdict;
    QCOMPARE(signatures::verifyStripeSignature(header, body, "whsec_test_secret", 1700000100), V::Valid);
    QCOMPARE(signatures::verifyStripeSignature(header, body + ' ', "whsec_test_secret", 1700000100), V::NoMatch);
    QCOMPARE(signatures::verifyStripeSignature(header, body, "whsec_other", 1700000100), V::NoMatch);
    QCOMPARE(signatures::verifyStripeSignature(header, body, "whsec_test_secret", 1700000301), V::Stale);
    QCOMPARE(signatures::verifyStripeSignature("v1=abc", body, "whsec_test_secret", 1700000000), V::Malformed);
    // Any one of several v1 values may match (secret rotation).
    const QByteArray rotated = "t=1700000000,v1=0000,v1=" + header.mid(header.indexOf("v1=") + 3);
    QCOMPARE(signatures::verifyStripeSignature(rotated, body, "whsec_test_secret", 1700000000), V::Valid);
}

void TestSignatures::creemVector()
{
    QCOMPARE(
        signatures::bodySignature("whsec_test_creem",
            R"({"id":"evt_test","eventType":"checkout.completed","created_at":1700000000000,"object":{"id":"ch_test"}})"),
        QByteArray("e34acec3bd611d90c346f198f71d367d5d1b77266d66e743a26af32b77f34181"));
}

void TestSignatures::constantTimeEquals()
{
    QVERIFY(signatures::constantTimeEquals("abc", "abc"));
    QVERIFY(!signatures::constantTimeEquals("abc", "abd"));
    QVERIFY(!signatures::constantTimeEquals("abc", "abcd"));
    QVERIFY(signatures::constantTimeEquals("", ""));
}

void TestSignatures::gstin_data()
{
    QTest::addColumn<QString>("gstin");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("state");
    QTest::newRow("providers.md example") << "24AABCJ1087G1ZT" << true << "Gujarat";
    QTest::newRow("wrong check") << "24AABCJ1087G1ZU" << false << "";
    QTest::newRow("lowercase") << "24aabcj1087g1zt" << false << "";
    QTest::newRow("short") << "24AABCJ1087G1Z" << false << "";
    QTest::newRow("unknown state") << "99AABCJ1087G1ZT" << false << "";
}

void TestSignatures::gstin()
{
    QFETCH(QString, gstin);
    QFETCH(bool, valid);
    QFETCH(QString, state);
    QCOMPARE(gstin::isValid(gstin), valid);
    if (valid)
        QCOMPARE(gstin::stateName(gstin::stateCode(gstin)), state);
}

QTEST_GUILESS_MAIN(TestSignatures)
#include "tst_signatures.moc"
