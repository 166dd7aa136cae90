// The credit ledger pane offscreen against billing-sandbox: Support finds a customer, reads the
// ledger, adjusts with a reason through the dialog, and the server's balance moves once.
#include "consolefixture.h"
#include "sandboxprocess.h"

#include "core/creditbatchrun.h"
#include "core/session.h"
#include "store/localstore.h"
#include "models/creditledgermodel.h"
#include "ui/changedialog.h"
#include "ui/creditbatchdialog.h"
#include "ui/creditledgerpane.h"
#include "ui/mainwindow.h"
#include "ui/manualadjustmentdialog.h"
#include "ui/messagebar.h"
#include "ui/pendingchangespane.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QtTest>

using namespace bc;
using namespace bctest;

class TestLedgerPane : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void supportFindsCustomerAndAdjusts();
    void supportAdjustsByIdWithoutSearch();
    void supportAdjustsManyAtOnce();
    void stoppedBatchResumesFromPendingChanges();
    void refusedKeyDisablesTheAction();
    void memberSeesOwnLedgerReadOnly();

private:
    ConnectionProfile profile(const QString &role) const;
    SandboxProcess m_sandbox;
};

void TestLedgerPane::initTestCase()
{
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.error()));
}

ConnectionProfile TestLedgerPane::profile(const QString &role) const
{
    return sandboxProfile(m_sandbox, role, {Family::OrgBilling, Family::Credits});
}

static qint64 serverBalance(SandboxProcess &s)
{
    return s.get(QStringLiteral("/credits/balance"), s.key(QStringLiteral("owner")))
        .json.value(QStringLiteral("data"))
        .toObject()
        .value(QStringLiteral("balance"))
        .toInteger();
}

void TestLedgerPane::supportFindsCustomerAndAdjusts()
{
    if (m_sandbox.documentedOnly())
        QSKIP("customer search is an extension; supportAdjustsByIdWithoutSearch covers this server");
    MainWindow window;
    window.showPane(QStringLiteral("ledger"));
    CreditLedgerPane *pane = window.pane<CreditLedgerPane>();
    QAbstractItemModelTester tester(pane->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy customers(pane, &CreditLedgerPane::customersLoaded);
    window.setProfiles({profile(QStringLiteral("support"))});
    QVERIFY(customers.wait(10000));
    QVERIFY(pane->customerCombo()->isEnabled());
    QVERIFY(!pane->adjustButton()->isEnabled()); // no customer chosen yet
    // The empty state says what to do, and there is nothing to load yet.
    QVERIFY2(pane->statusText().startsWith(QStringLiteral("Choose a customer")), qPrintable(pane->statusText()));
    QVERIFY(!pane->loadAllButton()->isEnabled());
    QTest::keyClicks(pane->customerCombo()->lineEdit(), QStringLiteral("acme"));
    QVERIFY(customers.wait(10000));
    QCOMPARE(pane->customerCombo()->count(), 1);
    QSignalSpy pages(pane->model(), &CreditLedgerModel::pageLoaded);
    QSignalSpy balance(pane, &CreditLedgerPane::balanceUpdated);
    emit pane->customerCombo()->activated(0);
    QVERIFY(pages.wait(10000));
    QVERIFY(balance.count() || balance.wait(10000));
    QVERIFY(pane->model()->rowCount() > 0);
    QCOMPARE(pane->customer().balance, serverBalance(m_sandbox));
    QVERIFY(pane->adjustButton()->isEnabled());

    const qint64 before = serverBalance(m_sandbox);
    pane->adjustCredits();
    auto *dialog = pane->findChild<ManualAdjustmentDialog *>();
    QVERIFY(dialog);
    auto *confirm = dialog->findChild<QPushButton *>(QStringLiteral("confirmButton"));
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("amountEdit")),
        QStringLiteral("-") + QString::number(before + 5));
    auto *reason = dialog->findChild<QComboBox *>(QStringLiteral("reasonCombo"));
    reason->setCurrentIndex(reason->findData(int(AdjustmentReason::BillingError)));
    QTest::keyClicks(dialog->findChild<QPlainTextEdit *>(QStringLiteral("noteEdit")),
        QStringLiteral("Reverse a double grant, ticket 4411"));
    // Below zero needs the explicit tick, and the preview says where the balance would land.
    QVERIFY(!confirm->isEnabled());
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("preview"))->text().contains(QStringLiteral("-5")));
    auto *amount = dialog->findChild<QLineEdit *>(QStringLiteral("amountEdit"));
    amount->clear();
    QTest::keyClicks(amount, QStringLiteral("+250"));
    QVERIFY(confirm->isEnabled());
    QSignalSpy adjusted(dialog, &ManualAdjustmentDialog::adjusted);
    QTest::mouseClick(confirm, Qt::LeftButton);
    QVERIFY(adjusted.wait(10000));
    QCOMPARE(serverBalance(m_sandbox), before + 250);
    QVERIFY(pages.wait(10000)); // the ledger reloads from the top
    const CreditTransaction newest = pane->model()->transactionAt(0);
    QCOMPARE(newest.amount, qint64(250));
    QCOMPARE(newest.reason, AdjustmentReason::BillingError);
    QCOMPARE(newest.note, QStringLiteral("Reverse a double grant, ticket 4411"));
    // Shown as its reason in words and the note, not the server's "manual adjustment: billing_error".
    QCOMPARE(pane->model()->index(0, CreditLedgerModel::Description).data().toString(),
        QStringLiteral("Billing error: Reverse a double grant, ticket 4411"));
    QVERIFY(pane->view()->isColumnHidden(CreditLedgerModel::Id));
    QVERIFY(pane->messageBar()->text().contains(QStringLiteral("250")));
}

