#include "manualadjustmentdialog.h"

#include "messagebar.h"

#include "api/familyconnectors.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace bc {

QStringList ManualAdjustmentDialog::reasonCodes()
{
    return {QStringLiteral("goodwill"), QStringLiteral("service_outage"), QStringLiteral("billing_error"),
        QStringLiteral("promotion"), QStringLiteral("fraud_reversal"), QStringLiteral("migration"),
        QStringLiteral("other")};
}

QString ManualAdjustmentDialog::reasonLabel(const QString &code)
{
    if (code == QLatin1String("goodwill"))
        return tr("Goodwill");
    if (code == QLatin1String("service_outage"))
        return tr("Service outage");
    if (code == QLatin1String("billing_error"))
        return tr("Billing error");
    if (code == QLatin1String("promotion"))
        return tr("Promotion");
    if (code == QLatin1String("fraud_reversal"))
        return tr("Fraud reversal");
    if (code == QLatin1String("migration"))
        return tr("Migration");
    return tr("Other");
}

ManualAdjustmentDialog::ManualAdjustmentDialog(CreditsConnector *credits, const OrgSummary &customer, QWidget *parent)
    : QDialog(parent), m_credits(credits), m_customer(customer), m_message(new MessageBar(this))
{
    setWindowTitle(tr("Adjust credits — %1").arg(customer.name));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Current balance: %1 credits").arg(QLocale().toString(customer.balance)), this));
    auto *form = new QFormLayout;
    m_amount = new QLineEdit(this);
    m_amount->setObjectName(QStringLiteral("amountEdit"));
    m_amount->setAccessibleName(tr("Credits to add or take"));
    m_amount->setPlaceholderText(tr("e.g. 500 to add, -200 to take"));
    m_amount->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("^[+-]?[0-9]{0,9}$")), m_amount));
    m_reason = new QComboBox(this);
    m_reason->setObjectName(QStringLiteral("reasonCombo"));
    m_reason->setAccessibleName(tr("Reason code"));
    m_reason->addItem(tr("Choose a reason…"), QString());
    for (const QString &code : reasonCodes())
        m_reason->addItem(reasonLabel(code), code);
    m_note = new QPlainTextEdit(this);
    m_note->setObjectName(QStringLiteral("noteEdit"));
    m_note->setAccessibleName(tr("Note"));
    m_note->setPlaceholderText(tr("What happened, ticket number — kept with the transaction"));
    m_note->setTabChangesFocus(true);
    m_note->setMaximumHeight(80);
    m_allowNegative = new QCheckBox(tr("Allow the balance to go below zero"), this);
    m_allowNegative->setObjectName(QStringLiteral("allowNegative"));
    m_allowNegative->hide();
    form->addRow(tr("&Credits:"), m_amount);
    form->addRow(tr("&Reason:"), m_reason);
    form->addRow(tr("&Note:"), m_note);
    form->addRow(QString(), m_allowNegative);
    layout->addLayout(form);
    m_preview = new QLabel(this);
    m_preview->setObjectName(QStringLiteral("preview"));
    QFont bold = m_preview->font();
    bold.setBold(true);
    m_preview->setFont(bold);
    layout->addWidget(m_preview);
    layout->addWidget(m_message);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_confirm = buttons->addButton(tr("Apply adjustment"), QDialogButtonBox::AcceptRole);
    m_confirm->setObjectName(QStringLiteral("confirmButton"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_confirm, &QPushButton::clicked, this, &ManualAdjustmentDialog::confirm);
    layout->addWidget(buttons);
    connect(m_amount, &QLineEdit::textChanged, this, &ManualAdjustmentDialog::update);
    connect(m_reason, &QComboBox::currentIndexChanged, this, &ManualAdjustmentDialog::update);
    connect(m_note, &QPlainTextEdit::textChanged, this, &ManualAdjustmentDialog::update);
    connect(m_allowNegative, &QCheckBox::toggled, this, &ManualAdjustmentDialog::update);
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
    } else {
        const qint64 after = m_customer.balance + *a;
        m_preview->setText(
            tr("Balance after: %1 → %2 credits").arg(locale.toString(m_customer.balance), locale.toString(after)));
        m_allowNegative->setVisible(after < 0);
        if (after < 0 && !m_allowNegative->isChecked())
            why = tr("This takes the balance below zero; tick the box to allow it.");
    }
    if (why.isEmpty() && m_reason->currentData().toString().isEmpty())
        why = tr("Choose a reason code.");
    if (why.isEmpty() && m_note->toPlainText().trimmed().isEmpty())
        why = tr("Write a note; it is kept with the transaction.");
    m_confirm->setEnabled(why.isEmpty() && !m_busy);
    m_confirm->setToolTip(why);
}

void ManualAdjustmentDialog::confirm()
{
    const auto a = amount();
    if (!a || m_busy)
        return;
    ManualAdjustment adjustment;
    adjustment.orgId = m_customer.id;
    adjustment.amount = *a;
    adjustment.reasonCode = m_reason->currentData().toString();
    adjustment.note = m_note->toPlainText().trimmed();
    adjustment.allowNegative = m_allowNegative->isVisible() && m_allowNegative->isChecked();
    const QString key = m_keys.keyFor(m_customer.id.toUtf8() + '|' + QByteArray::number(adjustment.amount) + '|'
        + adjustment.reasonCode.toUtf8() + '|' + adjustment.note.toUtf8() + '|'
        + QByteArray::number(adjustment.allowNegative));
    m_busy = true;
    update();
    m_message->show(MessageBar::Kind::Info, tr("Applying…"));
    m_credits->adjust(adjustment, key, this, [this](const ApiResult<CreditTransaction> &r) {
        m_busy = false;
        if (r.error.isQueued()) {
            emit queued(r.error.humanMessage());
            accept();
            return;
        }
        if (!r.ok()) {
            m_message->show(MessageBar::Kind::Error, r.error.humanMessage());
            update();
            return;
        }
        emit adjusted(r.value);
        accept();
    });
}

} // namespace bc
