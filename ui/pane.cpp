#include "pane.h"

#include "changedialog.h"
#include "messagebar.h"

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
}

bool Pane::isAvailable() const
{
    return (!m_info.family || m_session->hasFamily(*m_info.family))
        && (!m_info.access || policy::allows(m_session->role(), *m_info.access));
}

void Pane::openChange(ChangeDialog *dialog)
{
    connect(dialog, &ChangeDialog::queued, this,
        [this](const QString &text) { messageBar()->show(MessageBar::Kind::Info, text); });
    dialog->open();
}

} // namespace bc