void TestLedgerPane::supportAdjustsByIdWithoutSearch()
{
    if (!m_sandbox.documentedOnly())
        QSKIP("this server offers customer search; supportFindsCustomerAndAdjusts covers it");
    // Seed 002 has no customer search: every organisation's transactions, an organisation by id.
    MainWindow window;
    window.showPane(QStringLiteral("ledger"));
    CreditLedgerPane *pane = window.pane<CreditLedgerPane>();
    QAbstractItemModelTester tester(pane->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy pages(pane->model(), &CreditLedgerModel::pageLoaded);
    window.setProfiles({profile(QStringLiteral("support"))});
    QVERIFY(pages.wait(10000));
    QVERIFY(pane->model()->rowCount() > 0);
    QVERIFY2(pane->messageBar()->text().contains(QLatin1String("no customer search")),
        qPrintable(pane->messageBar()->text()));
    QVERIFY(!pane->adjustButton()->isEnabled());
    QVERIFY(pane->customerCombo()->toolTip().contains(QLatin1String("does not offer")));
    const QString acme = m_sandbox.orgId(SandboxProcess::acme());
    QTest::keyClicks(pane->customerCombo()->lineEdit(), acme);
    QTest::keyClick(pane->customerCombo()->lineEdit(), Qt::Key_Return);
    QVERIFY(pane->adjustButton()->isEnabled());
    QCOMPARE(pane->customer().id, acme);

    const qint64 before = serverBalance(m_sandbox);
    pane->adjustCredits();
    auto *dialog = pane->findChild<ManualAdjustmentDialog *>();
    QVERIFY(dialog);
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("amountEdit")), QStringLiteral("+250"));
    auto *reason = dialog->findChild<QComboBox *>(QStringLiteral("reasonCombo"));
    reason->setCurrentIndex(reason->findData(int(AdjustmentReason::Goodwill)));
    QTest::keyClicks(dialog->findChild<QPlainTextEdit *>(QStringLiteral("noteEdit")),
        QStringLiteral("Goodwill after the outage, ticket 4412"));
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("preview"))->text().contains(QStringLiteral("250")));
    auto *confirm = dialog->findChild<QPushButton *>(QStringLiteral("confirmButton"));
    QVERIFY(confirm->isEnabled());
    QSignalSpy adjusted(dialog, &ManualAdjustmentDialog::adjusted);
    QTest::mouseClick(confirm, Qt::LeftButton);
    QVERIFY(adjusted.wait(10000));
    QCOMPARE(serverBalance(m_sandbox), before + 250);
    QVERIFY(pages.wait(10000)); // every organisation's ledger, from the top
    const CreditTransaction newest = pane->model()->transactionAt(0);
    QCOMPARE(newest.amount, qint64(250));
    QVERIFY2(pane->messageBar()->text().contains(QStringLiteral("250")), qPrintable(pane->messageBar()->text()));
}

