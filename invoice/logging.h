#pragma once

#include <QLoggingCategory>

// Off by default; switch on with QT_LOGGING_RULES="bc.invoice.debug=true".
Q_DECLARE_LOGGING_CATEGORY(lcInvoice) // bc.invoice: batches rendered, files written
