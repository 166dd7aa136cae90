#include "customerpicker.h"

#include "api/familyconnectors.h"
#include "core/session.h"
#include "store/localstore.h"

#include <QLineEdit>
#include <QTimer>

namespace bc {

CustomerPicker::CustomerPicker(Session *session, QWidget *parent)
    : QComboBox(parent), m_session(session), m_delay(new QTimer(this))
{
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert);
    setCompleter(nullptr); // the list is the server's answer; no inline completion into it
    setMinimumContentsLength(32);
    setAccessibleName(tr("Customer"));
    lineEdit()->setPlaceholderText(tr("Find a customer by name, email or id"));
    m_delay->setSingleShot(true);
    m_delay->setInterval(250);
    connect(lineEdit(), &QLineEdit::textEdited, this, [this] {
        if (m_session->offers(Extension::CustomerSearch))
            m_delay->start();
    });
    connect(m_delay, &QTimer::timeout, this, [this] { search(lineEdit()->text()); });
    const auto typed = [this] {
        if (!m_session->offers(Extension::CustomerSearch))
            emit idTyped(lineEdit()->text().trimmed());
    };
    connect(lineEdit(), &QLineEdit::returnPressed, this, typed);
    connect(lineEdit(), &QLineEdit::editingFinished, this, typed);
    connect(this, &QComboBox::activated, this, [this](int index) {
        if (index >= 0 && index < m_found.size())
            emit chosen(m_found.at(index));
    });
}

void CustomerPicker::search(const QString &text)
{
    if (!m_session->credits())
        return;
    m_session->credits()->organisations(text.trimmed(), this, [this, text](const ApiResult<QList<OrgSummary>> &r) {
        if (r.ok())
            show(r.value);
        emit answered(r, text);
    });
}

void CustomerPicker::show(const QList<OrgSummary> &found)
{
    m_found = found;
    const QString typed = lineEdit()->text();
    blockSignals(true);
    clear();
    for (const OrgSummary &o : std::as_const(m_found))
        addItem(o.email.isEmpty() ? o.name : QStringLiteral("%1 — %2").arg(o.name, o.email), o.id);
    setCurrentIndex(-1);
    lineEdit()->setText(typed);
    blockSignals(false);
}

void CustomerPicker::showCustomer(const OrgSummary &customer)
{
    blockSignals(true);
    lineEdit()->setText(customer.name);
    blockSignals(false);
}

void rememberCustomer(Session *session, const OrgSummary &customer)
{
    LocalStore *store = session->localStore();
    if (store && !customer.id.isEmpty() && !customer.name.isEmpty() && customer.name != customer.id)
        store->rememberRecord(session->profile().name, QStringLiteral("customer"), {customer.id, customer.name, {}});
}

} // namespace bc
