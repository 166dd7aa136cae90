#pragma once

#include "context.h"

class QRandomGenerator;

namespace bc::sandbox {

// Seeds demo organisations, users, plans, coupons, subscriptions and history on an empty
// database. Returns false if the database already had data (nothing is changed then).
bool seedDemoData(Context &ctx);
bool hasData(Context &ctx);
// On an empty database without --demo: only the secrets, the seller and a Super Admin.
bool seedBaseIfEmpty(Context &ctx);
// An organisation with `rows` ledger entries (--demo-scale); returns its id. Idempotent.
QString seedScale(Context &ctx, qint64 rows);
// `count` payments across the organisations over the last year (--demo-scale-payments); returns
// how many there are. Idempotent.
qint64 seedScalePayments(Context &ctx, qint64 count);
// Catalogue every database needs whatever its age: provider prices and products, check-in
// defaults. Idempotent; runs at every start.
void ensureCatalog(Context &ctx);

// Pieces the demo world's files share (demodata.cpp, demofamilies.cpp).
QString makeGstin(const QString &state, const QString &pan);
QString insertOrg(Context &ctx, const QString &name, const QString &email, const QString &address,
    const QString &gstinText, const QString &state, const QString &currency, qint64 at);
void seedOtherFamilies(Context &ctx, QRandomGenerator &rng, const QString &acme, qint64 now);

} // namespace bc::sandbox