// Adjust many…: rows pasted, checked against the server's customers, applied once with a reason;
// the same batch applied again moves nothing. Without customer search (the documented server) a
// row naming no id is the server's to refuse.
void TestLedgerPane::supportAdjustsManyAtOnce()
{
    MainWindow window;
    window.showPane(QStringLiteral("ledger"));
    CreditLedgerPane *pane = window.pane<CreditLedgerPane>();
    QSignalSpy ready(window.session(), &Session::ready);
    window.setProfiles({profile(QStringLiteral("support"))});
    QVERIFY(window.session()->isReady() || ready.wait(10000));
    auto *many = pane->findChild<QPushButton *>(QStringLiteral("adjustManyButton"));
    QVERIFY(many);
    QTRY_VERIFY_WITH_TIMEOUT(many->isEnabled(), 10000);
    const qint64 before = serverBalance(m_sandbox);
    pane->adjustMany();
    auto *dialog = pane->findChild<CreditBatchDialog *>();
    QVERIFY(dialog);
    auto *confirm = dialog->findChild<QPushButton *>(QStringLiteral("confirmButton"));
    auto *table = dialog->findChild<QTableView *>(QStringLiteral("batchTable"));
    dialog->setText(QStringLiteral("customer,amount,reason,note\n%1,+3,goodwill,batch test\nnobody@nowhere.example,5,"
                                   "goodwill,\n")
                        .arg(m_sandbox.orgId(SandboxProcess::acme()))
                        .toUtf8());
    QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 2, 10000);
    QVERIFY2(
        dialog->messageBar()->isHidden(), qPrintable(dialog->messageBar()->text())); // "Looking up…" went with the wait
    const int outcome = table->model()->columnCount() - 1;
    const bool search = !m_sandbox.documentedOnly();
    QCOMPARE(table->model()->index(0, 1).data().toString(),
        search ? SandboxProcess::acme() : m_sandbox.orgId(SandboxProcess::acme()));
    QCOMPARE(table->model()->index(0, outcome).data().toString(), QStringLiteral("Ready"));
    if (search) {
        QVERIFY2(table->model()->index(1, outcome).data().toString().startsWith(QStringLiteral("No customer")),
            qPrintable(table->model()->index(1, outcome).data().toString()));
        QCOMPARE(table->model()->index(0, 2).data().toString(), QLocale().toString(before));
        QVERIFY(!confirm->isEnabled()); // a row with a problem: mend it or skip it
        dialog->findChild<QCheckBox *>(QStringLiteral("skipProblems"))->setChecked(true);
    }
    QVERIFY(!confirm->isEnabled()); // no reason yet
    QTest::keyClicks(
        dialog->findChild<QLineEdit *>(QStringLiteral("batchReason")), QStringLiteral("Outage of 1 December"));
    QVERIFY(confirm->isEnabled());
    QTest::mouseClick(confirm, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->messageBar()->text().startsWith(QStringLiteral("Applied 1,")), 10000);
    QVERIFY2(dialog->messageBar()->text().contains(search ? QStringLiteral("skipped 1") : QStringLiteral("refused 1")),
        qPrintable(dialog->messageBar()->text()));
    QCOMPARE(serverBalance(m_sandbox), before + 3);
    QCOMPARE(table->model()->index(0, outcome).data().toString(), QStringLiteral("Applied"));

    // The same batch again: every row answers as it did, nothing moves.
    QVERIFY(confirm->isEnabled());
    QTest::mouseClick(confirm, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(
        dialog->messageBar()->text().startsWith(QStringLiteral("Applied 0, applied earlier 1")), 10000);
    QCOMPARE(serverBalance(m_sandbox), before + 3);
    QCOMPARE(table->model()->index(0, outcome).data().toString(), QStringLiteral("Applied earlier"));
}

