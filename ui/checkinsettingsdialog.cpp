#include "checkinsettingsdialog.h"

#include "messagebar.h"

#include "api/familyconnectors.h"
#include "models/drafts.h"

#include <QCheckBox>
#include <QSpinBox>

namespace bc {

CheckinSettingsDialog::CheckinSettingsDialog(CreditsConnector *credits, QWidget *parent)
    : ChangeDialog(tr("Daily check-in"), tr("Save"), parent), m_credits(credits)
{
    m_enabled = new QCheckBox(tr("Customers can check in once a day"), this);
    m_award = new QSpinBox(this);
    m_award->setRange(1, 10000);
    m_award->setSuffix(tr(" credits"));
    addField(QString(), m_enabled);
    addField(tr("&Award:"), m_award);
    setReady(tr("Loading the current settings…"));
    m_credits->checkinConfig(this, [this](const ApiResult<CheckinConfig> &r) {
        if (!r.ok()) {
            messageBar()->show(MessageBar::Kind::Error, r.error.humanMessage());
            return;
        }
        m_enabled->setChecked(r.value.enabled);
        m_award->setValue(int(r.value.credits));
        setReady({});
    });
    connect(this, &ChangeDialog::confirmed, this, &CheckinSettingsDialog::confirm);
}

void CheckinSettingsDialog::confirm()
{
    const CheckinConfig config{m_enabled->isChecked(), m_award->value()};
    setBusy(true);
    m_credits->setCheckinConfig(config, keyFor(fingerprint(config)), this, [this](const ApiResult<CheckinConfig> &r) {
        if (!finish(r.error))
            return;
        emit saved();
        accept();
    });
}

} // namespace bc
