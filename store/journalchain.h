#pragma once

#include "localstore.h"

#include <QJsonObject>

// The operator journal's chain, apart from where it is stored: an entry's canonical JSON and
// hash, the walk that checks a chain, and the CSV and JSON exports (the JSON keeps the hashes so
// a copy can be verified on its own).
namespace bc {

QJsonObject journalToJson(const JournalEntry &entry, bool withHashes);
// The bytes an entry's hash covers: journalToJson(entry, false) as QJsonDocument writes it
// compactly, written directly (about ten times faster; the same bytes, see tst_local_store).
QByteArray journalCanonical(const JournalEntry &entry);

// Walks the chain one entry at a time: numbering without gaps, each entry linked to the one
// before, each entry's hash over its own content.
struct ChainChecker
{
    QByteArray prev = QByteArray(64, '0');
    qint64 expected = 1;

    bool feed(const JournalEntry &e, JournalVerdict *v)
    {
        if (e.seq != expected)
            return fail(
                v, expected, QStringLiteral("entry %1 is missing (the next one is %2)").arg(expected).arg(e.seq));
        if (e.prevHash != prev)
            return fail(v, e.seq,
                QStringLiteral("entry %1 does not follow entry %2 (the chain was cut or reordered)")
                    .arg(e.seq)
                    .arg(e.seq - 1));
        if (e.computeHash() != e.hash)
            return fail(v, e.seq, QStringLiteral("entry %1 was edited after it was written").arg(e.seq));
        prev = e.hash;
        ++expected;
        ++v->entries;
        return true;
    }
    static bool fail(JournalVerdict *v, qint64 seq, const QString &problem)
    {
        v->ok = false;
        v->badSeq = seq;
        v->problem = problem;
        return false;
    }
};

} // namespace bc
