#pragma once

#include <QLoggingCategory>

// Off by default; switch on with QT_LOGGING_RULES="bc.outbox.debug=true".
Q_DECLARE_LOGGING_CATEGORY(lcOutbox) // bc.outbox: changes written, settled, replayed
