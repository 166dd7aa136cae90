<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>ApiError</name>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>The billing server did not answer in time. Nothing was changed; try again.</source>
        <translation>Der Abrechnungsserver hat nicht rechtzeitig geantwortet. Es wurde nichts geändert; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate could not be verified (%1). The console refused the connection to keep your data safe.</source>
        <translation>Das Zertifikat des Servers konnte nicht geprüft werden (%1). Die Konsole hat die Verbindung zum Schutz Ihrer Daten abgelehnt.</translation>
    </message>
    <message>
        <source>Cannot reach the billing server (%1). Check the connection and try again.</source>
        <translation>Der Abrechnungsserver ist nicht erreichbar (%1). Prüfen Sie die Verbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The server sent an answer the console could not read (%1).</source>
        <translation>Der Server hat eine Antwort gesendet, die die Konsole nicht lesen konnte (%1).</translation>
    </message>
    <message>
        <source>Saved in Pending changes (%1). It will be sent, once, when the billing server can be reached.</source>
        <translation>In „Ausstehende Änderungen“ gespeichert (%1). Sie wird genau einmal gesendet, sobald der Abrechnungsserver erreichbar ist.</translation>
    </message>
    <message>
        <source>Your API key or session is no longer valid. Sign in again.</source>
        <translation>Ihr API-Schlüssel oder Ihre Sitzung ist nicht mehr gültig. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>Not signed in: %1</source>
        <translation>Nicht angemeldet: %1</translation>
    </message>
    <message>
        <source>The billing server had a problem (HTTP %1)%2 Nothing was changed; try again.</source>
        <translation>Der Abrechnungsserver hatte ein Problem (HTTP %1)%2 Es wurde nichts geändert; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The server refused the request (HTTP %1).</source>
        <translation>Der Server hat die Anfrage abgelehnt (HTTP %1).</translation>
    </message>
    <message>
        <source>This server does not offer %1.</source>
        <translation>Dieser Server bietet %1 an.</translation>
    </message>
    <message>
        <source>This key may not do that (HTTP 403).</source>
        <translation>Dieser Schlüssel darf das nicht (HTTP 403).</translation>
    </message>
    <message>
        <source>This key may not do that: %1</source>
        <translation>Dieser Schlüssel darf das nicht: %1</translation>
    </message>
</context>
<context>
    <name>CheckoutLauncher</name>
    <message>
        <source>The embedded checkout could not be loaded (%1).</source>
        <translation>Die eingebettete Bezahlseite konnte nicht geladen werden (%1).</translation>
    </message>
</context>
<context>
    <name>ConnectionTest</name>
    <message>
        <source>The address must be an http:// or https:// URL with a host.</source>
        <translation>Die Adresse muss eine http://- oder https://-URL mit Host sein.</translation>
    </message>
    <message>
        <source>Platform charges need the company id and the extension id.</source>
        <translation>Plattform-Abbuchungen brauchen die Firmen-ID und die Erweiterungs-ID.</translation>
    </message>
    <message>
        <source>The connection does not work.</source>
        <translation>Die Verbindung funktioniert nicht.</translation>
    </message>
    <message>
        <source>Could not reach %1: %2</source>
        <translation>%1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>The server is there, but it does not accept this API key: %1</source>
        <translation>Der Server antwortet, nimmt diesen API-Schlüssel aber nicht an: %1</translation>
    </message>
    <message>
        <source>The server answers.</source>
        <translation>Der Server antwortet.</translation>
    </message>
    <message>
        <source>The server answered, but not as the %1 document says: %2</source>
        <translation>Der Server hat geantwortet, aber nicht so, wie das Dokument %1 es beschreibt: %2</translation>
    </message>
    <message>
        <source>The server answers, and accepts this API key.</source>
        <translation>Der Server antwortet und nimmt diesen API-Schlüssel an.</translation>
    </message>
    <message>
        <source>Reaching the server…</source>
        <translation>Server wird erreicht…</translation>
    </message>
    <message>
        <source>Checking the role…</source>
        <translation>Rolle wird geprüft…</translation>
    </message>
    <message>
        <source>The server confirms this key is %1.</source>
        <translation>Der Server bestätigt: Dieser Schlüssel ist %1.</translation>
    </message>
    <message>
        <source>The server says this key is %1, not %2.</source>
        <translation>Laut Server ist dieser Schlüssel %1, nicht %2.</translation>
    </message>
    <message>
        <source>The server refuses %1 to this key; a %2 key may read it, so this key is not %2.</source>
        <translation>Der Server verweigert diesem Schlüssel %1; ein Schlüssel der Rolle %2 darf das lesen, also ist dieser Schlüssel nicht %2.</translation>
    </message>
    <message>
        <source>This key may read %1, which only keys of roles like %2 may.</source>
        <translation>Dieser Schlüssel darf %1 lesen, was nur Schlüssel von Rollen wie %2 dürfen.</translation>
    </message>
    <message>
        <source>Could not check the role: %1</source>
        <translation>Die Rolle konnte nicht geprüft werden: %1</translation>
    </message>
    <message>
        <source>every organisation&apos;s subscriptions</source>
        <translation>die Abonnements aller Organisationen</translation>
    </message>
    <message>
        <source>the payments export</source>
        <translation>den Zahlungsexport</translation>
    </message>
    <message>
        <source>the plans administration</source>
        <translation>die Tarifverwaltung</translation>
    </message>
    <message>
        <source>every organisation&apos;s credit transactions</source>
        <translation>die Guthabenbuchungen aller Organisationen</translation>
    </message>
    <message>
        <source>This server has no “who am I”: the console takes this key to be %1, as the connection says.</source>
        <translation>Dieser Server hat kein „Wer bin ich“: Die Konsole nimmt diesen Schlüssel als %1, wie in der Verbindung angegeben.</translation>
    </message>
    <message>
        <source>Looking for %1…</source>
        <translation>Suche nach %1…</translation>
    </message>
    <message>
        <source>Also offers: %1.</source>
        <translation>Bietet außerdem: %1.</translation>
    </message>
    <message>
        <source>Does not offer (the console does without): %1.</source>
        <translation>Nicht angeboten (die Konsole kommt ohne aus): %1.</translation>
    </message>
    <message>
        <source>Reading a price…</source>
        <translation>Ein Preis wird gelesen…</translation>
    </message>
    <message>
        <source>%1: %2 a month?</source>
        <translation>%1: %2 im Monat?</translation>
    </message>
    <message>
        <source>Prices read as: %1</source>
        <translation>Preise gelesen als: %1</translation>
    </message>
    <message>
        <source>The plans cannot be read: %1</source>
        <translation>Die Tarife können nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>CreditBatch</name>
    <message>
        <source>No customer has this id, email or name</source>
        <translation>Kein Kunde hat diese ID, E-Mail-Adresse oder diesen Namen</translation>
    </message>
    <message>
        <source>More than one customer matches: use the customer&apos;s id</source>
        <translation>Mehr als ein Kunde passt: bitte die ID des Kunden verwenden</translation>
    </message>
    <message>
        <source>The change must be a whole number of credits, not zero</source>
        <translation>Die Änderung muss eine ganze Zahl an Guthaben sein, nicht null</translation>
    </message>
    <message>
        <source>Not one of the reasons for an adjustment</source>
        <translation>Kein gültiger Grund für eine Korrektur</translation>
    </message>
    <message>
        <source>The balance would go below zero</source>
        <translation>Das Guthaben würde unter null fallen</translation>
    </message>
    <message>
        <source>The same change as an earlier row</source>
        <translation>Dieselbe Änderung wie in einer früheren Zeile</translation>
    </message>
    <message>
        <source>The first line names columns but not the customer and the amount.</source>
        <translation>Die erste Zeile benennt Spalten, aber nicht Kunde und Betrag.</translation>
    </message>
    <message>
        <source>There are no rows to adjust.</source>
        <translation>Es gibt keine Zeilen zum Korrigieren.</translation>
    </message>
    <message>
        <source>batch %1, row %2: %3</source>
        <translation>Stapel %1, Zeile %2: %3</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Nicht gesendet</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Gebucht</translation>
    </message>
    <message>
        <source>Applied earlier</source>
        <translation>Früher gebucht</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Applied %1, applied earlier %2, refused %3, skipped %4, not sent %5.</source>
        <translation>Gebucht %1, früher gebucht %2, abgelehnt %3, übersprungen %4, nicht gesendet %5.</translation>
    </message>
</context>
<context>
    <name>DatePreset</name>
    <message>
        <source>This month</source>
        <translation>Dieser Monat</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Letzter Monat</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>Dieses Quartal</translation>
    </message>
    <message>
        <source>Last quarter</source>
        <translation>Letztes Quartal</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Dieses Jahr</translation>
    </message>
</context>
<context>
    <name>Extension</name>
    <message>
        <source>a “who am I” for API keys</source>
        <translation>keine „Wer bin ich“-Abfrage für API-Schlüssel</translation>
    </message>
    <message>
        <source>a list of plans</source>
        <translation>keine Liste der Tarife</translation>
    </message>
    <message>
        <source>a preview of what a plan change costs</source>
        <translation>keine Vorschau der Kosten eines Tarifwechsels</translation>
    </message>
    <message>
        <source>coupon checks before a checkout</source>
        <translation>keine Gutscheinprüfung vor dem Bezahlen</translation>
    </message>
    <message>
        <source>a list of invoices</source>
        <translation>keine Rechnungsliste</translation>
    </message>
    <message>
        <source>invoices as data (only as PDF)</source>
        <translation>keine Rechnungen als Daten (nur als PDF)</translation>
    </message>
    <message>
        <source>a list of payments (only the CSV export)</source>
        <translation>keine Zahlungsliste (nur den CSV-Export)</translation>
    </message>
    <message>
        <source>a revenue report</source>
        <translation>keinen Umsatzbericht</translation>
    </message>
    <message>
        <source>the current credits subscription</source>
        <translation>kein aktuelles Credits-Abonnement</translation>
    </message>
    <message>
        <source>a customer search</source>
        <translation>keine Kundensuche</translation>
    </message>
    <message>
        <source>a monthly credits summary</source>
        <translation>keine monatliche Credits-Übersicht</translation>
    </message>
    <message>
        <source>a list of charges</source>
        <translation>keine Liste der Gebühren</translation>
    </message>
    <message>
        <source>Who am I</source>
        <translation>Wer bin ich</translation>
    </message>
    <message>
        <source>Plan list</source>
        <translation>Tarifliste</translation>
    </message>
    <message>
        <source>Plan change preview</source>
        <translation>Vorschau des Tarifwechsels</translation>
    </message>
    <message>
        <source>Coupon check</source>
        <translation>Gutscheinprüfung</translation>
    </message>
    <message>
        <source>Invoice list</source>
        <translation>Rechnungsliste</translation>
    </message>
    <message>
        <source>Invoice data</source>
        <translation>Rechnungsdaten</translation>
    </message>
    <message>
        <source>Payment list</source>
        <translation>Zahlungsliste</translation>
    </message>
    <message>
        <source>Revenue report</source>
        <translation>Umsatzbericht</translation>
    </message>
    <message>
        <source>Current subscription</source>
        <translation>Aktuelles Abonnement</translation>
    </message>
    <message>
        <source>Customer search</source>
        <translation>Kundensuche</translation>
    </message>
    <message>
        <source>Credits summary</source>
        <translation>Guthabenübersicht</translation>
    </message>
    <message>
        <source>Charge list</source>
        <translation>Abbuchungsliste</translation>
    </message>
</context>
<context>
    <name>Invoice</name>
    <message>
        <source>GSTIN: %1</source>
        <translation>GSTIN: %1</translation>
    </message>
    <message>
        <source>Period: %1 – %2</source>
        <translation>Zeitraum: %1 – %2</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Rechnung</translation>
    </message>
    <message>
        <source>Tax Invoice</source>
        <translation>Steuerrechnung</translation>
    </message>
    <message>
        <source>PAID</source>
        <translation>BEZAHLT</translation>
    </message>
    <message>
        <source>DRAFT</source>
        <translation>ENTWURF</translation>
    </message>
    <message>
        <source>VOID</source>
        <translation>STORNIERT</translation>
    </message>
    <message>
        <source>#</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>HSN/SAC</source>
        <translation>HSN/SAC</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Einzelpreis</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Rabatt</translation>
    </message>
    <message>
        <source>Taxable value</source>
        <translation>Steuerpflichtiger Betrag</translation>
    </message>
    <message>
        <source>This is a computer-generated invoice.</source>
        <translation>Diese Rechnung wurde maschinell erstellt.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>Invoice no.: %1</source>
        <translation>Rechnungsnr.: %1</translation>
    </message>
    <message>
        <source>Date of issue: %1</source>
        <translation>Ausstellungsdatum: %1</translation>
    </message>
    <message>
        <source>Due: %1</source>
        <translation>Fällig: %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Bill to</source>
        <translation>Rechnungsempfänger</translation>
    </message>
    <message>
        <source>Place of supply: %1 (%2)</source>
        <translation>Leistungsort: %1 (%2)</translation>
    </message>
    <message>
        <source>Tax payable on reverse charge: %1</source>
        <translation>Steuerschuldnerschaft des Leistungsempfängers: %1</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Currency: %1</source>
        <translation>Währung: %1</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>Zwischensumme</translation>
    </message>
    <message>
        <source>Discount (coupon %1)</source>
        <translation>Rabatt (Gutschein %1)</translation>
    </message>
    <message>
        <source>Round off</source>
        <translation>Rundung</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Amount paid</source>
        <translation>Gezahlter Betrag</translation>
    </message>
    <message>
        <source>Credits applied</source>
        <translation>Angerechnete Credits</translation>
    </message>
    <message>
        <source>Amount due</source>
        <translation>Fälliger Betrag</translation>
    </message>
    <message>
        <source>Tax summary</source>
        <translation>Steuerübersicht</translation>
    </message>
    <message>
        <source>Total tax</source>
        <translation>Steuer gesamt</translation>
    </message>
    <message>
        <source>Payment references: %1</source>
        <translation>Zahlungsreferenzen: %1</translation>
    </message>
    <message>
        <source>Authorised signatory, %1</source>
        <translation>Zeichnungsberechtigt, %1</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Ausgestellt</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Bezahlt</translation>
    </message>
    <message>
        <source>Partially paid</source>
        <translation>Teilweise bezahlt</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>Ungültig</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Satz</translation>
    </message>
</context>
<context>
    <name>InvoicesPane</name>
    <message>
        <source>Invoice %1 of %2…</source>
        <translation>Rechnung %1 von %2…</translation>
    </message>
    <message>
        <source>Could not write invoice %1.</source>
        <translation>Rechnung %1 konnte nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>System default</source>
        <translation>Systemvorgabe</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>Enter an amount.</source>
        <translation>Geben Sie einen Betrag ein.</translation>
    </message>
    <message>
        <source>“%1” is not an ISO 4217 currency code.</source>
        <translation>„%1“ ist kein ISO-4217-Währungscode.</translation>
    </message>
    <message>
        <source>The amount “%1” contains a space; write digits only, e.g. 999.00.</source>
        <translation>Der Betrag „%1“ enthält ein Leerzeichen; schreiben Sie nur Ziffern, z. B. 999.00.</translation>
    </message>
    <message>
        <source>The amount “%1” uses an exponent; write it out in plain digits.</source>
        <translation>Der Betrag „%1“ verwendet einen Exponenten; schreiben Sie ihn in Ziffern aus.</translation>
    </message>
    <message>
        <source>“%1” is not an amount; use digits with an optional &apos;-&apos; and &apos;.&apos;, e.g. 999.00.</source>
        <translation>„%1“ ist kein Betrag; verwenden Sie Ziffern mit optionalem „-“ und „.“, z. B. 999.00.</translation>
    </message>
    <message>
        <source>%1 has no minor unit: “%2” must be a whole number.</source>
        <translation>%1 hat keine Untereinheit: „%2“ muss eine ganze Zahl sein.</translation>
    </message>
    <message>
        <source>%1 amounts have at most %2 decimals; “%3” has more.</source>
        <translation>Beträge in %1 haben höchstens %2 Nachkommastellen; „%3“ hat mehr.</translation>
    </message>
    <message>
        <source>The amount “%1” has a sign in the wrong place; only a leading &apos;-&apos; is allowed.</source>
        <translation>Der Betrag „%1“ hat ein Vorzeichen an der falschen Stelle; erlaubt ist nur ein führendes „-“.</translation>
    </message>
    <message>
        <source>The amount “%1” is too large.</source>
        <translation>Der Betrag „%1“ ist zu groß.</translation>
    </message>
    <message>
        <source>more than can be added in %1</source>
        <translation>mehr, als sich in %1 addieren lässt</translation>
    </message>
