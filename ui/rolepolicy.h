#pragma once

#include "models/billingtypes.h"

#include <QString>

namespace bc {
class Session;
}

// What the console offers each role, mirroring the server's rules (docs/API.md, "Roles"). The
// server enforces; this only decides what to show enabled, and says why something is not.
namespace bc::policy {

enum class Action {
    ListAllSubscriptions, // Super Admin
    ChangeOwnSubscription, // plan change, cancel, resume, checkout: Owner, Admin
    PatchSubscription, // Super Admin, with a reason
    ReadPayments, // Super Admin, Owner, Admin, Support
    ExportPayments, // Super Admin, Owner, Admin
    Reconcile, // the provider's report against the payments: Super Admin, Owner, Admin (finance)
    AdjustCredits, // Super Admin, Support: manual adjustments with a reason
    BrowseCustomers, // Super Admin, Support: any customer's ledger
    ConfigureCheckin, // Super Admin
    ManageCatalog, // coupons and credit plans: Super Admin
    ReadInvoices, // Super Admin, Owner, Admin, Support
    ManagePlatformCharges, // Super Admin, Owner, Admin
    Purchase, // buy credits, upgrade the tier, open a billing portal: Owner, Admin
    HaveOwnSubscription, // every role of an organisation (not the platform's Super Admin)
};

bool allows(Role role, Action action);
// Empty when allowed; otherwise a sentence for a tooltip.
QString whyNot(Role role, Action action);
// The same for the session's role, and also the server's own refusal once it answered 403 to this
// action for this connection ("this key may not …"): the action stays disabled with those words
// until another connection opens.
QString whyNot(const Session *session, Action action);
void noteRefused(Session *session, Action action, const QString &why);

} // namespace bc::policy
