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

namespace {

template<typename T>
PaneKind kind()
{
    return {T::describe(), &T::staticMetaObject,
        [](Session *session, QWidget *parent) -> Pane * { return new T(session, parent); }};
}

} // namespace

QList<PaneKind> paneKinds()
{
    return {kind<SubscriptionsPane>(), kind<CustomerPane>(), kind<PaymentsPane>(), kind<CreditLedgerPane>(),
        kind<InvoicesPane>(), kind<DashboardPane>(), kind<CouponsPane>(), kind<PlansPane>(), kind<OrdersPane>(),
        kind<TierPane>(), kind<PlatformChargesPane>(), kind<PendingChangesPane>(), kind<JournalPane>()};
}

} // namespace bc
