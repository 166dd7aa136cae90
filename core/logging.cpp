#include "logging.h"

Q_LOGGING_CATEGORY(lcOutbox, "bc.outbox", QtWarningMsg)
