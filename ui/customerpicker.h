#pragma once

#include "api/connector.h"
#include "models/familytypes.h"

#include <QComboBox>

class QTimer;

namespace bc {

class Session;

// Finding a customer by name, email or id (Support, Super Admin): an editable box whose list is
// the server's answer to what was typed, asked a moment after typing stops. It never completes the
// typed text into a name inline (a half-typed name stays what was typed, so the next search still
// matches). Without a customer search on the server (an extension), the typed text is taken as
// the organisation's id when Enter is pressed. The credit ledger and the customer page share it.
class CustomerPicker : public QComboBox
{
    Q_OBJECT
public:
    explicit CustomerPicker(Session *session, QWidget *parent = nullptr);

    // Asks the server now (an empty text lists the first customers).
    void search(const QString &text);
    const QList<OrgSummary> &found() const { return m_found; }
    // Shows the customer's name in the box without searching.
    void showCustomer(const OrgSummary &customer);

signals:
    // A customer picked from the list.
    void chosen(const bc::OrgSummary &customer);
    // Without a customer search: the id typed and confirmed with Enter.
    void idTyped(const QString &orgId);
    // The server's answer to a search (the list is already updated; a failure leaves it as it was).
    void answered(const bc::ApiResult<QList<bc::OrgSummary>> &result, const QString &text);

private:
    void show(const QList<OrgSummary> &found);

    Session *m_session;
    QTimer *m_delay;
    QList<OrgSummary> m_found;
};

// Keeps the customer's name for its id in the local store, so that the journal names the customer
// of a change made for them.
void rememberCustomer(Session *session, const OrgSummary &customer);

} // namespace bc
