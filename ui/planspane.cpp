#include "planspane.h"

#include "creditplandialog.h"

#include "api/familyconnectors.h"
#include "core/session.h"

#include <QAction>
#include <QTableView>

namespace bc {

PaneInfo PlansPane::describe()
{
    return {QStringLiteral("plans"), tr("Plans"), Family::Credits, policy::Action::ManageCatalog};
}

PlansPane::PlansPane(Session *session, QWidget *parent)
    : TablePane(session, describe(), parent)
{
    view()->setAccessibleName(tr("Credit plans"));
    using Col = RecordTableModel<CreditPlan>::Column;
    const QLocale locale;
    const Qt::Alignment right = Qt::AlignRight | Qt::AlignVCenter;
    m_model = new RecordTableModel<CreditPlan>(
        {Col{tr("Plan"), [](const CreditPlan &p) { return p.name; }},
            Col{tr("Monthly"), [locale](const CreditPlan &p) { return p.priceMonthly.toDisplayString(locale); },
                [](const CreditPlan &p) { return p.priceMonthly.minorUnits(); }, right},
            Col{tr("Yearly"), [locale](const CreditPlan &p) { return p.priceYearly.toDisplayString(locale); },
                [](const CreditPlan &p) { return p.priceYearly.minorUnits(); }, right},
            Col{tr("Credits"), [locale](const CreditPlan &p) { return locale.toString(p.creditsIncluded); },
                [](const CreditPlan &p) { return p.creditsIncluded; }, right},
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
    addRefreshAction();
    connect(
        addPaneAction(tr("New plan…"), QKeySequence::New), &QAction::triggered, this, [this] { editPlan(nullptr); });
    connect(addPaneAction(tr("Edit plan…"), QKeySequence(QStringLiteral("Ctrl+E"))), &QAction::triggered, this,
        [this] { editPlan(m_model->at(currentSourceRow())); });
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
    auto *dialog = new CreditPlanDialog(m_session->credits(), existing, this);
    connect(dialog, &CreditPlanDialog::saved, this, [this](const CreditPlan &p) {
        messageBar()->show(MessageBar::Kind::Success, tr("Plan %1 saved.").arg(p.name));
        refresh();
    });
    openChange(dialog, policy::Action::ManageCatalog);
}

} // namespace bc