</context>
<context>
    <name>PrintQueue</name>
    <message>
        <source>Printing to a printer needs the CUPS client (Debian package cups-client), which is not installed: lp was not found.</source>
        <translation>Zum Drucken auf einem Drucker wird der CUPS-Client (Debian-Paket cups-client) gebraucht, der nicht installiert ist: lp wurde nicht gefunden.</translation>
    </message>
    <message>
        <source>lp ended with code %1 and said nothing.</source>
        <translation>lp endete mit Code %1 ohne Meldung.</translation>
    </message>
    <message>
        <source>The print queue %1 did not answer within %2 s.</source>
        <translation>Die Druckwarteschlange %1 hat nicht innerhalb von %2 s geantwortet.</translation>
    </message>
    <message>
        <source>%1 The queue says: %2</source>
        <translation>%1 Die Warteschlange meldet: %2</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message numerus="yes">
        <source>The API keys of %n connection(s) moved into the keychain.</source>
        <translation>
            <numerusform>Der API-Schlüssel von %n Verbindung liegt jetzt im Schlüsselbund.</numerusform>
            <numerusform>Die API-Schlüssel von %n Verbindungen liegen jetzt im Schlüsselbund.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>%1 konnte nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Demo sandbox</source>
        <translation>Demo-Sandbox</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Tarif</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Period ends</source>
        <translation>Periode endet</translation>
    </message>
    <message>
        <source>The demo needs billing-sandbox, which is not installed here (Debian: install the billing-console-demo package).</source>
        <translation>Die Demo braucht billing-sandbox, das hier nicht installiert ist (Debian: Paket billing-console-demo installieren).</translation>
    </message>
</context>
<context>
    <name>Reconciliation</name>
    <message numerus="yes">
        <source>%n exceptions</source>
        <translation>
            <numerusform>%n Abweichung</numerusform>
            <numerusform>%n Abweichungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Super Admin</source>
        <translation>Super Admin</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Support</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Mitglied</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
</context>
<context>
    <name>RolePolicy</name>
    <message>
        <source>Only a Super Admin can edit any subscription; you are signed in as %1.</source>
        <translation>Nur ein Super Admin kann beliebige Abonnements bearbeiten; Sie sind angemeldet als %1.</translation>
    </message>
    <message>
        <source>Plan changes, cancellations and resumes are made by the organisation&apos;s Owner or Admin; as Super Admin use Edit with a reason.</source>
        <translation>Tarifwechsel, Kündigungen und Fortsetzungen nimmt der Owner oder Admin der Organisation vor; als Super Admin nutzen Sie „Bearbeiten“ mit Begründung.</translation>
    </message>
    <message>
        <source>Only an Owner or Admin can change the subscription; you are signed in as %1.</source>
        <translation>Nur ein Owner oder Admin kann das Abonnement ändern; Sie sind angemeldet als %1.</translation>
    </message>
    <message>
        <source>Payments are visible to Owners, Admins and Support; you are signed in as %1.</source>
        <translation>Zahlungen sehen Owner, Admins und Support; Sie sind angemeldet als %1.</translation>
    </message>
    <message>
        <source>Only an Owner, Admin or Super Admin can export payments; you are signed in as %1.</source>
        <translation>Nur ein Owner, Admin oder Super Admin kann Zahlungen exportieren; Sie sind angemeldet als %1.</translation>
    </message>
    <message>
        <source>Credit adjustments are made by Support or a Super Admin; you are signed in as %1.</source>
        <translation>Credit-Anpassungen nehmen Support oder ein Super Admin vor; Sie sind angemeldet als %1.</translation>
    </message>
    <message>
        <source>Only Support and Super Admins can open other customers&apos; ledgers; you are signed in as %1.</source>
        <translation>Nur Support und Super Admins können Konten anderer Kunden öffnen; Sie sind angemeldet als %1.</translation>
    </message>
    <message>
        <source>Only a Super Admin can change the daily check-in; you are signed in as %1.</source>
        <translation>Nur ein Super Admin kann den täglichen Check-in ändern; Sie sind angemeldet als %1.</translation>
    </message>
    <message>
        <source>Coupons and plans are managed by a Super Admin; you are signed in as %1.</source>
        <translation>Gutscheine und Tarife verwaltet ein Super-Admin; Sie sind angemeldet als %1.</translation>
    </message>
    <message>
        <source>Invoices are visible to Owners, Admins and Support; you are signed in as %1.</source>
        <translation>Rechnungen sehen Inhaber, Admins und Support; Sie sind angemeldet als %1.</translation>
    </message>
    <message>
        <source>Platform charges are managed by an Owner, Admin or Super Admin; you are signed in as %1.</source>
        <translation>Plattformgebühren verwalten Inhaber, Admins oder Super-Admins; Sie sind angemeldet als %1.</translation>
    </message>
    <message>
        <source>Purchases are made by the organisation&apos;s Owner or Admin.</source>
        <translation>Käufe tätigt der Owner oder Admin der Organisation.</translation>
    </message>
    <message>
        <source>A Super Admin works across organisations and has no subscription of their own.</source>
        <translation>Ein Super-Admin arbeitet organisationsübergreifend und hat kein eigenes Abonnement.</translation>
    </message>
    <message>
        <source>Reconciliation is for finance: an Owner, Admin or Super Admin; you are signed in as %1.</source>
        <translation>Der Abgleich ist Sache der Buchhaltung: Inhaber, Admin oder Super Admin; Sie sind angemeldet als %1.</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>No keychain is available (%1). The API key is kept in memory for this run only; the console will ask for it again next time.</source>
        <translation>Kein Schlüsselbund verfügbar (%1). Der API-Schlüssel bleibt nur für diese Sitzung im Speicher; die Konsole fragt beim nächsten Mal erneut danach.</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <source>Org billing</source>
        <translation>Organisationsabrechnung</translation>
    </message>
    <message>
        <source>Credits service</source>
        <translation>Guthabendienst</translation>
    </message>
    <message>
        <source>Platform charges</source>
        <translation>Plattform-Belastungen</translation>
    </message>
    <message>
        <source>Tier billing</source>
        <translation>Stufenabrechnung</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Authenticated</source>
        <translation>Authentifiziert</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Halted</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Gekündigt</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Past due</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Authorised</source>
        <translation>Autorisiert</translation>
    </message>
    <message>
        <source>Captured</source>
        <translation>Eingezogen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Erstattet</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>UPI</source>
        <translation>UPI</translation>
    </message>
    <message>
        <source>Net banking</source>
        <translation>Onlinebanking</translation>
    </message>
    <message>
        <source>Wallet</source>
        <translation>Wallet</translation>
    </message>
    <message>
        <source>e-Mandate</source>
        <translation>E-Mandat</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>Überweisung</translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation>Abonnement</translation>
    </message>
    <message>
        <source>Credits</source>
        <translation>Credits</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Bezahlt</translation>
    </message>
    <message>
        <source>Stripe</source>
        <translation>Stripe</translation>
    </message>
    <message>
        <source>Creem</source>
        <translation>Creem</translation>
    </message>
    <message>
        <source>Razorpay</source>
        <translation>Razorpay</translation>
    </message>
    <message>
        <source>One-time</source>
        <translation>Einmalig</translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <translation>Wartet auf Freigabe</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Frozen</source>
        <translation>Eingefroren</translation>
    </message>
    <message>
        <source>Percent off</source>
        <translation>Prozentrabatt</translation>
    </message>
    <message>
        <source>Amount off</source>
        <translation>Betragsrabatt</translation>
    </message>
    <message>
        <source>Once</source>
        <translation>Einmalig</translation>
    </message>
    <message>
        <source>Repeating</source>
        <translation>Wiederkehrend</translation>
    </message>
    <message>
        <source>Forever</source>
        <translation>Unbefristet</translation>
    </message>
    <message>
        <source>AI usage</source>
        <translation>KI-Nutzung</translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation>Kauf</translation>
    </message>
    <message>
        <source>Plan grant</source>
        <translation>Tarifgutschrift</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <source>Manual adjustment</source>
        <translation>Manuelle Anpassung</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Erstattung</translation>
    </message>
    <message>
        <source>Goodwill</source>
        <translation>Kulanz</translation>
    </message>
    <message>
        <source>Service outage</source>
        <translation>Dienstausfall</translation>
    </message>
    <message>
        <source>Billing error</source>
        <translation>Abrechnungsfehler</translation>
    </message>
    <message>
        <source>Promotion</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Fraud reversal</source>
        <translation>Betrugsrückbuchung</translation>
    </message>
    <message>
        <source>Migration</source>
        <translation>Migration</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Free</translation>
    </message>
    <message>
        <source>Pro</source>
        <translation>Pro</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>Enterprise</translation>
    </message>
    <message>
        <source>a month</source>
        <translation>pro Monat</translation>
    </message>
    <message>
        <source>a year</source>
        <translation>pro Jahr</translation>
    </message>
    <message>
        <source>per period</source>
        <translation>pro Zeitraum</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Monatlich</translation>
    </message>
    <message>
        <source>Yearly</source>
        <translation>Jährlich</translation>
    </message>
    <message>
        <source>Subscription started</source>
        <translation>Abonnement begonnen</translation>
    </message>
    <message>
        <source>Plan changed</source>
        <translation>Tarif gewechselt</translation>
    </message>
    <message>
        <source>Cancellation at period end</source>
        <translation>Kündigung zum Periodenende</translation>
    </message>
    <message>
        <source>Resumed</source>
        <translation>Fortgesetzt</translation>
    </message>
    <message>
        <source>Renewed</source>
        <translation>Verlängert</translation>
    </message>
    <message>
        <source>Payment failed</source>
        <translation>Zahlung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Edited by an administrator</source>
        <translation>Von einem Administrator bearbeitet</translation>
    </message>
    <message>
        <source>Other change</source>
        <translation>Sonstige Änderung</translation>
    </message>
</context>
<context>
    <name>bc</name>
    <message>
        <source>Razorpay settlement reconciliation report</source>
        <translation>Razorpay-Abrechnungsabgleichsbericht</translation>
    </message>
    <message>
        <source>Stripe itemised balance change or payout reconciliation report</source>
        <translation>Stripe-Bericht der Saldoänderungen oder Auszahlungsabgleich (einzeln)</translation>
    </message>
    <message>
        <source>Missing at the provider</source>
        <translation>Fehlt beim Anbieter</translation>
    </message>
    <message>
        <source>Unknown to the server</source>
        <translation>Dem Server unbekannt</translation>
    </message>
    <message>
        <source>Amount differs</source>
        <translation>Betrag weicht ab</translation>
    </message>
    <message>
        <source>Currency differs</source>
        <translation>Währung weicht ab</translation>
    </message>
    <message>
        <source>Status differs</source>
        <translation>Status weicht ab</translation>
    </message>
    <message>
        <source>Outside the dates</source>
        <translation>Außerhalb des Zeitraums</translation>
    </message>
    <message>
        <source>Settled twice</source>
        <translation>Doppelt abgerechnet</translation>
    </message>
    <message>
        <source>Paid on %1 (%2, refunded since) but not in %3’s report</source>
        <translation>Bezahlt am %1 (%2, inzwischen erstattet), aber nicht im Bericht von %3</translation>
    </message>
    <message>
        <source>Paid on %1 (%2) but not in %3’s report</source>
        <translation>Bezahlt am %1 (%2), aber nicht im Bericht von %3</translation>
    </message>
    <message>
        <source>%1 settled %2 paid on %3; the server has no such payment</source>
        <translation>%1 hat %2 (bezahlt am %3) abgerechnet; der Server kennt diese Zahlung nicht</translation>
    </message>
    <message>
        <source>The server says %1; %2 says %3</source>
        <translation>Laut Server %1; laut %2 %3</translation>
    </message>
    <message>
        <source>Refunded on the server; %1’s report has no refund</source>
        <translation>Auf dem Server erstattet; der Bericht von %1 enthält keine Erstattung</translation>
    </message>
    <message>
        <source>Refunded at %1 (%2); still captured on the server</source>
        <translation>Bei %1 erstattet (%2); auf dem Server noch eingezogen</translation>
    </message>
    <message>
        <source>%1 on the server; %2 settled it (%3)</source>
        <translation>%1 auf dem Server; %2 hat sie abgerechnet (%3)</translation>
    </message>
    <message>
        <source>Refund of %1 for a payment the server did not list for these dates (paid before them, or unknown to it)</source>
        <translation>Erstattung von %1 für eine Zahlung, die der Server für diesen Zeitraum nicht aufführt (früher bezahlt oder ihm unbekannt)</translation>
    </message>
    <message>
        <source>Paid on %1, outside the dates reconciled (%2)</source>
        <translation>Bezahlt am %1, außerhalb des abgeglichenen Zeitraums (%2)</translation>
    </message>
    <message>
        <source>Settled on %1, outside the dates reconciled</source>
        <translation>Abgerechnet am %1, außerhalb des abgeglichenen Zeitraums</translation>
    </message>
    <message>
        <source>In %1’s report more than once (again on line %2)</source>
        <translation>Mehrfach im Bericht von %1 (erneut in Zeile %2)</translation>
    </message>
    <message>
        <source>%1: the sums are too large to add up exactly; no totals given</source>
        <translation>%1: Die Summen sind zu groß, um exakt addiert zu werden; keine Summen angegeben</translation>
    </message>
    <message>
        <source>%1: %2 matched (%3), fees %4, tax on fees %5, refunds %6, net settled %7, %8</source>
        <translation>%1: %2 abgeglichen (%3), Gebühren %4, Steuer auf Gebühren %5, Erstattungen %6, netto abgerechnet %7, %8</translation>
    </message>
</context>
<context>
    <name>bc::ApiTransport</name>
    <message>
        <source>older changes are waiting to be sent first</source>
        <translation>ältere Änderungen werden zuerst gesendet</translation>
    </message>
</context>
<context>
    <name>bc::BuyCreditsDialog</name>
    <message>
        <source>Buy credits</source>
        <translation>Credits kaufen</translation>
    </message>
    <message>
        <source>Continue to payment</source>
        <translation>Weiter zur Zahlung</translation>
    </message>
    <message>
        <source> × 1,000 credits</source>
        <translation> × 1.000 Credits</translation>
    </message>
    <message>
        <source>&amp;Credits:</source>
        <translation>&amp;Credits:</translation>
    </message>
    <message>
        <source>Pay &amp;with:</source>
        <translation>Bezahlen &amp;mit:</translation>
    </message>
    <message>
        <source>Opening the checkout…</source>
        <translation>Bezahlseite wird geöffnet…</translation>
    </message>
</context>
<context>
    <name>bc::CancelDialog</name>
    <message>
        <source>Cancel subscription — %1</source>
        <translation>Abonnement kündigen — %1</translation>
    </message>
    <message>
        <source>At the end of the period, on %1 (the customer keeps access until then)</source>
        <translation>Zum Periodenende am %1 (der Kunde behält bis dahin Zugang)</translation>
    </message>
    <message>
        <source>Immediately (access ends now; no refund is made here)</source>
        <translation>Sofort (der Zugang endet jetzt; hier wird nichts erstattet)</translation>
    </message>
    <message>
        <source>%1 is on %2 (%3).</source>
        <translation>%1 ist im Tarif %2 (%3).</translation>
    </message>
    <message>
        <source>Reason for cancelling</source>
        <translation>Kündigungsgrund</translation>
    </message>
    <message>
        <source>Why is the customer cancelling?</source>
        <translation>Warum kündigt der Kunde?</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <source>Keep subscription</source>
        <translation>Abonnement behalten</translation>
    </message>
    <message>
        <source>Cancel subscription</source>
        <translation>Abonnement kündigen</translation>
    </message>
    <message>
        <source>Give a reason; it is kept with the change.</source>
        <translation>Geben Sie einen Grund an; er wird mit der Änderung gespeichert.</translation>
    </message>
</context>
<context>
    <name>bc::CheckinSettingsDialog</name>
    <message>
        <source>Daily check-in</source>
        <translation>Täglicher Check-in</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Customers can check in once a day</source>
        <translation>Kunden können sich einmal täglich einchecken</translation>
    </message>
    <message>
        <source> credits</source>
        <translation> Credits</translation>
    </message>
    <message>
        <source>&amp;Award:</source>
        <translation>&amp;Gutschrift:</translation>
    </message>
    <message>
        <source>Loading the current settings…</source>
        <translation>Die aktuellen Einstellungen werden geladen …</translation>
    </message>
</context>
<context>
    <name>bc::CheckoutDialog</name>
    <message>
        <source>Downloads are not allowed in the checkout.</source>
        <translation>Downloads sind in der Bezahlseite nicht erlaubt.</translation>
    </message>
    <message>
        <source>The payment page&apos;s certificate could not be verified (%1). The checkout was stopped to keep the payment safe.</source>
        <translation>Das Zertifikat der Bezahlseite konnte nicht geprüft werden (%1). Die Bezahlung wurde zum Schutz der Zahlung angehalten.</translation>
    </message>
