#include "commandpalette.h"

#include <QKeyEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

namespace bc {

CommandPalette::CommandPalette(QWidget *parent)
    : QDialog(parent), m_input(new QLineEdit(this)), m_list(new QListWidget(this))
{
    setWindowTitle(tr("Go to…"));
    setObjectName(QStringLiteral("commandPalette"));
    auto *layout = new QVBoxLayout(this);
    m_input->setPlaceholderText(tr("Pane, action, customer, subscription or invoice"));
    m_input->setAccessibleName(tr("Search"));
    m_list->setAccessibleName(tr("Matches"));
    layout->addWidget(m_input);
    layout->addWidget(m_list);
    resize(560, 420);
    connect(m_input, &QLineEdit::textChanged, this, &CommandPalette::filter);
    connect(m_input, &QLineEdit::textChanged, this, &CommandPalette::searchChanged);
    connect(m_input, &QLineEdit::returnPressed, this, &CommandPalette::runCurrent);
    connect(m_list, &QListWidget::itemActivated, this, &CommandPalette::runCurrent);
    // Arrow keys move through the matches while typing continues in the search box.
    m_input->installEventFilter(this);
}

void CommandPalette::setEntries(QList<Entry> entries)
{
    m_entries = std::move(entries);
    filter();
}

void CommandPalette::replaceEntries(const QString &kind, const QList<Entry> &entries)
{
    m_entries.removeIf([&](const Entry &e) { return e.kind == kind; });
    // What the server found for the text typed comes first: it is what the typing was for.
    m_entries = entries + m_entries;
    filter();
}

void CommandPalette::filter()
{
    const QStringList words = m_input->text().split(u' ', Qt::SkipEmptyParts);
    m_list->clear();
    for (int i = 0; i < m_entries.size(); ++i) {
        const Entry &e = m_entries.at(i);
        const QString haystack = e.kind + u' ' + e.text;
        if (!std::all_of(words.begin(), words.end(),
                [&](const QString &w) { return haystack.contains(w, Qt::CaseInsensitive); }))
            continue;
        auto *item = new QListWidgetItem(QStringLiteral("%1 — %2").arg(e.kind, e.text), m_list);
        item->setData(Qt::UserRole, i);
        if (m_list->count() >= 200)
            break;
    }
    m_list->setCurrentRow(0);
}

int CommandPalette::visibleCount() const
{
    return m_list->count();
}

QString CommandPalette::visibleText(int row) const
{
    return m_list->item(row) ? m_list->item(row)->text() : QString();
}

void CommandPalette::runCurrent()
{
    QListWidgetItem *item = m_list->currentItem();
    if (!item)
        return;
    const Entry entry = m_entries.at(item->data(Qt::UserRole).toInt());
    accept();
    if (entry.run)
        entry.run();
}

bool CommandPalette::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_input && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Down || key->key() == Qt::Key_Up) {
            const int row = std::clamp(
                m_list->currentRow() + (key->key() == Qt::Key_Down ? 1 : -1), 0, std::max(0, m_list->count() - 1));
            m_list->setCurrentRow(row);
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace bc
