#pragma once

#include <QPointer>
#include <QWidget>

class QDateEdit;
class QComboBox;
class QLabel;
class QPushButton;
class QSaveFile;
class QSortFilterProxyModel;
class QTableView;

namespace bc {

class ApiCall;
class MessageBar;
class PaymentTableModel;
class Session;

// Payments over a date range, page by page, with a CSV export that streams to disk with
// progress and can be cancelled (the partial file is discarded).
class PaymentsPane : public QWidget
{
    Q_OBJECT
public:
    explicit PaymentsPane(Session *session, QWidget *parent = nullptr);

    void refresh();
    // Exports the current date range to path; progress shown in a dialog.
    void exportTo(const QString &path);
    void cancelExport();
    bool isExporting() const { return !m_export.isNull(); }

    PaymentTableModel *model() const { return m_model; }
    MessageBar *messageBar() const { return m_message; }
    QDateEdit *fromEdit() const { return m_from; }
    QDateEdit *toEdit() const { return m_to; }
    QPushButton *exportButton() const { return m_exportButton; }

signals:
    void loaded();
    void exportFinished(bool ok, const QString &path);
    void exportProgress(qint64 bytes);

private:
    void loadPage(const QString &cursor, int generation);
    void updateTotals();
    void updateActions();

    Session *m_session;
    PaymentTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QComboBox *m_status;
    QPushButton *m_load;
    QPushButton *m_exportButton;
    QLabel *m_totals;
    MessageBar *m_message;
    QPointer<ApiCall> m_export;
    QSaveFile *m_exportFile = nullptr;
    int m_generation = 0;
};

} // namespace bc
