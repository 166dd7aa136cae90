#pragma once

#include "rolepolicy.h"

#include "models/billingtypes.h"

#include <QList>
#include <QString>
#include <QWidget>

#include <optional>

namespace bc {

struct ApiError;
class ChangeDialog;
class MessageBar;
class Session;

// What the main window, the command palette and the command line know of a pane.
struct PaneInfo
{
    QString id; // "subscriptions": --pane, saved layouts, Ctrl+K
    QString title; // in the reader's language
    std::optional<Family> family; // the family the connection must speak; none: every connection
    std::optional<policy::Action> access; // what the role must be allowed to open it; none: every role
};

// Whether the session's connection and role are those of a pane so described.
bool isAvailable(const PaneInfo &info, const Session *session);

// One pane of the main window, found by its id (ui/panes.cpp lists them all, once). A pane
// refreshes when the session is ready, if the connection and role are its own, and says loaded()
// once it shows the server's data, or loadFailed() when it could not get it. A pane built after the
// session is ready refreshes as soon as it is built.
class Pane : public QWidget
{
    Q_OBJECT
public:
    Pane(Session *session, PaneInfo info, QWidget *parent = nullptr);

    const PaneInfo &info() const { return m_info; }
    QString id() const { return m_info.id; }
    // Whether the session's connection and role are this pane's.
    bool isAvailable() const;
    MessageBar *messageBar() const { return m_message; }
    Session *session() const { return m_session; }

    virtual void refresh() = 0;

    // Opens a change dialog over the pane; a change that waits in Pending changes is said in the
    // pane's message strip. A 403 to the change disables `action` with the server's words.
    void openChange(ChangeDialog *dialog, std::optional<policy::Action> action = std::nullopt);

signals:
    // The pane shows the server's data (or says what this server does not offer).
    void loaded();
    // The pane could not load (the message strip says why, in words).
    void loadFailed(const QString &reason);

protected:
    // The one ending of a load that failed: the server's words in the strip, and loadFailed().
    void failLoad(const ApiError &error);
    // Enables and explains the pane's actions (role, selection, what the server refused).
    virtual void updateActions() { }
    Session *m_session;

private:
    PaneInfo m_info;
    MessageBar *m_message;
};

} // namespace bc
