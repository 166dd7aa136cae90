<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ProfileStore</name>
    <message numerus="yes">
        <source>The API keys of %n connection(s) moved into the keychain.</source>
        <translation>
            <numerusform>The API key of %n connection moved into the keychain.</numerusform>
            <numerusform>The API keys of %n connections moved into the keychain.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Reconciliation</name>
    <message numerus="yes">
        <source>%n exceptions</source>
        <translation>
            <numerusform>%n exception</numerusform>
            <numerusform>%n exceptions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bc::CouponsPane</name>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bc::CreditBatchDialog</name>
    <message numerus="yes">
        <source>Looking up %n customer(s)…</source>
        <translation>
            <numerusform>Looking up %n customer…</numerusform>
            <numerusform>Looking up %n customers…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s); %1 with problems; total change %2 credits.</source>
        <translation>
            <numerusform>%n row; %1 with problems; total change %2 credits.</numerusform>
            <numerusform>%n rows; %1 with problems; total change %2 credits.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bc::CustomerPane</name>
    <message numerus="yes">
        <source>%Ln credit(s)</source>
        <translation>
            <numerusform>%Ln credit</numerusform>
            <numerusform>%Ln credits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 due on %n invoice(s)</source>
        <translation>
            <numerusform>%1 due on %n invoice</numerusform>
            <numerusform>%1 due on %n invoices</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bc::DashboardPane</name>
    <message numerus="yes">
        <source>MRR in %1 (ARR %2) · %n paying</source>
        <translation>
            <numerusform>MRR in %1 (ARR %2) · %n paying</numerusform>
            <numerusform>MRR in %1 (ARR %2) · %n paying</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>past due in %1 · %n subscription(s)</source>
        <translation>
            <numerusform>past due in %1 · %n subscription</numerusform>
            <numerusform>past due in %1 · %n subscriptions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>outstanding on %n invoice(s)</source>
        <translation>
            <numerusform>outstanding on %n invoice</numerusform>
            <numerusform>outstanding on %n invoices</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bc::InvoicesPane</name>
    <message numerus="yes">
        <source>Save %n invoices to</source>
        <translation>
            <numerusform>Save %n invoice to</numerusform>
            <numerusform>Save %n invoices to</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped after %n invoice(s).</source>
        <translation>
            <numerusform>Stopped after %n invoice.</numerusform>
            <numerusform>Stopped after %n invoices.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n invoice(s).</source>
        <translation>
            <numerusform>Saved %n invoice.</numerusform>
            <numerusform>Saved %n invoices.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Save %n invoice(s) as one PDF</source>
        <translation>
            <numerusform>Save %n invoice as one PDF</numerusform>
            <numerusform>Save %n invoices as one PDF</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n selected, %1</source>
        <translation>
            <numerusform> · %n selected, %1</numerusform>
            <numerusform> · %n selected, %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dear %1,

please find attached %n invoice(s): %2.
</source>
        <translation>
            <numerusform>Dear %1,

please find attached %n invoice: %2.
</numerusform>
            <numerusform>Dear %1,

please find attached %n invoices: %2.
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your mail program has a new message with %n invoice(s) attached; the invoice has no email address, so fill in the recipient.</source>
        <translation>
            <numerusform>Your mail program has a new message with %n invoice attached; the invoice has no email address, so fill in the recipient.</numerusform>
            <numerusform>Your mail program has a new message with %n invoices attached; the invoices have no email address, so fill in the recipient.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your mail program has a new message to %1 with %n invoice(s) attached.</source>
        <translation>
            <numerusform>Your mail program has a new message to %1 with %n invoice attached.</numerusform>
            <numerusform>Your mail program has a new message to %1 with %n invoices attached.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n invoice(s) in one PDF: %1</source>
        <translation>
            <numerusform>Saved %n invoice in one PDF: %1</numerusform>
            <numerusform>Saved %n invoices in one PDF: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n invoice(s) to %1.</source>
        <translation>
            <numerusform>Saved %n invoice to %1.</numerusform>
            <numerusform>Saved %n invoices to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s)</source>
        <translation>
            <numerusform>%n invoice</numerusform>
            <numerusform>%n invoices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent %n invoice(s) to %1 as job %2.</source>
        <translation>
            <numerusform>Sent %n invoice to %1 as job %2.</numerusform>
            <numerusform>Sent %n invoices to %1 as job %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bc::JournalPane</name>
    <message numerus="yes">
        <source>The journal is intact: %n entries, each linked to the one before.</source>
        <translation>
            <numerusform>The journal is intact: %n entry.</numerusform>
            <numerusform>The journal is intact: %n entries, each linked to the one before.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n entries to %1.</source>
        <translation>
            <numerusform>Exported %n entry to %1.</numerusform>
            <numerusform>Exported %n entries to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bc::PaymentsPane</name>
    <message numerus="yes">
        <source>%n payment(s)</source>
        <translation>
            <numerusform>%n payment</numerusform>
            <numerusform>%n payments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bc::PendingChangesPane</name>
    <message numerus="yes">
        <source>Sent %n waiting change(s).</source>
        <translation>
            <numerusform>Sent %n waiting change.</numerusform>
            <numerusform>Sent %n waiting changes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server still cannot be reached; %n change(s) keep waiting.</source>
        <translation>
            <numerusform>The server still cannot be reached; %n change keeps waiting.</numerusform>
            <numerusform>The server still cannot be reached; %n changes keep waiting.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bc::PlatformChargesPane</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n charge(s) could not be read: %1</source>
        <translation>
            <numerusform>%n charge could not be read: %1</numerusform>
            <numerusform>%n charges could not be read: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bc::ReconcileDialog</name>
    <message numerus="yes">
        <source>%Ln rows of the report could not be read; the first: %1</source>
        <translation>
            <numerusform>%Ln row of the report could not be read: %1</numerusform>
            <numerusform>%Ln rows of the report could not be read; the first: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln exceptions saved to %1.</source>
        <translation>
            <numerusform>%Ln exception saved to %1.</numerusform>
            <numerusform>%Ln exceptions saved to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bc::ReconciliationRun</name>
    <message numerus="yes">
        <source>%Ln payments from the server…</source>
        <translation>
            <numerusform>%Ln payment from the server…</numerusform>
            <numerusform>%Ln payments from the server…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln payments from the server’s export…</source>
        <translation>
            <numerusform>%Ln payment from the server’s export…</numerusform>
            <numerusform>%Ln payments from the server’s export…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows read from the report.</source>
        <translation>
            <numerusform>%Ln row read from the report.</numerusform>
            <numerusform>%Ln rows read from the report.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln exceptions</source>
        <translation>
            <numerusform>%Ln exception</numerusform>
            <numerusform>%Ln exceptions</numerusform>
        </translation>
    </message>
</context>
</TS>