</context>
<context>
    <name>bc::CheckoutFlow</name>
    <message>
        <source>Pay %1 — %2</source>
        <translation>%1 bezahlen — %2</translation>
    </message>
    <message>
        <source>The payment failed: %1. Nothing was changed.</source>
        <translation>Die Zahlung ist fehlgeschlagen: %1. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The checkout was closed before paying. Nothing was changed.</source>
        <translation>Die Bezahlseite wurde vor der Zahlung geschlossen. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The payment could not be confirmed: %1</source>
        <translation>Die Zahlung konnte nicht bestätigt werden: %1</translation>
    </message>
    <message>
        <source>Paid. %1 is now on %2.</source>
        <translation>Bezahlt. %1 ist jetzt im Tarif %2.</translation>
    </message>
    <message>
        <source>Checkout</source>
        <translation>Bezahlung</translation>
    </message>
    <message>
        <source>Paid. The credits arrive as soon as the provider confirms the payment.</source>
        <translation>Bezahlt. Die Credits kommen an, sobald der Anbieter die Zahlung bestätigt.</translation>
    </message>
    <message>
        <source>The checkout was left before paying. Nothing was changed.</source>
        <translation>Die Bezahlseite wurde vor der Zahlung verlassen. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Billing portal</source>
        <translation>Abrechnungsportal</translation>
    </message>
    <message>
        <source>Back from the billing portal.</source>
        <translation>Zurück aus dem Abrechnungsportal.</translation>
    </message>
    <message>
        <source>Upgrade</source>
        <translation>Upgrade</translation>
    </message>
    <message>
        <source>Approve charge</source>
        <translation>Belastung freigeben</translation>
    </message>
    <message>
        <source>The charge was approved.</source>
        <translation>Die Belastung wurde freigegeben.</translation>
    </message>
    <message>
        <source>The charge was not approved.</source>
        <translation>Die Belastung wurde nicht freigegeben.</translation>
    </message>
    <message>
        <source>You are now on %1.</source>
        <translation>Sie haben jetzt %1.</translation>
    </message>
    <message>
        <source>Back from the checkout; the plan is still %1. If you paid, it changes as soon as the provider confirms the payment.</source>
        <translation>Zurück von der Bezahlseite; der Tarif ist weiterhin %1. Falls Sie bezahlt haben, ändert er sich, sobald der Anbieter die Zahlung bestätigt.</translation>
    </message>
</context>
<context>
    <name>bc::CommandPalette</name>
    <message>
        <source>Go to…</source>
        <translation>Gehe zu…</translation>
    </message>
    <message>
        <source>Pane, action, customer, subscription or invoice</source>
        <translation>Bereich, Aktion, Kunde, Abonnement oder Rechnung</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Treffer</translation>
    </message>
</context>
<context>
    <name>bc::ConnectionDialog</name>
    <message>
        <source>Connect to your billing server</source>
        <translation>Mit Ihrem Abrechnungsserver verbinden</translation>
    </message>
    <message>
        <source>Edit connection</source>
        <translation>Verbindung bearbeiten</translation>
    </message>
    <message>
        <source>Connection name</source>
        <translation>Name der Verbindung</translation>
    </message>
    <message>
        <source>e.g. Acme production</source>
        <translation>z. B. Acme Produktion</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Serveradresse</translation>
    </message>
    <message>
        <source>https://billing.example.com</source>
        <translation>https://billing.example.com</translation>
    </message>
    <message>
        <source>API family</source>
        <translation>API-Familie</translation>
    </message>
    <message>
        <source>What this key is</source>
        <translation>Rolle dieses Schlüssels</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>Kept in your system&apos;s keychain, never in a file</source>
        <translation>Im Schlüsselbund Ihres Systems, nie in einer Datei</translation>
    </message>
    <message>
        <source>Company id</source>
        <translation>Firmen-ID</translation>
    </message>
    <message>
        <source>Extension id</source>
        <translation>Erweiterungs-ID</translation>
    </message>
    <message>
        <source>Currency of bare amounts</source>
        <translation>Währung von Beträgen ohne Angabe</translation>
    </message>
    <message>
        <source>e.g. USD</source>
        <translation>z. B. EUR</translation>
    </message>
    <message>
        <source>How the server writes amounts</source>
        <translation>Wie der Server Beträge schreibt</translation>
    </message>
    <message>
        <source>In cents (999 is 9.99)</source>
        <translation>In Cent (999 ist 9,99)</translation>
    </message>
    <message>
        <source>In whole units (999 is 999.00)</source>
        <translation>In ganzen Einheiten (999 ist 999,00)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>Server&amp;adresse:</translation>
    </message>
    <message>
        <source>&amp;Speaks:</source>
        <translation>&amp;Spricht:</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API-&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>The key &amp;is:</source>
        <translation>Der Schlüssel &amp;ist:</translation>
    </message>
    <message>
        <source>&amp;Company id:</source>
        <translation>&amp;Firmen-ID:</translation>
    </message>
    <message>
        <source>E&amp;xtension id:</source>
        <translation>E&amp;rweiterungs-ID:</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>&amp;Währung:</translation>
    </message>
    <message>
        <source>Amounts &amp;written:</source>
        <translation>Beträge &amp;geschrieben:</translation>
    </message>
    <message>
        <source>Checkout may show:</source>
        <translation>Bezahlseite darf zeigen:</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>What the test found</source>
        <translation>Was der Test ergab</translation>
    </message>
    <message>
        <source>Give the connection a name.</source>
        <translation>Geben Sie der Verbindung einen Namen.</translation>
    </message>
    <message>
        <source>Another connection is called “%1”.</source>
        <translation>Eine andere Verbindung heißt bereits „%1“.</translation>
    </message>
    <message>
        <source>Enter the server&apos;s address, e.g. https://billing.example.com.</source>
        <translation>Geben Sie die Adresse des Servers ein, z. B. https://billing.example.com.</translation>
    </message>
    <message>
        <source>Enter the API key.</source>
        <translation>Geben Sie den API-Schlüssel ein.</translation>
    </message>
    <message>
        <source>Platform charges need the company id and the extension id.</source>
        <translation>Plattform-Abbuchungen brauchen die Firmen-ID und die Erweiterungs-ID.</translation>
    </message>
    <message>
        <source>The currency is a three-letter code, e.g. USD.</source>
        <translation>Die Währung ist ein Code aus drei Buchstaben, z. B. EUR.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>this server</source>
        <translation>dieser Server</translation>
    </message>
    <message>
        <source>Ask the server, with only the reads its document lists</source>
        <translation>Den Server fragen, nur mit den Lesezugriffen, die sein Dokument nennt</translation>
    </message>
    <message>
        <source>Test the connection and save it</source>
        <translation>Verbindung testen und speichern</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; If not, change the currency or the units.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; Falls nicht, ändern Sie die Währung oder die Einheiten.</translation>
    </message>
    <message>
        <source>The connection works.</source>
        <translation>Die Verbindung funktioniert.</translation>
    </message>
    <message>
        <source>The connection does not work</source>
        <translation>Die Verbindung funktioniert nicht</translation>
    </message>
    <message>
        <source>%1

Save it anyway? The console will say the same when it opens this connection.</source>
        <translation>%1

Trotzdem speichern? Die Konsole sagt dasselbe, wenn sie diese Verbindung öffnet.</translation>
    </message>
</context>
<context>
    <name>bc::ConnectionsDialog</name>
    <message>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <source>Saved connections</source>
        <translation>Gespeicherte Verbindungen</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>%1 — %2, %3 as %4</source>
        <translation>%1 — %2, %3 als %4</translation>
    </message>
    <message>
        <source>Choose a connection first.</source>
        <translation>Wählen Sie zuerst eine Verbindung.</translation>
    </message>
    <message>
        <source>Saved; the API key is in your keychain.</source>
        <translation>Gespeichert; der API-Schlüssel liegt in Ihrem Schlüsselbund.</translation>
    </message>
    <message>
        <source>Remove connection</source>
        <translation>Verbindung entfernen</translation>
    </message>
    <message>
        <source>Remove “%1” and its API key from the keychain? The server keeps its data.</source>
        <translation>„%1“ und seinen API-Schlüssel aus dem Schlüsselbund entfernen? Der Server behält seine Daten.</translation>
    </message>
</context>
<context>
    <name>bc::CouponCheckDialog</name>
    <message>
        <source>Check a coupon</source>
        <translation>Gutschein prüfen</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Code:</translation>
    </message>
    <message>
        <source>&amp;Plan:</source>
        <translation>&amp;Tarif:</translation>
    </message>
    <message>
        <source>C&amp;ycle:</source>
        <translation>&amp;Zyklus:</translation>
    </message>
    <message>
        <source>%1 Price after discount: %2.</source>
        <translation>%1 Preis nach Rabatt: %2.</translation>
    </message>
</context>
<context>
    <name>bc::CouponDialog</name>
    <message>
        <source>New coupon</source>
        <translation>Neuer Gutschein</translation>
    </message>
    <message>
        <source>Create coupon</source>
        <translation>Gutschein anlegen</translation>
    </message>
    <message>
        <source>e.g. SPRING25</source>
        <translation>z. B. SPRING25</translation>
    </message>
    <message>
        <source>25 (percent) or 500.00 (amount)</source>
        <translation>25 (Prozent) oder 500.00 (Betrag)</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Unbegrenzt</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Code:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Wert:</translation>
    </message>
    <message>
        <source>C&amp;urrency (amount off):</source>
        <translation>W&amp;ährung (Betragsrabatt):</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>&amp;Laufzeit:</translation>
    </message>
    <message>
        <source>&amp;Months (repeating):</source>
        <translation>&amp;Monate (wiederkehrend):</translation>
    </message>
    <message>
        <source>Valid &amp;until:</source>
        <translation>Gültig &amp;bis:</translation>
    </message>
    <message>
        <source>Redemption &amp;limit:</source>
        <translation>Einlöse&amp;grenze:</translation>
    </message>
    <message>
        <source>Percent off must be more than 0 and at most 100, with at most two decimals, e.g. 25 or 12.5.</source>
        <translation>Der Prozentrabatt muss größer als 0 und höchstens 100 sein, mit höchstens zwei Nachkommastellen, z. B. 25 oder 12,5.</translation>
    </message>
    <message>
        <source>Amount off: %1</source>
        <translation>Rabattbetrag: %1</translation>
    </message>
</context>
<context>
    <name>bc::CouponsPane</name>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Rabatt</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Laufzeit</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n Monat</numerusform>
            <numerusform>%n Monate</numerusform>
        </translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Gültig ab</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Verbraucht</translation>
    </message>
    <message>
        <source>New coupon…</source>
        <translation>Neuer Gutschein…</translation>
    </message>
    <message>
        <source>Check a code…</source>
        <translation>Code prüfen…</translation>
    </message>
    <message>
        <source>Coupons: %1</source>
        <translation>Gutscheine: %1</translation>
    </message>
    <message>
        <source>Coupon %1 created.</source>
        <translation>Gutschein %1 angelegt.</translation>
    </message>
    <message>
        <source>Coupons</source>
        <translation>Gutscheine</translation>
    </message>
</context>
<context>
    <name>bc::CreditBatchDialog</name>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Adjust many customers&apos; credits</source>
        <translation>Guthaben vieler Kunden korrigieren</translation>
    </message>
    <message>
        <source>Apply batch</source>
        <translation>Stapel buchen</translation>
    </message>
    <message>
        <source>One row a customer: the customer&apos;s id, email or name; the credits to add (+500) or take (-200); a reason code; a note. A first line may name the columns in any order. Nothing is sent until you apply the batch.</source>
        <translation>Eine Zeile je Kunde: ID, E-Mail-Adresse oder Name des Kunden; das Guthaben, das gutgeschrieben (+500) oder abgezogen (-200) wird; ein Grund; eine Notiz. Eine erste Zeile darf die Spalten in beliebiger Reihenfolge benennen. Gesendet wird erst, wenn Sie den Stapel buchen.</translation>
    </message>
    <message>
        <source>Rows to adjust</source>
        <translation>Zu korrigierende Zeilen</translation>
    </message>
    <message>
        <source>Paste rows from a spreadsheet here, or open a CSV file</source>
        <translation>Zeilen aus einer Tabelle hier einfügen oder eine CSV-Datei öffnen</translation>
    </message>
    <message>
        <source>&amp;Open CSV file…</source>
        <translation>CSV-Datei &amp;öffnen…</translation>
    </message>
    <message>
        <source>C&amp;heck rows</source>
        <translation>Zeilen &amp;prüfen</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Balance now</source>
        <translation>Guthaben jetzt</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Nicht bekannt</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Balance after</source>
        <translation>Guthaben danach</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Problems or outcome</source>
        <translation>Probleme oder Ergebnis</translation>
    </message>
    <message>
        <source>Reason for the batch</source>
        <translation>Grund für den Stapel</translation>
    </message>
    <message>
        <source>e.g. Outage of 1 December, ticket 4711 — kept with every row</source>
        <translation>z. B. Ausfall am 1. Dezember, Ticket 4711 — bei jeder Zeile vermerkt</translation>
    </message>
    <message>
        <source>Allow balances to go below zero</source>
        <translation>Guthaben unter null zulassen</translation>
    </message>
    <message>
        <source>Skip the rows with problems and apply the others</source>
        <translation>Zeilen mit Problemen überspringen und die übrigen buchen</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <source>&amp;Save result…</source>
        <translation>Ergebnis &amp;speichern…</translation>
    </message>
    <message>
        <source>Open rows to adjust</source>
        <translation>Zu korrigierende Zeilen öffnen</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV-Dateien (*.csv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>Looking up %n customer(s)…</source>
        <translation>
            <numerusform>%n Kunde wird gesucht…</numerusform>
            <numerusform>%n Kunden werden gesucht…</numerusform>
        </translation>
    </message>
    <message>
        <source>The customers could not be looked up: %1</source>
        <translation>Die Kunden konnten nicht gesucht werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s); %1 with problems; total change %2 credits.</source>
        <translation>
            <numerusform>%n Zeile; %1 mit Problemen; Änderung insgesamt %2 Guthaben.</numerusform>
            <numerusform>%n Zeilen; %1 mit Problemen; Änderung insgesamt %2 Guthaben.</numerusform>
        </translation>
    </message>
    <message>
        <source>The batch is being applied.</source>
        <translation>Der Stapel wird gebucht.</translation>
    </message>
    <message>
        <source>Check the rows first.</source>
        <translation>Prüfen Sie zuerst die Zeilen.</translation>
    </message>
    <message>
        <source>Mend the rows with problems, or tick the box to skip them.</source>
        <translation>Beheben Sie die Zeilen mit Problemen oder kreuzen Sie an, sie zu überspringen.</translation>
    </message>
    <message>
        <source>No row can be applied.</source>
        <translation>Keine Zeile kann gebucht werden.</translation>
    </message>
    <message>
        <source>Write why this batch is applied; it is kept with every row.</source>
        <translation>Schreiben Sie, warum dieser Stapel gebucht wird; es wird bei jeder Zeile vermerkt.</translation>
    </message>
    <message>
        <source>Sends each row once, with its own key</source>
        <translation>Sendet jede Zeile einmal, mit eigenem Schlüssel</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Apply again to send the rest: no row is applied twice.</source>
        <translation>Buchen Sie erneut, um den Rest zu senden: keine Zeile wird zweimal gebucht.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Save the batch&apos;s result</source>
        <translation>Ergebnis des Stapels speichern</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Saved the result to %1.</source>
        <translation>Ergebnis in %1 gespeichert.</translation>
    </message>
    <message>
        <source>Resuming batch %1 as it was confirmed: rows the server already applied answer “applied earlier”.</source>
        <translation>Stapel %1 wird so fortgesetzt, wie er bestätigt wurde: Zeilen, die der Server schon gebucht hat, antworten mit „früher gebucht“.</translation>
    </message>
</context>
<context>
    <name>bc::CreditLedgerModel</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Credits</source>
        <translation>Credits</translation>
    </message>
    <message>
        <source>Balance after</source>
        <translation>Saldo danach</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Operator · reason</source>
        <translation>Bearbeiter · Grund</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>Buchung</translation>
    </message>
