#pragma once

#include "tablepane.h"

#include "models/money.h"

#include <QMap>
#include <QPointer>

class QComboBox;
class QDateEdit;
class QPushButton;
class QSaveFile;

namespace bc {

class ApiCall;
class PaymentTableModel;
class ReconcileDialog;

// Payments by date range and status: rows appear page by page, exact per-currency totals kept as
// the pages arrive, and a CSV export streamed to disk with progress and cancel. On a server with
// no payment list (an extension) the rows come from the document's CSV export instead.
class PaymentsPane : public TablePane
{
    Q_OBJECT
public:
    // Its id, title, family and role, known before it is built (ui/panes.cpp).
    static PaneInfo describe();
    explicit PaymentsPane(Session *session, QWidget *parent = nullptr);

    void refresh() override;
    void exportTo(const QString &path);
    void cancelExport();
    bool isExporting() const { return !m_export.isNull() || m_committing; }

    PaymentTableModel *model() const { return m_model; }
    QDateEdit *fromEdit() const { return m_from; }
    QDateEdit *toEdit() const { return m_to; }
    QPushButton *exportButton() const { return m_exportButton; }
    QPushButton *reconcileButton() const { return m_reconcileButton; }
    // Payments › Reconcile…: the dialog for the pane's dates (returned for tests; it deletes itself on close).
    ReconcileDialog *openReconcile();

signals:
    void exportFinished(bool ok, const QString &path);
    // The rows of the file just exported, counted (the message then says how many).
    void exportCounted(qint64 rows);
    void exportProgress(qint64 bytes);

protected:
    std::optional<OrgSummary> customerAt(int sourceRow) const override;
    void applyTextFilter(const QString &text) override;

private:
    void buildRangeRow();
    void addToTotals(const QList<Payment> &page);
    void showTotals();
    void updateActions();
    void exportFinishedWith(const ApiError &error, const QString &path);
    void exportCommitted(const ApiError &error, const QString &path, bool ok); // the file in place, or not
    void reportExport(const QString &path, qint64 size);
    void loadFromExport(int generation);
    void finishLoad(const ApiError &error, const QDateTime &staleSince);
    std::optional<PaymentStatus> wantedStatus() const;

    PaymentTableModel *m_model;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QComboBox *m_status;
    QPushButton *m_load;
    QPushButton *m_exportButton;
    QPushButton *m_reconcileButton;
    QPointer<ApiCall> m_export;
    QSaveFile *m_exportFile = nullptr;
    bool m_committing = false; // the finished export's file being flushed, synced and renamed
    int m_generation = 0;
    bool m_fromExport = false; // the rows came from the CSV export (no payment list on this server)
    // Running totals: captured amounts per currency, and the failed count.
    MoneyTotals m_captured; // captured payments, per currency
    qint64 m_failed = 0;
};

} // namespace bc
