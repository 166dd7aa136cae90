// The customer page offscreen against billing-sandbox (and again against a server of the
// documents alone): what a Super Admin, Support and an Owner each see and may do on one
// customer's page; Ctrl+K finds each customer once and opens their page; a row opens its
// customer; a plan change shows its new invoice in Invoices without a manual refresh.
#include "consolefixture.h"
#include "sandboxprocess.h"

#include "core/session.h"
#include "models/subscriptiontablemodel.h"
#include "store/localstore.h"
#include "ui/commandpalette.h"
#include "ui/customerpane.h"
#include "ui/customerpicker.h"
#include "ui/invoicespane.h"
#include "ui/mainwindow.h"
#include "ui/manualadjustmentdialog.h"
#include "ui/messagebar.h"
#include "ui/planchangedialog.h"
#include "ui/subscriptionspane.h"

#include <QAction>
#include <QComboBox>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableView>
#include <QtTest>

using namespace bc;
using namespace bctest;
using Part = CustomerPane::Part;
using Task = CustomerPane::SubscriptionTask;

class TestCustomerPage : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void superAdminSeesEverythingAndMayEdit();
    void supportHelpsACustomer();
    void ownerSeesOwnOrganisation();
    void paletteFindsEachCustomerOnce();
    void planChangeShowsTheNewInvoice();
    void refusedKeyOffersEditConnection();

private:
    ConnectionProfile profile(const QString &role) const { return sandboxProfile(m_sandbox, role); }
    // Opens the page on `customer` (a name, or an id where the server has no customer search).
    CustomerPane *openPage(MainWindow &window, const QString &role, const QString &customer = {});
    qint64 serverBalance();
    SandboxProcess m_sandbox;
};

void TestCustomerPage::initTestCase()
{
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.error()));
}

CustomerPane *TestCustomerPage::openPage(MainWindow &window, const QString &role, const QString &customer)
{
    window.showPane(QStringLiteral("customer"));
    auto *pane = window.pane<CustomerPane>();
    QSignalSpy shown(pane, &CustomerPane::customerShown);
    if (!customer.isEmpty())
        pane->findAndOpen(customer);
    window.setProfiles({profile(role)});
    if (!shown.wait(20000))
        return nullptr;
    return pane;
}

qint64 TestCustomerPage::serverBalance()
{
    return m_sandbox.get(QStringLiteral("/credits/balance"), m_sandbox.key(QStringLiteral("owner")))
        .json.value(QStringLiteral("data"))
        .toObject()
        .value(QStringLiteral("balance"))
        .toInteger();
}

// No wire word in any cell: statuses, methods and types read as words ("Past due", not past_due).
static void expectWords(const QTableView *view)
{
    static const QRegularExpression wire(QStringLiteral("^[a-z]+(_[a-z]+)+$"));
    const QAbstractItemModel *m = view->model();
    for (int r = 0; r < m->rowCount(); ++r)
        for (int c = 0; c < m->columnCount(); ++c) {
            const QString text = m->index(r, c).data().toString();
            QVERIFY2(
                !wire.match(text).hasMatch(), qPrintable(QStringLiteral("row %1 col %2: %3").arg(r).arg(c).arg(text)));
            QVERIFY2(!text.startsWith(QLatin1String("inv_")), qPrintable(text));
        }
}

