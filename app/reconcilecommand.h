#pragma once

// billing-console reconcile: the payment provider's settlement or balance report matched against
// the billing server's payments of the same dates; totals per currency, every exception with its
// reason, the exceptions as CSV, and a journal entry naming the report by its SHA-256.
int runReconcile(int argc, char *argv[]);
