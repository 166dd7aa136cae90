#pragma once

#include "checkoutinterface.h"

#include "api/familyconnectors.h"

#include <QObject>
#include <QPointer>

namespace bc {

class Session;

// One purchase from start to end: ask the server for the provider's parameters, run the
// provider's page in the embedded checkout, and confirm the result with the server. Reports once
// with a human sentence; a dismissed checkout changes nothing.
class CheckoutFlow : public QObject
{
    Q_OBJECT
public:
    // Where hosted pages return to: never loaded, caught by the checkout view.
    static QUrl returnBase();

    static CheckoutFlow *razorpaySubscription(
        Session *session, const QString &planId, BillingCycle cycle, const QString &couponCode, QWidget *parent);
    static CheckoutFlow *creditsSession(Session *session, CreditSessionRequest request, QWidget *parent);
    static CheckoutFlow *creditsPortal(Session *session, QWidget *parent);
    static CheckoutFlow *tierCheckout(Session *session, TierPlan tier, QWidget *parent);
    static CheckoutFlow *tierPortal(Session *session, QWidget *parent);
    static CheckoutFlow *platformConfirm(Session *session, const QUrl &confirmUrl, QWidget *parent);

    QDialog *dialog() const { return m_dialog; }

signals:
    void viewOpened(QDialog *dialog);
    void blocked(const QUrl &url);
    void finished(bool ok, const QString &message);

private:
    CheckoutFlow(Session *session, QWidget *parent);
    void openView(CheckoutRequest request, std::function<void(const CheckoutOutcome &)> onOutcome);
    void finish(bool ok, const QString &message);
    QStringList allowedOrigins(Family family, const QUrl &start) const;
    void awaitTier(TierPlan wanted, int attemptsLeft);

    Session *m_session;
    QWidget *m_parentWidget;
    QPointer<QDialog> m_dialog;
    bool m_finished = false;
};

} // namespace bc