</context>
<context>
    <name>bc::CreditLedgerPane</name>
    <message>
        <source>C&amp;ustomer:</source>
        <translation>K&amp;unde:</translation>
    </message>
    <message>
        <source>&amp;Adjust credits…</source>
        <translation>Credits &amp;anpassen…</translation>
    </message>
    <message>
        <source>Check-in settings…</source>
        <translation>Check-in-Einstellungen…</translation>
    </message>
    <message>
        <source>Transaction type</source>
        <translation>Buchungsart</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <source>Filter descriptions</source>
        <translation>Beschreibungen filtern</translation>
    </message>
    <message>
        <source>Load &amp;everything</source>
        <translation>&amp;Alles laden</translation>
    </message>
    <message>
        <source>Fetch the whole ledger so that sorting and filtering cover every row</source>
        <translation>Das ganze Konto laden, damit Sortieren und Filtern jede Zeile erfassen</translation>
    </message>
    <message>
        <source>Credit ledger</source>
        <translation>Credit-Konto</translation>
    </message>
    <message>
        <source>Stop loading</source>
        <translation>Laden anhalten</translation>
    </message>
    <message>
        <source>Choose a customer first.</source>
        <translation>Wählen Sie zuerst einen Kunden.</translation>
    </message>
    <message>
        <source>Add or take credits with a reason (Ctrl+Shift+A)</source>
        <translation>Credits mit Begründung gutschreiben oder abziehen (Strg+Umschalt+A)</translation>
    </message>
    <message>
        <source>%1 credits</source>
        <translation>%1 Credits</translation>
    </message>
    <message>
        <source>No customer matches “%1”.</source>
        <translation>Kein Kunde passt zu „%1“.</translation>
    </message>
    <message>
        <source>%1 transactions</source>
        <translation>%1 Buchungen</translation>
    </message>
    <message>
        <source>%1 loaded, more as you scroll</source>
        <translation>%1 geladen, weitere beim Blättern</translation>
    </message>
    <message>
        <source> · %1 shown</source>
        <translation> · %1 angezeigt</translation>
    </message>
    <message>
        <source>%1 %2 credits for %3; balance now %4.</source>
        <translation>%1: %2 Credits für %3; Saldo jetzt %4.</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Gutgeschrieben</translation>
    </message>
    <message>
        <source>Took</source>
        <translation>Abgezogen</translation>
    </message>
    <message>
        <source>Type the id of the organisation whose credits you adjust, then press Enter.</source>
        <translation>Geben Sie die ID der Organisation ein, deren Guthaben Sie anpassen, und drücken Sie die Eingabetaste.</translation>
    </message>
    <message>
        <source>Organisation id, to adjust its credits</source>
        <translation>Organisations-ID, um ihr Guthaben anzupassen</translation>
    </message>
    <message>
        <source>This server has no customer search: the ledger shows every organisation&apos;s transactions. Type an organisation&apos;s id to adjust its credits.</source>
        <translation>Dieser Server hat keine Kundensuche: Das Journal zeigt die Buchungen aller Organisationen. Geben Sie die ID einer Organisation ein, um ihr Guthaben anzupassen.</translation>
    </message>
    <message>
        <source>%1 · balance not shown by this server</source>
        <translation>%1 · Saldo wird von diesem Server nicht angezeigt</translation>
    </message>
    <message>
        <source>%1 %2 credits for %3.</source>
        <translation>%1 %2 Credits für %3.</translation>
    </message>
    <message>
        <source>Choose a customer: type a name, email or id under Customer.</source>
        <translation>Wählen Sie einen Kunden: Namen, E-Mail oder ID unter „Kunde“ eingeben.</translation>
    </message>
    <message>
        <source>Adjust &amp;many…</source>
        <translation>&amp;Viele korrigieren…</translation>
    </message>
    <message>
        <source>Credit or debit many customers at once from a CSV file or rows pasted from a spreadsheet</source>
        <translation>Vielen Kunden auf einmal gutschreiben oder abziehen, aus einer CSV-Datei oder aus einer Tabelle eingefügten Zeilen</translation>
    </message>
</context>
<context>
    <name>bc::CreditPlanDialog</name>
    <message>
        <source>Edit plan %1</source>
        <translation>Tarif %1 bearbeiten</translation>
    </message>
    <message>
        <source>New plan</source>
        <translation>Neuer Tarif</translation>
    </message>
    <message>
        <source>Save plan</source>
        <translation>Tarif speichern</translation>
    </message>
    <message>
        <source>Create plan</source>
        <translation>Tarif anlegen</translation>
    </message>
    <message>
        <source>e.g. 29.00</source>
        <translation>z. B. 29.00</translation>
    </message>
    <message>
        <source>e.g. 290.00</source>
        <translation>z. B. 290.00</translation>
    </message>
    <message>
        <source>Offered to customers</source>
        <translation>Für Kunden angeboten</translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation>&amp;ID:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>W&amp;ährung:</translation>
    </message>
    <message>
        <source>&amp;Monthly price:</source>
        <translation>&amp;Monatspreis:</translation>
    </message>
    <message>
        <source>&amp;Yearly price:</source>
        <translation>&amp;Jahrespreis:</translation>
    </message>
    <message>
        <source>C&amp;redits included:</source>
        <translation>Enthaltene C&amp;redits:</translation>
    </message>
    <message>
        <source>&amp;Features (one a line):</source>
        <translation>&amp;Leistungen (eine pro Zeile):</translation>
    </message>
    <message>
        <source>Creem &amp;product id:</source>
        <translation>Creem-&amp;Produkt-ID:</translation>
    </message>
    <message>
        <source>Monthly price: %1</source>
        <translation>Monatspreis: %1</translation>
    </message>
    <message>
        <source>Yearly price: %1</source>
        <translation>Jahrespreis: %1</translation>
    </message>
</context>
<context>
    <name>bc::CustomerPane</name>
    <message numerus="yes">
        <source>%Ln credit(s)</source>
        <translation>
            <numerusform>%Ln Credit</numerusform>
            <numerusform>%Ln Credits</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 credits</source>
        <translation>%1 Credits</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Billed through</source>
        <translation>Abgerechnet über</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Tarif</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Cycle</source>
        <translation>Zyklus</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Period ends</source>
        <translation>Zeitraum endet</translation>
    </message>
    <message>
        <source>Cancels at period end</source>
        <translation>Endet zum Periodenende</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Rechnung</translation>
    </message>
    <message>
        <source>(no number)</source>
        <translation>(ohne Nummer)</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Ausgestellt</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Due by</source>
        <translation>Fällig am</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Zahlungsart</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Credits</source>
        <translation>Credits</translation>
    </message>
    <message>
        <source>Balance after</source>
        <translation>Saldo danach</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Paid through</source>
        <translation>Bezahlt über</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>Activated</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>C&amp;ustomer:</source>
        <translation>K&amp;unde:</translation>
    </message>
    <message>
        <source>&amp;Adjust credits…</source>
        <translation>Credits &amp;anpassen…</translation>
    </message>
    <message>
        <source>Change &amp;plan…</source>
        <translation>&amp;Tarif wechseln…</translation>
    </message>
    <message>
        <source>&amp;Cancel subscription…</source>
        <translation>Abo &amp;kündigen…</translation>
    </message>
    <message>
        <source>&amp;Resume subscription…</source>
        <translation>Abo &amp;fortsetzen…</translation>
    </message>
    <message>
        <source>&amp;Edit subscription…</source>
        <translation>Abo &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>Open billing &amp;portal…</source>
        <translation>Abrechnungs&amp;portal öffnen…</translation>
    </message>
    <message>
        <source>Organisation id</source>
        <translation>Organisations-ID</translation>
    </message>
    <message>
        <source>Type the organisation&apos;s id and press Enter.</source>
        <translation>Geben Sie die ID der Organisation ein und drücken Sie die Eingabetaste.</translation>
    </message>
    <message>
        <source>No customer matches “%1”.</source>
        <translation>Kein Kunde passt zu „%1“.</translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation>Abos</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Rechnungen</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Zahlungen</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Bestellungen</translation>
    </message>
    <message>
        <source>Platform charges</source>
        <translation>Plattformgebühren</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Choose a customer</source>
        <translation>Kunden wählen</translation>
    </message>
    <message>
        <source>Type a name, email or organisation id under Customer to see everything about them: subscriptions, invoices, payments, credits and the changes made for them.</source>
        <translation>Geben Sie unter Kunde einen Namen, eine E-Mail-Adresse oder eine Organisations-ID ein, um alles zu diesem Kunden zu sehen: Abos, Rechnungen, Zahlungen, Credits und die für ihn vorgenommenen Änderungen.</translation>
    </message>
    <message>
        <source>Your organisation</source>
        <translation>Ihre Organisation</translation>
    </message>
    <message>
        <source>No change has been made for this customer from this computer.</source>
        <translation>Von diesem Computer aus wurde für diesen Kunden noch nichts geändert.</translation>
    </message>
    <message>
        <source>No subscription in any billing family.</source>
        <translation>Kein Abo in einer der Abrechnungsarten.</translation>
    </message>
    <message>
        <source>Only a Super Admin can read another organisation&apos;s subscriptions; you are signed in as %1.</source>
        <translation>Nur ein Super Admin kann die Abos einer anderen Organisation lesen; Sie sind als %1 angemeldet.</translation>
    </message>
    <message>
        <source>This connection&apos;s billing family lists no subscriptions of other organisations.</source>
        <translation>Die Abrechnungsart dieser Verbindung listet keine Abos anderer Organisationen.</translation>
    </message>
    <message>
        <source>Credits and tier subscriptions are read by the organisation itself and are not shown here.</source>
        <translation>Credit- und Stufen-Abos liest nur die Organisation selbst; sie erscheinen hier nicht.</translation>
    </message>
    <message>
        <source>This connection&apos;s billing family has no invoices.</source>
        <translation>Die Abrechnungsart dieser Verbindung hat keine Rechnungen.</translation>
    </message>
    <message>
        <source>No invoice yet.</source>
        <translation>Noch keine Rechnung.</translation>
    </message>
    <message>
        <source>GSTIN %1</source>
        <translation>GSTIN %1</translation>
    </message>
    <message>
        <source>This connection&apos;s billing family has no payment list.</source>
        <translation>Die Abrechnungsart dieser Verbindung hat keine Zahlungsliste.</translation>
    </message>
    <message>
        <source>The Payments pane reads them from the payments export.</source>
        <translation>Der Bereich Zahlungen liest sie aus dem Zahlungsexport.</translation>
    </message>
    <message>
        <source>No payment yet.</source>
        <translation>Noch keine Zahlung.</translation>
    </message>
    <message>
        <source>This connection has no credits family.</source>
        <translation>Diese Verbindung hat keine Credits.</translation>
    </message>
    <message>
        <source>No credit transaction yet.</source>
        <translation>Noch keine Credit-Buchung.</translation>
    </message>
    <message>
        <source>This connection has no credits family, so no credit orders.</source>
        <translation>Diese Verbindung hat keine Credits, also auch keine Credit-Bestellungen.</translation>
    </message>
    <message>
        <source>Orders are read by the organisation itself; the credits document lists no other organisation&apos;s orders.</source>
        <translation>Bestellungen liest nur die Organisation selbst; das Credits-Dokument listet keine Bestellungen anderer Organisationen.</translation>
    </message>
    <message>
        <source>No order yet.</source>
        <translation>Noch keine Bestellung.</translation>
    </message>
    <message>
        <source>This connection has no platform charges.</source>
        <translation>Diese Verbindung hat keine Plattformgebühren.</translation>
    </message>
    <message>
        <source>Platform charges belong to the company&apos;s own connection.</source>
        <translation>Plattformgebühren gehören zur eigenen Verbindung des Unternehmens.</translation>
    </message>
    <message>
        <source>The Platform charges pane shows the ones this console created.</source>
        <translation>Der Bereich Plattformgebühren zeigt die, die diese Konsole angelegt hat.</translation>
    </message>
    <message>
        <source>No platform charge yet.</source>
        <translation>Noch keine Plattformgebühr.</translation>
    </message>
    <message>
        <source>%1 · %2 until %3</source>
        <translation>%1 · %2 bis %3</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 due on %n invoice(s)</source>
        <translation>
            <numerusform>%1 offen auf %n Rechnung</numerusform>
            <numerusform>%1 offen auf %n Rechnungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing due</source>
        <translation>Nichts offen</translation>
    </message>
    <message>
        <source>Choose a customer first.</source>
        <translation>Wählen Sie zuerst einen Kunden.</translation>
    </message>
    <message>
        <source>Add or take credits with a reason</source>
        <translation>Credits mit Begründung gutschreiben oder abziehen</translation>
    </message>
    <message>
        <source>This customer has no subscription billed by invoice.</source>
        <translation>Dieser Kunde hat kein per Rechnung abgerechnetes Abo.</translation>
    </message>
    <message>
        <source>Only an active subscription can change plan.</source>
        <translation>Nur ein aktives Abo kann den Tarif wechseln.</translation>
    </message>
    <message>
        <source>Compare the plans and the proration before changing</source>
        <translation>Tarife und anteilige Verrechnung vor dem Wechsel vergleichen</translation>
    </message>
    <message>
        <source>This subscription is not active.</source>
        <translation>Dieses Abo ist nicht aktiv.</translation>
    </message>
    <message>
        <source>Already set to cancel at the end of the period.</source>
        <translation>Bereits zum Periodenende gekündigt.</translation>
    </message>
    <message>
        <source>Cancel now or at the end of the period, with a reason</source>
        <translation>Sofort oder zum Periodenende kündigen, mit Begründung</translation>
    </message>
    <message>
        <source>Withdraw the scheduled cancellation</source>
        <translation>Die geplante Kündigung zurücknehmen</translation>
    </message>
    <message>
        <source>Change the status, plan or period, with a reason</source>
        <translation>Status, Tarif oder Zeitraum mit Begründung ändern</translation>
    </message>
    <message>
        <source>No credits or tier subscription to manage.</source>
        <translation>Kein Credit- oder Stufen-Abo zu verwalten.</translation>
    </message>
    <message>
        <source>Payment methods, receipts and cancellation in the provider&apos;s portal</source>
        <translation>Zahlungsmittel, Belege und Kündigung im Portal des Anbieters</translation>
    </message>
    <message>
        <source>%1 credits for %2; balance now %3.</source>
        <translation>%1 Credits für %2; Saldo jetzt %3.</translation>
    </message>
    <message>
        <source>%1 credits for %2.</source>
        <translation>%1 Credits für %2.</translation>
    </message>
</context>
<context>
    <name>bc::CustomerPicker</name>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Find a customer by name, email or id</source>
        <translation>Kunden nach Name, E-Mail oder ID suchen</translation>
    </message>
</context>
<context>
    <name>bc::DashboardPane</name>
    <message>
        <source>Subscriptions by plan and status</source>
        <translation>Abonnements nach Tarif und Status</translation>
    </message>
    <message>
        <source>Credits granted and used by month</source>
        <translation>Gewährte und verbrauchte Credits pro Monat</translation>
    </message>
    <message>
        <source>&lt;b&gt;Past due&lt;/b&gt; — payment failed, service at risk</source>
        <translation>&lt;b&gt;Überfällig&lt;/b&gt; — Zahlung fehlgeschlagen, Dienst gefährdet</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cancelling at period end&lt;/b&gt; — still time to talk</source>
        <translation>&lt;b&gt;Kündigung zum Periodenende&lt;/b&gt; — noch Zeit für ein Gespräch</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Gewährt</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Verbraucht</translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation>Abonnements</translation>
    </message>
    <message>
        <source>Past due subscriptions</source>
        <translation>Überfällige Abonnements</translation>
    </message>
    <message>
        <source>Subscriptions cancelling at period end</source>
        <translation>Abonnements, die zum Periodenende enden</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Nothing past due: every subscription&apos;s last payment went through.</source>
        <translation>Nichts überfällig: Die letzte Zahlung jedes Abos ist eingegangen.</translation>
    </message>
    <message>
        <source>No subscription is set to cancel at the end of its period.</source>
        <translation>Kein Abo ist zum Ende seines Zeitraums gekündigt.</translation>
    </message>
    <message>
        <source>Credits granted and used by month, %1</source>
        <translation>Vergebene und verbrauchte Credits je Monat, %1</translation>
    </message>
    <message>
        <source>Revenue in %1 by month, %2 (captured payments)</source>
        <translation>Umsatz in %1 je Monat, %2 (eingezogene Zahlungen)</translation>
    </message>
    <message>
        <source>No captured payments yet.</source>
        <translation>Noch keine eingezogenen Zahlungen.</translation>
    </message>
    <message>
        <source>too large to add</source>
        <translation>zu groß zum Addieren</translation>
    </message>
    <message>
        <source>Recurring revenue in %1</source>
        <translation>Wiederkehrender Umsatz in %1</translation>
    </message>
    <message numerus="yes">
        <source>MRR in %1 (ARR %2) · %n paying</source>
        <translation>
            <numerusform>MRR in %1 (ARR %2) · %n zahlend</numerusform>
            <numerusform>MRR in %1 (ARR %2) · %n zahlend</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>past due in %1 · %n subscription(s)</source>
        <translation>
            <numerusform>überfällig in %1 · %n Abo</numerusform>
            <numerusform>überfällig in %1 · %n Abos</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 new · %2 churned</source>
        <translation>%1 neu · %2 gekündigt</translation>
    </message>
    <message>
        <source>subscriptions this month</source>
        <translation>Abos in diesem Monat</translation>
    </message>
    <message>
        <source>Nothing</source>
        <translation>Nichts</translation>
    </message>
    <message numerus="yes">
        <source>outstanding on %n invoice(s)</source>
        <translation>
            <numerusform>offen auf %n Rechnung</numerusform>
            <numerusform>offen auf %n Rechnungen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2 so far</source>
        <translation>%1, %2 bisher</translation>
    </message>
</context>
<context>
    <name>bc::DatePresetBox</name>
    <message>
        <source>Date range</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Benutzerdefiniert</translation>
    </message>
</context>
<context>
    <name>bc::EmbeddedSandbox</name>
    <message>
        <source>The demo sandbox printed something unexpected: %1</source>
        <translation>Die Demo-Sandbox hat Unerwartetes ausgegeben: %1</translation>
    </message>
    <message>
        <source>Could not start the demo sandbox (%1): %2</source>
        <translation>Die Demo-Sandbox konnte nicht gestartet werden (%1): %2</translation>
    </message>
    <message>
        <source>The demo sandbox stopped (exit %1): %2</source>
        <translation>Die Demo-Sandbox wurde beendet (Exit %1): %2</translation>
    </message>
    <message>
        <source>Demo · Super Admin (all organisations)</source>
        <translation>Demo · Super Admin (alle Organisationen)</translation>
    </message>
    <message>
        <source>Demo · %1 (Acme Retail)</source>
        <translation>Demo · %1 (Acme Retail)</translation>
    </message>
    <message>
        <source>Demo · Support (every customer)</source>
        <translation>Demo · Support (alle Kunden)</translation>
    </message>
