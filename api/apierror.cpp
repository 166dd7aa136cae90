#include "apierror.h"

#include <QCoreApplication>

namespace bc {

QString notOfferedSentence(const QString &what)
{
    return QCoreApplication::translate("ApiError", "This server does not offer %1.").arg(what);
}

QString ApiError::humanMessage() const
{
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::Cancelled:
        return QCoreApplication::translate("ApiError", "Cancelled.");
    case Kind::Timeout:
        return QCoreApplication::translate(
            "ApiError", "The billing server did not answer in time. Nothing was changed; try again.");
    case Kind::Tls:
        return QCoreApplication::translate("ApiError",
            "The server's certificate could not be verified (%1). The console refused the "
            "connection to keep your data safe.")
            .arg(message);
    case Kind::Network:
        return QCoreApplication::translate(
            "ApiError", "Cannot reach the billing server (%1). Check the connection and try again.")
            .arg(message);
    case Kind::Parse:
        return QCoreApplication::translate("ApiError", "The server sent an answer the console could not read (%1).")
            .arg(message);
    case Kind::Queued:
        return QCoreApplication::translate(
            "ApiError", "Saved in Pending changes (%1). It will be sent, once, when the billing server can be reached.")
            .arg(message);
    case Kind::NotOffered:
        return notOfferedSentence(message);
    case Kind::Http:
        break;
    }
    if (httpStatus == 403)
        return message.isEmpty() ? QCoreApplication::translate("ApiError", "This key may not do that (HTTP 403).")
                                 : QCoreApplication::translate("ApiError", "This key may not do that: %1").arg(message);
    if (httpStatus == 401)
        return message.isEmpty()
            ? QCoreApplication::translate("ApiError", "Your API key or session is no longer valid. Sign in again.")
            : QCoreApplication::translate("ApiError", "Not signed in: %1").arg(message);
    if (httpStatus >= 500)
        return QCoreApplication::translate(
            "ApiError", "The billing server had a problem (HTTP %1)%2 Nothing was changed; try again.")
            .arg(httpStatus)
            .arg(message.isEmpty() ? QStringLiteral(".") : QStringLiteral(": ") + message);
    if (!message.isEmpty())
        return message;
    return QCoreApplication::translate("ApiError", "The server refused the request (HTTP %1).").arg(httpStatus);
}

} // namespace bc
