#include "panes.h"

#include "couponspane.h"
#include "creditledgerpane.h"
#include "customerpane.h"
#include "dashboardpane.h"
#include "invoicespane.h"
#include "journalpane.h"
#include "orderspane.h"
#include "paymentspane.h"
#include "pendingchangespane.h"
#include "planspane.h"
#include "platformchargespane.h"
#include "subscriptionspane.h"
#include "tierpane.h"

namespace bc {

QList<Pane *> createPanes(Session *session, QWidget *parent)
{
    return {new SubscriptionsPane(session, parent), new CustomerPane(session, parent),
        new PaymentsPane(session, parent), new CreditLedgerPane(session, parent), new InvoicesPane(session, parent),
        new DashboardPane(session, parent), new CouponsPane(session, parent), new PlansPane(session, parent),
        new OrdersPane(session, parent), new TierPane(session, parent), new PlatformChargesPane(session, parent),
        new PendingChangesPane(session, parent), new JournalPane(session, parent)};
}

} // namespace bc