</context>
<context>
    <name>bc::InvoicesPane</name>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Ausgestellt</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Ab Datum</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Bis Datum</translation>
    </message>
    <message>
        <source>Invoice status</source>
        <translation>Rechnungsstatus</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Bezahlt</translation>
    </message>
    <message>
        <source>Issued (unpaid)</source>
        <translation>Ausgestellt (unbezahlt)</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Open PDF</source>
        <translation>PDF öffnen</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Save invoice</source>
        <translation>Rechnung speichern</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <source>Save %n invoices to</source>
        <translation>
            <numerusform>%n Rechnung speichern in</numerusform>
            <numerusform>%n Rechnungen speichern in</numerusform>
        </translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Drucken…</translation>
    </message>
    <message>
        <source>Invoice logo…</source>
        <translation>Rechnungslogo…</translation>
    </message>
    <message>
        <source>Logo for invoices rendered here</source>
        <translation>Logo für hier erstellte Rechnungen</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Bilder (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>The seller&apos;s logo printed on invoices rendered, previewed and printed here (kept per profile)</source>
        <translation>Das Logo des Verkäufers auf hier erstellten, angezeigten und gedruckten Rechnungen (pro Profil gespeichert)</translation>
    </message>
    <message>
        <source>Open the server&apos;s PDF of the selected invoice</source>
        <translation>Das PDF des Servers zur gewählten Rechnung öffnen</translation>
    </message>
    <message>
        <source>Show the selected invoice as it will print (Ctrl+Shift+P)</source>
        <translation>Die gewählte Rechnung so zeigen, wie sie gedruckt wird (Strg+Umschalt+P)</translation>
    </message>
    <message>
        <source>Render the selected invoices here and save them as PDF (Ctrl+S)</source>
        <translation>Die gewählten Rechnungen hier erstellen und als PDF speichern (Strg+S)</translation>
    </message>
    <message>
        <source>Print the selected invoices (Ctrl+P)</source>
        <translation>Die gewählten Rechnungen drucken (Strg+P)</translation>
    </message>
    <message>
        <source>Loading invoices…</source>
        <translation>Rechnungen werden geladen…</translation>
    </message>
    <message>
        <source>Invoices: %1</source>
        <translation>Rechnungen: %1</translation>
    </message>
    <message>
        <source> · outstanding %1</source>
        <translation> · offen %1</translation>
    </message>
    <message>
        <source>Invoices rendered here no longer carry a logo.</source>
        <translation>Hier erstellte Rechnungen tragen kein Logo mehr.</translation>
    </message>
    <message>
        <source>%1 is not a PNG or JPEG image this console can read.</source>
        <translation>%1 ist kein PNG- oder JPEG-Bild, das die Konsole lesen kann.</translation>
    </message>
    <message>
        <source>Invoices rendered here now carry the logo %1.</source>
        <translation>Hier erstellte Rechnungen tragen jetzt das Logo %1.</translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation>Vorschau wird vorbereitet…</translation>
    </message>
    <message>
        <source>Invoice %1</source>
        <translation>Rechnung %1</translation>
    </message>
    <message>
        <source>Cannot create a temporary file: %1</source>
        <translation>Temporäre Datei kann nicht angelegt werden: %1</translation>
    </message>
    <message>
        <source>Rendering invoices…</source>
        <translation>Rechnungen werden erstellt…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message numerus="yes">
        <source>Stopped after %n invoice(s).</source>
        <translation>
            <numerusform>Nach %n Rechnung angehalten.</numerusform>
            <numerusform>Nach %n Rechnungen angehalten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n invoice(s).</source>
        <translation>
            <numerusform>%n Rechnung gespeichert.</numerusform>
            <numerusform>%n Rechnungen gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Rechnungen</translation>
    </message>
    <message>
        <source>Open PDF shows the server&apos;s own.</source>
        <translation>„PDF öffnen“ zeigt die des Servers.</translation>
    </message>
    <message>
        <source>This server has no list of invoices: these are the invoices its payments export names, with what was paid. Open PDF shows the server&apos;s own invoice.</source>
        <translation>Dieser Server hat keine Rechnungsliste: Dies sind die Rechnungen, die sein Zahlungsexport nennt, mit dem gezahlten Betrag. „PDF öffnen“ zeigt die Rechnung des Servers.</translation>
    </message>
    <message>
        <source>This server has no list of invoices, and its payments export names none: there is nothing to list here.</source>
        <translation>Dieser Server hat keine Rechnungsliste, und sein Zahlungsexport nennt keine: Hier gibt es nichts aufzulisten.</translation>
    </message>
    <message>
        <source>This server has no list of invoices; they could be found in its payments export, which you may not download: %1</source>
        <translation>Dieser Server hat keine Rechnungsliste; die Rechnungen stünden in seinem Zahlungsexport, den Sie nicht herunterladen dürfen: %1</translation>
    </message>
    <message>
        <source>This server has no list of invoices: its payments export names only invoices that were paid.</source>
        <translation>Dieser Server hat keine Rechnungsliste: Sein Zahlungsexport nennt nur bezahlte Rechnungen.</translation>
    </message>
    <message>
        <source>Save the server&apos;s PDFs of the selected invoices (Ctrl+S)</source>
        <translation>Die PDFs des Servers für die ausgewählten Rechnungen speichern (Strg+S)</translation>
    </message>
    <message>
        <source>This server gives invoices only as their own PDF files, which cannot be merged into one here; save them to a folder instead.</source>
        <translation>Dieser Server liefert Rechnungen nur als eigene PDF-Dateien, die sich hier nicht zu einer zusammenfügen lassen; speichern Sie sie stattdessen in einen Ordner.</translation>
    </message>
    <message>
        <source>Downloading invoices…</source>
        <translation>Rechnungen werden heruntergeladen…</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Save each as PDF…</source>
        <translation>Einzeln als PDF speichern…</translation>
    </message>
    <message>
        <source>Save as one PDF…</source>
        <translation>Als ein PDF speichern…</translation>
    </message>
    <message numerus="yes">
        <source>Save %n invoice(s) as one PDF</source>
        <translation>
            <numerusform>%n Rechnung als ein PDF speichern</numerusform>
            <numerusform>%n Rechnungen als ein PDF speichern</numerusform>
        </translation>
    </message>
    <message>
        <source>Email to customer…</source>
        <translation>An Kunden mailen…</translation>
    </message>
    <message>
        <source>Its PDFs come one file per invoice: use Save each as PDF.</source>
        <translation>Seine PDFs kommen als eine Datei je Rechnung: Verwenden Sie „Einzeln als PDF speichern“.</translation>
    </message>
    <message>
        <source>The selected invoices, or every invoice shown when none is selected, in one PDF (Ctrl+Shift+S)</source>
        <translation>Die gewählten Rechnungen, oder alle angezeigten, wenn keine gewählt ist, in einem PDF (Strg+Umschalt+S)</translation>
    </message>
    <message>
        <source>Select the invoices to send.</source>
        <translation>Wählen Sie die zu sendenden Rechnungen.</translation>
    </message>
    <message>
        <source>Open your mail program with the PDF attached and the customer&apos;s address filled in</source>
        <translation>Ihr E-Mail-Programm mit angehängtem PDF und eingetragener Adresse des Kunden öffnen</translation>
    </message>
    <message numerus="yes">
        <source> · %n selected, %1</source>
        <translation>
            <numerusform> · %n ausgewählt, %1</numerusform>
            <numerusform> · %n ausgewählt, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The selected invoices are for different customers; send each customer theirs.</source>
        <translation>Die gewählten Rechnungen gehören verschiedenen Kunden; senden Sie jedem Kunden seine.</translation>
    </message>
    <message>
        <source>No mail program can be started from here: xdg-email (Debian package xdg-utils) is not installed. Save the invoice as PDF and attach it in your mail program.</source>
        <translation>Von hier kann kein E-Mail-Programm gestartet werden: xdg-email (Debian-Paket xdg-utils) ist nicht installiert. Speichern Sie die Rechnung als PDF und hängen Sie sie in Ihrem E-Mail-Programm an.</translation>
    </message>
    <message>
        <source>Cannot create a folder for the PDFs in %1.</source>
        <translation>In %1 kann kein Ordner für die PDFs angelegt werden.</translation>
    </message>
    <message>
        <source>Invoices %1</source>
        <translation>Rechnungen %1</translation>
    </message>
    <message numerus="yes">
        <source>Dear %1,

please find attached %n invoice(s): %2.
</source>
        <translation>
            <numerusform>Guten Tag %1,

anbei erhalten Sie %n Rechnung: %2.
</numerusform>
            <numerusform>Guten Tag %1,

anbei erhalten Sie %n Rechnungen: %2.
</numerusform>
        </translation>
    </message>
    <message>
        <source>customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>The mail program could not be started (%1): %2</source>
        <translation>Das E-Mail-Programm konnte nicht gestartet werden (%1): %2</translation>
    </message>
    <message numerus="yes">
        <source>Your mail program has a new message with %n invoice(s) attached; the invoice has no email address, so fill in the recipient.</source>
        <translation>
            <numerusform>Ihr E-Mail-Programm hat eine neue Nachricht mit %n angehängten Rechnung; die Rechnung nennt keine E-Mail-Adresse, tragen Sie den Empfänger ein.</numerusform>
            <numerusform>Ihr E-Mail-Programm hat eine neue Nachricht mit %n angehängten Rechnungen; die Rechnungen nennen keine E-Mail-Adresse, tragen Sie den Empfänger ein.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your mail program has a new message to %1 with %n invoice(s) attached.</source>
        <translation>
            <numerusform>Ihr E-Mail-Programm hat eine neue Nachricht an %1 mit %n angehängten Rechnung.</numerusform>
            <numerusform>Ihr E-Mail-Programm hat eine neue Nachricht an %1 mit %n angehängten Rechnungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>No mail program is set up on this computer, so the message could not be opened. Save the invoice as PDF and attach it in your mail program.</source>
        <translation>Auf diesem Computer ist kein E-Mail-Programm eingerichtet, daher konnte die Nachricht nicht geöffnet werden. Speichern Sie die Rechnung als PDF und hängen Sie sie in Ihrem E-Mail-Programm an.</translation>
    </message>
    <message>
        <source>The mail program did not open the message: %1</source>
        <translation>Das E-Mail-Programm hat die Nachricht nicht geöffnet: %1</translation>
    </message>
    <message>
        <source>exit code %1</source>
        <translation>Exit-Code %1</translation>
    </message>
    <message>
        <source>No program to show PDFs is installed here (for example Evince or Okular, or a web browser). Use Save each as PDF to keep the invoice.</source>
        <translation>Hier ist kein Programm zum Anzeigen von PDFs installiert (etwa Evince, Okular oder ein Webbrowser). Verwenden Sie „Einzeln als PDF speichern“, um die Rechnung zu behalten.</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n invoice(s) in one PDF: %1</source>
        <translation>
            <numerusform>%n Rechnung in einem PDF gespeichert: %1</numerusform>
            <numerusform>%n Rechnungen in einem PDF gespeichert: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n invoice(s) to %1.</source>
        <translation>
            <numerusform>%n Rechnung in %1 gespeichert.</numerusform>
            <numerusform>%n Rechnungen in %1 gespeichert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s)</source>
        <translation>
            <numerusform>%n Rechnung</numerusform>
            <numerusform>%n Rechnungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Preparing the invoices for %1…</source>
        <translation>Rechnungen für %1 werden vorbereitet…</translation>
    </message>
    <message>
        <source>Printing stopped before anything was sent to %1.</source>
        <translation>Drucken abgebrochen, bevor etwas an %1 ging.</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n invoice(s) to %1 as job %2.</source>
        <translation>
            <numerusform>%n Rechnung als Auftrag %2 an %1 gesendet.</numerusform>
            <numerusform>%n Rechnungen als Auftrag %2 an %1 gesendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>The printer %1 refused the job: %2</source>
        <translation>Der Drucker %1 hat den Auftrag abgelehnt: %2</translation>
    </message>
</context>
<context>
    <name>bc::JournalPane</name>
    <message>
        <source>#</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Request id</source>
        <translation>Anfrage-ID</translation>
    </message>
    <message>
        <source>Idempotency key</source>
        <translation>Idempotenzschlüssel</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Operator journal</source>
        <translation>Bedienerjournal</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <source>Check that no entry was edited or removed since it was written</source>
        <translation>Prüfen, dass kein Eintrag seit dem Schreiben geändert oder entfernt wurde</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>Save the journal as CSV (spreadsheets) or JSON (with the hashes, verifiable)</source>
        <translation>Das Journal als CSV (Tabellenkalkulation) oder JSON (mit Hashes, prüfbar) speichern</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message numerus="yes">
        <source>The journal is intact: %n entries, each linked to the one before.</source>
        <translation>
            <numerusform>Das Journal ist unversehrt: %n Eintrag, mit dem vorigen verkettet.</numerusform>
            <numerusform>Das Journal ist unversehrt: %n Einträge, jeder mit dem vorigen verkettet.</numerusform>
        </translation>
    </message>
    <message>
        <source>The journal does not verify: %1.</source>
        <translation>Das Journal ist nicht unversehrt: %1.</translation>
    </message>
    <message>
        <source>Export the journal</source>
        <translation>Journal exportieren</translation>
    </message>
    <message>
        <source>CSV (*.csv);;JSON with hashes (*.json)</source>
        <translation>CSV (*.csv);;JSON mit Hashes (*.json)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n entries to %1.</source>
        <translation>
            <numerusform>%n Eintrag nach %1 exportiert.</numerusform>
            <numerusform>%n Einträge nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Angewendet</translation>
    </message>
    <message>
        <source>Already applied (same idempotency key)</source>
        <translation>Bereits angewendet (gleicher Idempotenzschlüssel)</translation>
    </message>
    <message>
        <source>Applied from Pending changes</source>
        <translation>Aus „Ausstehende Änderungen“ angewendet</translation>
    </message>
    <message>
        <source>Queued: server unreachable</source>
        <translation>Eingereiht: Server nicht erreichbar</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Refused when sent from Pending changes</source>
        <translation>Beim Senden aus „Ausstehende Änderungen“ abgelehnt</translation>
    </message>
    <message>
        <source>Discarded</source>
        <translation>Verworfen</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Gedruckt</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exportiert</translation>
    </message>
    <message>
        <source>Stopped by the user</source>
        <translation>Vom Benutzer angehalten</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>HTTP status</source>
        <translation>HTTP-Status</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>Body sent</source>
        <translation>Gesendeter Inhalt</translation>
    </message>
    <message>
        <source>Choose an entry to see what was done, for whom and why.</source>
        <translation>Wählen Sie einen Eintrag, um zu sehen, was für wen und warum getan wurde.</translation>
    </message>
    <message>
        <source>When: %1</source>
        <translation>Wann: %1</translation>
    </message>
    <message>
        <source>Who: %1 (%2)</source>
        <translation>Wer: %1 (%2)</translation>
    </message>
    <message>
        <source>Customer: %1</source>
        <translation>Kunde: %1</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Grund: %1</translation>
    </message>
    <message>
        <source>Outcome: %1</source>
        <translation>Ergebnis: %1</translation>
    </message>
    <message>
        <source>Request: %1
HTTP status: %2
Request id: %3
Idempotency key: %4
Profile: %5

Body sent:
%6

Answer:
%7

Hash: %8</source>
        <translation>Anfrage: %1
HTTP-Status: %2
Anfrage-ID: %3
Idempotenzschlüssel: %4
Profil: %5

Gesendeter Inhalt:
%6

Antwort:
%7

Hash: %8</translation>
    </message>
    <message>
        <source>not reached</source>
        <translation>nicht erreicht</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
    <message>
        <source>The newest %1 of %2; older entries load as you scroll. The journal covers every profile used on this computer.</source>
        <translation>Die neuesten %1 von %2; ältere Einträge werden beim Blättern geladen. Das Journal umfasst alle Profile, die auf diesem Computer verwendet werden.</translation>
    </message>
    <message>
        <source>%1; newest first. The journal covers every profile used on this computer.</source>
        <translation>%1, die neuesten zuerst. Das Journal umfasst alle Profile, die auf diesem Computer verwendet werden.</translation>
    </message>
    <message>
        <source>Verifying the journal…</source>
        <translation>Journal wird geprüft…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Verification stopped; nothing was found wrong so far.</source>
        <translation>Prüfung angehalten; bis hierhin war alles in Ordnung.</translation>
    </message>
    <message>
        <source>Nothing recorded yet. Every change made from this console (a credit adjustment, a plan change, a cancellation) is recorded here with who made it and why.</source>
        <translation>Noch nichts aufgezeichnet. Jede Änderung aus dieser Konsole (eine Credit-Anpassung, ein Tarifwechsel, eine Kündigung) wird hier mit Bearbeiter und Grund aufgezeichnet.</translation>
    </message>
