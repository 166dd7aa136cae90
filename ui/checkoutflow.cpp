#include "checkoutflow.h"

#include "checkouthosts.h"
#include "checkoutlauncher.h"

#include "core/session.h"
#include "models/words.h"

#include <QLoggingCategory>
#include <QTimer>

// Off by default; switch on with QT_LOGGING_RULES="bc.checkout.debug=true".
Q_LOGGING_CATEGORY(lcCheckout, "bc.checkout", QtWarningMsg)

namespace bc {

QUrl CheckoutFlow::returnBase()
{
    return QUrl(QStringLiteral("https://billing-console.invalid/checkout/"));
}

CheckoutFlow::CheckoutFlow(Session *session, QWidget *parent)
    : QObject(parent), m_session(session), m_parentWidget(parent)
{ }

QStringList CheckoutFlow::allowedOrigins(Family family, const QUrl &start) const
{
    // The billing server, the page the flow starts on, and the family's providers' own hosts.
    return checkoutOrigins(family, m_session->profile().baseUrl, start);
}

void CheckoutFlow::finish(bool ok, const QString &message)
{
    if (m_finished)
        return;
    m_finished = true;
    qCDebug(lcCheckout) << "checkout ended" << (ok ? "ok:" : "not ok:") << message;
    emit finished(ok, message);
    deleteLater();
}

void CheckoutFlow::openView(CheckoutRequest request, std::function<void(const CheckoutOutcome &)> onOutcome)
{
    request.onOutcome = [self = QPointer<CheckoutFlow>(this), onOutcome](const CheckoutOutcome &outcome) {
        if (self)
            onOutcome(outcome);
    };
    request.onBlocked = [self = QPointer<CheckoutFlow>(this)](const QUrl &url) {
        qCDebug(lcCheckout) << "blocked" << url.toDisplayString(QUrl::RemoveQuery);
        if (self)
            emit self->blocked(url);
    };
    QString error;
    m_dialog = CheckoutLauncher::open(request, m_parentWidget, &error);
    if (!m_dialog) {
        finish(false, error);
        return;
    }
    qCDebug(lcCheckout) << "checkout opened" << request.startUrl.toDisplayString(QUrl::RemoveQuery)
                        << "allowed:" << request.allowedOrigins;
    m_dialog->open();
    emit viewOpened(m_dialog);
}

CheckoutFlow *CheckoutFlow::razorpaySubscription(
    Session *session, const QString &planId, BillingCycle cycle, const QString &couponCode, QWidget *parent)
{
    auto *flow = new CheckoutFlow(session, parent);
    session->orgBilling()->createCheckout(
        planId, cycle, couponCode, flow, [flow, session](const ApiResult<CheckoutOrder> &r) {
            if (!r.ok()) {
                flow->finish(false, r.error.humanMessage());
                return;
            }
            const CheckoutOrder order = r.value;
            QVariantMap options = order.checkoutOptions;
            options.insert(QStringLiteral("display_amount"), order.amount.toDisplayString());
            // A server with the Razorpay simulator says so by sending its hosted checkout.
            if (order.checkoutUrl.isValid() && order.checkoutUrl.path().startsWith(QLatin1String("/sim/razorpay/")))
                options.insert(QStringLiteral("sandbox"), originOf(order.checkoutUrl));
            CheckoutRequest request;
            request.kind = CheckoutRequest::Kind::Razorpay;
            request.title = tr("Pay %1 — %2").arg(order.amount.toDisplayString(), order.description);
            request.startUrl = order.checkoutUrl;
            request.razorpayOptions = options;
            request.allowedOrigins = flow->allowedOrigins(Family::OrgBilling, order.checkoutUrl);
            const QString orderId = order.orderId;
            flow->openView(request, [flow, session, orderId](const CheckoutOutcome &outcome) {
                const QVariantMap &params = outcome.params;
                if (outcome.status == CheckoutOutcome::Status::Failed) {
                    flow->finish(false,
                        tr("The payment failed: %1. Nothing was changed.")
                            .arg(params.value(QStringLiteral("error"))
                                     .toMap()
                                     .value(QStringLiteral("description"))
                                     .toString()));
                    return;
                }
                if (outcome.status != CheckoutOutcome::Status::Paid) {
                    flow->finish(false, tr("The checkout was closed before paying. Nothing was changed."));
                    return;
                }
                // The server verifies the signature; a forged or tampered result is refused there.
                session->orgBilling()->confirmCheckout(
                    params.value(QStringLiteral("razorpay_order_id"), orderId).toString(),
                    params.value(QStringLiteral("razorpay_payment_id")).toString(),
                    params.value(QStringLiteral("razorpay_signature")).toString(), flow,
                    [flow](const ApiResult<Subscription> &c) {
                        if (!c.ok())
                            flow->finish(
                                false, tr("The payment could not be confirmed: %1").arg(c.error.humanMessage()));
                        else
                            flow->finish(true, tr("Paid. %1 is now on %2.").arg(c.value.orgName, c.value.planName));
                    });
            });
        });
    return flow;
}

static CheckoutRequest redirectRequest(
    const QString &title, const QUrl &start, const QString &successPath, const QString &cancelPath)
{
    CheckoutRequest request;
    request.kind = CheckoutRequest::Kind::Redirect;
    request.title = title;
    request.startUrl = start;
    request.successUrl = CheckoutFlow::returnBase().resolved(QUrl(successPath));
    request.cancelUrl = CheckoutFlow::returnBase().resolved(QUrl(cancelPath));
    return request;
}

CheckoutFlow *CheckoutFlow::creditsSession(Session *session, CreditSessionRequest request, QWidget *parent)
{
    auto *flow = new CheckoutFlow(session, parent);
    request.successUrl = QUrl(returnBase().toString() + QStringLiteral("success?session_id={CHECKOUT_SESSION_ID}"));
    request.cancelUrl = returnBase().resolved(QUrl(QStringLiteral("cancel")));
    session->credits()->createSession(request, flow, [flow](const ApiResult<CheckoutRedirect> &r) {
        if (!r.ok()) {
            flow->finish(false, r.error.humanMessage());
            return;
        }
        CheckoutRequest view =
            redirectRequest(tr("Checkout"), r.value.url, QStringLiteral("success"), QStringLiteral("cancel"));
        view.allowedOrigins = flow->allowedOrigins(Family::Credits, r.value.url);
        flow->openView(view, [flow](const CheckoutOutcome &outcome) {
            const bool paid = outcome.status == CheckoutOutcome::Status::Paid;
            flow->finish(paid,
                paid ? tr("Paid. The credits arrive as soon as the provider confirms the payment.")
                     : tr("The checkout was left before paying. Nothing was changed."));
        });
    });
    return flow;
}

CheckoutFlow *CheckoutFlow::creditsPortal(Session *session, QWidget *parent)
{
    auto *flow = new CheckoutFlow(session, parent);
    session->credits()->portal(
        returnBase().resolved(QUrl(QStringLiteral("portal-return"))), flow, [flow](const ApiResult<QUrl> &r) {
            if (!r.ok()) {
                flow->finish(false, r.error.humanMessage());
                return;
            }
            CheckoutRequest view = redirectRequest(
                tr("Billing portal"), r.value, QStringLiteral("portal-return"), QStringLiteral("portal-cancel"));
            view.allowedOrigins = flow->allowedOrigins(Family::Credits, r.value);
            flow->openView(
                view, [flow](const CheckoutOutcome &) { flow->finish(true, tr("Back from the billing portal.")); });
        });
    return flow;
}

namespace {
// A tier checkout or portal on the provider's page; it ends when the page leaves for the return
// address the server chose (seed 004 names none; never a path of ours on the server).
CheckoutRequest tierRequest(const QString &title, const QUrl &start)
{
    CheckoutRequest view;
    view.kind = CheckoutRequest::Kind::Redirect;
    view.title = title;
    view.startUrl = start;
    view.returnsByLeaving = true;
    view.providerOrigins = providerOrigins(CheckoutProvider::Stripe);
    return view;
}
} // namespace

// Back from the checkout: the webhook sets the plan, so the server is asked until it shows the
// plan bought, for a few seconds at most.
void CheckoutFlow::awaitTier(TierPlan wanted, int attemptsLeft)
{
    m_session->tierBilling()->status(this, [this, wanted, attemptsLeft](const ApiResult<TierStatus> &r) {
        if (r.ok() && r.value.plan == wanted) {
            finish(true, tr("You are now on %1.").arg(label(wanted)));
            return;
        }
        if (attemptsLeft > 0) {
            QTimer::singleShot(1000, this, [this, wanted, attemptsLeft] { awaitTier(wanted, attemptsLeft - 1); });
            return;
        }
        finish(false,
            r.ok() ? tr("Back from the checkout; the plan is still %1. If you paid, it changes as soon as the "
                        "provider confirms the payment.")
                         .arg(label(r.value.plan))
                   : r.error.humanMessage());
    });
}

CheckoutFlow *CheckoutFlow::tierCheckout(Session *session, TierPlan tier, QWidget *parent)
{
    auto *flow = new CheckoutFlow(session, parent);
    session->tierBilling()->checkout(tier, flow, [flow, tier](const ApiResult<QUrl> &r) {
        if (!r.ok()) {
            flow->finish(false, r.error.humanMessage());
            return;
        }
        CheckoutRequest view = tierRequest(tr("Upgrade"), r.value);
        view.allowedOrigins = flow->allowedOrigins(Family::Tier, r.value);
        flow->openView(view, [flow, tier](const CheckoutOutcome &outcome) {
            if (outcome.status != CheckoutOutcome::Status::Returned) {
                flow->finish(false, tr("The checkout was left before paying. Nothing was changed."));
                return;
            }
            flow->awaitTier(tier, 10);
        });
    });
    return flow;
}

CheckoutFlow *CheckoutFlow::tierPortal(Session *session, QWidget *parent)
{
    auto *flow = new CheckoutFlow(session, parent);
    session->tierBilling()->portal(flow, [flow](const ApiResult<QUrl> &r) {
        if (!r.ok()) {
            flow->finish(false, r.error.humanMessage());
            return;
        }
        CheckoutRequest view = tierRequest(tr("Billing portal"), r.value);
        view.allowedOrigins = flow->allowedOrigins(Family::Tier, r.value);
        flow->openView(
            view, [flow](const CheckoutOutcome &) { flow->finish(true, tr("Back from the billing portal.")); });
    });
    return flow;
}

CheckoutFlow *CheckoutFlow::platformConfirm(Session *session, const QUrl &confirmUrl, QWidget *parent)
{
    auto *flow = new CheckoutFlow(session, parent);
    CheckoutRequest view = redirectRequest(
        tr("Approve charge"), confirmUrl, QStringLiteral("platform-return"), QStringLiteral("platform-cancel"));
    view.allowedOrigins = flow->allowedOrigins(Family::Platform, confirmUrl);
    // Defer opening so that callers can connect to the flow's signals first.
    QMetaObject::invokeMethod(
        flow,
        [flow, view] {
            flow->openView(view, [flow](const CheckoutOutcome &outcome) {
                // The platform returns to the return address with the charge's status in the query.
                const bool approved =
                    fromWireWord<ChargeStatus>(outcome.params.value(QStringLiteral("status")).toString())
                    == ChargeStatus::Active;
                flow->finish(approved, approved ? tr("The charge was approved.") : tr("The charge was not approved."));
            });
        },
        Qt::QueuedConnection);
    return flow;
}

} // namespace bc
