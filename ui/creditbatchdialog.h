#pragma once

#include "changedialog.h"

#include "models/creditbatch.h"
#include "models/recordtablemodel.h"

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTableView;

namespace bc {

class CreditBatchRun;
class Session;

// Credit ledger › Adjust many…: rows from a CSV file or pasted from a spreadsheet (customer,
// amount, reason, note), checked against the server's customers and shown as a preview (balance
// now, change, balance after, problems), applied only when a person confirms the whole batch with
// a reason; then sent one keyed request a row (CreditBatchRun) with progress and Stop, each row's
// outcome in the table, and a result CSV to save. The same rows applied again apply nothing twice.
class CreditBatchDialog : public ChangeDialog
{
    Q_OBJECT
public:
    struct Line
    {
        creditbatch::PreviewRow row;
        creditbatch::RowResult result;
    };

    CreditBatchDialog(Session *session, QWidget *parent = nullptr);
    // The rows to check, as a file would hold them (also what Open… and paste lead to).
    void setText(const QByteArray &text);
    const creditbatch::Preview &preview() const { return m_preview; }
    // A batch kept because it did not reach its end (Pending changes › Resume batch…): its rows as
    // they were confirmed, with the same keys, the reason and the consent; applying sends them
    // again, and the rows the server already applied answer "applied earlier".
    void resume(const creditbatch::SavedBatch &batch);

signals:
    void applied(); // the batch ended with rows applied: the ledger shows them

protected:
    void reject() override; // while the batch runs: Stop, not close

private:
    void openFile();
    void check();
    void showPreview();
    void showLines();
    void update();
    void apply();
    void finished(bool stopped);
    void saveResult();

    Session *m_session;
    QPlainTextEdit *m_paste;
    QPushButton *m_check;
    QLabel *m_summary;
    QTableView *m_table;
    RecordTableModel<Line> *m_model;
    QLineEdit *m_reason;
    QCheckBox *m_allowNegative;
    QCheckBox *m_skipProblems;
    QProgressBar *m_progress;
    QPushButton *m_save;
    QList<creditbatch::InputRow> m_rows;
    QList<OrgSummary> m_customers;
    creditbatch::Preview m_preview;
    bool m_checked = false;
    int m_lookup = 0; // the customer lookup whose answer counts
    CreditBatchRun *m_run = nullptr;
};

} // namespace bc
