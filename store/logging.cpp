#include "logging.h"

Q_LOGGING_CATEGORY(lcStore, "bc.store", QtWarningMsg)
