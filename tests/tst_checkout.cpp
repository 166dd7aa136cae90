// The embedded checkout under Xvfb against billing-sandbox: Razorpay through the bridge page
// (pay, fail, dismiss, a forged result), Stripe and Creem sessions, the platform confirm page,
// and the allow-list.
#include "consolefixture.h"
#include "sandboxprocess.h"

#include "core/session.h"
#include "ui/checkoutflow.h"
#include "ui/checkoutlauncher.h"
#include "ui/mainwindow.h"
#include "ui/messagebar.h"
#include "ui/subscriptionspane.h"

#include <QAction>
#include <QPushButton>
#include <QtTest>
#include <QWebEnginePage>
#include <QWebEngineView>

using namespace bc;
using namespace bctest;

class TestCheckout : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void razorpayHostedPageRefusesScriptCallbacks();
    void razorpayDismissAndFailChangeNothing();
    void razorpayForgedResultIsRefused();
    void razorpayPayActivates();
    void stripeCreditsPurchase();
    void creemCreditsPurchase();
    void platformConfirmPage();
    void navigationOutsideTheAllowListIsBlocked();
    void fromTheSubscriptionsPane();
    void tierUpgradeAndBridgeStaysOnItsPage();

private:
    Session *session(const QString &role);
    QWebEnginePage *waitForPage(CheckoutFlow *flow);
    bool click(QWebEnginePage *page, const QString &selector);
    QVariant js(QWebEnginePage *page, const QString &script);
    QString subscriptionStatus();
    qint64 balance();
    SandboxProcess m_sandbox;
    QWidget m_parent;
};

void TestCheckout::initTestCase()
{
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.error()));
    QVERIFY(!CheckoutLauncher::isLoaded()); // QtWebEngine is not in the process until a checkout opens
    // Start without a subscription so that a checkout is possible.
    QCOMPARE(m_sandbox
                 .post(QStringLiteral("/api/billing/cancel"), m_sandbox.key(QStringLiteral("owner")),
                     {{QStringLiteral("atPeriodEnd"), false}})
                 .status,
        200);
}

void TestCheckout::razorpayHostedPageRefusesScriptCallbacks()
{
    // The sandbox's hosted Razorpay page follows callback_url only to http(s), never javascript:.
    const HttpResult order =
        m_sandbox.post(QStringLiteral("/api/billing/checkout"), m_sandbox.key(QStringLiteral("owner")),
            {{QStringLiteral("planId"), QStringLiteral("pro")},
                {QStringLiteral("billingCycle"), QStringLiteral("monthly")}});
    QVERIFY2(order.status == 201 || order.status == 200, order.body.constData());
    const QString orderId = order.json.value(QStringLiteral("orderId")).toString();
    QVERIFY(!orderId.isEmpty());
    QWebEnginePage page;
    QSignalSpy loaded(&page, &QWebEnginePage::loadFinished);
    QUrl url = m_sandbox.url().resolved(QUrl(QStringLiteral("/sim/razorpay/checkout/") + orderId));
    url.setQuery(QStringLiteral("callback_url=")
        + QString::fromLatin1(QUrl::toPercentEncoding(QStringLiteral("javascript:window.pwned=1//"))));
    page.load(url);
    QVERIFY(loaded.wait(30000));
    QVERIFY(click(&page, QStringLiteral("#fail")));
    QVERIFY(QTest::qWaitFor([&] { return js(&page, QStringLiteral("!!window.razorpayResult")).toBool(); }, 15000));
    QTest::qWait(300); // a navigation to the callback would have run by now
    QCOMPARE(js(&page, QStringLiteral("typeof window.pwned")).toString(), QStringLiteral("undefined"));
    QVERIFY(page.url().path().startsWith(QStringLiteral("/sim/razorpay/checkout/")));
}

Session *TestCheckout::session(const QString &role)
{
    auto *s = new Session(this);
    const ConnectionProfile p = sandboxProfile(m_sandbox, role);
    QSignalSpy ready(s, &Session::ready);
    s->open(p);
    ready.wait(10000);
    return s;
}

