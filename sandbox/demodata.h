#pragma once

#include "context.h"

namespace bc::sandbox {

// Seeds demo organisations, users, plans, coupons, subscriptions and history on an empty
// database. Returns false if the database already had data (nothing is changed then).
bool seedDemoData(Context &ctx);
bool hasData(Context &ctx);
// On an empty database without --demo: only the secrets, the seller and a Super Admin.
bool seedBaseIfEmpty(Context &ctx);
// An organisation with `rows` ledger entries (--demo-scale); returns its id. Idempotent.
QString seedScale(Context &ctx, qint64 rows);
// Catalogue every database needs whatever its age: provider prices and products, check-in
// defaults. Idempotent; runs at every start.
void ensureCatalog(Context &ctx);

} // namespace bc::sandbox
