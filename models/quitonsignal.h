#pragma once

class QCoreApplication;

namespace bc {

// Process plumbing shared by billing-console and billing-sandbox (Qt Core only): SIGTERM and
// SIGINT end the event loop through a socket pair, so shutdown (closing the database, stopping
// the embedded sandbox) runs in Qt code instead of the process just vanishing. Unix only.
void quitOnTerminationSignals(QCoreApplication &app);

} // namespace bc
