#pragma once

#include <QLoggingCategory>

// Off by default; switch on with QT_LOGGING_RULES="bc.store.debug=true".
Q_DECLARE_LOGGING_CATEGORY(lcStore) // bc.store: the local store opening, migrating, the journal