QWebEnginePage *TestCheckout::waitForPage(CheckoutFlow *flow)
{
    QSignalSpy opened(flow, &CheckoutFlow::viewOpened);
    QObject::connect(flow, &CheckoutFlow::finished, this,
        [](bool, const QString &message) { qInfo("checkout ended: %s", qPrintable(message)); });
    if (!opened.wait(20000))
        return nullptr;
    auto *view = flow->dialog()->findChild<QWebEngineView *>();
    QSignalSpy loaded(view->page(), &QWebEnginePage::loadFinished);
    if (!loaded.wait(30000))
        return nullptr;
    return view->page();
}

QVariant TestCheckout::js(QWebEnginePage *page, const QString &script)
{
    QVariant result;
    bool done = false;
    page->runJavaScript(script, [&](const QVariant &v) {
        result = v;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 10000))
        qWarning("runJavaScript did not answer within 10 s");
    return result;
}

bool TestCheckout::click(QWebEnginePage *page, const QString &selector)
{
    // Wait until the page's script is ready (the bridge connects its channel asynchronously).
    if (!QTest::qWaitFor(
            [&] {
                return js(page,
                    QStringLiteral("!!document.querySelector('%1') && (window.bridgeReady !== false)").arg(selector))
                    .toBool();
            },
            15000))
        return false;
    // The click runs after the script returns: it may end the checkout and close the page.
    return js(page,
        QStringLiteral("(function(){const b=document.querySelector('%1'); if(!b) return false; setTimeout(() => "
                       "b.click(), 0); return true;})()")
            .arg(selector))
        .toBool();
}

QString TestCheckout::subscriptionStatus()
{
    return m_sandbox.get(QStringLiteral("/api/billing/subscription/me"), m_sandbox.key(QStringLiteral("owner")))
        .json.value(QStringLiteral("status"))
        .toString();
}

qint64 TestCheckout::balance()
{
    return m_sandbox.get(QStringLiteral("/credits/balance"), m_sandbox.key(QStringLiteral("owner")))
        .json.value(QStringLiteral("data"))
        .toObject()
        .value(QStringLiteral("balance"))
        .toInteger();
}

void TestCheckout::razorpayDismissAndFailChangeNothing()
{
    Session *s = session(QStringLiteral("owner"));
    for (const char *button : {"#dismiss", "#fail"}) {
        QElapsedTimer opening;
        opening.start();
        CheckoutFlow *flow =
            CheckoutFlow::razorpaySubscription(s, QStringLiteral("pro"), BillingCycle::Monthly, {}, &m_parent);
        QSignalSpy finished(flow, &CheckoutFlow::finished);
        QWebEnginePage *page = waitForPage(flow);
        qInfo("checkout open and loaded in %lld ms (%s)", opening.elapsed(),
            button == QByteArray("#dismiss") ? "first: loads QtWebEngine" : "again");
        QVERIFY(page);
        QVERIFY(CheckoutLauncher::isLoaded());
        QCOMPARE(page->url().scheme(), QStringLiteral("qrc")); // the bridge page
        QTRY_VERIFY_WITH_TIMEOUT(js(page, QStringLiteral("window.bridgeReady === true")).toBool(), 15000);
        QVERIFY(click(page, QString::fromLatin1(button)));
        QVERIFY(finished.count() || finished.wait(15000));
        QCOMPARE(finished.first().at(0).toBool(), false);
        QVERIFY(finished.first().at(1).toString().contains(QStringLiteral("Nothing was changed")));
        QCOMPARE(subscriptionStatus(), QStringLiteral("cancelled"));
    }
}

