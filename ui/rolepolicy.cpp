#include "rolepolicy.h"

#include "core/session.h"

#include <QCoreApplication>
#include <QHash>

namespace bc::policy {

namespace {
// What the server refused this connection, kept with the session (one per window).
class Refusals : public QObject
{
public:
    explicit Refusals(Session *session) : QObject(session) { setObjectName(QStringLiteral("bcRefusals")); }
    QString profile; // the connection they were learned on
    QHash<Action, QString> why;
};

Refusals *refusalsOf(const Session *session, bool create)
{
    auto *found = session->findChild<Refusals *>(QStringLiteral("bcRefusals"), Qt::FindDirectChildrenOnly);
    if (!found && create)
        found = new Refusals(const_cast<Session *>(session));
    if (found && found->profile != session->profile().name) {
        found->why.clear();
        found->profile = session->profile().name;
    }
    return found;
}
} // namespace

QString whyNot(const Session *session, Action action)
{
    const QString byRole = whyNot(session->role(), action);
    if (!byRole.isEmpty())
        return byRole;
    const Refusals *r = refusalsOf(session, false);
    return r ? r->why.value(action) : QString();
}

void noteRefused(Session *session, Action action, const QString &why)
{
    refusalsOf(session, true)->why.insert(action, why);
}

bool allows(Role role, Action action)
{
    switch (action) {
    case Action::ListAllSubscriptions:
    case Action::PatchSubscription:
        return role == Role::SuperAdmin;
    case Action::ChangeOwnSubscription:
        return role == Role::Owner || role == Role::Admin;
    case Action::ReadPayments:
        return role == Role::SuperAdmin || role == Role::Owner || role == Role::Admin || role == Role::Support;
    case Action::ExportPayments:
    case Action::Reconcile:
        return role == Role::SuperAdmin || role == Role::Owner || role == Role::Admin;
    case Action::AdjustCredits:
    case Action::BrowseCustomers:
        return role == Role::SuperAdmin || role == Role::Support;
    case Action::ConfigureCheckin:
    case Action::ManageCatalog:
        return role == Role::SuperAdmin;
    case Action::ReadInvoices:
        return role == Role::SuperAdmin || role == Role::Owner || role == Role::Admin || role == Role::Support;
    case Action::ManagePlatformCharges:
        return role == Role::SuperAdmin || role == Role::Owner || role == Role::Admin;
    case Action::Purchase:
        return role == Role::Owner || role == Role::Admin;
    case Action::HaveOwnSubscription:
        return role != Role::SuperAdmin;
    }
    return false;
}

QString whyNot(Role role, Action action)
{
    if (allows(role, action))
        return {};
    const QString who = roleDisplayName(role);
    switch (action) {
    case Action::ListAllSubscriptions:
    case Action::PatchSubscription:
        return QCoreApplication::translate(
            "RolePolicy", "Only a Super Admin can edit any subscription; you are signed in as %1.")
            .arg(who);
    case Action::ChangeOwnSubscription:
        return role == Role::SuperAdmin
            ? QCoreApplication::translate("RolePolicy",
                "Plan changes, cancellations and resumes are made by the organisation's Owner or Admin; as Super Admin "
                "use Edit with a reason.")
            : QCoreApplication::translate(
                "RolePolicy", "Only an Owner or Admin can change the subscription; you are signed in as %1.")
                  .arg(who);
    case Action::ReadPayments:
        return QCoreApplication::translate(
            "RolePolicy", "Payments are visible to Owners, Admins and Support; you are signed in as %1.")
            .arg(who);
    case Action::ExportPayments:
        return QCoreApplication::translate(
            "RolePolicy", "Only an Owner, Admin or Super Admin can export payments; you are signed in as %1.")
            .arg(who);
    case Action::Reconcile:
        return QCoreApplication::translate("RolePolicy",
            "Reconciliation is for finance: an Owner, Admin or Super Admin; you are signed in as %1.")
            .arg(who);
    case Action::AdjustCredits:
        return QCoreApplication::translate(
            "RolePolicy", "Credit adjustments are made by Support or a Super Admin; you are signed in as %1.")
            .arg(who);
    case Action::BrowseCustomers:
        return QCoreApplication::translate(
            "RolePolicy", "Only Support and Super Admins can open other customers' ledgers; you are signed in as %1.")
            .arg(who);
    case Action::ConfigureCheckin:
        return QCoreApplication::translate(
            "RolePolicy", "Only a Super Admin can change the daily check-in; you are signed in as %1.")
            .arg(who);
    case Action::ManageCatalog:
        return QCoreApplication::translate(
            "RolePolicy", "Coupons and plans are managed by a Super Admin; you are signed in as %1.")
            .arg(who);
    case Action::ReadInvoices:
        return QCoreApplication::translate(
            "RolePolicy", "Invoices are visible to Owners, Admins and Support; you are signed in as %1.")
            .arg(who);
    case Action::ManagePlatformCharges:
        return QCoreApplication::translate(
            "RolePolicy", "Platform charges are managed by an Owner, Admin or Super Admin; you are signed in as %1.")
            .arg(who);
    case Action::Purchase:
        return QCoreApplication::translate("RolePolicy", "Purchases are made by the organisation's Owner or Admin.");
    case Action::HaveOwnSubscription:
        return QCoreApplication::translate(
            "RolePolicy", "A Super Admin works across organisations and has no subscription of their own.");
    }
    return {};
}

} // namespace bc::policy
