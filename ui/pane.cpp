#include "pane.h"

#include "changedialog.h"
#include "messagebar.h"

#include "api/apierror.h"
#include "core/session.h"

namespace bc {

Pane::Pane(Session *session, PaneInfo paneInfo, QWidget *parent)
    : QWidget(parent), m_session(session), m_info(std::move(paneInfo)), m_message(new MessageBar(this))
{
    setObjectName(m_info.id + QStringLiteral("Pane"));
    connect(m_session, &Session::ready, this, [this] {
        if (isAvailable())
            refresh();
    });
    // Built later than the session's ready (the main window builds most panes after its first
    // paint): the first refresh once the derived pane is complete.
    if (m_session->isReady())
        QMetaObject::invokeMethod(
            this,
            [this] {
                if (isAvailable())
                    refresh();
            },
            Qt::QueuedConnection);
}

bool isAvailable(const PaneInfo &info, const Session *session)
{
    return (!info.family || session->hasFamily(*info.family))
        && (!info.access || policy::allows(session->role(), *info.access));
}

bool Pane::isAvailable() const
{
    return bc::isAvailable(m_info, m_session);
}

void Pane::failLoad(const ApiError &error)
{
    m_message->show(MessageBar::Kind::Error, error.humanMessage());
    emit loadFailed(error.humanMessage());
}

void Pane::openChange(ChangeDialog *dialog, std::optional<policy::Action> action)
{
    if (action)
        connect(dialog, &ChangeDialog::forbidden, this, [this, a = *action](const QString &why) {
            policy::noteRefused(m_session, a, why);
            updateActions();
        });
    connect(dialog, &ChangeDialog::queued, this,
        [this](const QString &text) { messageBar()->show(MessageBar::Kind::Info, text); });
    dialog->open();
}

} // namespace bc
