#pragma once

// billing-console adjust-credits: a batch of credit adjustments from a CSV file, checked and shown
// as a preview, then (without --dry-run) applied one keyed request a row through the outbox and
// the operator journal. The same file run again applies nothing twice.
int runAdjustCredits(int argc, char *argv[]);