void TestCustomerPage::superAdminSeesEverythingAndMayEdit()
{
    const bool documented = m_sandbox.documentedOnly();
    const QString acmeId = m_sandbox.orgId(SandboxProcess::acme());
    MainWindow window;
    CustomerPane *page = openPage(window, QStringLiteral("super_admin"), documented ? acmeId : QStringLiteral("acme"));
    QVERIFY(page);
    QCOMPARE(page->customer().id, acmeId);
    QVERIFY(page->picker()->isVisible() || !window.isVisible());
    // The organisation's subscription, billed by invoice, in words.
    QVERIFY(page->rows(Part::Subscriptions) >= 1);
    expectWords(page->table(Part::Subscriptions));
    // Its latest ledger rows; the balance in the summary.
    QVERIFY(page->rows(Part::Credits) > 0);
    expectWords(page->table(Part::Credits));
    QVERIFY2(page->summary().contains(QLatin1String("credit")), qPrintable(page->summary()));
    if (documented) {
        // Seed 000 lists no invoices or payments: each part says so in words, with no table.
        QVERIFY2(page->note(Part::Invoices).contains(QLatin1String("does not offer")),
            qPrintable(page->note(Part::Invoices)));
        QVERIFY2(page->note(Part::Payments).contains(QLatin1String("does not offer")),
            qPrintable(page->note(Part::Payments)));
        QCOMPARE(page->rows(Part::Invoices), 0);
    } else {
        QCOMPARE(page->headline(), SandboxProcess::acme());
        QVERIFY(page->rows(Part::Invoices) > 0);
        QVERIFY(page->rows(Part::Payments) > 0);
        expectWords(page->table(Part::Invoices));
        expectWords(page->table(Part::Payments));
        // Contact and GSTIN from the newest invoice.
        QTRY_VERIFY2_WITH_TIMEOUT(page->contact().contains(QLatin1String("GSTIN")), qPrintable(page->contact()), 10000);
        // Only Acme's: every invoice row is Acme's (the server was asked for one organisation).
        const auto all = m_sandbox.get(QStringLiteral("/api/billing/invoices?limit=200&orgId=") + acmeId,
            m_sandbox.key(QStringLiteral("super_admin")));
        QCOMPARE(page->rows(Part::Invoices),
            std::min<qsizetype>(50, all.json.value(QStringLiteral("data")).toArray().size()));
    }
    // Another organisation's orders are not the admin's to read: the part says why.
    QVERIFY(!page->note(Part::Orders).isEmpty());
    // A Super Admin may edit the subscription and adjust credits; the Owner's own actions are not theirs.
    QVERIFY(page->actionButton(Task::Edit)->isVisibleTo(page));
    QVERIFY(page->actionButton(Task::Edit)->isEnabled());
    QVERIFY(page->adjustButton()->isEnabled());
    QVERIFY(!page->actionButton(Task::ChangePlan)->isVisibleTo(page));
    QVERIFY(!page->actionButton(Task::Cancel)->isVisibleTo(page));
    QVERIFY(!page->actionButton(Task::Portal)->isVisibleTo(page));
    // Edit subscription… opens the edit dialog in the subscriptions pane, on Acme's subscription.
    page->actionButton(Task::Edit)->click();
    auto *subscriptions = window.pane<SubscriptionsPane>();
    QTRY_VERIFY_WITH_TIMEOUT(subscriptions->findChild<QDialog *>(), 5000);
    const int row = subscriptions->currentSourceRow();
    QVERIFY(row >= 0);
    QCOMPARE(subscriptions->model()->subscriptionAt(row)->orgId, acmeId);
}

