// The official provider SDKs (npm: stripe, razorpay, creem) as an independent peer: they must accept
// what the sandbox and bc::signatures produce, and the sandbox must accept what they produce.
#include "sandboxprocess.h"

#include "sandbox/providersignatures.h"

#include <QProcess>
#include <QtTest>

using namespace bctest;

class TestSdkPeers : public QObject
{
    Q_OBJECT
private slots:
    void officialSdksAgree();
};

void TestSdkPeers::officialSdksAgree()
{
    const QString dir = QStringLiteral(BC_NODE_PEER_DIR);
    QVERIFY2(QFileInfo::exists(dir + QStringLiteral("/node_modules/stripe/package.json")),
        "tests/node has no node_modules: scripts/test installs them with npm ci");
    SandboxProcess sandbox;
    QVERIFY2(sandbox.start(), qPrintable(sandbox.error()));
    const QJsonObject providers = sandbox.info().value(QStringLiteral("providers")).toObject();
    const QByteArray stripeSecret = providers.value(QStringLiteral("stripe"))
                                        .toObject()
                                        .value(QStringLiteral("webhook_secret"))
                                        .toString()
                                        .toUtf8();
    const QByteArray razorpayWebhook = providers.value(QStringLiteral("razorpay"))
                                           .toObject()
                                           .value(QStringLiteral("webhook_secret"))
                                           .toString()
                                           .toUtf8();
    const QByteArray ownBody = R"({"id":"evt_own_1","object":"event","type":"ping"})";
    const QByteArray razorpayBody = R"({"event":"payment.captured","payload":{}})";

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("BC_URL"), sandbox.url().toString(QUrl::StripTrailingSlash));
    env.insert(QStringLiteral("BC_OWNER_KEY"), sandbox.key(QStringLiteral("owner")));
    env.insert(QStringLiteral("BC_STRIPE_WEBHOOK_SECRET"), QString::fromUtf8(stripeSecret));
    env.insert(QStringLiteral("BC_RAZORPAY_KEY_SECRET"),
        providers.value(QStringLiteral("razorpay")).toObject().value(QStringLiteral("key_secret")).toString());
    env.insert(QStringLiteral("BC_RAZORPAY_WEBHOOK_SECRET"), QString::fromUtf8(razorpayWebhook));
    env.insert(QStringLiteral("BC_OWN_STRIPE_BODY"), QString::fromUtf8(ownBody));
    env.insert(QStringLiteral("BC_OWN_STRIPE_HEADER"),
        QString::fromLatin1(
            bc::signatures::stripeSignatureHeader(stripeSecret, QDateTime::currentSecsSinceEpoch(), ownBody)));
    env.insert(QStringLiteral("BC_OWN_RAZORPAY_BODY"), QString::fromUtf8(razorpayBody));
    env.insert(QStringLiteral("BC_OWN_RAZORPAY_SIGNATURE"),
        QString::fromLatin1(bc::signatures::bodySignature(razorpayWebhook, razorpayBody)));
    const QByteArray creemSecret =
        providers.value(QStringLiteral("creem")).toObject().value(QStringLiteral("webhook_secret")).toString().toUtf8();
    const QByteArray creemBody =
        R"({"id":"evt_own_creem","eventType":"checkout.completed","created_at":1700000000000,"object":{"id":"ch_1"}})";
    env.insert(QStringLiteral("BC_CREEM_WEBHOOK_SECRET"), QString::fromUtf8(creemSecret));
    env.insert(QStringLiteral("BC_OWN_CREEM_BODY"), QString::fromUtf8(creemBody));
    env.insert(QStringLiteral("BC_OWN_CREEM_SIGNATURE"),
        QString::fromLatin1(bc::signatures::bodySignature(creemSecret, creemBody)));

    QProcess node;
    node.setProcessEnvironment(env);
    node.setWorkingDirectory(dir);
    node.setProcessChannelMode(QProcess::MergedChannels);
    node.start(QStringLiteral("node"), {QStringLiteral("peer.mjs")});
    QVERIFY2(node.waitForStarted(10000), "node is not installed: scripts/test installs it");
    QVERIFY(node.waitForFinished(60000));
    const QByteArray output = node.readAll();
    qInfo().noquote() << output.trimmed();
    QVERIFY2(node.exitCode() == 0, output.constData());
    QVERIFY(output.contains(" passed, 0 failed"));
}

QTEST_GUILESS_MAIN(TestSdkPeers)
#include "tst_sdk_peers.moc"
