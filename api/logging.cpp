#include "logging.h"

Q_LOGGING_CATEGORY(lcNetwork, "bc.network", QtWarningMsg)
