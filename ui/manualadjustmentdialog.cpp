#include "manualadjustmentdialog.h"

#include "api/familyconnectors.h"
#include "models/drafts.h"
#include "models/words.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRegularExpressionValidator>

namespace bc {

ManualAdjustmentDialog::ManualAdjustmentDialog(CreditsConnector *credits, const OrgSummary &customer, QWidget *parent)
    : ChangeDialog(tr("Adjust credits — %1").arg(customer.name), tr("Apply adjustment"), parent), m_credits(credits),
      m_customer(customer)
{
    addAboveForm(new QLabel(customer.balanceKnown
            ? tr("Current balance: %1 credits").arg(QLocale().toString(customer.balance))
            : tr("This server does not say %1's balance; it refuses an adjustment that would take it below zero unless "
                 "you allow it.")
                  .arg(customer.name),
        this));
    m_amount = new QLineEdit(this);
    m_amount->setObjectName(QStringLiteral("amountEdit"));
    m_amount->setAccessibleName(tr("Credits to add or take"));
    m_amount->setPlaceholderText(tr("e.g. 500 to add, -200 to take"));
    m_amount->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("^[+-]?[0-9]{0,9}$")), m_amount));
    m_reason = new QComboBox(this);
    m_reason->setObjectName(QStringLiteral("reasonCombo"));
    m_reason->setAccessibleName(tr("Reason code"));
    m_reason->addItem(tr("Choose a reason…"), -1);
    for (AdjustmentReason reason : allValues<AdjustmentReason>())
        m_reason->addItem(label(reason), int(reason));
    m_note = new QPlainTextEdit(this);
    m_note->setObjectName(QStringLiteral("noteEdit"));
    m_note->setAccessibleName(tr("Note"));
    m_note->setPlaceholderText(tr("What happened, ticket number — kept with the transaction"));
    m_note->setTabChangesFocus(true);
    m_note->setMaximumHeight(80);
    m_allowNegative = new QCheckBox(tr("Allow the balance to go below zero"), this);
    m_allowNegative->setObjectName(QStringLiteral("allowNegative"));
    m_allowNegative->hide();
    addField(tr("&Credits:"), m_amount);
    addField(tr("&Reason:"), m_reason);
    addField(tr("&Note:"), m_note);
    addField(QString(), m_allowNegative);
    m_preview = new QLabel(this);
    m_preview->setObjectName(QStringLiteral("preview"));
    QFont bold = m_preview->font();
    bold.setBold(true);
    m_preview->setFont(bold);
    addBelowForm(m_preview);
    connect(m_amount, &QLineEdit::textChanged, this, &ManualAdjustmentDialog::update);
    connect(m_reason, &QComboBox::currentIndexChanged, this, &ManualAdjustmentDialog::update);
    connect(m_note, &QPlainTextEdit::textChanged, this, &ManualAdjustmentDialog::update);
    connect(m_allowNegative, &QCheckBox::toggled, this, &ManualAdjustmentDialog::update);
    connect(this, &ChangeDialog::confirmed, this, &ManualAdjustmentDialog::confirm);
    update();
    resize(460, sizeHint().height());
}

std::optional<qint64> ManualAdjustmentDialog::amount() const
{
    bool ok = false;
    const qint64 v = m_amount->text().toLongLong(&ok);
    return ok && v != 0 ? std::optional<qint64>(v) : std::nullopt;
}

void ManualAdjustmentDialog::update()
{
    const auto a = amount();
    const QLocale locale;
    QString why;
    if (!a) {
        m_preview->setText(tr("Enter a whole number of credits, positive to add, negative to take."));
        why = tr("Enter the credits to add or take.");
    } else if (!m_customer.balanceKnown) {
        m_preview->setText(*a > 0 ? tr("Adds %1 credits.").arg(locale.toString(*a))
                                  : tr("Takes %1 credits.").arg(locale.toString(-*a)));
        m_allowNegative->setVisible(*a < 0);
    } else {
        const qint64 after = m_customer.balance + *a;
        m_preview->setText(
            tr("Balance after: %1 → %2 credits").arg(locale.toString(m_customer.balance), locale.toString(after)));
        m_allowNegative->setVisible(after < 0);
        if (after < 0 && !m_allowNegative->isChecked())
            why = tr("This takes the balance below zero; tick the box to allow it.");
    }
    if (why.isEmpty() && m_reason->currentData().toInt() < 0)
        why = tr("Choose a reason code.");
    if (why.isEmpty() && m_note->toPlainText().trimmed().isEmpty())
        why = tr("Write a note; it is kept with the transaction.");
    setReady(why);
}

void ManualAdjustmentDialog::confirm()
{
    const auto a = amount();
    if (!a)
        return;
    ManualAdjustment adjustment;
    adjustment.orgId = m_customer.id;
    adjustment.amount = *a;
    adjustment.reason = static_cast<AdjustmentReason>(m_reason->currentData().toInt());
    adjustment.note = m_note->toPlainText().trimmed();
    adjustment.allowNegative = m_allowNegative->isVisible() && m_allowNegative->isChecked();
    setBusy(true, tr("Applying…"));
    m_credits->adjust(adjustment, keyFor(fingerprint(adjustment)), this, [this](const ApiResult<CreditTransaction> &r) {
        if (!finish(r.error)) {
            update();
            return;
        }
        emit adjusted(r.value);
        accept();
    });
}

} // namespace bc
