#include "adminpanes.h"

#include "checkoutflow.h"
#include "messagebar.h"
#include "rolepolicy.h"

#include "api/familyconnectors.h"
#include "core/session.h"
#include "models/tone.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDesktopServices>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QToolBar>

namespace bc {

namespace {

const Qt::Alignment kRight = Qt::AlignRight | Qt::AlignVCenter;

QString dateText(const QDateTime &t)
{
    return t.isValid() ? QLocale().toString(t.toLocalTime().date(), QLocale::ShortFormat) : QString();
}

// A form dialog with an inline message strip and a confirm button; the fields stay as typed when
// the server refuses.
struct FormDialog
{
    QDialog *dialog;
    QFormLayout *form;
    MessageBar *message;
    QPushButton *confirm;
};

FormDialog makeForm(QWidget *parent, const QString &title, const QString &confirmText)
{
    auto *dialog = new QDialog(parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(title);
    auto *form = new QFormLayout(dialog);
    auto *message = new MessageBar(dialog);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, dialog);
    QPushButton *confirm = buttons->addButton(confirmText, QDialogButtonBox::AcceptRole);
    confirm->setObjectName(QStringLiteral("confirmButton"));
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    form->addRow(message);
    form->addRow(buttons);
    return {dialog, form, message, confirm};
}

void insertRow(const FormDialog &f, const QString &label, QWidget *field)
{
    f.form->insertRow(f.form->rowCount() - 2, label, field);
}

// The common end of a change made in a form. Applied: true. Not reached (it waits in Pending
// changes): the pane says so and the form closes. Refused: the form says why and keeps what was
// typed.
bool formChangeApplied(const FormDialog &f, MessageBar *pane, const ApiError &error)
{
    if (error.isQueued()) {
        pane->show(MessageBar::Kind::Info, error.humanMessage());
        f.dialog->accept();
        return false;
    }
    if (error.isError()) {
        f.message->show(MessageBar::Kind::Error, error.humanMessage());
        return false;
    }
    return true;
}

} // namespace

// --- Coupons ---

CouponsPane::CouponsPane(Session *session, QWidget *parent) : TablePane(session, QStringLiteral("coupons"), parent)
{
    view()->setAccessibleName(tr("Coupons"));
    using Col = RecordTableModel<Coupon>::Column;
    const QLocale locale;
    m_model = new RecordTableModel<Coupon>(
        {Col{tr("Code"), [](const Coupon &c) { return c.code; }},
            Col{tr("Discount"),
                [](const Coupon &c) {
                    return c.kind == QLatin1String("percent") ? QStringLiteral("%1 %").arg(
                               Money::fromMinor(c.percentOffBasisPoints, QStringLiteral("USD")).toWireString())
                                                              : c.amountOff.toDisplayString();
                },
                [](const Coupon &c) {
                    return c.kind == QLatin1String("percent") ? qint64(c.percentOffBasisPoints)
                                                              : c.amountOff.minorUnits();
                },
                kRight},
            Col{tr("Duration"),
                [](const Coupon &c) {
                    return c.duration == QLatin1String("repeating") ? tr("%n month(s)", nullptr, c.durationInMonths)
                                                                    : c.duration;
                }},
            Col{tr("Valid from"), [](const Coupon &c) { return dateText(c.validFrom); },
                [](const Coupon &c) { return c.validFrom.toSecsSinceEpoch(); }},
            Col{tr("Valid until"), [](const Coupon &c) { return dateText(c.validUntil); },
                [](const Coupon &c) { return c.validUntil.toSecsSinceEpoch(); }, Qt::AlignLeft | Qt::AlignVCenter,
                [](const Coupon &c) {
                    return c.validUntil.isValid() && c.validUntil < QDateTime::currentDateTimeUtc()
                        ? QVariant(toneColour(Tone::Negative))
                        : QVariant();
                }},
            Col{tr("Used"),
                [locale](const Coupon &c) {
                    return c.maxRedemptions < 0 ? locale.toString(c.redemptions)
                                                : QStringLiteral("%1 / %2").arg(
                                                    locale.toString(c.redemptions), locale.toString(c.maxRedemptions));
                },
                [](const Coupon &c) { return c.redemptions; }, kRight}},
        this);
    setSourceModel(m_model);
    toolBar()->addAction(tr("Refresh"), this, &CouponsPane::refresh);
    QAction *create = toolBar()->addAction(tr("New coupon…"), this, &CouponsPane::createCoupon);
    create->setShortcut(QKeySequence::New);
    QAction *check = toolBar()->addAction(tr("Check a code…"), this, &CouponsPane::checkCoupon);
    for (QAction *a : {create, check}) {
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(a);
    }
}

void CouponsPane::refresh()
{
    if (!m_session->isReady() || !m_session->credits())
        return;
    m_session->credits()->coupons(this, [this](const ApiResult<QList<Coupon>> &r) {
        setStatus(tr("Coupons: %1").arg(r.value.size()));
        showRecords(r, m_model);
    });
}

void CouponsPane::createCoupon()
{
    const FormDialog f = makeForm(this, tr("New coupon"), tr("Create coupon"));
    auto *code = new QLineEdit(f.dialog);
    code->setObjectName(QStringLiteral("codeEdit"));
    code->setPlaceholderText(tr("e.g. SPRING25"));
    auto *kind = new QComboBox(f.dialog);
    kind->addItem(tr("Percent off"), QStringLiteral("percent"));
    kind->addItem(tr("Amount off"), QStringLiteral("amount"));
    auto *value = new QLineEdit(f.dialog);
    value->setObjectName(QStringLiteral("valueEdit"));
    value->setPlaceholderText(tr("25 (percent) or 500.00 (amount)"));
    auto *currency = new QLineEdit(QStringLiteral("INR"), f.dialog);
    currency->setMaxLength(3);
    auto *duration = new QComboBox(f.dialog);
    duration->addItem(tr("Once"), QStringLiteral("once"));
    duration->addItem(tr("Repeating"), QStringLiteral("repeating"));
    duration->addItem(tr("Forever"), QStringLiteral("forever"));
    auto *months = new QSpinBox(f.dialog);
    months->setRange(1, 120);
    auto *until = new QDateEdit(QDate::currentDate().addMonths(3), f.dialog);
    until->setCalendarPopup(true);
    auto *limited = new QSpinBox(f.dialog);
    limited->setRange(0, 1000000);
    limited->setSpecialValueText(tr("No limit"));
    insertRow(f, tr("&Code:"), code);
    insertRow(f, tr("&Kind:"), kind);
    insertRow(f, tr("&Value:"), value);
    insertRow(f, tr("C&urrency (amount off):"), currency);
    insertRow(f, tr("&Duration:"), duration);
    insertRow(f, tr("&Months (repeating):"), months);
    insertRow(f, tr("Valid &until:"), until);
    insertRow(f, tr("Redemption &limit:"), limited);
    IdempotencyKeys *keys = new IdempotencyKeys;
    connect(f.dialog, &QObject::destroyed, [keys] { delete keys; });
    connect(f.confirm, &QPushButton::clicked, f.dialog,
        [this, f, code, kind, value, currency, duration, months, until, limited, keys] {
            QJsonObject body{{QStringLiteral("code"), code->text().trimmed()},
                {QStringLiteral("duration"), duration->currentData().toString()},
                {QStringLiteral("valid_until"), until->date().toString(Qt::ISODate)}};
            if (kind->currentData().toString() == QLatin1String("percent"))
                body.insert(QStringLiteral("percent_off"), value->text().trimmed());
            else
                body.insert(QStringLiteral("amount_off"), value->text().trimmed()),
                    body.insert(QStringLiteral("currency"), currency->text().trimmed().toUpper());
            if (duration->currentData().toString() == QLatin1String("repeating"))
                body.insert(QStringLiteral("duration_in_months"), months->value());
            if (limited->value() > 0)
                body.insert(QStringLiteral("max_redemptions"), limited->value());
            f.confirm->setEnabled(false);
            m_session->credits()->createCoupon(
                body, keys->keyFor(QJsonDocument(body).toJson()), f.dialog, [this, f](const ApiResult<Coupon> &r) {
                    f.confirm->setEnabled(true);
                    if (!formChangeApplied(f, messageBar(), r.error))
                        return;
                    messageBar()->show(MessageBar::Kind::Success, tr("Coupon %1 created.").arg(r.value.code));
                    f.dialog->accept();
                    refresh();
                });
        });
    f.dialog->open();
}

void CouponsPane::checkCoupon()
{
    const FormDialog f = makeForm(this, tr("Check a coupon"), tr("Check"));
    auto *code = new QLineEdit(f.dialog);
    auto *plan = new QComboBox(f.dialog);
    auto *cycle = new QComboBox(f.dialog);
    cycle->addItem(tr("Monthly"), QStringLiteral("monthly"));
    cycle->addItem(tr("Yearly"), QStringLiteral("yearly"));
    insertRow(f, tr("&Code:"), code);
    insertRow(f, tr("&Plan:"), plan);
    insertRow(f, tr("C&ycle:"), cycle);
    m_session->orgBilling()->plans(f.dialog, [plan](const ApiResult<QList<Plan>> &r) {
        for (const Plan &p : r.value)
            plan->addItem(QStringLiteral("%1 (%2)").arg(p.name, p.priceMonthly.currency()), p.id);
    });
    connect(f.confirm, &QPushButton::clicked, f.dialog, [this, f, code, plan, cycle] {
        m_session->orgBilling()->validateCoupon(code->text().trimmed(), plan->currentData().toString(),
            *billingCycleFromString(cycle->currentData().toString()), f.dialog, [f](const ApiResult<CouponCheck> &r) {
                if (!r.ok())
                    f.message->show(MessageBar::Kind::Error, r.error.humanMessage());
                else if (!r.value.valid)
                    f.message->show(MessageBar::Kind::Error, r.value.message);
                else
                    f.message->show(MessageBar::Kind::Success,
                        tr("%1 Price after discount: %2.")
                            .arg(r.value.message, r.value.priceAfterDiscount.toDisplayString()));
            });
    });
    f.dialog->open();
}

// --- Plans ---

PlansPane::PlansPane(Session *session, QWidget *parent) : TablePane(session, QStringLiteral("plans"), parent)
{
    view()->setAccessibleName(tr("Credit plans"));
    using Col = RecordTableModel<CreditPlan>::Column;
    const QLocale locale;
    m_model = new RecordTableModel<CreditPlan>(
        {Col{tr("Plan"), [](const CreditPlan &p) { return p.name; }},
            Col{tr("Monthly"), [locale](const CreditPlan &p) { return p.priceMonthly.toDisplayString(locale); },
                [](const CreditPlan &p) { return p.priceMonthly.minorUnits(); }, kRight},
            Col{tr("Yearly"), [locale](const CreditPlan &p) { return p.priceYearly.toDisplayString(locale); },
                [](const CreditPlan &p) { return p.priceYearly.minorUnits(); }, kRight},
            Col{tr("Credits"), [locale](const CreditPlan &p) { return locale.toString(p.creditsIncluded); },
                [](const CreditPlan &p) { return p.creditsIncluded; }, kRight},
            Col{tr("Stripe prices"),
                [](const CreditPlan &p) {
                    return QStringLiteral("%1 · %2").arg(p.stripePriceMonthly, p.stripePriceYearly);
                }},
            Col{tr("Creem product"),
                [](const CreditPlan &p) {
                    return p.creemProductId.isEmpty() ? tr("— not sold on Creem") : p.creemProductId;
                }},
            Col{tr("Active"), [](const CreditPlan &p) { return p.active ? tr("Yes") : tr("No"); }}},
        this);
    setSourceModel(m_model);
    toolBar()->addAction(tr("Refresh"), this, &PlansPane::refresh);
    QAction *create = toolBar()->addAction(tr("New plan…"), this, [this] { editPlan(nullptr); });
    QAction *edit = toolBar()->addAction(tr("Edit plan…"), this, [this] { editPlan(m_model->at(currentSourceRow())); });
    create->setShortcut(QKeySequence::New);
    edit->setShortcut(QKeySequence(QStringLiteral("Ctrl+E")));
    for (QAction *a : {create, edit}) {
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(a);
    }
    connect(view(), &QTableView::doubleClicked, this, [this] { editPlan(m_model->at(currentSourceRow())); });
}

void PlansPane::refresh()
{
    if (!m_session->isReady() || !m_session->credits())
        return;
    m_session->credits()->adminPlans(this, [this](const ApiResult<QList<CreditPlan>> &r) { showRecords(r, m_model); });
}

void PlansPane::editPlan(const CreditPlan *existing)
{
    const CreditPlan plan = existing ? *existing : CreditPlan{};
    const FormDialog f = makeForm(this, existing ? tr("Edit plan %1").arg(plan.name) : tr("New plan"),
        existing ? tr("Save plan") : tr("Create plan"));
    auto *id = new QLineEdit(plan.id, f.dialog);
    id->setEnabled(!existing);
    auto *name = new QLineEdit(plan.name, f.dialog);
    name->setObjectName(QStringLiteral("nameEdit"));
    auto *description = new QLineEdit(plan.description, f.dialog);
    auto *currency = new QLineEdit(existing ? plan.priceMonthly.currency() : QStringLiteral("USD"), f.dialog);
    currency->setEnabled(!existing);
    currency->setMaxLength(3);
    auto *monthly = new QLineEdit(existing ? plan.priceMonthly.toWireString() : QString(), f.dialog);
    monthly->setObjectName(QStringLiteral("monthlyEdit"));
    monthly->setPlaceholderText(tr("e.g. 29.00"));
    auto *yearly = new QLineEdit(existing ? plan.priceYearly.toWireString() : QString(), f.dialog);
    yearly->setPlaceholderText(tr("e.g. 290.00"));
    auto *credits = new QSpinBox(f.dialog);
    credits->setRange(0, 100000000);
    credits->setValue(int(plan.creditsIncluded));
    auto *features = new QPlainTextEdit(plan.features.join(u'\n'), f.dialog);
    features->setTabChangesFocus(true);
    features->setMaximumHeight(90);
    auto *creem = new QLineEdit(plan.creemProductId, f.dialog);
    auto *active = new QCheckBox(tr("Offered to customers"), f.dialog);
    active->setChecked(existing ? plan.active : true);
    insertRow(f, tr("&Id:"), id);
    insertRow(f, tr("&Name:"), name);
    insertRow(f, tr("&Description:"), description);
    insertRow(f, tr("C&urrency:"), currency);
    insertRow(f, tr("&Monthly price:"), monthly);
    insertRow(f, tr("&Yearly price:"), yearly);
    insertRow(f, tr("C&redits included:"), credits);
    insertRow(f, tr("&Features (one a line):"), features);
    insertRow(f, tr("Creem &product id:"), creem);
    insertRow(f, QString(), active);
    connect(f.confirm, &QPushButton::clicked, f.dialog, [=, this] {
        // Prices are checked here first, exactly as the server will, so the message is immediate.
        const QString cur = currency->text().trimmed().toUpper();
        MoneyParseError e = MoneyParseError::None;
        const Money m = Money::parse(monthly->text().trimmed(), cur, &e);
        if (!m.isValid()) {
            f.message->show(MessageBar::Kind::Error,
                tr("Monthly price: %1").arg(Money::parseErrorMessage(e, monthly->text().trimmed(), cur)));
            monthly->setFocus();
            return;
        }
        const Money y = Money::parse(yearly->text().trimmed(), cur, &e);
        if (!y.isValid()) {
            f.message->show(MessageBar::Kind::Error,
                tr("Yearly price: %1").arg(Money::parseErrorMessage(e, yearly->text().trimmed(), cur)));
            yearly->setFocus();
            return;
        }
        CreditPlan p = plan;
        p.id = id->text().trimmed();
        p.name = name->text().trimmed();
        p.description = description->text().trimmed();
        p.priceMonthly = m;
        p.priceYearly = y;
        p.creditsIncluded = credits->value();
        p.features = features->toPlainText().split(u'\n', Qt::SkipEmptyParts);
        p.creemProductId = creem->text().trimmed();
        p.active = active->isChecked();
        auto done = [this, f](const ApiResult<CreditPlan> &r) {
            if (!formChangeApplied(f, messageBar(), r.error))
                return;
            messageBar()->show(MessageBar::Kind::Success, tr("Plan %1 saved.").arg(r.value.name));
            f.dialog->accept();
            refresh();
        };
        if (existing) {
            QJsonObject changes = json::fromCreditPlan(p);
            changes.remove(QStringLiteral("id"));
            changes.remove(QStringLiteral("currency"));
            m_session->credits()->updatePlan(p.id, changes, {}, f.dialog, done);
        } else {
            m_session->credits()->createPlan(p, {}, f.dialog, done);
        }
    });
    f.dialog->open();
}

// --- Orders ---

OrdersPane::OrdersPane(Session *session, QWidget *parent) : TablePane(session, QStringLiteral("orders"), parent)
{
    view()->setAccessibleName(tr("Credit orders"));
    using Col = RecordTableModel<CreditOrder>::Column;
    const QLocale locale;
    m_model = new RecordTableModel<CreditOrder>(
        {Col{tr("Created"),
             [locale](
                 const CreditOrder &o) { return locale.toString(o.createdAt.toLocalTime(), QLocale::ShortFormat); },
             [](const CreditOrder &o) { return o.createdAt.toSecsSinceEpoch(); }},
            Col{tr("Type"),
                [](const CreditOrder &o) {
                    return o.type == QLatin1String("credits") ? tr("Credits") : tr("Subscription");
                }},
            Col{tr("Plan"), [](const CreditOrder &o) { return o.planId; }},
            Col{tr("Credits"), [locale](const CreditOrder &o) { return locale.toString(o.credits); },
                [](const CreditOrder &o) { return o.credits; }, kRight},
            Col{tr("Amount"), [locale](const CreditOrder &o) { return o.amount.toDisplayString(locale); },
                [](const CreditOrder &o) { return o.amount.minorUnits(); }, kRight},
            Col{tr("Channel"), [](const CreditOrder &o) { return o.channel; }},
            Col{tr("Status"), [](const CreditOrder &o) { return o.status; }},
            Col{tr("Paid"),
                [locale](const CreditOrder &o) {
                    return o.paidAt.isValid() ? locale.toString(o.paidAt.toLocalTime(), QLocale::ShortFormat)
                                              : QString();
                }}},
        this);
    setSourceModel(m_model);
    toolBar()->addAction(tr("Refresh"), this, &OrdersPane::refresh);
    // The detail of an order: everything the provider knows about it, in the message strip.
    connect(view(), &QTableView::doubleClicked, this, [this] {
        const CreditOrder *o = m_model->at(currentSourceRow());
        if (!o)
            return;
        messageBar()->show(MessageBar::Kind::Info,
            tr("Order %1: %2 credits for %3 through %4, %5%6.")
                .arg(o->id, QLocale().toString(o->credits), o->amount.toDisplayString(), o->channel, o->status,
                    o->paidAt.isValid()
                        ? tr(", paid %1").arg(QLocale().toString(o->paidAt.toLocalTime(), QLocale::ShortFormat))
                        : QString()));
    });
    m_buy = toolBar()->addAction(tr("Buy credits…"), this, &OrdersPane::buyCredits);
    m_portal = toolBar()->addAction(tr("Billing portal"), this, [this] {
        CheckoutFlow *flow = CheckoutFlow::creditsPortal(m_session, this);
        connect(flow, &CheckoutFlow::finished, this, [this](bool ok, const QString &text) {
            messageBar()->show(ok ? MessageBar::Kind::Info : MessageBar::Kind::Error, text);
            refresh();
        });
    });
    // Tier billing (seed 004) lives here too: the account's plan tier is bought the same way.
    m_tierUpgrade = toolBar()->addAction(tr("Upgrade to Pro tier…"), this, [this] {
        CheckoutFlow *flow = CheckoutFlow::tierCheckout(m_session, QStringLiteral("pro"), this);
        connect(flow, &CheckoutFlow::finished, this, [this](bool ok, const QString &text) {
            messageBar()->show(ok ? MessageBar::Kind::Success : MessageBar::Kind::Info, text);
        });
    });
    m_tierPortal = toolBar()->addAction(tr("Tier billing portal"), this, [this] {
        CheckoutFlow *flow = CheckoutFlow::tierPortal(m_session, this);
        connect(flow, &CheckoutFlow::finished, this, [this](bool ok, const QString &text) {
            messageBar()->show(ok ? MessageBar::Kind::Info : MessageBar::Kind::Error, text);
        });
    });
    connect(m_session, &Session::ready, this, [this] {
        const bool tier = m_session->tierBilling() != nullptr;
        m_tierUpgrade->setVisible(tier);
        m_tierPortal->setVisible(tier);
        const bool purchaser = m_session->role() == Role::Owner || m_session->role() == Role::Admin;
        for (QAction *a : {m_buy, m_portal, m_tierUpgrade, m_tierPortal}) {
            a->setEnabled(purchaser);
            a->setToolTip(purchaser ? QString() : tr("Purchases are made by the organisation's Owner or Admin."));
        }
    });
}

void OrdersPane::buyCredits()
{
    const FormDialog f = makeForm(this, tr("Buy credits"), tr("Continue to payment"));
    auto *packs = new QSpinBox(f.dialog);
    packs->setRange(1, 1000);
    packs->setSuffix(tr(" × 1,000 credits"));
    auto *channel = new QComboBox(f.dialog);
    channel->addItem(QStringLiteral("Stripe"), QStringLiteral("stripe"));
    channel->addItem(QStringLiteral("Creem"), QStringLiteral("creem"));
    insertRow(f, tr("&Credits:"), packs);
    insertRow(f, tr("Pay &with:"), channel);
    connect(f.confirm, &QPushButton::clicked, f.dialog, [this, f, packs, channel] {
        CreditSessionRequest request;
        request.channel = channel->currentData().toString();
        request.type = QStringLiteral("credits");
        request.credits = qint64(packs->value()) * 1000;
        f.confirm->setEnabled(false);
        CheckoutFlow *flow = CheckoutFlow::creditsSession(m_session, request, this);
        connect(flow, &CheckoutFlow::viewOpened, f.dialog, &QDialog::accept);
        connect(flow, &CheckoutFlow::finished, this, [this, f](bool ok, const QString &text) {
            if (!ok && f.dialog && f.dialog->isVisible()) {
                f.message->show(MessageBar::Kind::Error, text);
                f.confirm->setEnabled(true);
                return;
            }
            messageBar()->show(ok ? MessageBar::Kind::Success : MessageBar::Kind::Info, text);
            refresh();
        });
    });
    f.dialog->open();
}

void OrdersPane::refresh()
{
    if (!m_session->isReady() || !m_session->credits())
        return;
    m_session->credits()->orders(200, 0, this, [this](const ApiResult<QList<CreditOrder>> &r) {
        showRecords(r, m_model, tr("No orders yet: purchases of credits and plans appear here."));
    });
}

// --- Platform charges ---

PlatformChargesPane::PlatformChargesPane(Session *session, QWidget *parent)
    : TablePane(session, QStringLiteral("charges"), parent)
{
    view()->setAccessibleName(tr("Platform charges"));
    using Col = RecordTableModel<PlatformCharge>::Column;
    const QLocale locale;
    m_model = new RecordTableModel<PlatformCharge>(
        {Col{tr("Name"), [](const PlatformCharge &c) { return c.name; }},
            Col{tr("Kind"),
                [](const PlatformCharge &c) {
                    return c.kind == QLatin1String("subscription") ? tr("Subscription") : tr("One-time");
                }},
            Col{tr("Price"),
                [locale](const PlatformCharge &c) {
                    QStringList prices;
                    for (const PlatformLineItem &i : c.lineItems)
                        prices << i.price.toDisplayString(locale)
                                + (i.interval.isEmpty() ? QString() : u'/' + i.interval);
                    return prices.join(QStringLiteral(" + "));
                },
                [](const PlatformCharge &c) {
                    return c.lineItems.isEmpty() ? 0 : c.lineItems.first().price.minorUnits();
                },
                kRight},
            Col{tr("Status"), [](const PlatformCharge &c) { return c.status; }},
            Col{tr("Trial"),
                [](const PlatformCharge &c) {
                    return c.trialDays ? tr("%n day(s)", nullptr, int(c.trialDays)) : QString();
                }},
            Col{tr("Activated"), [](const PlatformCharge &c) { return dateText(c.activatedOn); }},
            Col{tr("Billing from"), [](const PlatformCharge &c) { return dateText(c.billingDate); }},
            Col{tr("Cancelled"), [](const PlatformCharge &c) { return dateText(c.cancelledOn); }},
            Col{tr("Id"), [](const PlatformCharge &c) { return c.id; }}},
        this);
    setSourceModel(m_model);
    toolBar()->addAction(tr("Refresh"), this, &PlatformChargesPane::refresh);
    toolBar()->addAction(tr("New one-time charge…"), this, &PlatformChargesPane::createOneTimeCharge);
    m_cancel = toolBar()->addAction(tr("Cancel subscription charge…"), this, &PlatformChargesPane::cancelSelected);
    connect(view()->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        const PlatformCharge *c = m_model->at(currentSourceRow());
        const bool cancellable =
            c && c->kind == QLatin1String("subscription") && c->status != QLatin1String("cancelled");
        m_cancel->setEnabled(cancellable);
        m_cancel->setToolTip(
            cancellable ? tr("Stop billing this subscription charge") : tr("Select an active subscription charge."));
    });
    m_cancel->setEnabled(false);
}

