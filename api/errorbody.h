#pragma once

#include <QByteArray>
#include <QString>

namespace bc {

// The server's own words from an error answer, whatever shape its family uses: the org billing
// {"error":{"code","message","field"}}, {"error":"text"}, {"success":false,"message":…},
// {"message":…}, {"description":…}, {"detail":…}, {"errors":[{"message":…}]}. Read in this one
// place, for the transport's errors and for the answers kept in the outbox and the journal.
struct ErrorBody
{
    QString code;
    QString message;
    QString field;
};
ErrorBody readErrorBody(const QByteArray &body);

// "HTTP 409: not enough credits" for one line in a list (status 0: the network's own text).
QString answerSummary(int status, const QByteArray &body);

} // namespace bc