void TestLedgerPane::stoppedBatchResumesFromPendingChanges()
{
    QTemporaryDir dir;
    LocalStore local(dir.filePath(QStringLiteral("console.db")));
    MainWindow window(&local);
    window.showPane(QStringLiteral("ledger"));
    CreditLedgerPane *pane = window.pane<CreditLedgerPane>();
    QSignalSpy ready(window.session(), &Session::ready);
    window.setProfiles({profile(QStringLiteral("support"))});
    QVERIFY(window.session()->isReady() || ready.wait(10000));
    auto *many = pane->findChild<QPushButton *>(QStringLiteral("adjustManyButton"));
    QTRY_VERIFY_WITH_TIMEOUT(many->isEnabled(), 10000);
    const qint64 before = serverBalance(m_sandbox);
    pane->adjustMany();
    auto *dialog = pane->findChild<CreditBatchDialog *>();
    QVERIFY(dialog);
    const QString acme = m_sandbox.orgId(SandboxProcess::acme());
    dialog->setText(QStringLiteral("customer,amount,reason,note\n%1,+1,goodwill,resume one\n%1,+2,goodwill,resume two\n"
                                   "%1,+4,goodwill,resume three\n")
                        .arg(acme)
                        .toUtf8());
    auto *table = dialog->findChild<QTableView *>(QStringLiteral("batchTable"));
    QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 3, 10000);
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("batchReason")), QStringLiteral("Resume test"));
    auto *confirm = dialog->findChild<QPushButton *>(QStringLiteral("confirmButton"));
    QVERIFY(confirm->isEnabled());
    QTest::mouseClick(confirm, Qt::LeftButton);
    // Stopped with the first row in flight: it is applied, the other two are not sent.
    auto *run = dialog->findChild<CreditBatchRun *>();
    QVERIFY(run);
    run->cancel();
    QTRY_VERIFY_WITH_TIMEOUT(dialog->messageBar()->text().startsWith(QStringLiteral("Applied 1,")), 10000);
    QVERIFY2(dialog->messageBar()->text().contains(QStringLiteral("not sent 2")), qPrintable(dialog->messageBar()->text()));
    QCOMPARE(serverBalance(m_sandbox), before + 1);
    dialog->close();

    // Pending changes shows the batch and resumes it as it was confirmed.
    window.showPane(QStringLiteral("pending"));
    auto *pending = window.pane<PendingChangesPane>();
    pending->refresh();
    QCOMPARE(pending->batchBox()->count(), 1);
    QVERIFY2(pending->batchBox()->currentText().contains(QStringLiteral("1 of 3 rows answered")),
        qPrintable(pending->batchBox()->currentText()));
    QVERIFY(pending->resumeButton()->isVisibleTo(pending) && pending->resumeButton()->isEnabled());
    CreditBatchDialog *resumed = pending->resumeBatch();
    QVERIFY(resumed);
    auto *resumedTable = resumed->findChild<QTableView *>(QStringLiteral("batchTable"));
    QCOMPARE(resumedTable->model()->rowCount(), 3);
    QCOMPARE(resumed->findChild<QLineEdit *>(QStringLiteral("batchReason"))->text(), QStringLiteral("Resume test"));
    auto *resumeConfirm = resumed->findChild<QPushButton *>(QStringLiteral("confirmButton"));
    QVERIFY(resumeConfirm->isEnabled());
    QTest::mouseClick(resumeConfirm, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(
        resumed->messageBar()->text().startsWith(QStringLiteral("Applied 2, applied earlier 1")), 10000);
    QCOMPARE(serverBalance(m_sandbox), before + 7); // every row once
    // Done: nothing left to resume.
    QCOMPARE(local.keptBatches(window.session()->profile().name).size(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(pending->batchBox()->count(), 0, 5000);
    QVERIFY(!pending->resumeButton()->isVisibleTo(pending));
    resumed->close();
}

void TestLedgerPane::refusedKeyDisablesTheAction()
{
    // A Member's key saved as Support: a server with "who am I" says so at once; a server of the
    // document alone refuses the adjustment (403), and the console then disables it with the
    // server's words.
    ConnectionProfile p = profile(QStringLiteral("member"));
    p.role = Role::Support;
    MainWindow window;
    window.showPane(QStringLiteral("ledger"));
    CreditLedgerPane *pane = window.pane<CreditLedgerPane>();
    QVERIFY(openProfile(window, p));
    if (!m_sandbox.documentedOnly()) {
        QCOMPARE(window.session()->role(), Role::Member);
        QVERIFY(!pane->adjustButton()->isEnabled());
        return;
    }
    // (Every organisation's ledger is refused to this key too; the pane says so.)
    QTRY_VERIFY_WITH_TIMEOUT(!pane->messageBar()->text().isEmpty(), 10000);
    QTest::keyClicks(pane->customerCombo()->lineEdit(), m_sandbox.orgId(SandboxProcess::acme()));
    QTest::keyClick(pane->customerCombo()->lineEdit(), Qt::Key_Return);
    QVERIFY(pane->adjustButton()->isEnabled()); // the role declared allows it; the server decides
    pane->adjustCredits();
    auto *dialog = pane->findChild<ManualAdjustmentDialog *>();
    QVERIFY(dialog);
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("amountEdit")), QStringLiteral("+10"));
    auto *reason = dialog->findChild<QComboBox *>(QStringLiteral("reasonCombo"));
    reason->setCurrentIndex(reason->findData(int(AdjustmentReason::Goodwill)));
    QTest::keyClicks(dialog->findChild<QPlainTextEdit *>(QStringLiteral("noteEdit")), QStringLiteral("Goodwill"));
    QSignalSpy forbidden(dialog, &ChangeDialog::forbidden);
    QVERIFY(dialog->findChild<QPushButton *>(QStringLiteral("confirmButton"))->isEnabled());
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("confirmButton")), Qt::LeftButton);
    QVERIFY(forbidden.wait(10000));
    QVERIFY(!pane->adjustButton()->isEnabled());
    QVERIFY2(pane->adjustButton()->toolTip() == forbidden.first().first().toString(),
        qPrintable(pane->adjustButton()->toolTip()));
    QVERIFY(!pane->adjustButton()->toolTip().isEmpty());
}

void TestLedgerPane::memberSeesOwnLedgerReadOnly()
{
    MainWindow window;
    CreditLedgerPane *pane = window.pane<CreditLedgerPane>();
    QSignalSpy pages(pane->model(), &CreditLedgerModel::pageLoaded);
    window.setProfiles({profile(QStringLiteral("member"))});
    QVERIFY(pages.wait(10000));
    QVERIFY(pane->model()->rowCount() > 0);
    QVERIFY(!pane->customerCombo()->isEnabled());
    QVERIFY(!pane->adjustButton()->isEnabled());
    QVERIFY(pane->adjustButton()->toolTip().contains(QStringLiteral("Support or a Super Admin")));
}

QTEST_MAIN(TestLedgerPane)
#include "tst_ledger_pane.moc"
