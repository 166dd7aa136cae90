// The journal as people read it: each kind of request the console sends becomes a sentence naming
// the customer, with what it set, and an unknown action stays what was sent.
#include "core/journalwords.h"

#include <QTest>

using namespace bc;

class JournalWordsTest : public QObject
{
    Q_OBJECT
private slots:
    void creditAdjustmentNamesTheCustomer()
    {
        JournalEntry e;
        e.action = QStringLiteral("POST /admin/credits/manual");
        e.detail =
            QStringLiteral(R"({"org_id":"org_ganga","amount":500,"reason_code":"service_outage","note":"INC-4521"})");
        const auto names = [](const QString &id) {
            return id == QLatin1String("org_ganga") ? QStringLiteral("Ganga Pharma Ltd") : QString();
        };
        const JournalSummary s = describeJournalEntry(e, names);
        QCOMPARE(s.what, QStringLiteral("Credit adjustment for Ganga Pharma Ltd: +500 credits"));
        QCOMPARE(s.customerId, QStringLiteral("org_ganga"));
        QCOMPARE(s.customer, QStringLiteral("Ganga Pharma Ltd"));
        QCOMPARE(s.changes, QStringList({QStringLiteral("Reason: Service outage"), QStringLiteral("Note: INC-4521")}));
        // Not known by name: the organisation by its id, never a blank.
        QCOMPARE(describeJournalEntry(e).customer, QStringLiteral("Organisation org_ganga"));
    }

    void subscriptionEditListsWhatItSet()
    {
        JournalEntry e;
        e.action = QStringLiteral("PATCH /api/billing/subscription/sub_42");
        e.detail = QStringLiteral(R"({"status":"past_due","cancelAtPeriodEnd":true,"reason":"card expired"})");
        const JournalSummary s = describeJournalEntry(e);
        QCOMPARE(s.what, QStringLiteral("Subscription edited"));
        QCOMPARE(
            s.changes, QStringList({QStringLiteral("Status: Past due"), QStringLiteral("Cancel at period end: Yes")}));
    }

    void wireWordsBecomeWords()
    {
        JournalEntry e;
        e.action = QStringLiteral("POST /payment/create-session");
        e.detail = QStringLiteral(R"({"channel":"stripe","type":"credits","credits":2})");
        const JournalSummary s = describeJournalEntry(e);
        QCOMPARE(s.what, QStringLiteral("Credits purchase started"));
        QCOMPARE(s.changes, QStringList({QStringLiteral("Paid through: Stripe")}));
        e.action = QStringLiteral("POST /api/billing/cancel");
        e.detail = QStringLiteral(R"({"atPeriodEnd":false})");
        QCOMPARE(describeJournalEntry(e).what, QStringLiteral("Subscription cancelled now"));
        e.action = QStringLiteral("Discard pending change: POST /api/billing/resume");
        QCOMPARE(describeJournalEntry(e).what, QStringLiteral("Pending change discarded: Cancellation withdrawn"));
        e.action = QStringLiteral("Export payments as CSV");
        QCOMPARE(describeJournalEntry(e).what, QStringLiteral("Payments exported as CSV"));
    }

    void unknownActionStaysAsSent()
    {
        JournalEntry e;
        e.action = QStringLiteral("POST /v2/something/new");
        e.detail = QStringLiteral("{}");
        const JournalSummary s = describeJournalEntry(e);
        QCOMPARE(s.what, e.action);
        QVERIFY(s.customer.isEmpty());
        QCOMPARE(journalOutcomeText(QStringLiteral("queued")), QStringLiteral("Queued: server unreachable"));
        QCOMPARE(journalOutcomeText(QStringLiteral("something else")), QStringLiteral("something else"));
    }
};

QTEST_GUILESS_MAIN(JournalWordsTest)
#include "tst_journal_words.moc"