void TestCustomerPage::supportHelpsACustomer()
{
    const bool documented = m_sandbox.documentedOnly();
    const QString acmeId = m_sandbox.orgId(SandboxProcess::acme());
    QTemporaryDir dir;
    LocalStore store(dir.filePath(QStringLiteral("console.db")));
    QVERIFY(store.isOpen());
    MainWindow window(&store); // with the journal every change lands in
    CustomerPane *page = openPage(window, QStringLiteral("support"), documented ? acmeId : SandboxProcess::acme());
    QVERIFY(page);
    QCOMPARE(page->customer().id, acmeId);
    // Support reads invoices and payments but not every subscription: the part says so.
    QCOMPARE(page->rows(Part::Subscriptions), 0);
    QVERIFY2(page->note(Part::Subscriptions).contains(QLatin1String("Super Admin")),
        qPrintable(page->note(Part::Subscriptions)));
    if (!documented) {
        QVERIFY(page->rows(Part::Invoices) > 0);
        QVERIFY2(page->summary().contains(QLatin1String("credit")), qPrintable(page->summary()));
    }
    QVERIFY(!page->actionButton(Task::Edit)->isVisibleTo(page));
    QVERIFY(!page->actionButton(Task::ChangePlan)->isVisibleTo(page));
    // Adjust credits from the page: the server's balance moves once, the page shows the new row,
    // and the journal part names the change.
    QVERIFY(page->adjustButton()->isEnabled());
    const int journalBefore = page->rows(Part::Journal);
    const qint64 before = serverBalance();
    page->adjustButton()->click();
    auto *dialog = page->findChild<ManualAdjustmentDialog *>();
    QVERIFY(dialog);
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("amountEdit")), QStringLiteral("+120"));
    auto *reason = dialog->findChild<QComboBox *>(QStringLiteral("reasonCombo"));
    reason->setCurrentIndex(reason->findData(int(AdjustmentReason::ServiceOutage)));
    QTest::keyClicks(dialog->findChild<QPlainTextEdit *>(QStringLiteral("noteEdit")),
        QStringLiteral("Outage on 1 Dec, ticket 5120"));
    QSignalSpy shown(page, &CustomerPane::customerShown);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("confirmButton")), Qt::LeftButton);
    QVERIFY(shown.wait(20000));
    QCOMPARE(serverBalance(), before + 120);
    const QAbstractItemModel *ledger = page->table(Part::Credits)->model();
    bool found = false;
    for (int r = 0; r < ledger->rowCount(); ++r)
        found |= ledger->index(r, 4).data().toString().contains(QLatin1String("ticket 5120"));
    QVERIFY2(found, "the adjustment's note is on the page's ledger");
    QTRY_COMPARE(page->rows(Part::Journal), journalBefore + 1);
    const QString what = page->table(Part::Journal)->model()->index(0, 2).data().toString();
    QVERIFY2(what.startsWith(QLatin1String("Credit adjustment")), qPrintable(what));
    QVERIFY2(page->messageBar()->text().contains(QLatin1String("+120")), qPrintable(page->messageBar()->text()));
}

void TestCustomerPage::ownerSeesOwnOrganisation()
{
    MainWindow window;
    CustomerPane *page = openPage(window, QStringLiteral("owner"));
    QVERIFY(page);
    QVERIFY(!page->picker()->isVisibleTo(page));
    QVERIFY(page->rows(Part::Subscriptions) >= 1);
    // The organisation's own orders are its to read (an empty list says so, not why not).
    QVERIFY2(!page->note(Part::Orders).contains(QLatin1String("read by the organisation itself")),
        qPrintable(page->note(Part::Orders)));
    // The Owner's own actions, each one click away; credits are Support's to adjust.
    QVERIFY(page->actionButton(Task::ChangePlan)->isVisibleTo(page));
    QVERIFY(page->actionButton(Task::Cancel)->isVisibleTo(page));
    QVERIFY(!page->actionButton(Task::Edit)->isVisibleTo(page));
    QVERIFY(!page->adjustButton()->isEnabled());
    QVERIFY(page->adjustButton()->toolTip().contains(QLatin1String("Support")));
    // Change plan… opens the plan change dialog on the organisation's subscription.
    auto *subscriptions = window.pane<SubscriptionsPane>();
    QTRY_VERIFY_WITH_TIMEOUT(!subscriptions->plans().isEmpty(), 10000);
    QVERIFY(page->actionButton(Task::ChangePlan)->isEnabled());
    page->actionButton(Task::ChangePlan)->click();
    QTRY_VERIFY_WITH_TIMEOUT(subscriptions->findChild<PlanChangeDialog *>(), 5000);
}

