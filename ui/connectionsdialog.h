#pragma once

#include "store/connectionprofile.h"

#include <QDialog>

class QListWidget;
class QPushButton;

namespace bc {

class MessageBar;

// File › Connections…: the saved connections, with Add, Edit, Test and Remove. Every change is
// saved at once (profiles.ini, keys in the keychain); what the keychain could not do is said.
class ConnectionsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ConnectionsDialog(const ProfileStore &store, QWidget *parent = nullptr);

    const QList<ConnectionProfile> &profiles() const { return m_profiles; }
    // Opens the connection dialog for a new connection (also the welcome page's way in).
    void addConnection();
    void editConnection(int row);
    void removeConnection(int row);
    QListWidget *list() const { return m_list; }

signals:
    void profilesChanged(const QList<bc::ConnectionProfile> &profiles);
    void connectionOpened(QDialog *dialog); // the add or edit dialog, once shown (tests drive it)

private:
    void showProfiles();
    void updateButtons();
    bool store(const QList<ConnectionProfile> &profiles);
    QStringList namesExcept(int row) const;
    void openConnection(const ConnectionProfile &initial, int row);

    ProfileStore m_store;
    QList<ConnectionProfile> m_profiles;
    QListWidget *m_list;
    QPushButton *m_edit;
    QPushButton *m_remove;
    MessageBar *m_message;
};

} // namespace bc
