#pragma once

#include "panes.h"

#include "store/connectionprofile.h"

#include <QHash>
#include <QMainWindow>

class QComboBox;
class QDialog;
class QFrame;
class QPushButton;
class QLabel;
class QListWidget;
class QStackedWidget;

namespace bc {

struct ApiError;

class CommandPalette;
class ConnectionsDialog;
class LocalStore;
class WelcomePage;
class Pane;
class Session;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // With a local store, panes keep showing the last data when the server is unreachable and
    // changes go through the outbox and the operator journal (not owned).
    explicit MainWindow(LocalStore *store = nullptr, QWidget *parent = nullptr);

    void setProfiles(const QList<ConnectionProfile> &profiles, int current = 0);
    // With no connection saved: the welcome page (connect, or try the demo). demoUnavailable says
    // why the demo cannot start, when it cannot. Any profile set afterwards shows the panes.
    void showWelcome(const QString &demoUnavailable = {});
    WelcomePage *welcomePage() const { return m_welcome; }
    // File › Connections… (also beside the profile switcher). Returns the open dialog.
    ConnectionsDialog *openConnections();
    // Off for unattended runs (--screenshot): a missing key is said, never asked for.
    void setAskForMissingKeys(bool ask) { m_askForKeys = ask; }
    void selectProfile(int index);

    Session *session() const { return m_session; }
    // The panes, in navigation order, and one by its id ("subscriptions", "ledger", …). The first
    // is built with the window, the others after its first paint; asking for one builds it now.
    QList<Pane *> panes() const;
    Pane *pane(const QString &id) const;
    template<typename T>
    T *pane() const
    {
        for (int i = 0; i < m_kinds.size(); ++i)
            if (m_kinds.at(i).type->inherits(&T::staticMetaObject))
                return static_cast<T *>(const_cast<MainWindow *>(this)->ensurePane(i));
        return nullptr;
    }
    // Whether the pane has been built yet (start-up builds most of them after the first paint).
    bool isPaneBuilt(const QString &id) const;
    void showPane(const QString &id);
    // Whether the navigation offers the pane for this connection and role.
    bool isPaneShown(const QString &id) const;
    // Ctrl+K. Returns the open palette (tests drive it).
    CommandPalette *openCommandPalette();
    // Ctrl+Shift+D: the current pane in a window of its own; closing that window brings it back.
    QMainWindow *detachCurrentPane();
    QComboBox *profileCombo() const { return m_profileCombo; }
    // File > Preferences (Ctrl+,): the language, applied from the next start. Returns the open dialog.
    QDialog *openPreferences();

signals:
    void demoRequested();

protected:
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildToolBar();
    // The strip over the panes when the server refuses the connection's key, with Edit connection….
    QWidget *buildKeyBanner();
    void showKeyRefused(const ApiError &error);
    // "Growth (Active)": the organisation's plan as the subscriptions pane has it, or empty.
    QString planOf(const QString &orgId) const;
    void buildMenus();
    void buildStatusBar();
    void updateStatus();
    void updatePanes();
    void keyboardFriendlyLater();
    int indexOf(const QString &id) const;
    // The pane at this navigation index, built (in place of its placeholder) if it is not yet.
    Pane *ensurePane(int index);
    // What the window wires to a pane once it is built.
    void connectPane(Pane *pane);
    // After the first paint: the panes not built yet, one per turn of the event loop.
    void buildRemainingPanes();
    // The keychain had no key for a saved connection (or kept it only in memory last time): ask.
    bool askForKey(ConnectionProfile *profile);

    Session *m_session;
    QList<ConnectionProfile> m_profiles;
    QComboBox *m_profileCombo = nullptr;
    QListWidget *m_nav;
    QList<QAction *> m_paneActions; // View › pane, in navigation order
    QFrame *m_keyBanner = nullptr;
    QLabel *m_keyBannerText = nullptr;
    QPushButton *m_editConnection = nullptr;
    QStackedWidget *m_stack;
    QStackedWidget *m_pages = nullptr; // the panes, or the welcome page
    WelcomePage *m_welcome = nullptr;
    bool m_askForKeys = true;
    const QList<PaneKind> m_kinds;
    // Built on first use (asking for a pane builds it, hence const_cast in the const getters).
    QList<Pane *> m_panes; // nullptr until built
    bool m_painted = false;
    QHash<QObject *, QPair<int, QWidget *>> m_detached; // window -> (pane index, placeholder)
    QLabel *m_connectionLabel = nullptr;
    QLabel *m_identityLabel = nullptr;
    QLabel *m_onlineLabel = nullptr;
};

} // namespace bc
