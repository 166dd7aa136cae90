#include "connectionsdialog.h"

#include "connectiondialog.h"
#include "messagebar.h"

#include "models/words.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace bc {

ConnectionsDialog::ConnectionsDialog(const ProfileStore &store, QWidget *parent)
    : QDialog(parent), m_store(store), m_list(new QListWidget(this)), m_message(new MessageBar(this))
{
    setWindowTitle(tr("Connections"));
    m_list->setObjectName(QStringLiteral("connectionList"));
    m_list->setAccessibleName(tr("Saved connections"));
    auto *add = new QPushButton(tr("&Add…"), this);
    add->setObjectName(QStringLiteral("addButton"));
    m_edit = new QPushButton(tr("&Edit…"), this);
    m_remove = new QPushButton(tr("&Remove"), this);
    auto *buttons = new QVBoxLayout;
    for (QPushButton *b : {add, m_edit, m_remove})
        buttons->addWidget(b);
    buttons->addStretch();
    auto *row = new QHBoxLayout;
    row->addWidget(m_list, 1);
    row->addLayout(buttons);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row, 1);
    layout->addWidget(m_message);
    layout->addWidget(close);
    connect(add, &QPushButton::clicked, this, &ConnectionsDialog::addConnection);
    connect(m_edit, &QPushButton::clicked, this, [this] { editConnection(m_list->currentRow()); });
    connect(m_remove, &QPushButton::clicked, this, [this] { removeConnection(m_list->currentRow()); });
    connect(m_list, &QListWidget::itemDoubleClicked, this, [this] { editConnection(m_list->currentRow()); });
    connect(m_list, &QListWidget::currentRowChanged, this, &ConnectionsDialog::updateButtons);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::accept);

    QStringList notes;
    m_profiles = m_store.load(&notes);
    if (!notes.isEmpty())
        m_message->show(MessageBar::Kind::Info, notes.join(u' '));
    showProfiles();
    resize(620, 360);
}

void ConnectionsDialog::showProfiles()
{
    m_list->clear();
    for (const ConnectionProfile &p : std::as_const(m_profiles))
        m_list->addItem(tr("%1 — %2, %3 as %4")
                            .arg(p.name, label(p.family()), p.baseUrl.toDisplayString(), roleDisplayName(p.role)));
    if (!m_profiles.isEmpty())
        m_list->setCurrentRow(0);
    updateButtons();
}

void ConnectionsDialog::updateButtons()
{
    const bool any = m_list->currentRow() >= 0;
    for (QPushButton *b : {m_edit, m_remove}) {
        b->setEnabled(any);
        b->setToolTip(any ? QString() : tr("Choose a connection first."));
    }
}

QStringList ConnectionsDialog::namesExcept(int row) const
{
    QStringList names;
    for (int i = 0; i < m_profiles.size(); ++i)
        if (i != row)
            names << m_profiles.at(i).name;
    return names;
}

bool ConnectionsDialog::store(const QList<ConnectionProfile> &profiles)
{
    QString error;
    QStringList notes;
    if (!m_store.save(profiles, &error, &notes)) {
        m_message->show(MessageBar::Kind::Error, error);
        return false;
    }
    m_profiles = profiles;
    showProfiles();
    m_message->show(notes.isEmpty() ? MessageBar::Kind::Success : MessageBar::Kind::Info,
        notes.isEmpty() ? tr("Saved; the API key is in your keychain.") : notes.join(u' '));
    emit profilesChanged(m_profiles);
    return true;
}

void ConnectionsDialog::openConnection(const ConnectionProfile &initial, int row)
{
    auto *dialog = new ConnectionDialog(initial, namesExcept(row), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, row] {
        QList<ConnectionProfile> next = m_profiles;
        if (row >= 0 && row < next.size())
            next[row] = dialog->profile();
        else
            next.append(dialog->profile());
        store(next);
    });
    dialog->open();
    emit connectionOpened(dialog);
}

void ConnectionsDialog::addConnection()
{
    ConnectionProfile blank;
    blank.role = Role::Owner;
    openConnection(blank, -1);
}

void ConnectionsDialog::editConnection(int row)
{
    if (row >= 0 && row < m_profiles.size())
        openConnection(m_profiles.at(row), row);
}

void ConnectionsDialog::removeConnection(int row)
{
    if (row < 0 || row >= m_profiles.size())
        return;
    if (QMessageBox::question(this, tr("Remove connection"),
            tr("Remove “%1” and its API key from the keychain? The server keeps its data.")
                .arg(m_profiles.at(row).name))
        != QMessageBox::Yes)
        return;
    QList<ConnectionProfile> next = m_profiles;
    next.removeAt(row);
    store(next);
}

} // namespace bc