void TestCustomerPage::paletteFindsEachCustomerOnce()
{
    if (m_sandbox.documentedOnly())
        QSKIP("customer search is an extension; without it Ctrl+K lists the subscriptions' organisations");
    MainWindow window;
    window.showPane(QStringLiteral("customer"));
    QVERIFY(openProfile(window, profile(QStringLiteral("support"))));
    CommandPalette *palette = window.openCommandPalette();
    // Support may not open the Super Admin's panes; none is offered.
    for (int r = 0; r < palette->visibleCount(); ++r) {
        const QString text = palette->visibleText(r);
        QVERIFY2(!text.contains(QLatin1String("Coupons")), qPrintable(text));
    }
    QTest::keyClicks(palette->input(), QStringLiteral("ganga"));
    // The invoices already loaded match at once; the customers come when the server answers.
    const auto customerRows = [palette] {
        int n = 0;
        for (int r = 0; r < palette->visibleCount(); ++r)
            n += palette->visibleText(r).startsWith(QStringLiteral("Customer — ")) ? 1 : 0;
        return n;
    };
    QTRY_VERIFY_WITH_TIMEOUT(customerRows() > 0, 10000);
    int customers = 0;
    for (int r = 0; r < palette->visibleCount(); ++r)
        customers += palette->visibleText(r).startsWith(QStringLiteral("Customer — Ganga Pharma")) ? 1 : 0;
    QCOMPARE(customers, 1);
    int first = -1;
    for (int r = 0; r < palette->visibleCount() && first < 0; ++r)
        if (palette->visibleText(r).startsWith(QStringLiteral("Customer — ")))
            first = r;
    QCOMPARE(first, 0); // what the search found comes first
    // The customer's balance in the result.
    QVERIFY2(palette->visibleText(first).contains(QLatin1String("credits")), qPrintable(palette->visibleText(first)));
    auto *page = window.pane<CustomerPane>();
    QSignalSpy shown(page, &CustomerPane::customerShown);
    palette->runCurrent();
    QVERIFY(shown.wait(20000));
    QCOMPARE(page->customer().name, QStringLiteral("Ganga Pharma Ltd"));
    QCOMPARE(page->headline(), QStringLiteral("Ganga Pharma Ltd"));
}

void TestCustomerPage::planChangeShowsTheNewInvoice()
{
    if (m_sandbox.documentedOnly())
        QSKIP("seed 000 lists no invoices; the Invoices pane reads them by number there");
    MainWindow window;
    auto *invoices = window.pane<InvoicesPane>();
    QSignalSpy invoicesLoaded(invoices, &Pane::loaded);
    QVERIFY(openProfile(window, profile(QStringLiteral("owner"))));
    QVERIFY(invoicesLoaded.count() || invoicesLoaded.wait(20000));
    const qsizetype before = invoices->model()->records().size();
    auto *subscriptions = window.pane<SubscriptionsPane>();
    QTRY_VERIFY_WITH_TIMEOUT(!subscriptions->plans().isEmpty(), 10000);
    QTRY_VERIFY(subscriptions->changePlanAction()->isEnabled());
    const QString current = subscriptions->model()->subscriptionAt(0)->planId;
    subscriptions->changePlan();
    auto *dialog = subscriptions->findChild<PlanChangeDialog *>();
    QVERIFY(dialog);
    auto *plan = dialog->findChild<QComboBox *>(QStringLiteral("planCombo"));
    const QString target = current == QLatin1String("business") ? QStringLiteral("growth") : QStringLiteral("business");
    plan->setCurrentIndex(plan->findData(target));
    QSignalSpy previewed(dialog, &PlanChangeDialog::previewUpdated);
    QVERIFY(previewed.count() || previewed.wait(10000));
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("reasonEdit")), QStringLiteral("Grew"));
    invoicesLoaded.clear();
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("confirmButton")), Qt::LeftButton);
    // Nobody pressed Refresh: the change reloads Invoices, and the new invoice is there.
    QVERIFY(invoicesLoaded.wait(20000));
    QTRY_VERIFY_WITH_TIMEOUT(invoices->model()->records().size() == before + 1, 10000);
}

void TestCustomerPage::refusedKeyOffersEditConnection()
{
    // A key the server does not know: a banner over the panes says so and opens the connection.
    ConnectionProfile wrong = profile(QStringLiteral("owner"));
    wrong.apiKey = QStringLiteral("bk_not_a_key_this_server_issued");
    MainWindow window;
    window.setProfiles({wrong});
    auto *banner = window.findChild<QFrame *>(QStringLiteral("keyRefusedBanner"));
    QVERIFY(banner);
    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisibleTo(&window), 15000);
    const QString text = banner->findChild<QLabel *>()->text();
    QVERIFY2(text.contains(wrong.name) && text.contains(QLatin1String("refused")), qPrintable(text));
    auto *edit = window.findChild<QPushButton *>(QStringLiteral("editConnectionButton"));
    QVERIFY(edit && edit->isVisibleTo(&window));
    // Opening a good connection takes the banner away.
    QVERIFY(openProfile(window, profile(QStringLiteral("owner"))));
    QVERIFY(!banner->isVisibleTo(&window));
}

QTEST_MAIN(TestCustomerPage)
#include "tst_customer_page.moc"