void PlatformChargesPane::refresh()
{
    if (!m_session->isReady())
        return;
    if (!m_session->platformCharges()) {
        messageBar()->show(
            MessageBar::Kind::Info, tr("This profile has no platform company and extension configured."));
        return;
    }
    m_session->platformCharges()->charges(
        this, [this](const ApiResult<QList<PlatformCharge>> &r) { showRecords(r, m_model); });
}

void PlatformChargesPane::createOneTimeCharge()
{
    const FormDialog f = makeForm(this, tr("New one-time charge"), tr("Create charge"));
    auto *name = new QLineEdit(f.dialog);
    name->setObjectName(QStringLiteral("nameEdit"));
    auto *term = new QLineEdit(f.dialog);
    auto *amount = new QLineEdit(f.dialog);
    amount->setObjectName(QStringLiteral("amountEdit"));
    amount->setPlaceholderText(tr("e.g. 2500.00"));
    auto *currency = new QLineEdit(QStringLiteral("INR"), f.dialog);
    currency->setMaxLength(3);
    auto *test = new QCheckBox(tr("Test charge"), f.dialog);
    test->setChecked(true);
    insertRow(f, tr("&Name:"), name);
    insertRow(f, tr("&Term:"), term);
    insertRow(f, tr("&Amount:"), amount);
    insertRow(f, tr("C&urrency:"), currency);
    insertRow(f, QString(), test);
    auto keys = std::make_shared<IdempotencyKeys>();
    connect(f.confirm, &QPushButton::clicked, f.dialog, [=, this] {
        MoneyParseError e = MoneyParseError::None;
        const QString cur = currency->text().trimmed().toUpper();
        const Money price = Money::parse(amount->text().trimmed(), cur, &e);
        if (!price.isValid()) {
            f.message->show(MessageBar::Kind::Error, Money::parseErrorMessage(e, amount->text().trimmed(), cur));
            return;
        }
        PlatformLineItem item;
        item.name = name->text().trimmed();
        item.term = term->text().trimmed();
        item.price = price;
        const QString key = keys->keyFor(item.name.toUtf8() + '|' + item.term.toUtf8() + '|'
            + price.toWireString().toUtf8() + '|' + cur.toUtf8() + '|' + QByteArray::number(test->isChecked()));
        m_session->platformCharges()->createOneTimeCharge(item.name, item, test->isChecked(),
            CheckoutFlow::returnBase().resolved(QUrl(QStringLiteral("platform-return"))), key, f.dialog,
            [this, f](const ApiResult<PlatformChargeCreated> &r) {
                if (!formChangeApplied(f, messageBar(), r.error))
                    return;
                messageBar()->show(MessageBar::Kind::Success,
                    tr("Charge created; the company approves it at %1").arg(r.value.confirmUrl.toString()));
                emit confirmUrlReady(r.value.confirmUrl);
                f.dialog->accept();
                refresh();
                if (!qEnvironmentVariableIsSet("BC_NO_EMBEDDED_CHECKOUT"))
                    openConfirm(r.value.confirmUrl);
            });
    });
    f.dialog->open();
}

