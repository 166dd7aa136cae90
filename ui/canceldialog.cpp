#include "canceldialog.h"

#include "api/orgbillingconnector.h"
#include "models/dates.h"

#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>

namespace bc {

CancelDialog::CancelDialog(OrgBillingConnector *connector, const Subscription &s, QWidget *parent)
    : ChangeDialog(tr("Cancel subscription — %1").arg(s.orgName), tr("Cancel subscription"), parent),
      m_connector(connector)
{
    const QString end = longDate(s.currentPeriodEnd);
    m_atEnd =
        new QRadioButton(tr("At the end of the period, on %1 (the customer keeps access until then)").arg(end), this);
    m_now = new QRadioButton(tr("Immediately (access ends now; no refund is made here)"), this);
    m_atEnd->setChecked(true);
    m_atEnd->setObjectName(QStringLiteral("atPeriodEnd"));
    m_now->setObjectName(QStringLiteral("immediately"));
    auto *summary = new QLabel(tr("%1 is on %2 (%3).").arg(s.orgName, s.planName, s.amount.toDisplayString()), this);
    summary->setWordWrap(true);
    addAboveForm(summary);
    addAboveForm(m_atEnd);
    addAboveForm(m_now);
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("reasonEdit"));
    m_reason->setAccessibleName(tr("Reason for cancelling"));
    m_reason->setPlaceholderText(tr("Why is the customer cancelling?"));
    addField(tr("&Reason:"), m_reason);
    cancelButton()->setText(tr("Keep subscription"));
    auto update = [this] {
        setReady(reason().isEmpty() ? tr("Give a reason; it is kept with the change.") : QString());
    };
    connect(m_reason, &QLineEdit::textChanged, this, update);
    connect(this, &ChangeDialog::confirmed, this, &CancelDialog::confirm);
    update();
}

bool CancelDialog::atPeriodEnd() const
{
    return m_atEnd->isChecked();
}

QString CancelDialog::reason() const
{
    return m_reason->text().trimmed();
}

void CancelDialog::confirm()
{
    const QString key = keyFor(QByteArray::number(atPeriodEnd()) + '|' + reason().toUtf8());
    setBusy(true);
    m_connector->cancel(atPeriodEnd(), reason(), key, this, [this](const ApiResult<Subscription> &r) {
        if (!finish(r.error))
            return;
        emit changed(r.value);
        accept();
    });
}

} // namespace bc
