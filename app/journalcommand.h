#pragma once

// billing-console verify-journal / export-journal: the operator journal from a shell, for
// auditors and cron, without a display.
int runVerifyJournal(int argc, char *argv[]);
int runExportJournal(int argc, char *argv[]);
