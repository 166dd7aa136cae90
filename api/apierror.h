#pragma once

#include <QMetaType>
#include <QString>

namespace bc {

// What went wrong with a call, checked in order: network, HTTP status, parse, content.
// "This server does not offer a list of invoices.": what a pane says where an extension is missing.
QString notOfferedSentence(const QString &what);

struct ApiError
{
    // Queued: the server was not reached, and the change waits in the outbox to be sent, once.
    // NotOffered: the server does not have this extension (see Extension); `message` names it.
    enum class Kind { None, Network, Timeout, Tls, Cancelled, Http, Parse, Queued, NotOffered };
    Kind kind = Kind::None;
    int httpStatus = 0;
    QString code; // the server's error code, e.g. "coupon_invalid"
    QString message; // the server's message or the network layer's text
    QString field; // the request field the server blamed, if any
    QString requestId;

    bool isError() const { return kind != Kind::None; }
    bool isQueued() const { return kind == Kind::Queued; }
    bool isNotOffered() const { return kind == Kind::NotOffered; }
    // A specific, human sentence for the place the user is working.
    QString humanMessage() const;
};

} // namespace bc

Q_DECLARE_METATYPE(bc::ApiError)
