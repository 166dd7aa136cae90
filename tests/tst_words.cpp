// Every word of every vocabulary the APIs use (statuses, methods, channels, reason codes, …) has a
// word for people, which is never the wire word itself, and a German and a Hindi translation in the
// console's translation files. The test walks the enums, so a value added without words fails.
#include "models/words.h"

#include <QRegularExpression>
#include <QTranslator>
#include <QtTest>

using namespace bc;

class TestWords : public QObject
{
    Q_OBJECT
private slots:
    void everyWordHasALabelAndTranslations_data();
    void everyWordHasALabelAndTranslations();
};

namespace {

struct Checked
{
    QString vocabulary;
    QString wire;
    QString label;
    const char *context;
    const char *text;
};

template<typename E>
void collect(const char *name, QList<Checked> *out)
{
    for (E value : allValues<E>(true))
        for (const Word<E> &w : Vocabulary<E>::words())
            if (w.value == value)
                out->append({QString::fromLatin1(name), QString::fromLatin1(w.wire), label(value),
                    Vocabulary<E>::context(), w.text});
}

QList<Checked> everyWord()
{
    QList<Checked> all;
    collect<Family>("Family", &all);
    collect<SubscriptionStatus>("SubscriptionStatus", &all);
    collect<PaymentStatus>("PaymentStatus", &all);
    collect<PaymentMethod>("PaymentMethod", &all);
    collect<InvoiceStatus>("InvoiceStatus", &all);
    collect<OrderType>("OrderType", &all);
    collect<OrderStatus>("OrderStatus", &all);
    collect<PaymentChannel>("PaymentChannel", &all);
    collect<ChargeKind>("ChargeKind", &all);
    collect<ChargeStatus>("ChargeStatus", &all);
    collect<CouponKind>("CouponKind", &all);
    collect<CouponDuration>("CouponDuration", &all);
    collect<CreditTransactionType>("CreditTransactionType", &all);
    collect<SubscriptionEventKind>("SubscriptionEventKind", &all);
    collect<AdjustmentReason>("AdjustmentReason", &all);
    collect<TierPlan>("TierPlan", &all);
    collect<ChargeInterval>("ChargeInterval", &all);
    collect<BillingCycle>("BillingCycle", &all);
    return all;
}

} // namespace

void TestWords::everyWordHasALabelAndTranslations_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("de") << QStringLiteral("de");
    QTest::newRow("hi") << QStringLiteral("hi");
}

void TestWords::everyWordHasALabelAndTranslations()
{
    QFETCH(QString, language);
    QTranslator translator;
    QVERIFY2(
        translator.load(QStringLiteral(BC_QM_DIR "/billing-console_") + language + QStringLiteral(".qm")), BC_QM_DIR);
    static const QRegularExpression wireShape(QStringLiteral("^[a-z]+(_[a-z]+)+$"));
    const QList<Checked> all = everyWord();
    QVERIFY(all.size() > 60); // every vocabulary walked
    QStringList problems;
    for (const Checked &c : all) {
        const QString where = c.vocabulary + u'.' + (c.wire.isEmpty() ? QStringLiteral("(other)") : c.wire);
        if (c.label.isEmpty())
            problems << where + QStringLiteral(": no word for people");
        if (wireShape.match(c.label).hasMatch() || (c.wire.contains(u'_') && c.label == c.wire))
            problems << where + QStringLiteral(": shows the wire word ") + c.label;
        if (translator.translate(c.context, c.text).isEmpty())
            problems << where + QStringLiteral(": no ") + language + QStringLiteral(" translation of “")
                    + QString::fromUtf8(c.text) + u'”';
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

QTEST_MAIN(TestWords)
#include "tst_words.moc"
