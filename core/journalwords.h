#pragma once

#include "store/localstore.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

namespace bc {

// A journal entry as people read it. The journal keeps what was sent (method, path, body) in
// fixed English, because an audit record does not change with the reader's language; this turns it
// into a sentence in the reader's ("Credit adjustment for Ganga Pharma Ltd: +500 credits"), names
// the organisation it was about, and lists what it set ("Status: Past due"). The raw request stays
// in the entry, shown under Technical details.
struct JournalSummary
{
    QString what; // the sentence; the stored action itself when no rule knows it
    QString customerId; // the organisation the change was about, when the request names one
    QString customer; // its name when known, else "Organisation <id>"
    QStringList changes; // "Status: Past due", "Cancel at period end: Yes"
};

// nameOf: an organisation's name for its id, or empty when not known.
using CustomerNames = std::function<QString(const QString &orgId)>;

JournalSummary describeJournalEntry(const JournalEntry &entry, const CustomerNames &nameOf = {});

// The stored outcome word ("applied", "queued", …) in the reader's language.
QString journalOutcomeText(const QString &outcome);

} // namespace bc
