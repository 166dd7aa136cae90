#include "creditplandialog.h"

#include "api/familyconnectors.h"
#include "models/drafts.h"

#include <QCheckBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>

namespace bc {

CreditPlanDialog::CreditPlanDialog(CreditsConnector *credits, const CreditPlan *existing, QWidget *parent)
    : ChangeDialog(existing ? tr("Edit plan %1").arg(existing->name) : tr("New plan"),
        existing ? tr("Save plan") : tr("Create plan"), parent),
      m_credits(credits), m_plan(existing ? *existing : CreditPlan{}), m_existing(existing != nullptr)
{
    m_id = new QLineEdit(m_plan.id, this);
    m_id->setEnabled(!m_existing);
    m_name = new QLineEdit(m_plan.name, this);
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_description = new QLineEdit(m_plan.description, this);
    m_currency = new QLineEdit(m_existing ? m_plan.priceMonthly.currency() : QStringLiteral("USD"), this);
    m_currency->setEnabled(!m_existing);
    m_currency->setMaxLength(3);
    m_monthly = new QLineEdit(m_existing ? m_plan.priceMonthly.toWireString() : QString(), this);
    m_monthly->setObjectName(QStringLiteral("monthlyEdit"));
    m_monthly->setPlaceholderText(tr("e.g. 29.00"));
    m_yearly = new QLineEdit(m_existing ? m_plan.priceYearly.toWireString() : QString(), this);
    m_yearly->setPlaceholderText(tr("e.g. 290.00"));
    m_creditsIncluded = new QSpinBox(this);
    m_creditsIncluded->setRange(0, 100000000);
    m_creditsIncluded->setValue(int(m_plan.creditsIncluded));
    m_features = new QPlainTextEdit(m_plan.features.join(u'\n'), this);
    m_features->setTabChangesFocus(true);
    m_features->setMaximumHeight(90);
    m_creem = new QLineEdit(m_plan.creemProductId, this);
    m_active = new QCheckBox(tr("Offered to customers"), this);
    m_active->setChecked(m_existing ? m_plan.active : true);
    addField(tr("&Id:"), m_id);
    addField(tr("&Name:"), m_name);
    addField(tr("&Description:"), m_description);
    addField(tr("C&urrency:"), m_currency);
    addField(tr("&Monthly price:"), m_monthly);
    addField(tr("&Yearly price:"), m_yearly);
    addField(tr("C&redits included:"), m_creditsIncluded);
    addField(tr("&Features (one a line):"), m_features);
    addField(tr("Creem &product id:"), m_creem);
    addField(QString(), m_active);
    connect(this, &ChangeDialog::confirmed, this, &CreditPlanDialog::confirm);
}

std::optional<CreditPlan> CreditPlanDialog::planAsTyped()
{
    const QString currency = m_currency->text().trimmed().toUpper();
    MoneyParseError e = MoneyParseError::None;
    const Money monthly = Money::parse(m_monthly->text().trimmed(), currency, &e);
    if (!monthly.isValid()) {
        refuse(
            tr("Monthly price: %1").arg(Money::parseErrorMessage(e, m_monthly->text().trimmed(), currency)), m_monthly);
        return std::nullopt;
    }
    const Money yearly = Money::parse(m_yearly->text().trimmed(), currency, &e);
    if (!yearly.isValid()) {
        refuse(tr("Yearly price: %1").arg(Money::parseErrorMessage(e, m_yearly->text().trimmed(), currency)), m_yearly);
        return std::nullopt;
    }
    CreditPlan p = m_plan;
    p.id = m_id->text().trimmed();
    p.name = m_name->text().trimmed();
    p.description = m_description->text().trimmed();
    p.priceMonthly = monthly;
    p.priceYearly = yearly;
    p.creditsIncluded = m_creditsIncluded->value();
    p.features = m_features->toPlainText().split(u'\n', Qt::SkipEmptyParts);
    p.creemProductId = m_creem->text().trimmed();
    p.active = m_active->isChecked();
    return p;
}

void CreditPlanDialog::confirm()
{
    const std::optional<CreditPlan> plan = planAsTyped();
    if (!plan)
        return;
    auto done = [this](const ApiResult<CreditPlan> &r) {
        if (!finish(r.error))
            return;
        emit saved(r.value);
        accept();
    };
    setBusy(true);
    // A plan change is an operator's change like any other: keyed, through the outbox, journalled.
    const QString key = keyFor(fingerprint(*plan));
    if (m_existing)
        m_credits->updatePlan(*plan, key, this, done);
    else
        m_credits->createPlan(*plan, key, this, done);
}

} // namespace bc
