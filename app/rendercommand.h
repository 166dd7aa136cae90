#pragma once

// `billing-console render-invoices …`: renders invoices to PDF without a window, for scripts and
// cron. Returns the process exit code: 0 on success, 1 on bad input or a failed write, 2 on bad
// usage. Messages go to stderr.
int runRenderInvoices(int argc, char *argv[]);
