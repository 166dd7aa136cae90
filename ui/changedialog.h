#pragma once

#include "api/apierror.h"
#include "api/transport.h"

#include <QDialog>

class QFormLayout;
class QPushButton;
class QVBoxLayout;

namespace bc {

class MessageBar;

// The frame of every dialog that changes money or settings: fields in a form, room above and
// below it (what will happen, previews), an inline message strip, a confirm button, and one
// ending for every change (finish()). The dialog owns the change's idempotency keys: the same
// typed change sent again reuses its key, so the server applies it once.
class ChangeDialog : public QDialog
{
    Q_OBJECT
public:
    ChangeDialog(const QString &title, const QString &confirmText, QWidget *parent = nullptr);

    QFormLayout *form() const { return m_form; }
    MessageBar *messageBar() const { return m_message; }
    QPushButton *confirmButton() const { return m_confirm; }
    QPushButton *cancelButton() const { return m_cancel; }
    void addField(const QString &label, QWidget *field);
    void addAboveForm(QWidget *widget);
    void addBelowForm(QWidget *widget);

    // The key for the change as typed now (see models/drafts.h, fingerprint()).
    QString keyFor(const QByteArray &fingerprint) { return m_keys.keyFor(fingerprint); }
    // While a change is in flight the confirm button waits; the fields stay as typed.
    void setBusy(bool busy, const QString &message = {});
    bool isBusy() const { return m_busy; }
    // Enables confirm when `why` is empty; otherwise its tooltip says what is missing.
    void setReady(const QString &why, const QString &readyTip = {});

    // The one ending of a change. Applied: returns true (the caller says what happened and
    // accepts). Not reached: the change waits in Pending changes, queued() says so, the dialog
    // closes, false. Refused: the server's words in the dialog, the form kept, false.
    bool finish(const ApiError &error);
    // A refusal the console found itself before anything was sent (a price that is not exact).
    void refuse(const QString &message, QWidget *field = nullptr);

signals:
    void confirmed();
    void queued(const QString &message);
    // The server answered 403: this key may not make this change (the words are the server's).
    void forbidden(const QString &message);

private:
    QVBoxLayout *m_layout;
    QFormLayout *m_form;
    MessageBar *m_message;
    QPushButton *m_confirm;
    QPushButton *m_cancel;
    IdempotencyKeys m_keys;
    QString m_why;
    QString m_busyMessage; // what setBusy(true) said, cleared with the wait
    bool m_busy = false;
    int m_aboveCount = 0;
};

} // namespace bc
