#pragma once

#include "models/reconciliation.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QDialog>

#include <vector>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableView;

namespace bc {

class MessageBar;
class ReconciliationRun;
class Session;

// The exceptions of a reconciliation, one row each, optionally of one kind only; their words are
// made as the view asks for a row, so a report with a million differences still opens at once.
class ReconciliationExceptionsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Issue, PaymentId, Customer, OnServer, AtProvider, Reason, ColumnCount };
    using QAbstractTableModel::QAbstractTableModel;
    void setRun(const ReconciliationRun *run, std::optional<ReconciliationIssue> only);
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    const ReconciliationRun *m_run = nullptr;
    std::vector<quint32> m_rows; // indexes into the run's exceptions
};

// Payments › Reconcile…: the payment provider's settlement or balance report (Razorpay, Stripe)
// matched against the server's payments of the same dates (ReconciliationRun): progress and Stop
// while it reads and matches, then the totals per currency (matched, fees, tax on fees, refunds,
// net settled) and every exception with its reason, filtered by kind, saved as CSV. Each run is
// in the operator journal with the report's SHA-256.
class ReconcileDialog : public QDialog
{
    Q_OBJECT
public:
    ReconcileDialog(Session *session, QDate from, QDate to, QWidget *parent = nullptr);
    ~ReconcileDialog() override;

    void setReport(ReportProvider provider, const QString &path);
    void start();
    const ReconciliationRun *run() const { return m_run; }
    ReconciliationExceptionsModel *exceptions() const { return m_exceptions; }
    QTableView *totalsView() const { return m_totals; }

signals:
    void runFinished(bool ok); // a run ended (the result shown, or why not)

protected:
    void reject() override; // while a run goes on: Stop, not close

private:
    void chooseFile();
    void runEnded(bool ok);
    void showTotals();
    void showExceptions();
    void saveExceptions();
    void updateButtons();

    Session *m_session;
    QComboBox *m_provider;
    QLineEdit *m_path;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QPushButton *m_reconcile;
    QProgressBar *m_progress;
    MessageBar *m_message;
    QLabel *m_summary;
    QTableView *m_totals;
    QComboBox *m_only;
    QTableView *m_table;
    ReconciliationExceptionsModel *m_exceptions;
    QPushButton *m_save;
    QDialogButtonBox *m_buttons;
    QList<QWidget *> m_results; // shown once a run has ended
    ReconciliationRun *m_run = nullptr;
};

} // namespace bc