void PlatformChargesPane::openConfirm(const QUrl &confirmUrl)
{
    // The company approves in the platform's confirm page, inside the embedded checkout.
    CheckoutFlow *flow = CheckoutFlow::platformConfirm(m_session, confirmUrl, this);
    connect(flow, &CheckoutFlow::finished, this, [this](bool ok, const QString &message) {
        messageBar()->show(ok ? MessageBar::Kind::Success : MessageBar::Kind::Info, message);
        refresh();
    });
}

void PlatformChargesPane::cancelSelected()
{
    const PlatformCharge *c = m_model->at(currentSourceRow());
    if (!c || !m_cancel->isEnabled())
        return;
    const QString id = c->id;
    if (QMessageBox::question(
            this, tr("Cancel subscription charge"), tr("Stop billing “%1”? This cannot be undone.").arg(c->name))
        != QMessageBox::Yes)
        return;
    m_session->platformCharges()->cancelSubscription(
        id, ApiTransport::newIdempotencyKey(), this, [this](const ApiResult<PlatformCharge> &r) {
            if (!r.ok()) {
                messageBar()->show(
                    r.error.isQueued() ? MessageBar::Kind::Info : MessageBar::Kind::Error, r.error.humanMessage());
                return;
            }
            messageBar()->show(MessageBar::Kind::Success, tr("“%1” is cancelled.").arg(r.value.name));
            refresh();
        });
}

} // namespace bc
