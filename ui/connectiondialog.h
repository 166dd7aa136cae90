#pragma once

#include "core/connectiontest.h"
#include "store/connectionprofile.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace bc {

class MessageBar;

// Adds or edits one connection: the server's address, the family it speaks (one per company),
// the API key and what that key is, the ids a family needs, how bare numbers are money. "Test
// connection" asks only the family's documented reads and lists what works in words; Save tests
// first and keeps a connection that does not work only after saying why and being told to.
class ConnectionDialog : public QDialog
{
    Q_OBJECT
public:
    // `taken`: names of the other saved connections (a name is unique).
    ConnectionDialog(const ConnectionProfile &initial, const QStringList &taken, QWidget *parent = nullptr);

    ConnectionProfile profile() const;
    const ConnectionReport &report() const { return m_report; }
    bool tested() const { return m_tested; }
    void testConnection();

signals:
    void testFinished(const bc::ConnectionReport &report);

private:
    void updateFields();
    QString whyNotReady() const;
    void showReport(const ConnectionReport &report);
    void save();

    QFormLayout *m_form;
    QLineEdit *m_name;
    QLineEdit *m_url;
    QComboBox *m_family;
    QComboBox *m_role;
    QLineEdit *m_key;
    QLineEdit *m_company;
    QLineEdit *m_extension;
    QLineEdit *m_currency;
    QComboBox *m_units;
    QLabel *m_checkoutHosts;
    QListWidget *m_results;
    QLabel *m_sample;
    MessageBar *m_message;
    QPushButton *m_test;
    QDialogButtonBox *m_buttons;
    ConnectionTest *m_runner;
    ConnectionReport m_report;
    QStringList m_taken;
    bool m_tested = false;
    bool m_saveAfterTest = false;
};

} // namespace bc
