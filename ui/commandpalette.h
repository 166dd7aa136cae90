#pragma once

#include <QDialog>

#include <functional>

class QLineEdit;
class QListWidget;

namespace bc {

// Ctrl+K: type a few letters to jump to any pane, action, customer, subscription or invoice.
class CommandPalette : public QDialog
{
    Q_OBJECT
public:
    struct Entry
    {
        QString kind; // "Pane", "Action", "Customer", …
        QString text;
        std::function<void()> run;
    };

    explicit CommandPalette(QWidget *parent = nullptr);
    void setEntries(QList<Entry> entries);
    // The entries of one kind, replaced and listed first (a server search answering as the user
    // types: each answer stands for the latest text, so one customer is listed once).
    void replaceEntries(const QString &kind, const QList<Entry> &entries);
    QLineEdit *input() const { return m_input; }
    int visibleCount() const;
    QString visibleText(int row) const;
    void runCurrent();

signals:
    void searchChanged(const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void filter();
    QLineEdit *m_input;
    QListWidget *m_list;
    QList<Entry> m_entries;
};

} // namespace bc