void TestCheckout::razorpayForgedResultIsRefused()
{
    Session *s = session(QStringLiteral("owner"));
    CheckoutFlow *flow =
        CheckoutFlow::razorpaySubscription(s, QStringLiteral("pro"), BillingCycle::Monthly, {}, &m_parent);
    QSignalSpy finished(flow, &CheckoutFlow::finished);
    QWebEnginePage *page = waitForPage(flow);
    QVERIFY(page);
    QTRY_VERIFY_WITH_TIMEOUT(js(page, QStringLiteral("window.bridgeReady === true")).toBool(), 15000);
    const QString order = js(page, QStringLiteral("bridge.options.order_id")).toString();
    QVERIFY(order.startsWith(QStringLiteral("order_")));
    js(page,
        QStringLiteral("bridge.paymentResult('success', {razorpay_payment_id: 'pay_forged', razorpay_order_id: '%1', "
                       "razorpay_signature: '%2'})")
            .arg(order, QString(64, u'0')));
    QVERIFY(finished.count() || finished.wait(15000));
    QCOMPARE(finished.first().at(0).toBool(), false);
    QVERIFY2(finished.first().at(1).toString().contains(QStringLiteral("signature does not match")),
        qPrintable(finished.first().at(1).toString()));
    QCOMPARE(subscriptionStatus(), QStringLiteral("cancelled"));
}

void TestCheckout::razorpayPayActivates()
{
    Session *s = session(QStringLiteral("owner"));
    QElapsedTimer opening;
    opening.start();
    CheckoutFlow *flow = CheckoutFlow::razorpaySubscription(
        s, QStringLiteral("business"), BillingCycle::Yearly, QStringLiteral("WELCOME20"), &m_parent);
    QSignalSpy finished(flow, &CheckoutFlow::finished);
    QWebEnginePage *page = waitForPage(flow);
    QVERIFY(page);
    qInfo("checkout view open and loaded in %lld ms", opening.elapsed());
    // Business yearly 19,990.00 less WELCOME20 = 15,992.00 taxable, + 18 % GST 2,878.56 = 18,870.56, rounded to the rupee.
    QTRY_VERIFY_WITH_TIMEOUT(js(page, QStringLiteral("window.bridgeReady === true")).toBool(), 15000);
    QVERIFY2(js(page, QStringLiteral("document.getElementById('amount').textContent"))
                 .toString()
                 .contains(QStringLiteral("18,871.00")),
        qPrintable(js(page, QStringLiteral("document.getElementById('amount').textContent")).toString()));
    QVERIFY(click(page, QStringLiteral("#pay")));
    QVERIFY(finished.count() || finished.wait(15000));
    QCOMPARE(finished.first().at(0).toBool(), true);
    QCOMPARE(subscriptionStatus(), QStringLiteral("active"));
    QCOMPARE(m_sandbox.get(QStringLiteral("/api/billing/subscription/me"), m_sandbox.key(QStringLiteral("owner")))
                 .json.value(QStringLiteral("planId"))
                 .toString(),
        QStringLiteral("business"));
}

void TestCheckout::stripeCreditsPurchase()
{
    Session *s = session(QStringLiteral("owner"));
    const qint64 before = balance();
    CreditSessionRequest request;
    request.channel = PaymentChannel::Stripe;
    request.type = OrderType::Credits;
    request.credits = 2000;
    // Back out first: nothing changes.
    CheckoutFlow *back = CheckoutFlow::creditsSession(s, request, &m_parent);
    QSignalSpy backFinished(back, &CheckoutFlow::finished);
    QWebEnginePage *page = waitForPage(back);
    QVERIFY(page);
    QVERIFY(click(page, QStringLiteral("#cancel")));
    QVERIFY(backFinished.count() || backFinished.wait(15000));
    QCOMPARE(backFinished.first().at(0).toBool(), false);
    QCOMPARE(balance(), before);
    // Then pay: the success URL is caught with the session id, the webhook grants the credits.
    CheckoutFlow *flow = CheckoutFlow::creditsSession(s, request, &m_parent);
    QSignalSpy finished(flow, &CheckoutFlow::finished);
    page = waitForPage(flow);
    QVERIFY(page);
    QVERIFY(click(page, QStringLiteral("#pay")));
    QVERIFY(finished.count() || finished.wait(15000));
    QCOMPARE(finished.first().at(0).toBool(), true);
    QTRY_COMPARE_WITH_TIMEOUT(balance(), before + 2000, 15000);
}

