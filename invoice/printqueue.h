#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace bc {

// Printing to a CUPS queue: the invoices are rendered here into one PDF (the same document as
// Save as one PDF), which `lp` (Debian package cups-client) hands to the queue. A queue that
// refuses the job is reported in its own words ("Destination … is not accepting jobs"), never as
// "sent". The console's print action and `billing-console render-invoices --print QUEUE` (the
// office printer from cron) both go through here.
struct PrintSubmission
{
    QString queue; // the CUPS queue's name, as lpstat -p lists it
    QString file; // a PDF
    QString title; // the job's name in the queue
    int copies = 1;
    bool twoSided = false;
};

struct PrintOutcome
{
    bool ok = false;
    QString jobId; // "office-42", as the queue named the job
    QString error; // the queue's or lp's own words when not ok
};

// The lp program, or empty when the CUPS client is not installed.
QString lpProgram();
QStringList lpArguments(const PrintSubmission &job);
// What lp's exit code and output mean.
PrintOutcome lpOutcome(int exitCode, const QByteArray &standardOutput, const QByteArray &standardError);
// The reason the queue's administrator gave for refusing jobs (`cupsreject -r "Out of paper"`),
// read from `lpstat -a QUEUE`; empty when none was given.
QStringList refusalReasonArguments(const QString &queue);
QString refusalReason(const QByteArray &lpstatOutput);
// The refusal in the queue's words, with its administrator's reason when there is one.
QString refusalText(const PrintOutcome &outcome, const QString &reason);
// For commands: submits and waits (up to timeoutMs) for the queue's answer.
PrintOutcome submitAndWait(const PrintSubmission &job, int timeoutMs = 60000);
// The sentence for a missing lp.
QString lpMissing();

} // namespace bc
