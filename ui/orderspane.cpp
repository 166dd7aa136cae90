#include "orderspane.h"

#include "buycreditsdialog.h"
#include "checkoutflow.h"
#include "rolepolicy.h"

#include "api/familyconnectors.h"
#include "api/pager.h"
#include "core/session.h"
#include "models/dates.h"
#include "models/words.h"

#include <QAction>
#include <QTableView>

namespace bc {

PaneInfo OrdersPane::describe()
{
    return {QStringLiteral("orders"), tr("Orders"), Family::Credits, {}};
}

OrdersPane::OrdersPane(Session *session, QWidget *parent)
    : TablePane(session, describe(), parent)
{
    view()->setAccessibleName(tr("Credit orders"));
    using Col = RecordTableModel<CreditOrder>::Column;
    const QLocale locale;
    const Qt::Alignment right = Qt::AlignRight | Qt::AlignVCenter;
    m_model = new RecordTableModel<CreditOrder>(
        {Col{tr("Created"), [](const CreditOrder &o) { return shortDateTime(o.createdAt); },
             [](const CreditOrder &o) { return o.createdAt.toSecsSinceEpoch(); }},
            Col{tr("Type"), [](const CreditOrder &o) { return label(o.type); }},
            // The plan's name from the plan list (an id only when the plan is not listed).
            Col{tr("Plan"), [this](const CreditOrder &o) { return m_planNames.value(o.planId, o.planId); }},
            Col{tr("Credits"), [locale](const CreditOrder &o) { return locale.toString(o.credits); },
                [](const CreditOrder &o) { return o.credits; }, right},
            Col{tr("Amount"), [locale](const CreditOrder &o) { return o.amount.toDisplayString(locale); },
                [](const CreditOrder &o) { return o.amount.minorUnits(); }, right},
            Col{tr("Channel"), [](const CreditOrder &o) { return label(o.channel); }},
            Col{tr("Status"), [](const CreditOrder &o) { return label(o.status); }},
            Col{tr("Paid"), [](const CreditOrder &o) { return shortDateTime(o.paidAt); }}},
        this);
    setSourceModel(m_model);
    addRefreshAction();
    // The detail of an order: everything the provider knows about it, in the message strip.
    connect(view(), &QTableView::doubleClicked, this, [this] {
        if (const CreditOrder *o = m_model->at(currentSourceRow()))
            showDetail(*o);
    });
    m_buy = addPaneAction(tr("Buy credits…"));
    connect(m_buy, &QAction::triggered, this, &OrdersPane::buyCredits);
    m_portal = addPaneAction(tr("Billing portal"));
    connect(m_portal, &QAction::triggered, this, [this] {
        CheckoutFlow *flow = CheckoutFlow::creditsPortal(m_session, this);
        connect(flow, &CheckoutFlow::finished, this, [this](bool ok, const QString &text) {
            messageBar()->show(ok ? MessageBar::Kind::Info : MessageBar::Kind::Error, text);
            refresh();
        });
    });
    connect(m_session, &Session::ready, this, &OrdersPane::updateActions);
}

void OrdersPane::updateActions()
{
    const QString why = policy::whyNot(m_session, policy::Action::Purchase);
    for (QAction *a : {m_buy, m_portal}) {
        a->setEnabled(why.isEmpty());
        a->setToolTip(why);
    }
}

void OrdersPane::showDetail(const CreditOrder &o)
{
    messageBar()->show(MessageBar::Kind::Info,
        tr("Order %1: %2 credits for %3 through %4, %5%6.")
            .arg(o.id, QLocale().toString(o.credits), o.amount.toDisplayString(), label(o.channel), label(o.status),
                o.paidAt.isValid() ? tr(", paid %1").arg(shortDateTime(o.paidAt)) : QString()));
}

void OrdersPane::buyCredits()
{
    auto *dialog = new BuyCreditsDialog(m_session, this);
    connect(dialog, &BuyCreditsDialog::started, this, [this, dialog = QPointer<QDialog>(dialog)](CheckoutFlow *flow) {
        connect(flow, &CheckoutFlow::finished, this, [this, dialog](bool ok, const QString &text) {
            if (!ok && dialog && dialog->isVisible())
                return; // refused before the checkout opened: the dialog says why
            messageBar()->show(ok ? MessageBar::Kind::Success : MessageBar::Kind::Info, text);
            refresh();
        });
    });
    openChange(dialog, policy::Action::Purchase);
}

void OrdersPane::refresh()
{
    if (!m_session->isReady() || !m_session->credits())
        return;
    const int generation = ++m_generation;
    auto rows = std::make_shared<QList<CreditOrder>>();
    CreditsConnector *credits = m_session->credits();
    credits->plans(this, [this, generation](const ApiResult<QList<CreditPlan>> &r) {
        if (generation != m_generation || !r.ok())
            return;
        for (const CreditPlan &p : r.value)
            m_planNames.insert(p.id, p.name);
        m_model->setRecords(m_model->records()); // the names in place of the ids
        fitColumns();
    });
    fetchAllPages<CreditOrder>(
        [credits](const QString &offset, QObject *context, CursorSeen, ApiDone<PageOf<CreditOrder>> done) {
            credits->orders(200, offset, context, std::move(done));
        },
        this, [rows](const QList<CreditOrder> &page) { rows->append(page); },
        [this, rows, generation](const PagerResult &result) {
            if (generation != m_generation)
                return;
            ApiResult<QList<CreditOrder>> all;
            all.value = *rows;
            all.error = result.error;
            all.fetchedAt = result.staleSince;
            showRecords(all, m_model, tr("No orders yet: purchases of credits and plans appear here."));
        });
}

} // namespace bc