void TestCheckout::creemCreditsPurchase()
{
    Session *s = session(QStringLiteral("admin"));
    const qint64 before = balance();
    CreditSessionRequest request;
    request.channel = PaymentChannel::Creem;
    request.type = OrderType::Credits;
    request.credits = 1000;
    CheckoutFlow *flow = CheckoutFlow::creditsSession(s, request, &m_parent);
    QSignalSpy finished(flow, &CheckoutFlow::finished);
    QWebEnginePage *page = waitForPage(flow);
    QVERIFY(page);
    QVERIFY(click(page, QStringLiteral("#pay")));
    QVERIFY(finished.count() || finished.wait(15000));
    QCOMPARE(finished.first().at(0).toBool(), true);
    QTRY_COMPARE_WITH_TIMEOUT(balance(), before + 1000, 15000);
}

void TestCheckout::platformConfirmPage()
{
    Session *s = session(QStringLiteral("admin"));
    PlatformLineItem item;
    item.name = QStringLiteral("Setup");
    item.price = Money::fromMinor(90000, QStringLiteral("INR"));
    std::optional<PlatformChargeCreated> created;
    s->platformCharges()->createOneTimeCharge(
        {QStringLiteral("Setup"), item, true,
            CheckoutFlow::returnBase().resolved(QUrl(QStringLiteral("platform-return")))},
        {}, this, [&](const ApiResult<PlatformChargeCreated> &r) { created = r.value; });
    QTRY_VERIFY_WITH_TIMEOUT(created.has_value(), 10000);
    CheckoutFlow *flow = CheckoutFlow::platformConfirm(s, created->confirmUrl, &m_parent);
    QSignalSpy finished(flow, &CheckoutFlow::finished);
    QWebEnginePage *page = waitForPage(flow);
    QVERIFY(page);
    QVERIFY(click(page, QStringLiteral("#approve")));
    QVERIFY(finished.count() || finished.wait(15000));
    QCOMPARE(finished.first().at(0).toBool(), true);
    const QJsonObject ids = m_sandbox.info().value(QStringLiteral("platform")).toObject();
    const auto charge = m_sandbox.get(QStringLiteral("/service/platform/billing/v1.0/company/%1/extension/%2/charge/%3")
                                          .arg(ids.value(QStringLiteral("company_id")).toString(),
                                              ids.value(QStringLiteral("extension_id")).toString(), created->charge.id),
        m_sandbox.key(QStringLiteral("admin")));
    QCOMPARE(charge.json.value(QStringLiteral("status")).toString(), QStringLiteral("active"));
}

void TestCheckout::navigationOutsideTheAllowListIsBlocked()
{
    Session *s = session(QStringLiteral("owner"));
    CreditSessionRequest request;
    request.channel = PaymentChannel::Stripe;
    request.type = OrderType::Credits;
    request.credits = 1000;
    CheckoutFlow *flow = CheckoutFlow::creditsSession(s, request, &m_parent);
    QSignalSpy blocked(flow, &CheckoutFlow::blocked);
    QWebEnginePage *page = waitForPage(flow);
    QVERIFY(page);
    const QUrl before = page->url();
    js(page, QStringLiteral("location.href = 'http://127.0.0.2:9/phish'"));
    QVERIFY(blocked.count() || blocked.wait(10000));
    QCOMPARE(blocked.first().first().toUrl().host(), QStringLiteral("127.0.0.2"));
    QCOMPARE(page->url(), before);
    // Pop-ups are refused too.
    QCOMPARE(js(page, QStringLiteral("window.open('http://127.0.0.1:9/') === null")).toBool(), true);
    flow->dialog()->reject();
}

