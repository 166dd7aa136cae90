#include "printqueue.h"

#include <QCoreApplication>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

#include <algorithm>

namespace bc {

QString lpProgram()
{
    return QStandardPaths::findExecutable(QStringLiteral("lp"));
}

QString lpMissing()
{
    return QCoreApplication::translate("PrintQueue",
        "Printing to a printer needs the CUPS client (Debian package cups-client), which is not installed: lp was "
        "not found.");
}

QStringList lpArguments(const PrintSubmission &job)
{
    QStringList arguments{
        QStringLiteral("-d"), job.queue, QStringLiteral("-n"), QString::number(std::max(1, job.copies))};
    if (!job.title.isEmpty())
        arguments << QStringLiteral("-t") << job.title;
    arguments << QStringLiteral("-o")
              << (job.twoSided ? QStringLiteral("sides=two-sided-long-edge") : QStringLiteral("sides=one-sided"));
    arguments << QStringLiteral("--") << job.file;
    return arguments;
}

PrintOutcome lpOutcome(int exitCode, const QByteArray &standardOutput, const QByteArray &standardError)
{
    PrintOutcome outcome;
    const QString said = QString::fromLocal8Bit(standardError).trimmed();
    // "request id is office-42 (1 file(s))"
    static const QRegularExpression request(QStringLiteral("request id is (\\S+)"));
    const QRegularExpressionMatch m = request.match(QString::fromLocal8Bit(standardOutput));
    if (exitCode == 0 && m.hasMatch()) {
        outcome.ok = true;
        outcome.jobId = m.captured(1);
        return outcome;
    }
    // "/usr/bin/lp: Destination "office" is not accepting jobs." -> the queue's own words.
    static const QRegularExpression program(QStringLiteral("^\\S*lp: "));
    QString words = said;
    words.remove(program);
    outcome.error = words.isEmpty()
        ? QCoreApplication::translate("PrintQueue", "lp ended with code %1 and said nothing.").arg(exitCode)
        : words;
    return outcome;
}

QStringList refusalReasonArguments(const QString &queue)
{
    return {QStringLiteral("-a"), queue};
}

QString refusalReason(const QByteArray &lpstatOutput)
{
    // "bc-closed not accepting requests since Wed 02 Dec 2026 10:00:00 -\n\tOut of paper"
    const QStringList lines = QString::fromLocal8Bit(lpstatOutput).split(QLatin1Char('\n'));
    QStringList reason;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QString &line = lines.at(i);
        if (line.isEmpty() || !line.front().isSpace())
            break; // the next queue
        if (const QString words = line.trimmed(); !words.isEmpty())
            reason << words;
    }
    // CUPS says this for a queue rejected with no reason given.
    const QString text = reason.join(QLatin1Char(' '));
    return text == QLatin1String("Rejecting Jobs") ? QString() : text;
}

QString refusalText(const PrintOutcome &outcome, const QString &reason)
{
    return reason.isEmpty() ? outcome.error
                            : QCoreApplication::translate("PrintQueue", "%1 The queue says: %2").arg(outcome.error, reason);
}

PrintOutcome submitAndWait(const PrintSubmission &job, int timeoutMs)
{
    const QString lp = lpProgram();
    if (lp.isEmpty())
        return {false, {}, lpMissing()};
    QProcess process;
    process.start(lp, lpArguments(job));
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(1000);
        return {false, {},
            QCoreApplication::translate("PrintQueue", "The print queue %1 did not answer within %2 s.")
                .arg(job.queue)
                .arg(timeoutMs / 1000)};
    }
    PrintOutcome outcome = lpOutcome(process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
        process.readAllStandardOutput(), process.readAllStandardError());
    if (outcome.ok)
        return outcome;
    const QString lpstat = QStandardPaths::findExecutable(QStringLiteral("lpstat"));
    if (lpstat.isEmpty())
        return outcome;
    QProcess status;
    status.start(lpstat, refusalReasonArguments(job.queue));
    if (status.waitForFinished(5000))
        outcome.error = refusalText(outcome, refusalReason(status.readAllStandardOutput()));
    return outcome;
}

} // namespace bc
