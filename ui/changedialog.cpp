#include "changedialog.h"

#include "messagebar.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QPushButton>
#include <QVBoxLayout>

namespace bc {

ChangeDialog::ChangeDialog(const QString &title, const QString &confirmText, QWidget *parent)
    : QDialog(parent), m_layout(new QVBoxLayout(this)), m_form(new QFormLayout), m_message(new MessageBar(this))
{
    setWindowTitle(title);
    setAttribute(Qt::WA_DeleteOnClose);
    m_form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_layout->addLayout(m_form);
    m_layout->addWidget(m_message);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_cancel = buttons->button(QDialogButtonBox::Cancel);
    m_confirm = buttons->addButton(confirmText, QDialogButtonBox::AcceptRole);
    m_confirm->setObjectName(QStringLiteral("confirmButton"));
    m_layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_confirm, &QPushButton::clicked, this, [this] {
        if (!m_busy)
            emit confirmed();
    });
}

void ChangeDialog::addField(const QString &label, QWidget *field)
{
    m_form->addRow(label, field);
}

void ChangeDialog::addAboveForm(QWidget *widget)
{
    m_layout->insertWidget(m_aboveCount++, widget);
}

void ChangeDialog::addBelowForm(QWidget *widget)
{
    m_layout->insertWidget(m_layout->indexOf(m_message), widget);
}

void ChangeDialog::setReady(const QString &why, const QString &readyTip)
{
    m_why = why;
    m_confirm->setEnabled(why.isEmpty() && !m_busy);
    m_confirm->setToolTip(why.isEmpty() ? readyTip : why);
}

void ChangeDialog::setBusy(bool busy, const QString &message)
{
    m_busy = busy;
    m_confirm->setEnabled(!busy && m_why.isEmpty());
    if (busy && !message.isEmpty()) {
        m_busyMessage = message;
        m_message->show(MessageBar::Kind::Info, message);
    } else if (!busy && !m_busyMessage.isEmpty()) {
        // The "Applying…" sentence goes with the wait it described, unless something replaced it.
        if (m_message->kind() == MessageBar::Kind::Info && m_message->text() == m_busyMessage)
            m_message->hide();
        m_busyMessage.clear();
    }
}

bool ChangeDialog::finish(const ApiError &error)
{
    setBusy(false);
    if (error.isQueued()) {
        emit queued(error.humanMessage());
        accept();
        return false;
    }
    if (error.isError()) {
        m_message->show(MessageBar::Kind::Error, error.humanMessage());
        if (error.kind == ApiError::Kind::Http && error.httpStatus == 403)
            emit forbidden(error.humanMessage());
        return false;
    }
    return true;
}

void ChangeDialog::refuse(const QString &message, QWidget *field)
{
    setBusy(false);
    m_message->show(MessageBar::Kind::Error, message);
    if (field)
        field->setFocus();
}

} // namespace bc