</context>
<context>
    <name>bc::JournalWords</name>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Plan: %1</source>
        <translation>Tarif: %1</translation>
    </message>
    <message>
        <source>Billing cycle: %1</source>
        <translation>Abrechnungszeitraum: %1</translation>
    </message>
    <message>
        <source>Period ends: %1</source>
        <translation>Zeitraum endet: %1</translation>
    </message>
    <message>
        <source>Cancel at period end: %1</source>
        <translation>Kündigung zum Periodenende: %1</translation>
    </message>
    <message>
        <source>Credit adjustment for %1: %2 credits</source>
        <translation>Guthabenkorrektur für %1: %2 Credits</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Grund: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Notiz: %1</translation>
    </message>
    <message>
        <source>Subscription edited</source>
        <translation>Abonnement bearbeitet</translation>
    </message>
    <message>
        <source>Plan changed</source>
        <translation>Tarif gewechselt</translation>
    </message>
    <message>
        <source>Cancellation at the end of the period</source>
        <translation>Kündigung zum Ende des Zeitraums</translation>
    </message>
    <message>
        <source>Subscription cancelled now</source>
        <translation>Abonnement sofort gekündigt</translation>
    </message>
    <message>
        <source>Cancellation withdrawn</source>
        <translation>Kündigung zurückgenommen</translation>
    </message>
    <message>
        <source>Checkout started</source>
        <translation>Bezahlvorgang begonnen</translation>
    </message>
    <message>
        <source>Coupon: %1</source>
        <translation>Gutschein: %1</translation>
    </message>
    <message>
        <source>Payment confirmed</source>
        <translation>Zahlung bestätigt</translation>
    </message>
    <message>
        <source>Credits purchase started</source>
        <translation>Credit-Kauf begonnen</translation>
    </message>
    <message>
        <source>Subscription checkout started</source>
        <translation>Abonnement-Bezahlvorgang begonnen</translation>
    </message>
    <message>
        <source>Paid through: %1</source>
        <translation>Bezahlt über: %1</translation>
    </message>
    <message>
        <source>Billing portal opened</source>
        <translation>Abrechnungsportal geöffnet</translation>
    </message>
    <message>
        <source>Tier upgrade started</source>
        <translation>Stufen-Upgrade begonnen</translation>
    </message>
    <message>
        <source>Tier: %1</source>
        <translation>Stufe: %1</translation>
    </message>
    <message>
        <source>Daily check-in</source>
        <translation>Täglicher Check-in</translation>
    </message>
    <message>
        <source>Check-in settings changed</source>
        <translation>Check-in-Einstellungen geändert</translation>
    </message>
    <message>
        <source>Enabled: %1</source>
        <translation>Aktiv: %1</translation>
    </message>
    <message>
        <source>Credits: %1</source>
        <translation>Credits: %1</translation>
    </message>
    <message>
        <source>Credit plan created: %1</source>
        <translation>Credit-Tarif angelegt: %1</translation>
    </message>
    <message>
        <source>Credit plan edited: %1</source>
        <translation>Credit-Tarif bearbeitet: %1</translation>
    </message>
    <message>
        <source>Coupon created: %1</source>
        <translation>Gutschein angelegt: %1</translation>
    </message>
    <message>
        <source>One-time charge created: %1</source>
        <translation>Einmalige Gebühr angelegt: %1</translation>
    </message>
    <message>
        <source>Platform subscription created: %1</source>
        <translation>Plattform-Abonnement angelegt: %1</translation>
    </message>
    <message>
        <source>Platform subscription cancelled</source>
        <translation>Plattform-Abonnement gekündigt</translation>
    </message>
    <message>
        <source>Sandbox clock advanced</source>
        <translation>Sandbox-Uhr vorgestellt</translation>
    </message>
    <message>
        <source>Payments exported as CSV</source>
        <translation>Zahlungen als CSV exportiert</translation>
    </message>
    <message>
        <source>Invoices saved as PDF</source>
        <translation>Rechnungen als PDF gespeichert</translation>
    </message>
    <message>
        <source>Invoices printed</source>
        <translation>Rechnungen gedruckt</translation>
    </message>
    <message>
        <source>Organisation %1</source>
        <translation>Organisation %1</translation>
    </message>
    <message>
        <source>Pending change discarded: %1</source>
        <translation>Ausstehende Änderung verworfen: %1</translation>
    </message>
</context>
<context>
    <name>bc::MainWindow</name>
    <message>
        <source>Billing Console</source>
        <translation>Billing Console</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>&amp;Profile: </source>
        <translation>&amp;Profil: </translation>
    </message>
    <message>
        <source>Connection profile</source>
        <translation>Verbindungsprofil</translation>
    </message>
    <message>
        <source>Switch the server or role you work as (Ctrl+Shift+S)</source>
        <translation>Server oder Rolle wechseln, mit der Sie arbeiten (Strg+Umschalt+S)</translation>
    </message>
    <message>
        <source>Panes</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <source>Pending changes</source>
        <translation>Ausstehende Änderungen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Switch profile</source>
        <translation>Profil &amp;wechseln</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Go to…</source>
        <translation>&amp;Gehe zu…</translation>
    </message>
    <message>
        <source>&amp;Detach pane</source>
        <translation>Bereich &amp;abkoppeln</translation>
    </message>
    <message>
        <source>&amp;Subscription</source>
        <translation>&amp;Abonnement</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Billing Console</source>
        <translation>Ü&amp;ber Billing Console</translation>
    </message>
    <message>
        <source>About Billing Console</source>
        <translation>Über Billing Console</translation>
    </message>
    <message>
        <source>Billing Console %1
A desktop console for subscription billing.</source>
        <translation>Billing Console %1
Eine Desktop-Konsole für die Abonnement-Abrechnung.</translation>
    </message>
    <message>
        <source>⚠ Offline: showing saved data; changes wait in Pending changes</source>
        <translation>⚠ Offline: gespeicherte Daten; Änderungen warten unter „Ausstehende Änderungen“</translation>
    </message>
    <message>
        <source>The billing server is back; panes refreshed.</source>
        <translation>Der Abrechnungsserver ist wieder da; die Bereiche wurden aktualisiert.</translation>
    </message>
    <message>
        <source>Pending changes (%1)</source>
        <translation>Ausstehende Änderungen (%1)</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>Pane</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation>Abonnement</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Rechnung</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>%1 — Billing Console</source>
        <translation>%1 — Billing Console</translation>
    </message>
    <message>
        <source>“%1” is open in its own window.</source>
        <translation>„%1“ ist in einem eigenen Fenster geöffnet.</translation>
    </message>
    <message>
        <source>Demo sandbox · %1</source>
        <translation>Demo-Sandbox · %1</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbindung wird hergestellt…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>The console uses %1 from its next start.</source>
        <translation>Die Konsole verwendet ab dem nächsten Start %1.</translation>
    </message>
    <message>
        <source>Connections…</source>
        <translation>Verbindungen…</translation>
    </message>
    <message>
        <source>Add, edit, test or remove the billing servers you connect to</source>
        <translation>Abrechnungsserver hinzufügen, bearbeiten, testen oder entfernen</translation>
    </message>
    <message>
        <source>API key for %1</source>
        <translation>API-Schlüssel für %1</translation>
    </message>
    <message>
        <source>The keychain has no API key for “%1” (%2). Enter it to connect; it goes into the keychain.</source>
        <translation>Der Schlüsselbund hat keinen API-Schlüssel für „%1“ (%2). Geben Sie ihn zum Verbinden ein; er kommt in den Schlüsselbund.</translation>
    </message>
    <message>
        <source>&amp;Connections…</source>
        <translation>&amp;Verbindungen…</translation>
    </message>
    <message>
        <source>No API key for %1: choose File › Connections… to enter one.</source>
        <translation>Kein API-Schlüssel für %1: Wählen Sie Datei › Verbindungen…, um einen einzugeben.</translation>
    </message>
    <message>
        <source>%1 › %2</source>
        <translation>%1 › %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 credits</source>
        <translation>%1 Credits</translation>
    </message>
    <message>
        <source>&amp;Edit connection…</source>
        <translation>Verbindung &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>The server refused the API key of “%1”: %2 Enter a valid key in the connection.</source>
        <translation>Der Server hat den API-Schlüssel von „%1“ abgelehnt: %2 Tragen Sie in der Verbindung einen gültigen Schlüssel ein.</translation>
    </message>
    <message>
        <source>The server refused the API key of “%1”: %2</source>
        <translation>Der Server hat den API-Schlüssel von „%1“ abgelehnt: %2</translation>
    </message>
</context>
<context>
    <name>bc::ManualAdjustmentDialog</name>
    <message>
        <source>Adjust credits — %1</source>
        <translation>Credits anpassen — %1</translation>
    </message>
    <message>
        <source>Current balance: %1 credits</source>
        <translation>Aktueller Saldo: %1 Credits</translation>
    </message>
    <message>
        <source>Credits to add or take</source>
        <translation>Gutzuschreibende oder abzuziehende Credits</translation>
    </message>
    <message>
        <source>e.g. 500 to add, -200 to take</source>
        <translation>z. B. 500 zum Gutschreiben, -200 zum Abziehen</translation>
    </message>
    <message>
        <source>Reason code</source>
        <translation>Grundcode</translation>
    </message>
    <message>
        <source>Choose a reason…</source>
        <translation>Grund wählen…</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>What happened, ticket number — kept with the transaction</source>
        <translation>Was passiert ist, Ticketnummer — wird mit der Buchung gespeichert</translation>
    </message>
    <message>
        <source>Allow the balance to go below zero</source>
        <translation>Negativen Saldo erlauben</translation>
    </message>
    <message>
        <source>&amp;Credits:</source>
        <translation>&amp;Credits:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <source>Apply adjustment</source>
        <translation>Anpassung buchen</translation>
    </message>
    <message>
        <source>Enter a whole number of credits, positive to add, negative to take.</source>
        <translation>Geben Sie eine ganze Zahl an Credits ein: positiv zum Gutschreiben, negativ zum Abziehen.</translation>
    </message>
    <message>
        <source>Enter the credits to add or take.</source>
        <translation>Geben Sie die gutzuschreibenden oder abzuziehenden Credits ein.</translation>
    </message>
    <message>
        <source>Balance after: %1 → %2 credits</source>
        <translation>Saldo danach: %1 → %2 Credits</translation>
    </message>
    <message>
        <source>This takes the balance below zero; tick the box to allow it.</source>
        <translation>Damit wird der Saldo negativ; setzen Sie das Häkchen, um das zu erlauben.</translation>
    </message>
    <message>
        <source>Choose a reason code.</source>
        <translation>Wählen Sie einen Grundcode.</translation>
    </message>
    <message>
        <source>Write a note; it is kept with the transaction.</source>
        <translation>Schreiben Sie eine Notiz; sie wird mit der Buchung gespeichert.</translation>
    </message>
    <message>
        <source>Applying…</source>
        <translation>Wird gebucht…</translation>
    </message>
    <message>
        <source>This server does not say %1&apos;s balance; it refuses an adjustment that would take it below zero unless you allow it.</source>
        <translation>Dieser Server nennt den Saldo von %1 nicht; eine Anpassung unter null lehnt er ab, außer Sie erlauben es.</translation>
    </message>
    <message>
        <source>Adds %1 credits.</source>
        <translation>Fügt %1 Credits hinzu.</translation>
    </message>
    <message>
        <source>Takes %1 credits.</source>
        <translation>Zieht %1 Credits ab.</translation>
    </message>
</context>
<context>
    <name>bc::MessageBar</name>
    <message>
        <source>Dismiss message</source>
        <translation>Meldung schließen</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Offline: the billing server cannot be reached. This is what it sent at %1; it refreshes by itself when the server is back.</source>
        <translation>Offline: Der Abrechnungsserver ist nicht erreichbar. Dies hat er um %1 gesendet; die Ansicht aktualisiert sich selbst, sobald der Server zurück ist.</translation>
    </message>
</context>
<context>
    <name>bc::NewSubscriptionDialog</name>
    <message>
        <source>New subscription</source>
        <translation>Neues Abonnement</translation>
    </message>
    <message>
        <source>Continue to payment</source>
        <translation>Weiter zur Zahlung</translation>
    </message>
    <message>
        <source>%1 — %2 a month</source>
        <translation>%1 — %2 pro Monat</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>&amp;Plan:</source>
        <translation>&amp;Tarif:</translation>
    </message>
    <message>
        <source>&amp;Billing cycle:</source>
        <translation>&amp;Abrechnungszyklus:</translation>
    </message>
    <message>
        <source>C&amp;oupon:</source>
        <translation>G&amp;utschein:</translation>
    </message>
    <message>
        <source>Opening the checkout…</source>
        <translation>Bezahlseite wird geöffnet…</translation>
    </message>
</context>
<context>
    <name>bc::OneTimeChargeDialog</name>
    <message>
        <source>New one-time charge</source>
        <translation>Neue Einmalbelastung</translation>
    </message>
    <message>
        <source>Create charge</source>
        <translation>Belastung anlegen</translation>
    </message>
    <message>
        <source>e.g. 2500.00</source>
        <translation>z. B. 2500.00</translation>
    </message>
    <message>
        <source>Test charge</source>
        <translation>Testbelastung</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Term:</source>
        <translation>&amp;Laufzeit:</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Betrag:</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>W&amp;ährung:</translation>
    </message>
</context>
<context>
    <name>bc::OrdersPane</name>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Credits</source>
        <translation>Credits</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Tarif</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Bezahlt</translation>
    </message>
    <message>
        <source>Order %1: %2 credits for %3 through %4, %5%6.</source>
        <translation>Bestellung %1: %2 Credits für %3 über %4, %5%6.</translation>
    </message>
    <message>
        <source>, paid %1</source>
        <translation>, bezahlt %1</translation>
    </message>
    <message>
        <source>Buy credits…</source>
        <translation>Credits kaufen…</translation>
    </message>
    <message>
        <source>Billing portal</source>
        <translation>Abrechnungsportal</translation>
    </message>
    <message>
        <source>No orders yet: purchases of credits and plans appear here.</source>
        <translation>Noch keine Bestellungen: Käufe von Credits und Tarifen erscheinen hier.</translation>
    </message>
    <message>
        <source>Credit orders</source>
        <translation>Credit-Bestellungen</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Bestellungen</translation>
    </message>
</context>
<context>
    <name>bc::PaymentTableModel</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Provider payment</source>
        <translation>Anbieterzahlung</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Rechnung</translation>
    </message>
</context>
<context>
    <name>bc::PaymentsPane</name>
    <message>
        <source>From date</source>
        <translation>Ab Datum</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Bis Datum</translation>
    </message>
    <message>
        <source>Payment status</source>
        <translation>Zahlungsstatus</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Anzeigen</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>Als CSV &amp;exportieren…</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Von</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Bis</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Zahlungen</translation>
    </message>
    <message>
        <source>Export payments</source>
        <translation>Zahlungen exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Save the payments of this date range as CSV</source>
        <translation>Die Zahlungen dieses Zeitraums als CSV speichern</translation>
    </message>
    <message>
        <source>The start date %1 is after the end date %2.</source>
        <translation>Das Anfangsdatum %1 liegt nach dem Enddatum %2.</translation>
    </message>
    <message>
        <source>Loading payments…</source>
        <translation>Zahlungen werden geladen…</translation>
    </message>
    <message>
        <source>Payments: %1</source>
        <translation>Zahlungen: %1</translation>
    </message>
    <message>
        <source> · captured %1</source>
        <translation> · eingezogen %1</translation>
    </message>
    <message>
        <source> · failed: %1</source>
        <translation> · fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Exporting payments…</source>
        <translation>Zahlungen werden exportiert…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Export abgebrochen; es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <source>Could not save %1.</source>
        <translation>%1 konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Exported payments to %1 (%2).</source>
        <translation>Zahlungen nach %1 exportiert (%2).</translation>
    </message>
    <message>
        <source>Exporting payments… %1</source>
        <translation>Zahlungen werden exportiert… %1</translation>
    </message>
    <message>
        <source>This server has no list of payments: these come from its CSV export, with every column it has.</source>
        <translation>Dieser Server hat keine Zahlungsliste: Diese stammen aus seinem CSV-Export, mit allen Spalten, die er hat.</translation>
    </message>
    <message>
        <source>This server lists payments only in its CSV export, which you may not download: %1</source>
        <translation>Dieser Server listet Zahlungen nur in seinem CSV-Export, den Sie nicht herunterladen dürfen: %1</translation>
    </message>
    <message>
        <source>Exported %1 to %2 (%3).</source>
        <translation>%1 nach %2 exportiert (%3).</translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s)</source>
        <translation>
            <numerusform>%n Zahlung</numerusform>
            <numerusform>%n Zahlungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Ordner öffnen</translation>
    </message>
    <message>
        <source>No file manager could be opened here; the file is in %1.</source>
        <translation>Hier ließ sich kein Dateimanager öffnen; die Datei liegt in %1.</translation>
    </message>
    <message>
        <source>Payments: %1 of %2</source>
        <translation>Zahlungen: %1 von %2</translation>
    </message>
    <message>
        <source>&amp;Reconcile…</source>
        <translation>&amp;Abgleichen…</translation>
    </message>
    <message>
        <source>Match the payment provider&apos;s settlement report with these payments</source>
        <translation>Den Abrechnungsbericht des Zahlungsanbieters mit diesen Zahlungen abgleichen</translation>
    </message>
