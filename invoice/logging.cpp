#include "logging.h"

Q_LOGGING_CATEGORY(lcInvoice, "bc.invoice", QtWarningMsg)
