#pragma once

#include <QLoggingCategory>

// Off by default; switch on with QT_LOGGING_RULES, e.g. QT_LOGGING_RULES="bc.network.debug=true".
Q_DECLARE_LOGGING_CATEGORY(lcNetwork) // bc.network: every request, its answer, retries, the cache