void TestCheckout::fromTheSubscriptionsPane()
{
    // Back to no live subscription, then the whole flow as a person would do it.
    QCOMPARE(m_sandbox
                 .post(QStringLiteral("/api/billing/cancel"), m_sandbox.key(QStringLiteral("owner")),
                     {{QStringLiteral("atPeriodEnd"), false}})
                 .status,
        200);
    MainWindow window;
    ConnectionProfile p;
    p.name = QStringLiteral("owner");
    p.baseUrl = m_sandbox.url();
    p.apiKey = m_sandbox.key(QStringLiteral("owner"));
    p.role = Role::Owner;
    QSignalSpy loaded(window.pane<SubscriptionsPane>(), &SubscriptionsPane::loaded);
    window.setProfiles({p});
    QVERIFY(loaded.wait(10000));
    QTRY_VERIFY_WITH_TIMEOUT(window.pane<SubscriptionsPane>()->newSubscriptionAction()->isEnabled(), 10000);
    window.pane<SubscriptionsPane>()->newSubscription();
    auto *dialog = window.pane<SubscriptionsPane>()->findChild<QDialog *>();
    QVERIFY(dialog);
    QPushButton *pay = nullptr;
    for (QPushButton *b : dialog->findChildren<QPushButton *>())
        if (b->text() == QStringLiteral("Continue to payment"))
            pay = b;
    QVERIFY(pay);
    QTest::mouseClick(pay, Qt::LeftButton);
    QWebEngineView *view = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((view = window.findChild<QWebEngineView *>()) != nullptr, 20000);
    QTRY_VERIFY_WITH_TIMEOUT(js(view->page(), QStringLiteral("window.bridgeReady === true")).toBool(), 20000);
    if (const QString dir = qEnvironmentVariable("BC_SCREENSHOT_DIR"); !dir.isEmpty())
        QVERIFY(view->window()->grab().save(dir + QStringLiteral("/checkout-razorpay.png")));
    QVERIFY(click(view->page(), QStringLiteral("#pay")));
    QTRY_COMPARE_WITH_TIMEOUT(subscriptionStatus(), QStringLiteral("active"), 15000);
    QTRY_VERIFY_WITH_TIMEOUT(
        window.pane<SubscriptionsPane>()->messageBar()->text().startsWith(QStringLiteral("Paid.")), 10000);
}

void TestCheckout::tierUpgradeAndBridgeStaysOnItsPage()
{
    Session *s = session(QStringLiteral("owner"));
    CheckoutFlow *flow = CheckoutFlow::tierCheckout(s, TierPlan::Pro, &m_parent);
    QSignalSpy finished(flow, &CheckoutFlow::finished);
    QWebEnginePage *page = waitForPage(flow);
    QVERIFY(page);
    QVERIFY(click(page, QStringLiteral("#pay")));
    QVERIFY(finished.count() || finished.wait(15000));
    QCOMPARE(finished.first().at(0).toBool(), true);
    QTRY_COMPARE_WITH_TIMEOUT(m_sandbox.get(QStringLiteral("/v1/billing"), m_sandbox.key(QStringLiteral("owner")))
                                  .json.value(QStringLiteral("plan"))
                                  .toString(),
        QStringLiteral("pro"), 15000);

    // A Razorpay checkout's main frame cannot leave the bridge page, even for an allowed origin.
    QCOMPARE(m_sandbox
                 .post(QStringLiteral("/api/billing/cancel"), m_sandbox.key(QStringLiteral("owner")),
                     {{QStringLiteral("atPeriodEnd"), false}})
                 .status,
        200);
    CheckoutFlow *rzp =
        CheckoutFlow::razorpaySubscription(s, QStringLiteral("pro"), BillingCycle::Monthly, {}, &m_parent);
    QSignalSpy blocked(rzp, &CheckoutFlow::blocked);
    page = waitForPage(rzp);
    QVERIFY(page);
    js(page, QStringLiteral("location.href = '%1/health'").arg(m_sandbox.url().toString(QUrl::StripTrailingSlash)));
    QVERIFY(blocked.count() || blocked.wait(10000));
    QCOMPARE(page->url().scheme(), QStringLiteral("qrc"));
    rzp->dialog()->reject();
}

QTEST_MAIN(TestCheckout)
#include "tst_checkout.moc"
