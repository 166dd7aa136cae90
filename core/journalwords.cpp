#include "journalwords.h"

#include "models/dates.h"
#include "models/words.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>

namespace bc {

namespace {

struct JournalWords
{
    Q_DECLARE_TR_FUNCTIONS(bc::JournalWords)
};

QString yesNo(const QJsonValue &v)
{
    return v.toBool() ? JournalWords::tr("Yes") : JournalWords::tr("No");
}

template<typename E>
QString wordOf(const QJsonValue &v)
{
    const auto value = fromWireWord<E>(v.toString());
    return value ? label(*value) : v.toString();
}

QString signedCredits(const QJsonValue &v)
{
    const qint64 n = v.toInteger();
    return (n > 0 ? QStringLiteral("+") : QString()) + QLocale().toString(n);
}

// What a subscription edit set, field by field, in words.
QStringList subscriptionChanges(const QJsonObject &body)
{
    QStringList changes;
    if (body.contains(QLatin1String("status")))
        changes << JournalWords::tr("Status: %1").arg(wordOf<SubscriptionStatus>(body.value(QLatin1String("status"))));
    if (body.contains(QLatin1String("planId")))
        changes << JournalWords::tr("Plan: %1").arg(body.value(QLatin1String("planId")).toString());
    if (body.contains(QLatin1String("billingCycle")))
        changes << JournalWords::tr("Billing cycle: %1")
                       .arg(wordOf<BillingCycle>(body.value(QLatin1String("billingCycle"))));
    if (body.contains(QLatin1String("currentPeriodEnd"))) {
        const QDateTime end =
            QDateTime::fromString(body.value(QLatin1String("currentPeriodEnd")).toString(), Qt::ISODate);
        changes << JournalWords::tr("Period ends: %1")
                       .arg(end.isValid() ? shortDate(end) : body.value(QLatin1String("currentPeriodEnd")).toString());
    }
    if (body.contains(QLatin1String("cancelAtPeriodEnd")))
        changes
            << JournalWords::tr("Cancel at period end: %1").arg(yesNo(body.value(QLatin1String("cancelAtPeriodEnd"))));
    return changes;
}

struct Rule
{
    using Describe = std::function<void(const QJsonObject &body, JournalSummary *)>;
    // pattern: a regular expression over the whole path, compiled once with the table.
    Rule(const char *method, const char *pattern, Describe describe)
        : method(method), path(QRegularExpression::anchoredPattern(QLatin1String(pattern))),
          describe(std::move(describe))
    { }
    const char *method;
    QRegularExpression path;
    Describe describe;
};

const QList<Rule> &rules()
{
    static const QList<Rule> list = {
        {"POST", "/admin/credits/manual",
            [](const QJsonObject &b, JournalSummary *s) {
                s->customerId = b.value(QLatin1String("org_id")).toString();
                s->what = JournalWords::tr("Credit adjustment for %1: %2 credits")
                              .arg(QStringLiteral("%CUSTOMER%"), signedCredits(b.value(QLatin1String("amount"))));
                if (b.contains(QLatin1String("reason_code")))
                    s->changes << JournalWords::tr("Reason: %1")
                                      .arg(wordOf<AdjustmentReason>(b.value(QLatin1String("reason_code"))));
                if (!b.value(QLatin1String("note")).toString().isEmpty())
                    s->changes << JournalWords::tr("Note: %1").arg(b.value(QLatin1String("note")).toString());
            }},
        {"PATCH", "/api/billing/subscription/[^/]+",
            [](const QJsonObject &b, JournalSummary *s) {
                s->what = JournalWords::tr("Subscription edited");
                s->changes = subscriptionChanges(b);
            }},
        {"POST", "/api/billing/plan-change",
            [](const QJsonObject &b, JournalSummary *s) {
                s->what = JournalWords::tr("Plan changed");
                s->changes << JournalWords::tr("Plan: %1").arg(b.value(QLatin1String("planId")).toString());
                if (b.contains(QLatin1String("billingCycle")))
                    s->changes << JournalWords::tr("Billing cycle: %1")
                                      .arg(wordOf<BillingCycle>(b.value(QLatin1String("billingCycle"))));
            }},
        {"POST", "/api/billing/cancel",
            [](const QJsonObject &b, JournalSummary *s) {
                s->what = b.value(QLatin1String("atPeriodEnd")).toBool(true)
                    ? JournalWords::tr("Cancellation at the end of the period")
                    : JournalWords::tr("Subscription cancelled now");
            }},
        {"POST", "/api/billing/resume",
            [](const QJsonObject &, JournalSummary *s) { s->what = JournalWords::tr("Cancellation withdrawn"); }},
        {"POST", "/api/billing/checkout",
            [](const QJsonObject &b, JournalSummary *s) {
                s->what = JournalWords::tr("Checkout started");
                s->changes << JournalWords::tr("Plan: %1").arg(b.value(QLatin1String("planId")).toString());
                if (!b.value(QLatin1String("couponCode")).toString().isEmpty())
                    s->changes << JournalWords::tr("Coupon: %1").arg(b.value(QLatin1String("couponCode")).toString());
            }},
        {"POST", "/api/billing/checkout/confirm",
            [](const QJsonObject &, JournalSummary *s) { s->what = JournalWords::tr("Payment confirmed"); }},
        {"POST", "/payment/create-session",
            [](const QJsonObject &b, JournalSummary *s) {
                s->what = b.value(QLatin1String("type")).toString() == QLatin1String("credits")
                    ? JournalWords::tr("Credits purchase started")
                    : JournalWords::tr("Subscription checkout started");
                s->changes << JournalWords::tr("Paid through: %1")
                                  .arg(wordOf<PaymentChannel>(b.value(QLatin1String("channel"))));
            }},
        {"POST", "/subscription/portal",
            [](const QJsonObject &, JournalSummary *s) { s->what = JournalWords::tr("Billing portal opened"); }},
        {"POST", "/v1/billing/portal",
            [](const QJsonObject &, JournalSummary *s) { s->what = JournalWords::tr("Billing portal opened"); }},
        {"POST", "/v1/billing/checkout",
            [](const QJsonObject &b, JournalSummary *s) {
                s->what = JournalWords::tr("Tier upgrade started");
                s->changes << JournalWords::tr("Tier: %1").arg(wordOf<TierPlan>(b.value(QLatin1String("tier"))));
            }},
        {"POST", "/checkin",
            [](const QJsonObject &, JournalSummary *s) { s->what = JournalWords::tr("Daily check-in"); }},
        {"PUT", "/admin/checkin/config",
            [](const QJsonObject &b, JournalSummary *s) {
                s->what = JournalWords::tr("Check-in settings changed");
                s->changes << JournalWords::tr("Enabled: %1").arg(yesNo(b.value(QLatin1String("enabled"))))
                           << JournalWords::tr("Credits: %1")
                                  .arg(QLocale().toString(b.value(QLatin1String("credits")).toInteger()));
            }},
        {"POST", "/admin/billing/plans",
            [](const QJsonObject &b, JournalSummary *s) {
                s->what = JournalWords::tr("Credit plan created: %1").arg(b.value(QLatin1String("name")).toString());
            }},
        {"PUT", "/admin/billing/plans/[^/]+",
            [](const QJsonObject &b, JournalSummary *s) {
                s->what = JournalWords::tr("Credit plan edited: %1").arg(b.value(QLatin1String("name")).toString());
            }},
        {"POST", "/admin/billing/coupons",
            [](const QJsonObject &b, JournalSummary *s) {
                s->what = JournalWords::tr("Coupon created: %1").arg(b.value(QLatin1String("code")).toString());
            }},
        {"POST", ".*/one_time_charge",
            [](const QJsonObject &b, JournalSummary *s) {
                s->what =
                    JournalWords::tr("One-time charge created: %1").arg(b.value(QLatin1String("name")).toString());
            }},
        {"POST", ".*/extension/[^/]+/subscription",
            [](const QJsonObject &b, JournalSummary *s) {
                s->what = JournalWords::tr("Platform subscription created: %1")
                              .arg(b.value(QLatin1String("name")).toString());
            }},
        {"POST", ".*/subscription/[^/]+/cancel",
            [](const QJsonObject &, JournalSummary *s) {
                s->what = JournalWords::tr("Platform subscription cancelled");
            }},
        {"POST", "/sandbox/clock/advance",
            [](const QJsonObject &, JournalSummary *s) { s->what = JournalWords::tr("Sandbox clock advanced"); }},
    };
    return list;
}

// A fixed English word the journal stores, and its text for people (in `context`).
struct StoredWord
{
    const char *stored;
    const char *text;
};

template<std::size_t N>
QString lookUp(const StoredWord (&table)[N], const QString &stored, const char *context)
{
    for (const StoredWord &w : table)
        if (stored == QLatin1String(w.stored))
            return QCoreApplication::translate(context, w.text);
    return {};
}

// The console's own records (not requests), stored as these English words.
QString localAction(const QString &action)
{
    static const StoredWord kLocal[] = {
        {"Export payments as CSV", QT_TRANSLATE_NOOP("bc::JournalWords", "Payments exported as CSV")},
        {"Save invoices as PDF", QT_TRANSLATE_NOOP("bc::JournalWords", "Invoices saved as PDF")},
        {"Print invoices", QT_TRANSLATE_NOOP("bc::JournalWords", "Invoices printed")},
    };
    return lookUp(kLocal, action, "bc::JournalWords");
}

void describeRequest(const QString &action, const QString &detail, JournalSummary *s)
{
    const qsizetype space = action.indexOf(u' ');
    if (space <= 0)
        return;
    const QString method = action.left(space);
    const QString path = action.mid(space + 1).section(u'?', 0, 0);
    const QJsonObject body = QJsonDocument::fromJson(detail.toUtf8()).object();
    for (const Rule &rule : rules()) {
        if (method != QLatin1String(rule.method))
            continue;
        if (rule.path.match(path).hasMatch()) {
            rule.describe(body, s);
            return;
        }
    }
}

} // namespace

JournalSummary describeJournalEntry(const JournalEntry &entry, const CustomerNames &nameOf)
{
    JournalSummary s;
    static const QString discard = QStringLiteral("Discard pending change: ");
    const bool discarded = entry.action.startsWith(discard);
    const QString action = discarded ? entry.action.mid(discard.size()) : entry.action;
    s.what = localAction(action);
    if (s.what.isEmpty())
        describeRequest(action, entry.detail, &s);
    if (!s.customerId.isEmpty()) {
        const QString name = nameOf ? nameOf(s.customerId) : QString();
        s.customer = name.isEmpty() ? JournalWords::tr("Organisation %1").arg(s.customerId) : name;
    }
    if (s.what.isEmpty())
        s.what = action; // no rule knows it: what was sent, as it was
    s.what.replace(QLatin1String("%CUSTOMER%"), s.customer);
    if (discarded)
        s.what = JournalWords::tr("Pending change discarded: %1").arg(s.what);
    return s;
}

QString journalOutcomeText(const QString &outcome)
{
    static const StoredWord kOutcomes[] = {
        {"applied", QT_TRANSLATE_NOOP("bc::JournalPane", "Applied")},
        {"already applied", QT_TRANSLATE_NOOP("bc::JournalPane", "Already applied (same idempotency key)")},
        {"applied (from Pending changes)", QT_TRANSLATE_NOOP("bc::JournalPane", "Applied from Pending changes")},
        {"queued", QT_TRANSLATE_NOOP("bc::JournalPane", "Queued: server unreachable")},
        {"refused", QT_TRANSLATE_NOOP("bc::JournalPane", "Refused")},
        {"refused on replay", QT_TRANSLATE_NOOP("bc::JournalPane", "Refused when sent from Pending changes")},
        {"discarded", QT_TRANSLATE_NOOP("bc::JournalPane", "Discarded")},
        {"saved", QT_TRANSLATE_NOOP("bc::JournalPane", "Saved")},
        {"printed", QT_TRANSLATE_NOOP("bc::JournalPane", "Printed")},
        {"exported", QT_TRANSLATE_NOOP("bc::JournalPane", "Exported")},
        {"stopped", QT_TRANSLATE_NOOP("bc::JournalPane", "Stopped by the user")},
        {"cancelled", QT_TRANSLATE_NOOP("bc::JournalPane", "Cancelled")},
        {"failed", QT_TRANSLATE_NOOP("bc::JournalPane", "Failed")},
    };
    const QString text = lookUp(kOutcomes, outcome, "bc::JournalPane");
    return text.isEmpty() ? outcome : text;
}

} // namespace bc
