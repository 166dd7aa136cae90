#include "onetimechargedialog.h"

#include "api/familyconnectors.h"

#include <QCheckBox>
#include <QLineEdit>

namespace bc {

OneTimeChargeDialog::OneTimeChargeDialog(PlatformChargesConnector *charges, const QUrl &returnUrl, QWidget *parent)
    : ChangeDialog(tr("New one-time charge"), tr("Create charge"), parent), m_charges(charges), m_returnUrl(returnUrl)
{
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_term = new QLineEdit(this);
    m_amount = new QLineEdit(this);
    m_amount->setObjectName(QStringLiteral("amountEdit"));
    m_amount->setPlaceholderText(tr("e.g. 2500.00"));
    m_currency = new QLineEdit(QStringLiteral("INR"), this);
    m_currency->setMaxLength(3);
    m_test = new QCheckBox(tr("Test charge"), this);
    m_test->setChecked(true);
    addField(tr("&Name:"), m_name);
    addField(tr("&Term:"), m_term);
    addField(tr("&Amount:"), m_amount);
    addField(tr("C&urrency:"), m_currency);
    addField(QString(), m_test);
    connect(this, &ChangeDialog::confirmed, this, &OneTimeChargeDialog::confirm);
}

void OneTimeChargeDialog::confirm()
{
    MoneyParseError e = MoneyParseError::None;
    const QString currency = m_currency->text().trimmed().toUpper();
    const Money price = Money::parse(m_amount->text().trimmed(), currency, &e);
    if (!price.isValid()) {
        refuse(Money::parseErrorMessage(e, m_amount->text().trimmed(), currency), m_amount);
        return;
    }
    OneTimeChargeDraft draft;
    draft.name = m_name->text().trimmed();
    draft.item.name = draft.name;
    draft.item.term = m_term->text().trimmed();
    draft.item.price = price;
    draft.isTest = m_test->isChecked();
    draft.returnUrl = m_returnUrl;
    setBusy(true);
    m_charges->createOneTimeCharge(
        draft, keyFor(fingerprint(draft)), this, [this](const ApiResult<PlatformChargeCreated> &r) {
            if (!finish(r.error))
                return;
            emit created(r.value.charge, r.value.confirmUrl);
            accept();
        });
}

} // namespace bc