</context>
<context>
    <name>bc::PendingChangesPane</name>
    <message>
        <source>Waiting for the server</source>
        <translation>Wartet auf den Server</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <source>Refused: needs review</source>
        <translation>Abgelehnt: Prüfung nötig</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Angewendet</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Discarded</source>
        <translation>Verworfen</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>Last answer</source>
        <translation>Letzte Antwort</translation>
    </message>
    <message>
        <source>Idempotency key</source>
        <translation>Idempotenzschlüssel</translation>
    </message>
    <message>
        <source>Pending changes</source>
        <translation>Ausstehende Änderungen</translation>
    </message>
    <message>
        <source>&amp;Send now</source>
        <translation>Jetzt &amp;senden</translation>
    </message>
    <message>
        <source>Send the waiting changes to the server now, oldest first</source>
        <translation>Die wartenden Änderungen jetzt an den Server senden, älteste zuerst</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Erneut senden</translation>
    </message>
    <message>
        <source>&amp;Discard…</source>
        <translation>&amp;Verwerfen…</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n waiting change(s).</source>
        <translation>
            <numerusform>%n wartende Änderung gesendet.</numerusform>
            <numerusform>%n wartende Änderungen gesendet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server still cannot be reached; %n change(s) keep waiting.</source>
        <translation>
            <numerusform>Der Server ist weiterhin nicht erreichbar; %n Änderung wartet weiter.</numerusform>
            <numerusform>Der Server ist weiterhin nicht erreichbar; %n Änderungen warten weiter.</numerusform>
        </translation>
    </message>
    <message>
        <source>No local store: changes are sent directly.</source>
        <translation>Kein lokaler Speicher: Änderungen werden direkt gesendet.</translation>
    </message>
    <message>
        <source>Nothing is waiting: every change made here reached the server.</source>
        <translation>Nichts wartet: Jede hier vorgenommene Änderung hat den Server erreicht.</translation>
    </message>
    <message>
        <source>%1 waiting to be sent · %2 refused and waiting for review</source>
        <translation>%1 warten auf Versand · %2 abgelehnt, zur Prüfung</translation>
    </message>
    <message>
        <source>Select a change that was refused (state “Refused: needs review”)</source>
        <translation>Wählen Sie eine abgelehnte Änderung (Status „Abgelehnt: Prüfung nötig“)</translation>
    </message>
    <message>
        <source>Send this change again, after what the server objected to was fixed</source>
        <translation>Diese Änderung erneut senden, nachdem der Einwand des Servers behoben ist</translation>
    </message>
    <message>
        <source>Let this change go; the journal keeps it with your reason</source>
        <translation>Diese Änderung aufgeben; das Journal bewahrt sie mit Ihrem Grund</translation>
    </message>
    <message>
        <source>Discard a refused change</source>
        <translation>Abgelehnte Änderung verwerfen</translation>
    </message>
    <message>
        <source>Why is “%1” not needed any more? The journal keeps this reason.</source>
        <translation>Warum wird „%1“ nicht mehr gebraucht? Das Journal bewahrt diesen Grund.</translation>
    </message>
    <message>
        <source>A reason is needed to discard a change.</source>
        <translation>Zum Verwerfen einer Änderung ist ein Grund nötig.</translation>
    </message>
    <message>
        <source>Discarded; the journal records why.</source>
        <translation>Verworfen; das Journal hält den Grund fest.</translation>
    </message>
    <message>
        <source>Interrupted credit &amp;batches:</source>
        <translation>Unterbrochene Guthaben-&amp;Stapel:</translation>
    </message>
    <message>
        <source>Resume batch…</source>
        <translation>Stapel fortsetzen…</translation>
    </message>
    <message>
        <source>Let go…</source>
        <translation>Aufgeben…</translation>
    </message>
    <message>
        <source>Send no more of this batch; the journal keeps it with your reason</source>
        <translation>Von diesem Stapel nichts mehr senden; das Journal hält es mit Ihrem Grund fest</translation>
    </message>
    <message>
        <source>%1 · started %2 · %3 of %4 rows answered</source>
        <translation>%1 · begonnen %2 · %3 von %4 Zeilen beantwortet</translation>
    </message>
    <message>
        <source>Open the batch as it was confirmed and send the rest; no row is applied twice</source>
        <translation>Den Stapel wie bestätigt öffnen und den Rest senden; keine Zeile wird doppelt gebucht</translation>
    </message>
    <message>
        <source>Batch %1 cannot be read back from this computer&apos;s store; let it go, and check the credit ledger for its rows.</source>
        <translation>Stapel %1 kann aus dem Speicher dieses Computers nicht gelesen werden; geben Sie ihn auf und prüfen Sie das Guthabenkonto auf seine Zeilen.</translation>
    </message>
    <message>
        <source>Let a batch go</source>
        <translation>Einen Stapel aufgeben</translation>
    </message>
    <message>
        <source>Why should the rest of batch %1 not be sent? The journal keeps this reason.</source>
        <translation>Warum soll der Rest von Stapel %1 nicht gesendet werden? Das Journal hält diesen Grund fest.</translation>
    </message>
    <message>
        <source>A reason is needed to let a batch go.</source>
        <translation>Zum Aufgeben eines Stapels ist ein Grund nötig.</translation>
    </message>
    <message>
        <source>Let go before every row was sent</source>
        <translation>Aufgegeben, bevor jede Zeile gesendet war</translation>
    </message>
    <message>
        <source>Batch %1 let go; the journal records why.</source>
        <translation>Stapel %1 aufgegeben; das Journal hält den Grund fest.</translation>
    </message>
</context>
<context>
    <name>bc::PlanChangeDialog</name>
    <message>
        <source>Change plan — %1</source>
        <translation>Tarif wechseln — %1</translation>
    </message>
    <message>
        <source>New plan</source>
        <translation>Neuer Tarif</translation>
    </message>
    <message>
        <source>Billing cycle</source>
        <translation>Abrechnungszyklus</translation>
    </message>
    <message>
        <source>Reason for the change</source>
        <translation>Grund der Änderung</translation>
    </message>
    <message>
        <source>Why is the plan changing? (kept in the subscription history)</source>
        <translation>Warum wechselt der Tarif? (wird im Abonnementverlauf gespeichert)</translation>
    </message>
    <message>
        <source>New &amp;plan:</source>
        <translation>Neuer &amp;Tarif:</translation>
    </message>
    <message>
        <source>Billing &amp;cycle:</source>
        <translation>Abrechnungs&amp;zyklus:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <source>What changes</source>
        <translation>Was sich ändert</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Aktuell</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Vorgeschlagen</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Tarif</translation>
    </message>
    <message>
        <source>Price per cycle</source>
        <translation>Preis pro Zyklus</translation>
    </message>
    <message>
        <source>Credit for unused time</source>
        <translation>Gutschrift für ungenutzte Zeit</translation>
    </message>
    <message>
        <source>Charge for the rest of the period</source>
        <translation>Belastung für den Rest der Periode</translation>
    </message>
    <message>
        <source>Net change</source>
        <translation>Nettoänderung</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>Steuer</translation>
    </message>
    <message>
        <source>Due now</source>
        <translation>Jetzt fällig</translation>
    </message>
    <message>
        <source>New period ends</source>
        <translation>Neue Periode endet</translation>
    </message>
    <message>
        <source>Change plan</source>
        <translation>Tarif wechseln</translation>
    </message>
    <message>
        <source>Choose a different plan or billing cycle to see what would change.</source>
        <translation>Wählen Sie einen anderen Tarif oder Zyklus, um zu sehen, was sich ändern würde.</translation>
    </message>
    <message>
        <source>Calculating the proration…</source>
        <translation>Anteilige Berechnung läuft…</translation>
    </message>
    <message>
        <source>monthly</source>
        <translation>monatlich</translation>
    </message>
    <message>
        <source>yearly</source>
        <translation>jährlich</translation>
    </message>
    <message>
        <source>%1 credit carried forward</source>
        <translation>%1 Gutschrift vorgetragen</translation>
    </message>
    <message>
        <source>Wait for the proration preview.</source>
        <translation>Warten Sie auf die Vorschau der anteiligen Berechnung.</translation>
    </message>
    <message>
        <source>Give a reason; it is kept with the change.</source>
        <translation>Geben Sie einen Grund an; er wird mit der Änderung gespeichert.</translation>
    </message>
    <message>
        <source>Apply the change and charge %1 now.</source>
        <translation>Änderung übernehmen und jetzt %1 belasten.</translation>
    </message>
    <message>
        <source>Changing the plan…</source>
        <translation>Tarif wird gewechselt…</translation>
    </message>
    <message>
        <source>This server has no plan list: choose a plan seen on a subscription, or type a plan&apos;s id.</source>
        <translation>Dieser Server hat keine Tarifliste: Wählen Sie einen Tarif, der bei einem Abonnement vorkommt, oder geben Sie die ID eines Tarifs ein.</translation>
    </message>
    <message>
        <source>Choose a plan, or type a plan&apos;s id.</source>
        <translation>Wählen Sie einen Tarif oder geben Sie die ID eines Tarifs ein.</translation>
    </message>
    <message>
        <source>as the server prices it</source>
        <translation>wie der Server ihn berechnet</translation>
    </message>
    <message>
        <source>the server prorates it</source>
        <translation>der Server verrechnet anteilig</translation>
    </message>
    <message>
        <source>This server does not offer a preview of the proration: it prorates the change when it is applied, and the console shows its answer.</source>
        <translation>Dieser Server bietet keine Vorschau der anteiligen Verrechnung: Er verrechnet den Wechsel, wenn er ausgeführt wird, und die Konsole zeigt seine Antwort.</translation>
    </message>
    <message>
        <source>Apply the change; the server prorates it and charges what it computes.</source>
        <translation>Wechsel ausführen; der Server verrechnet anteilig und berechnet, was er ermittelt.</translation>
    </message>
</context>
<context>
    <name>bc::PlansPane</name>
    <message>
        <source>Plan</source>
        <translation>Tarif</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Monatlich</translation>
    </message>
    <message>
        <source>Yearly</source>
        <translation>Jährlich</translation>
    </message>
    <message>
        <source>Credits</source>
        <translation>Credits</translation>
    </message>
    <message>
        <source>Stripe prices</source>
        <translation>Stripe-Preise</translation>
    </message>
    <message>
        <source>Creem product</source>
        <translation>Creem-Produkt</translation>
    </message>
    <message>
        <source>— not sold on Creem</source>
        <translation>— nicht über Creem verkauft</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>New plan…</source>
        <translation>Neuer Tarif…</translation>
    </message>
    <message>
        <source>Edit plan…</source>
        <translation>Tarif bearbeiten…</translation>
    </message>
    <message>
        <source>Plan %1 saved.</source>
        <translation>Tarif %1 gespeichert.</translation>
    </message>
    <message>
        <source>Credit plans</source>
        <translation>Credit-Tarife</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>Tarife</translation>
    </message>
</context>
<context>
    <name>bc::PlatformChargesPane</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Trial</source>
        <translation>Testphase</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>Activated</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <source>Billing from</source>
        <translation>Abrechnung ab</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Gekündigt</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>New one-time charge…</source>
        <translation>Neue Einmalbelastung…</translation>
    </message>
    <message>
        <source>Cancel subscription charge…</source>
        <translation>Abo-Belastung beenden…</translation>
    </message>
    <message>
        <source>Stop billing this subscription charge</source>
        <translation>Diese Abo-Belastung nicht mehr abrechnen</translation>
    </message>
    <message>
        <source>Select an active subscription charge.</source>
        <translation>Wählen Sie eine aktive Abo-Belastung.</translation>
    </message>
    <message>
        <source>This profile has no platform company and extension configured.</source>
        <translation>Für dieses Profil sind kein Plattform-Unternehmen und keine Erweiterung eingerichtet.</translation>
    </message>
    <message>
        <source>Charge created; the company approves it at %1</source>
        <translation>Belastung angelegt; das Unternehmen gibt sie unter %1 frei</translation>
    </message>
    <message>
        <source>Cancel subscription charge</source>
        <translation>Abo-Belastung beenden</translation>
    </message>
    <message>
        <source>Stop billing “%1”? This cannot be undone.</source>
        <translation>„%1“ nicht mehr abrechnen? Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>“%1” is cancelled.</source>
        <translation>„%1“ ist beendet.</translation>
    </message>
    <message>
        <source>Platform charges</source>
        <translation>Plattform-Belastungen</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Open by id…</source>
        <translation>Nach ID öffnen…</translation>
    </message>
    <message>
        <source>This server has no list of charges: these are the charges created or opened by id in this console. Open by id shows any other.</source>
        <translation>Dieser Server hat keine Abbuchungsliste: Dies sind die in dieser Konsole erstellten oder nach ID geöffneten Abbuchungen. „Nach ID öffnen“ zeigt jede andere.</translation>
    </message>
    <message>
        <source>None yet: create a one-time charge, or open one by its id.</source>
        <translation>Noch keine: Erstellen Sie eine einmalige Abbuchung oder öffnen Sie eine nach ihrer ID.</translation>
    </message>
    <message numerus="yes">
        <source>%n charge(s) could not be read: %1</source>
        <translation>
            <numerusform>%n Abbuchung konnte nicht gelesen werden: %1</numerusform>
            <numerusform>%n Abbuchungen konnten nicht gelesen werden: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Open a charge by id</source>
        <translation>Abbuchung nach ID öffnen</translation>
    </message>
    <message>
        <source>The id of a one-time charge or a subscription charge:</source>
        <translation>Die ID einer einmaligen Abbuchung oder einer Abo-Abbuchung:</translation>
    </message>
    <message>
        <source>“%1” is in the list.</source>
        <translation>„%1“ steht in der Liste.</translation>
    </message>
    <message>
        <source>There is no charge or subscription charge with the id %1.</source>
        <translation>Es gibt keine Abbuchung und keine Abo-Abbuchung mit der ID %1.</translation>
    </message>
</context>
<context>
    <name>bc::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <source>Follow the desktop</source>
        <translation>Wie der Desktop</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>&amp;Appearance:</source>
        <translation>&amp;Darstellung:</translation>
    </message>
    <message>
        <source>Menus, messages and the invoices rendered here use this language, and numbers, dates and amounts follow it, from the next start of the console. The appearance changes at once.</source>
        <translation>Menüs, Meldungen und hier erstellte Rechnungen verwenden ab dem nächsten Start der Konsole diese Sprache; Zahlen, Daten und Beträge richten sich danach. Die Darstellung ändert sich sofort.</translation>
    </message>
</context>
<context>
    <name>bc::ReconcileDialog</name>
    <message>
        <source>Reconcile with the provider’s report</source>
        <translation>Mit dem Bericht des Anbieters abgleichen</translation>
    </message>
    <message>
        <source>Choose the settlement or balance report you downloaded from your payment provider. Its payments are matched with the server’s payments of the same dates by the provider’s payment id; nothing on the server changes.</source>
        <translation>Wählen Sie den Abrechnungs- oder Saldobericht, den Sie bei Ihrem Zahlungsanbieter heruntergeladen haben. Seine Zahlungen werden über die Zahlungs-ID des Anbieters mit den Zahlungen des Servers im selben Zeitraum abgeglichen; auf dem Server ändert sich nichts.</translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation>&amp;Bericht:</translation>
    </message>
    <message>
        <source>Report file</source>
        <translation>Berichtsdatei</translation>
    </message>
    <message>
        <source>The report’s CSV file</source>
        <translation>Die CSV-Datei des Berichts</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>A&amp;uswählen…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Erster Tag</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Letzter Tag</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>&amp;Dates (UTC):</source>
        <translation>&amp;Zeitraum (UTC):</translation>
    </message>
    <message>
        <source>Re&amp;concile</source>
        <translation>Ab&amp;gleichen</translation>
    </message>
    <message>
        <source>Show exceptions of</source>
        <translation>Abweichungen anzeigen von</translation>
    </message>
    <message>
        <source>E&amp;xceptions:</source>
        <translation>Ab&amp;weichungen:</translation>
    </message>
    <message>
        <source>&amp;Save exceptions…</source>
        <translation>Abweichungen &amp;speichern…</translation>
    </message>
    <message>
        <source>The provider’s report</source>
        <translation>Der Bericht des Anbieters</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Anhalten</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>%1 cannot be read. Choose the report’s file.</source>
        <translation>%1 kann nicht gelesen werden. Wählen Sie die Datei des Berichts.</translation>
    </message>
    <message>
        <source>The first day %1 is after the last day %2.</source>
        <translation>Der erste Tag %1 liegt nach dem letzten Tag %2.</translation>
    </message>
    <message>
        <source>The server has no list of payments: they came from its CSV export.</source>
        <translation>Der Server hat keine Zahlungsliste: Die Zahlungen stammen aus seinem CSV-Export.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows of the report could not be read; the first: %1</source>
        <translation>
            <numerusform>%Ln Zeile des Berichts konnte nicht gelesen werden; die erste: %1</numerusform>
            <numerusform>%Ln Zeilen des Berichts konnten nicht gelesen werden; die erste: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>All (%1)</source>
        <translation>Alle (%1)</translation>
    </message>
    <message>
        <source>Too large to add up</source>
        <translation>Zu groß zum Addieren</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Matched</source>
        <translation>Abgeglichen</translation>
    </message>
    <message>
        <source>Matched amount</source>
        <translation>Abgeglichener Betrag</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>Gebühren</translation>
    </message>
    <message>
        <source>Tax on fees</source>
        <translation>Steuer auf Gebühren</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>Erstattungen</translation>
    </message>
    <message>
        <source>Net settled</source>
        <translation>Netto abgerechnet</translation>
    </message>
    <message>
        <source>Exceptions</source>
        <translation>Abweichungen</translation>
    </message>
    <message>
        <source>Save exceptions</source>
        <translation>Abweichungen speichern</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln exceptions saved to %1.</source>
        <translation>
            <numerusform>%Ln Abweichung in %1 gespeichert.</numerusform>
            <numerusform>%Ln Abweichungen in %1 gespeichert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bc::ReconciliationExceptionsModel</name>
    <message>
        <source>Not on the server</source>
        <translation>Nicht auf dem Server</translation>
    </message>
    <message>
        <source>Not reported</source>
        <translation>Nicht im Bericht</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Abweichung</translation>
    </message>
    <message>
        <source>Provider payment</source>
        <translation>Zahlung beim Anbieter</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>On the server</source>
        <translation>Auf dem Server</translation>
    </message>
    <message>
        <source>At the provider</source>
        <translation>Beim Anbieter</translation>
    </message>
    <message>
        <source>What differs</source>
        <translation>Was abweicht</translation>
    </message>
</context>
<context>
    <name>bc::ReconciliationRun</name>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <source>%1 could not be opened: %2</source>
        <translation>%1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Stopped: nothing was reconciled.</source>
        <translation>Angehalten: Es wurde nichts abgeglichen.</translation>
    </message>
    <message>
        <source>This server’s API has no payments to reconcile against.</source>
        <translation>Die API dieses Servers hat keine Zahlungen, gegen die abgeglichen werden kann.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln payments from the server…</source>
        <translation>
            <numerusform>%Ln Zahlung vom Server…</numerusform>
            <numerusform>%Ln Zahlungen vom Server…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln payments from the server’s export…</source>
        <translation>
            <numerusform>%Ln Zahlung aus dem Export des Servers…</numerusform>
            <numerusform>%Ln Zahlungen aus dem Export des Servers…</numerusform>
        </translation>
    </message>
    <message>
        <source>The server’s payments could not be read: %1</source>
        <translation>Die Zahlungen des Servers konnten nicht gelesen werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows read from the report.</source>
        <translation>
            <numerusform>%Ln Zeile aus dem Bericht gelesen.</numerusform>
            <numerusform>%Ln Zeilen aus dem Bericht gelesen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Matching…</source>
        <translation>Abgleich läuft…</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Fertig.</translation>
    </message>
    <message>
        <source>Matched %1 of %2 payments the server lists for these dates; %3.</source>
        <translation>%1 von %2 Zahlungen, die der Server für diesen Zeitraum aufführt, abgeglichen; %3.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln exceptions</source>
        <translation>
            <numerusform>%Ln Abweichung</numerusform>
            <numerusform>%Ln Abweichungen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2 (SHA-256 %3), %4 to %5</source>
        <translation>%1 %2 (SHA-256 %3), %4 bis %5</translation>
    </message>
    <message>
        <source>Exceptions saved to %1</source>
        <translation>Abweichungen gespeichert in %1</translation>
    </message>
</context>
<context>
    <name>bc::ReportReader</name>
    <message>
        <source>The file is empty: a %1 starts with a header row.</source>
        <translation>Die Datei ist leer: Ein %1 beginnt mit einer Kopfzeile.</translation>
    </message>
    <message>
        <source>This is not a %1: it has no %2 column.</source>
        <translation>Dies ist kein %1: Es fehlt die Spalte %2.</translation>
    </message>
    <message>
        <source>Line %1: “%2” is not a currency.</source>
        <translation>Zeile %1: „%2“ ist keine Währung.</translation>
    </message>
    <message>
        <source>Line %1: too many currencies in one report.</source>
        <translation>Zeile %1: zu viele Währungen in einem Bericht.</translation>
    </message>
    <message>
        <source>Line %1: “%2” is not an amount.</source>
        <translation>Zeile %1: „%2“ ist kein Betrag.</translation>
    </message>
    <message>
        <source>Line %1: the amount is empty.</source>
        <translation>Zeile %1: Der Betrag ist leer.</translation>
    </message>
    <message>
        <source>Line %1: “%2” has more decimals than %3 has, or is too large.</source>
        <translation>Zeile %1: „%2“ hat mehr Nachkommastellen als %3 oder ist zu groß.</translation>
    </message>
    <message>
        <source>Line %1: the amounts are too large to add up.</source>
        <translation>Zeile %1: Die Beträge sind zu groß, um sie zu addieren.</translation>
    </message>
    <message>
        <source>Line %1: “%2” is not a date.</source>
        <translation>Zeile %1: „%2“ ist kein Datum.</translation>
    </message>
    <message>
        <source>Line %1: a payment or refund without a payment id.</source>
        <translation>Zeile %1: eine Zahlung oder Erstattung ohne Zahlungs-ID.</translation>
    </message>
    <message>
        <source>Line %1: the amounts are too large.</source>
        <translation>Zeile %1: Die Beträge sind zu groß.</translation>
    </message>
</context>
<context>
    <name>bc::SubscriptionDetailPanel</name>
    <message>
        <source>Select a subscription</source>
        <translation>Abonnement wählen</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Subscription history</source>
        <translation>Abonnementverlauf</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Tarif</translation>
    </message>
    <message>
        <source>monthly</source>
        <translation>monatlich</translation>
    </message>
    <message>
        <source>yearly</source>
        <translation>jährlich</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source> · cancels at period end</source>
        <translation> · endet zum Periodenende</translation>
    </message>
    <message>
        <source>Current period</source>
        <translation>Laufende Periode</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Gekündigt</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>Angelegt %1</translation>
    </message>
    <message>
        <source>Last changed %1</source>
        <translation>Zuletzt geändert %1</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Grund: %1</translation>
    </message>
    <message>
        <source>Subscription id: %1</source>
        <translation>Abonnement-ID: %1</translation>
    </message>
    <message>
        <source>Provider subscription id: %1</source>
        <translation>Abonnement-ID beim Anbieter: %1</translation>
    </message>
    <message>
        <source>Provider customer id: %1</source>
        <translation>Kunden-ID beim Anbieter: %1</translation>
    </message>
    <message>
        <source>Organisation id: %1</source>
        <translation>Organisations-ID: %1</translation>
    </message>
</context>
<context>
    <name>bc::SubscriptionEditDialog</name>
    <message>
        <source>Edit subscription — %1</source>
        <translation>Abonnement bearbeiten — %1</translation>
    </message>
    <message>
        <source>Cancel at the end of the current period</source>
        <translation>Zum Ende der laufenden Periode kündigen</translation>
    </message>
    <message>
        <source>Reason for the edit</source>
        <translation>Grund der Bearbeitung</translation>
    </message>
    <message>
        <source>Required: why this subscription is edited directly</source>
        <translation>Pflicht: warum dieses Abonnement direkt bearbeitet wird</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>&amp;Plan:</source>
        <translation>&amp;Tarif:</translation>
    </message>
    <message>
        <source>Billing &amp;cycle:</source>
        <translation>Abrechnungs&amp;zyklus:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <source>A direct edit changes the record without charging or refunding. Use it to correct data.</source>
        <translation>Eine direkte Bearbeitung ändert den Datensatz ohne Belastung oder Erstattung. Nutzen Sie sie, um Daten zu korrigieren.</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Änderungen speichern</translation>
    </message>
    <message>
        <source>Nothing has been changed yet.</source>
        <translation>Es wurde noch nichts geändert.</translation>
    </message>
    <message>
        <source>Give a reason; it is kept with the change.</source>
        <translation>Geben Sie einen Grund an; er wird mit der Änderung gespeichert.</translation>
    </message>
</context>
<context>
    <name>bc::SubscriptionTableModel</name>
    <message>
        <source>Razorpay</source>
        <translation>Razorpay</translation>
    </message>
    <message>
        <source>Credits plan</source>
        <translation>Credit-Tarif</translation>
    </message>
    <message>
        <source>Tier (Stripe)</source>
        <translation>Stufe (Stripe)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>Ends on %1</source>
        <translation>Endet am %1</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Tarif</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Cycle</source>
        <translation>Zyklus</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Period ends</source>
        <translation>Periode endet</translation>
    </message>
    <message>
        <source>Cancels at end</source>
        <translation>Läuft aus</translation>
    </message>
    <message>
        <source>Billed through</source>
        <translation>Abgerechnet über</translation>
    </message>
    <message>
        <source>Platform charge</source>
        <translation>Plattformgebühr</translation>
    </message>
</context>
<context>
    <name>bc::SubscriptionsPane</name>
    <message>
        <source>Filter by organisation, plan or id</source>
        <translation>Nach Organisation, Tarif oder ID filtern</translation>
    </message>
    <message>
        <source>Filter subscriptions</source>
        <translation>Abonnements filtern</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Statusfilter</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>Plan filter</source>
        <translation>Tariffilter</translation>
    </message>
    <message>
        <source>All plans</source>
        <translation>Alle Tarife</translation>
    </message>
    <message>
        <source>Change plan…</source>
        <translation>Tarif wechseln…</translation>
    </message>
    <message>
        <source>Cancel subscription…</source>
        <translation>Abonnement kündigen…</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Edit (Super Admin)…</source>
        <translation>Bearbeiten (Super Admin)…</translation>
    </message>
    <message>
        <source>New subscription…</source>
        <translation>Neues Abonnement…</translation>
    </message>
    <message>
        <source>Open billing portal</source>
        <translation>Abrechnungsportal öffnen</translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation>Abonnements</translation>
    </message>
    <message>
        <source>Loading subscriptions…</source>
        <translation>Abonnements werden geladen…</translation>
    </message>
    <message>
        <source>%1 has no subscription yet.</source>
        <translation>%1 hat noch kein Abonnement.</translation>
    </message>
    <message>
        <source>Loading subscriptions… %1 so far</source>
        <translation>Abonnements werden geladen… bisher %1</translation>
    </message>
    <message>
        <source>This subscription is managed in its billing portal.</source>
        <translation>Dieses Abonnement wird in seinem Abrechnungsportal verwaltet.</translation>
    </message>
    <message>
        <source>Select a credits or tier subscription.</source>
        <translation>Wählen Sie ein Credit- oder Stufen-Abonnement.</translation>
    </message>
    <message>
        <source>Select a subscription first.</source>
        <translation>Wählen Sie zuerst ein Abonnement.</translation>
    </message>
    <message>
        <source>Only an active subscription can change plan.</source>
        <translation>Nur ein aktives Abonnement kann den Tarif wechseln.</translation>
    </message>
    <message>
        <source>This subscription is not active.</source>
        <translation>Dieses Abonnement ist nicht aktiv.</translation>
    </message>
    <message>
        <source>Already set to cancel at the end of the period.</source>
        <translation>Die Kündigung zum Periodenende ist bereits vorgemerkt.</translation>
    </message>
    <message>
        <source>Resume withdraws a scheduled cancellation; none is scheduled.</source>
        <translation>Fortsetzen nimmt eine vorgemerkte Kündigung zurück; es ist keine vorgemerkt.</translation>
    </message>
    <message>
        <source>The organisation already has a subscription; change its plan instead.</source>
        <translation>Die Organisation hat bereits ein Abonnement; wechseln Sie stattdessen dessen Tarif.</translation>
    </message>
    <message>
        <source>%1 is now on %2.</source>
        <translation>%1 ist jetzt im Tarif %2.</translation>
    </message>
    <message>
        <source>%1 will end on %2.</source>
        <translation>%1 endet am %2.</translation>
    </message>
    <message>
        <source>%1 was cancelled.</source>
        <translation>%1 wurde gekündigt.</translation>
    </message>
    <message>
        <source>Resume subscription</source>
        <translation>Abonnement fortsetzen</translation>
    </message>
    <message>
        <source>Withdraw the scheduled cancellation of %1? Billing continues on %2.</source>
        <translation>Die vorgemerkte Kündigung von %1 zurücknehmen? Die Abrechnung läuft am %2 weiter.</translation>
    </message>
    <message>
        <source>Resumed from the console</source>
        <translation>In der Konsole fortgesetzt</translation>
    </message>
    <message>
        <source>%1 will continue after this period.</source>
        <translation>%1 läuft nach dieser Periode weiter.</translation>
    </message>
    <message>
        <source>Saved changes to %1.</source>
        <translation>Änderungen an %1 gespeichert.</translation>
    </message>
    <message>
        <source>The credits plan is not listed here; Open billing portal shows it at the provider.</source>
        <translation>Der Guthabentarif ist hier nicht aufgeführt; „Abrechnungsportal öffnen“ zeigt ihn beim Anbieter.</translation>
    </message>
    <message>
        <source>%1 is now on %2, at %3 a month.</source>
        <translation>%1 hat jetzt %2, für %3 im Monat.</translation>
    </message>
    <message>
        <source>%1 is now on %2, at %3 a year.</source>
        <translation>%1 hat jetzt %2, für %3 im Jahr.</translation>
    </message>
</context>
<context>
    <name>bc::TablePane</name>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Filter rows</source>
        <translation>Zeilen filtern</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Open &amp;customer</source>
        <translation>&amp;Kunden öffnen</translation>
    </message>
    <message>
        <source>Everything about the customer of the selected row (Ctrl+Shift+O)</source>
        <translation>Alles zum Kunden der gewählten Zeile (Strg+Umschalt+O)</translation>
    </message>
</context>
<context>
    <name>bc::TechnicalDetails</name>
    <message>
        <source>Technical details</source>
        <translation>Technische Details</translation>
    </message>
</context>
<context>
    <name>bc::TierPane</name>
    <message>
        <source>Plan tier</source>
        <translation>Tarifstufe</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Upgrade to Pro…</source>
        <translation>Auf Pro upgraden …</translation>
    </message>
    <message>
        <source>Billing portal</source>
        <translation>Abrechnungsportal</translation>
    </message>
    <message>
        <source>%1 plan</source>
        <translation>Tarif %1</translation>
    </message>
    <message>
        <source>No paid subscription: the account is on the free tier.</source>
        <translation>Kein bezahltes Abonnement: Das Konto nutzt die kostenlose Stufe.</translation>
    </message>
    <message>
        <source>Subscription: %1</source>
        <translation>Abonnement: %1</translation>
    </message>
    <message>
        <source>Ends on %1; it will not renew.</source>
        <translation>Endet am %1; es verlängert sich nicht.</translation>
    </message>
    <message>
        <source>Renews on %1.</source>
        <translation>Verlängert sich am %1.</translation>
    </message>
</context>
<context>
    <name>bc::WelcomePage</name>
    <message>
        <source>Welcome to Billing Console</source>
        <translation>Willkommen bei Billing Console</translation>
    </message>
    <message>
        <source>Review subscriptions, invoices, payments and credits on your company&apos;s billing server. The console speaks the org billing, credits service, platform charges and tier billing APIs; your API key stays in your system&apos;s keychain.</source>
        <translation>Prüfen Sie Abonnements, Rechnungen, Zahlungen und Guthaben auf dem Abrechnungsserver Ihres Unternehmens. Die Konsole spricht die APIs für Org-Abrechnung, Guthabendienst, Plattform-Abbuchungen und Tarifstufen; Ihr API-Schlüssel bleibt im Schlüsselbund Ihres Systems.</translation>
    </message>
    <message>
        <source>&amp;Connect to your billing server…</source>
        <translation>Mit Ihrem Abrechnungsserver &amp;verbinden…</translation>
    </message>
    <message>
        <source>Its address, which API it speaks, and an API key. The console tests the connection before it saves it.</source>
        <translation>Seine Adresse, welche API er spricht, und ein API-Schlüssel. Die Konsole testet die Verbindung, bevor sie sie speichert.</translation>
    </message>
    <message>
        <source>Try the &amp;demo</source>
        <translation>&amp;Demo ausprobieren</translation>
    </message>
    <message>
        <source>A billing server on this computer with made-up customers, one connection per role. Nothing leaves this machine.</source>
        <translation>Ein Abrechnungsserver auf diesem Computer mit erfundenen Kunden, eine Verbindung je Rolle. Nichts verlässt diesen Rechner.</translation>
    </message>
</context>
</TS>
