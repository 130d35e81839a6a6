<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>QProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>baton::AccountImport</name>
    <message>
        <source>No account has %1 &quot;%2&quot; to update.</source>
        <translation>Kein Account mit %1 &quot;%2&quot; zum Aktualisieren vorhanden.</translation>
    </message>
    <message>
        <source>Account name is missing: a new account needs a name.</source>
        <translation>Account-Name fehlt: Ein neuer Account braucht einen Namen.</translation>
    </message>
    <message>
        <source>Account id in the CRM</source>
        <translation>Account-ID im CRM</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>Account-Name</translation>
    </message>
    <message>
        <source>Web domain</source>
        <translation>Web-Domain</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Branche</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Gebiet</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Mitarbeitende</translation>
    </message>
    <message>
        <source>Annual revenue</source>
        <translation>Jahresumsatz</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Inhaber</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Parent account</source>
        <translation>Übergeordneter Account</translation>
    </message>
</context>
<context>
    <name>baton::AccountKpis</name>
    <message>
        <source>Account %1 does not exist.</source>
        <translation>Account %1 existiert nicht.</translation>
    </message>
    <message>
        <source>(unassigned)</source>
        <translation>(nicht zugewiesen)</translation>
    </message>
    <message>
        <source>Handed off: %1 (%2)</source>
        <translation>Übergeben: %1 (%2)</translation>
    </message>
    <message>
        <source>Handed off again by a recycle play: %1 (%2)</source>
        <translation>Durch einen Recycling-Pfad erneut übergeben: %1 (%2)</translation>
    </message>
    <message>
        <source>First touch</source>
        <translation>Erstkontakt</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <source>Rejected without a reason</source>
        <translation>Ohne Grund abgelehnt</translation>
    </message>
    <message>
        <source>Rejected: %1 → %2</source>
        <translation>Abgelehnt: %1 → %2</translation>
    </message>
    <message>
        <source>no recycle play</source>
        <translation>kein Recycling-Pfad</translation>
    </message>
    <message>
        <source>Opportunity: %L1</source>
        <translation>Opportunity: %L1</translation>
    </message>
    <message>
        <source>Won: %L1</source>
        <translation>Gewonnen: %L1</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Verloren</translation>
    </message>
</context>
<context>
    <name>baton::AccountMatchingTab</name>
    <message>
        <source>Email domain</source>
        <translation>E-Mail-Domain</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>Firmenname</translation>
    </message>
    <message>
        <source>The email&apos;s domain, or a parent domain of it, is an account&apos;s domain. Free-mail domains never match.</source>
        <translation>Die Domain der E-Mail-Adresse oder eine übergeordnete Domain davon ist die Domain eines Accounts. Freemail-Domains werden nie zugeordnet.</translation>
    </message>
    <message>
        <source>The company name equals an account&apos;s, ignoring case, punctuation and legal suffixes.</source>
        <translation>Der Firmenname stimmt mit dem eines Accounts überein, ohne Beachtung von Groß-/Kleinschreibung, Satzzeichen und Rechtsformzusätzen.</translation>
    </message>
    <message>
        <source>How a lead is linked to a known account. The rules are tried in order; the first that finds an account wins (the oldest account when several share a domain or name). The validator reports leads without an account that these rules would link.</source>
        <translation>Wie ein Lead einem bekannten Account zugeordnet wird. Die Regeln werden der Reihe nach angewendet; die erste, die einen Account findet, gilt (der älteste Account, wenn sich mehrere eine Domain oder einen Namen teilen). Die Prüfung meldet Leads ohne Account, die diese Regeln zuordnen würden.</translation>
    </message>
    <message>
        <source>Matching rules, in order</source>
        <translation>Zuordnungsregeln, in Reihenfolge</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>What matches</source>
        <translation>Was übereinstimmt</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Try it</source>
        <translation>Ausprobieren</translation>
    </message>
    <message>
        <source>ana@eu.acme.com</source>
        <translation>ana@eu.acme.com</translation>
    </message>
    <message>
        <source>ACME, Inc.</source>
        <translation>ACME, Inc.</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Free-mail domains</source>
        <translation>Freemail-Domains</translation>
    </message>
    <message>
        <source>Legal suffixes</source>
        <translation>Rechtsformzusätze</translation>
    </message>
    <message>
        <source>e.g. citromail.hu</source>
        <translation>z. B. citromail.hu</translation>
    </message>
    <message>
        <source>e.g. Kft.</source>
        <translation>z. B. Kft.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Add the free-mail domain %1</source>
        <translation>Freemail-Domain %1 hinzufügen</translation>
    </message>
    <message>
        <source>Add the legal suffix %1</source>
        <translation>Rechtsformzusatz %1 hinzufügen</translation>
    </message>
    <message>
        <source>Remove the free-mail domain %1</source>
        <translation>Freemail-Domain %1 entfernen</translation>
    </message>
    <message>
        <source>Remove the legal suffix %1</source>
        <translation>Rechtsformzusatz %1 entfernen</translation>
    </message>
    <message>
        <source>Tick to use this rule.</source>
        <translation>Ankreuzen, um diese Regel zu verwenden.</translation>
    </message>
    <message>
        <source>%1 built in (%2, …). Add the providers your market uses:</source>
        <translation>%1 integriert (%2, …). Fügen Sie die Anbieter hinzu, die in Ihrem Markt verbreitet sind:</translation>
    </message>
    <message>
        <source>%1 built in (Inc, GmbH, Ltd, SA, …), ignored at the end of company names. Add others:</source>
        <translation>%1 integriert (Inc, GmbH, Ltd, SA, …), werden am Ende von Firmennamen ignoriert. Weitere hinzufügen:</translation>
    </message>
    <message>
        <source>Type an email address and a company name to see which account they match (%1 accounts).</source>
        <translation>Geben Sie eine E-Mail-Adresse und einen Firmennamen ein, um zu sehen, welchem Account sie zugeordnet werden (%1 Accounts).</translation>
    </message>
    <message>
        <source>No account. %1 is a free-mail domain, and the company name “%2” matches no account.</source>
        <translation>Kein Account. %1 ist eine Freemail-Domain, und der Firmenname „%2“ passt zu keinem Account.</translation>
    </message>
    <message>
        <source>No account matches.</source>
        <translation>Kein Account passt.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;, by the email domain %2.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;, über die E-Mail-Domain %2.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;, by the company name (compared as “%2”).</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;, über den Firmennamen (verglichen als „%2“).</translation>
    </message>
    <message>
        <source>Re-order the account matching rules</source>
        <translation>Regeln der Account-Zuordnung neu anordnen</translation>
    </message>
    <message>
        <source>Move a matching rule</source>
        <translation>Zuordnungsregel verschieben</translation>
    </message>
    <message>
        <source>Match accounts by email domain</source>
        <translation>Accounts nach E-Mail-Domain zuordnen</translation>
    </message>
    <message>
        <source>Stop matching accounts by email domain</source>
        <translation>Accounts nicht mehr nach E-Mail-Domain zuordnen</translation>
    </message>
    <message>
        <source>Match accounts by company name</source>
        <translation>Accounts nach Firmenname zuordnen</translation>
    </message>
    <message>
        <source>Stop matching accounts by company name</source>
        <translation>Accounts nicht mehr nach Firmenname zuordnen</translation>
    </message>
</context>
<context>
    <name>baton::AccountTableModel</name>
    <message>
        <source>(no owner)</source>
        <translation>(kein Inhaber)</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Sum of the opportunity amounts of the account&apos;s handoffs.</source>
        <translation>Summe der Opportunity-Beträge aus den Übergaben des Accounts.</translation>
    </message>
    <message>
        <source>All time; click a header to sort.</source>
        <translation>Gesamter Zeitraum; zum Sortieren auf eine Spaltenüberschrift klicken.</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domain</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Gebiet</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Inhaber</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Handoffs</source>
        <translation>Übergaben</translation>
    </message>
    <message>
        <source>Acceptance</source>
        <translation>Annahme</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Opportunities</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>Konversion</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Gewonnen</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <source>Won amount</source>
        <translation>Gewonnener Betrag</translation>
    </message>
    <message>
        <source>Last handoff</source>
        <translation>Letzte Übergabe</translation>
    </message>
</context>
<context>
    <name>baton::AccountsPage</name>
    <message>
        <source>Open a workspace to see its accounts: every handoff of an account judged as one motion.</source>
        <translation>Öffnen Sie einen Arbeitsbereich, um seine Accounts zu sehen: alle Übergaben eines Accounts als ein zusammenhängender Vorgang betrachtet.</translation>
    </message>
    <message>
        <source>Search account name or domain</source>
        <translation>Account-Name oder Domain suchen</translation>
    </message>
    <message>
        <source>Search accounts</source>
        <translation>Accounts durchsuchen</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <source>Export the account list as CSV</source>
        <translation>Account-Liste als CSV exportieren</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <source>%1 accounts</source>
        <translation>%1 Accounts</translation>
    </message>
    <message>
        <source>Export Accounts</source>
        <translation>Accounts exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Choose an account</source>
        <translation>Wählen Sie einen Account</translation>
    </message>
    <message>
        <source>Handoffs</source>
        <translation>Übergaben</translation>
    </message>
    <message>
        <source>Engagements, newest first</source>
        <translation>Aktivitäten, neueste zuerst</translation>
    </message>
    <message>
        <source>Engagements</source>
        <translation>Aktivitäten</translation>
    </message>
    <message>
        <source>Segment: %1</source>
        <translation>Segment: %1</translation>
    </message>
    <message>
        <source>Territory: %1</source>
        <translation>Gebiet: %1</translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation>Inhaber: %1</translation>
    </message>
    <message>
        <source>(no owner)</source>
        <translation>(kein Inhaber)</translation>
    </message>
    <message>
        <source>Team: %1</source>
        <translation>Team: %1</translation>
    </message>
    <message>
        <source>Stage: %1</source>
        <translation>Phase: %1</translation>
    </message>
    <message>
        <source>(no handoffs yet)</source>
        <translation>(noch keine Übergaben)</translation>
    </message>
    <message>
        <source>Part of %1</source>
        <translation>Teil von %1</translation>
    </message>
    <message numerus="yes">
        <source>As one motion: %1 handoffs, held by %n owner(s)</source>
        <translation>
            <numerusform>Als ein Vorgang: %1 Übergaben, betreut von %n Inhaber</numerusform>
            <numerusform>Als ein Vorgang: %1 Übergaben, betreut von %n Inhabern</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; %2 handled by the account owner.</source>
        <translation>%1; %2 vom Account-Inhaber bearbeitet.</translation>
    </message>
    <message>
        <source>%1; the account has no owner, so nobody holds the motion together.</source>
        <translation>%1; der Account hat keinen Inhaber, daher hält niemand den Vorgang zusammen.</translation>
    </message>
    <message>
        <source>Handoffs of %1</source>
        <translation>Übergaben von %1</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was geschah</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Inhaber</translation>
    </message>
</context>
<context>
    <name>baton::ActionItemDialog</name>
    <message>
        <source>Action item</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>What is to be done</source>
        <translation>Was zu tun ist</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Inhaber</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
</context>
<context>
    <name>baton::AuditLog</name>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Account matching rule</source>
        <translation>Regel der Account-Zuordnung</translation>
    </message>
    <message>
        <source>Action item</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Business-hours calendar</source>
        <translation>Geschäftszeiten-Kalender</translation>
    </message>
    <message>
        <source>Calendar holiday</source>
        <translation>Kalender-Feiertag</translation>
    </message>
    <message>
        <source>Calendar working hours</source>
        <translation>Kalender-Arbeitszeiten</translation>
    </message>
    <message>
        <source>Contract signature</source>
        <translation>Vertragsunterschrift</translation>
    </message>
    <message>
        <source>Contract term</source>
        <translation>Vertragsbedingung</translation>
    </message>
    <message>
        <source>Contract version</source>
        <translation>Vertragsversion</translation>
    </message>
    <message>
        <source>Escalation step</source>
        <translation>Eskalationsstufe</translation>
    </message>
    <message>
        <source>Free-mail domain</source>
        <translation>Freemail-Domain</translation>
    </message>
    <message>
        <source>Governance meeting</source>
        <translation>Governance-Meeting</translation>
    </message>
    <message>
        <source>Identity rule</source>
        <translation>Identitätsregel</translation>
    </message>
    <message>
        <source>Import mapping</source>
        <translation>Import-Zuordnung</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Branche</translation>
    </message>
    <message>
        <source>Legal suffix</source>
        <translation>Rechtsformzusatz</translation>
    </message>
    <message>
        <source>Lifecycle stage</source>
        <translation>Lifecycle-Phase</translation>
    </message>
    <message>
        <source>Maturity self-assessment</source>
        <translation>Reifegrad-Selbsteinschätzung</translation>
    </message>
    <message>
        <source>Meeting decision</source>
        <translation>Meeting-Entscheidung</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Inhaber</translation>
    </message>
    <message>
        <source>Owner absence</source>
        <translation>Abwesenheit des Inhabers</translation>
    </message>
    <message>
        <source>Recycle play</source>
        <translation>Recycling-Pfad</translation>
    </message>
    <message>
        <source>Rejection reason</source>
        <translation>Ablehnungsgrund</translation>
    </message>
    <message>
        <source>Routing rule</source>
        <translation>Routing-Regel</translation>
    </message>
    <message>
        <source>Routing rule set</source>
        <translation>Routing-Regelwerk</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Signal type</source>
        <translation>Signaltyp</translation>
    </message>
    <message>
        <source>SLA policy</source>
        <translation>SLA-Richtlinie</translation>
    </message>
    <message>
        <source>Stage requirement</source>
        <translation>Phasenanforderung</translation>
    </message>
    <message>
        <source>Stage transition</source>
        <translation>Phasenübergang</translation>
    </message>
    <message>
        <source>Team or queue</source>
        <translation>Team oder Warteschlange</translation>
    </message>
    <message>
        <source>Team membership</source>
        <translation>Team-Mitgliedschaft</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Gebiet</translation>
    </message>
    <message>
        <source>Territory area</source>
        <translation>Gebietsbereich</translation>
    </message>
    <message>
        <source>UTM convention</source>
        <translation>UTM-Konvention</translation>
    </message>
    <message>
        <source>Workspace setting</source>
        <translation>Arbeitsbereich-Einstellung</translation>
    </message>
    <message>
        <source>Minimum fit</source>
        <translation>Mindest-Fit</translation>
    </message>
    <message>
        <source>Required attributes</source>
        <translation>Erforderliche Attribute</translation>
    </message>
    <message>
        <source>Required context</source>
        <translation>Erforderlicher Kontext</translation>
    </message>
    <message>
        <source>Owner role</source>
        <translation>Inhaberrolle</translation>
    </message>
    <message>
        <source>Follow-up action</source>
        <translation>Follow-up-Aktion</translation>
    </message>
    <message>
        <source>SLA target (business minutes)</source>
        <translation>SLA-Ziel (Geschäftsminuten)</translation>
    </message>
    <message>
        <source>Intent tier</source>
        <translation>Intent-Stufe</translation>
    </message>
    <message>
        <source>Workflow action</source>
        <translation>Workflow-Aktion</translation>
    </message>
    <message>
        <source>Exit criteria</source>
        <translation>Ausstiegskriterien</translation>
    </message>
    <message>
        <source>Allowed values</source>
        <translation>Zulässige Werte</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Unterzeichnet von</translation>
    </message>
    <message>
        <source>Signed at</source>
        <translation>Unterzeichnet am</translation>
    </message>
    <message>
        <source>Activated at</source>
        <translation>Aktiviert am</translation>
    </message>
    <message>
        <source>Superseded at</source>
        <translation>Abgelöst am</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Reihenfolge</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Active from</source>
        <translation>Aktiv ab</translation>
    </message>
    <message>
        <source>Active until</source>
        <translation>Aktiv bis</translation>
    </message>
    <message>
        <source>Assessed on</source>
        <translation>Eingeschätzt am</translation>
    </message>
    <message>
        <source>Assignment</source>
        <translation>Zuweisung</translation>
    </message>
    <message>
        <source>Assigned owner</source>
        <translation>Zugewiesener Inhaber</translation>
    </message>
    <message>
        <source>Assigned team</source>
        <translation>Zugewiesenes Team</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>Whose hours</source>
        <translation>Wessen Zeiten</translation>
    </message>
    <message>
        <source>Capacity per day</source>
        <translation>Kapazität pro Tag</translation>
    </message>
    <message>
        <source>Casing</source>
        <translation>Schreibweise</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Abgeschlossen am</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Bedingungen</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Created at</source>
        <translation>Erstellt am</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>Definition</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domain</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Fällig am</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Mitarbeitende</translation>
    </message>
    <message>
        <source>Until (minute of the day)</source>
        <translation>Bis (Minute des Tages)</translation>
    </message>
    <message>
        <source>Ends on</source>
        <translation>Endet am</translation>
    </message>
    <message>
        <source>Record type</source>
        <translation>Datensatztyp</translation>
    </message>
    <message>
        <source>External id</source>
        <translation>Externe ID</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Felder</translation>
    </message>
    <message>
        <source>From stage</source>
        <translation>Von Phase</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>Abgehalten am</translation>
    </message>
    <message>
        <source>Fallback queue</source>
        <translation>Auffangwarteschlange</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Manager</translation>
    </message>
    <message>
        <source>Employees at most</source>
        <translation>Mitarbeitende höchstens</translation>
    </message>
    <message>
        <source>Revenue at most</source>
        <translation>Umsatz höchstens</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>Employees at least</source>
        <translation>Mitarbeitende mindestens</translation>
    </message>
    <message>
        <source>Revenue at least</source>
        <translation>Umsatz mindestens</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Name for matching</source>
        <translation>Name für die Zuordnung</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Version number</source>
        <translation>Versionsnummer</translation>
    </message>
    <message>
        <source>Parent account</source>
        <translation>Übergeordneter Account</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Partei</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>Muster</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Re-entry after (days)</source>
        <translation>Wiedereinstieg nach (Tagen)</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Annual revenue</source>
        <translation>Jahresumsatz</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Rule set</source>
        <translation>Regelwerk</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>From (minute of the day)</source>
        <translation>Von (Minute des Tages)</translation>
    </message>
    <message>
        <source>Starts on</source>
        <translation>Beginnt am</translation>
    </message>
    <message>
        <source>Suffix</source>
        <translation>Zusatz</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Target (business minutes)</source>
        <translation>Ziel (Geschäftsminuten)</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Threshold (% of the target)</source>
        <translation>Schwelle (% des Ziels)</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>To stage</source>
        <translation>Zu Phase</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation>Wochentag</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <source>Data as of</source>
        <translation>Datenstand</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Demo data seed</source>
        <translation>Startwert der Demodaten</translation>
    </message>
    <message>
        <source>Workspace name</source>
        <translation>Name des Arbeitsbereichs</translation>
    </message>
    <message>
        <source>Fingerprint of the SLA configuration</source>
        <translation>Fingerabdruck der SLA-Konfiguration</translation>
    </message>
    <message>
        <source>Reporting time zone</source>
        <translation>Berichtszeitzone</translation>
    </message>
</context>
<context>
    <name>baton::AuditLogRepository</name>
    <message>
        <source>Version %1 · %2</source>
        <translation>Version %1 · %2</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Version %1 · %2 (%3)</source>
        <translation>Version %1 · %2 (%3)</translation>
    </message>
    <message>
        <source>%1 % of the target</source>
        <translation>%1 % des Ziels</translation>
    </message>
    <message>
        <source>Match by email domain</source>
        <translation>Zuordnung nach E-Mail-Domain</translation>
    </message>
    <message>
        <source>Match by company name</source>
        <translation>Zuordnung nach Firmenname</translation>
    </message>
</context>
<context>
    <name>baton::BreakdownChart</name>
    <message>
        <source>Acceptance</source>
        <translation>Annahme</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>Konversion</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 nach %2</translation>
    </message>
    <message>
        <source>%1: %2 %3 of %4 handoffs — click to see them</source>
        <translation>%1: %2 %3 von %4 Übergaben – klicken, um sie anzuzeigen</translation>
    </message>
</context>
<context>
    <name>baton::CalendarEditor</name>
    <message>
        <source>Business calendars</source>
        <translation>Geschäftskalender</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>Used by</source>
        <translation>Verwendet von</translation>
    </message>
    <message>
        <source>Add calendar</source>
        <translation>Kalender hinzufügen</translation>
    </message>
    <message>
        <source>Remove calendar</source>
        <translation>Kalender entfernen</translation>
    </message>
    <message>
        <source>Working hours</source>
        <translation>Arbeitszeiten</translation>
    </message>
    <message>
        <source>Intervals of local time per weekday, end exclusive; several a day make breaks. A calendar without any hours runs around the clock.</source>
        <translation>Zeiträume in Ortszeit pro Wochentag, Ende ausschließlich; mehrere pro Tag ergeben Pausen. Ein Kalender ohne Arbeitszeiten läuft rund um die Uhr.</translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation>Wochentag</translation>
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
        <source>Add hours</source>
        <translation>Zeiten hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Holidays</source>
        <translation>Feiertage</translation>
    </message>
    <message>
        <source>Days on which the calendar does not count business time, in its own time zone.</source>
        <translation>Tage, an denen der Kalender keine Geschäftszeit zählt, in seiner eigenen Zeitzone.</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Add holiday</source>
        <translation>Feiertag hinzufügen</translation>
    </message>
    <message numerus="yes">
        <source>%n SLA policies</source>
        <translation>
            <numerusform>%n SLA-Richtlinie</numerusform>
            <numerusform>%n SLA-Richtlinien</numerusform>
        </translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(niemand)</translation>
    </message>
    <message>
        <source>Working hours of %1</source>
        <translation>Arbeitszeiten von %1</translation>
    </message>
    <message>
        <source>Holidays of %1</source>
        <translation>Feiertage von %1</translation>
    </message>
    <message>
        <source>A calendar needs a name.</source>
        <translation>Ein Kalender braucht einen Namen.</translation>
    </message>
    <message>
        <source>Change the time zone of %1</source>
        <translation>Zeitzone von %1 ändern</translation>
    </message>
    <message>
        <source>Rename calendar %1</source>
        <translation>Kalender %1 umbenennen</translation>
    </message>
    <message>
        <source>Working hours must end after they start (%1 to %2 does not).</source>
        <translation>Arbeitszeiten müssen nach ihrem Beginn enden (%1 bis %2 tut das nicht).</translation>
    </message>
    <message>
        <source>Change working hours</source>
        <translation>Arbeitszeiten ändern</translation>
    </message>
    <message>
        <source>Change holiday</source>
        <translation>Feiertag ändern</translation>
    </message>
    <message>
        <source>New calendar</source>
        <translation>Neuer Kalender</translation>
    </message>
    <message>
        <source>New calendar %1</source>
        <translation>Neuer Kalender %1</translation>
    </message>
    <message>
        <source>Add calendar %1</source>
        <translation>Kalender %1 hinzufügen</translation>
    </message>
    <message>
        <source>%1 is used by %2; give them another calendar first.</source>
        <translation>%1 wird von %2 verwendet; weisen Sie diesen zuerst einen anderen Kalender zu.</translation>
    </message>
    <message>
        <source>Remove calendar %1</source>
        <translation>Kalender %1 entfernen</translation>
    </message>
    <message>
        <source>Add working hours</source>
        <translation>Arbeitszeiten hinzufügen</translation>
    </message>
    <message>
        <source>Remove working hours</source>
        <translation>Arbeitszeiten entfernen</translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation>Feiertag</translation>
    </message>
    <message>
        <source>Remove holiday</source>
        <translation>Feiertag entfernen</translation>
    </message>
</context>
<context>
    <name>baton::ChartStyle</name>
    <message>
        <source>W%1</source>
        <comment>ISO week number as a tick on a chart axis</comment>
        <translation>KW%1</translation>
    </message>
</context>
<context>
    <name>baton::CommandPalette</name>
    <message>
        <source>Command palette</source>
        <translation>Befehlspalette</translation>
    </message>
    <message>
        <source>Go to a page, command, signal type, owner or routing rule…</source>
        <translation>Zu einer Seite, einem Befehl, Signaltyp, Inhaber oder einer Routing-Regel wechseln…</translation>
    </message>
    <message>
        <source>Search pages, commands and workspace items</source>
        <translation>Seiten, Befehle und Elemente des Arbeitsbereichs durchsuchen</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Treffer</translation>
    </message>
    <message>
        <source>Nothing matches “%1”.</source>
        <translation>Keine Treffer für „%1“.</translation>
    </message>
</context>
<context>
    <name>baton::ConfigStore</name>
    <message>
        <source>This item (%1) no longer exists; someone else may have deleted it.</source>
        <translation>Dieser Eintrag (%1) existiert nicht mehr; möglicherweise hat ihn jemand anderes gelöscht.</translation>
    </message>
    <message>
        <source>This item (%1) was changed by someone else since you opened it; reload and try again.</source>
        <translation>Dieser Eintrag (%1) wurde seit dem Öffnen von jemand anderem geändert; laden Sie ihn neu und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>This item (%1) was changed by someone else; reload and try again.</source>
        <translation>Dieser Eintrag (%1) wurde von jemand anderem geändert; laden Sie ihn neu und versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>baton::ContractCommands</name>
    <message>
        <source>Start a draft of the contract</source>
        <translation>Vertragsentwurf beginnen</translation>
    </message>
    <message>
        <source>Discard the draft</source>
        <translation>Entwurf verwerfen</translation>
    </message>
    <message>
        <source>Edit the contract&apos;s title and summary</source>
        <translation>Titel und Zusammenfassung des Vertrags bearbeiten</translation>
    </message>
    <message>
        <source>Sign for %1 as %2</source>
        <translation>Für %1 als %2 unterzeichnen</translation>
    </message>
    <message>
        <source>Withdraw %1&apos;s signature</source>
        <translation>Unterschrift von %1 zurückziehen</translation>
    </message>
</context>
<context>
    <name>baton::ContractDiff</name>
    <message>
        <source>Title: “%1” → “%2”</source>
        <translation>Titel: „%1“ → „%2“</translation>
    </message>
    <message>
        <source>Summary: “%1”</source>
        <translation>Zusammenfassung: „%1“</translation>
    </message>
    <message>
        <source>Signal type %1</source>
        <translation>Signaltyp %1</translation>
    </message>
    <message>
        <source>%1: now covered by the contract (%2)</source>
        <translation>%1: jetzt vom Vertrag abgedeckt (%2)</translation>
    </message>
    <message>
        <source>minimum fit %1 → %2 (%3)</source>
        <translation>Mindest-Fit %1 → %2 (%3)</translation>
    </message>
    <message>
        <source>stricter</source>
        <translation>strenger</translation>
    </message>
    <message>
        <source>looser</source>
        <translation>lockerer</translation>
    </message>
    <message>
        <source>owner %1 → %2</source>
        <translation>Inhaber %1 → %2</translation>
    </message>
    <message>
        <source>follow-up “%1” → “%2”</source>
        <translation>Follow-up „%1“ → „%2“</translation>
    </message>
    <message>
        <source>SLA target %1 → %2 (%3)</source>
        <translation>SLA-Ziel %1 → %2 (%3)</translation>
    </message>
    <message>
        <source>faster</source>
        <translation>schneller</translation>
    </message>
    <message>
        <source>slower</source>
        <translation>langsamer</translation>
    </message>
    <message>
        <source>%1: no longer covered by the contract</source>
        <translation>%1: nicht mehr vom Vertrag abgedeckt</translation>
    </message>
    <message>
        <source>Sales also receives %1</source>
        <translation>Vertrieb erhält zusätzlich %1</translation>
    </message>
    <message>
        <source>Sales no longer receives %1</source>
        <translation>Vertrieb erhält nicht mehr %1</translation>
    </message>
    <message>
        <source>qualifying also requires %1</source>
        <translation>Qualifizierung erfordert zusätzlich %1</translation>
    </message>
    <message>
        <source>qualifying no longer requires %1</source>
        <translation>Qualifizierung erfordert nicht mehr %1</translation>
    </message>
    <message>
        <source>fit %1 or better, owner %2, first touch within %3</source>
        <translation>Fit %1 oder besser, Inhaber %2, Erstkontakt innerhalb von %3</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 Std.</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 Std. %2 Min.</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
</context>
<context>
    <name>baton::ContractHtml</name>
    <message>
        <source>nothing beyond the handoff itself</source>
        <translation>nichts über die Übergabe selbst hinaus</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <source>High intent</source>
        <translation>Hoher Intent</translation>
    </message>
    <message>
        <source>Medium intent</source>
        <translation>Mittlerer Intent</translation>
    </message>
    <message>
        <source>Low intent</source>
        <translation>Niedriger Intent</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Superseded</source>
        <translation>Abgelöst</translation>
    </message>
    <message>
        <source>fit %1 or better</source>
        <translation>Fit %1 oder besser</translation>
    </message>
    <message>
        <source>Version %1 · in force since %2</source>
        <translation>Version %1 · in Kraft seit %2</translation>
    </message>
    <message>
        <source>Version %1 · in force %2 – %3 · kept as history</source>
        <translation>Version %1 · in Kraft %2 – %3 · als Verlauf aufbewahrt</translation>
    </message>
    <message>
        <source>Version %1 · draft, not in force until Sales, Marketing and RevOps sign it</source>
        <translation>Version %1 · Entwurf, erst in Kraft, wenn Vertrieb, Marketing und RevOps ihn unterzeichnen</translation>
    </message>
    <message>
        <source>Version %1 · draft being signed (%2 of 3 signatures)</source>
        <translation>Version %1 · Entwurf in Unterzeichnung (%2 von 3 Unterschriften)</translation>
    </message>
    <message>
        <source>MARKETING · SALES · REVOPS</source>
        <translation>MARKETING · VERTRIEB · REVOPS</translation>
    </message>
    <message>
        <source>Marketing hands a lead to Sales when its signal qualifies as set out below. Sales receives the listed context, the named owner follows up as agreed, and the first touch happens within the SLA target, counted in business hours. RevOps keeps the routing and the data that make this measurable.</source>
        <translation>Marketing übergibt einen Lead an den Vertrieb, wenn sein Signal wie unten festgelegt qualifiziert ist. Der Vertrieb erhält den aufgeführten Kontext, der genannte Inhaber kümmert sich wie vereinbart um das Follow-up, und der Erstkontakt erfolgt innerhalb des SLA-Ziels, gerechnet in Geschäftszeiten. RevOps pflegt das Routing und die Daten, die dies messbar machen.</translation>
    </message>
    <message>
        <source>(unknown signal)</source>
        <translation>(unbekanntes Signal)</translation>
    </message>
    <message>
        <source>NEW</source>
        <translation>NEU</translation>
    </message>
    <message>
        <source>edit</source>
        <translation>bearbeiten</translation>
    </message>
    <message>
        <source>Qualifies when</source>
        <translation>Qualifiziert, wenn</translation>
    </message>
    <message>
        <source>Sales receives</source>
        <translation>Vertrieb erhält</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Inhaber</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>First touch within</source>
        <translation>Erstkontakt innerhalb von</translation>
    </message>
    <message>
        <source>%1 of business time</source>
        <translation>%1 Geschäftszeit</translation>
    </message>
    <message>
        <source>This version covers no signal types yet. Add the signals that qualify for handoff.</source>
        <translation>Diese Version deckt noch keine Signaltypen ab. Fügen Sie die Signale hinzu, die für eine Übergabe qualifizieren.</translation>
    </message>
    <message>
        <source>No longer covered:</source>
        <translation>Nicht mehr abgedeckt:</translation>
    </message>
    <message>
        <source>Agreed by</source>
        <translation>Vereinbart von</translation>
    </message>
    <message>
        <source>signed %1</source>
        <translation>unterzeichnet %1</translation>
    </message>
    <message>
        <source>awaiting signature</source>
        <translation>Unterschrift ausstehend</translation>
    </message>
    <message>
        <source>; required: %1</source>
        <translation>; erforderlich: %1</translation>
    </message>
</context>
<context>
    <name>baton::ContractPage</name>
    <message>
        <source>No workspace open</source>
        <translation>Kein Arbeitsbereich geöffnet</translation>
    </message>
    <message>
        <source>Open a workspace or create one to agree the handoff contract between Sales, Marketing and RevOps.</source>
        <translation>Öffnen oder erstellen Sie einen Arbeitsbereich, um den Übergabevertrag zwischen Vertrieb, Marketing und RevOps zu vereinbaren.</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Version:</translation>
    </message>
    <message>
        <source>Contract version shown</source>
        <translation>Angezeigte Vertragsversion</translation>
    </message>
    <message>
        <source>Start a draft</source>
        <translation>Entwurf beginnen</translation>
    </message>
    <message>
        <source>Copy the active version into a new draft to propose changes.</source>
        <translation>Die aktive Version in einen neuen Entwurf kopieren, um Änderungen vorzuschlagen.</translation>
    </message>
    <message>
        <source>Title and summary…</source>
        <translation>Titel und Zusammenfassung…</translation>
    </message>
    <message>
        <source>Discard draft</source>
        <translation>Entwurf verwerfen</translation>
    </message>
    <message>
        <source>The contract document</source>
        <translation>Das Vertragsdokument</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Unterschriften</translation>
    </message>
    <message>
        <source>Edit the terms for %1</source>
        <translation>Bedingungen für %1 bearbeiten</translation>
    </message>
    <message>
        <source>Cover a signal type in the contract</source>
        <translation>Einen Signaltyp in den Vertrag aufnehmen</translation>
    </message>
    <message>
        <source>Remove a signal type from the contract</source>
        <translation>Einen Signaltyp aus dem Vertrag entfernen</translation>
    </message>
    <message>
        <source>A signal type needs a name.</source>
        <translation>Ein Signaltyp braucht einen Namen.</translation>
    </message>
    <message>
        <source>Edit the signal type %1</source>
        <translation>Signaltyp %1 bearbeiten</translation>
    </message>
    <message>
        <source>Add the signal type %1</source>
        <translation>Signaltyp %1 hinzufügen</translation>
    </message>
    <message>
        <source>Title and summary of version %1</source>
        <translation>Titel und Zusammenfassung von Version %1</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Version %1 · %2</source>
        <translation>Version %1 · %2</translation>
    </message>
    <message>
        <source> since %1</source>
        <translation> seit %1</translation>
    </message>
    <message>
        <source>This draft has been signed by at least one party, so it cannot change. Withdraw the signatures (Signatures tab) to change it.</source>
        <translation>Dieser Entwurf wurde bereits von mindestens einer Partei unterzeichnet und kann daher nicht mehr geändert werden. Ziehen Sie die Unterschriften zurück (Reiter Unterschriften), um ihn zu ändern.</translation>
    </message>
    <message>
        <source>Version %1 is signed and in force; it cannot change. Changes go into a draft, which becomes the new version when all three parties sign it.</source>
        <translation>Version %1 ist unterzeichnet und in Kraft; sie kann nicht geändert werden. Änderungen erfolgen in einem Entwurf, der zur neuen Version wird, wenn alle drei Parteien ihn unterzeichnen.</translation>
    </message>
    <message>
        <source>Version %1 is history: it was replaced by a newer version and is kept as it was signed.</source>
        <translation>Version %1 gehört zum Verlauf: Sie wurde durch eine neuere Version ersetzt und wird so aufbewahrt, wie sie unterzeichnet wurde.</translation>
    </message>
    <message>
        <source>This workspace has no contract yet. Start a draft to write the first version.</source>
        <translation>Dieser Arbeitsbereich hat noch keinen Vertrag. Beginnen Sie einen Entwurf, um die erste Version zu verfassen.</translation>
    </message>
    <message>
        <source>No version is active yet, so everything in this draft is new: once signed by all three parties it becomes the first active contract.</source>
        <translation>Es ist noch keine Version aktiv, daher ist alles in diesem Entwurf neu: Sobald alle drei Parteien ihn unterzeichnet haben, wird er zum ersten aktiven Vertrag.</translation>
    </message>
    <message>
        <source>This is the first version; there is nothing earlier to compare it with.</source>
        <translation>Dies ist die erste Version; es gibt nichts Früheres zum Vergleichen.</translation>
    </message>
    <message>
        <source>What version %1 changes against the active version %2:</source>
        <translation>Was Version %1 gegenüber der aktiven Version %2 ändert:</translation>
    </message>
    <message>
        <source>What version %1 changed against version %2:</source>
        <translation>Was Version %1 gegenüber Version %2 geändert hat:</translation>
    </message>
    <message>
        <source>Nothing yet: the terms are the same.</source>
        <translation>Noch nichts: Die Bedingungen sind gleich.</translation>
    </message>
    <message>
        <source>In the document, changed values show the active wording struck through next to the new one.</source>
        <translation>Im Dokument erscheinen geänderte Werte mit der aktiven Formulierung durchgestrichen neben der neuen.</translation>
    </message>
    <message>
        <source>No contract version yet.</source>
        <translation>Noch keine Vertragsversion.</translation>
    </message>
    <message>
        <source>Changes (%1)</source>
        <translation>Änderungen (%1)</translation>
    </message>
    <message>
        <source>Signatures (%1 of 3)</source>
        <translation>Unterschriften (%1 von 3)</translation>
    </message>
</context>
<context>
    <name>baton::ContractService</name>
    <message>
        <source>Sales</source>
        <translation>Vertrieb</translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation>Marketing</translation>
    </message>
    <message>
        <source>RevOps</source>
        <translation>RevOps</translation>
    </message>
    <message>
        <source>This contract version no longer exists; someone may have discarded the draft.</source>
        <translation>Diese Vertragsversion existiert nicht mehr; möglicherweise hat jemand den Entwurf verworfen.</translation>
    </message>
    <message>
        <source>Version %1 is signed and can no longer be changed; changes go into a new draft.</source>
        <translation>Version %1 ist unterzeichnet und kann nicht mehr geändert werden; Änderungen erfolgen in einem neuen Entwurf.</translation>
    </message>
    <message>
        <source>Version %1 has been signed by %2; withdraw the signatures before changing it, so that every party signs what they read.</source>
        <translation>Version %1 wurde von %2 unterzeichnet; ziehen Sie die Unterschriften zurück, bevor Sie sie ändern, damit jede Partei das unterzeichnet, was sie gelesen hat.</translation>
    </message>
    <message>
        <source>Marketing to Sales handoff contract</source>
        <translation>Übergabevertrag Marketing an Vertrieb</translation>
    </message>
    <message>
        <source>Only an unsigned draft can be put back.</source>
        <translation>Nur ein nicht unterzeichneter Entwurf kann zurückgenommen werden.</translation>
    </message>
    <message>
        <source>The contract needs a title.</source>
        <translation>Der Vertrag braucht einen Titel.</translation>
    </message>
    <message>
        <source>This signal type already has terms in this version.</source>
        <translation>Dieser Signaltyp hat in dieser Version bereits Bedingungen.</translation>
    </message>
    <message>
        <source>A term stays with its version and signal type; add a new term instead.</source>
        <translation>Eine Bedingung bleibt bei ihrer Version und ihrem Signaltyp; fügen Sie stattdessen eine neue Bedingung hinzu.</translation>
    </message>
    <message>
        <source>Only Sales, Marketing and RevOps sign the contract.</source>
        <translation>Nur Vertrieb, Marketing und RevOps unterzeichnen den Vertrag.</translation>
    </message>
    <message>
        <source>Type the name of the person who signs for %1.</source>
        <translation>Geben Sie den Namen der Person ein, die für %1 unterzeichnet.</translation>
    </message>
    <message>
        <source>A signature needs a time.</source>
        <translation>Eine Unterschrift braucht einen Zeitpunkt.</translation>
    </message>
    <message>
        <source>Version %1 is already %2; only drafts are signed.</source>
        <translation>Version %1 ist bereits %2; nur Entwürfe werden unterzeichnet.</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>superseded</source>
        <translation>abgelöst</translation>
    </message>
    <message>
        <source>%1 has already signed version %2 (%3).</source>
        <translation>%1 hat Version %2 bereits unterzeichnet (%3).</translation>
    </message>
    <message>
        <source>Version %1 has no terms yet; add the signal types it covers before signing.</source>
        <translation>Version %1 hat noch keine Bedingungen; fügen Sie vor dem Unterzeichnen die Signaltypen hinzu, die sie abdeckt.</translation>
    </message>
    <message>
        <source>Version %1 is in force or history; its signatures stay.</source>
        <translation>Version %1 ist in Kraft oder gehört zum Verlauf; ihre Unterschriften bleiben bestehen.</translation>
    </message>
    <message>
        <source>%1 has not signed version %2.</source>
        <translation>%1 hat Version %2 nicht unterzeichnet.</translation>
    </message>
    <message>
        <source>The SLA target must be at least one business minute.</source>
        <translation>Das SLA-Ziel muss mindestens eine Geschäftsminute betragen.</translation>
    </message>
    <message>
        <source>The minimum fit must be one of the grades A, B, C or D.</source>
        <translation>Der Mindest-Fit muss eine der Noten A, B, C oder D sein.</translation>
    </message>
    <message>
        <source>Say who owns the follow-up (an owner role such as SDR queue or Account owner).</source>
        <translation>Geben Sie an, wer für das Follow-up zuständig ist (eine Inhaberrolle wie SDR-Warteschlange oder Account-Inhaber).</translation>
    </message>
    <message>
        <source>Say what the owner does to follow up.</source>
        <translation>Geben Sie an, was der Inhaber beim Follow-up tut.</translation>
    </message>
</context>
<context>
    <name>baton::ContractSignatures</name>
    <message>
        <source>Name of the person signing</source>
        <translation>Name der unterzeichnenden Person</translation>
    </message>
    <message>
        <source>Signer for %1</source>
        <translation>Unterzeichnende Person für %1</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>Unterzeichnen</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Zurückziehen</translation>
    </message>
    <message>
        <source>Take this signature back, for example to change the draft.</source>
        <translation>Diese Unterschrift zurückziehen, zum Beispiel um den Entwurf zu ändern.</translation>
    </message>
    <message>
        <source>Each party signs with a name; the time is recorded. Once anyone has signed, the draft cannot change any more (withdraw the signatures to change it). The third signature makes version %1 the active contract and keeps the previous one as history.</source>
        <translation>Jede Partei unterzeichnet mit einem Namen; der Zeitpunkt wird festgehalten. Sobald jemand unterzeichnet hat, kann der Entwurf nicht mehr geändert werden (ziehen Sie die Unterschriften zurück, um ihn zu ändern). Mit der dritten Unterschrift wird Version %1 zum aktiven Vertrag, und die vorherige wird als Verlauf aufbewahrt.</translation>
    </message>
    <message>
        <source>Version %1 was signed by all three parties. Signatures of a version in force or in history cannot be withdrawn.</source>
        <translation>Version %1 wurde von allen drei Parteien unterzeichnet. Unterschriften einer Version, die in Kraft ist oder zum Verlauf gehört, können nicht zurückgezogen werden.</translation>
    </message>
    <message>
        <source>Signed by %1 on %2</source>
        <translation>Unterzeichnet von %1 am %2</translation>
    </message>
    <message>
        <source>Not signed yet.</source>
        <translation>Noch nicht unterzeichnet.</translation>
    </message>
    <message>
        <source>Not signed.</source>
        <translation>Nicht unterzeichnet.</translation>
    </message>
</context>
<context>
    <name>baton::ContractTermEditor</name>
    <message>
        <source>Signal type to edit</source>
        <translation>Zu bearbeitender Signaltyp</translation>
    </message>
    <message>
        <source>New signal…</source>
        <translation>Neues Signal…</translation>
    </message>
    <message>
        <source>Add a signal type (a buyer action that can trigger a handoff).</source>
        <translation>Einen Signaltyp hinzufügen (eine Käuferaktion, die eine Übergabe auslösen kann).</translation>
    </message>
    <message>
        <source>Signal type (shared by every version)</source>
        <translation>Signaltyp (für alle Versionen gemeinsam)</translation>
    </message>
    <message>
        <source>What the buyer did</source>
        <translation>Was der Käufer getan hat</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Intent tier</source>
        <translation>Intent-Stufe</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>This signal type is not covered by this version: leads with it do not qualify for handoff.</source>
        <translation>Dieser Signaltyp wird von dieser Version nicht abgedeckt: Leads damit qualifizieren nicht für eine Übergabe.</translation>
    </message>
    <message>
        <source>Cover it in this version</source>
        <translation>In dieser Version abdecken</translation>
    </message>
    <message>
        <source>%1 or better</source>
        <translation>%1 oder besser</translation>
    </message>
    <message>
        <source>Fit grades run from A (best) to D. A lead qualifies when its fit is at least this good.</source>
        <translation>Fit-Noten reichen von A (beste) bis D. Ein Lead qualifiziert, wenn sein Fit mindestens so gut ist.</translation>
    </message>
    <message>
        <source>Fields a lead must carry to qualify.</source>
        <translation>Felder, die ein Lead haben muss, um zu qualifizieren.</translation>
    </message>
    <message>
        <source>Context Sales receives with every handoff of this signal type.</source>
        <translation>Kontext, den der Vertrieb mit jeder Übergabe dieses Signaltyps erhält.</translation>
    </message>
    <message>
        <source>Add a context field, e.g. budget_range</source>
        <translation>Kontextfeld hinzufügen, z. B. budget_range</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>The SLA target: business minutes from handoff to first touch, counted on the owner&apos;s business-hours calendar.</source>
        <translation>Das SLA-Ziel: Geschäftsminuten von der Übergabe bis zum Erstkontakt, gezählt nach dem Geschäftszeiten-Kalender des Inhabers.</translation>
    </message>
    <message>
        <source>Minimum fit</source>
        <translation>Mindest-Fit</translation>
    </message>
    <message>
        <source>Required to qualify:</source>
        <translation>Erforderlich zur Qualifizierung:</translation>
    </message>
    <message>
        <source>Sales receives:</source>
        <translation>Vertrieb erhält:</translation>
    </message>
    <message>
        <source>Owner role</source>
        <translation>Inhaberrolle</translation>
    </message>
    <message>
        <source>Follow-up action</source>
        <translation>Follow-up-Aktion</translation>
    </message>
    <message>
        <source>First touch within</source>
        <translation>Erstkontakt innerhalb von</translation>
    </message>
    <message>
        <source>Remove from this version</source>
        <translation>Aus dieser Version entfernen</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <source>of business time (%1)</source>
        <translation>Geschäftszeit (%1)</translation>
    </message>
    <message>
        <source>SDR queue</source>
        <translation>SDR-Warteschlange</translation>
    </message>
    <message>
        <source>Personal follow-up</source>
        <translation>Persönliches Follow-up</translation>
    </message>
    <message>
        <source>Make changes in a draft</source>
        <translation>Änderungen in einem Entwurf vornehmen</translation>
    </message>
    <message>
        <source>%1 (not covered)</source>
        <translation>%1 (nicht abgedeckt)</translation>
    </message>
    <message>
        <source>Account owner</source>
        <translation>Account-Inhaber</translation>
    </message>
    <message>
        <source>AE</source>
        <translation>AE</translation>
    </message>
    <message>
        <source>Terms in version %1</source>
        <translation>Bedingungen in Version %1</translation>
    </message>
    <message>
        <source>New signal type</source>
        <translation>Neuer Signaltyp</translation>
    </message>
</context>
<context>
    <name>baton::CoverageAnalysis</name>
    <message>
        <source>The owner it names no longer exists.</source>
        <translation>Der darin genannte Inhaber existiert nicht mehr.</translation>
    </message>
    <message>
        <source>%1 is not working on %2.</source>
        <translation>%1 arbeitet am %2 nicht.</translation>
    </message>
    <message>
        <source>It assigns the account&apos;s owner, but it only matches leads without an account owner.</source>
        <translation>Sie weist den Inhaber des Accounts zu, trifft aber nur auf Leads ohne Account-Inhaber zu.</translation>
    </message>
    <message>
        <source>The team it names no longer exists.</source>
        <translation>Das darin genannte Team existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Nobody in %1 can take leads on %2 (weight, capacity or dates).</source>
        <translation>Niemand in %1 kann am %2 Leads übernehmen (Gewichtung, Kapazität oder Zeitraum).</translation>
    </message>
    <message>
        <source>Nobody in %1 can take leads (weight or capacity).</source>
        <translation>Niemand in %1 kann Leads übernehmen (Gewichtung oder Kapazität).</translation>
    </message>
    <message>
        <source>No signal type</source>
        <translation>Kein Signaltyp</translation>
    </message>
    <message>
        <source>Outside every territory</source>
        <translation>Außerhalb aller Gebiete</translation>
    </message>
    <message>
        <source>No segment</source>
        <translation>Kein Segment</translation>
    </message>
    <message>
        <source>No industry</source>
        <translation>Keine Branche</translation>
    </message>
    <message>
        <source>Any source</source>
        <translation>Beliebige Quelle</translation>
    </message>
    <message>
        <source>Any other source</source>
        <translation>Jede andere Quelle</translation>
    </message>
    <message>
        <source>Account owned</source>
        <translation>Account mit Inhaber</translation>
    </message>
    <message>
        <source>Not account owned</source>
        <translation>Account ohne Inhaber</translation>
    </message>
    <message>
        <source>signal type</source>
        <translation>Signaltyp</translation>
    </message>
    <message>
        <source>territory</source>
        <translation>Gebiet</translation>
    </message>
    <message>
        <source>segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>industry</source>
        <translation>Branche</translation>
    </message>
    <message>
        <source>source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>account owner</source>
        <translation>Account-Inhaber</translation>
    </message>
    <message>
        <source>Scenarios taken: %1</source>
        <translation>Übernommene Szenarien: %1</translation>
    </message>
    <message>
        <source>Shadowed: earlier rules take all its scenarios</source>
        <translation>Verdeckt: Frühere Regeln übernehmen alle ihre Szenarien</translation>
    </message>
    <message>
        <source>Cannot assign</source>
        <translation>Kann nicht zuweisen</translation>
    </message>
    <message>
        <source>Cannot assign: %1</source>
        <translation>Kann nicht zuweisen: %1</translation>
    </message>
    <message>
        <source>Matches no scenario: a condition accepts no value defined in the workspace</source>
        <translation>Trifft auf kein Szenario zu: Eine Bedingung akzeptiert keinen im Arbeitsbereich definierten Wert</translation>
    </message>
</context>
<context>
    <name>baton::CoverageModelEditor</name>
    <message>
        <source>%1 or more</source>
        <translation>%1 oder mehr</translation>
    </message>
    <message>
        <source>up to %1</source>
        <translation>bis %1</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Gebiet</translation>
    </message>
    <message>
        <source>Countries and regions</source>
        <translation>Länder und Regionen</translation>
    </message>
    <message>
        <source>territory</source>
        <translation>Gebiet</translation>
    </message>
    <message>
        <source>Territories</source>
        <translation>Gebiete</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Mitarbeitende</translation>
    </message>
    <message>
        <source>Annual revenue</source>
        <translation>Jahresumsatz</translation>
    </message>
    <message>
        <source>segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segmente</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Branche</translation>
    </message>
    <message>
        <source>industry</source>
        <translation>Branche</translation>
    </message>
    <message>
        <source>Industries</source>
        <translation>Branchen</translation>
    </message>
    <message>
        <source>Team or queue</source>
        <translation>Team oder Warteschlange</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Manager</translation>
    </message>
    <message>
        <source>Members (weight)</source>
        <translation>Mitglieder (Gewichtung)</translation>
    </message>
    <message>
        <source>team or queue</source>
        <translation>Team oder Warteschlange</translation>
    </message>
    <message>
        <source>Teams and queues</source>
        <translation>Teams und Warteschlangen</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Inhaber</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>Capacity a day</source>
        <translation>Kapazität pro Tag</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Out of office</source>
        <translation>Abwesend</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>Inhaber</translation>
    </message>
    <message>
        <source>Owners</source>
        <translation>Inhaber</translation>
    </message>
    <message>
        <source>Add %1…</source>
        <translation>%1 hinzufügen…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>fallback queue</source>
        <translation>Auffangwarteschlange</translation>
    </message>
    <message>
        <source>queue</source>
        <translation>Warteschlange</translation>
    </message>
    <message>
        <source>team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>seit %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>bis %1</translation>
    </message>
    <message>
        <source>Cannot remove</source>
        <translation>Entfernen nicht möglich</translation>
    </message>
    <message>
        <source>Cannot remove %1</source>
        <translation>%1 kann nicht entfernt werden</translation>
    </message>
    <message>
        <source>Edit territory %1</source>
        <translation>Gebiet %1 bearbeiten</translation>
    </message>
    <message>
        <source>Add territory %1</source>
        <translation>Gebiet %1 hinzufügen</translation>
    </message>
    <message>
        <source>Remove territory %1</source>
        <translation>Gebiet %1 entfernen</translation>
    </message>
    <message>
        <source>Edit segment %1</source>
        <translation>Segment %1 bearbeiten</translation>
    </message>
    <message>
        <source>Add segment %1</source>
        <translation>Segment %1 hinzufügen</translation>
    </message>
    <message>
        <source>Remove segment %1</source>
        <translation>Segment %1 entfernen</translation>
    </message>
    <message>
        <source>Rename industry</source>
        <translation>Branche umbenennen</translation>
    </message>
    <message>
        <source>New industry</source>
        <translation>Neue Branche</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>There is an industry called %1 already.</source>
        <translation>Es gibt bereits eine Branche namens %1.</translation>
    </message>
    <message>
        <source>Rename industry %1</source>
        <translation>Branche %1 umbenennen</translation>
    </message>
    <message>
        <source>Add industry %1</source>
        <translation>Branche %1 hinzufügen</translation>
    </message>
    <message>
        <source>Remove industry %1</source>
        <translation>Branche %1 entfernen</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message>
        <source>This is the fallback queue, and there must always be one. Make another queue the fallback first.</source>
        <translation>Dies ist die Auffangwarteschlange, und es muss immer eine geben. Machen Sie zuerst eine andere Warteschlange zur Auffangwarteschlange.</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message>
        <source>Edit owner %1</source>
        <translation>Inhaber %1 bearbeiten</translation>
    </message>
    <message>
        <source>Add owner %1</source>
        <translation>Inhaber %1 hinzufügen</translation>
    </message>
    <message>
        <source>Remove owner %1</source>
        <translation>Inhaber %1 entfernen</translation>
    </message>
</context>
<context>
    <name>baton::CoveragePage</name>
    <message>
        <source>Open a workspace to see whether its routing rules give every scenario an owner.</source>
        <translation>Öffnen Sie einen Arbeitsbereich, um zu sehen, ob seine Routing-Regeln jedem Szenario einen Inhaber geben.</translation>
    </message>
    <message>
        <source>Rule set</source>
        <translation>Regelwerk</translation>
    </message>
    <message>
        <source>Owners&apos; active dates and absences are judged on this day.</source>
        <translation>Aktive Zeiträume und Abwesenheiten der Inhaber werden zu diesem Tag beurteilt.</translation>
    </message>
    <message>
        <source>Owners available on</source>
        <translation>Inhaber verfügbar am</translation>
    </message>
    <message>
        <source>Also leads outside every territory, segment or industry</source>
        <translation>Auch Leads außerhalb aller Gebiete, Segmente oder Branchen</translation>
    </message>
    <message>
        <source>Rule set:</source>
        <translation>Regelwerk:</translation>
    </message>
    <message>
        <source>Owners available on:</source>
        <translation>Inhaber verfügbar am:</translation>
    </message>
    <message>
        <source>Signal types</source>
        <translation>Signaltypen</translation>
    </message>
    <message>
        <source>Each signal type has its own grid; the number in brackets counts its scenarios that reach only the fallback queue or no owner.</source>
        <translation>Jeder Signaltyp hat sein eigenes Raster; die Zahl in Klammern zählt seine Szenarien, die nur die Auffangwarteschlange oder keinen Inhaber erreichen.</translation>
    </message>
    <message>
        <source>Territory by segment grid</source>
        <translation>Raster Gebiet nach Segment</translation>
    </message>
    <message>
        <source>Click a cell to see its scenarios and the rules that take them.</source>
        <translation>Klicken Sie auf eine Zelle, um ihre Szenarien und die Regeln zu sehen, die sie übernehmen.</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Branche</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Reaches</source>
        <translation>Erreicht</translation>
    </message>
    <message>
        <source>Scenarios of the selected cell</source>
        <translation>Szenarien der ausgewählten Zelle</translation>
    </message>
    <message>
        <source>Open the rule</source>
        <translation>Regel öffnen</translation>
    </message>
    <message>
        <source>Shows the rule responsible on the Routing rules page (for a gap: the nearest rule).</source>
        <translation>Zeigt die verantwortliche Regel auf der Seite Routing-Regeln (bei einer Lücke: die nächstliegende Regel).</translation>
    </message>
    <message>
        <source>Rules that never fire or overlap (double-click to open):</source>
        <translation>Regeln, die nie greifen oder sich überlappen (Doppelklick zum Öffnen):</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>What coverage analysis found</source>
        <translation>Was die Abdeckungsanalyse ergeben hat</translation>
    </message>
    <message>
        <source>Shadowed and overlapping rules</source>
        <translation>Verdeckte und überlappende Regeln</translation>
    </message>
    <message>
        <source>&lt;b&gt;Scenario&lt;/b&gt;: one signal type × territory × segment × industry × source × whether the lead&apos;s account has an owner (sources: those the rules name, and any other). &lt;b&gt;Reaches an owner&lt;/b&gt;: the first matching rule that can assign on that day takes it. &lt;b&gt;Only the fallback&lt;/b&gt;: no rule takes it, so the fallback queue does. &lt;b&gt;No owner&lt;/b&gt;: not even the fallback queue has anyone available. &lt;b&gt;Shadowed&lt;/b&gt;: earlier rules take every scenario the rule matches (it fires only when they cannot assign). &lt;b&gt;Overlap&lt;/b&gt;: two rules match a common scenario; the earlier one wins. Capacity is not part of the analysis; Simulate shows it.</source>
        <translation>&lt;b&gt;Szenario&lt;/b&gt;: ein Signaltyp × Gebiet × Segment × Branche × Quelle × ob der Account des Leads einen Inhaber hat (Quellen: die in den Regeln genannten sowie jede andere). &lt;b&gt;Erreicht einen Inhaber&lt;/b&gt;: Die erste zutreffende Regel, die an diesem Tag zuweisen kann, übernimmt es. &lt;b&gt;Nur die Auffangwarteschlange&lt;/b&gt;: Keine Regel übernimmt es, also tut es die Auffangwarteschlange. &lt;b&gt;Kein Inhaber&lt;/b&gt;: Nicht einmal in der Auffangwarteschlange ist jemand verfügbar. &lt;b&gt;Verdeckt&lt;/b&gt;: Frühere Regeln übernehmen jedes Szenario, auf das die Regel zutrifft (sie greift nur, wenn jene nicht zuweisen können). &lt;b&gt;Überlappung&lt;/b&gt;: Zwei Regeln treffen auf ein gemeinsames Szenario zu; die frühere gewinnt. Die Kapazität ist nicht Teil der Analyse; die Simulation zeigt sie.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; scenarios: &lt;b&gt;%2&lt;/b&gt; reach an owner through a rule, &lt;b&gt;%3&lt;/b&gt; reach only the fallback queue%4, &lt;b&gt;%5&lt;/b&gt; reach no owner. %6</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; Szenarien: &lt;b&gt;%2&lt;/b&gt; erreichen über eine Regel einen Inhaber, &lt;b&gt;%3&lt;/b&gt; erreichen nur die Auffangwarteschlange%4, &lt;b&gt;%5&lt;/b&gt; erreichen keinen Inhaber. %6</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>Every scenario has an owner.</source>
        <translation>Jedes Szenario hat einen Inhaber.</translation>
    </message>
    <message>
        <source>The highlighted cells are the gaps.</source>
        <translation>Die hervorgehobenen Zellen sind die Lücken.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 of %2 reach no owner</source>
        <translation>%1 von %2 erreichen keinen Inhaber</translation>
    </message>
    <message>
        <source>%1 of %2 only the fallback</source>
        <translation>%1 von %2 nur die Auffangwarteschlange</translation>
    </message>
    <message>
        <source>✓ %1 covered</source>
        <translation>✓ %1 abgedeckt</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>only the fallback queue: %1</source>
        <translation>nur die Auffangwarteschlange: %1</translation>
    </message>
    <message>
        <source>no owner: %1</source>
        <translation>kein Inhaber: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; × &lt;b&gt;%2&lt;/b&gt; × &lt;b&gt;%3&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&#xa0;× &lt;b&gt;%2&lt;/b&gt;&#xa0;× &lt;b&gt;%3&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>No owner</source>
        <translation>Kein Inhaber</translation>
    </message>
    <message>
        <source>Only the fallback queue</source>
        <translation>Nur die Auffangwarteschlange</translation>
    </message>
    <message>
        <source> (rule %1)</source>
        <translation> (Regel %1)</translation>
    </message>
    <message>
        <source> · nearest rule: %1 (differs in: %2)</source>
        <translation> · nächstliegende Regel: %1 (weicht ab in: %2)</translation>
    </message>
    <message>
        <source>has an owner</source>
        <translation>hat einen Inhaber</translation>
    </message>
    <message>
        <source>no owner</source>
        <translation>kein Inhaber</translation>
    </message>
    <message>
        <source>Overlaps &quot;%1&quot; (scenarios both match: %2); the earlier rule wins there</source>
        <translation>Überlappt mit &quot;%1&quot; (Szenarien, auf die beide zutreffen: %2); dort gewinnt die frühere Regel</translation>
    </message>
    <message>
        <source>Every rule</source>
        <translation>Jede Regel</translation>
    </message>
    <message>
        <source>fires for some scenario, and no two rules overlap</source>
        <translation>greift für mindestens ein Szenario, und keine zwei Regeln überlappen sich</translation>
    </message>
</context>
<context>
    <name>baton::CoverageUsage</name>
    <message>
        <source>handoffs: %1</source>
        <translation>Übergaben: %1</translation>
    </message>
    <message>
        <source>accounts: %1</source>
        <translation>Accounts: %1</translation>
    </message>
    <message>
        <source>routing rules: %1</source>
        <translation>Routing-Regeln: %1</translation>
    </message>
    <message>
        <source>owners: %1</source>
        <translation>Inhaber: %1</translation>
    </message>
    <message>
        <source>routing rules naming it: %1</source>
        <translation>Routing-Regeln, die darauf verweisen: %1</translation>
    </message>
    <message>
        <source>This owner is still referred to (%1). Set their last working day instead, so that history keeps its owner and routing stops giving them leads.</source>
        <translation>Auf diesen Inhaber wird noch verwiesen (%1). Legen Sie stattdessen den letzten Arbeitstag fest, damit der Verlauf seinen Inhaber behält und das Routing keine Leads mehr zuweist.</translation>
    </message>
    <message>
        <source>It is still referred to (%1). Change or remove those first.</source>
        <translation>Darauf wird noch verwiesen (%1). Ändern oder entfernen Sie diese Verweise zuerst.</translation>
    </message>
</context>
<context>
    <name>baton::CsvReader</name>
    <message>
        <source>Reading the file failed: %1</source>
        <translation>Das Lesen der Datei ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The file is UTF-16 text. Save it as UTF-8 CSV (in Excel: CSV UTF-8) and import that.</source>
        <translation>Die Datei ist UTF-16-Text. Speichern Sie sie als UTF-8-CSV (in Excel: CSV UTF-8) und importieren Sie diese.</translation>
    </message>
    <message>
        <source>The record that starts on line %1 is larger than %2 MB; a quote is probably never closed. Check the file around that line.</source>
        <translation>Der Datensatz, der in Zeile %1 beginnt, ist größer als %2 MB; vermutlich wird ein Anführungszeichen nie geschlossen. Prüfen Sie die Datei um diese Zeile herum.</translation>
    </message>
</context>
<context>
    <name>baton::DashboardPage</name>
    <message>
        <source>Open a workspace to see its KPIs: acceptance, conversion, velocity, yield, SLA compliance and where handoffs leak.</source>
        <translation>Öffnen Sie einen Arbeitsbereich, um seine KPIs zu sehen: Annahme, Konversion, Geschwindigkeit, Ertrag, SLA-Einhaltung und wo Übergaben verloren gehen.</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Breakdowns</source>
        <translation>Aufschlüsselungen</translation>
    </message>
    <message>
        <source>Rejections</source>
        <translation>Ablehnungen</translation>
    </message>
    <message>
        <source>Definitions</source>
        <translation>Definitionen</translation>
    </message>
    <message>
        <source>rejected: %1</source>
        <translation>abgelehnt: %1</translation>
    </message>
    <message>
        <source>KPIs by</source>
        <translation>KPIs nach</translation>
    </message>
    <message>
        <source>Dimension of the KPI table</source>
        <translation>Dimension der KPI-Tabelle</translation>
    </message>
    <message>
        <source>KPIs</source>
        <translation>KPIs</translation>
    </message>
    <message>
        <source>Rejection reasons by</source>
        <translation>Ablehnungsgründe nach</translation>
    </message>
    <message>
        <source>Dimension of the rejection breakdown</source>
        <translation>Dimension der Ablehnungsaufschlüsselung</translation>
    </message>
    <message>
        <source>What the numbers mean</source>
        <translation>Was die Zahlen bedeuten</translation>
    </message>
    <message>
        <source>Definitions of the KPIs</source>
        <translation>Definitionen der KPIs</translation>
    </message>
    <message>
        <source>All handoffs</source>
        <translation>Alle Übergaben</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 handoffs · computed in %2 ms (%3), shown in %4 ms · data as of %5</source>
        <translation>%1 Übergaben · berechnet in %2 ms (%3), angezeigt in %4 ms · Datenstand %5</translation>
    </message>
    <message>
        <source>from the KPI cubes</source>
        <translation>aus den KPI-Cubes</translation>
    </message>
    <message>
        <source>from the handoffs</source>
        <translation>aus den Übergaben</translation>
    </message>
</context>
<context>
    <name>baton::DataStandardPage</name>
    <message>
        <source>No workspace open</source>
        <translation>Kein Arbeitsbereich geöffnet</translation>
    </message>
    <message>
        <source>Open a workspace to set the data standard: required fields per stage, UTM conventions, identity rules and how leads are matched to accounts.</source>
        <translation>Öffnen Sie einen Arbeitsbereich, um den Datenstandard festzulegen: Pflichtfelder je Phase, UTM-Konventionen, Identitätsregeln und wie Leads Accounts zugeordnet werden.</translation>
    </message>
    <message>
        <source>Required per stage</source>
        <translation>Pflichtfelder je Phase</translation>
    </message>
    <message>
        <source>Campaign and UTM conventions</source>
        <translation>Kampagnen- und UTM-Konventionen</translation>
    </message>
    <message>
        <source>Identity rules</source>
        <translation>Identitätsregeln</translation>
    </message>
    <message>
        <source>Account matching</source>
        <translation>Account-Zuordnung</translation>
    </message>
</context>
<context>
    <name>baton::EntityCommand</name>
    <message>
        <source>This item (%1) was changed by someone else since you edited it; it was left as it is.</source>
        <translation>Dieser Eintrag (%1) wurde seit Ihrer Bearbeitung von jemand anderem geändert; er wurde unverändert gelassen.</translation>
    </message>
</context>
<context>
    <name>baton::Generator</name>
    <message>
        <source>The demo generator&apos;s inputs are missing from this build.</source>
        <translation>Die Eingabedaten des Demo-Generators fehlen in diesem Build.</translation>
    </message>
    <message>
        <source>Reading the default rejection reasons failed.</source>
        <translation>Das Lesen der Standard-Ablehnungsgründe ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Public holiday</source>
        <translation>Gesetzlicher Feiertag</translation>
    </message>
    <message>
        <source>Vacation</source>
        <translation>Urlaub</translation>
    </message>
    <message>
        <source>Proposed: faster follow-up on pricing-page visits, event name required for event scans, content downloads need fit B.</source>
        <translation>Vorschlag: schnelleres Follow-up bei Besuchen der Preisseite, Eventname als Pflicht bei Event-Scans, Content-Downloads brauchen Fit B.</translation>
    </message>
    <message>
        <source>EMEA SDR response times are reviewed weekly until compliance is back above 80%.</source>
        <translation>Die Reaktionszeiten der EMEA-SDRs werden wöchentlich geprüft, bis die Einhaltung wieder über 80 % liegt.</translation>
    </message>
    <message>
        <source>Review EMEA SDR staffing against the SLA</source>
        <translation>Personalstärke der EMEA-SDRs anhand des SLA prüfen</translation>
    </message>
    <message>
        <source>APAC Enterprise leads need an owner; RevOps proposes a rule.</source>
        <translation>APAC-Enterprise-Leads brauchen einen Inhaber; RevOps schlägt eine Regel vor.</translation>
    </message>
    <message>
        <source>Add a routing rule for APAC Enterprise</source>
        <translation>Routing-Regel für APAC Enterprise hinzufügen</translation>
    </message>
    <message>
        <source>Marketing reviews the targeting of the AI-trends ebook campaign.</source>
        <translation>Marketing prüft die Zielgruppenausrichtung der Kampagne zum E-Book über KI-Trends.</translation>
    </message>
    <message>
        <source>Tighten the ebook-ai-trends-2026 audience</source>
        <translation>Zielgruppe von ebook-ai-trends-2026 eingrenzen</translation>
    </message>
    <message>
        <source>Accounts of people who left are reassigned within a week.</source>
        <translation>Accounts ausgeschiedener Personen werden innerhalb einer Woche neu zugewiesen.</translation>
    </message>
    <message>
        <source>Reassign Marco Rossi&apos;s accounts</source>
        <translation>Accounts von Marco Rossi neu zuweisen</translation>
    </message>
    <message>
        <source>Weekly Marketing and Sales handoff review.</source>
        <translation>Wöchentliche Übergabe-Besprechung von Marketing und Vertrieb.</translation>
    </message>
    <message>
        <source>Self-assessment at the quarterly review.</source>
        <translation>Selbsteinschätzung bei der Quartalsbesprechung.</translation>
    </message>
    <message>
        <source>Generating the demo workspace was cancelled.</source>
        <translation>Das Erzeugen des Demo-Arbeitsbereichs wurde abgebrochen.</translation>
    </message>
    <message>
        <source>%1 (%2 seats)</source>
        <translation>%1 (%2 Lizenzen)</translation>
    </message>
    <message>
        <source>The number of weeks must be between 1 and 520.</source>
        <translation>Die Anzahl der Wochen muss zwischen 1 und 520 liegen.</translation>
    </message>
    <message>
        <source>The number of handoffs cannot be negative.</source>
        <translation>Die Anzahl der Übergaben darf nicht negativ sein.</translation>
    </message>
</context>
<context>
    <name>baton::GovernanceMeetings</name>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Verworfen</translation>
    </message>
</context>
<context>
    <name>baton::HandoffFields</name>
    <message>
        <source>Lead id</source>
        <translation>Lead-ID</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Contact name</source>
        <translation>Kontaktname</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Signal type</source>
        <translation>Signaltyp</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampagne</translation>
    </message>
    <message>
        <source>UTM source</source>
        <translation>UTM-Quelle</translation>
    </message>
    <message>
        <source>UTM medium</source>
        <translation>UTM-Medium</translation>
    </message>
    <message>
        <source>UTM campaign</source>
        <translation>UTM-Kampagne</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Region or state</source>
        <translation>Region oder Bundesland</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Mitarbeitende</translation>
    </message>
    <message>
        <source>Annual revenue</source>
        <translation>Jahresumsatz</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Gebiet</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Branche</translation>
    </message>
    <message>
        <source>Fit grade</source>
        <translation>Fit-Note</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Inhaber</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Rejection reason</source>
        <translation>Ablehnungsgrund</translation>
    </message>
    <message>
        <source>Opportunity id</source>
        <translation>Opportunity-ID</translation>
    </message>
    <message>
        <source>Opportunity amount</source>
        <translation>Opportunity-Betrag</translation>
    </message>
    <message>
        <source>Won amount</source>
        <translation>Gewonnener Betrag</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Handed off</source>
        <translation>Übergeben</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Zugewiesen</translation>
    </message>
    <message>
        <source>First touch</source>
        <translation>Erstkontakt</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Opportunity created</source>
        <translation>Opportunity erstellt</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Abgeschlossen</translation>
    </message>
</context>
<context>
    <name>baton::HandoffImport</name>
    <message>
        <source>Handoffs without an owner cannot be routed: %1</source>
        <translation>Übergaben ohne Inhaber können nicht zugewiesen werden: %1</translation>
    </message>
    <message>
        <source>%1 is empty, so there is no handoff to update.</source>
        <translation>%1 ist leer, daher gibt es keine Übergabe zum Aktualisieren.</translation>
    </message>
    <message>
        <source>No handoff has %1 &quot;%2&quot; to update (import the file that creates it first).</source>
        <translation>Keine Übergabe mit %1 &quot;%2&quot; zum Aktualisieren vorhanden (importieren Sie zuerst die Datei, die sie anlegt).</translation>
    </message>
    <message>
        <source>Handed off is missing: a handoff needs the time it was handed to Sales.</source>
        <translation>„Übergeben“ fehlt: Eine Übergabe braucht den Zeitpunkt, zu dem sie an den Vertrieb übergeben wurde.</translation>
    </message>
    <message>
        <source>Repeats handoff %1 by the identity rule &quot;%2&quot; (the mapping keeps duplicates aside).</source>
        <translation>Wiederholt Übergabe %1 nach der Identitätsregel &quot;%2&quot; (die Zuordnung stellt Duplikate zurück).</translation>
    </message>
    <message>
        <source>handoff %1 (%2)</source>
        <translation>Übergabe %1 (%2)</translation>
    </message>
    <message>
        <source>  (implied)</source>
        <translation>  (abgeleitet)</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>Routed by</source>
        <translation>Zugewiesen durch</translation>
    </message>
    <message>
        <source>fallback queue</source>
        <translation>Auffangwarteschlange</translation>
    </message>
    <message>
        <source>SLA due</source>
        <translation>SLA fällig</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Kontext</translation>
    </message>
</context>
<context>
    <name>baton::HandoffTableModel</name>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>(unassigned)</source>
        <translation>(nicht zugewiesen)</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 Std. %2 Min.</translation>
    </message>
    <message>
        <source>no policy</source>
        <translation>keine Richtlinie</translation>
    </message>
    <message>
        <source>met</source>
        <translation>eingehalten</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>verfehlt</translation>
    </message>
    <message>
        <source>untouched</source>
        <translation>unbearbeitet</translation>
    </message>
    <message>
        <source>(no reason)</source>
        <translation>(kein Grund)</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>Handed off</source>
        <translation>Übergeben</translation>
    </message>
    <message>
        <source>Signal</source>
        <translation>Signal</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampagne</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Gebiet</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Inhaber</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Fit</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>First touch (business time)</source>
        <translation>Erstkontakt (Geschäftszeit)</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <source>Rejection reason</source>
        <translation>Ablehnungsgrund</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
</context>
<context>
    <name>baton::HandoffView</name>
    <message>
        <source>Search lead, email, contact or company</source>
        <translation>Lead, E-Mail, Kontakt oder Firma suchen</translation>
    </message>
    <message>
        <source>Search handoffs</source>
        <translation>Übergaben durchsuchen</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <source>Export these handoffs as CSV</source>
        <translation>Diese Übergaben als CSV exportieren</translation>
    </message>
    <message>
        <source>Handoffs</source>
        <translation>Übergaben</translation>
    </message>
    <message>
        <source>All handoffs</source>
        <translation>Alle Übergaben</translation>
    </message>
    <message>
        <source>%1 — %2 handoffs</source>
        <translation>%1 – %2 Übergaben</translation>
    </message>
    <message>
        <source>Export Handoffs</source>
        <translation>Übergaben exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
</context>
<context>
    <name>baton::HistoryPage</name>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Entfernt</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>No workspace open</source>
        <translation>Kein Arbeitsbereich geöffnet</translation>
    </message>
    <message>
        <source>Open a workspace to see every change made to its configuration: who changed what, when, and how.</source>
        <translation>Öffnen Sie einen Arbeitsbereich, um jede Änderung an seiner Konfiguration zu sehen: wer was wann und wie geändert hat.</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>What kind of thing changed</source>
        <translation>Welche Art von Element geändert wurde</translation>
    </message>
    <message>
        <source>Search who, which field, old or new value</source>
        <translation>Wer, welches Feld, alter oder neuer Wert suchen</translation>
    </message>
    <message>
        <source>Search the history</source>
        <translation>Verlauf durchsuchen</translation>
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
        <source>Which</source>
        <translation>Welches</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Configuration changes, newest first</source>
        <translation>Konfigurationsänderungen, neueste zuerst</translation>
    </message>
    <message>
        <source>Every change (%1)</source>
        <translation>Alle Änderungen (%1)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 changes</source>
        <translation>%1 Änderungen</translation>
    </message>
    <message>
        <source>Show %1 more (%2 of %3 shown)</source>
        <translation>%1 weitere anzeigen (%2 von %3 angezeigt)</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
</context>
<context>
    <name>baton::IdentityRulesTab</name>
    <message>
        <source>Which fields make two records the same lead. A rule applies when all its fields have a value; values are compared without case and surrounding spaces. The first record is the original; a later one with the same values under any enabled rule is a duplicate (recycled leads that come back on purpose are not). Fields are handoff fields such as email, contact_name, company, or context fields such as phone.</source>
        <translation>Welche Felder zwei Datensätze zum selben Lead machen. Eine Regel gilt, wenn alle ihre Felder einen Wert haben; Werte werden ohne Beachtung von Groß-/Kleinschreibung und umgebenden Leerzeichen verglichen. Der erste Datensatz ist das Original; ein späterer mit denselben Werten nach einer beliebigen aktivierten Regel ist ein Duplikat (recycelte Leads, die absichtlich zurückkommen, sind keine Duplikate). Felder sind Übergabefelder wie email, contact_name, company oder Kontextfelder wie phone.</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Reihenfolge</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Fields (comma-separated)</source>
        <translation>Felder (durch Kommas getrennt)</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <source>Add rule</source>
        <translation>Regel hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Same phone number</source>
        <translation>Gleiche Telefonnummer</translation>
    </message>
    <message>
        <source>Add an identity rule</source>
        <translation>Identitätsregel hinzufügen</translation>
    </message>
    <message>
        <source>Remove the identity rule %1</source>
        <translation>Identitätsregel %1 entfernen</translation>
    </message>
    <message>
        <source>Same %1</source>
        <translation>Gleiche Werte in %1</translation>
    </message>
    <message>
        <source>on</source>
        <translation>an</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>An identity rule needs a name and at least one field.</source>
        <translation>Eine Identitätsregel braucht einen Namen und mindestens ein Feld.</translation>
    </message>
    <message>
        <source>Edit the identity rule %1</source>
        <translation>Identitätsregel %1 bearbeiten</translation>
    </message>
    <message>
        <source>Re-order the identity rules</source>
        <translation>Identitätsregeln neu anordnen</translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>%1 verschieben</translation>
    </message>
</context>
<context>
    <name>baton::ImportDialog</name>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> und %n weitere</numerusform>
            <numerusform> und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Import CSV</source>
        <translation>CSV importieren</translation>
    </message>
    <message>
        <source>A CSV export of leads, contacts, deals, accounts or users</source>
        <translation>Ein CSV-Export von Leads, Kontakten, Deals, Accounts oder Benutzern</translation>
    </message>
    <message>
        <source>The CSV file to import</source>
        <translation>Die zu importierende CSV-Datei</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>&amp;Into:</source>
        <translation>&amp;Ziel:</translation>
    </message>
    <message>
        <source>The mapping: which column feeds which field</source>
        <translation>Die Zuordnung: welche Spalte welches Feld füllt</translation>
    </message>
    <message>
        <source>Mapping File…</source>
        <translation>Zuordnungsdatei…</translation>
    </message>
    <message>
        <source>Use a mapping.json file (the format is in README.md, “Import mappings”)</source>
        <translation>Eine mapping.json-Datei verwenden (das Format steht in README.md, „Import mappings“)</translation>
    </message>
    <message>
        <source>&amp;Mapping:</source>
        <translation>Zu&amp;ordnung:</translation>
    </message>
    <message>
        <source>The first records as they would be stored</source>
        <translation>Die ersten Datensätze, wie sie gespeichert würden</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>What the import did</source>
        <translation>Was der Import getan hat</translation>
    </message>
    <message>
        <source>&amp;View Kept-Aside Rows</source>
        <translation>Zurückgestellte Zeilen &amp;anzeigen</translation>
    </message>
    <message>
        <source>Import a CSV export</source>
        <translation>Einen CSV-Export importieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV-Dateien (*.csv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Use a mapping file</source>
        <translation>Eine Zuordnungsdatei verwenden</translation>
    </message>
    <message>
        <source>Mappings (*.json)</source>
        <translation>Zuordnungen (*.json)</translation>
    </message>
    <message>
        <source>Open a workspace first: an import adds to it.</source>
        <translation>Öffnen Sie zuerst einen Arbeitsbereich: Ein Import ergänzt ihn.</translation>
    </message>
    <message>
        <source>Recognised: “%1” (%2). The file&apos;s header has every column it looks for.</source>
        <translation>Erkannt: „%1“ (%2). Die Kopfzeile der Datei enthält jede Spalte, nach der sie sucht.</translation>
    </message>
    <message>
        <source>preset</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <source>saved mapping</source>
        <translation>gespeicherte Zuordnung</translation>
    </message>
    <message>
        <source>Baton does not recognise this file&apos;s columns as a known export.</source>
        <translation>Baton erkennt die Spalten dieser Datei nicht als bekannten Export.</translation>
    </message>
    <message>
        <source>%1: %2 of its %3 columns</source>
        <translation>%1: %2 von %3 Spalten</translation>
    </message>
    <message>
        <source>, lacks %1</source>
        <translation>, es fehlen %1</translation>
    </message>
    <message>
        <source>Closest: %1.</source>
        <translation>Am nächsten: %1.</translation>
    </message>
    <message>
        <source>Columns no mapping places: %1.</source>
        <translation>Spalten, die keine Zuordnung unterbringt: %1.</translation>
    </message>
    <message>
        <source>Choose a mapping below, or a mapping file.</source>
        <translation>Wählen Sie unten eine Zuordnung oder eine Zuordnungsdatei.</translation>
    </message>
    <message>
        <source>%1 (file %2)</source>
        <translation>%1 (Datei %2)</translation>
    </message>
    <message>
        <source>%1 (saved mapping)</source>
        <translation>%1 (gespeicherte Zuordnung)</translation>
    </message>
    <message>
        <source>%1 (preset)</source>
        <translation>%1 (Vorlage)</translation>
    </message>
    <message>
        <source> — recognised</source>
        <translation> – erkannt</translation>
    </message>
    <message>
        <source>Choose a file first</source>
        <translation>Wählen Sie zuerst eine Datei</translation>
    </message>
    <message>
        <source>Choose a mapping</source>
        <translation>Wählen Sie eine Zuordnung</translation>
    </message>
    <message>
        <source>Choose a CSV file. Baton recognises Salesforce and HubSpot exports and the sample datasets by their header row.</source>
        <translation>Wählen Sie eine CSV-Datei. Baton erkennt Exporte aus Salesforce und HubSpot sowie die Beispieldatensätze an ihrer Kopfzeile.</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Would create</source>
        <translation>Würde anlegen</translation>
    </message>
    <message>
        <source>new: a new row; updates …: the row with the same key is updated; anything else: why the record would be kept aside</source>
        <translation>neu: eine neue Zeile; aktualisiert …: die Zeile mit demselben Schlüssel wird aktualisiert; alles andere: warum der Datensatz zurückgestellt würde</translation>
    </message>
    <message>
        <source>kept aside: %1</source>
        <translation>zurückgestellt: %1</translation>
    </message>
    <message>
        <source>%1
As written in the file: this record would not be stored.</source>
        <translation>%1
Wie in der Datei geschrieben: Dieser Datensatz würde nicht gespeichert.</translation>
    </message>
    <message>
        <source>%1
In the file: %2</source>
        <translation>%1
In der Datei: %2</translation>
    </message>
    <message numerus="yes">
        <source>The first %n records as they would be stored; nothing is written until you import. Dates show how they were read.</source>
        <translation>
            <numerusform>Der erste Datensatz, wie er gespeichert würde; nichts wird geschrieben, bevor Sie importieren. Datumsangaben zeigen, wie sie gelesen wurden.</numerusform>
            <numerusform>Die ersten %n Datensätze, wie sie gespeichert würden; nichts wird geschrieben, bevor Sie importieren. Datumsangaben zeigen, wie sie gelesen wurden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Columns the mapping reads that the file lacks: %1.</source>
        <translation>Spalten, die die Zuordnung liest, die aber in der Datei fehlen: %1.</translation>
    </message>
    <message>
        <source>Columns no rule reads: %1.</source>
        <translation>Spalten, die keine Regel liest: %1.</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>%1 wird importiert…</translation>
    </message>
    <message>
        <source>The import was cancelled; the workspace is as it was.</source>
        <translation>Der Import wurde abgebrochen; der Arbeitsbereich ist unverändert.</translation>
    </message>
    <message>
        <source>The import failed and changed nothing: %1</source>
        <translation>Der Import ist fehlgeschlagen und hat nichts geändert: %1</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Gelesen</translation>
    </message>
    <message>
        <source>Imported as new</source>
        <translation>Neu importiert</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>Kept aside</source>
        <translation>Zurückgestellt</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Duplikate</translation>
    </message>
    <message numerus="yes">
        <source>%n records were kept aside, each with its line number and the reason; they are on the Import page and export as CSV.</source>
        <translation>
            <numerusform>%n Datensatz wurde zurückgestellt, mit Zeilennummer und Grund; er steht auf der Seite Import und lässt sich als CSV exportieren.</numerusform>
            <numerusform>%n Datensätze wurden zurückgestellt, jeweils mit Zeilennummer und Grund; sie stehen auf der Seite Import und lassen sich als CSV exportieren.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every record was stored; nothing was kept aside.</source>
        <translation>Jeder Datensatz wurde gespeichert; nichts wurde zurückgestellt.</translation>
    </message>
    <message>
        <source>Imported %1 with “%2” · %3</source>
        <translation>%1 mit „%2“ importiert · %3</translation>
    </message>
</context>
<context>
    <name>baton::ImportFields</name>
    <message>
        <source>Lead id</source>
        <translation>Lead-ID</translation>
    </message>
    <message>
        <source>Opportunity id</source>
        <translation>Opportunity-ID</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Contact name</source>
        <translation>Kontaktname</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Account (CRM id or name)</source>
        <translation>Account (CRM-ID oder Name)</translation>
    </message>
    <message>
        <source>Signal type</source>
        <translation>Signaltyp</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampagne</translation>
    </message>
    <message>
        <source>UTM source</source>
        <translation>UTM-Quelle</translation>
    </message>
    <message>
        <source>UTM medium</source>
        <translation>UTM-Medium</translation>
    </message>
    <message>
        <source>UTM campaign</source>
        <translation>UTM-Kampagne</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>State or region</source>
        <translation>Bundesland oder Region</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Mitarbeitende</translation>
    </message>
    <message>
        <source>Annual revenue</source>
        <translation>Jahresumsatz</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Gebiet</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Branche</translation>
    </message>
    <message>
        <source>Fit grade</source>
        <translation>Fit-Note</translation>
    </message>
    <message>
        <source>Lifecycle stage</source>
        <translation>Lifecycle-Phase</translation>
    </message>
    <message>
        <source>Owner (name or email)</source>
        <translation>Inhaber (Name oder E-Mail)</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Rejection reason</source>
        <translation>Ablehnungsgrund</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Handed off</source>
        <translation>Übergeben</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Zugewiesen</translation>
    </message>
    <message>
        <source>First touch</source>
        <translation>Erstkontakt</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Opportunity created</source>
        <translation>Opportunity erstellt</translation>
    </message>
    <message>
        <source>Closed (won or lost)</source>
        <translation>Abgeschlossen (gewonnen oder verloren)</translation>
    </message>
    <message>
        <source>Opportunity amount</source>
        <translation>Opportunity-Betrag</translation>
    </message>
    <message>
        <source>Won amount</source>
        <translation>Gewonnener Betrag</translation>
    </message>
    <message>
        <source>Deal amount (opportunity; won when won)</source>
        <translation>Deal-Betrag (Opportunity; bei Gewinn gewonnen)</translation>
    </message>
    <message>
        <source>Account id in the CRM</source>
        <translation>Account-ID im CRM</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>Account-Name</translation>
    </message>
    <message>
        <source>Web domain</source>
        <translation>Web-Domain</translation>
    </message>
    <message>
        <source>Account owner (name or email)</source>
        <translation>Account-Inhaber (Name oder E-Mail)</translation>
    </message>
    <message>
        <source>Account team</source>
        <translation>Account-Team</translation>
    </message>
    <message>
        <source>Parent account (CRM id or name)</source>
        <translation>Übergeordneter Account (CRM-ID oder Name)</translation>
    </message>
    <message>
        <source>Owner name</source>
        <translation>Name des Inhabers</translation>
    </message>
    <message>
        <source>Role (SDR, AE, ...)</source>
        <translation>Rolle (SDR, AE, ...)</translation>
    </message>
    <message>
        <source>Team manager</source>
        <translation>Team-Manager</translation>
    </message>
    <message>
        <source>Time zone (IANA id)</source>
        <translation>Zeitzone (IANA-ID)</translation>
    </message>
    <message>
        <source>Capacity per day</source>
        <translation>Kapazität pro Tag</translation>
    </message>
    <message>
        <source>Active from</source>
        <translation>Aktiv ab</translation>
    </message>
    <message>
        <source>Active until</source>
        <translation>Aktiv bis</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Kontext</translation>
    </message>
    <message>
        <source>Handoffs</source>
        <translation>Übergaben</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <source>Owners</source>
        <translation>Inhaber</translation>
    </message>
    <message>
        <source>Context: %1</source>
        <translation>Kontext: %1</translation>
    </message>
</context>
<context>
    <name>baton::ImportHistory</name>
    <message>
        <source>Import %1 does not exist.</source>
        <translation>Import %1 existiert nicht.</translation>
    </message>
    <message>
        <source>line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Writing %1 failed: %2</source>
        <translation>Das Schreiben von %1 ist fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>baton::ImportPage</name>
    <message>
        <source>No workspace open</source>
        <translation>Kein Arbeitsbereich geöffnet</translation>
    </message>
    <message>
        <source>Open or create a workspace, then import a CRM&apos;s CSV export into it: handoffs, accounts or owners.</source>
        <translation>Öffnen oder erstellen Sie einen Arbeitsbereich und importieren Sie dann den CSV-Export eines CRM: Übergaben, Accounts oder Inhaber.</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>CSV importieren…</translation>
    </message>
    <message>
        <source>Import a CRM&apos;s CSV export: handoffs, accounts or owners</source>
        <translation>Den CSV-Export eines CRM importieren: Übergaben, Accounts oder Inhaber</translation>
    </message>
    <message>
        <source>No imports yet</source>
        <translation>Noch keine Importe</translation>
    </message>
    <message>
        <source>Import CSV… reads a CRM export with a preset (Salesforce, HubSpot, the sample datasets), a saved mapping or a mapping file. Each import is listed here with its counts and the rows it kept aside.</source>
        <translation>„CSV importieren…“ liest einen CRM-Export mit einer Vorlage (Salesforce, HubSpot, die Beispieldatensätze), einer gespeicherten Zuordnung oder einer Zuordnungsdatei. Jeder Import wird hier mit seinen Zählwerten und den zurückgestellten Zeilen aufgeführt.</translation>
    </message>
    <message>
        <source>Imports, newest first</source>
        <translation>Importe, neueste zuerst</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Mapping</source>
        <translation>Zuordnung</translation>
    </message>
    <message>
        <source>Into</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Gelesen</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>Kept aside</source>
        <translation>Zurückgestellt</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Duplikate</translation>
    </message>
    <message>
        <source>Filter by reason or by any text of the record</source>
        <translation>Nach Grund oder beliebigem Text des Datensatzes filtern</translation>
    </message>
    <message>
        <source>Filter the kept-aside rows</source>
        <translation>Zurückgestellte Zeilen filtern</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <source>Write the rows shown to a CSV file: line, reason and the record&apos;s own columns, ready to fix in a spreadsheet and import again</source>
        <translation>Die angezeigten Zeilen in eine CSV-Datei schreiben: Zeile, Grund und die eigenen Spalten des Datensatzes, bereit zum Korrigieren in einer Tabellenkalkulation und zum erneuten Import</translation>
    </message>
    <message>
        <source>Rows kept aside: line, reason and the record</source>
        <translation>Zurückgestellte Zeilen: Zeile, Grund und Datensatz</translation>
    </message>
    <message>
        <source>Rows kept aside by the import of %1 (%2)</source>
        <translation>Vom Import von %1 (%2) zurückgestellte Zeilen</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was kept aside: every one of the %Ln records this import read was stored.</source>
        <translation>
            <numerusform>Nichts wurde zurückgestellt: Der eine Datensatz, den dieser Import gelesen hat, wurde gespeichert.</numerusform>
            <numerusform>Nichts wurde zurückgestellt: Alle %Ln Datensätze, die dieser Import gelesen hat, wurden gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation>%1 Zeilen</translation>
    </message>
    <message>
        <source>%1 of %2 rows</source>
        <translation>%1 von %2 Zeilen</translation>
    </message>
    <message>
        <source>Choose an import first.</source>
        <translation>Wählen Sie zuerst einen Import.</translation>
    </message>
    <message>
        <source>line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Writing %1 failed: %2</source>
        <translation>Das Schreiben von %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>kept-aside-%1.csv</source>
        <translation>kept-aside-%1.csv</translation>
    </message>
    <message>
        <source>Export the kept-aside rows</source>
        <translation>Zurückgestellte Zeilen exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>baton::ImportPresets</name>
    <message>
        <source>%1 (%2 of %3 columns; missing %4)</source>
        <translation>%1 (%2 von %3 Spalten; es fehlen %4)</translation>
    </message>
    <message>
        <source>Baton does not recognise this file&apos;s columns as a known export.</source>
        <translation>Baton erkennt die Spalten dieser Datei nicht als bekannten Export.</translation>
    </message>
    <message>
        <source>Closest: %1.</source>
        <translation>Am nächsten: %1.</translation>
    </message>
    <message>
        <source>No preset or saved mapping shares a column with it.</source>
        <translation>Keine Vorlage und keine gespeicherte Zuordnung hat eine Spalte mit ihr gemeinsam.</translation>
    </message>
    <message>
        <source>Columns no mapping places: %1.</source>
        <translation>Spalten, die keine Zuordnung unterbringt: %1.</translation>
    </message>
    <message>
        <source>Choose a mapping (a saved one, a preset, or a mapping.json file).</source>
        <translation>Wählen Sie eine Zuordnung (eine gespeicherte, eine Vorlage oder eine mapping.json-Datei).</translation>
    </message>
    <message>
        <source>Cannot read the mapping %1: %2</source>
        <translation>Die Zuordnung %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The mapping %1 is larger than 1 MB; a mapping is a short JSON file.</source>
        <translation>Die Zuordnung %1 ist größer als 1 MB; eine Zuordnung ist eine kurze JSON-Datei.</translation>
    </message>
    <message>
        <source>The mapping %1 cannot be used: %2</source>
        <translation>Die Zuordnung %1 kann nicht verwendet werden: %2</translation>
    </message>
    <message>
        <source>There is no mapping called &quot;%1&quot;. Use a mapping.json file or one of: %2.</source>
        <translation>Es gibt keine Zuordnung namens &quot;%1&quot;. Verwenden Sie eine mapping.json-Datei oder eine von: %2.</translation>
    </message>
</context>
<context>
    <name>baton::ImportReferences</name>
    <message>
        <source>signal type</source>
        <translation>Signaltyp</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>Inhaber</translation>
    </message>
    <message>
        <source>team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>territory</source>
        <translation>Gebiet</translation>
    </message>
    <message>
        <source>segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>industry</source>
        <translation>Branche</translation>
    </message>
    <message>
        <source>lifecycle stage</source>
        <translation>Lifecycle-Phase</translation>
    </message>
    <message>
        <source>rejection reason</source>
        <translation>Ablehnungsgrund</translation>
    </message>
    <message>
        <source>account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>business calendar</source>
        <translation>Geschäftskalender</translation>
    </message>
    <message>
        <source>Created by an import</source>
        <translation>Durch einen Import angelegt</translation>
    </message>
    <message>
        <source>Created by an import; give it a recycle play</source>
        <translation>Durch einen Import angelegt; weisen Sie ihm einen Recycling-Pfad zu</translation>
    </message>
    <message>
        <source>An import cannot create a %1 (&quot;%2&quot;).</source>
        <translation>Ein Import kann Folgendes nicht anlegen: %1 (&quot;%2&quot;).</translation>
    </message>
</context>
<context>
    <name>baton::ImportText</name>
    <message>
        <source>Handoffs routed by the rules</source>
        <translation>Durch die Regeln zugewiesene Übergaben</translation>
    </message>
    <message>
        <source>Of those, sent to the fallback queue</source>
        <translation>Davon an die Auffangwarteschlange gesendet</translation>
    </message>
    <message>
        <source>Handoffs matched to an account</source>
        <translation>Einem Account zugeordnete Übergaben</translation>
    </message>
    <message>
        <source>Timestamps implied by a later one</source>
        <translation>Aus einem späteren abgeleitete Zeitstempel</translation>
    </message>
    <message>
        <source>Outcomes derived from timestamps</source>
        <translation>Aus Zeitstempeln abgeleitete Ergebnisse</translation>
    </message>
    <message>
        <source>Parent accounts set</source>
        <translation>Gesetzte übergeordnete Accounts</translation>
    </message>
    <message>
        <source>Parent accounts not found</source>
        <translation>Nicht gefundene übergeordnete Accounts</translation>
    </message>
    <message>
        <source>Team memberships added</source>
        <translation>Hinzugefügte Team-Mitgliedschaften</translation>
    </message>
    <message>
        <source>Team managers set</source>
        <translation>Gesetzte Team-Manager</translation>
    </message>
    <message>
        <source>Signal types created</source>
        <translation>Angelegte Signaltypen</translation>
    </message>
    <message>
        <source>Owners created</source>
        <translation>Angelegte Inhaber</translation>
    </message>
    <message>
        <source>Teams created</source>
        <translation>Angelegte Teams</translation>
    </message>
    <message>
        <source>Territories created</source>
        <translation>Angelegte Gebiete</translation>
    </message>
    <message>
        <source>Segments created</source>
        <translation>Angelegte Segmente</translation>
    </message>
    <message>
        <source>Industries created</source>
        <translation>Angelegte Branchen</translation>
    </message>
    <message>
        <source>Stages created</source>
        <translation>Angelegte Phasen</translation>
    </message>
    <message>
        <source>Rejection reasons created</source>
        <translation>Angelegte Ablehnungsgründe</translation>
    </message>
    <message>
        <source>Accounts created</source>
        <translation>Angelegte Accounts</translation>
    </message>
    <message>
        <source>Calendars created</source>
        <translation>Angelegte Kalender</translation>
    </message>
    <message>
        <source>Records in the file after the header row. Read = imported + updated + kept aside.</source>
        <translation>Datensätze in der Datei nach der Kopfzeile. Gelesen = importiert + aktualisiert + zurückgestellt.</translation>
    </message>
    <message>
        <source>Records written as new rows.</source>
        <translation>Als neue Zeilen geschriebene Datensätze.</translation>
    </message>
    <message>
        <source>Records that updated a row an earlier import (or the workspace) already had, found by the mapping&apos;s key.</source>
        <translation>Datensätze, die eine Zeile aktualisiert haben, die ein früherer Import (oder der Arbeitsbereich) bereits hatte, gefunden über den Schlüssel der Zuordnung.</translation>
    </message>
    <message>
        <source>Records not written, each kept in the workspace with its line number and the reason.</source>
        <translation>Nicht geschriebene Datensätze, jeweils mit Zeilennummer und Grund im Arbeitsbereich aufbewahrt.</translation>
    </message>
    <message>
        <source>Handoffs that repeat an earlier one under an identity rule (imported, or kept aside when the mapping says so).</source>
        <translation>Übergaben, die eine frühere nach einer Identitätsregel wiederholen (importiert oder zurückgestellt, wenn die Zuordnung es so vorsieht).</translation>
    </message>
    <message>
        <source>Written straight into the file (rollback journal; nothing else had the workspace open)</source>
        <translation>Direkt in die Datei geschrieben (Rollback-Journal; niemand sonst hatte den Arbeitsbereich geöffnet)</translation>
    </message>
    <message>
        <source>Keys moved to temporary files (the key tables keep to a fixed memory budget)</source>
        <translation>In temporäre Dateien ausgelagerte Schlüssel (die Schlüsseltabellen halten sich an ein festes Speicherbudget)</translation>
    </message>
</context>
<context>
    <name>baton::Importer</name>
    <message>
        <source>The file is empty: it needs a header row naming its columns.</source>
        <translation>Die Datei ist leer: Sie braucht eine Kopfzeile mit den Spaltennamen.</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>Der Import wurde abgebrochen; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>new; repeats %1</source>
        <translation>neu; wiederholt %1</translation>
    </message>
    <message>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <source>The workspace is open read-only; nothing can be imported into it.</source>
        <translation>Der Arbeitsbereich ist schreibgeschützt geöffnet; es kann nichts in ihn importiert werden.</translation>
    </message>
    <message>
        <source>(unnamed data)</source>
        <translation>(unbenannte Daten)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is empty: it needs a header row naming its columns.</source>
        <translation>%1 ist leer: Die Datei braucht eine Kopfzeile mit den Spaltennamen.</translation>
    </message>
    <message>
        <source>updates handoff %1</source>
        <translation>aktualisiert Übergabe %1</translation>
    </message>
    <message>
        <source>updates account %1</source>
        <translation>aktualisiert Account %1</translation>
    </message>
    <message>
        <source>updates owner %1</source>
        <translation>aktualisiert Inhaber %1</translation>
    </message>
</context>
<context>
    <name>baton::InactiveOwners</name>
    <message>
        <source>Open handoffs of owners who are not there</source>
        <translation>Offene Übergaben von Inhabern, die nicht da sind</translation>
    </message>
</context>
<context>
    <name>baton::IsoWeek</name>
    <message>
        <source>&apos;%1&apos; is not an ISO week; write it like 2026-W47.</source>
        <translation>&apos;%1&apos; ist keine ISO-Woche; schreiben Sie sie wie 2026-W47.</translation>
    </message>
</context>
<context>
    <name>baton::KeptAsideModel</name>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Record as written in the file</source>
        <translation>Datensatz wie in der Datei geschrieben</translation>
    </message>
</context>
<context>
    <name>baton::KpiDeferral</name>
    <message>
        <source>Another bulk write of handoffs is still running in this workspace; try again when it has finished.</source>
        <translation>In diesem Arbeitsbereich läuft noch ein anderer Massenschreibvorgang für Übergaben; versuchen Sie es erneut, wenn er abgeschlossen ist.</translation>
    </message>
</context>
<context>
    <name>baton::KpiDefinitions</name>
    <message>
        <source>Handoffs</source>
        <translation>Übergaben</translation>
    </message>
    <message>
        <source>Handoffs handed off in the period (by the ISO week of their handoff in the workspace&apos;s time zone).</source>
        <translation>Im Zeitraum übergebene Übergaben (nach der ISO-Woche ihrer Übergabe in der Zeitzone des Arbeitsbereichs).</translation>
    </message>
    <message>
        <source>Acceptance rate</source>
        <translation>Annahmequote</translation>
    </message>
    <message>
        <source>Accepted ÷ (accepted + rejected): of the handoffs Sales has decided on, the share it accepted. Open handoffs are left out; empty when none was decided.</source>
        <translation>Angenommen ÷ (angenommen + abgelehnt): von den Übergaben, über die der Vertrieb entschieden hat, der angenommene Anteil. Offene Übergaben bleiben außen vor; leer, wenn über keine entschieden wurde.</translation>
    </message>
    <message>
        <source>Conversion rate</source>
        <translation>Konversionsrate</translation>
    </message>
    <message>
        <source>Handoffs that became an opportunity ÷ all handoffs.</source>
        <translation>Übergaben, aus denen eine Opportunity wurde ÷ alle Übergaben.</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>Gewinnquote</translation>
    </message>
    <message>
        <source>Won ÷ (won + lost): of the closed opportunities from handoffs, the share won; empty when none closed.</source>
        <translation>Gewonnen ÷ (gewonnen + verloren): von den abgeschlossenen Opportunities aus Übergaben der gewonnene Anteil; leer, wenn keine abgeschlossen wurde.</translation>
    </message>
    <message>
        <source>Velocity to opportunity (median, p90)</source>
        <translation>Geschwindigkeit bis zur Opportunity (Median, p90)</translation>
    </message>
    <message>
        <source>Calendar days from handoff to opportunity, over the handoffs that became one: the median (the mean of the two middle values for an even count) and the 90th percentile (nearest rank: the smallest value at or above 90 % of them).</source>
        <translation>Kalendertage von der Übergabe bis zur Opportunity, über die Übergaben, aus denen eine wurde: der Median (bei gerader Anzahl der Mittelwert der beiden mittleren Werte) und das 90. Perzentil (nächster Rang: der kleinste Wert, der bei oder über 90 % von ihnen liegt).</translation>
    </message>
    <message>
        <source>Velocity to won (median, p90)</source>
        <translation>Geschwindigkeit bis gewonnen (Median, p90)</translation>
    </message>
    <message>
        <source>Calendar days from handoff to the close of a won opportunity, over the won handoffs; median and 90th percentile as for velocity to opportunity.</source>
        <translation>Kalendertage von der Übergabe bis zum Abschluss einer gewonnenen Opportunity, über die gewonnenen Übergaben; Median und 90. Perzentil wie bei der Geschwindigkeit bis zur Opportunity.</translation>
    </message>
    <message>
        <source>Pipeline per handoff</source>
        <translation>Pipeline pro Übergabe</translation>
    </message>
    <message>
        <source>Sum of the opportunity amounts of the handoffs ÷ all handoffs (yield).</source>
        <translation>Summe der Opportunity-Beträge der Übergaben ÷ alle Übergaben (Ertrag).</translation>
    </message>
    <message>
        <source>Won per handoff</source>
        <translation>Gewonnen pro Übergabe</translation>
    </message>
    <message>
        <source>Sum of the won amounts of the handoffs ÷ all handoffs (yield).</source>
        <translation>Summe der gewonnenen Beträge der Übergaben ÷ alle Übergaben (Ertrag).</translation>
    </message>
    <message>
        <source>SLA compliance</source>
        <translation>SLA-Einhaltung</translation>
    </message>
    <message>
        <source>Met ÷ decided, as of the workspace&apos;s data date: met = first touch at or before the SLA due time; decided = touched, or untouched with the due time passed. Handoffs without an SLA policy are in neither.</source>
        <translation>Eingehalten ÷ entschieden, zum Datenstand des Arbeitsbereichs: eingehalten = Erstkontakt zum oder vor dem SLA-Fälligkeitszeitpunkt; entschieden = bearbeitet oder unbearbeitet mit überschrittenem Fälligkeitszeitpunkt. Übergaben ohne SLA-Richtlinie zählen zu keinem von beiden.</translation>
    </message>
    <message>
        <source>Time to first touch (median, p90)</source>
        <translation>Zeit bis zum Erstkontakt (Median, p90)</translation>
    </message>
    <message>
        <source>Business minutes from handoff to the first touch, on the calendar the handoff&apos;s SLA runs on, over the touched handoffs; median and 90th percentile as for velocity.</source>
        <translation>Geschäftsminuten von der Übergabe bis zum Erstkontakt, nach dem Kalender, auf dem das SLA der Übergabe läuft, über die bearbeiteten Übergaben; Median und 90. Perzentil wie bei der Geschwindigkeit.</translation>
    </message>
    <message>
        <source>Leakage: unassigned or fallback</source>
        <translation>Leakage: nicht zugewiesen oder Auffangwarteschlange</translation>
    </message>
    <message>
        <source>Handoffs without an owner or routed to the fallback queue, and their share of all handoffs.</source>
        <translation>Übergaben ohne Inhaber oder an die Auffangwarteschlange zugewiesen, und ihr Anteil an allen Übergaben.</translation>
    </message>
    <message>
        <source>Leakage: untouched past SLA</source>
        <translation>Leakage: unbearbeitet nach SLA-Frist</translation>
    </message>
    <message>
        <source>Handoffs never touched whose SLA due time has passed, and their share of all handoffs.</source>
        <translation>Nie bearbeitete Übergaben, deren SLA-Fälligkeitszeitpunkt überschritten ist, und ihr Anteil an allen Übergaben.</translation>
    </message>
    <message>
        <source>Leakage: rejected with a reason</source>
        <translation>Leakage: mit Grund abgelehnt</translation>
    </message>
    <message>
        <source>Handoffs Sales rejected with a reason (they go to that reason&apos;s recycle play), and their share.</source>
        <translation>Übergaben, die der Vertrieb mit einem Grund abgelehnt hat (sie gehen in den Recycling-Pfad dieses Grundes), und ihr Anteil.</translation>
    </message>
    <message>
        <source>Leakage: rejected without a reason</source>
        <translation>Leakage: ohne Grund abgelehnt</translation>
    </message>
    <message>
        <source>Rejected handoffs with no reason recorded (imported history): no recycle play can pick them up.</source>
        <translation>Abgelehnte Übergaben ohne erfassten Grund (importierter Verlauf): Kein Recycling-Pfad kann sie aufgreifen.</translation>
    </message>
    <message>
        <source>Leakage: accepted, never converted</source>
        <translation>Leakage: angenommen, nie konvertiert</translation>
    </message>
    <message>
        <source>Handoffs Sales accepted that have no opportunity, and their share of all handoffs.</source>
        <translation>Vom Vertrieb angenommene Übergaben ohne Opportunity, und ihr Anteil an allen Übergaben.</translation>
    </message>
    <message>
        <source>Leakage funnel</source>
        <translation>Leakage-Trichter</translation>
    </message>
    <message>
        <source>The five leaks above ranked by count. They are counted one by one, so a handoff can be in two (routed to the fallback queue, then rejected).</source>
        <translation>Die fünf oben genannten Verluste nach Anzahl geordnet. Sie werden einzeln gezählt, daher kann eine Übergabe in zweien vorkommen (an die Auffangwarteschlange zugewiesen, dann abgelehnt).</translation>
    </message>
    <message>
        <source>Recycled: came back</source>
        <translation>Recycelt: zurückgekommen</translation>
    </message>
    <message>
        <source>Rejected handoffs from which a later handoff was recycled (handed off again by the play).</source>
        <translation>Abgelehnte Übergaben, aus denen später eine Übergabe recycelt wurde (durch den Pfad erneut übergeben).</translation>
    </message>
    <message>
        <source>Recycled: converted</source>
        <translation>Recycelt: konvertiert</translation>
    </message>
    <message>
        <source>Rejected handoffs whose recycled handoff became an opportunity.</source>
        <translation>Abgelehnte Übergaben, deren recycelte Übergabe zu einer Opportunity wurde.</translation>
    </message>
    <message>
        <source>Governance gap</source>
        <translation>Governance-Lücke</translation>
    </message>
    <message>
        <source>A rejection reason with no recycle play: handoffs rejected with it go nowhere.</source>
        <translation>Ein Ablehnungsgrund ohne Recycling-Pfad: Damit abgelehnte Übergaben landen nirgendwo.</translation>
    </message>
    <message>
        <source>Account stage</source>
        <translation>Account-Phase</translation>
    </message>
    <message>
        <source>The furthest lifecycle stage any of the account&apos;s handoffs is in now: funnel stages by their order, before the stages beside the funnel (Nurture, Disqualified).</source>
        <translation>Die am weitesten fortgeschrittene Lifecycle-Phase, in der sich eine der Übergaben des Accounts derzeit befindet: Trichterphasen nach ihrer Reihenfolge, vor den Phasen neben dem Trichter (Nurturing, Disqualifiziert).</translation>
    </message>
    <message>
        <source>Handled by the account owner</source>
        <translation>Vom Account-Inhaber bearbeitet</translation>
    </message>
    <message>
        <source>Of an account&apos;s handoffs, the share owned by the account&apos;s owner: how much of the account motion stays with one person.</source>
        <translation>Von den Übergaben eines Accounts der Anteil, der dem Inhaber des Accounts gehört: wie viel vom Account-Vorgang bei einer Person bleibt.</translation>
    </message>
</context>
<context>
    <name>baton::KpiDimensions</name>
    <message>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Campaign / offer</source>
        <translation>Kampagne / Angebot</translation>
    </message>
    <message>
        <source>Signal type</source>
        <translation>Signaltyp</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Inhaber</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Gebiet</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Rejection reason</source>
        <translation>Ablehnungsgrund</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a dimension; use one of: %2.</source>
        <translation>&apos;%1&apos; ist keine Dimension; verwenden Sie eine von: %2.</translation>
    </message>
    <message>
        <source>week</source>
        <comment>inside a sentence</comment>
        <translation>Woche</translation>
    </message>
    <message>
        <source>segment</source>
        <comment>inside a sentence</comment>
        <translation>Segment</translation>
    </message>
    <message>
        <source>source</source>
        <comment>inside a sentence</comment>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>campaign / offer</source>
        <comment>inside a sentence</comment>
        <translation>Kampagne / Angebot</translation>
    </message>
    <message>
        <source>signal type</source>
        <comment>inside a sentence</comment>
        <translation>Signaltyp</translation>
    </message>
    <message>
        <source>owner</source>
        <comment>inside a sentence</comment>
        <translation>Inhaber</translation>
    </message>
    <message>
        <source>team</source>
        <comment>inside a sentence</comment>
        <translation>Team</translation>
    </message>
    <message>
        <source>territory</source>
        <comment>inside a sentence</comment>
        <translation>Gebiet</translation>
    </message>
    <message>
        <source>account</source>
        <comment>inside a sentence</comment>
        <translation>Account</translation>
    </message>
    <message>
        <source>rejection reason</source>
        <comment>inside a sentence</comment>
        <translation>Ablehnungsgrund</translation>
    </message>
</context>
<context>
    <name>baton::KpiFilterBar</name>
    <message>
        <source>From week</source>
        <translation>Ab Woche</translation>
    </message>
    <message>
        <source>To week</source>
        <translation>Bis Woche</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Campaign / offer</source>
        <translation>Kampagne / Angebot</translation>
    </message>
    <message>
        <source>Signal type</source>
        <translation>Signaltyp</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Weeks</source>
        <translation>Wochen</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <source>Clear every filter and drill-down</source>
        <translation>Alle Filter und Drilldowns zurücksetzen</translation>
    </message>
    <message>
        <source>first</source>
        <translation>erste</translation>
    </message>
    <message>
        <source>last</source>
        <translation>letzte</translation>
    </message>
    <message>
        <source>All segments</source>
        <translation>Alle Segmente</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>Alle Quellen</translation>
    </message>
    <message>
        <source>All campaigns</source>
        <translation>Alle Kampagnen</translation>
    </message>
    <message>
        <source>All signal types</source>
        <translation>Alle Signaltypen</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>Alle Teams</translation>
    </message>
    <message>
        <source>All handoffs. Click a bar or a point in a chart to narrow the dashboard to it and see the handoffs behind it.</source>
        <translation>Alle Übergaben. Klicken Sie auf einen Balken oder einen Punkt in einem Diagramm, um das Dashboard darauf einzugrenzen und die zugehörigen Übergaben zu sehen.</translation>
    </message>
    <message>
        <source>Showing: %1</source>
        <translation>Angezeigt: %1</translation>
    </message>
    <message>
        <source>week %1</source>
        <translation>Woche %1</translation>
    </message>
    <message>
        <source>weeks %1 to %2</source>
        <translation>Wochen %1 bis %2</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(gelöscht)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>baton::KpiFormat</name>
    <message>
        <source>%1 B</source>
        <comment>billions, abbreviated</comment>
        <translation>%1 Mrd.</translation>
    </message>
    <message>
        <source>%1 M</source>
        <comment>millions, abbreviated</comment>
        <translation>%1 Mio.</translation>
    </message>
    <message>
        <source>%1 K</source>
        <comment>thousands, abbreviated</comment>
        <translation>%1 Tsd.</translation>
    </message>
</context>
<context>
    <name>baton::KpiLabels</name>
    <message>
        <source>(unassigned)</source>
        <translation>(nicht zugewiesen)</translation>
    </message>
    <message>
        <source>(no reason)</source>
        <translation>(kein Grund)</translation>
    </message>
    <message>
        <source>(no account)</source>
        <translation>(kein Account)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>(%1 deleted)</source>
        <translation>(%1 gelöscht)</translation>
    </message>
    <message>
        <source>All handoffs</source>
        <translation>Alle Übergaben</translation>
    </message>
</context>
<context>
    <name>baton::KpiTableModel</name>
    <message>
        <source>Handoffs</source>
        <translation>Übergaben</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Acceptance</source>
        <translation>Annahme</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Opportunities</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>Konversion</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Gewonnen</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>Gewinnquote</translation>
    </message>
    <message>
        <source>Days to opp. (median)</source>
        <translation>Tage bis Opp. (Median)</translation>
    </message>
    <message>
        <source>Days to opp. (p90)</source>
        <translation>Tage bis Opp. (p90)</translation>
    </message>
    <message>
        <source>Days to won (median)</source>
        <translation>Tage bis gewonnen (Median)</translation>
    </message>
    <message>
        <source>Pipeline / handoff</source>
        <translation>Pipeline / Übergabe</translation>
    </message>
    <message>
        <source>Won / handoff</source>
        <translation>Gewonnen / Übergabe</translation>
    </message>
    <message>
        <source>SLA compliance</source>
        <translation>SLA-Einhaltung</translation>
    </message>
    <message>
        <source>First touch, min (median)</source>
        <translation>Erstkontakt, Min. (Median)</translation>
    </message>
    <message>
        <source>First touch, min (p90)</source>
        <translation>Erstkontakt, Min. (p90)</translation>
    </message>
    <message>
        <source>Rejected w/o reason</source>
        <translation>Abgelehnt ohne Grund</translation>
    </message>
    <message>
        <source>Unassigned/fallback</source>
        <translation>Nicht zugewiesen/Auffang</translation>
    </message>
    <message>
        <source>Untouched past SLA</source>
        <translation>Unbearbeitet nach SLA</translation>
    </message>
</context>
<context>
    <name>baton::KpiTiles</name>
    <message>
        <source>Handoffs</source>
        <translation>Übergaben</translation>
    </message>
    <message>
        <source>Acceptance</source>
        <translation>Annahme</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>Konversion</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>Gewinnquote</translation>
    </message>
    <message>
        <source>Days to opportunity</source>
        <translation>Tage bis Opportunity</translation>
    </message>
    <message>
        <source>Days to won</source>
        <translation>Tage bis gewonnen</translation>
    </message>
    <message>
        <source>Pipeline / handoff</source>
        <translation>Pipeline / Übergabe</translation>
    </message>
    <message>
        <source>SLA compliance</source>
        <translation>SLA-Einhaltung</translation>
    </message>
    <message>
        <source>First touch (min)</source>
        <translation>Erstkontakt (Min.)</translation>
    </message>
    <message>
        <source>open: %1</source>
        <translation>offen: %1</translation>
    </message>
    <message>
        <source>rejected: %1</source>
        <translation>abgelehnt: %1</translation>
    </message>
    <message>
        <source>opportunities: %1</source>
        <translation>Opportunities: %1</translation>
    </message>
    <message>
        <source>won: %1</source>
        <translation>gewonnen: %1</translation>
    </message>
    <message>
        <source>p90 %1</source>
        <translation>p90 %1</translation>
    </message>
    <message>
        <source>met: %1 of %2</source>
        <translation>eingehalten: %1 von %2</translation>
    </message>
</context>
<context>
    <name>baton::LeadCsvReader</name>
    <message>
        <source>Cannot read the leads file %1: %2</source>
        <translation>Die Lead-Datei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The CSV reader could not start.</source>
        <translation>Der CSV-Leser konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>The leads file is not valid CSV (%1).</source>
        <translation>Die Lead-Datei ist keine gültige CSV-Datei (%1).</translation>
    </message>
    <message>
        <source>The leads file is empty; it needs a header row naming its columns (%1).</source>
        <translation>Die Lead-Datei ist leer; sie braucht eine Kopfzeile mit den Spaltennamen (%1).</translation>
    </message>
    <message>
        <source>The leads file has no signal_type column. Its header must name the columns it has, of: %1.</source>
        <translation>Die Lead-Datei hat keine Spalte signal_type. Ihre Kopfzeile muss die enthaltenen Spalten benennen; möglich sind: %1.</translation>
    </message>
    <message>
        <source>Line %1: employees &quot;%2&quot; is not a whole number; the size counts as unknown.</source>
        <translation>Zeile %1: employees &quot;%2&quot; ist keine ganze Zahl; die Größe gilt als unbekannt.</translation>
    </message>
    <message>
        <source>Line %1: revenue &quot;%2&quot; is not a number; the revenue counts as unknown.</source>
        <translation>Zeile %1: revenue &quot;%2&quot; ist keine Zahl; der Umsatz gilt als unbekannt.</translation>
    </message>
    <message>
        <source>Line %1: day &quot;%2&quot; is not a date like 2026-11-20; the as-of day is used.</source>
        <translation>Zeile %1: day &quot;%2&quot; ist kein Datum wie 2026-11-20; der Stichtag wird verwendet.</translation>
    </message>
</context>
<context>
    <name>baton::LeadResolver</name>
    <message>
        <source>Line %1: there is no signal type &quot;%2&quot;; only rules without a signal condition can take it.</source>
        <translation>Zeile %1: Es gibt keinen Signaltyp &quot;%2&quot;; nur Regeln ohne Signalbedingung können ihn übernehmen.</translation>
    </message>
    <message>
        <source>Line %1: there is no industry &quot;%2&quot;; the industry counts as unknown.</source>
        <translation>Zeile %1: Es gibt keine Branche &quot;%2&quot;; die Branche gilt als unbekannt.</translation>
    </message>
</context>
<context>
    <name>baton::Leakage</name>
    <message>
        <source>Unassigned or fallback</source>
        <translation>Nicht zugewiesen oder Auffangwarteschlange</translation>
    </message>
    <message>
        <source>Untouched past SLA</source>
        <translation>Unbearbeitet nach SLA-Frist</translation>
    </message>
    <message>
        <source>Rejected with reason</source>
        <translation>Mit Grund abgelehnt</translation>
    </message>
    <message>
        <source>Rejected, no reason</source>
        <translation>Abgelehnt, ohne Grund</translation>
    </message>
    <message>
        <source>Accepted, no opportunity</source>
        <translation>Angenommen, keine Opportunity</translation>
    </message>
</context>
<context>
    <name>baton::LeakageChart</name>
    <message>
        <source>Where handoffs leak (share of handoffs)</source>
        <translation>Wo Übergaben verloren gehen (Anteil an Übergaben)</translation>
    </message>
    <message>
        <source>Leakage funnel</source>
        <translation>Leakage-Trichter</translation>
    </message>
    <message>
        <source>Share of handoffs</source>
        <translation>Anteil an Übergaben</translation>
    </message>
    <message>
        <source>Click to see these handoffs.</source>
        <translation>Klicken, um diese Übergaben anzuzeigen.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>share of handoffs (number of handoffs)</comment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>baton::MainWindow</name>
    <message>
        <source>Workflow steps and pages</source>
        <translation>Workflow-Schritte und Seiten</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>New &amp;Demo Workspace…</source>
        <translation>Neuer &amp;Demo-Arbeitsbereich…</translation>
    </message>
    <message>
        <source>Create a workspace filled with realistic sample data</source>
        <translation>Einen Arbeitsbereich mit realistischen Beispieldaten erstellen</translation>
    </message>
    <message>
        <source>&amp;New Workspace…</source>
        <translation>&amp;Neuer Arbeitsbereich…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>Save a &amp;Copy As…</source>
        <translation>&amp;Kopie speichern unter…</translation>
    </message>
    <message>
        <source>&amp;Close Workspace</source>
        <translation>Arbeitsbereich &amp;schließen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Baton</source>
        <translation>&amp;Über Baton</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Cannot open workspace</source>
        <translation>Arbeitsbereich kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Upgraded the workspace; the previous version was saved as %1</source>
        <translation>Der Arbeitsbereich wurde aktualisiert; die vorherige Version wurde als %1 gespeichert</translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation>Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <source>New Workspace</source>
        <translation>Neuer Arbeitsbereich</translation>
    </message>
    <message>
        <source>%1 exists and cannot be replaced.</source>
        <translation>%1 existiert und kann nicht ersetzt werden.</translation>
    </message>
    <message>
        <source>New Demo Workspace</source>
        <translation>Neuer Demo-Arbeitsbereich</translation>
    </message>
    <message>
        <source>Generating the demo workspace…</source>
        <translation>Demo-Arbeitsbereich wird erzeugt…</translation>
    </message>
    <message>
        <source>Save a Copy As</source>
        <translation>Kopie speichern unter</translation>
    </message>
    <message>
        <source> (copy).baton</source>
        <translation> (Kopie).baton</translation>
    </message>
    <message>
        <source>Choose a different file than the open workspace.</source>
        <translation>Wählen Sie eine andere Datei als den geöffneten Arbeitsbereich.</translation>
    </message>
    <message>
        <source>Saved a copy as %1</source>
        <translation>Kopie gespeichert als %1</translation>
    </message>
    <message>
        <source>No recent workspaces</source>
        <translation>Keine zuletzt geöffneten Arbeitsbereiche</translation>
    </message>
    <message>
        <source>%1 — Baton</source>
        <translation>%1 – Baton</translation>
    </message>
    <message>
        <source>Baton</source>
        <translation>Baton</translation>
    </message>
    <message>
        <source>No workspace open</source>
        <translation>Kein Arbeitsbereich geöffnet</translation>
    </message>
    <message>
        <source>About Baton</source>
        <translation>Über Baton</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Baton %1&lt;/h3&gt;&lt;p&gt;Governs the Marketing to Sales lead handoff as a measurable contract: Define, Map, Instrument, Route, Enforce, Feedback, Optimize.&lt;/p&gt;&lt;p&gt;Built with Qt %2, running on Qt %3.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Baton %1&lt;/h3&gt;&lt;p&gt;Steuert die Lead-Übergabe von Marketing an Vertrieb als messbaren Vertrag: Definieren, Abbilden, Erfassen, Zuweisen, Durchsetzen, Rückmeldung, Optimieren.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %2, läuft mit Qt %3.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Baton workspaces (*.baton);;All files (*)</source>
        <translation>Baton-Arbeitsbereiche (*.baton);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Page title</source>
        <translation>Seitentitel</translation>
    </message>
    <message>
        <source>What the page holds</source>
        <translation>Was die Seite enthält</translation>
    </message>
    <message>
        <source>Current page</source>
        <translation>Aktuelle Seite</translation>
    </message>
    <message>
        <source>Open workspace file</source>
        <translation>Arbeitsbereichsdatei öffnen</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>CSV &amp;importieren…</translation>
    </message>
    <message>
        <source>Import a CRM&apos;s CSV export: handoffs, accounts or owners, with a preview first</source>
        <translation>Den CSV-Export eines CRM importieren: Übergaben, Accounts oder Inhaber, zuerst mit Vorschau</translation>
    </message>
    <message>
        <source>&amp;Export Scorecard…</source>
        <translation>Scorecard &amp;exportieren…</translation>
    </message>
    <message>
        <source>Write the week&apos;s PDF scorecard for the governance meeting</source>
        <translation>Die PDF-Scorecard der Woche für das Governance-Meeting schreiben</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Command Palette…</source>
        <translation>&amp;Befehlspalette…</translation>
    </message>
    <message>
        <source>Jump to any page, command, signal type, owner or routing rule by typing its name</source>
        <translation>Zu einer beliebigen Seite, einem Befehl, Signaltyp, Inhaber oder einer Routing-Regel springen, indem Sie den Namen eingeben</translation>
    </message>
    <message>
        <source>&amp;Next Page</source>
        <translation>&amp;Nächste Seite</translation>
    </message>
    <message>
        <source>&amp;Previous Page</source>
        <translation>&amp;Vorherige Seite</translation>
    </message>
    <message>
        <source>Switch Between Navigation and Page</source>
        <translation>Zwischen Navigation und Seite wechseln</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Design</translation>
    </message>
    <message>
        <source>&amp;Reload Page</source>
        <translation>Seite &amp;neu laden</translation>
    </message>
    <message>
        <source>Read the current page again from the workspace</source>
        <translation>Die aktuelle Seite erneut aus dem Arbeitsbereich lesen</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>&amp;Vollbild</translation>
    </message>
    <message>
        <source>The new language applies when Baton next starts.</source>
        <translation>Die neue Sprache gilt ab dem nächsten Start von Baton.</translation>
    </message>
    <message>
        <source>Import CSV</source>
        <translation>CSV importieren</translation>
    </message>
    <message>
        <source>An import adds to a workspace. Create a new workspace for it, or open an existing one?</source>
        <translation>Ein Import ergänzt einen Arbeitsbereich. Möchten Sie dafür einen neuen Arbeitsbereich erstellen oder einen vorhandenen öffnen?</translation>
    </message>
    <message>
        <source>Export Scorecard</source>
        <translation>Scorecard exportieren</translation>
    </message>
    <message>
        <source>Wrote the scorecard to %1</source>
        <translation>Scorecard nach %1 geschrieben</translation>
    </message>
</context>
<context>
    <name>baton::MappingDefinition</name>
    <message>
        <source>The mapping is not valid JSON: %1 (at character %2).</source>
        <translation>Die Zuordnung ist kein gültiges JSON: %1 (bei Zeichen %2).</translation>
    </message>
    <message>
        <source>The mapping must be a JSON object with &quot;entity&quot; and &quot;columns&quot;.</source>
        <translation>Die Zuordnung muss ein JSON-Objekt mit &quot;entity&quot; und &quot;columns&quot; sein.</translation>
    </message>
    <message>
        <source>The mapping has an unknown setting &quot;%1&quot;; the settings are: %2.</source>
        <translation>Die Zuordnung hat eine unbekannte Einstellung &quot;%1&quot;; die Einstellungen sind: %2.</translation>
    </message>
    <message>
        <source>The mapping is in format %1; this Baton reads format %2.</source>
        <translation>Die Zuordnung hat das Format %1; diese Baton-Version liest Format %2.</translation>
    </message>
    <message>
        <source>The mapping imports &quot;%1&quot;; it can import handoff, account or owner.</source>
        <translation>Die Zuordnung importiert &quot;%1&quot;; importiert werden können handoff, account oder owner.</translation>
    </message>
    <message>
        <source>The delimiter &quot;%1&quot; is not one of auto, &quot;,&quot;, &quot;;&quot;, &quot;|&quot; or tab.</source>
        <translation>Das Trennzeichen &quot;%1&quot; ist keines von auto, &quot;,&quot;, &quot;;&quot;, &quot;|&quot; oder tab.</translation>
    </message>
    <message>
        <source>The decimal separator must be &quot;.&quot; or &quot;,&quot;, not &quot;%1&quot;.</source>
        <translation>Das Dezimaltrennzeichen muss &quot;.&quot; oder &quot;,&quot; sein, nicht &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The time zone &quot;%1&quot; is not an IANA time zone such as Europe/Berlin.</source>
        <translation>Die Zeitzone &quot;%1&quot; ist keine IANA-Zeitzone wie Europe/Berlin.</translation>
    </message>
    <message>
        <source>The mode &quot;%1&quot; is not upsert, insert or update.</source>
        <translation>Der Modus &quot;%1&quot; ist weder upsert noch insert noch update.</translation>
    </message>
    <message>
        <source>An import of %1 cannot be keyed by &quot;%2&quot;; the keys are: %3.</source>
        <translation>Ein Import von %1 kann &quot;%2&quot; nicht als Schlüssel verwenden; die Schlüssel sind: %3.</translation>
    </message>
    <message>
        <source>An update needs a key: the field that finds the records to update.</source>
        <translation>Eine Aktualisierung braucht einen Schlüssel: das Feld, über das die zu aktualisierenden Datensätze gefunden werden.</translation>
    </message>
    <message>
        <source>&quot;duplicates&quot; must be import or keep_aside, not &quot;%1&quot;.</source>
        <translation>&quot;duplicates&quot; muss import oder keep_aside sein, nicht &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The mapping needs &quot;columns&quot;: a list of {&quot;column&quot;: ..., &quot;field&quot;: ...}.</source>
        <translation>Die Zuordnung braucht &quot;columns&quot;: eine Liste von {&quot;column&quot;: ..., &quot;field&quot;: ...}.</translation>
    </message>
    <message>
        <source>The mapping has more than 1000 column rules.</source>
        <translation>Die Zuordnung hat mehr als 1000 Spaltenregeln.</translation>
    </message>
    <message>
        <source>Column rule %1 is not an object.</source>
        <translation>Spaltenregel %1 ist kein Objekt.</translation>
    </message>
    <message>
        <source>Column rule %1 has an unknown setting &quot;%2&quot;.</source>
        <translation>Spaltenregel %1 hat eine unbekannte Einstellung &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Column rule %1: &quot;column&quot; must be a column name or a list of names.</source>
        <translation>Spaltenregel %1: &quot;column&quot; muss ein Spaltenname oder eine Liste von Namen sein.</translation>
    </message>
    <message>
        <source>Column rule %1 feeds &quot;%2&quot;, which is not a field of %3.</source>
        <translation>Spaltenregel %1 füllt &quot;%2&quot;, das kein Feld von %3 ist.</translation>
    </message>
    <message>
        <source>Column rule %1 (%2) names neither a column nor a value.</source>
        <translation>Spaltenregel %1 (%2) nennt weder eine Spalte noch einen Wert.</translation>
    </message>
    <message>
        <source>Column rule %1 (%2) names both a column and a fixed value; use one.</source>
        <translation>Spaltenregel %1 (%2) nennt sowohl eine Spalte als auch einen festen Wert; verwenden Sie nur eines.</translation>
    </message>
    <message>
        <source>Column rule %1: only text fields can be appended to, not %2.</source>
        <translation>Spaltenregel %1: Nur Textfelder können ergänzt werden, nicht %2.</translation>
    </message>
    <message>
        <source>Column rule %1: the date format &quot;%2&quot; is not one of %3.</source>
        <translation>Spaltenregel %1: Das Datumsformat &quot;%2&quot; ist keines von %3.</translation>
    </message>
    <message>
        <source>Column rule %1: &quot;values&quot; must be an object of {&quot;file value&quot;: &quot;Baton value&quot;}.</source>
        <translation>Spaltenregel %1: &quot;values&quot; muss ein Objekt der Form {&quot;Wert in der Datei&quot;: &quot;Wert in Baton&quot;} sein.</translation>
    </message>
    <message>
        <source>Column rule %1: the translation of &quot;%2&quot; must be text.</source>
        <translation>Spaltenregel %1: Die Übersetzung von &quot;%2&quot; muss Text sein.</translation>
    </message>
    <message>
        <source>Column rule %1: &quot;unknown&quot; must be keep, keep_aside, blank or create, not &quot;%2&quot;.</source>
        <translation>Spaltenregel %1: &quot;unknown&quot; muss keep, keep_aside, blank oder create sein, nicht &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Column rule %1: Baton cannot create a new %2 from an import; use keep_aside, blank or a translation to an existing value.</source>
        <translation>Spaltenregel %1: Baton kann bei einem Import keinen neuen Wert für %2 anlegen; verwenden Sie keep_aside, blank oder eine Übersetzung auf einen vorhandenen Wert.</translation>
    </message>
    <message>
        <source>Column rule %1: %2 values must be ones the workspace knows; use keep_aside, blank or create.</source>
        <translation>Spaltenregel %1: Werte für %2 müssen dem Arbeitsbereich bekannt sein; verwenden Sie keep_aside, blank oder create.</translation>
    </message>
    <message>
        <source>Column rule %1: &quot;scale&quot; must be a non-zero number.</source>
        <translation>Spaltenregel %1: &quot;scale&quot; muss eine Zahl ungleich null sein.</translation>
    </message>
    <message>
        <source>The mapping maps no columns.</source>
        <translation>Die Zuordnung ordnet keine Spalten zu.</translation>
    </message>
    <message>
        <source>The mapping is keyed by %1 but no column feeds it.</source>
        <translation>Die Zuordnung verwendet %1 als Schlüssel, aber keine Spalte füllt dieses Feld.</translation>
    </message>
</context>
<context>
    <name>baton::MaturityEvidence</name>
    <message>
        <source>%1 Supports stage 3.</source>
        <translation>%1 Das belegt Stufe 3.</translation>
    </message>
    <message>
        <source>%1 Supports stage %2; stage %3 needs %4.</source>
        <translation>%1 Das belegt Stufe %2; Stufe %3 erfordert %4.</translation>
    </message>
    <message>
        <source>No handoffs in the week: nothing shows the rule is kept.</source>
        <translation>Keine Übergaben in der Woche: Nichts zeigt, dass die Regel eingehalten wird.</translation>
    </message>
    <message>
        <source>Contract version %1 is active, signed by Sales, Marketing and RevOps.</source>
        <translation>Vertragsversion %1 ist aktiv, unterzeichnet von Vertrieb, Marketing und RevOps.</translation>
    </message>
    <message>
        <source>Contract version %1 is active but signed by %2 of 3 parties.</source>
        <translation>Vertragsversion %1 ist aktiv, aber nur von %2 von 3 Parteien unterzeichnet.</translation>
    </message>
    <message>
        <source>No contract version is active; a draft is signed by %1 of 3 parties.</source>
        <translation>Keine Vertragsversion ist aktiv; ein Entwurf ist von %1 von 3 Parteien unterzeichnet.</translation>
    </message>
    <message>
        <source>No contract version is active or signed.</source>
        <translation>Keine Vertragsversion ist aktiv oder unterzeichnet.</translation>
    </message>
    <message>
        <source>%1 of %2 handoffs (%3) break the contract or the stage map.</source>
        <translation>%1 von %2 Übergaben (%3) verstoßen gegen den Vertrag oder die Phasenkarte.</translation>
    </message>
    <message>
        <source>No routing rule set was active.</source>
        <translation>Es war kein Routing-Regelwerk aktiv.</translation>
    </message>
    <message>
        <source>%1 of %2 scenarios reach no owner at all.</source>
        <translation>%1 von %2 Szenarien erreichen überhaupt keinen Inhaber.</translation>
    </message>
    <message>
        <source>%1 of %2 scenarios reach only the fallback queue.</source>
        <translation>%1 von %2 Szenarien erreichen nur die Auffangwarteschlange.</translation>
    </message>
    <message>
        <source>The coverage model defines no scenario (a signal type, territory, segment or industry is missing), so nothing shows that leads reach an owner.</source>
        <translation>Das Abdeckungsmodell definiert kein Szenario (ein Signaltyp, Gebiet, Segment oder eine Branche fehlt), daher zeigt nichts, dass Leads einen Inhaber erreichen.</translation>
    </message>
    <message>
        <source>All %1 scenarios reach an owner by rule.</source>
        <translation>Alle %1 Szenarien erreichen per Regel einen Inhaber.</translation>
    </message>
    <message>
        <source>%1 of %2 handoffs (%3) had no owner or went to the fallback queue.</source>
        <translation>%1 von %2 Übergaben (%3) hatten keinen Inhaber oder gingen an die Auffangwarteschlange.</translation>
    </message>
    <message>
        <source>All %1 signal types have an SLA policy with an escalation ladder.</source>
        <translation>Alle %1 Signaltypen haben eine SLA-Richtlinie mit Eskalationsleiter.</translation>
    </message>
    <message>
        <source>All %1 signal types have an SLA policy; %2 of %3 policies have no escalation ladder.</source>
        <translation>Alle %1 Signaltypen haben eine SLA-Richtlinie; %2 von %3 Richtlinien haben keine Eskalationsleiter.</translation>
    </message>
    <message>
        <source>%1 of %2 signal types have an SLA policy.</source>
        <translation>%1 von %2 Signaltypen haben eine SLA-Richtlinie.</translation>
    </message>
    <message>
        <source>A governance meeting was held in %1 of the last %2 weeks.</source>
        <translation>In %1 der letzten %2 Wochen fand ein Governance-Meeting statt.</translation>
    </message>
    <message>
        <source>SLA compliance %1 (%2 of %3 decided handoffs met).</source>
        <translation>SLA-Einhaltung %1 (%2 von %3 entschiedenen Übergaben eingehalten).</translation>
    </message>
    <message>
        <source>No handoff under an SLA was decided in the week.</source>
        <translation>In der Woche wurde keine Übergabe mit SLA entschieden.</translation>
    </message>
    <message>
        <source>%1 of %2 rejections (%3) have no reason.</source>
        <translation>%1 von %2 Ablehnungen (%3) haben keinen Grund.</translation>
    </message>
    <message>
        <source>No handoff of the week was rejected, so none lacks a reason.</source>
        <translation>In der Woche wurde keine Übergabe abgelehnt, daher fehlt bei keiner ein Grund.</translation>
    </message>
    <message>
        <source>Every active rejection reason has a recycle play.</source>
        <translation>Jeder aktive Ablehnungsgrund hat einen Recycling-Pfad.</translation>
    </message>
    <message>
        <source>1 active reason without a recycle play: %1.</source>
        <translation>1 aktiver Grund ohne Recycling-Pfad: %1.</translation>
    </message>
    <message>
        <source>%1 active reasons without a recycle play: %2.</source>
        <translation>%1 aktive Gründe ohne Recycling-Pfad: %2.</translation>
    </message>
    <message>
        <source>%1 of %2 handoffs (%3) lack a required timestamp.</source>
        <translation>Bei %1 von %2 Übergaben (%3) fehlt ein erforderlicher Zeitstempel.</translation>
    </message>
    <message>
        <source>%1 of %2 handoffs (%3) have timestamps out of order.</source>
        <translation>%1 von %2 Übergaben (%3) haben Zeitstempel in falscher Reihenfolge.</translation>
    </message>
</context>
<context>
    <name>baton::MaturityGrid</name>
    <message>
        <source>Stage %1</source>
        <translation>Stufe %1</translation>
    </message>
    <message>
        <source>Self-assess…</source>
        <translation>Selbst einschätzen…</translation>
    </message>
    <message>
        <source>Record the team&apos;s own view of this dimension, with a date and a note (undoable).</source>
        <translation>Die eigene Sicht des Teams auf diese Dimension festhalten, mit Datum und Notiz (rückgängig machbar).</translation>
    </message>
    <message>
        <source>Self-assess %1</source>
        <translation>%1 selbst einschätzen</translation>
    </message>
    <message>
        <source>EVIDENCE</source>
        <translation>NACHWEISE</translation>
    </message>
    <message>
        <source>TEAM</source>
        <translation>TEAM</translation>
    </message>
    <message>
        <source>Evidence: stage %1</source>
        <translation>Nachweise: Stufe %1</translation>
    </message>
    <message>
        <source>Team: stage %1 (%2)</source>
        <translation>Team: Stufe %1 (%2)</translation>
    </message>
    <message>
        <source>rosier than the evidence</source>
        <translation>optimistischer als die Nachweise</translation>
    </message>
    <message>
        <source>Team: not assessed yet</source>
        <translation>Team: noch nicht eingeschätzt</translation>
    </message>
</context>
<context>
    <name>baton::MaturityMatrix</name>
    <message>
        <source>Definitions</source>
        <translation>Definitionen</translation>
    </message>
    <message>
        <source>Routing</source>
        <translation>Routing</translation>
    </message>
    <message>
        <source>SLAs</source>
        <translation>SLAs</translation>
    </message>
    <message>
        <source>Feedback loop</source>
        <translation>Rückmeldeschleife</translation>
    </message>
    <message>
        <source>Measurement</source>
        <translation>Messung</translation>
    </message>
    <message>
        <source>Friction &amp; disputes</source>
        <translation>Reibung &amp; Streit</translation>
    </message>
    <message>
        <source>Partially aligned</source>
        <translation>Teilweise abgestimmt</translation>
    </message>
    <message>
        <source>Governed + predictable</source>
        <translation>Gesteuert + planbar</translation>
    </message>
    <message>
        <source>Stage %1 · %2</source>
        <translation>Stufe %1 · %2</translation>
    </message>
    <message>
        <source>Marketing and Sales argue over what a qualified lead is; there is no written agreement, or nobody signed it.</source>
        <translation>Marketing und Vertrieb streiten darüber, was ein qualifizierter Lead ist; es gibt keine schriftliche Vereinbarung, oder niemand hat sie unterzeichnet.</translation>
    </message>
    <message>
        <source>A written definition exists but is not signed by all three parties or not enforced; many handoffs break it.</source>
        <translation>Eine schriftliche Definition existiert, ist aber nicht von allen drei Parteien unterzeichnet oder wird nicht durchgesetzt; viele Übergaben verstoßen dagegen.</translation>
    </message>
    <message>
        <source>One signed, versioned contract per signal type; stage rules are enforced and few handoffs break them.</source>
        <translation>Ein unterzeichneter, versionierter Vertrag pro Signaltyp; Phasenregeln werden durchgesetzt, und nur wenige Übergaben verstoßen dagegen.</translation>
    </message>
    <message>
        <source>Leads wait in shared inboxes or reach nobody; who owns a lead is settled by hand.</source>
        <translation>Leads warten in gemeinsamen Postfächern oder erreichen niemanden; wem ein Lead gehört, wird von Hand geklärt.</translation>
    </message>
    <message>
        <source>Rules route most leads, but some scenarios fall through to a catch-all queue.</source>
        <translation>Regeln weisen die meisten Leads zu, aber manche Szenarien landen in einer Sammelwarteschlange.</translation>
    </message>
    <message>
        <source>Every scenario reaches a named owner or pool by rule; the fallback queue is rarely used.</source>
        <translation>Jedes Szenario erreicht per Regel einen benannten Inhaber oder Pool; die Auffangwarteschlange wird selten genutzt.</translation>
    </message>
    <message>
        <source>No agreed response times; how fast a lead is followed up depends on who picks it up.</source>
        <translation>Keine vereinbarten Reaktionszeiten; wie schnell ein Lead bearbeitet wird, hängt davon ab, wer ihn aufgreift.</translation>
    </message>
    <message>
        <source>Targets exist and are measured now and then; misses are discussed after the fact.</source>
        <translation>Ziele existieren und werden ab und zu gemessen; Verfehlungen werden im Nachhinein besprochen.</translation>
    </message>
    <message>
        <source>Every signal type has a business-hours target with an escalation ladder, reviewed weekly and mostly met.</source>
        <translation>Jeder Signaltyp hat ein Ziel in Geschäftszeiten mit Eskalationsleiter, das wöchentlich überprüft und meist eingehalten wird.</translation>
    </message>
    <message>
        <source>Rejected leads disappear; Marketing does not learn why Sales turned them down.</source>
        <translation>Abgelehnte Leads verschwinden; Marketing erfährt nicht, warum der Vertrieb sie abgelehnt hat.</translation>
    </message>
    <message>
        <source>Sales gives reasons for most rejections; recycling is ad hoc.</source>
        <translation>Der Vertrieb nennt Gründe für die meisten Ablehnungen; Recycling erfolgt ad hoc.</translation>
    </message>
    <message>
        <source>Every rejection carries a reason and every reason triggers a defined recycle play.</source>
        <translation>Jede Ablehnung hat einen Grund, und jeder Grund löst einen festgelegten Recycling-Pfad aus.</translation>
    </message>
    <message>
        <source>Numbers come from spreadsheets and disagree; key timestamps are missing.</source>
        <translation>Zahlen stammen aus Tabellen und widersprechen sich; wichtige Zeitstempel fehlen.</translation>
    </message>
    <message>
        <source>KPIs are reported, but gaps in the data make some of them unreliable.</source>
        <translation>KPIs werden berichtet, aber Datenlücken machen einige davon unzuverlässig.</translation>
    </message>
    <message>
        <source>KPIs come from complete, ordered timestamps and both teams trust them.</source>
        <translation>KPIs beruhen auf vollständigen, geordneten Zeitstempeln, und beide Teams vertrauen ihnen.</translation>
    </message>
    <message>
        <source>Signed contract</source>
        <translation>Unterzeichneter Vertrag</translation>
    </message>
    <message>
        <source>a contract version in force at the week&apos;s end, signed by Sales, Marketing and RevOps</source>
        <translation>eine Vertragsversion, die am Ende der Woche in Kraft ist, unterzeichnet von Vertrieb, Marketing und RevOps</translation>
    </message>
    <message>
        <source>a contract version signed by at least one party (a draft under signature)</source>
        <translation>eine Vertragsversion, die von mindestens einer Partei unterzeichnet ist (ein Entwurf in Unterzeichnung)</translation>
    </message>
    <message>
        <source>Contract and stage rules kept</source>
        <translation>Vertrags- und Phasenregeln eingehalten</translation>
    </message>
    <message>
        <source>at most %1 of the week&apos;s handoffs breaking the contract or the stage map (not qualified, missing context field, stage change the map does not allow)</source>
        <translation>höchstens %1 der Übergaben der Woche mit Verstoß gegen den Vertrag oder die Phasenkarte (nicht qualifiziert, fehlendes Kontextfeld, von der Karte nicht erlaubter Phasenwechsel)</translation>
    </message>
    <message>
        <source>at most %1 breaking them</source>
        <translation>höchstens %1 mit Verstoß</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Abdeckung</translation>
    </message>
    <message>
        <source>no scenario without an owner and none reaching only the fallback queue, by coverage analysis of the rule set in force at the week&apos;s end</source>
        <translation>kein Szenario ohne Inhaber und keines, das nur die Auffangwarteschlange erreicht, laut Abdeckungsanalyse des Regelwerks, das am Ende der Woche in Kraft ist</translation>
    </message>
    <message>
        <source>no scenario without an owner (some may reach only the fallback queue)</source>
        <translation>kein Szenario ohne Inhaber (manche erreichen ggf. nur die Auffangwarteschlange)</translation>
    </message>
    <message>
        <source>Fallback share</source>
        <translation>Anteil Auffangwarteschlange</translation>
    </message>
    <message>
        <source>at most %1 of the week&apos;s handoffs without an owner or sent to the fallback queue</source>
        <translation>höchstens %1 der Übergaben der Woche ohne Inhaber oder an die Auffangwarteschlange gesendet</translation>
    </message>
    <message>
        <source>at most %1 of them</source>
        <translation>höchstens %1 davon</translation>
    </message>
    <message>
        <source>Policies and escalation</source>
        <translation>Richtlinien und Eskalation</translation>
    </message>
    <message>
        <source>an SLA policy for every signal type, each with an escalation ladder</source>
        <translation>eine SLA-Richtlinie für jeden Signaltyp, jeweils mit Eskalationsleiter</translation>
    </message>
    <message>
        <source>an SLA policy for every signal type</source>
        <translation>eine SLA-Richtlinie für jeden Signaltyp</translation>
    </message>
    <message>
        <source>Weekly review</source>
        <translation>Wöchentliche Überprüfung</translation>
    </message>
    <message>
        <source>a governance meeting in at least %1 of the %2 weeks ending with the week</source>
        <translation>ein Governance-Meeting in mindestens %1 der %2 Wochen bis einschließlich dieser Woche</translation>
    </message>
    <message>
        <source>a governance meeting in at least %1 of those weeks</source>
        <translation>ein Governance-Meeting in mindestens %1 dieser Wochen</translation>
    </message>
    <message>
        <source>SLA compliance</source>
        <translation>SLA-Einhaltung</translation>
    </message>
    <message>
        <source>SLA compliance of at least %1 over the week&apos;s handoffs</source>
        <translation>SLA-Einhaltung von mindestens %1 über die Übergaben der Woche</translation>
    </message>
    <message>
        <source>SLA compliance of at least %1 (with nothing decided: stage 1)</source>
        <translation>SLA-Einhaltung von mindestens %1 (wenn nichts entschieden: Stufe 1)</translation>
    </message>
    <message>
        <source>Rejections with a reason</source>
        <translation>Ablehnungen mit Grund</translation>
    </message>
    <message>
        <source>a reason on every one of the week&apos;s rejections</source>
        <translation>ein Grund bei jeder Ablehnung der Woche</translation>
    </message>
    <message>
        <source>a reason on all but at most %1 of them</source>
        <translation>ein Grund bei allen bis auf höchstens %1 davon</translation>
    </message>
    <message>
        <source>A play for every reason</source>
        <translation>Ein Pfad für jeden Grund</translation>
    </message>
    <message>
        <source>a recycle play for every active rejection reason</source>
        <translation>ein Recycling-Pfad für jeden aktiven Ablehnungsgrund</translation>
    </message>
    <message>
        <source>at most %1 active reason without a recycle play</source>
        <translation>höchstens %1 aktiver Grund ohne Recycling-Pfad</translation>
    </message>
    <message>
        <source>Required timestamps present</source>
        <translation>Erforderliche Zeitstempel vorhanden</translation>
    </message>
    <message>
        <source>at most %1 of the week&apos;s handoffs missing a timestamp the data standard requires at a stage they reached</source>
        <translation>höchstens %1 der Übergaben der Woche ohne einen Zeitstempel, den der Datenstandard für eine erreichte Phase verlangt</translation>
    </message>
    <message>
        <source>at most %1 missing one</source>
        <translation>höchstens %1 mit fehlendem Zeitstempel</translation>
    </message>
    <message>
        <source>Timestamps in order</source>
        <translation>Zeitstempel in Reihenfolge</translation>
    </message>
    <message>
        <source>at most %1 of the week&apos;s handoffs with a timestamp earlier than one the lifecycle puts before it</source>
        <translation>höchstens %1 der Übergaben der Woche mit einem Zeitstempel, der vor einem laut Lifecycle vorangehenden liegt</translation>
    </message>
    <message>
        <source>at most %1 with one</source>
        <translation>höchstens %1 mit einem solchen</translation>
    </message>
    <message>
        <source>Each rule supports stage 3 when its figure meets the stage-3 threshold, stage 2 when it meets the stage-2 threshold, else stage 1; a dimension&apos;s evidence stage is the lowest stage any of its rules supports. A week without handoffs supports stage 1 on every rule that is a share of the week&apos;s handoffs (nothing shows the rule is kept), and so does a coverage model that defines no scenario. Rates are over the handoffs handed off in the week assessed (ISO week in the workspace&apos;s time zone), judged as of the workspace&apos;s as-of instant, as on the Enforce and Optimize pages. For a past week the contract version, the routing rule set and the governance meetings are those in force at the week&apos;s end (the workspace keeps their history); SLA policies, escalation ladders, rejection reasons and plays, the coverage model and the data standard have no history, so today&apos;s are used.</source>
        <translation>Jede Regel belegt Stufe 3, wenn ihr Wert die Schwelle für Stufe 3 erreicht, Stufe 2, wenn er die Schwelle für Stufe 2 erreicht, sonst Stufe 1; die Nachweisstufe einer Dimension ist die niedrigste Stufe, die eine ihrer Regeln belegt. Eine Woche ohne Übergaben belegt bei jeder Regel, die ein Anteil an den Übergaben der Woche ist, Stufe 1 (nichts zeigt, dass die Regel eingehalten wird), ebenso ein Abdeckungsmodell, das kein Szenario definiert. Quoten beziehen sich auf die in der bewerteten Woche übergebenen Übergaben (ISO-Woche in der Zeitzone des Arbeitsbereichs), beurteilt zum Stichtag des Arbeitsbereichs, wie auf den Seiten Durchsetzen und Optimieren. Für eine vergangene Woche gelten die Vertragsversion, das Routing-Regelwerk und die Governance-Meetings, die am Ende der Woche in Kraft waren (der Arbeitsbereich bewahrt ihren Verlauf auf); SLA-Richtlinien, Eskalationsleitern, Ablehnungsgründe und Pfade, das Abdeckungsmodell und der Datenstandard haben keinen Verlauf, daher werden die heutigen verwendet.</translation>
    </message>
</context>
<context>
    <name>baton::MaturityPage</name>
    <message>
        <source>No workspace open</source>
        <translation>Kein Arbeitsbereich geöffnet</translation>
    </message>
    <message>
        <source>Open a workspace to see where its handoff process stands: the team&apos;s self-assessment next to the stage the evidence supports, dimension by dimension.</source>
        <translation>Öffnen Sie einen Arbeitsbereich, um zu sehen, wo sein Übergabeprozess steht: die Selbsteinschätzung des Teams neben der Stufe, die die Nachweise belegen, Dimension für Dimension.</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>Week assessed</source>
        <translation>Bewertete Woche</translation>
    </message>
    <message>
        <source>The ISO week whose evidence is assessed (handoffs handed off in it).</source>
        <translation>Die ISO-Woche, deren Nachweise bewertet werden (die darin übergebenen Übergaben).</translation>
    </message>
    <message>
        <source>Matrix</source>
        <translation>Matrix</translation>
    </message>
    <message>
        <source>Over time</source>
        <translation>Im Zeitverlauf</translation>
    </message>
    <message>
        <source>Self-assessments</source>
        <translation>Selbsteinschätzungen</translation>
    </message>
    <message>
        <source>Evidence rules</source>
        <translation>Nachweisregeln</translation>
    </message>
    <message>
        <source>What the evidence shows</source>
        <translation>Was die Nachweise zeigen</translation>
    </message>
    <message>
        <source>The mean stage of the five dimensions each week: by the evidence, and by the team&apos;s self-assessment then (dimensions not assessed left out).</source>
        <translation>Die mittlere Stufe der fünf Dimensionen pro Woche: laut Nachweisen und laut damaliger Selbsteinschätzung des Teams (nicht eingeschätzte Dimensionen bleiben außen vor).</translation>
    </message>
    <message>
        <source>Each cell: the evidence stage of that week; ▲ n: the team&apos;s self-assessment then was n, higher than the evidence. Hover a cell for the reasons.</source>
        <translation>Jede Zelle: die Nachweisstufe dieser Woche; ▲ n: Die damalige Selbsteinschätzung des Teams war n, höher als die Nachweise. Bewegen Sie den Mauszeiger über eine Zelle, um die Gründe zu sehen.</translation>
    </message>
    <message>
        <source>Recompute history</source>
        <translation>Verlauf neu berechnen</translation>
    </message>
    <message>
        <source>Compute every week shown again from the data and replace its recorded snapshot.</source>
        <translation>Jede angezeigte Woche erneut aus den Daten berechnen und ihren gespeicherten Snapshot ersetzen.</translation>
    </message>
    <message>
        <source>Every self-assessment the team recorded, newest first. The matrix shows, per dimension, the latest one made on or before the week&apos;s last day. Changes can be undone (Ctrl+Z).</source>
        <translation>Jede Selbsteinschätzung, die das Team festgehalten hat, neueste zuerst. Die Matrix zeigt pro Dimension die neueste, die am oder vor dem letzten Tag der Woche erfolgte. Änderungen lassen sich rückgängig machen (Ctrl+Z).</translation>
    </message>
    <message>
        <source>Record…</source>
        <translation>Festhalten…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Stage 3 needs</source>
        <translation>Stufe 3 erfordert</translation>
    </message>
    <message>
        <source>Stage 2 needs (else stage 1)</source>
        <translation>Stufe 2 erfordert (sonst Stufe 1)</translation>
    </message>
    <message>
        <source>The matrix</source>
        <translation>Die Matrix</translation>
    </message>
    <message>
        <source>Computing the evidence of week %1…</source>
        <translation>Nachweise für Woche %1 werden berechnet…</translation>
    </message>
    <message>
        <source>The evidence could not be computed: %1</source>
        <translation>Die Nachweise konnten nicht berechnet werden: %1</translation>
    </message>
    <message>
        <source>Evidence of week %1, handoffs judged as of %2 UTC (computed in %3 ms).</source>
        <translation>Nachweise für Woche %1, Übergaben beurteilt zum Stand %2 UTC (berechnet in %3 ms).</translation>
    </message>
    <message>
        <source>Computing the matrix of the last %1 weeks…</source>
        <translation>Matrix der letzten %1 Wochen wird berechnet…</translation>
    </message>
    <message>
        <source>The history could not be computed: %1</source>
        <translation>Der Verlauf konnte nicht berechnet werden: %1</translation>
    </message>
    <message>
        <source>%1: evidence stage %2</source>
        <translation>%1: Nachweisstufe %2</translation>
    </message>
    <message>
        <source>Team&apos;s self-assessment: stage %1 on %2</source>
        <translation>Selbsteinschätzung des Teams: Stufe %1 am %2</translation>
    </message>
    <message>
        <source>The team has not assessed this dimension yet.</source>
        <translation>Das Team hat diese Dimension noch nicht eingeschätzt.</translation>
    </message>
    <message>
        <source>(one stage rosier than the evidence)</source>
        <translation>(eine Stufe optimistischer als die Nachweise)</translation>
    </message>
    <message>
        <source>(%1 stages rosier than the evidence)</source>
        <translation>(%1 Stufen optimistischer als die Nachweise)</translation>
    </message>
    <message>
        <source>Recorded snapshot of the evidence of this week.</source>
        <translation>Gespeicherter Snapshot der Nachweise dieser Woche.</translation>
    </message>
    <message>
        <source>Computed now: the week is not over, so nothing is recorded yet.</source>
        <translation>Jetzt berechnet: Die Woche ist noch nicht vorbei, daher ist noch nichts gespeichert.</translation>
    </message>
    <message>
        <source>evidence stage %1</source>
        <translation>Nachweisstufe %1</translation>
    </message>
    <message>
        <source>team stage %1</source>
        <translation>Teamstufe %1</translation>
    </message>
    <message>
        <source>The evidence stage of each dimension, week by week. Each week is computed as of its end (the contract, rule set and meetings in force then) the first time it is shown and recorded once the week is over, so later weeks keep what the evidence said then. Recorded: %1 of the %2 weeks shown.</source>
        <translation>Die Nachweisstufe jeder Dimension, Woche für Woche. Jede Woche wird beim ersten Anzeigen zum Stand ihres Endes berechnet (Vertrag, Regelwerk und Meetings, die damals in Kraft waren) und gespeichert, sobald die Woche vorbei ist, sodass spätere Wochen behalten, was die Nachweise damals sagten. Gespeichert: %1 der %2 angezeigten Wochen.</translation>
    </message>
    <message>
        <source>Mean stage of the five dimensions</source>
        <translation>Mittlere Stufe der fünf Dimensionen</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Nachweise</translation>
    </message>
    <message>
        <source>Team&apos;s self-assessment</source>
        <translation>Selbsteinschätzung des Teams</translation>
    </message>
    <message>
        <source>stage</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Assessed on</source>
        <translation>Eingeschätzt am</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Self-assess %1 at stage %2</source>
        <translation>%1 mit Stufe %2 selbst einschätzen</translation>
    </message>
    <message>
        <source>Edit the self-assessment of %1</source>
        <translation>Selbsteinschätzung von %1 bearbeiten</translation>
    </message>
    <message>
        <source>Remove the self-assessment of %1</source>
        <translation>Selbsteinschätzung von %1 entfernen</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;%1&quot;&gt;&amp;nbsp;Shaded&amp;nbsp;&lt;/span&gt;: the stage the evidence in the workspace supports. &lt;span style=&quot;%2&quot;&gt;&lt;b&gt;Outlined&lt;/b&gt;&lt;/span&gt;: the team&apos;s own self-assessment. A dimension&apos;s evidence stage is the lowest stage any of its rules supports (see Evidence rules).</source>
        <translation>&lt;span style=&quot;%1&quot;&gt;&amp;nbsp;Schattiert&amp;nbsp;&lt;/span&gt;: die Stufe, die die Nachweise im Arbeitsbereich belegen. &lt;span style=&quot;%2&quot;&gt;&lt;b&gt;Umrandet&lt;/b&gt;&lt;/span&gt;: die eigene Selbsteinschätzung des Teams. Die Nachweisstufe einer Dimension ist die niedrigste Stufe, die eine ihrer Regeln belegt (siehe Nachweisregeln).</translation>
    </message>
</context>
<context>
    <name>baton::MaturitySnapshots</name>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
</context>
<context>
    <name>baton::MeetingAgenda</name>
    <message>
        <source>no change</source>
        <translation>keine Änderung</translation>
    </message>
    <message>
        <source>notify the owner</source>
        <translation>Inhaber benachrichtigen</translation>
    </message>
    <message>
        <source>notify the manager</source>
        <translation>Manager benachrichtigen</translation>
    </message>
    <message>
        <source>notify RevOps</source>
        <translation>RevOps benachrichtigen</translation>
    </message>
    <message>
        <source>reassign</source>
        <translation>neu zuweisen</translation>
    </message>
    <message>
        <source>Missed SLAs, week %1</source>
        <translation>Verfehlte SLAs, Woche %1</translation>
    </message>
    <message>
        <source>SLA compliance %1 (week before: %2)</source>
        <translation>SLA-Einhaltung %1 (Vorwoche: %2)</translation>
    </message>
    <message>
        <source>%1 missed of %2 decided; %3 handoffs under an SLA in the week.</source>
        <translation>%1 von %2 entschiedenen verfehlt; %3 Übergaben mit SLA in der Woche.</translation>
    </message>
    <message>
        <source>Missed SLAs of %1, week %2</source>
        <translation>Verfehlte SLAs von %1, Woche %2</translation>
    </message>
    <message>
        <source>%1: %2 missed of %3 decided</source>
        <translation>%1: %2 von %3 entschiedenen verfehlt</translation>
    </message>
    <message>
        <source>Compliance %1; median time to first touch %2 business minutes.</source>
        <translation>Einhaltung %1; Median der Zeit bis zum Erstkontakt %2 Geschäftsminuten.</translation>
    </message>
    <message>
        <source>Open SLA breaches, week %1</source>
        <translation>Offene SLA-Verletzungen, Woche %1</translation>
    </message>
    <message>
        <source>1 handoff of the week still untouched past due</source>
        <translation>1 Übergabe der Woche nach Fälligkeit noch unbearbeitet</translation>
    </message>
    <message>
        <source>%1 handoffs of the week still untouched past due</source>
        <translation>%1 Übergaben der Woche nach Fälligkeit noch unbearbeitet</translation>
    </message>
    <message>
        <source>Longest: %1 (%2), %3 % of its target, escalation step %4 of %5: %6.</source>
        <translation>Am längsten: %1 (%2), %3 % ihres Ziels, Eskalationsstufe %4 von %5: %6.</translation>
    </message>
    <message>
        <source>no owner</source>
        <translation>kein Inhaber</translation>
    </message>
    <message>
        <source>Longest: %1 (%2), %3 % of its target.</source>
        <translation>Am längsten: %1 (%2), %3 % ihres Ziels.</translation>
    </message>
    <message>
        <source>No rejections in the week.</source>
        <translation>Keine Ablehnungen in der Woche.</translation>
    </message>
    <message>
        <source>(no reason)</source>
        <translation>(kein Grund)</translation>
    </message>
    <message>
        <source>Rejected: %1, week %2</source>
        <translation>Abgelehnt: %1, Woche %2</translation>
    </message>
    <message>
        <source>%1: %2 rejections</source>
        <translation>%1: %2 Ablehnungen</translation>
    </message>
    <message>
        <source>Week before: %1 (%2).</source>
        <translation>Vorwoche: %1 (%2).</translation>
    </message>
    <message>
        <source>No handoffs leaked in the week.</source>
        <translation>In der Woche sind keine Übergaben verloren gegangen.</translation>
    </message>
    <message>
        <source>Biggest leak: %1, %2 handoffs (%3 of the week&apos;s)</source>
        <translation>Größter Verlust: %1, %2 Übergaben (%3 der Übergaben der Woche)</translation>
    </message>
    <message>
        <source>No routing rule set was active: every lead goes to the fallback queue.</source>
        <translation>Es war kein Routing-Regelwerk aktiv: Jeder Lead geht an die Auffangwarteschlange.</translation>
    </message>
    <message>
        <source>Every scenario reaches an owner by rule.</source>
        <translation>Jedes Szenario erreicht per Regel einen Inhaber.</translation>
    </message>
    <message>
        <source>Nearest rule: %1 (misses on %2).</source>
        <translation>Nächstliegende Regel: %1 (weicht ab bei %2).</translation>
    </message>
    <message>
        <source>%1 to the fallback queue, week %2</source>
        <translation>%1 an die Auffangwarteschlange, Woche %2</translation>
    </message>
    <message>
        <source>%1: %2 scenarios reach no owner</source>
        <translation>%1: %2 Szenarien erreichen keinen Inhaber</translation>
    </message>
    <message>
        <source>%1: %2 scenarios reach only the fallback queue</source>
        <translation>%1: %2 Szenarien erreichen nur die Auffangwarteschlange</translation>
    </message>
    <message>
        <source>Unassigned or fallback, week %1</source>
        <translation>Nicht zugewiesen oder Auffangwarteschlange, Woche %1</translation>
    </message>
    <message>
        <source>%1 of the week&apos;s %2 handoffs (%3) had no owner or went to the fallback queue</source>
        <translation>%1 der %2 Übergaben der Woche (%3) hatten keinen Inhaber oder gingen an die Auffangwarteschlange</translation>
    </message>
    <message>
        <source>Handoffs with violations, week %1</source>
        <translation>Übergaben mit Regelverstößen, Woche %1</translation>
    </message>
    <message>
        <source>%1 of %2 handoffs (%3) break at least one rule</source>
        <translation>%1 von %2 Übergaben (%3) verstoßen gegen mindestens eine Regel</translation>
    </message>
    <message>
        <source>Data-quality score %1.</source>
        <translation>Datenqualitätswert %1.</translation>
    </message>
    <message>
        <source>%1: %2 handoffs (%3 violations)</source>
        <translation>%1: %2 Übergaben (%3 Regelverstöße)</translation>
    </message>
    <message>
        <source>SLA breaches and their owners</source>
        <translation>SLA-Verletzungen und ihre Inhaber</translation>
    </message>
    <message>
        <source>Top rejection reasons</source>
        <translation>Häufigste Ablehnungsgründe</translation>
    </message>
    <message>
        <source>Biggest leakage point</source>
        <translation>Größte Leakage-Stelle</translation>
    </message>
    <message>
        <source>Coverage gaps</source>
        <translation>Abdeckungslücken</translation>
    </message>
    <message>
        <source>Violations</source>
        <translation>Regelverstöße</translation>
    </message>
    <message>
        <source>Overdue action items</source>
        <translation>Überfällige Aufgaben</translation>
    </message>
    <message>
        <source>No action item is overdue.</source>
        <translation>Keine Aufgabe ist überfällig.</translation>
    </message>
    <message>
        <source>Due %1, raised at the meeting of %2; %3 days overdue.</source>
        <translation>Fällig %1, aufgenommen im Meeting vom %2; seit %3 Tagen überfällig.</translation>
    </message>
</context>
<context>
    <name>baton::MeetingPage</name>
    <message>
        <source>No workspace open</source>
        <translation>Kein Arbeitsbereich geöffnet</translation>
    </message>
    <message>
        <source>Open a workspace to prepare the weekly governance meeting: an agenda built from the week&apos;s data, and a record of attendees, decisions and action items.</source>
        <translation>Öffnen Sie einen Arbeitsbereich, um das wöchentliche Governance-Meeting vorzubereiten: eine Tagesordnung aus den Daten der Woche sowie ein Protokoll mit Teilnehmenden, Entscheidungen und Aufgaben.</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>Meeting week</source>
        <translation>Meeting-Woche</translation>
    </message>
    <message>
        <source>The meeting of an ISO week reviews the handoffs handed off in that week.</source>
        <translation>Das Meeting einer ISO-Woche prüft die Übergaben, die in dieser Woche erfolgt sind.</translation>
    </message>
    <message>
        <source>Record this week&apos;s meeting</source>
        <translation>Meeting dieser Woche protokollieren</translation>
    </message>
    <message>
        <source>Delete meeting</source>
        <translation>Meeting löschen</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Tagesordnung</translation>
    </message>
    <message>
        <source>built from the week&apos;s data; double-click an item for its handoffs</source>
        <translation>aus den Daten der Woche erstellt; Doppelklick auf einen Punkt zeigt seine Übergaben</translation>
    </message>
    <message>
        <source>Building the agenda of week %1…</source>
        <translation>Tagesordnung für Woche %1 wird erstellt…</translation>
    </message>
    <message>
        <source>The agenda could not be built: %1</source>
        <translation>Die Tagesordnung konnte nicht erstellt werden: %1</translation>
    </message>
    <message>
        <source>Agenda of week %1, handoffs judged as of %2 UTC (built in %3 ms).</source>
        <translation>Tagesordnung für Woche %1, Übergaben bewertet zum Stand %2 UTC (erstellt in %3 ms).</translation>
    </message>
    <message>
        <source>Double-click to see the handoffs.</source>
        <translation>Doppelklicken, um die Übergaben anzuzeigen.</translation>
    </message>
    <message>
        <source>Record the meeting of %1</source>
        <translation>Meeting von %1 protokollieren</translation>
    </message>
    <message>
        <source>Delete the meeting of %1</source>
        <translation>Meeting von %1 löschen</translation>
    </message>
</context>
<context>
    <name>baton::MeetingRecordPanel</name>
    <message>
        <source>Held on</source>
        <translation>Abgehalten am</translation>
    </message>
    <message>
        <source>Names, separated by commas</source>
        <translation>Namen, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Save details</source>
        <translation>Details speichern</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Entscheidungen</translation>
    </message>
    <message>
        <source>Add decision…</source>
        <translation>Entscheidung hinzufügen…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>What was decided:</source>
        <translation>Was wurde entschieden:</translation>
    </message>
    <message>
        <source>Edit a decision</source>
        <translation>Entscheidung bearbeiten</translation>
    </message>
    <message>
        <source>Remove a decision</source>
        <translation>Entscheidung entfernen</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <source>Action item</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Inhaber</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>Eingebracht</translation>
    </message>
    <message>
        <source>Add action item…</source>
        <translation>Aufgabe hinzufügen…</translation>
    </message>
    <message>
        <source>Remove an action item</source>
        <translation>Aufgabe entfernen</translation>
    </message>
    <message>
        <source>The meeting of week %1</source>
        <translation>Das Meeting der Woche %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;No meeting is recorded for week %1.&lt;/b&gt; Record it to keep its attendees, decisions and action items; the action items still open from earlier meetings are below.</source>
        <translation>&lt;b&gt;Für Woche %1 ist kein Meeting protokolliert.&lt;/b&gt; Protokollieren Sie es, um Teilnehmende, Entscheidungen und Aufgaben festzuhalten; die noch offenen Aufgaben früherer Meetings stehen unten.</translation>
    </message>
    <message>
        <source>Open, overdue</source>
        <translation>Offen, überfällig</translation>
    </message>
    <message>
        <source>this meeting</source>
        <translation>dieses Meeting</translation>
    </message>
    <message>
        <source>Raised at this meeting: %1. Carried over from earlier meetings: %2 (they come back until closed). Overdue items are shaded; edit a cell to change it.</source>
        <translation>In diesem Meeting eingebracht: %1. Aus früheren Meetings übernommen: %2 (sie erscheinen wieder, bis sie geschlossen sind). Überfällige Aufgaben sind schattiert; bearbeiten Sie eine Zelle, um sie zu ändern.</translation>
    </message>
    <message>
        <source>Edit the meeting of %1</source>
        <translation>Meeting von %1 bearbeiten</translation>
    </message>
    <message>
        <source>Add a decision</source>
        <translation>Entscheidung hinzufügen</translation>
    </message>
    <message>
        <source>Add action item &quot;%1&quot;</source>
        <translation>Aufgabe „%1“ hinzufügen</translation>
    </message>
    <message>
        <source>Rename an action item</source>
        <translation>Aufgabe umbenennen</translation>
    </message>
    <message>
        <source>Change the owner of &quot;%1&quot;</source>
        <translation>Inhaber von „%1“ ändern</translation>
    </message>
    <message>
        <source>Change the due day of &quot;%1&quot;</source>
        <translation>Fälligkeitstag von „%1“ ändern</translation>
    </message>
    <message>
        <source>Mark &quot;%1&quot; done</source>
        <translation>„%1“ als erledigt markieren</translation>
    </message>
    <message>
        <source>Mark &quot;%1&quot; dropped</source>
        <translation>„%1“ als verworfen markieren</translation>
    </message>
    <message>
        <source>Mark &quot;%1&quot; open</source>
        <translation>„%1“ als offen markieren</translation>
    </message>
</context>
<context>
    <name>baton::MinuteOfDayDelegate</name>
    <message>
        <source>00:00 ends the hours at midnight, the end of the day</source>
        <translation>00:00 beendet die Zeiten um Mitternacht, dem Ende des Tages</translation>
    </message>
</context>
<context>
    <name>baton::Outcome</name>
    <message>
        <source>Open</source>
        <comment>handoff outcome</comment>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Accepted</source>
        <comment>handoff outcome</comment>
        <translation>Angenommen</translation>
    </message>
    <message>
        <source>Rejected</source>
        <comment>handoff outcome</comment>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <comment>handoff outcome</comment>
        <translation>Opportunity</translation>
    </message>
    <message>
        <source>Won</source>
        <comment>handoff outcome</comment>
        <translation>Gewonnen</translation>
    </message>
    <message>
        <source>Lost</source>
        <comment>handoff outcome</comment>
        <translation>Verloren</translation>
    </message>
</context>
<context>
    <name>baton::OverviewPage</name>
    <message>
        <source>Welcome to Baton</source>
        <translation>Willkommen bei Baton</translation>
    </message>
    <message>
        <source>Baton turns the Marketing to Sales handoff into a governed, measurable contract: define it, map the stages, instrument the data, route every lead to an owner, enforce the SLAs, learn from rejections and optimize with the weekly meeting.</source>
        <translation>Baton macht die Übergabe von Marketing an Vertrieb zu einem gesteuerten, messbaren Vertrag: Definieren Sie ihn, bilden Sie die Phasen ab, erfassen Sie die Daten, weisen Sie jeden Lead einem Inhaber zu, setzen Sie die SLAs durch, lernen Sie aus Ablehnungen und optimieren Sie mit dem wöchentlichen Meeting.</translation>
    </message>
    <message>
        <source>Explore a demo workspace</source>
        <translation>Demo-Arbeitsbereich erkunden</translation>
    </message>
    <message>
        <source>Create and open a demo workspace</source>
        <translation>Demo-Arbeitsbereich erstellen und öffnen</translation>
    </message>
    <message>
        <source>Start a new workspace…</source>
        <translation>Neuen Arbeitsbereich anlegen…</translation>
    </message>
    <message>
        <source>Open a workspace…</source>
        <translation>Arbeitsbereich öffnen…</translation>
    </message>
    <message>
        <source>Recent workspaces</source>
        <translation>Zuletzt verwendete Arbeitsbereiche</translation>
    </message>
    <message>
        <source>What the workspace holds (rows per table):</source>
        <translation>Inhalt des Arbeitsbereichs (Zeilen pro Tabelle):</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>Rows per table</source>
        <translation>Zeilen pro Tabelle</translation>
    </message>
    <message>
        <source>No recent workspaces yet.</source>
        <translation>Noch keine zuletzt verwendeten Arbeitsbereiche.</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Datei: %1</translation>
    </message>
    <message>
        <source>Schema version: %1</source>
        <translation>Schemaversion: %1</translation>
    </message>
    <message>
        <source>Reporting time zone: %1</source>
        <translation>Berichtszeitzone: %1</translation>
    </message>
    <message>
        <source>Data as of: %1</source>
        <translation>Datenstand: %1</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <source>Account matching rules</source>
        <translation>Regeln für Account-Zuordnung</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <source>Audit log entries</source>
        <translation>Einträge im Änderungsprotokoll</translation>
    </message>
    <message>
        <source>Business-hours calendars</source>
        <translation>Geschäftszeiten-Kalender</translation>
    </message>
    <message>
        <source>Calendar holidays</source>
        <translation>Kalender-Feiertage</translation>
    </message>
    <message>
        <source>Calendar working hours</source>
        <translation>Kalender-Arbeitszeiten</translation>
    </message>
    <message>
        <source>Contract sign-offs</source>
        <translation>Vertragsunterschriften</translation>
    </message>
    <message>
        <source>Contract terms</source>
        <translation>Vertragsbedingungen</translation>
    </message>
    <message>
        <source>Contract versions</source>
        <translation>Vertragsversionen</translation>
    </message>
    <message>
        <source>Escalation steps</source>
        <translation>Eskalationsstufen</translation>
    </message>
    <message>
        <source>Free-mail domains (added)</source>
        <translation>Freemail-Domains (hinzugefügt)</translation>
    </message>
    <message>
        <source>Governance meetings</source>
        <translation>Governance-Meetings</translation>
    </message>
    <message>
        <source>Handoffs</source>
        <translation>Übergaben</translation>
    </message>
    <message>
        <source>Identity rules</source>
        <translation>Identitätsregeln</translation>
    </message>
    <message>
        <source>Import mappings</source>
        <translation>Import-Zuordnungen</translation>
    </message>
    <message>
        <source>Imports</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Industries</source>
        <translation>Branchen</translation>
    </message>
    <message>
        <source>Rows kept aside by imports</source>
        <translation>Bei Importen zurückgestellte Zeilen</translation>
    </message>
    <message>
        <source>KPI sums per account</source>
        <translation>KPI-Summen pro Account</translation>
    </message>
    <message>
        <source>KPI sums per week and slice</source>
        <translation>KPI-Summen pro Woche und Segment</translation>
    </message>
    <message>
        <source>KPI sums per week, slice and owner</source>
        <translation>KPI-Summen pro Woche, Segment und Inhaber</translation>
    </message>
    <message>
        <source>Legal suffixes (added)</source>
        <translation>Rechtsformzusätze (hinzugefügt)</translation>
    </message>
    <message>
        <source>Lifecycle stages</source>
        <translation>Lifecycle-Phasen</translation>
    </message>
    <message>
        <source>Maturity self-assessments</source>
        <translation>Reifegrad-Selbsteinschätzungen</translation>
    </message>
    <message>
        <source>Maturity snapshots</source>
        <translation>Reifegrad-Momentaufnahmen</translation>
    </message>
    <message>
        <source>Meeting decisions</source>
        <translation>Meeting-Entscheidungen</translation>
    </message>
    <message>
        <source>Owners</source>
        <translation>Inhaber</translation>
    </message>
    <message>
        <source>Owner absences</source>
        <translation>Abwesenheiten von Inhabern</translation>
    </message>
    <message>
        <source>Recycle plays</source>
        <translation>Recycling-Pfade</translation>
    </message>
    <message>
        <source>Rejection reasons</source>
        <translation>Ablehnungsgründe</translation>
    </message>
    <message>
        <source>Routing rules</source>
        <translation>Routing-Regeln</translation>
    </message>
    <message>
        <source>Routing rule sets</source>
        <translation>Routing-Regelwerke</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segmente</translation>
    </message>
    <message>
        <source>Signal types</source>
        <translation>Signaltypen</translation>
    </message>
    <message>
        <source>SLA policies</source>
        <translation>SLA-Richtlinien</translation>
    </message>
    <message>
        <source>Stage changes</source>
        <translation>Phasenwechsel</translation>
    </message>
    <message>
        <source>Stage requirements</source>
        <translation>Phasenanforderungen</translation>
    </message>
    <message>
        <source>Stage transitions</source>
        <translation>Phasenübergänge</translation>
    </message>
    <message>
        <source>Teams and queues</source>
        <translation>Teams und Warteschlangen</translation>
    </message>
    <message>
        <source>Team memberships</source>
        <translation>Teammitgliedschaften</translation>
    </message>
    <message>
        <source>Territories</source>
        <translation>Gebiete</translation>
    </message>
    <message>
        <source>Territory areas</source>
        <translation>Gebietsbereiche</translation>
    </message>
    <message>
        <source>UTM conventions</source>
        <translation>UTM-Konventionen</translation>
    </message>
    <message>
        <source>Workspace settings</source>
        <translation>Einstellungen des Arbeitsbereichs</translation>
    </message>
    <message>
        <source>Import a CSV export…</source>
        <translation>CSV-Export importieren…</translation>
    </message>
    <message>
        <source>Tip: press %1 to go to any page, routing rule, signal type or owner by typing its name.</source>
        <translation>Tipp: Drücken Sie %1, um eine beliebige Seite, Routing-Regel, einen Signaltyp oder Inhaber per Namenseingabe aufzurufen.</translation>
    </message>
    <message>
        <source>Import handoffs from a CRM&apos;s CSV export</source>
        <translation>Übergaben aus dem CSV-Export eines CRM importieren</translation>
    </message>
    <message>
        <source>Importing is available in the main window</source>
        <translation>Importieren ist im Hauptfenster möglich</translation>
    </message>
    <message>
        <source>Counting the rows…</source>
        <translation>Die Zeilen werden gezählt…</translation>
    </message>
</context>
<context>
    <name>baton::OwnerDialog</name>
    <message>
        <source>Owner</source>
        <translation>Inhaber</translation>
    </message>
    <message>
        <source>New owner</source>
        <translation>Neuer Inhaber</translation>
    </message>
    <message>
        <source>(no team)</source>
        <translation>(kein Team)</translation>
    </message>
    <message>
        <source> leads a day</source>
        <translation> Leads pro Tag</translation>
    </message>
    <message>
        <source>Round robin gives this owner no more leads on one day; 0 takes them out of round robin.</source>
        <translation>Round-Robin gibt diesem Inhaber an einem Tag höchstens so viele Leads; 0 nimmt ihn aus dem Round-Robin heraus.</translation>
    </message>
    <message>
        <source>from</source>
        <translation>ab</translation>
    </message>
    <message>
        <source>last working day</source>
        <translation>letzter Arbeitstag</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>E-Mail:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Rolle:</translation>
    </message>
    <message>
        <source>Team:</source>
        <translation>Team:</translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation>Zeitzone:</translation>
    </message>
    <message>
        <source>Capacity:</source>
        <translation>Kapazität:</translation>
    </message>
    <message>
        <source>Active:</source>
        <translation>Aktiv:</translation>
    </message>
    <message>
        <source>Takes round-robin leads in this team (weight 1)</source>
        <translation>Erhält Round-Robin-Leads in diesem Team (Gewicht 1)</translation>
    </message>
    <message>
        <source>Out of office (both days included):</source>
        <translation>Abwesend (beide Tage eingeschlossen):</translation>
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
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Absences</source>
        <translation>Abwesenheiten</translation>
    </message>
    <message>
        <source>Add absence</source>
        <translation>Abwesenheit hinzufügen</translation>
    </message>
    <message>
        <source>Remove absence</source>
        <translation>Abwesenheit entfernen</translation>
    </message>
    <message>
        <source>Give the owner a name.</source>
        <translation>Geben Sie dem Inhaber einen Namen.</translation>
    </message>
    <message>
        <source>Give the owner a role, such as SDR or AE.</source>
        <translation>Geben Sie dem Inhaber eine Rolle, etwa SDR oder AE.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time zone this computer knows; pick one from the list (e.g. Europe/Berlin).</source>
        <translation>„%1“ ist keine Zeitzone, die dieser Computer kennt; wählen Sie eine aus der Liste (z. B. Europe/Berlin).</translation>
    </message>
    <message>
        <source>The last working day is before the first.</source>
        <translation>Der letzte Arbeitstag liegt vor dem ersten.</translation>
    </message>
    <message>
        <source>An absence ends before it starts.</source>
        <translation>Eine Abwesenheit endet, bevor sie beginnt.</translation>
    </message>
    <message>
        <source>%1 already has this email address.</source>
        <translation>%1 hat diese E-Mail-Adresse bereits.</translation>
    </message>
</context>
<context>
    <name>baton::OwnerImport</name>
    <message>
        <source>Time zone: &quot;%1&quot; is not an IANA time zone such as Europe/Berlin.</source>
        <translation>Zeitzone: „%1“ ist keine IANA-Zeitzone wie Europe/Berlin.</translation>
    </message>
    <message>
        <source>No owner has %1 &quot;%2&quot; to update.</source>
        <translation>Es gibt keinen Inhaber mit %1 „%2“, der aktualisiert werden könnte.</translation>
    </message>
    <message>
        <source>Owner name is missing: a new owner needs a name.</source>
        <translation>Inhabername fehlt: Ein neuer Inhaber braucht einen Namen.</translation>
    </message>
    <message>
        <source>Owner name</source>
        <translation>Inhabername</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Team manager</source>
        <translation>Teamleitung</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>Capacity per day</source>
        <translation>Kapazität pro Tag</translation>
    </message>
    <message>
        <source>Active from</source>
        <translation>Aktiv ab</translation>
    </message>
    <message>
        <source>Active until</source>
        <translation>Aktiv bis</translation>
    </message>
</context>
<context>
    <name>baton::PageCatalog</name>
    <message>
        <source>Workspace</source>
        <translation>Arbeitsbereich</translation>
    </message>
    <message>
        <source>Define</source>
        <translation>Definieren</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Abbilden</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>Erfassen</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Zuweisen</translation>
    </message>
    <message>
        <source>Enforce</source>
        <translation>Durchsetzen</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Rückmeldung</translation>
    </message>
    <message>
        <source>Optimize</source>
        <translation>Optimieren</translation>
    </message>
    <message>
        <source>Govern</source>
        <translation>Steuern</translation>
    </message>
    <message>
        <source>The workspace file and what it holds</source>
        <translation>Die Arbeitsbereichsdatei und ihr Inhalt</translation>
    </message>
    <message>
        <source>Agree what qualifies, what Sales receives, who follows up and how fast</source>
        <translation>Vereinbaren, was qualifiziert, was der Vertrieb erhält, wer nachfasst und wie schnell</translation>
    </message>
    <message>
        <source>Lifecycle stages, their workflow actions and allowed transitions</source>
        <translation>Lifecycle-Phasen, ihre Workflow-Aktionen und erlaubte Übergänge</translation>
    </message>
    <message>
        <source>The data standard, CRM imports and the records that break the rules</source>
        <translation>Der Datenstandard, CRM-Importe und die Datensätze, die gegen die Regeln verstoßen</translation>
    </message>
    <message>
        <source>Coverage and routing rules: an owner for every scenario</source>
        <translation>Abdeckung und Routing-Regeln: ein Inhaber für jedes Szenario</translation>
    </message>
    <message>
        <source>SLA clocks on business hours, breaches and escalation</source>
        <translation>SLA-Uhren nach Geschäftszeiten, SLA-Verletzungen und Eskalation</translation>
    </message>
    <message>
        <source>Rejection reasons and the recycle plays they trigger</source>
        <translation>Ablehnungsgründe und die Recycling-Pfade, die sie auslösen</translation>
    </message>
    <message>
        <source>KPIs, leakage and trends, with drill-down to the handoffs</source>
        <translation>KPIs, Leakage und Trends, mit Drill-down bis zu den Übergaben</translation>
    </message>
    <message>
        <source>The maturity matrix and the weekly governance meeting</source>
        <translation>Die Reifegradmatrix und das wöchentliche Governance-Meeting</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>The open workspace, what it holds, and where to start.</source>
        <translation>Der geöffnete Arbeitsbereich, sein Inhalt und wo Sie beginnen.</translation>
    </message>
    <message>
        <source>Handoff contract</source>
        <translation>Übergabevertrag</translation>
    </message>
    <message>
        <source>The one-page agreement between Sales, Marketing and RevOps.</source>
        <translation>Die einseitige Vereinbarung zwischen Vertrieb, Marketing und RevOps.</translation>
    </message>
    <message>
        <source>Stage map</source>
        <translation>Phasenkarte</translation>
    </message>
    <message>
        <source>Lifecycle stages, the workflow action each requires, and where a lead may go next.</source>
        <translation>Lifecycle-Phasen, die jeweils erforderliche Workflow-Aktion und wohin ein Lead als Nächstes darf.</translation>
    </message>
    <message>
        <source>Data standard</source>
        <translation>Datenstandard</translation>
    </message>
    <message>
        <source>Required fields and timestamps, UTM conventions, identity and account-matching rules.</source>
        <translation>Pflichtfelder und Zeitstempel, UTM-Konventionen, Identitäts- und Account-Zuordnungsregeln.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Violations</source>
        <translation>Regelverstöße</translation>
    </message>
    <message>
        <source>Handoffs that break the contract, the stage map or the data standard.</source>
        <translation>Übergaben, die gegen den Vertrag, die Phasenkarte oder den Datenstandard verstoßen.</translation>
    </message>
    <message>
        <source>Routing rules</source>
        <translation>Routing-Regeln</translation>
    </message>
    <message>
        <source>Ordered rules that give every lead an owner, and the coverage model they use.</source>
        <translation>Geordnete Regeln, die jedem Lead einen Inhaber geben, und das Abdeckungsmodell, das sie nutzen.</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Abdeckung</translation>
    </message>
    <message>
        <source>Proof that every scenario reaches an owner before the rules go live.</source>
        <translation>Nachweis, dass jedes Szenario einen Inhaber erreicht, bevor die Regeln live gehen.</translation>
    </message>
    <message>
        <source>Roster what-ifs</source>
        <translation>Besetzung: Was-wäre-wenn</translation>
    </message>
    <message>
        <source>What happens to routing when someone leaves or is away.</source>
        <translation>Was mit dem Routing passiert, wenn jemand ausscheidet oder abwesend ist.</translation>
    </message>
    <message>
        <source>SLA compliance</source>
        <translation>SLA-Einhaltung</translation>
    </message>
    <message>
        <source>Time to first touch on business-hours clocks, breaches and escalations.</source>
        <translation>Zeit bis zum Erstkontakt nach Geschäftszeiten-Uhren, SLA-Verletzungen und Eskalationen.</translation>
    </message>
    <message>
        <source>Rejections and recycling</source>
        <translation>Ablehnungen und Recycling</translation>
    </message>
    <message>
        <source>KPI dashboard</source>
        <translation>KPI-Dashboard</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <source>Maturity matrix</source>
        <translation>Reifegradmatrix</translation>
    </message>
    <message>
        <source>Where the handoff process stands, by the team&apos;s view and by the evidence.</source>
        <translation>Wo der Übergabeprozess steht, aus Sicht des Teams und laut Nachweisen.</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>The weekly governance meeting: an agenda built from the data, decisions and action items.</source>
        <translation>Das wöchentliche Governance-Meeting: eine Tagesordnung aus den Daten, Entscheidungen und Aufgaben.</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Every configuration change: who changed what, when, and from what to what.</source>
        <translation>Jede Konfigurationsänderung: wer was wann geändert hat, und von welchem zu welchem Wert.</translation>
    </message>
    <message>
        <source>CSV exports from the CRM: every import with its counts, and the rows kept aside with line and reason.</source>
        <translation>CSV-Exporte aus dem CRM: jeder Import mit seinen Zahlen und die zurückgestellten Zeilen mit Zeile und Grund.</translation>
    </message>
    <message>
        <source>SLA policies and calendars</source>
        <translation>SLA-Richtlinien und Kalender</translation>
    </message>
    <message>
        <source>Targets per signal type, whose business hours count, escalation ladders, working hours and holidays.</source>
        <translation>Ziele pro Signaltyp, wessen Geschäftszeiten zählen, Eskalationsleitern, Arbeitszeiten und Feiertage.</translation>
    </message>
    <message>
        <source>Why Sales rejects handoffs, the recycle play each reason triggers, and what became of them.</source>
        <translation>Warum der Vertrieb Übergaben ablehnt, welchen Recycling-Pfad jeder Grund auslöst und was daraus wurde.</translation>
    </message>
    <message>
        <source>Acceptance, conversion, velocity, yield, SLA compliance and leakage; click any bar to drill down.</source>
        <translation>Annahme, Konversion, Geschwindigkeit, Ertrag, SLA-Einhaltung und Leakage; klicken Sie auf einen Balken für den Drill-down.</translation>
    </message>
    <message>
        <source>Every handoff and engagement of one account, judged as one motion.</source>
        <translation>Alle Übergaben und Interaktionen eines Accounts, als ein Vorgang bewertet.</translation>
    </message>
</context>
<context>
    <name>baton::PaletteProviders</name>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>#%1 in %2</source>
        <translation>#%1 in %2</translation>
    </message>
    <message>
        <source>%1 (draft)</source>
        <translation>%1 (Entwurf)</translation>
    </message>
    <message>
        <source>%1 (archived)</source>
        <translation>%1 (archiviert)</translation>
    </message>
    <message>
        <source>%1, disabled</source>
        <translation>%1, deaktiviert</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>Signal type</source>
        <translation>Signaltyp</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Inhaber</translation>
    </message>
    <message>
        <source>Routing rule</source>
        <translation>Routing-Regel</translation>
    </message>
</context>
<context>
    <name>baton::PlayCatalogModel</name>
    <message>
        <source>Nurture track</source>
        <translation>Nurturing-Strecke</translation>
    </message>
    <message>
        <source>Re-route</source>
        <translation>Neu zuweisen</translation>
    </message>
    <message>
        <source>Merge with the original</source>
        <translation>Mit dem Original zusammenführen</translation>
    </message>
    <message>
        <source>Disqualify</source>
        <translation>Disqualifizieren</translation>
    </message>
    <message>
        <source>Competitive nurture</source>
        <translation>Wettbewerbs-Nurturing</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>(no reason uses it)</source>
        <translation>(von keinem Grund verwendet)</translation>
    </message>
    <message>
        <source>Edit recycle play %1</source>
        <translation>Recycling-Pfad %1 bearbeiten</translation>
    </message>
    <message>
        <source>Recycle play</source>
        <translation>Recycling-Pfad</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Re-entry (days)</source>
        <translation>Wiedereintritt (Tage)</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Used by</source>
        <translation>Verwendet von</translation>
    </message>
</context>
<context>
    <name>baton::ReasonCatalogModel</name>
    <message>
        <source>(no play)</source>
        <translation>(kein Pfad)</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>ausgemustert</translation>
    </message>
    <message>
        <source>Governance gap: no recycle play</source>
        <translation>Governance-Lücke: kein Recycling-Pfad</translation>
    </message>
    <message>
        <source>Mapped</source>
        <translation>Zugeordnet</translation>
    </message>
    <message>
        <source>Rename rejection reason %1</source>
        <translation>Ablehnungsgrund %1 umbenennen</translation>
    </message>
    <message>
        <source>Map %1 to %2</source>
        <translation>%1 zu %2 zuordnen</translation>
    </message>
    <message>
        <source>no play</source>
        <translation>kein Pfad</translation>
    </message>
    <message>
        <source>Reactivate %1</source>
        <translation>%1 reaktivieren</translation>
    </message>
    <message>
        <source>Retire %1</source>
        <translation>%1 ausmustern</translation>
    </message>
    <message>
        <source>Describe %1</source>
        <translation>%1 beschreiben</translation>
    </message>
    <message>
        <source>Rejection reason</source>
        <translation>Ablehnungsgrund</translation>
    </message>
    <message>
        <source>Recycle play</source>
        <translation>Recycling-Pfad</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>In Gebrauch</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Governance</source>
        <translation>Governance</translation>
    </message>
</context>
<context>
    <name>baton::RecyclingReport</name>
    <message>
        <source>(nowhere)</source>
        <translation>(nirgendwohin)</translation>
    </message>
    <message>
        <source>(no reason)</source>
        <translation>(kein Grund)</translation>
    </message>
</context>
<context>
    <name>baton::RejectionChart</name>
    <message>
        <source>Rejections by reason and %1</source>
        <translation>Ablehnungen nach Grund und %1</translation>
    </message>
    <message>
        <source>%1 — %2: %3 of %4 rejections — click to see them</source>
        <translation>%1 — %2: %3 von %4 Ablehnungen — klicken, um sie anzuzeigen</translation>
    </message>
    <message>
        <source>Rejected handoffs</source>
        <translation>Abgelehnte Übergaben</translation>
    </message>
</context>
<context>
    <name>baton::RejectionRecorder</name>
    <message>
        <source>A rejection needs a reason: choose why Sales rejects this handoff, so that it goes to that reason&apos;s recycle play.</source>
        <translation>Eine Ablehnung braucht einen Grund: Wählen Sie, warum der Vertrieb diese Übergabe ablehnt, damit sie in den Recycling-Pfad dieses Grundes geht.</translation>
    </message>
    <message>
        <source>Rejection reason %1 does not exist; choose one from the catalogue.</source>
        <translation>Ablehnungsgrund %1 existiert nicht; wählen Sie einen aus dem Katalog.</translation>
    </message>
    <message>
        <source>The rejection reason &quot;%1&quot; is retired; choose an active reason.</source>
        <translation>Der Ablehnungsgrund „%1“ ist ausgemustert; wählen Sie einen aktiven Grund.</translation>
    </message>
    <message>
        <source>Handoff %1 does not exist.</source>
        <translation>Übergabe %1 existiert nicht.</translation>
    </message>
    <message>
        <source>Handoff %1 was already decided (%2); only open handoffs can be rejected.</source>
        <translation>Über Übergabe %1 wurde bereits entschieden (%2); nur offene Übergaben können abgelehnt werden.</translation>
    </message>
</context>
<context>
    <name>baton::RejectionsPage</name>
    <message>
        <source>Open a workspace to see its rejection reasons, their recycle plays and what became of rejected handoffs.</source>
        <translation>Öffnen Sie einen Arbeitsbereich, um seine Ablehnungsgründe, deren Recycling-Pfade und den Verbleib abgelehnter Übergaben zu sehen.</translation>
    </message>
    <message>
        <source>Where rejected handoffs went</source>
        <translation>Verbleib abgelehnter Übergaben</translation>
    </message>
    <message>
        <source>Reasons and recycle plays</source>
        <translation>Gründe und Recycling-Pfade</translation>
    </message>
    <message>
        <source>Click a reason above to see its rejected handoffs and the play they went to (or, with the box ticked, the handoffs that came back from it).</source>
        <translation>Klicken Sie oben auf einen Grund, um seine abgelehnten Übergaben und den Pfad zu sehen, in den sie gingen (oder, bei aktiviertem Kästchen, die Übergaben, die daraus zurückkamen).</translation>
    </message>
    <message>
        <source>Rejection reasons</source>
        <translation>Ablehnungsgründe</translation>
    </message>
    <message>
        <source>Add reason</source>
        <translation>Grund hinzufügen</translation>
    </message>
    <message>
        <source>Remove reason</source>
        <translation>Grund entfernen</translation>
    </message>
    <message>
        <source>Recycle plays</source>
        <translation>Recycling-Pfade</translation>
    </message>
    <message>
        <source>Add play</source>
        <translation>Pfad hinzufügen</translation>
    </message>
    <message>
        <source>Remove play</source>
        <translation>Pfad entfernen</translation>
    </message>
    <message>
        <source>Remove Rejection Reason</source>
        <translation>Ablehnungsgrund entfernen</translation>
    </message>
    <message>
        <source>Remove Recycle Play</source>
        <translation>Recycling-Pfad entfernen</translation>
    </message>
    <message>
        <source>Rejected in weeks</source>
        <translation>Abgelehnt in den Wochen</translation>
    </message>
    <message>
        <source>From week</source>
        <translation>Ab Woche</translation>
    </message>
    <message>
        <source>To week</source>
        <translation>Bis Woche</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Clicking a row shows the handoffs that came back</source>
        <translation>Klick auf eine Zeile zeigt die zurückgekommenen Übergaben</translation>
    </message>
    <message>
        <source>Rejected handoffs by reason, their recycle play, and what those that came back did</source>
        <translation>Abgelehnte Übergaben nach Grund, ihr Recycling-Pfad und was aus den zurückgekommenen wurde</translation>
    </message>
    <message>
        <source>(no play)</source>
        <translation>(kein Pfad)</translation>
    </message>
    <message>
        <source>first</source>
        <translation>erste</translation>
    </message>
    <message>
        <source>last</source>
        <translation>letzte</translation>
    </message>
    <message numerus="yes">
        <source>Governance gap: %n reason(s) without a recycle play (%1); handoffs rejected with them go nowhere.</source>
        <translation>
            <numerusform>Governance-Lücke: %n Grund ohne Recycling-Pfad (%1); damit abgelehnte Übergaben gehen nirgendwohin.</numerusform>
            <numerusform>Governance-Lücke: %n Gründe ohne Recycling-Pfad (%1); damit abgelehnte Übergaben gehen nirgendwohin.</numerusform>
        </translation>
    </message>
    <message>
        <source>Leakage: %1 rejection(s) have no reason (imported history), so no play picks them up. New rejections cannot be recorded without one.</source>
        <translation>Leakage: %1 Ablehnung(en) ohne Grund (importierte Historie), daher greift kein Pfad sie auf. Neue Ablehnungen können ohne Grund nicht erfasst werden.</translation>
    </message>
    <message>
        <source>Rejection reason</source>
        <translation>Ablehnungsgrund</translation>
    </message>
    <message>
        <source>Went to play</source>
        <translation>Ging in Pfad</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <source>Came back</source>
        <translation>Zurückgekommen</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <source>Converted</source>
        <translation>Konvertiert</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Gewonnen</translation>
    </message>
    <message>
        <source>Converted %</source>
        <translation>Konvertiert %</translation>
    </message>
    <message>
        <source>Rejected handoffs whose recycled handoff Sales accepted.</source>
        <translation>Abgelehnte Übergaben, deren recycelte Übergabe der Vertrieb angenommen hat.</translation>
    </message>
    <message>
        <source>Rejected handoffs whose recycled handoff was won.</source>
        <translation>Abgelehnte Übergaben, deren recycelte Übergabe gewonnen wurde.</translation>
    </message>
    <message>
        <source>Of the rejected handoffs that came back, the share that then became an opportunity.</source>
        <translation>Anteil der zurückgekommenen abgelehnten Übergaben, aus denen danach eine Opportunity wurde.</translation>
    </message>
    <message>
        <source>(nowhere: no reason)</source>
        <translation>(nirgendwohin: kein Grund)</translation>
    </message>
    <message>
        <source>(nowhere: no play)</source>
        <translation>(nirgendwohin: kein Pfad)</translation>
    </message>
    <message>
        <source>%1; may come back after %2 days</source>
        <translation>%1; kann nach %2 Tagen zurückkommen</translation>
    </message>
    <message>
        <source>%1 (retired)</source>
        <translation>%1 (ausgemustert)</translation>
    </message>
    <message>
        <source>Came back after a rejection as %1</source>
        <translation>Nach einer Ablehnung zurückgekommen als %1</translation>
    </message>
    <message>
        <source>Rejected as %1, sent nowhere</source>
        <translation>Abgelehnt als %1, nirgendwohin geschickt</translation>
    </message>
    <message>
        <source>Rejected as %1, sent to %2</source>
        <translation>Abgelehnt als %1, geschickt an %2</translation>
    </message>
    <message>
        <source>New reason</source>
        <translation>Neuer Grund</translation>
    </message>
    <message>
        <source>New reason %1</source>
        <translation>Neuer Grund %1</translation>
    </message>
    <message>
        <source>Add rejection reason</source>
        <translation>Ablehnungsgrund hinzufügen</translation>
    </message>
    <message>
        <source>Choose the rejection reason to remove.</source>
        <translation>Wählen Sie den zu entfernenden Ablehnungsgrund.</translation>
    </message>
    <message>
        <source>%1 rejection(s) were recorded as &quot;%2&quot;, so it stays in the catalogue. Untick &quot;In use&quot; to retire it.</source>
        <translation>%1 Ablehnung(en) wurden als „%2“ erfasst, daher bleibt der Grund im Katalog. Entfernen Sie das Häkchen bei „In Gebrauch“, um ihn auszumustern.</translation>
    </message>
    <message>
        <source>Remove rejection reason %1</source>
        <translation>Ablehnungsgrund %1 entfernen</translation>
    </message>
    <message>
        <source>New recycle play</source>
        <translation>Neuer Recycling-Pfad</translation>
    </message>
    <message>
        <source>New recycle play %1</source>
        <translation>Neuer Recycling-Pfad %1</translation>
    </message>
    <message>
        <source>Add recycle play</source>
        <translation>Recycling-Pfad hinzufügen</translation>
    </message>
    <message>
        <source>Choose the recycle play to remove.</source>
        <translation>Wählen Sie den zu entfernenden Recycling-Pfad.</translation>
    </message>
    <message>
        <source>Remove recycle play %1</source>
        <translation>Recycling-Pfad %1 entfernen</translation>
    </message>
    <message>
        <source>Unmap %1</source>
        <translation>Zuordnung von %1 aufheben</translation>
    </message>
</context>
<context>
    <name>baton::ReportTable</name>
    <message>
        <source>Filter rows</source>
        <translation>Zeilen filtern</translation>
    </message>
    <message>
        <source>Filter the rows of %1</source>
        <translation>Zeilen von %1 filtern</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <source>Export %1 as CSV</source>
        <translation>%1 als CSV exportieren</translation>
    </message>
    <message>
        <source>Export Table</source>
        <translation>Tabelle exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
</context>
<context>
    <name>baton::RosterPage</name>
    <message>
        <source>Open a workspace to try out changes to its roster.</source>
        <translation>Öffnen Sie einen Arbeitsbereich, um Änderungen an seiner Besetzung durchzuspielen.</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Inhaber</translation>
    </message>
    <message>
        <source>is out of office from</source>
        <translation>ist abwesend vom</translation>
    </message>
    <message>
        <source>leaves; the first day no longer working is</source>
        <translation>scheidet aus; erster Tag ohne Arbeit ist der</translation>
    </message>
    <message>
        <source> weeks</source>
        <translation> Wochen</translation>
    </message>
    <message>
        <source>The load per owner is projected by routing the handoffs of these last weeks again.</source>
        <translation>Die Auslastung pro Inhaber wird hochgerechnet, indem die Übergaben dieser letzten Wochen erneut zugewiesen werden.</translation>
    </message>
    <message>
        <source>Show what happens</source>
        <translation>Auswirkung anzeigen</translation>
    </message>
    <message>
        <source>Record it</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <source>Saves the change to the owner (last working day, or an absence); Edit ▸ Undo takes it back.</source>
        <translation>Speichert die Änderung beim Inhaber (letzter Arbeitstag oder eine Abwesenheit); Bearbeiten ▸ Rückgängig nimmt sie zurück.</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Project the load from the last</source>
        <translation>Auslastung hochrechnen aus den letzten</translation>
    </message>
    <message>
        <source>What if</source>
        <translation>Was wäre, wenn</translation>
    </message>
    <message>
        <source>Choose an owner and a change, then Show what happens. Nothing is saved.</source>
        <translation>Wählen Sie einen Inhaber und eine Änderung, dann „Auswirkung anzeigen“. Es wird nichts gespeichert.</translation>
    </message>
    <message>
        <source>Scenario that loses its owner</source>
        <translation>Szenario, das seinen Inhaber verliert</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <source>With the change</source>
        <translation>Mit der Änderung</translation>
    </message>
    <message>
        <source>Scenarios that lose their owner</source>
        <translation>Szenarien, die ihren Inhaber verlieren</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Kapazität</translation>
    </message>
    <message>
        <source>Now a day</source>
        <translation>Jetzt pro Tag</translation>
    </message>
    <message>
        <source>Projected load per owner</source>
        <translation>Hochgerechnete Auslastung pro Inhaber</translation>
    </message>
    <message>
        <source>Leads per weekday: the handoffs of the last weeks routed again through the active rules, as things are and as if the change had applied the whole time, divided by the weekdays in those weeks.</source>
        <translation>Leads pro Wochentag: die Übergaben der letzten Wochen erneut durch die aktiven Regeln zugewiesen, im Ist-Zustand und so, als hätte die Änderung die ganze Zeit gegolten, geteilt durch die Wochentage dieser Wochen.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Accounts they own</source>
        <translation>Accounts in ihrem Besitz</translation>
    </message>
    <message>
        <source>Open handoffs</source>
        <translation>Offene Übergaben</translation>
    </message>
    <message>
        <source>Records of owners who are not there</source>
        <translation>Datensätze von nicht verfügbaren Inhabern</translation>
    </message>
    <message>
        <source>Show these open handoffs</source>
        <translation>Diese offenen Übergaben anzeigen</translation>
    </message>
    <message>
        <source>Hide the open handoffs</source>
        <translation>Offene Übergaben ausblenden</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Roster what-if</source>
        <translation>Besetzung: Was-wäre-wenn</translation>
    </message>
    <message>
        <source>no owner</source>
        <translation>kein Inhaber</translation>
    </message>
    <message>
        <source>fallback queue (rule %1)</source>
        <translation>Auffangwarteschlange (Regel %1)</translation>
    </message>
    <message>
        <source>fallback queue</source>
        <translation>Auffangwarteschlange</translation>
    </message>
    <message>
        <source>account owned</source>
        <translation>Account hat Inhaber</translation>
    </message>
    <message>
        <source>no account owner</source>
        <translation>kein Account-Inhaber</translation>
    </message>
    <message>
        <source>None: every rule that gives %1 leads can still assign them to someone else.</source>
        <translation>Keine: Jede Regel, die %1 Leads gibt, kann sie weiterhin jemand anderem zuweisen.</translation>
    </message>
    <message>
        <source>this owner</source>
        <translation>dieser Inhaber</translation>
    </message>
    <message>
        <source>over capacity</source>
        <translation>über Kapazität</translation>
    </message>
    <message>
        <source>+%1 leads</source>
        <translation>+%1 Leads</translation>
    </message>
    <message>
        <source>leaves (last working day %1)</source>
        <translation>ausscheidet (letzter Arbeitstag %1)</translation>
    </message>
    <message>
        <source>is away %1 – %2</source>
        <translation>vom %1 – %2 abwesend ist</translation>
    </message>
    <message>
        <source>If &lt;b&gt;%1&lt;/b&gt; %2 — scenarios that lose their owner: &lt;b&gt;%3&lt;/b&gt;. Of the %4 handoffs of the last %5 weeks, the fallback queue would get %6 instead of %7. Accounts %1 owns: %8; open handoffs: %9 (they stay with %1 until someone reassigns them). Nothing has been saved.</source>
        <translation>Wenn &lt;b&gt;%1&lt;/b&gt; %2 — Szenarien, die ihren Inhaber verlieren: &lt;b&gt;%3&lt;/b&gt;. Von den %4 Übergaben der letzten %5 Wochen bekäme die Auffangwarteschlange %6 statt %7. Accounts von %1: %8; offene Übergaben: %9 (sie bleiben bei %1, bis jemand sie neu zuweist). Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Records held by owners who are not there&lt;/b&gt; on %1 — accounts owned by owners who left: %2; open handoffs with owners who left or are away: %3; handoffs assigned after their owner&apos;s last day: %4.</source>
        <translation>&lt;b&gt;Datensätze bei nicht verfügbaren Inhabern&lt;/b&gt; am %1 — Accounts von ausgeschiedenen Inhabern: %2; offene Übergaben bei ausgeschiedenen oder abwesenden Inhabern: %3; nach dem letzten Tag ihres Inhabers zugewiesene Übergaben: %4.</translation>
    </message>
    <message>
        <source>away</source>
        <translation>abwesend</translation>
    </message>
    <message>
        <source>left; last working day %1</source>
        <translation>ausgeschieden; letzter Arbeitstag %1</translation>
    </message>
    <message>
        <source>not started yet</source>
        <translation>noch nicht begonnen</translation>
    </message>
    <message>
        <source>%1 leaves after %2</source>
        <translation>%1 scheidet nach %2 aus</translation>
    </message>
    <message>
        <source>Roster</source>
        <translation>Besetzung</translation>
    </message>
    <message>
        <source>The absence ends before it starts.</source>
        <translation>Die Abwesenheit endet, bevor sie beginnt.</translation>
    </message>
    <message>
        <source>Out of office</source>
        <translation>Abwesend</translation>
    </message>
    <message>
        <source>%1 out of office</source>
        <translation>%1 abwesend</translation>
    </message>
</context>
<context>
    <name>baton::RosterWhatIf</name>
    <message>
        <source>Give the first day of the change (and, for an absence, a last day on or after it).</source>
        <translation>Geben Sie den ersten Tag der Änderung an (und bei einer Abwesenheit einen letzten Tag an oder nach diesem).</translation>
    </message>
    <message>
        <source>There is no owner %1.</source>
        <translation>Es gibt keinen Inhaber %1.</translation>
    </message>
</context>
<context>
    <name>baton::RouteText</name>
    <message>
        <source>(removed #%1)</source>
        <translation>(entfernt #%1)</translation>
    </message>
    <message>
        <source>Signal: %1</source>
        <translation>Signal: %1</translation>
    </message>
    <message>
        <source>Territory: %1</source>
        <translation>Gebiet: %1</translation>
    </message>
    <message>
        <source>Segment: %1</source>
        <translation>Segment: %1</translation>
    </message>
    <message>
        <source>Industry: %1</source>
        <translation>Branche: %1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Quelle: %1</translation>
    </message>
    <message>
        <source>account has an owner</source>
        <translation>Account hat einen Inhaber</translation>
    </message>
    <message>
        <source>no account owner</source>
        <translation>kein Account-Inhaber</translation>
    </message>
    <message>
        <source>Every lead</source>
        <translation>Jeder Lead</translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation>Inhaber: %1</translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation>(entfernt)</translation>
    </message>
    <message>
        <source>Account owner, else the account&apos;s team</source>
        <translation>Account-Inhaber, sonst das Team des Accounts</translation>
    </message>
    <message>
        <source>Round robin: %1</source>
        <translation>Round-Robin: %1</translation>
    </message>
    <message>
        <source>A named owner</source>
        <translation>Ein benannter Inhaber</translation>
    </message>
    <message>
        <source>The account&apos;s owner (else the account&apos;s team)</source>
        <translation>Der Inhaber des Accounts (sonst das Team des Accounts)</translation>
    </message>
    <message>
        <source>Round robin over a team or queue</source>
        <translation>Round-Robin über ein Team oder eine Warteschlange</translation>
    </message>
    <message>
        <source>%1 (active)</source>
        <translation>%1 (aktiv)</translation>
    </message>
    <message>
        <source>%1 (draft)</source>
        <translation>%1 (Entwurf)</translation>
    </message>
    <message>
        <source>%1 (archived)</source>
        <translation>%1 (archiviert)</translation>
    </message>
</context>
<context>
    <name>baton::Router</name>
    <message>
        <source>This workspace has no fallback queue. Mark one queue as the fallback on the Routing rules page (Teams and queues), so that every lead has somewhere to go.</source>
        <translation>Dieser Arbeitsbereich hat keine Auffangwarteschlange. Markieren Sie auf der Seite „Routing-Regeln“ (Teams und Warteschlangen) eine Warteschlange als Auffangwarteschlange, damit jeder Lead ein Ziel hat.</translation>
    </message>
</context>
<context>
    <name>baton::RowConverter</name>
    <message>
        <source>The mapping feeds %1, which is not a field of %2.</source>
        <translation>Die Zuordnung befüllt %1, das kein Feld von %2 ist.</translation>
    </message>
    <message>
        <source>The file has no column %1, which the mapping needs for %2.</source>
        <translation>Die Datei hat keine Spalte %1, die die Zuordnung für %2 braucht.</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>A quoted field is never closed, so this record runs to the end of the file.</source>
        <translation>Ein Feld in Anführungszeichen wird nie geschlossen, daher reicht dieser Datensatz bis zum Dateiende.</translation>
    </message>
    <message>
        <source>The record has %1 fields where the header has %2 (a delimiter or quote out of place?).</source>
        <translation>Der Datensatz hat %1 Felder, die Kopfzeile aber %2 (ein Trennzeichen oder Anführungszeichen an falscher Stelle?).</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not one of the values the mapping translates.</source>
        <translation>%1: „%2“ ist keiner der Werte, die die Zuordnung übersetzt.</translation>
    </message>
    <message>
        <source>%1 is missing (the mapping requires it).</source>
        <translation>%1 fehlt (die Zuordnung verlangt es).</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a country Baton knows.</source>
        <translation>%1: „%2“ ist kein Land, das Baton kennt.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a whole number.</source>
        <translation>%1: „%2“ ist keine ganze Zahl.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a number.</source>
        <translation>%1: „%2“ ist keine Zahl.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a date in the format %3 (%4).</source>
        <translation>%1: „%2“ ist kein Datum im Format %3 (%4).</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not an outcome (open, accepted, rejected, opportunity, won, lost); translate it in the mapping.</source>
        <translation>%1: „%2“ ist kein Ergebnis (open, accepted, rejected, opportunity, won, lost); übersetzen Sie es in der Zuordnung.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a fit grade (A, B, C or D).</source>
        <translation>%1: „%2“ ist keine Fit-Note (A, B, C oder D).</translation>
    </message>
    <message>
        <source>%1: no %2 in this workspace is called &quot;%3&quot; (add it, translate the value in the mapping, or let the mapping create it).</source>
        <translation>%1: In diesem Arbeitsbereich gibt es kein Element vom Typ %2 namens „%3“ (legen Sie es an, übersetzen Sie den Wert in der Zuordnung oder lassen Sie die Zuordnung es anlegen).</translation>
    </message>
</context>
<context>
    <name>baton::RuleDialog</name>
    <message>
        <source>Routing rule</source>
        <translation>Routing-Regel</translation>
    </message>
    <message>
        <source>New routing rule</source>
        <translation>Neue Routing-Regel</translation>
    </message>
    <message>
        <source>Enabled: the rule takes part in routing</source>
        <translation>Aktiviert: Die Regel nimmt am Routing teil</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>When (leave a list unticked to match every value)</source>
        <translation>Wenn (eine Liste ohne Häkchen passt auf jeden Wert)</translation>
    </message>
    <message>
        <source>Signal types</source>
        <translation>Signaltypen</translation>
    </message>
    <message>
        <source>Intent tiers</source>
        <translation>Intent-Stufen</translation>
    </message>
    <message>
        <source>Territories</source>
        <translation>Gebiete</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segmente</translation>
    </message>
    <message>
        <source>Industries</source>
        <translation>Branchen</translation>
    </message>
    <message>
        <source>any source; or e.g. webinar, events</source>
        <translation>jede Quelle; oder z. B. webinar, events</translation>
    </message>
    <message>
        <source>Any lead</source>
        <translation>Jeder Lead</translation>
    </message>
    <message>
        <source>Only leads whose account has an owner</source>
        <translation>Nur Leads, deren Account einen Inhaber hat</translation>
    </message>
    <message>
        <source>Only leads without an account owner</source>
        <translation>Nur Leads ohne Account-Inhaber</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>Quellen:</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Account:</translation>
    </message>
    <message>
        <source>Assign to</source>
        <translation>Zuweisen an</translation>
    </message>
    <message>
        <source>%1 (fallback queue)</source>
        <translation>%1 (Auffangwarteschlange)</translation>
    </message>
    <message>
        <source>How:</source>
        <translation>Wie:</translation>
    </message>
    <message>
        <source>Team or queue:</source>
        <translation>Team oder Warteschlange:</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>Inhaber:</translation>
    </message>
    <message>
        <source>(removed #%1)</source>
        <translation>(entfernt #%1)</translation>
    </message>
    <message>
        <source>Give the rule a name that says what it is for.</source>
        <translation>Geben Sie der Regel einen Namen, der ihren Zweck beschreibt.</translation>
    </message>
    <message>
        <source>Choose the team or queue whose members take turns.</source>
        <translation>Wählen Sie das Team oder die Warteschlange, deren Mitglieder sich abwechseln.</translation>
    </message>
    <message>
        <source>Choose the owner who gets these leads.</source>
        <translation>Wählen Sie den Inhaber, der diese Leads erhält.</translation>
    </message>
</context>
<context>
    <name>baton::RuleListModel</name>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Rule (enabled)</source>
        <translation>Regel (aktiviert)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wenn</translation>
    </message>
    <message>
        <source>Assign to</source>
        <translation>Zuweisen an</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Abdeckung</translation>
    </message>
</context>
<context>
    <name>baton::RuleSetCommands</name>
    <message>
        <source>New draft rule set</source>
        <translation>Neues Regelwerk als Entwurf</translation>
    </message>
    <message>
        <source>Delete rule set %1</source>
        <translation>Regelwerk %1 löschen</translation>
    </message>
</context>
<context>
    <name>baton::RuleSetStore</name>
    <message>
        <source>This workspace has no active rule set; activate one on the Routing rules page.</source>
        <translation>Dieser Arbeitsbereich hat kein aktives Regelwerk; aktivieren Sie eines auf der Seite „Routing-Regeln“.</translation>
    </message>
    <message>
        <source>There is no rule set %1; `baton coverage FILE --json` lists them.</source>
        <translation>Es gibt kein Regelwerk %1; `baton coverage FILE --json` listet sie auf.</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>The active rule set cannot be deleted; activate another set first.</source>
        <translation>Das aktive Regelwerk kann nicht gelöscht werden; aktivieren Sie zuerst ein anderes.</translation>
    </message>
    <message>
        <source>Handoffs were routed by these rules (%1 of them) and refer to them, so the rule set stays as history.</source>
        <translation>Übergaben wurden mit diesen Regeln zugewiesen (%1 davon) und verweisen auf sie, daher bleibt das Regelwerk als Historie erhalten.</translation>
    </message>
</context>
<context>
    <name>baton::RulesPage</name>
    <message>
        <source>Open a workspace to edit its routing rules and coverage model.</source>
        <translation>Öffnen Sie einen Arbeitsbereich, um seine Routing-Regeln und sein Abdeckungsmodell zu bearbeiten.</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Regeln</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Rule set:</source>
        <translation>Regelwerk:</translation>
    </message>
    <message>
        <source>Rule set</source>
        <translation>Regelwerk</translation>
    </message>
    <message>
        <source>New draft</source>
        <translation>Neuer Entwurf</translation>
    </message>
    <message>
        <source>Copy the active rules into a new draft that you can change and simulate before it goes live.</source>
        <translation>Die aktiven Regeln in einen neuen Entwurf kopieren, den Sie ändern und simulieren können, bevor er live geht.</translation>
    </message>
    <message>
        <source>Activate</source>
        <translation>Aktivieren</translation>
    </message>
    <message>
        <source>Make this draft the rules that route new leads; the active set is archived.</source>
        <translation>Diesen Entwurf zu den Regeln machen, die neue Leads zuweisen; das aktive Regelwerk wird archiviert.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Simulate…</source>
        <translation>Simulieren…</translation>
    </message>
    <message>
        <source>Route a CSV of leads, or the workspace&apos;s own handoffs, through this rule set and compare it with the active rules.</source>
        <translation>Eine CSV-Datei mit Leads oder die Übergaben des Arbeitsbereichs durch dieses Regelwerk zuweisen und mit den aktiven Regeln vergleichen.</translation>
    </message>
    <message>
        <source>Routing rules in order</source>
        <translation>Routing-Regeln in Reihenfolge</translation>
    </message>
    <message>
        <source>Add rule…</source>
        <translation>Regel hinzufügen…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Scenario: one combination of signal type, territory, segment, industry, source and whether the lead&apos;s account has an owner. Reaches an owner: the first matching rule that can assign takes it. Only the fallback: no rule takes it, so the fallback queue does. Shadowed: earlier rules take every scenario the rule matches.</source>
        <translation>Szenario: eine Kombination aus Signaltyp, Gebiet, Segment, Branche, Quelle und der Frage, ob der Account des Leads einen Inhaber hat. Erreicht einen Inhaber: Die erste passende Regel, die zuweisen kann, übernimmt es. Nur Auffangwarteschlange: Keine Regel übernimmt es, daher die Auffangwarteschlange. Verdeckt: Frühere Regeln übernehmen jedes Szenario, auf das die Regel passt.</translation>
    </message>
    <message>
        <source>Every change to the coverage model and the routing rules, newest first (the audit log):</source>
        <translation>Jede Änderung am Abdeckungsmodell und an den Routing-Regeln, neueste zuerst (das Änderungsprotokoll):</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>Wann (UTC)</translation>
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
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>History of routing changes</source>
        <translation>Verlauf der Routing-Änderungen</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>These rules route new leads (active since %1). To change them, make a new draft, prove it on the Coverage page or with Simulate, then activate it.</source>
        <translation>Diese Regeln weisen neue Leads zu (aktiv seit %1). Um sie zu ändern, legen Sie einen neuen Entwurf an, prüfen ihn auf der Seite „Abdeckung“ oder mit „Simulieren“ und aktivieren ihn dann.</translation>
    </message>
    <message>
        <source>the start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Draft: change it freely (drag rules to reorder them; Edit ▸ Undo takes changes back), simulate it, then activate it.</source>
        <translation>Entwurf: Frei änderbar (Regeln per Ziehen umsortieren; Bearbeiten ▸ Rückgängig nimmt Änderungen zurück), simulieren, dann aktivieren.</translation>
    </message>
    <message>
        <source>Archived: these rules routed leads before (activated %1). Make a new draft to reuse them.</source>
        <translation>Archiviert: Diese Regeln haben früher Leads zugewiesen (aktiviert am %1). Legen Sie einen neuen Entwurf an, um sie wiederzuverwenden.</translation>
    </message>
    <message>
        <source>Coverage on %1: %2 scenarios, %3 reach an owner through a rule, %4 reach only the fallback queue, %5 reach no owner; shadowed rules: %6, overlapping pairs: %7. The Coverage page shows where.</source>
        <translation>Abdeckung am %1: %2 Szenarien, %3 erreichen über eine Regel einen Inhaber, %4 erreichen nur die Auffangwarteschlange, %5 erreichen keinen Inhaber; verdeckte Regeln: %6, überlappende Paare: %7. Die Seite „Abdeckung“ zeigt, wo.</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Gebiet</translation>
    </message>
    <message>
        <source>Territory area</source>
        <translation>Gebietsbereich</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Branche</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Team member</source>
        <translation>Teammitglied</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Inhaber</translation>
    </message>
    <message>
        <source>Absence</source>
        <translation>Abwesenheit</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <source>%1 (removed)</source>
        <translation>%1 (entfernt)</translation>
    </message>
    <message>
        <source>View…</source>
        <translation>Anzeigen…</translation>
    </message>
    <message>
        <source>Add rule %1</source>
        <translation>Regel %1 hinzufügen</translation>
    </message>
    <message>
        <source>Edit rule %1</source>
        <translation>Regel %1 bearbeiten</translation>
    </message>
    <message>
        <source>Remove rule %1</source>
        <translation>Regel %1 entfernen</translation>
    </message>
    <message>
        <source>Move rule %1</source>
        <translation>Regel %1 verschieben</translation>
    </message>
    <message>
        <source>Enable rule %1</source>
        <translation>Regel %1 aktivieren</translation>
    </message>
    <message>
        <source>Disable rule %1</source>
        <translation>Regel %1 deaktivieren</translation>
    </message>
    <message>
        <source>Name of the draft rule set:</source>
        <translation>Name des Entwurfs-Regelwerks:</translation>
    </message>
    <message>
        <source>Draft %1</source>
        <translation>Entwurf %1</translation>
    </message>
    <message>
        <source>There is no fallback queue, so some leads could stay unassigned. Mark a queue as the fallback on the Teams and queues tab first.</source>
        <translation>Es gibt keine Auffangwarteschlange, daher könnten manche Leads ohne Zuweisung bleiben. Markieren Sie zuerst auf dem Tab „Teams und Warteschlangen“ eine Warteschlange als Auffangwarteschlange.</translation>
    </message>
    <message>
        <source>With these rules %1 of %2 scenarios reach only the fallback queue and %3 reach no owner. Activate them anyway?</source>
        <translation>Mit diesen Regeln erreichen %1 von %2 Szenarien nur die Auffangwarteschlange und %3 keinen Inhaber. Trotzdem aktivieren?</translation>
    </message>
    <message>
        <source>Activate rule set %1</source>
        <translation>Regelwerk %1 aktivieren</translation>
    </message>
    <message>
        <source>Delete rule set</source>
        <translation>Regelwerk löschen</translation>
    </message>
    <message>
        <source>Delete %1 and its rules (%2)? Edit ▸ Undo brings them back.</source>
        <translation>%1 und seine Regeln (%2) löschen? Bearbeiten ▸ Rückgängig stellt sie wieder her.</translation>
    </message>
    <message>
        <source>Archived: these rules were never active. Make a new draft to reuse them.</source>
        <translation>Archiviert: Diese Regeln waren nie aktiv. Legen Sie einen neuen Entwurf an, um sie wiederzuverwenden.</translation>
    </message>
</context>
<context>
    <name>baton::ScorecardCharts</name>
    <message>
        <source>Handoffs, acceptance and conversion by week</source>
        <translation>Übergaben, Annahme und Konversion nach Woche</translation>
    </message>
    <message>
        <source>Handoffs</source>
        <translation>Übergaben</translation>
    </message>
    <message>
        <source>Acceptance rate</source>
        <translation>Annahmequote</translation>
    </message>
    <message>
        <source>Conversion rate</source>
        <translation>Konversionsrate</translation>
    </message>
    <message>
        <source>handoffs</source>
        <translation>Übergaben</translation>
    </message>
    <message>
        <source>rate</source>
        <translation>Quote</translation>
    </message>
    <message>
        <source>SLA compliance by week</source>
        <translation>SLA-Einhaltung nach Woche</translation>
    </message>
    <message>
        <source>SLA compliance</source>
        <translation>SLA-Einhaltung</translation>
    </message>
    <message>
        <source>Stage 3 threshold (%1)</source>
        <translation>Schwelle Stufe 3 (%1)</translation>
    </message>
    <message>
        <source>SLA compliance by team</source>
        <translation>SLA-Einhaltung nach Team</translation>
    </message>
    <message>
        <source>Rejections by reason</source>
        <translation>Ablehnungen nach Grund</translation>
    </message>
    <message>
        <source>Where handoffs leak</source>
        <translation>Wo Übergaben verloren gehen</translation>
    </message>
</context>
<context>
    <name>baton::ScorecardData</name>
    <message>
        <source>(no reason)</source>
        <translation>(kein Grund)</translation>
    </message>
</context>
<context>
    <name>baton::ScorecardExport</name>
    <message>
        <source>Open a workspace first.</source>
        <translation>Öffnen Sie zuerst einen Arbeitsbereich.</translation>
    </message>
    <message>
        <source>Building the scorecard…</source>
        <translation>Scorecard wird erstellt…</translation>
    </message>
</context>
<context>
    <name>baton::ScorecardExportDialog</name>
    <message>
        <source>Export Scorecard</source>
        <translation>Scorecard exportieren</translation>
    </message>
    <message>
        <source>A PDF of the week for the governance meeting to take away: KPIs against the week before and their trend, SLA compliance, rejection reasons, leakage, the maturity matrix, the contract, and the meeting&apos;s decisions and action items.</source>
        <translation>Ein PDF der Woche zum Mitnehmen aus dem Governance-Meeting: KPIs im Vergleich zur Vorwoche und ihr Trend, SLA-Einhaltung, Ablehnungsgründe, Leakage, die Reifegradmatrix, der Vertrag sowie die Entscheidungen und Aufgaben des Meetings.</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>Page size</source>
        <translation>Seitengröße</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
</context>
<context>
    <name>baton::ScorecardRenderer</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source> pts</source>
        <translation> Pp.</translation>
    </message>
    <message>
        <source>high</source>
        <translation>hoch</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>mittel</translation>
    </message>
    <message>
        <source>low</source>
        <translation>niedrig</translation>
    </message>
    <message>
        <source>The page size must be a4 or letter, not &quot;%1&quot;.</source>
        <translation>Die Seitengröße muss a4 oder letter sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>Handoff scorecard · Week %1</source>
        <translation>Übergabe-Scorecard · Woche %1</translation>
    </message>
    <message>
        <source>Handoff scorecard, %1, week %2</source>
        <translation>Übergabe-Scorecard, %1, Woche %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot start the PDF %1.</source>
        <translation>Das PDF %1 kann nicht begonnen werden.</translation>
    </message>
    <message>
        <source>Handoff scorecard</source>
        <translation>Übergabe-Scorecard</translation>
    </message>
    <message>
        <source>%1 · Week %2 (%3)</source>
        <translation>%1 · Woche %2 (%3)</translation>
    </message>
    <message>
        <source>Handoffs of the week, judged as of %1 UTC. Compared with week %2.</source>
        <translation>Übergaben der Woche, bewertet zum Stand %1 UTC. Verglichen mit Woche %2.</translation>
    </message>
    <message>
        <source>Headline KPIs</source>
        <translation>Wichtigste KPIs</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Handoffs</source>
        <translation>Übergaben</translation>
    </message>
    <message>
        <source>Acceptance rate</source>
        <translation>Annahmequote</translation>
    </message>
    <message>
        <source>Conversion rate (handoff → opportunity)</source>
        <translation>Konversionsrate (Übergabe → Opportunity)</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>Gewinnquote</translation>
    </message>
    <message>
        <source>Velocity to opportunity, median days</source>
        <translation>Geschwindigkeit bis Opportunity, Median Tage</translation>
    </message>
    <message>
        <source>Pipeline per handoff</source>
        <translation>Pipeline pro Übergabe</translation>
    </message>
    <message>
        <source>Won per handoff</source>
        <translation>Gewonnen pro Übergabe</translation>
    </message>
    <message>
        <source>SLA compliance</source>
        <translation>SLA-Einhaltung</translation>
    </message>
    <message>
        <source>Time to first touch, median business minutes</source>
        <translation>Zeit bis Erstkontakt, Median Geschäftsminuten</translation>
    </message>
    <message>
        <source>Time to first touch, p90 business minutes</source>
        <translation>Zeit bis Erstkontakt, p90 Geschäftsminuten</translation>
    </message>
    <message>
        <source>Leakage: %1</source>
        <translation>Leakage: %1</translation>
    </message>
    <message>
        <source>Trend, %1 weeks</source>
        <translation>Trend, %1 Wochen</translation>
    </message>
    <message>
        <source>%1 of the week&apos;s %2 decided handoffs met their SLA: %3 (week before: %4). %5 missed, %6 still untouched past due, %7 pending.</source>
        <translation>%1 der %2 entschiedenen Übergaben der Woche haben ihr SLA eingehalten: %3 (Vorwoche: %4). %5 verfehlt, %6 nach Fälligkeit noch ohne Kontakt, %7 ausstehend.</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Entschieden</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Eingehalten</translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation>Einhaltung</translation>
    </message>
    <message>
        <source>Median touch, min</source>
        <translation>Median Erstkontakt, Min.</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>Alle Teams</translation>
    </message>
    <message>
        <source>Rejection reasons</source>
        <translation>Ablehnungsgründe</translation>
    </message>
    <message>
        <source>%1 rejections in the week (week before: %2), with the recycle play each reason triggers.</source>
        <translation>%1 Ablehnungen in der Woche (Vorwoche: %2), mit dem Recycling-Pfad, den jeder Grund auslöst.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Recycle play</source>
        <translation>Recycling-Pfad</translation>
    </message>
    <message>
        <source>none: leakage</source>
        <translation>keiner: Leakage</translation>
    </message>
    <message>
        <source>none: a governance gap</source>
        <translation>keiner: eine Governance-Lücke</translation>
    </message>
    <message>
        <source>No rejections in either week.</source>
        <translation>Keine Ablehnungen in beiden Wochen.</translation>
    </message>
    <message>
        <source>Leakage</source>
        <translation>Leakage</translation>
    </message>
    <message>
        <source>Where handoffs leak</source>
        <translation>Wo Übergaben verloren gehen</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <source>Leaks are counted one by one, so a handoff can be in two (routed to the fallback queue, then rejected).</source>
        <translation>Verluste werden einzeln gezählt, daher kann eine Übergabe in zweien vorkommen (an die Auffangwarteschlange zugewiesen, dann abgelehnt).</translation>
    </message>
    <message>
        <source>Maturity matrix</source>
        <translation>Reifegradmatrix</translation>
    </message>
    <message>
        <source>Shaded: the stage the evidence in the workspace supports for week %1. Outlined: the team&apos;s own self-assessment. A dimension&apos;s evidence stage is the lowest stage any of its rules supports.</source>
        <translation>Schattiert: die Stufe, die die Nachweise im Arbeitsbereich für Woche %1 stützen. Umrandet: die Selbsteinschätzung des Teams. Die Nachweisstufe einer Dimension ist die niedrigste Stufe, die eine ihrer Regeln stützt.</translation>
    </message>
    <message>
        <source>Stage %1
%2</source>
        <translation>Stufe %1
%2</translation>
    </message>
    <message>
        <source>Team: stage %1</source>
        <translation>Team: Stufe %1</translation>
    </message>
    <message>
        <source>Team: not assessed</source>
        <translation>Team: nicht eingeschätzt</translation>
    </message>
    <message>
        <source>Evidence: stage %1</source>
        <translation>Nachweise: Stufe %1</translation>
    </message>
    <message>
        <source>EVIDENCE</source>
        <translation>NACHWEISE</translation>
    </message>
    <message>
        <source>TEAM</source>
        <translation>TEAM</translation>
    </message>
    <message>
        <source>What the evidence shows</source>
        <translation>Was die Nachweise zeigen</translation>
    </message>
    <message>
        <source>%1: evidence stage %2</source>
        <translation>%1: Nachweisstufe %2</translation>
    </message>
    <message>
        <source>, team stage %1 (assessed %2)</source>
        <translation>, Teamstufe %1 (eingeschätzt am %2)</translation>
    </message>
    <message>
        <source>: the team&apos;s view is one stage ahead of the evidence</source>
        <translation>: Die Sicht des Teams liegt eine Stufe vor den Nachweisen</translation>
    </message>
    <message>
        <source>: the team&apos;s view is %1 stages ahead of the evidence</source>
        <translation>: Die Sicht des Teams liegt %1 Stufen vor den Nachweisen</translation>
    </message>
    <message>
        <source>Handoff contract</source>
        <translation>Übergabevertrag</translation>
    </message>
    <message>
        <source>No contract version was in force at the end of week %1: Sales, Marketing and RevOps have not signed one yet.</source>
        <translation>Am Ende von Woche %1 war keine Vertragsversion in Kraft: Vertrieb, Marketing und RevOps haben noch keine unterzeichnet.</translation>
    </message>
    <message>
        <source>Version %1 · %2 · in force since %3</source>
        <translation>Version %1 · %2 · in Kraft seit %3</translation>
    </message>
    <message>
        <source>Signal type</source>
        <translation>Signaltyp</translation>
    </message>
    <message>
        <source>Intent</source>
        <translation>Intent</translation>
    </message>
    <message>
        <source>Qualifies when</source>
        <translation>Qualifiziert, wenn</translation>
    </message>
    <message>
        <source>Sales receives</source>
        <translation>Vertrieb erhält</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Inhaber</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Nachverfolgung</translation>
    </message>
    <message>
        <source>First touch within</source>
        <translation>Erstkontakt innerhalb von</translation>
    </message>
    <message>
        <source>the handoff itself</source>
        <translation>die Übergabe selbst</translation>
    </message>
    <message>
        <source>First-touch targets count business hours on the handoff&apos;s calendar.</source>
        <translation>Erstkontakt-Ziele zählen Geschäftszeiten nach dem Kalender der Übergabe.</translation>
    </message>
    <message>
        <source>Agreed by</source>
        <translation>Vereinbart von</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Partei</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Unterzeichnet von</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Am</translation>
    </message>
    <message>
        <source>not signed</source>
        <translation>nicht unterzeichnet</translation>
    </message>
    <message>
        <source>Governance meeting, week %1</source>
        <translation>Governance-Meeting, Woche %1</translation>
    </message>
    <message>
        <source>Held on %1 · Attendees: %2</source>
        <translation>Abgehalten am %1 · Teilnehmende: %2</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>noch nicht</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>keine erfasst</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Entscheidungen</translation>
    </message>
    <message>
        <source>No decisions recorded.</source>
        <translation>Keine Entscheidungen erfasst.</translation>
    </message>
    <message>
        <source>No meeting is recorded for week %1. The action items still open from earlier meetings follow.</source>
        <translation>Für Woche %1 ist kein Meeting protokolliert. Es folgen die noch offenen Aufgaben früherer Meetings.</translation>
    </message>
    <message>
        <source>Action item</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>Eingebracht</translation>
    </message>
    <message>
        <source>Open, overdue</source>
        <translation>Offen, überfällig</translation>
    </message>
    <message>
        <source>Action items raised at this meeting</source>
        <translation>In diesem Meeting eingebrachte Aufgaben</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Keine.</translation>
    </message>
    <message>
        <source>Action items from earlier meetings</source>
        <translation>Aufgaben aus früheren Meetings</translation>
    </message>
    <message>
        <source>They come back every week until they are closed; overdue ones are shaded.</source>
        <translation>Sie erscheinen jede Woche wieder, bis sie geschlossen sind; überfällige sind schattiert.</translation>
    </message>
    <message>
        <source>None open.</source>
        <translation>Keine offen.</translation>
    </message>
    <message>
        <source>Agenda built from the week&apos;s data</source>
        <translation>Tagesordnung aus den Daten der Woche</translation>
    </message>
</context>
<context>
    <name>baton::SegmentDialog</name>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>New segment</source>
        <translation>Neues Segment</translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Employees:</source>
        <translation>Mitarbeitende:</translation>
    </message>
    <message>
        <source>Annual revenue:</source>
        <translation>Jahresumsatz:</translation>
    </message>
    <message>
        <source>Give the segment a name.</source>
        <translation>Geben Sie dem Segment einen Namen.</translation>
    </message>
    <message>
        <source>Give at least one bound, by employees or by revenue; a segment without bounds holds no company.</source>
        <translation>Geben Sie mindestens eine Grenze an, nach Mitarbeitenden oder Umsatz; ein Segment ohne Grenzen enthält kein Unternehmen.</translation>
    </message>
    <message>
        <source>A lower bound is above its upper bound.</source>
        <translation>Eine Untergrenze liegt über ihrer Obergrenze.</translation>
    </message>
</context>
<context>
    <name>baton::SelfAssessmentDialog</name>
    <message>
        <source>Self-assessment</source>
        <translation>Selbsteinschätzung</translation>
    </message>
    <message>
        <source>Where does the team think it stands? Baton keeps every self-assessment with its day, and shows it next to the stage the evidence supports.</source>
        <translation>Wo sieht sich das Team? Baton speichert jede Selbsteinschätzung mit ihrem Datum und zeigt sie neben der Stufe, die die Nachweise stützen.</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Assessed on</source>
        <translation>Eingeschätzt am</translation>
    </message>
    <message>
        <source>Why the team sees itself there</source>
        <translation>Warum sich das Team dort sieht</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
</context>
<context>
    <name>baton::SettingsDialog</name>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>System (%1)</source>
        <translation>System (%1)</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Baton uses the language you choose from its next start.</source>
        <translation>Baton verwendet die gewählte Sprache ab dem nächsten Start.</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Design</translation>
    </message>
    <message>
        <source>System follows the desktop&apos;s light or dark appearance.</source>
        <translation>„System“ folgt der hellen oder dunklen Darstellung des Desktops.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Design:</translation>
    </message>
</context>
<context>
    <name>baton::SimulationDialog</name>
    <message>
        <source>Simulate routing</source>
        <translation>Routing simulieren</translation>
    </message>
    <message>
        <source>Leads file (CSV):</source>
        <translation>Lead-Datei (CSV):</translation>
    </message>
    <message>
        <source>columns: %1</source>
        <translation>Spalten: %1</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>The workspace&apos;s handoffs from</source>
        <translation>Die Übergaben des Arbeitsbereichs vom</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ausführen</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Inhaber</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <source>Per day</source>
        <translation>Pro Tag</translation>
    </message>
    <message>
        <source>Capacity a day</source>
        <translation>Kapazität pro Tag</translation>
    </message>
    <message>
        <source>Peak day</source>
        <translation>Spitzentag</translation>
    </message>
    <message>
        <source>Days over capacity</source>
        <translation>Tage über Kapazität</translation>
    </message>
    <message>
        <source>Under the active rules</source>
        <translation>Unter den aktiven Regeln</translation>
    </message>
    <message>
        <source>Load per owner</source>
        <translation>Auslastung pro Inhaber</translation>
    </message>
    <message>
        <source>Per day: leads / weekdays from the first to the last lead&apos;s day. Peak day: most leads on one day. Days over capacity: days with more leads than the owner&apos;s capacity per day (round robin never exceeds it; named owners, account owners and the fallback queue can).</source>
        <translation>Pro Tag: Leads / Wochentage vom Tag des ersten bis zum Tag des letzten Leads. Spitzentag: die meisten Leads an einem Tag. Tage über Kapazität: Tage mit mehr Leads als der Tageskapazität des Inhabers (Round-Robin überschreitet sie nie; benannte Inhaber, Account-Inhaber und die Auffangwarteschlange können es).</translation>
    </message>
    <message>
        <source>Team under the active rules</source>
        <translation>Team unter den aktiven Regeln</translation>
    </message>
    <message>
        <source>Team under these rules</source>
        <translation>Team unter diesen Regeln</translation>
    </message>
    <message>
        <source>Leads that change team</source>
        <translation>Leads, die das Team wechseln</translation>
    </message>
    <message>
        <source>Values in the leads file that could not be used are listed here.</source>
        <translation>Werte in der Lead-Datei, die nicht verwendet werden konnten, werden hier aufgeführt.</translation>
    </message>
    <message>
        <source>Leads file</source>
        <translation>Lead-Datei</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Choose a leads file first.</source>
        <translation>Wählen Sie zuerst eine Lead-Datei.</translation>
    </message>
    <message>
        <source>Simulating routing…</source>
        <translation>Routing wird simuliert…</translation>
    </message>
    <message>
        <source>%1 leads: %2 assigned, %3 unassigned, %4 to the fallback queue; %5 weekdays.</source>
        <translation>%1 Leads: %2 zugewiesen, %3 nicht zugewiesen, %4 an die Auffangwarteschlange; %5 Wochentage.</translation>
    </message>
    <message>
        <source>Against the active rules: %1 leads change team, %2 change owner, %3 are decided by another rule; the fallback queue gets %4 instead of %5.</source>
        <translation>Im Vergleich zu den aktiven Regeln: %1 Leads wechseln das Team, %2 den Inhaber, %3 werden von einer anderen Regel entschieden; die Auffangwarteschlange erhält %4 statt %5.</translation>
    </message>
    <message>
        <source>These are the active rules, so there is nothing to compare with.</source>
        <translation>Dies sind die aktiven Regeln, daher gibt es nichts zu vergleichen.</translation>
    </message>
</context>
<context>
    <name>baton::SlaBreachModel</name>
    <message>
        <source>Notify the owner</source>
        <translation>Inhaber benachrichtigen</translation>
    </message>
    <message>
        <source>Notify the manager</source>
        <translation>Führungskraft benachrichtigen</translation>
    </message>
    <message>
        <source>Notify RevOps</source>
        <translation>RevOps benachrichtigen</translation>
    </message>
    <message>
        <source>Reassign</source>
        <translation>Neu zuweisen</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>Noch keine</translation>
    </message>
    <message>
        <source>(unassigned)</source>
        <translation>(nicht zugewiesen)</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>no ladder</source>
        <translation>keine Leiter</translation>
    </message>
    <message>
        <source>How far the handoff got. Accepted or rejected handoffs without a logged first touch still breach: the touch was never recorded.</source>
        <translation>Wie weit die Übergabe gekommen ist. Angenommene oder abgelehnte Übergaben ohne erfassten Erstkontakt gelten weiterhin als SLA-Verletzung: Der Kontakt wurde nie erfasst.</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>Signal type</source>
        <translation>Signaltyp</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Inhaber</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Handed off</source>
        <translation>Übergeben</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Elapsed (business)</source>
        <translation>Verstrichen (Geschäftszeit)</translation>
    </message>
    <message>
        <source>Elapsed %</source>
        <translation>Verstrichen %</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Escalation</source>
        <translation>Eskalation</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
</context>
<context>
    <name>baton::SlaComplianceModel</name>
    <message>
        <source>%1 — click to see these handoffs</source>
        <translation>%1 — klicken, um diese Übergaben anzuzeigen</translation>
    </message>
    <message>
        <source>First touch
median</source>
        <translation>Erstkontakt
Median</translation>
    </message>
    <message>
        <source>First touch
p90</source>
        <translation>Erstkontakt
p90</translation>
    </message>
    <message>
        <source>Routing delay
median</source>
        <translation>Zuweisungsverzögerung
Median</translation>
    </message>
    <message>
        <source>Response
median</source>
        <translation>Reaktion
Median</translation>
    </message>
    <message>
        <source>Breaching
now</source>
        <translation>Aktuell
verletzt</translation>
    </message>
    <message>
        <source>SLA
compliance</source>
        <translation>SLA-
Einhaltung</translation>
    </message>
    <message>
        <source>Under
SLA</source>
        <translation>Unter
SLA</translation>
    </message>
</context>
<context>
    <name>baton::SlaDefinitions</name>
    <message>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Handoffs</source>
        <translation>Übergaben</translation>
    </message>
    <message>
        <source>Under SLA</source>
        <translation>Unter SLA</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Eingehalten</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Entschieden</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Verfehlt</translation>
    </message>
    <message>
        <source>Breaching now</source>
        <translation>Aktuell verletzt</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>SLA compliance</source>
        <translation>SLA-Einhaltung</translation>
    </message>
    <message>
        <source>Time to first touch, median</source>
        <translation>Zeit bis Erstkontakt, Median</translation>
    </message>
    <message>
        <source>Time to first touch, p90</source>
        <translation>Zeit bis Erstkontakt, p90</translation>
    </message>
    <message>
        <source>Routing delay, median</source>
        <translation>Zuweisungsverzögerung, Median</translation>
    </message>
    <message>
        <source>Response time, median</source>
        <translation>Reaktionszeit, Median</translation>
    </message>
    <message>
        <source>Elapsed</source>
        <translation>Verstrichen</translation>
    </message>
    <message>
        <source>Escalation step</source>
        <translation>Eskalationsstufe</translation>
    </message>
    <message>
        <source>Business calendar</source>
        <translation>Geschäftskalender</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Trend</translation>
    </message>
    <message>
        <source>A handoff belongs to the ISO week (Monday to Sunday) in which it was handed off, in the workspace&apos;s reporting time zone. The page opens on the last week that had ended by the as-of instant.</source>
        <translation>Eine Übergabe gehört zu der ISO-Woche (Montag bis Sonntag), in der sie erfolgt ist, in der Berichtszeitzone des Arbeitsbereichs. Die Seite öffnet mit der letzten Woche, die zum Stichzeitpunkt abgeschlossen war.</translation>
    </message>
    <message>
        <source>The instant open SLAs are judged at: the workspace&apos;s as-of setting (imported and demo data are frozen in time), else now.</source>
        <translation>Der Zeitpunkt, zu dem offene SLAs bewertet werden: die Stichzeitpunkt-Einstellung des Arbeitsbereichs (importierte und Demo-Daten sind zeitlich eingefroren), sonst jetzt.</translation>
    </message>
    <message>
        <source>Handoffs handed off in the week in this group.</source>
        <translation>Übergaben dieser Gruppe, die in der Woche erfolgt sind.</translation>
    </message>
    <message>
        <source>Of those, the handoffs whose signal type has an SLA policy, so that they have a target and a due instant.</source>
        <translation>Davon die Übergaben, deren Signaltyp eine SLA-Richtlinie hat, sodass sie ein Ziel und einen Fälligkeitszeitpunkt haben.</translation>
    </message>
    <message>
        <source>First touch at or before the SLA due instant. The due instant is the handoff time plus the target in business minutes, counted on the handoff&apos;s business calendar.</source>
        <translation>Erstkontakt zum oder vor dem SLA-Fälligkeitszeitpunkt. Der Fälligkeitszeitpunkt ist der Übergabezeitpunkt plus das Ziel in Geschäftsminuten, gezählt nach dem Geschäftskalender der Übergabe.</translation>
    </message>
    <message>
        <source>Handoffs under SLA whose outcome is known as of the as-of instant: touched, or untouched with the due instant passed.</source>
        <translation>Übergaben unter SLA, deren Ergebnis zum Stichzeitpunkt feststeht: kontaktiert oder nicht kontaktiert mit überschrittenem Fälligkeitszeitpunkt.</translation>
    </message>
    <message>
        <source>Decided and not met: touched after the due instant, or untouched past it.</source>
        <translation>Entschieden und nicht eingehalten: nach dem Fälligkeitszeitpunkt kontaktiert oder darüber hinaus nicht kontaktiert.</translation>
    </message>
    <message>
        <source>Untouched and past the due instant as of the as-of instant: open breaches, which escalation applies to. They are counted in Missed.</source>
        <translation>Zum Stichzeitpunkt nicht kontaktiert und über den Fälligkeitszeitpunkt hinaus: offene SLA-Verletzungen, für die die Eskalation gilt. Sie zählen zu „Verfehlt“.</translation>
    </message>
    <message>
        <source>Under SLA, untouched and not yet due: the outcome is still open.</source>
        <translation>Unter SLA, nicht kontaktiert und noch nicht fällig: Das Ergebnis ist noch offen.</translation>
    </message>
    <message>
        <source>Met ÷ Decided. Blank when nothing is decided. Handoffs without an SLA policy count in neither.</source>
        <translation>Eingehalten ÷ Entschieden. Leer, wenn nichts entschieden ist. Übergaben ohne SLA-Richtlinie zählen in keinem der beiden Werte.</translation>
    </message>
    <message>
        <source>Business minutes from handoff to first touch on the handoff&apos;s calendar, over the touched handoffs under SLA: the middle value (the mean of the two middle values for an even count).</source>
        <translation>Geschäftsminuten von der Übergabe bis zum Erstkontakt nach dem Kalender der Übergabe, über die kontaktierten Übergaben unter SLA: der mittlere Wert (bei gerader Anzahl der Mittelwert der beiden mittleren Werte).</translation>
    </message>
    <message>
        <source>The 90th percentile of the same minutes: the nearest-rank value, the ⌈0.9 n⌉-th smallest.</source>
        <translation>Das 90. Perzentil derselben Minuten: der Wert nach dem Nearest-Rank-Verfahren, der ⌈0,9 n⌉-kleinste.</translation>
    </message>
    <message>
        <source>Median business minutes from handoff to assignment: the system&apos;s and RevOps&apos; share of the clock.</source>
        <translation>Median der Geschäftsminuten von der Übergabe bis zur Zuweisung: der Anteil von System und RevOps an der Uhr.</translation>
    </message>
    <message>
        <source>Median business minutes from assignment to first touch: the owner&apos;s share of the clock.</source>
        <translation>Median der Geschäftsminuten von der Zuweisung bis zum Erstkontakt: der Anteil des Inhabers an der Uhr.</translation>
    </message>
    <message>
        <source>Business time from the handoff to the as-of instant, on the handoff&apos;s calendar, as a share of its target (100 % = the target is used up).</source>
        <translation>Geschäftszeit von der Übergabe bis zum Stichzeitpunkt nach dem Kalender der Übergabe, als Anteil ihres Ziels (100 % = das Ziel ist aufgebraucht).</translation>
    </message>
    <message>
        <source>How many thresholds of the policy&apos;s escalation ladder the elapsed share has passed (0 = none); the action is that of the last step passed.</source>
        <translation>Wie viele Schwellen der Eskalationsleiter der Richtlinie der verstrichene Anteil überschritten hat (0 = keine); die Aktion ist die der zuletzt überschrittenen Stufe.</translation>
    </message>
    <message>
        <source>The policy says whose business hours count: the owner&apos;s calendar (else the team&apos;s), the team&apos;s, or the policy&apos;s own. Whatever is missing falls back to the policy&apos;s calendar, then to 24 × 7.</source>
        <translation>Die Richtlinie legt fest, wessen Geschäftszeiten zählen: der Kalender des Inhabers (sonst der des Teams), der des Teams oder der eigene der Richtlinie. Was fehlt, fällt auf den Kalender der Richtlinie zurück, dann auf 24 × 7.</translation>
    </message>
    <message>
        <source>SLA compliance (Met ÷ Decided) of each week&apos;s handoffs, judged as of the as-of instant.</source>
        <translation>SLA-Einhaltung (Eingehalten ÷ Entschieden) der Übergaben jeder Woche, bewertet zum Stichzeitpunkt.</translation>
    </message>
</context>
<context>
    <name>baton::SlaFacts</name>
    <message>
        <source>The workspace is open read-only, so its SLA facts cannot be recomputed.</source>
        <translation>Der Arbeitsbereich ist schreibgeschützt geöffnet, daher können seine SLA-Fakten nicht neu berechnet werden.</translation>
    </message>
    <message>
        <source>Recomputing the SLA facts was cancelled; nothing was changed.</source>
        <translation>Die Neuberechnung der SLA-Fakten wurde abgebrochen; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Recomputing the SLA facts failed: %1</source>
        <translation>Das Neuberechnen der SLA-Fakten ist fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>baton::SlaFactsBanner</name>
    <message>
        <source>The SLA policies or calendars changed since the SLA facts of the handoffs were computed: the numbers here still use the old ones.</source>
        <translation>Die SLA-Richtlinien oder Kalender haben sich geändert, seit die SLA-Fakten der Übergaben berechnet wurden: Die Zahlen hier beruhen noch auf den alten.</translation>
    </message>
    <message>
        <source>Recompute SLA facts</source>
        <translation>SLA-Fakten neu berechnen</translation>
    </message>
    <message>
        <source>Recomputes target, due instant, routing delay, response time and time to first touch of every handoff from the current policies and calendars, in one transaction.</source>
        <translation>Berechnet Ziel, Fälligkeitszeitpunkt, Zuweisungsverzögerung, Reaktionszeit und Zeit bis Erstkontakt jeder Übergabe aus den aktuellen Richtlinien und Kalendern neu, in einer Transaktion.</translation>
    </message>
    <message>
        <source>Recomputing the SLA facts of every handoff…</source>
        <translation>SLA-Fakten aller Übergaben werden neu berechnet…</translation>
    </message>
</context>
<context>
    <name>baton::SlaPage</name>
    <message>
        <source>&amp;Week:</source>
        <translation>&amp;Woche:</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>&amp;Group by:</source>
        <translation>&amp;Gruppieren nach:</translation>
    </message>
    <message>
        <source>Group by</source>
        <translation>Gruppieren nach</translation>
    </message>
    <message>
        <source>Definitions</source>
        <translation>Definitionen</translation>
    </message>
    <message>
        <source>Show what every number on this page means</source>
        <translation>Anzeigen, was jede Zahl auf dieser Seite bedeutet</translation>
    </message>
    <message>
        <source>SLA compliance by group</source>
        <translation>SLA-Einhaltung nach Gruppe</translation>
    </message>
    <message>
        <source>Click a number to see the handoffs behind it.</source>
        <translation>Klicken Sie auf eine Zahl, um die zugrunde liegenden Übergaben zu sehen.</translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation>Einhaltung</translation>
    </message>
    <message>
        <source>Show as handoffs</source>
        <translation>Als Übergaben anzeigen</translation>
    </message>
    <message>
        <source>Open every breach in the handoff table, to search and export them</source>
        <translation>Alle SLA-Verletzungen in der Übergabetabelle öffnen, um sie zu durchsuchen und zu exportieren</translation>
    </message>
    <message>
        <source>Open breaches</source>
        <translation>Offene SLA-Verletzungen</translation>
    </message>
    <message>
        <source>Double-click a breach to see its handoff.</source>
        <translation>Doppelklicken Sie auf eine SLA-Verletzung, um ihre Übergabe zu sehen.</translation>
    </message>
    <message>
        <source>Handoffs</source>
        <translation>Übergaben</translation>
    </message>
    <message>
        <source>all handoffs</source>
        <translation>alle Übergaben</translation>
    </message>
    <message>
        <source>%1 · %2 · decided as of %3</source>
        <translation>%1 · %2 · entschieden zum Stand %3</translation>
    </message>
    <message>
        <source>Open breach %1</source>
        <translation>Offene SLA-Verletzung %1</translation>
    </message>
    <message>
        <source>Open breaches as of %1</source>
        <translation>Offene SLA-Verletzungen zum Stand %1</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Signal type</source>
        <translation>Signaltyp</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Inhaber</translation>
    </message>
    <message>
        <source>Open a workspace to see SLA compliance, breaches and escalations.</source>
        <translation>Öffnen Sie einen Arbeitsbereich, um SLA-Einhaltung, SLA-Verletzungen und Eskalationen zu sehen.</translation>
    </message>
    <message>
        <source>This workspace has no handoffs yet. Import a CRM export (Instrument → Import) and SLA compliance shows here.</source>
        <translation>Dieser Arbeitsbereich hat noch keine Übergaben. Importieren Sie einen CRM-Export (Erfassen → Import), dann erscheint hier die SLA-Einhaltung.</translation>
    </message>
    <message>
        <source>Judged as of: %1</source>
        <translation>Bewertet zum Stand: %1</translation>
    </message>
    <message>
        <source>%1 (%2 – %3)</source>
        <translation>%1 (%2 – %3)</translation>
    </message>
    <message>
        <source>%1 handoffs are untouched past their SLA as of %2 (all weeks); %3 have reached the last step of their escalation ladder.</source>
        <translation>%1 Übergaben sind zum Stand %2 nach Ablauf ihres SLA noch ohne Kontakt (alle Wochen); %3 haben die letzte Stufe ihrer Eskalationsleiter erreicht.</translation>
    </message>
    <message>
        <source>Open breaches, all weeks (%1)</source>
        <translation>Offene SLA-Verletzungen, alle Wochen (%1)</translation>
    </message>
    <message>
        <source>met their SLA</source>
        <translation>haben ihr SLA eingehalten</translation>
    </message>
    <message>
        <source>decided</source>
        <translation>entschieden</translation>
    </message>
    <message>
        <source>missed their SLA</source>
        <translation>haben ihr SLA verfehlt</translation>
    </message>
    <message>
        <source>breaching now</source>
        <translation>aktuell verletzt</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <source>under SLA</source>
        <translation>unter SLA</translation>
    </message>
    <message>
        <source>%1 · %2 %3 · %4</source>
        <translation>%1 · %2 %3 · %4</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 Std. %2 Min.</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>baton::SlaPoliciesPage</name>
    <message>
        <source>Owner&apos;s (else team&apos;s)</source>
        <translation>Des Inhabers (sonst des Teams)</translation>
    </message>
    <message>
        <source>Team&apos;s</source>
        <translation>Des Teams</translation>
    </message>
    <message>
        <source>This policy&apos;s</source>
        <translation>Der Richtlinie</translation>
    </message>
    <message>
        <source>Open a workspace to edit its SLA policies and business calendars.</source>
        <translation>Öffnen Sie einen Arbeitsbereich, um seine SLA-Richtlinien und Geschäftskalender zu bearbeiten.</translation>
    </message>
    <message>
        <source>Double-click a cell to change it; Edit → Undo takes a change back. Targets and calendars apply to handoffs written from now on; recompute to apply them to the handoffs already stored.</source>
        <translation>Doppelklicken Sie auf eine Zelle, um sie zu ändern; Bearbeiten → Rückgängig nimmt eine Änderung zurück. Ziele und Kalender gelten für Übergaben, die ab jetzt geschrieben werden; berechnen Sie neu, um sie auf bereits gespeicherte Übergaben anzuwenden.</translation>
    </message>
    <message>
        <source>SLA policies by signal type</source>
        <translation>SLA-Richtlinien nach Signaltyp</translation>
    </message>
    <message>
        <source>Signal type</source>
        <translation>Signaltyp</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Whose hours</source>
        <translation>Wessen Zeiten</translation>
    </message>
    <message>
        <source>Policy calendar</source>
        <translation>Kalender der Richtlinie</translation>
    </message>
    <message>
        <source>Escalation</source>
        <translation>Eskalation</translation>
    </message>
    <message>
        <source>SLA policies</source>
        <translation>SLA-Richtlinien</translation>
    </message>
    <message>
        <source>Time to first touch, in business minutes</source>
        <translation>Zeit bis Erstkontakt, in Geschäftsminuten</translation>
    </message>
    <message>
        <source>The policy&apos;s own calendar: used when the policy says so, and when the owner or team has none</source>
        <translation>Der eigene Kalender der Richtlinie: verwendet, wenn die Richtlinie es vorsieht und wenn Inhaber oder Team keinen haben</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>Add policy</source>
        <translation>Richtlinie hinzufügen</translation>
    </message>
    <message>
        <source>Remove policy</source>
        <translation>Richtlinie entfernen</translation>
    </message>
    <message>
        <source>Escalation ladder</source>
        <translation>Eskalationsleiter</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source> % of the target</source>
        <translation> % des Ziels</translation>
    </message>
    <message>
        <source>Add step</source>
        <translation>Stufe hinzufügen</translation>
    </message>
    <message>
        <source>Remove step</source>
        <translation>Stufe entfernen</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keiner)</translation>
    </message>
    <message>
        <source>%1 %: %2</source>
        <translation>%1 %: %2</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <source>(no escalation)</source>
        <translation>(keine Eskalation)</translation>
    </message>
    <message>
        <source>Escalation ladder for %1</source>
        <translation>Eskalationsleiter für %1</translation>
    </message>
    <message>
        <source>%1 % of the target</source>
        <translation>%1 % des Ziels</translation>
    </message>
    <message>
        <source>%1 now runs on its own calendar but has none: it runs around the clock until you choose one.</source>
        <translation>%1 läuft jetzt nach eigenem Kalender, hat aber keinen: Die Uhr läuft rund um die Uhr, bis Sie einen wählen.</translation>
    </message>
    <message>
        <source>Change the SLA target of %1</source>
        <translation>SLA-Ziel von %1 ändern</translation>
    </message>
    <message>
        <source>Change the SLA calendar of %1</source>
        <translation>SLA-Kalender von %1 ändern</translation>
    </message>
    <message>
        <source>Change an escalation step</source>
        <translation>Eskalationsstufe ändern</translation>
    </message>
    <message>
        <source>Add an SLA policy for %1</source>
        <translation>SLA-Richtlinie für %1 hinzufügen</translation>
    </message>
    <message>
        <source>Remove the SLA policy for %1</source>
        <translation>SLA-Richtlinie für %1 entfernen</translation>
    </message>
    <message>
        <source>Add an escalation step</source>
        <translation>Eskalationsstufe hinzufügen</translation>
    </message>
    <message>
        <source>Remove an escalation step</source>
        <translation>Eskalationsstufe entfernen</translation>
    </message>
    <message>
        <source>When elapsed
reaches</source>
        <translation>Wenn verstrichen
erreicht</translation>
    </message>
</context>
<context>
    <name>baton::SlaReport</name>
    <message>
        <source>All handoffs</source>
        <translation>Alle Übergaben</translation>
    </message>
    <message>
        <source>No signal type</source>
        <translation>Kein Signaltyp</translation>
    </message>
    <message>
        <source>No team</source>
        <translation>Kein Team</translation>
    </message>
    <message>
        <source>No owner</source>
        <translation>Kein Inhaber</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
</context>
<context>
    <name>baton::SlaSplitChart</name>
    <message>
        <source>Click a bar to see the group&apos;s handoffs.</source>
        <translation>Klicken Sie auf einen Balken, um die Übergaben der Gruppe zu sehen.</translation>
    </message>
    <message>
        <source>Routing delay vs response time</source>
        <translation>Zuweisungsverzögerung vs. Reaktionszeit</translation>
    </message>
    <message>
        <source>With more than %1 groups, the %1 with the lowest compliance.</source>
        <translation>Bei mehr als %1 Gruppen die %1 mit der niedrigsten Einhaltung.</translation>
    </message>
    <message>
        <source>Routing delay vs response time: %1 lowest</source>
        <translation>Zuweisungsverzögerung vs. Reaktionszeit: %1 niedrigste</translation>
    </message>
    <message>
        <source>median business minutes</source>
        <translation>Median Geschäftsminuten</translation>
    </message>
    <message>
        <source>Routing delay</source>
        <translation>Zuweisungsverzögerung</translation>
    </message>
    <message>
        <source>Response time</source>
        <translation>Reaktionszeit</translation>
    </message>
</context>
<context>
    <name>baton::SlaTrendChart</name>
    <message>
        <source> Besides all handoffs, the %1 groups with the lowest compliance over these weeks are drawn. Click a point to see its handoffs.</source>
        <translation> Neben allen Übergaben werden die %1 Gruppen mit der niedrigsten Einhaltung in diesen Wochen gezeichnet. Klicken Sie auf einen Punkt, um seine Übergaben zu sehen.</translation>
    </message>
    <message>
        <source>SLA compliance by week</source>
        <translation>SLA-Einhaltung nach Woche</translation>
    </message>
    <message>
        <source>ISO week of %1</source>
        <translation>ISO-Woche von %1</translation>
    </message>
    <message>
        <source>Selected week</source>
        <translation>Ausgewählte Woche</translation>
    </message>
</context>
<context>
    <name>baton::SpillingIdTable</name>
    <message>
        <source>Baton could not write its key table to a temporary file in %1 (%2). Free some space there, or set TMPDIR to a folder with room, and try again.</source>
        <translation>Baton konnte seine Schlüsseltabelle nicht in eine temporäre Datei in %1 schreiben (%2). Schaffen Sie dort Platz oder setzen Sie TMPDIR auf einen Ordner mit genug Platz und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Baton could not create a temporary file for its key table in %1 (%2). Set TMPDIR to a folder it can write to and try again.</source>
        <translation>Baton konnte keine temporäre Datei für seine Schlüsseltabelle in %1 anlegen (%2). Setzen Sie TMPDIR auf einen Ordner, in den es schreiben kann, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Baton could not read its key table back from a temporary file in %1 (%2).</source>
        <translation>Baton konnte seine Schlüsseltabelle nicht aus einer temporären Datei in %1 zurücklesen (%2).</translation>
    </message>
    <message>
        <source>the file is shorter than written</source>
        <translation>die Datei ist kürzer als geschrieben</translation>
    </message>
</context>
<context>
    <name>baton::StageMap</name>
    <message>
        <source>(missing stage %1)</source>
        <translation>(fehlende Phase %1)</translation>
    </message>
    <message>
        <source>There are no lifecycle stages yet; add the stages a lead goes through.</source>
        <translation>Es gibt noch keine Lifecycle-Phasen; fügen Sie die Phasen hinzu, die ein Lead durchläuft.</translation>
    </message>
    <message>
        <source>Every stage is a side stage; make the stage where leads enter a funnel stage.</source>
        <translation>Jede Phase ist eine Nebenphase; machen Sie die Phase, in die Leads eintreten, zu einer Trichterphase.</translation>
    </message>
    <message>
        <source>%1 cannot be reached: no stage leads to it.</source>
        <translation>%1 ist nicht erreichbar: Keine Phase führt dorthin.</translation>
    </message>
    <message>
        <source>%1 cannot be reached from %2: only stages that are themselves unreachable lead to it.</source>
        <translation>%1 ist von %2 aus nicht erreichbar: Nur Phasen, die selbst unerreichbar sind, führen dorthin.</translation>
    </message>
    <message>
        <source>%1 cannot be left: it has no allowed next stage, but it is not an end state (an end state has the workflow action None and is a side stage or the last funnel stage).</source>
        <translation>%1 kann nicht verlassen werden: Die Phase hat keine erlaubte nächste Phase, ist aber kein Endzustand (ein Endzustand hat die Workflow-Aktion „Keine“ und ist eine Nebenphase oder die letzte Trichterphase).</translation>
    </message>
    <message>
        <source>The transition %1 → %2 leads nowhere: a stage it names does not exist.</source>
        <translation>Der Übergang %1 → %2 führt ins Leere: Eine Phase, die er nennt, existiert nicht.</translation>
    </message>
    <message>
        <source>The transition %1 → %1 leads nowhere: it goes back to the same stage.</source>
        <translation>Der Übergang %1 → %1 führt ins Leere: Er führt zurück zur selben Phase.</translation>
    </message>
    <message>
        <source>Nurture</source>
        <translation>Nurturing</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Benachrichtigung</translation>
    </message>
    <message>
        <source>Task creation</source>
        <translation>Aufgabenerstellung</translation>
    </message>
    <message>
        <source>Sequence enrollment</source>
        <translation>Aufnahme in Sequenz</translation>
    </message>
    <message>
        <source>SDR queue</source>
        <translation>SDR-Warteschlange</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
</context>
<context>
    <name>baton::StageMapDiagram</name>
    <message>
        <source>Stage map diagram</source>
        <translation>Phasenkarten-Diagramm</translation>
    </message>
    <message>
        <source>No stages yet: add the stages a lead goes through.</source>
        <translation>Noch keine Phasen: Fügen Sie die Phasen hinzu, die ein Lead durchläuft.</translation>
    </message>
    <message>
        <source>end state</source>
        <translation>Endzustand</translation>
    </message>
    <message>
        <source>allowed transition</source>
        <translation>erlaubter Übergang</translation>
    </message>
    <message>
        <source>way back</source>
        <translation>Rückweg</translation>
    </message>
    <message>
        <source>warning (see the list)</source>
        <translation>Warnung (siehe Liste)</translation>
    </message>
    <message>
        <source>side stage</source>
        <translation>Nebenphase</translation>
    </message>
    <message>
        <source>Exit: %1</source>
        <translation>Ausstieg: %1</translation>
    </message>
</context>
<context>
    <name>baton::StageMapPage</name>
    <message>
        <source>Side stage</source>
        <translation>Nebenphase</translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation>Trichter</translation>
    </message>
    <message>
        <source>No workspace open</source>
        <translation>Kein Arbeitsbereich geöffnet</translation>
    </message>
    <message>
        <source>Open a workspace to map the lifecycle stages a lead goes through, from subscriber to customer.</source>
        <translation>Öffnen Sie einen Arbeitsbereich, um die Lifecycle-Phasen abzubilden, die ein Lead vom Abonnenten bis zum Kunden durchläuft.</translation>
    </message>
    <message>
        <source>Stage map warnings</source>
        <translation>Warnungen zur Phasenkarte</translation>
    </message>
    <message>
        <source>A stage cannot be reached when no allowed transition leads to it from the first funnel stage. A stage cannot be left when it has no allowed next stage and is not an end state; end states have the workflow action None and are side stages or the last funnel stage (Customer, Disqualified). A transition leads nowhere when a stage it names does not exist or it returns to the same stage.</source>
        <translation>Eine Phase ist nicht erreichbar, wenn kein erlaubter Übergang von der ersten Trichterphase zu ihr führt. Eine Phase kann nicht verlassen werden, wenn sie keine erlaubte nächste Phase hat und kein Endzustand ist; Endzustände haben die Workflow-Aktion „Keine“ und sind Nebenphasen oder die letzte Trichterphase (Customer, Disqualified). Ein Übergang führt ins Leere, wenn eine Phase, die er nennt, nicht existiert oder er zur selben Phase zurückführt.</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Workflow action</source>
        <translation>Workflow-Aktion</translation>
    </message>
    <message>
        <source>Allowed next stages</source>
        <translation>Erlaubte nächste Phasen</translation>
    </message>
    <message>
        <source>Lifecycle stages in order</source>
        <translation>Lifecycle-Phasen in Reihenfolge</translation>
    </message>
    <message>
        <source>Add stage</source>
        <translation>Phase hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Funnel stages form the main line in order; side stages (Nurture, Disqualified) sit beside it.</source>
        <translation>Trichterphasen bilden der Reihe nach die Hauptlinie; Nebenphasen (Nurture, Disqualified) liegen daneben.</translation>
    </message>
    <message>
        <source>What happens when a lead enters the stage. None marks an end state when the stage is a side stage or the last funnel stage.</source>
        <translation>Was passiert, wenn ein Lead die Phase betritt. „Keine“ kennzeichnet einen Endzustand, wenn die Phase eine Nebenphase oder die letzte Trichterphase ist.</translation>
    </message>
    <message>
        <source>When does a lead leave this stage?</source>
        <translation>Wann verlässt ein Lead diese Phase?</translation>
    </message>
    <message>
        <source>Required fields and timestamps</source>
        <translation>Pflichtfelder und Zeitstempel</translation>
    </message>
    <message>
        <source>What a handoff must carry once it has reached this stage (the data standard).</source>
        <translation>Was eine Übergabe enthalten muss, sobald sie diese Phase erreicht hat (der Datenstandard).</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Exit criteria</source>
        <translation>Ausstiegskriterien</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <source>✓  No warnings: every stage can be reached from %1, every stage that is not an end state has a way out, and every transition leads to a stage.</source>
        <translation>✓  Keine Warnungen: Jede Phase ist von %1 aus erreichbar, jede Phase, die kein Endzustand ist, hat einen Ausgang, und jeder Übergang führt zu einer Phase.</translation>
    </message>
    <message>
        <source>None (end state)</source>
        <translation>Keine (Endzustand)</translation>
    </message>
    <message>
        <source>Exit: %1</source>
        <translation>Ausstieg: %1</translation>
    </message>
    <message>
        <source>No stage selected</source>
        <translation>Keine Phase ausgewählt</translation>
    </message>
    <message>
        <source>%1 (time)</source>
        <translation>%1 (Zeit)</translation>
    </message>
    <message>
        <source>A stage needs a name.</source>
        <translation>Eine Phase braucht einen Namen.</translation>
    </message>
    <message>
        <source>Edit the stage %1</source>
        <translation>Phase %1 bearbeiten</translation>
    </message>
    <message>
        <source>Drop a stage requirement</source>
        <translation>Phasenanforderung entfernen</translation>
    </message>
    <message>
        <source>Require a field</source>
        <translation>Feld verlangen</translation>
    </message>
    <message>
        <source>Remove a transition</source>
        <translation>Übergang entfernen</translation>
    </message>
    <message>
        <source>Allow a transition</source>
        <translation>Übergang erlauben</translation>
    </message>
    <message>
        <source>New stage</source>
        <translation>Neue Phase</translation>
    </message>
    <message>
        <source>New stage %1</source>
        <translation>Neue Phase %1</translation>
    </message>
    <message>
        <source>Add a stage</source>
        <translation>Phase hinzufügen</translation>
    </message>
    <message>
        <source>%1 cannot be removed: %2 handoffs are in it or passed through it. Rename it, or take it out of the flow by removing its transitions.</source>
        <translation>%1 kann nicht entfernt werden: %2 Übergaben befinden sich darin oder haben sie durchlaufen. Benennen Sie sie um oder nehmen Sie sie aus dem Ablauf, indem Sie ihre Übergänge entfernen.</translation>
    </message>
    <message>
        <source>Remove the stage %1</source>
        <translation>Phase %1 entfernen</translation>
    </message>
    <message>
        <source>Move the stage %1</source>
        <translation>Phase %1 verschieben</translation>
    </message>
</context>
<context>
    <name>baton::StageRequirementsMatrix</name>
    <message>
        <source>What a handoff must carry once it has reached a stage (its current stage or any stage in its history). Click a cell to require the field at that stage, or to drop it. The validator reports a missing field or timestamp for every handoff that breaks this.</source>
        <translation>Was eine Übergabe enthalten muss, sobald sie eine Phase erreicht hat (ihre aktuelle Phase oder eine Phase in ihrem Verlauf). Klicken Sie auf eine Zelle, um das Feld in dieser Phase zu verlangen oder die Anforderung zu entfernen. Die Prüfung meldet ein fehlendes Feld oder einen fehlenden Zeitstempel für jede Übergabe, die dagegen verstößt.</translation>
    </message>
    <message>
        <source>Required fields and timestamps per stage</source>
        <translation>Pflichtfelder und Zeitstempel pro Phase</translation>
    </message>
    <message>
        <source>A context field, e.g. phone or budget_range</source>
        <translation>Ein Kontextfeld, z. B. phone oder budget_range</translation>
    </message>
    <message>
        <source>Add a context field row</source>
        <translation>Zeile für Kontextfeld hinzufügen</translation>
    </message>
    <message>
        <source>Other fields:</source>
        <translation>Weitere Felder:</translation>
    </message>
    <message>
        <source>No longer require %1</source>
        <translation>%1 nicht mehr verlangen</translation>
    </message>
    <message>
        <source>Require %1</source>
        <translation>%1 verlangen</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Felder</translation>
    </message>
    <message>
        <source>Context fields</source>
        <translation>Kontextfelder</translation>
    </message>
    <message>
        <source>Timestamps</source>
        <translation>Zeitstempel</translation>
    </message>
    <message>
        <source>%1 is required from %2 on. Click to drop it.</source>
        <translation>%1 ist ab %2 Pflicht. Klicken, um die Anforderung zu entfernen.</translation>
    </message>
    <message>
        <source>Click to require %1 from %2 on.</source>
        <translation>Klicken, um %1 ab %2 zu verlangen.</translation>
    </message>
</context>
<context>
    <name>baton::TeamDialog</name>
    <message>
        <source>Team or queue</source>
        <translation>Team oder Warteschlange</translation>
    </message>
    <message>
        <source>New team or queue</source>
        <translation>Neues Team oder neue Warteschlange</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Warteschlange</translation>
    </message>
    <message>
        <source>The fallback queue: it takes every lead that no rule assigns</source>
        <translation>Die Auffangwarteschlange: Sie übernimmt jeden Lead, den keine Regel zuweist</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Art:</translation>
    </message>
    <message>
        <source>Manager:</source>
        <translation>Führungskraft:</translation>
    </message>
    <message>
        <source>Members take turns by weight (weight 0: never in the rotation):</source>
        <translation>Mitglieder wechseln sich nach Gewicht ab (Gewicht 0: nie in der Rotation):</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Inhaber</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>Add member</source>
        <translation>Mitglied hinzufügen</translation>
    </message>
    <message>
        <source>Remove member</source>
        <translation>Mitglied entfernen</translation>
    </message>
    <message>
        <source>Give the team or queue a name.</source>
        <translation>Geben Sie dem Team oder der Warteschlange einen Namen.</translation>
    </message>
    <message>
        <source>%1 is listed twice; give them one row with the weight they should have.</source>
        <translation>%1 ist doppelt aufgeführt; verwenden Sie eine Zeile mit dem gewünschten Gewicht.</translation>
    </message>
    <message>
        <source>There must always be a fallback queue: make another queue the fallback instead.</source>
        <translation>Es muss immer eine Auffangwarteschlange geben: Machen Sie stattdessen eine andere Warteschlange zur Auffangwarteschlange.</translation>
    </message>
</context>
<context>
    <name>baton::TerritoryDialog</name>
    <message>
        <source>Territory</source>
        <translation>Gebiet</translation>
    </message>
    <message>
        <source>New territory</source>
        <translation>Neues Gebiet</translation>
    </message>
    <message>
        <source>One per line: a country code (DE) or a country and a region (US/CA)</source>
        <translation>Eine pro Zeile: ein Ländercode (DE) oder ein Land mit Region (US/CA)</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Areas:</source>
        <translation>Bereiche:</translation>
    </message>
    <message>
        <source>Give the territory a name.</source>
        <translation>Geben Sie dem Gebiet einen Namen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not start with a two-letter country code such as US or DE.</source>
        <translation>„%1“ beginnt nicht mit einem zweistelligen Ländercode wie US oder DE.</translation>
    </message>
    <message>
        <source>%1 is listed twice.</source>
        <translation>%1 ist doppelt aufgeführt.</translation>
    </message>
    <message>
        <source>%1 already belongs to %2; a place can be in one territory only.</source>
        <translation>%1 gehört bereits zu %2; ein Ort kann nur in einem Gebiet liegen.</translation>
    </message>
</context>
<context>
    <name>baton::Theme</name>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
</context>
<context>
    <name>baton::TrendChart</name>
    <message>
        <source>Trend by week</source>
        <translation>Trend nach Woche</translation>
    </message>
    <message>
        <source>Trend by week: handoffs, acceptance and conversion</source>
        <translation>Trend nach Woche: Übergaben, Annahme und Konversion</translation>
    </message>
    <message>
        <source>Handoffs</source>
        <translation>Übergaben</translation>
    </message>
    <message>
        <source>Acceptance rate</source>
        <translation>Annahmequote</translation>
    </message>
    <message>
        <source>Conversion rate</source>
        <translation>Konversionsrate</translation>
    </message>
    <message>
        <source>ISO week</source>
        <translation>ISO-Woche</translation>
    </message>
    <message>
        <source>ISO week, %1</source>
        <translation>ISO-Woche, %1</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Quote</translation>
    </message>
    <message>
        <source>%1: %2 handoffs, acceptance %3, conversion %4 — click to see them</source>
        <translation>%1: %2 Übergaben, Annahme %3, Konversion %4 — klicken, um sie anzuzeigen</translation>
    </message>
</context>
<context>
    <name>baton::UtmChecker</name>
    <message>
        <source>lower case</source>
        <translation>Kleinbuchstaben</translation>
    </message>
    <message>
        <source>upper case</source>
        <translation>Großbuchstaben</translation>
    </message>
    <message>
        <source>one of %1</source>
        <translation>einer von %1</translation>
    </message>
    <message>
        <source>matches %1</source>
        <translation>entspricht %1</translation>
    </message>
    <message>
        <source>any value</source>
        <translation>beliebiger Wert</translation>
    </message>
    <message>
        <source>no convention</source>
        <translation>keine Konvention</translation>
    </message>
    <message>
        <source>%1 must be lower case</source>
        <translation>%1 muss kleingeschrieben sein</translation>
    </message>
    <message>
        <source>%1 must be upper case</source>
        <translation>%1 muss großgeschrieben sein</translation>
    </message>
    <message>
        <source>%1 must be one of %2</source>
        <translation>%1 muss einer von %2 sein</translation>
    </message>
    <message>
        <source>%1 must match %2</source>
        <translation>%1 muss %2 entsprechen</translation>
    </message>
    <message>
        <source>%1 is not a campaign or UTM field.</source>
        <translation>%1 ist kein Kampagnen- oder UTM-Feld.</translation>
    </message>
</context>
<context>
    <name>baton::UtmConventionsTab</name>
    <message>
        <source>lower case</source>
        <translation>kleinbuchstaben</translation>
    </message>
    <message>
        <source>UPPER CASE</source>
        <translation>GROSSBUCHSTABEN</translation>
    </message>
    <message>
        <source>any</source>
        <translation>beliebig</translation>
    </message>
    <message>
        <source>How campaign and UTM values are written, so that reports group them correctly. A value breaks its convention when its casing is wrong, when it is not one of the allowed values (if any are listed) or when it does not match the pattern (a regular expression for the whole value). Double-click a cell to edit it; empty values are not judged here.</source>
        <translation>Wie Kampagnen- und UTM-Werte geschrieben werden, damit Berichte sie korrekt gruppieren. Ein Wert verstößt gegen seine Konvention, wenn die Groß-/Kleinschreibung falsch ist, wenn er nicht zu den erlaubten Werten gehört (falls welche aufgeführt sind) oder wenn er nicht dem Muster entspricht (ein regulärer Ausdruck für den ganzen Wert). Doppelklicken Sie auf eine Zelle, um sie zu bearbeiten; leere Werte werden hier nicht bewertet.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Casing</source>
        <translation>Schreibweise</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>Muster</translation>
    </message>
    <message>
        <source>Allowed values (comma-separated)</source>
        <translation>Erlaubte Werte (kommagetrennt)</translation>
    </message>
    <message>
        <source>Try a value</source>
        <translation>Wert ausprobieren</translation>
    </message>
    <message>
        <source>e.g. Paid Social</source>
        <translation>z. B. Paid Social</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Handoffs</source>
        <translation>Übergaben</translation>
    </message>
    <message>
        <source>Convention</source>
        <translation>Konvention</translation>
    </message>
    <message>
        <source>Values in use</source>
        <translation>Verwendete Werte</translation>
    </message>
    <message>
        <source>Casing of %1</source>
        <translation>Schreibweise von %1</translation>
    </message>
    <message>
        <source>No convention yet for %1: any value is accepted.</source>
        <translation>Noch keine Konvention für %1: Jeder Wert wird akzeptiert.</translation>
    </message>
    <message>
        <source>The pattern “%1” is not a valid regular expression: %2</source>
        <translation>Das Muster „%1“ ist kein gültiger regulärer Ausdruck: %2</translation>
    </message>
    <message>
        <source>Change the convention for %1</source>
        <translation>Konvention für %1 ändern</translation>
    </message>
    <message>
        <source>Add a convention for %1</source>
        <translation>Konvention für %1 hinzufügen</translation>
    </message>
    <message>
        <source>follows the convention</source>
        <translation>entspricht der Konvention</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 values in the handoffs&lt;/b&gt;, most frequent first, judged by the convention above:</source>
        <translation>&lt;b&gt;%1-Werte in den Übergaben&lt;/b&gt;, häufigste zuerst, bewertet nach der Konvention oben:</translation>
    </message>
    <message>
        <source>✓ follows it</source>
        <translation>✓ entspricht ihr</translation>
    </message>
</context>
<context>
    <name>baton::Validator</name>
    <message>
        <source>Contract v%1 · %2: </source>
        <translation>Vertrag v%1 · %2: </translation>
    </message>
    <message>
        <source>signal type %1</source>
        <translation>Signaltyp %1</translation>
    </message>
    <message>
        <source>qualifies with fit %1 or better</source>
        <translation>qualifiziert mit Fit %1 oder besser</translation>
    </message>
    <message>
        <source>qualifies only with %1</source>
        <translation>qualifiziert nur mit %1</translation>
    </message>
    <message>
        <source>Sales receives %1</source>
        <translation>Vertrieb erhält %1</translation>
    </message>
    <message>
        <source>Contract v%1: every signal type handed off has terms</source>
        <translation>Vertrag v%1: Jeder übergebene Signaltyp hat Bedingungen</translation>
    </message>
    <message>
        <source>Contract v%1: a handoff names its signal type</source>
        <translation>Vertrag v%1: Eine Übergabe nennt ihren Signaltyp</translation>
    </message>
    <message>
        <source>Data standard · %1: %2 is required</source>
        <translation>Datenstandard · %1: %2 ist Pflicht</translation>
    </message>
    <message>
        <source>Lead-to-account matching: the email domain belongs to an account</source>
        <translation>Lead-zu-Account-Zuordnung: Die E-Mail-Domain gehört zu einem Account</translation>
    </message>
    <message>
        <source>Lead-to-account matching: the company name matches an account</source>
        <translation>Lead-zu-Account-Zuordnung: Der Firmenname passt zu einem Account</translation>
    </message>
    <message>
        <source>Identity rule “%1”: one handoff per lead</source>
        <translation>Identitätsregel „%1“: eine Übergabe pro Lead</translation>
    </message>
    <message>
        <source>Timestamps follow the lifecycle: %1 must not be before %2</source>
        <translation>Zeitstempel folgen dem Lifecycle: %1 darf nicht vor %2 liegen</translation>
    </message>
    <message>
        <source>Stage map: %1 → %2 is not an allowed transition</source>
        <translation>Phasenkarte: %1 → %2 ist kein erlaubter Übergang</translation>
    </message>
    <message>
        <source>Validation was cancelled.</source>
        <translation>Die Prüfung wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>baton::ViolationKinds</name>
    <message>
        <source>Missing context field</source>
        <translation>Fehlendes Kontextfeld</translation>
    </message>
    <message>
        <source>Missing required field</source>
        <translation>Fehlendes Pflichtfeld</translation>
    </message>
    <message>
        <source>Missing timestamp</source>
        <translation>Fehlender Zeitstempel</translation>
    </message>
    <message>
        <source>Timestamps out of order</source>
        <translation>Zeitstempel in falscher Reihenfolge</translation>
    </message>
    <message>
        <source>Did not qualify</source>
        <translation>Nicht qualifiziert</translation>
    </message>
    <message>
        <source>Non-standard UTM value</source>
        <translation>Nicht standardkonformer UTM-Wert</translation>
    </message>
    <message>
        <source>Not linked to its account</source>
        <translation>Nicht mit Account verknüpft</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplikat</translation>
    </message>
    <message>
        <source>Illegal stage transition</source>
        <translation>Unzulässiger Phasenübergang</translation>
    </message>
    <message>
        <source>A context field that the active contract&apos;s term for the handoff&apos;s signal type says Sales receives (job title, phone, …) is missing or empty. One violation per missing field.</source>
        <translation>Ein Kontextfeld, das laut der Bedingung des aktiven Vertrags für den Signaltyp der Übergabe der Vertrieb erhält (Position, Telefon, …), fehlt oder ist leer. Ein Regelverstoß pro fehlendem Feld.</translation>
    </message>
    <message>
        <source>A field that the data standard requires at a stage the handoff reached (its current stage or any stage in its stage history) is missing. One violation per missing field.</source>
        <translation>Ein Feld, das der Datenstandard in einer von der Übergabe erreichten Phase verlangt (ihre aktuelle Phase oder eine Phase in ihrem Phasenverlauf), fehlt. Ein Regelverstoß pro fehlendem Feld.</translation>
    </message>
    <message>
        <source>A timestamp that the data standard requires at a stage the handoff reached is missing, for example an accepted handoff without a first touch time.</source>
        <translation>Ein Zeitstempel, den der Datenstandard in einer von der Übergabe erreichten Phase verlangt, fehlt, zum Beispiel eine angenommene Übergabe ohne Erstkontaktzeit.</translation>
    </message>
    <message>
        <source>A timestamp is earlier than one the lifecycle puts before it (created ≤ handed off ≤ assigned ≤ first touch ≤ accepted or rejected ≤ opportunity ≤ closed), for example a first touch logged before the handoff. One violation per timestamp out of order.</source>
        <translation>Ein Zeitstempel liegt vor einem, den der Lifecycle davor einordnet (erstellt ≤ übergeben ≤ zugewiesen ≤ Erstkontakt ≤ angenommen oder abgelehnt ≤ Opportunity ≤ abgeschlossen), zum Beispiel ein Erstkontakt, der vor der Übergabe erfasst wurde. Ein Regelverstoß pro Zeitstempel in falscher Reihenfolge.</translation>
    </message>
    <message>
        <source>The handoff does not meet the active contract&apos;s qualification rule for its signal type: its fit grade is below the minimum (or missing), a required attribute is missing, or the contract has no terms for its signal type.</source>
        <translation>Die Übergabe erfüllt die Qualifizierungsregel des aktiven Vertrags für ihren Signaltyp nicht: Ihre Fit-Note liegt unter dem Minimum (oder fehlt), ein Pflichtattribut fehlt, oder der Vertrag hat keine Bedingungen für ihren Signaltyp.</translation>
    </message>
    <message>
        <source>A source, campaign or UTM value breaks its convention in the data standard (casing, allowed values, pattern). One violation per field.</source>
        <translation>Ein Quell-, Kampagnen- oder UTM-Wert verstößt gegen seine Konvention im Datenstandard (Schreibweise, erlaubte Werte, Muster). Ein Regelverstoß pro Feld.</translation>
    </message>
    <message>
        <source>The handoff has no account, although lead-to-account matching finds one by its email domain or normalized company name (free-mail domains never match; legal suffixes are ignored).</source>
        <translation>Die Übergabe hat keinen Account, obwohl die Lead-zu-Account-Zuordnung über ihre E-Mail-Domain oder ihren normalisierten Firmennamen einen findet (Freemail-Domains passen nie; Rechtsformzusätze werden ignoriert).</translation>
    </message>
    <message>
        <source>An earlier handoff (in the order records entered the workspace) has the same identity under an identity rule, such as the same email address. The first one is the original; recycled handoffs that re-enter on purpose are not duplicates.</source>
        <translation>Eine frühere Übergabe (in der Reihenfolge, in der Datensätze in den Arbeitsbereich kamen) hat nach einer Identitätsregel dieselbe Identität, etwa dieselbe E-Mail-Adresse. Die erste ist das Original; recycelte Übergaben, die absichtlich wieder eintreten, sind keine Duplikate.</translation>
    </message>
    <message>
        <source>A recorded stage change goes from one stage to another that the stage map does not allow, for example MQL straight to Opportunity. Entering the map from outside is always allowed.</source>
        <translation>Ein erfasster Phasenwechsel führt von einer Phase in eine andere, die die Phasenkarte nicht erlaubt, zum Beispiel von MQL direkt zu Opportunity. Der Eintritt in die Karte von außen ist immer erlaubt.</translation>
    </message>
</context>
<context>
    <name>baton::ViolationsPage</name>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>No workspace open</source>
        <translation>Kein Arbeitsbereich geöffnet</translation>
    </message>
    <message>
        <source>Open a workspace to check its handoffs against the contract, the stage map and the data standard.</source>
        <translation>Öffnen Sie einen Arbeitsbereich, um seine Übergaben gegen den Vertrag, die Phasenkarte und den Datenstandard zu prüfen.</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Erneut prüfen</translation>
    </message>
    <message>
        <source>Definitions…</source>
        <translation>Definitionen…</translation>
    </message>
    <message>
        <source>Violations by kind</source>
        <translation>Regelverstöße nach Art</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Violations</source>
        <translation>Regelverstöße</translation>
    </message>
    <message>
        <source>Handoffs</source>
        <translation>Übergaben</translation>
    </message>
    <message>
        <source>Data-quality score</source>
        <translation>Datenqualitätswert</translation>
    </message>
    <message>
        <source>per source</source>
        <translation>pro Quelle</translation>
    </message>
    <message>
        <source>per campaign</source>
        <translation>pro Kampagne</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Data-quality score: the share of the handoffs from this source or campaign that have no violation of any kind.</source>
        <translation>Datenqualitätswert: der Anteil der Übergaben aus dieser Quelle oder Kampagne ohne Regelverstoß jeglicher Art.</translation>
    </message>
    <message>
        <source>Rules broken</source>
        <translation>Verletzte Regeln</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Show the handoffs with</source>
        <translation>Übergaben anzeigen mit</translation>
    </message>
    <message>
        <source>Kind of violation</source>
        <translation>Art des Regelverstoßes</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampagne</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <source>from</source>
        <translation>ab</translation>
    </message>
    <message>
        <source>Checking the handoffs against the contract, the stage map and the data standard…</source>
        <translation>Übergaben werden gegen den Vertrag, die Phasenkarte und den Datenstandard geprüft…</translation>
    </message>
    <message>
        <source>The check did not finish.</source>
        <translation>Die Prüfung wurde nicht abgeschlossen.</translation>
    </message>
    <message>
        <source>The check failed: %1</source>
        <translation>Die Prüfung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>contract version %1</source>
        <translation>Vertragsversion %1</translation>
    </message>
    <message>
        <source>no active contract (contract checks skipped)</source>
        <translation>kein aktiver Vertrag (Vertragsprüfungen übersprungen)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; handoffs checked · &lt;b&gt;%2&lt;/b&gt; with at least one violation · data-quality score &lt;b&gt;%3 %&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; Übergaben geprüft · &lt;b&gt;%2&lt;/b&gt; mit mindestens einem Regelverstoß · Datenqualitätswert &lt;b&gt;%3 %&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Against %1, the stage map and the data standard: %2 violations in all.</source>
        <translation>Gegen %1, die Phasenkarte und den Datenstandard: insgesamt %2 Regelverstöße.</translation>
    </message>
    <message>
        <source>Click a kind, a source or campaign, or a rule to see its handoffs below.</source>
        <translation>Klicken Sie auf eine Art, eine Quelle oder Kampagne oder eine Regel, um unten ihre Übergaben zu sehen.</translation>
    </message>
    <message>
        <source>any violation</source>
        <translation>beliebiger Regelverstoß</translation>
    </message>
    <message>
        <source>any source</source>
        <translation>beliebige Quelle</translation>
    </message>
    <message>
        <source>any campaign</source>
        <translation>beliebige Kampagne</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 of %2 handoffs without a violation.
Handoffs with each kind:
%3</source>
        <translation>%1 von %2 Übergaben ohne Regelverstoß.
Übergaben pro Art:
%3</translation>
    </message>
    <message>
        <source>· rule: %1</source>
        <translation>· Regel: %1</translation>
    </message>
    <message>
        <source>What the numbers mean</source>
        <translation>Was die Zahlen bedeuten</translation>
    </message>
    <message>
        <source>&lt;b&gt;Violation&lt;/b&gt;: one rule broken by one handoff. A handoff missing two context fields has two violations of the same kind.</source>
        <translation>&lt;b&gt;Regelverstoß&lt;/b&gt;: eine von einer Übergabe verletzte Regel. Eine Übergabe, der zwei Kontextfelder fehlen, hat zwei Regelverstöße derselben Art.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Violations&lt;/b&gt; of a kind: how many violations of that kind were found. &lt;b&gt;Handoffs&lt;/b&gt; of a kind: how many handoffs have at least one violation of that kind.</source>
        <translation>&lt;b&gt;Regelverstöße&lt;/b&gt; einer Art: wie viele Regelverstöße dieser Art gefunden wurden. &lt;b&gt;Übergaben&lt;/b&gt; einer Art: wie viele Übergaben mindestens einen Regelverstoß dieser Art haben.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Data-quality score&lt;/b&gt; of a source or campaign: the share of its handoffs that have no violation of any kind (handoffs without a violation ÷ handoffs). Handoffs without a source or campaign are counted under (none).</source>
        <translation>&lt;b&gt;Datenqualitätswert&lt;/b&gt; einer Quelle oder Kampagne: der Anteil ihrer Übergaben ohne Regelverstoß jeglicher Art (Übergaben ohne Regelverstoß ÷ Übergaben). Übergaben ohne Quelle oder Kampagne werden unter (keine) gezählt.</translation>
    </message>
    <message>
        <source>Kinds of violation</source>
        <translation>Arten von Regelverstößen</translation>
    </message>
    <message>
        <source>Definitions</source>
        <translation>Definitionen</translation>
    </message>
    <message>
        <source>Kind: %1</source>
        <translation>Art: %1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Quelle: %1</translation>
    </message>
    <message>
        <source>Campaign: %1</source>
        <translation>Kampagne: %1</translation>
    </message>
    <message>
        <source>Rule: %1</source>
        <translation>Regel: %1</translation>
    </message>
    <message>
        <source>Handoffs with at least one violation</source>
        <translation>Übergaben mit mindestens einem Regelverstoß</translation>
    </message>
    <message>
        <source>Handoffs with violations · %1</source>
        <translation>Übergaben mit Regelverstößen · %1</translation>
    </message>
</context>
<context>
    <name>baton::Workspace</name>
    <message>
        <source>No migration path from schema %1 to %2.</source>
        <translation>Kein Migrationspfad von Schema %1 zu %2.</translation>
    </message>
    <message>
        <source>Upgrading to schema %1 (%2) failed: %3</source>
        <translation>Aktualisierung auf Schema %1 (%2) fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>The workspace cannot be written (%1).</source>
        <translation>Der Arbeitsbereich kann nicht geschrieben werden (%1).</translation>
    </message>
    <message>
        <source>The workspace file is damaged (%1).</source>
        <translation>Die Arbeitsbereichsdatei ist beschädigt (%1).</translation>
    </message>
    <message>
        <source>Cannot open %1</source>
        <translation>%1 kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>%1 is not a Baton workspace (it is an SQLite database of another program).</source>
        <translation>%1 ist kein Baton-Arbeitsbereich (es ist eine SQLite-Datenbank eines anderen Programms).</translation>
    </message>
    <message>
        <source>The workspace %1 does not exist.</source>
        <translation>Der Arbeitsbereich %1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 ist keine Datei.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a Baton workspace (it is not a database file).</source>
        <translation>%1 ist kein Baton-Arbeitsbereich (es ist keine Datenbankdatei).</translation>
    </message>
    <message>
        <source>The workspace file %1 is damaged: it is shorter than its header says (truncated).</source>
        <translation>Die Arbeitsbereichsdatei %1 ist beschädigt: Sie ist kürzer, als ihr Header angibt (abgeschnitten).</translation>
    </message>
    <message>
        <source>The workspace %1 is read-only. Make it writable, or save a copy and open that.</source>
        <translation>Der Arbeitsbereich %1 ist schreibgeschützt. Machen Sie ihn beschreibbar oder speichern Sie eine Kopie und öffnen Sie diese.</translation>
    </message>
    <message>
        <source>The folder of %1 is read-only, so the workspace cannot be changed.</source>
        <translation>Der Ordner von %1 ist schreibgeschützt, daher kann der Arbeitsbereich nicht geändert werden.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Baton (schema %2; this version knows up to %3). Update Baton to open it.</source>
        <translation>%1 wurde von einer neueren Version von Baton geschrieben (Schema %2; diese Version kennt bis %3). Aktualisieren Sie Baton, um die Datei zu öffnen.</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name.</source>
        <translation>%1 existiert bereits; wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>%1 kann nicht erstellt werden: %2</translation>
    </message>
    <message>
        <source>The workspace is locked: another Baton window or another program is writing to it. Nothing was changed; try again in a moment (%1).</source>
        <translation>Der Arbeitsbereich ist gesperrt: Ein anderes Baton-Fenster oder ein anderes Programm schreibt gerade hinein. Es wurde nichts geändert; versuchen Sie es gleich noch einmal (%1).</translation>
    </message>
    <message>
        <source>The workspace file %1 is damaged: its schema version (%2) is not one Baton writes.</source>
        <translation>Die Arbeitsbereichsdatei %1 ist beschädigt: Ihre Schemaversion (%2) ist keine, die Baton schreibt.</translation>
    </message>
    <message>
        <source>Copies can only be made of SQLite workspaces.</source>
        <translation>Kopien lassen sich nur von SQLite-Arbeitsbereichen erstellen.</translation>
    </message>
    <message>
        <source>Copying the workspace to %1 failed: %2</source>
        <translation>Das Kopieren des Arbeitsbereichs nach %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>The workspace %1 has an interrupted change to undo, which needs write access: make it and its folder writable and open it again.</source>
        <translation>Im Arbeitsbereich %1 muss eine unterbrochene Änderung rückgängig gemacht werden, wofür Schreibzugriff nötig ist: Machen Sie ihn und seinen Ordner beschreibbar und öffnen Sie ihn erneut.</translation>
    </message>
</context>
<context>
    <name>baton::WorkspaceSettings</name>
    <message>
        <source>the workspace&apos;s display name</source>
        <translation>der Anzeigename des Arbeitsbereichs</translation>
    </message>
    <message>
        <source>the reporting time zone, an IANA id such as Europe/Berlin; handoffs are counted into the ISO week in which they were handed off in this zone</source>
        <translation>die Berichtszeitzone, eine IANA-ID wie Europe/Berlin; Übergaben werden der ISO-Woche zugerechnet, in der sie in dieser Zone erfolgt sind</translation>
    </message>
    <message>
        <source>the currency of amounts, an ISO 4217 code such as USD</source>
        <translation>die Währung von Beträgen, ein ISO-4217-Code wie USD</translation>
    </message>
    <message>
        <source>the instant open SLAs are judged at, ISO 8601 with an offset such as 2026-11-22T23:59:59Z; empty: now</source>
        <translation>der Zeitpunkt, zu dem offene SLAs bewertet werden, ISO 8601 mit Offset wie 2026-11-22T23:59:59Z; leer: jetzt</translation>
    </message>
    <message>
        <source>The workspace name cannot be empty.</source>
        <translation>Der Name des Arbeitsbereichs darf nicht leer sein.</translation>
    </message>
    <message>
        <source>The workspace name is too long (at most 200 characters).</source>
        <translation>Der Name des Arbeitsbereichs ist zu lang (höchstens 200 Zeichen).</translation>
    </message>
    <message>
        <source>The workspace name cannot contain line breaks or control characters.</source>
        <translation>Der Name des Arbeitsbereichs darf keine Zeilenumbrüche oder Steuerzeichen enthalten.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a time zone; use an IANA id such as Europe/Berlin, America/New_York or UTC.</source>
        <translation>„%1“ ist keine Zeitzone; verwenden Sie eine IANA-ID wie Europe/Berlin, America/New_York oder UTC.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a currency code; use three letters of ISO 4217 such as USD or EUR.</source>
        <translation>„%1“ ist kein Währungscode; verwenden Sie drei Buchstaben nach ISO 4217 wie USD oder EUR.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an instant; write it in ISO 8601 with Z or an offset, such as 2026-11-22T23:59:59Z.</source>
        <translation>„%1“ ist kein Zeitpunkt; schreiben Sie ihn in ISO 8601 mit Z oder Offset, etwa 2026-11-22T23:59:59Z.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a workspace setting; the settings are %2.</source>
        <translation>„%1“ ist keine Arbeitsbereichseinstellung; die Einstellungen sind %2.</translation>
    </message>
    <message>
        <source>The workspace is open read-only, so its settings cannot be changed.</source>
        <translation>Der Arbeitsbereich ist schreibgeschützt geöffnet, daher können seine Einstellungen nicht geändert werden.</translation>
    </message>
</context>
<context>
    <name>baton::cli</name>
    <message>
        <source>
Options:
  --help, -h       show this help; `baton COMMAND --help` shows a command&apos;s options
  --version, -v    show Baton&apos;s version

Exit codes: 0 success, 1 the operation failed, 2 the command line was wrong.
</source>
        <translation>
Optionen:
  --help, -h       diese Hilfe anzeigen; `baton COMMAND --help` zeigt die Optionen eines Befehls
  --version, -v    die Version von Baton anzeigen

Exit-Codes: 0 Erfolg, 1 Vorgang fehlgeschlagen, 2 Befehlszeile fehlerhaft.
</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation>Das Ergebnis als JSON ausgeben.</translation>
    </message>
    <message>
        <source>The workspace file to create (.baton).</source>
        <translation>Die anzulegende Arbeitsbereichsdatei (.baton).</translation>
    </message>
    <message>
        <source>The workspace&apos;s display name.</source>
        <translation>Der Anzeigename des Arbeitsbereichs.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>new takes exactly one FILE.

</source>
        <translation>new erwartet genau eine FILE.

</translation>
    </message>
    <message>
        <source>Created %1 with the default configuration.</source>
        <translation>%1 mit der Standardkonfiguration angelegt.</translation>
    </message>
    <message>
        <source>Random seed (default 2026).</source>
        <translation>Zufalls-Seed (Standard 2026).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Number of weeks (default 26).</source>
        <translation>Anzahl der Wochen (Standard 26).</translation>
    </message>
    <message>
        <source>Number of handoffs (default 20000).</source>
        <translation>Anzahl der Übergaben (Standard 20000).</translation>
    </message>
    <message>
        <source>The last week of data (default 2026-W47).</source>
        <translation>Die letzte Woche der Daten (Standard 2026-W47).</translation>
    </message>
    <message>
        <source>WEEK</source>
        <translation>WEEK</translation>
    </message>
    <message>
        <source>Replace FILE if it exists.</source>
        <translation>FILE ersetzen, falls vorhanden.</translation>
    </message>
    <message>
        <source>demo takes exactly one FILE.

</source>
        <translation>demo erwartet genau eine FILE.

</translation>
    </message>
    <message>
        <source>--seed must be a non-negative integer.</source>
        <translation>--seed muss eine nicht negative ganze Zahl sein.</translation>
    </message>
    <message>
        <source>--weeks must be between 1 and 520.</source>
        <translation>--weeks muss zwischen 1 und 520 liegen.</translation>
    </message>
    <message>
        <source>--handoffs must be a non-negative integer.</source>
        <translation>--handoffs muss eine nicht negative ganze Zahl sein.</translation>
    </message>
    <message>
        <source>%1 already exists; use --force to replace it.</source>
        <translation>%1 existiert bereits; verwenden Sie --force, um es zu ersetzen.</translation>
    </message>
    <message>
        <source>Created %1: %2 handoffs, %3 accounts, %4 owners over %5 weeks ending %6.</source>
        <translation>%1 angelegt: %2 Übergaben, %3 Accounts, %4 Inhaber über %5 Wochen bis %6.</translation>
    </message>
    <message>
        <source>The workspace file.</source>
        <translation>Die Arbeitsbereichsdatei.</translation>
    </message>
    <message>
        <source>info takes exactly one FILE.

</source>
        <translation>info erwartet genau eine FILE.

</translation>
    </message>
    <message>
        <source>%1 (%2)
Schema version %3 (this Baton knows up to %4)

</source>
        <translation>%1 (%2)
Schemaversion %3 (dieses Baton kennt bis %4)

</translation>
    </message>
    <message>
        <source>create an empty workspace with the default configuration</source>
        <translation>einen leeren Arbeitsbereich mit der Standardkonfiguration anlegen</translation>
    </message>
    <message>
        <source>create a demo workspace with realistic generated data</source>
        <translation>einen Demo-Arbeitsbereich mit realistischen generierten Daten anlegen</translation>
    </message>
    <message>
        <source>show a workspace&apos;s schema version and row counts</source>
        <translation>Schemaversion und Zeilenzahlen eines Arbeitsbereichs anzeigen</translation>
    </message>
    <message>
        <source>The ISO week to assess (2026-W47); default: the last complete week of the data.</source>
        <translation>Die zu bewertende ISO-Woche (2026-W47); Standard: die letzte vollständige Woche der Daten.</translation>
    </message>
    <message>
        <source>Print the evidence rules with their thresholds and exit.</source>
        <translation>Die Nachweisregeln mit ihren Schwellen ausgeben und beenden.</translation>
    </message>
    <message>
        <source>matrix takes exactly one FILE.

</source>
        <translation>matrix erwartet genau eine FILE.

</translation>
    </message>
    <message>
        <source>Maturity, week %1 (self-assessment / evidence)
</source>
        <translation>Reifegrad, Woche %1 (Selbsteinschätzung / Nachweise)
</translation>
    </message>
    <message>
        <source>The ISO week of the scorecard (2026-W47); default: the last complete week of the data.</source>
        <translation>Die ISO-Woche der Scorecard (2026-W47); Standard: die letzte vollständige Woche der Daten.</translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation>Die zu schreibende PDF-Datei.</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>a4 or letter (default: by the locale).</source>
        <translation>a4 oder letter (Standard: nach Gebietsschema).</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>SIZE</translation>
    </message>
    <message>
        <source>Print what was written as JSON.</source>
        <translation>Das Geschriebene als JSON ausgeben.</translation>
    </message>
    <message>
        <source>scorecard takes exactly one FILE.

</source>
        <translation>scorecard erwartet genau eine FILE.

</translation>
    </message>
    <message>
        <source>scorecard needs -o PDF, the file to write.</source>
        <translation>scorecard braucht -o PDF, die zu schreibende Datei.</translation>
    </message>
    <message>
        <source>Wrote %1: the scorecard of week %2, %3 pages.</source>
        <translation>%1 geschrieben: die Scorecard der Woche %2, %3 Seiten.</translation>
    </message>
    <message>
        <source>the maturity matrix of a week: self-assessment, evidence and reasons</source>
        <translation>die Reifegradmatrix einer Woche: Selbsteinschätzung, Nachweise und Begründungen</translation>
    </message>
    <message>
        <source>writes the week&apos;s PDF scorecard</source>
        <translation>die PDF-Scorecard der Woche schreiben</translation>
    </message>
    <message>
        <source>No imports yet.</source>
        <translation>Noch keine Importe.</translation>
    </message>
    <message>
        <source>run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>started (UTC)</source>
        <translation>Beginn (UTC)</translation>
    </message>
    <message>
        <source>read</source>
        <translation>gelesen</translation>
    </message>
    <message>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>aktual.</translation>
    </message>
    <message>
        <source>aside</source>
        <translation>zurückg.</translation>
    </message>
    <message>
        <source>dupl.</source>
        <translation>Dupl.</translation>
    </message>
    <message>
        <source>file (mapping)</source>
        <translation>Datei (Zuordnung)</translation>
    </message>
    <message>
        <source>The CSV export to import.</source>
        <translation>Der zu importierende CSV-Export.</translation>
    </message>
    <message>
        <source>The mapping: a saved mapping&apos;s name, a preset (e.g. salesforce-leads, hubspot-contacts, olist-mqls) or a mapping.json file. Without it Baton recognises the export by its header row.</source>
        <translation>Die Zuordnung: der Name einer gespeicherten Zuordnung, eine Vorlage (z. B. salesforce-leads, hubspot-contacts, olist-mqls) oder eine mapping.json-Datei. Ohne sie erkennt Baton den Export an seiner Kopfzeile.</translation>
    </message>
    <message>
        <source>NAME|FILE</source>
        <translation>NAME|FILE</translation>
    </message>
    <message>
        <source>Show the first N rows as they would be stored, and change nothing.</source>
        <translation>Die ersten N Zeilen so anzeigen, wie sie gespeichert würden, und nichts ändern.</translation>
    </message>
    <message>
        <source>List the presets and saved mappings.</source>
        <translation>Die Vorlagen und gespeicherten Zuordnungen auflisten.</translation>
    </message>
    <message>
        <source>List the workspace&apos;s imports, newest first.</source>
        <translation>Die Importe des Arbeitsbereichs auflisten, neueste zuerst.</translation>
    </message>
    <message>
        <source>Write the rows import RUN kept aside to OUT.csv (line, reason and the row&apos;s own columns).</source>
        <translation>Die von Import RUN zurückgestellten Zeilen in OUT.csv schreiben (Zeile, Grund und die eigenen Spalten der Zeile).</translation>
    </message>
    <message>
        <source>RUN:OUT.csv</source>
        <translation>RUN:OUT.csv</translation>
    </message>
    <message>
        <source>import takes a workspace FILE and a DATA.csv file.

</source>
        <translation>import erwartet eine Arbeitsbereichsdatei FILE und eine Datei DATA.csv.

</translation>
    </message>
    <message>
        <source>preset</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <source>saved</source>
        <translation>gespeichert</translation>
    </message>
    <message>
        <source>--export-kept-aside takes RUN:OUT.csv, e.g. 3:kept-aside.csv.</source>
        <translation>--export-kept-aside erwartet RUN:OUT.csv, z. B. 3:kept-aside.csv.</translation>
    </message>
    <message>
        <source>Wrote %1 kept-aside rows of import %2 to %3.</source>
        <translation>%1 zurückgestellte Zeilen von Import %2 in %3 geschrieben.</translation>
    </message>
    <message>
        <source>--preview takes a number of rows.</source>
        <translation>--preview erwartet eine Anzahl von Zeilen.</translation>
    </message>
    <message>
        <source>Mapping: %1
</source>
        <translation>Zuordnung: %1
</translation>
    </message>
    <message>
        <source>line %1: %2
</source>
        <translation>Zeile %1: %2
</translation>
    </message>
    <message>
        <source>Imported %1 with the mapping &quot;%2&quot; (%3 s):
</source>
        <translation>%1 mit der Zuordnung „%2“ importiert (%3 s):
</translation>
    </message>
    <message>
        <source>  read %1, imported %2 new, updated %3, kept aside %4, duplicates %5
</source>
        <translation>  gelesen %1, neu importiert %2, aktualisiert %3, zurückgestellt %4, Duplikate %5
</translation>
    </message>
    <message>
        <source>  The rows kept aside are on the Import page; `baton import %1 --export-kept-aside %2:FILE.csv` writes them out.
</source>
        <translation>  Die zurückgestellten Zeilen stehen auf der Seite „Import“; `baton import %1 --export-kept-aside %2:FILE.csv` schreibt sie in eine Datei.
</translation>
    </message>
    <message>
        <source>import a CRM&apos;s CSV export (handoffs, accounts or owners)</source>
        <translation>den CSV-Export eines CRM importieren (Übergaben, Accounts oder Inhaber)</translation>
    </message>
    <message>
        <source>handoffs</source>
        <translation>Übergaben</translation>
    </message>
    <message>
        <source>accept</source>
        <translation>Annahme</translation>
    </message>
    <message>
        <source>convert</source>
        <translation>Konv.</translation>
    </message>
    <message>
        <source>win</source>
        <translation>Gewinn</translation>
    </message>
    <message>
        <source>days&gt;opp</source>
        <translation>Tage&gt;Opp</translation>
    </message>
    <message>
        <source>days&gt;won</source>
        <translation>Tage&gt;gew.</translation>
    </message>
    <message>
        <source>pipe/handoff</source>
        <translation>Pipe/Übergabe</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <source>touch min</source>
        <translation>Kontakt Min.</translation>
    </message>
    <message>
        <source>The dimension to slice by: %1.</source>
        <translation>Die Dimension für die Aufschlüsselung: %1.</translation>
    </message>
    <message>
        <source>DIMENSION</source>
        <translation>DIMENSION</translation>
    </message>
    <message>
        <source>Only handoffs handed off on or after this day (YYYY-MM-DD, in the workspace&apos;s time zone).</source>
        <translation>Nur Übergaben an oder nach diesem Tag (YYYY-MM-DD, in der Zeitzone des Arbeitsbereichs).</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATE</translation>
    </message>
    <message>
        <source>Only handoffs handed off on or before this day.</source>
        <translation>Nur Übergaben an oder vor diesem Tag.</translation>
    </message>
    <message>
        <source>Only handoffs of this ISO week (2026-W47).</source>
        <translation>Nur Übergaben dieser ISO-Woche (2026-W47).</translation>
    </message>
    <message>
        <source>Print the definition of every KPI and exit.</source>
        <translation>Die Definition jedes KPI ausgeben und beenden.</translation>
    </message>
    <message>
        <source>kpi takes exactly one FILE.

</source>
        <translation>kpi erwartet genau eine FILE.

</translation>
    </message>
    <message>
        <source>kpi needs --by DIMENSION (%1).</source>
        <translation>kpi braucht --by DIMENSION (%1).</translation>
    </message>
    <message>
        <source>--%1 must be a day written like 2026-09-14.</source>
        <translation>--%1 muss ein Tag im Format 2026-09-14 sein.</translation>
    </message>
    <message>
        <source>--from must not be after --to.</source>
        <translation>--from darf nicht nach --to liegen.</translation>
    </message>
    <message>
        <source>acceptance, conversion, velocity, yield, SLA and leakage by a dimension</source>
        <translation>Annahme, Konversion, Geschwindigkeit, Ertrag, SLA und Leakage nach einer Dimension</translation>
    </message>
    <message>
        <source>The rule set to use (default: the active one).</source>
        <translation>Das zu verwendende Regelwerk (Standard: das aktive).</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>account owned</source>
        <translation>Account mit Inhaber</translation>
    </message>
    <message>
        <source>not account owned</source>
        <translation>Account ohne Inhaber</translation>
    </message>
    <message>
        <source>  %1: %2; %3 (%4 scenarios)
</source>
        <translation>  %1: %2; %3 (%4 Szenarien)
</translation>
    </message>
    <message>
        <source>every signal type</source>
        <translation>jeder Signaltyp</translation>
    </message>
    <message>
        <source>every industry</source>
        <translation>jede Branche</translation>
    </message>
    <message>
        <source>Follows every scenario (signal type x territory x segment x industry x source x account owned) through the routing rules and reports the gaps.</source>
        <translation>Verfolgt jedes Szenario (Signaltyp x Gebiet x Segment x Branche x Quelle x Account mit Inhaber) durch die Routing-Regeln und meldet die Lücken.</translation>
    </message>
    <message>
        <source>Judge owners&apos; availability on this day, YYYY-MM-DD (default: the workspace&apos;s as-of day).</source>
        <translation>Verfügbarkeit der Inhaber an diesem Tag bewerten, YYYY-MM-DD (Standard: der Stichtag des Arbeitsbereichs).</translation>
    </message>
    <message>
        <source>Also follow leads without a signal type, territory, segment or industry.</source>
        <translation>Auch Leads ohne Signaltyp, Gebiet, Segment oder Branche verfolgen.</translation>
    </message>
    <message>
        <source>coverage takes exactly one FILE.

</source>
        <translation>coverage erwartet genau eine FILE.

</translation>
    </message>
    <message>
        <source>--rule-set must be a rule set&apos;s id.</source>
        <translation>--rule-set muss die ID eines Regelwerks sein.</translation>
    </message>
    <message>
        <source>--as-of must be a date like 2026-11-20.</source>
        <translation>--as-of muss ein Datum wie 2026-11-20 sein.</translation>
    </message>
    <message>
        <source>Rule set &quot;%1&quot; (%2), availability on %3
</source>
        <translation>Regelwerk „%1“ (%2), Verfügbarkeit am %3
</translation>
    </message>
    <message>
        <source>%1 scenarios: %2 reach a rule&apos;s owner, %3 only the fallback queue, %4 no owner.
</source>
        <translation>%1 Szenarien: %2 erreichen den Inhaber einer Regel, %3 nur die Auffangwarteschlange, %4 keinen Inhaber.
</translation>
    </message>
    <message>
        <source>
Reach no owner:
</source>
        <translation>
Erreichen keinen Inhaber:
</translation>
    </message>
    <message>
        <source>
Reach only the fallback queue:
</source>
        <translation>
Erreichen nur die Auffangwarteschlange:
</translation>
    </message>
    <message>
        <source>
Rule &quot;%1&quot;: %2</source>
        <translation>
Regel „%1“: %2</translation>
    </message>
    <message>
        <source>

Overlapping rules (the earlier one wins where both match):
</source>
        <translation>

Überlappende Regeln (die frühere gewinnt, wo beide passen):
</translation>
    </message>
    <message>
        <source>  &quot;%1&quot; and &quot;%2&quot;: %3 scenarios
</source>
        <translation>  „%1“ und „%2“: %3 Szenarien
</translation>
    </message>
    <message>
        <source>Simulates routing: runs a CSV file of leads (columns: %1), or the workspace&apos;s own handoffs over a date range, through a rule set and reports who gets what, the load per owner against capacity, and what changes against the active rules.</source>
        <translation>Simuliert das Routing: Führt eine CSV-Datei mit Leads (Spalten: %1) oder die Übergaben des Arbeitsbereichs in einem Datumsbereich durch ein Regelwerk und meldet, wer was bekommt, die Auslastung pro Inhaber im Verhältnis zur Kapazität und was sich gegenüber den aktiven Regeln ändert.</translation>
    </message>
    <message>
        <source>The CSV file of leads to route.</source>
        <translation>Die CSV-Datei mit den zuzuweisenden Leads.</translation>
    </message>
    <message>
        <source>LEADS.csv</source>
        <translation>LEADS.csv</translation>
    </message>
    <message>
        <source>Route the handoffs handed off from this day (YYYY-MM-DD).</source>
        <translation>Die Übergaben ab diesem Tag zuweisen (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>... up to this day, inclusive (default: the as-of day).</source>
        <translation>... bis einschließlich zu diesem Tag (Standard: der Stichtag).</translation>
    </message>
    <message>
        <source>route takes exactly one FILE.

</source>
        <translation>route erwartet genau eine FILE.

</translation>
    </message>
    <message>
        <source>route needs either --simulate LEADS.csv or --from DATE.

</source>
        <translation>route braucht entweder --simulate LEADS.csv oder --from DATE.

</translation>
    </message>
    <message>
        <source>--from must be a date like 2026-11-20.</source>
        <translation>--from muss ein Datum wie 2026-11-20 sein.</translation>
    </message>
    <message>
        <source>--to must be a date like 2026-11-20.</source>
        <translation>--to muss ein Datum wie 2026-11-20 sein.</translation>
    </message>
    <message>
        <source>%1 leads: %2 assigned, %3 unassigned, %4 to the fallback queue, over %5 days.

</source>
        <translation>%1 Leads: %2 zugewiesen, %3 nicht zugewiesen, %4 an die Auffangwarteschlange, über %5 Tage.

</translation>
    </message>
    <message>
        <source>%1 %2 %3 %4 %5
</source>
        <translation>%1 %2 %3 %4 %5
</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>Inhaber</translation>
    </message>
    <message>
        <source>leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <source>per day</source>
        <translation>pro Tag</translation>
    </message>
    <message>
        <source>capacity</source>
        <translation>Kapazität</translation>
    </message>
    <message>
        <source>days over</source>
        <translation>Tage über</translation>
    </message>
    <message>
        <source>
Against the active rules: %1 leads change team, %2 change owner, %3 change rule; fallback %4 -&gt; %5.
</source>
        <translation>
Im Vergleich zu den aktiven Regeln: %1 Leads wechseln das Team, %2 den Inhaber, %3 die Regel; Auffangwarteschlange %4 -&gt; %5.
</translation>
    </message>
    <message>
        <source>What-if: which scenarios lose their owner and how the load moves when an owner leaves or is away. Nothing is saved.</source>
        <translation>Was-wäre-wenn: welche Szenarien ihren Inhaber verlieren und wie sich die Auslastung verschiebt, wenn ein Inhaber ausscheidet oder abwesend ist. Es wird nichts gespeichert.</translation>
    </message>
    <message>
        <source>The owner&apos;s name or id.</source>
        <translation>Name oder ID des Inhabers.</translation>
    </message>
    <message>
        <source>OWNER</source>
        <translation>OWNER</translation>
    </message>
    <message>
        <source>The first day the owner no longer works.</source>
        <translation>Der erste Tag, an dem der Inhaber nicht mehr arbeitet.</translation>
    </message>
    <message>
        <source>The first day of an absence.</source>
        <translation>Der erste Tag einer Abwesenheit.</translation>
    </message>
    <message>
        <source>The last day of the absence.</source>
        <translation>Der letzte Tag der Abwesenheit.</translation>
    </message>
    <message>
        <source>Weeks of handoffs to project the load from (default 4).</source>
        <translation>Wochen mit Übergaben, aus denen die Auslastung hochgerechnet wird (Standard 4).</translation>
    </message>
    <message>
        <source>roster takes one FILE, --owner and either --leaving DATE or --away DATE --until DATE.

</source>
        <translation>roster erwartet eine FILE, --owner und entweder --leaving DATE oder --away DATE --until DATE.

</translation>
    </message>
    <message>
        <source>Dates must look like 2026-11-20.</source>
        <translation>Datumsangaben müssen wie 2026-11-20 aussehen.</translation>
    </message>
    <message>
        <source>--away needs --until with the last day of the absence, like 2026-11-27.</source>
        <translation>--away braucht --until mit dem letzten Tag der Abwesenheit, etwa 2026-11-27.</translation>
    </message>
    <message>
        <source>--weeks must be between 1 and 52.</source>
        <translation>--weeks muss zwischen 1 und 52 liegen.</translation>
    </message>
    <message>
        <source>There is no owner &quot;%1&quot;.</source>
        <translation>Es gibt keinen Inhaber „%1“.</translation>
    </message>
    <message>
        <source>(no owner)</source>
        <translation>(kein Inhaber)</translation>
    </message>
    <message>
        <source>(fallback queue)</source>
        <translation>(Auffangwarteschlange)</translation>
    </message>
    <message>
        <source>%1 scenarios change their owner:
</source>
        <translation>%1 Szenarien wechseln ihren Inhaber:
</translation>
    </message>
    <message>
        <source>  %1: %2 -&gt; %3
</source>
        <translation>  %1: %2 -&gt; %3
</translation>
    </message>
    <message>
        <source>
Projected load from %1 handoffs, %2 to %3 (per weekday):
</source>
        <translation>
Hochgerechnete Auslastung aus %1 Übergaben, %2 bis %3 (pro Wochentag):
</translation>
    </message>
    <message>
        <source>  over capacity</source>
        <translation>  über Kapazität</translation>
    </message>
    <message>
        <source>
%1 accounts and %2 open handoffs stay with %3 until someone reassigns them.</source>
        <translation>
%1 Accounts und %2 offene Übergaben bleiben bei %3, bis jemand sie neu zuweist.</translation>
    </message>
    <message>
        <source>prove that every routing scenario reaches an owner</source>
        <translation>nachweisen, dass jedes Routing-Szenario einen Inhaber erreicht</translation>
    </message>
    <message>
        <source>simulate routing leads or handoffs through a rule set</source>
        <translation>das Routing von Leads oder Übergaben durch ein Regelwerk simulieren</translation>
    </message>
    <message>
        <source>what-if: an owner leaves or is away</source>
        <translation>Was-wäre-wenn: ein Inhaber scheidet aus oder ist abwesend</translation>
    </message>
    <message>
        <source>The setting:</source>
        <translation>Die Einstellung:</translation>
    </message>
    <message>
        <source>Its new value.</source>
        <translation>Ihr neuer Wert.</translation>
    </message>
    <message>
        <source>set takes FILE, KEY and VALUE.

</source>
        <translation>set erwartet FILE, KEY und VALUE.

</translation>
    </message>
    <message>
        <source>%1 is already %2; nothing changed.</source>
        <translation>%1 ist bereits %2; nichts geändert.</translation>
    </message>
    <message>
        <source>Set %1 to %2 (was %3); the week of %4 of %5 handoffs changed.</source>
        <translation>%1 auf %2 gesetzt (vorher %3); bei %4 von %5 Übergaben hat sich die Woche geändert.</translation>
    </message>
    <message>
        <source>unset</source>
        <translation>nicht gesetzt</translation>
    </message>
    <message>
        <source>Set %1 to %2 (was %3).</source>
        <translation>%1 auf %2 gesetzt (vorher %3).</translation>
    </message>
    <message>
        <source>change a workspace setting: name, time_zone, currency or as_of</source>
        <translation>eine Arbeitsbereichseinstellung ändern: name, time_zone, currency oder as_of</translation>
    </message>
    <message>
        <source>group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>met</source>
        <translation>einh.</translation>
    </message>
    <message>
        <source>decided</source>
        <translation>entsch.</translation>
    </message>
    <message>
        <source>breach</source>
        <translation>Verl.</translation>
    </message>
    <message>
        <source>compl.</source>
        <translation>Quote</translation>
    </message>
    <message>
        <source>1st touch</source>
        <translation>Erstkont.</translation>
    </message>
    <message>
        <source>routing</source>
        <translation>Zuweis.</translation>
    </message>
    <message>
        <source>response</source>
        <translation>Reaktion</translation>
    </message>
    <message>
        <source>Recomputed the SLA facts of %1 handoffs in %2 s; %3 changed.</source>
        <translation>SLA-Fakten von %1 Übergaben in %2 s neu berechnet; %3 geändert.</translation>
    </message>
    <message>
        <source>The ISO week to report, like 2026-W47 (default: the last complete week of the data).</source>
        <translation>Die zu berichtende ISO-Woche, etwa 2026-W47 (Standard: die letzte vollständige Woche der Daten).</translation>
    </message>
    <message>
        <source>Judge open SLAs as of this instant, ISO 8601 (default: the workspace&apos;s as-of setting, else now).</source>
        <translation>Offene SLAs zu diesem Zeitpunkt bewerten, ISO 8601 (Standard: die as_of-Einstellung des Arbeitsbereichs, sonst jetzt).</translation>
    </message>
    <message>
        <source>INSTANT</source>
        <translation>INSTANT</translation>
    </message>
    <message>
        <source>Recompute the SLA facts of every handoff from the current policies and calendars.</source>
        <translation>Die SLA-Fakten jeder Übergabe aus den aktuellen Richtlinien und Kalendern neu berechnen.</translation>
    </message>
    <message>
        <source>sla takes exactly one FILE.

</source>
        <translation>sla erwartet genau eine FILE.

</translation>
    </message>
    <message>
        <source>--recompute takes no --week or --as-of.

</source>
        <translation>--recompute erlaubt kein --week oder --as-of.

</translation>
    </message>
    <message>
        <source>--as-of must be an ISO 8601 instant such as 2026-11-22T23:59:59Z.</source>
        <translation>--as-of muss ein ISO-8601-Zeitpunkt wie 2026-11-22T23:59:59Z sein.</translation>
    </message>
    <message>
        <source>The workspace has no handoffs yet, so there is no week to report.</source>
        <translation>Der Arbeitsbereich hat noch keine Übergaben, daher gibt es keine Woche zu berichten.</translation>
    </message>
    <message>
        <source>Warning: the SLA policies or calendars changed since the SLA facts were computed; run `baton sla %1 --recompute`.</source>
        <translation>Warnung: Die SLA-Richtlinien oder Kalender haben sich geändert, seit die SLA-Fakten berechnet wurden; führen Sie `baton sla %1 --recompute` aus.</translation>
    </message>
    <message>
        <source>SLA compliance for %1 (handed off that week), judged as of %2
Compliance = met / decided; durations are median business minutes.

</source>
        <translation>SLA-Einhaltung für %1 (in dieser Woche übergeben), bewertet zum Stand %2
Einhaltung = eingehalten / entschieden; Dauern sind Median-Geschäftsminuten.

</translation>
    </message>
    <message>
        <source>By signal type</source>
        <translation>Nach Signaltyp</translation>
    </message>
    <message>
        <source>By team</source>
        <translation>Nach Team</translation>
    </message>
    <message>
        <source>By owner</source>
        <translation>Nach Inhaber</translation>
    </message>
    <message>
        <source>Open breaches as of %1: %2
</source>
        <translation>Offene SLA-Verletzungen zum Stand %1: %2
</translation>
    </message>
    <message>
        <source>  ... and %1 more (--json lists them all)
</source>
        <translation>  ... und %1 weitere (--json listet alle auf)
</translation>
    </message>
    <message>
        <source>SLA compliance for a week, open breaches with escalation steps; --recompute</source>
        <translation>SLA-Einhaltung einer Woche, offene SLA-Verletzungen mit Eskalationsstufen; --recompute</translation>
    </message>
    <message>
        <source>Also print the rules broken with their counts and the data-quality score per source and campaign.</source>
        <translation>Zusätzlich die verletzten Regeln mit ihren Anzahlen und den Datenqualitätswert pro Quelle und Kampagne ausgeben.</translation>
    </message>
    <message>
        <source>Also list the first N violations with their handoffs.</source>
        <translation>Zusätzlich die ersten N Regelverstöße mit ihren Übergaben auflisten.</translation>
    </message>
    <message>
        <source>validate takes exactly one FILE.

</source>
        <translation>validate erwartet genau eine FILE.

</translation>
    </message>
    <message>
        <source>--list must be a non-negative integer.</source>
        <translation>--list muss eine nicht negative ganze Zahl sein.</translation>
    </message>
    <message>
        <source>Checked %1 handoffs against contract version %2, the stage map and the data standard.
</source>
        <translation>%1 Übergaben gegen Vertragsversion %2, die Phasenkarte und den Datenstandard geprüft.
</translation>
    </message>
    <message>
        <source>Checked %1 handoffs against the stage map and the data standard (no contract version is active).
</source>
        <translation>%1 Übergaben gegen die Phasenkarte und den Datenstandard geprüft (keine Vertragsversion ist aktiv).
</translation>
    </message>
    <message>
        <source>%1 handoffs have no violation: data-quality score %2 %.

</source>
        <translation>%1 Übergaben haben keinen Regelverstoß: Datenqualitätswert %2 %.

</translation>
    </message>
    <message>
        <source>(%1 handoffs)</source>
        <translation>(%1 Übergaben)</translation>
    </message>
    <message>
        <source>
Rules broken:
</source>
        <translation>
Verletzte Regeln:
</translation>
    </message>
    <message>
        <source>
Data-quality score per source:
</source>
        <translation>
Datenqualitätswert pro Quelle:
</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>
The first %1 violations:
</source>
        <translation>
Die ersten %1 Regelverstöße:
</translation>
    </message>
    <message>
        <source>check handoffs against the active contract, the stage map and the data standard</source>
        <translation>Übergaben gegen den aktiven Vertrag, die Phasenkarte und den Datenstandard prüfen</translation>
    </message>
    <message>
        <source>Usage: baton [WORKSPACE.baton]          open the window
       baton COMMAND [options]          run a headless command

Commands:
</source>
        <translation>Aufruf: baton [WORKSPACE.baton]          Fenster öffnen
        baton COMMAND [Optionen]         Befehl ohne Oberfläche ausführen

Befehle:
</translation>
    </message>
    <message>
        <source>Save the mapping used in the workspace under this name (for --mapping NAME).</source>
        <translation>Die verwendete Zuordnung unter diesem Namen im Arbeitsbereich speichern (für --mapping NAME).</translation>
    </message>
    <message>
        <source>upgraded %1 to schema version %2; the previous version was saved as %3</source>
        <translation>%1 auf Schemaversion %2 aktualisiert; die vorherige Version wurde als %3 gesichert</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Governs the Marketing to Sales lead handoff.</source>
        <translation>Steuert die Lead-Übergabe von Marketing an Vertrieb.</translation>
    </message>
    <message>
        <source>A workspace to open.</source>
        <translation>Ein zu öffnender Arbeitsbereich.</translation>
    </message>
    <message>
        <source>Show this page first.</source>
        <translation>Diese Seite zuerst anzeigen.</translation>
    </message>
    <message>
        <source>Save a picture of the window to FILE and quit.</source>
        <translation>Ein Bild des Fensters in FILE speichern und beenden.</translation>
    </message>
    <message>
        <source>Window size, WIDTHxHEIGHT.</source>
        <translation>Fenstergröße, WIDTHxHEIGHT.</translation>
    </message>
</context>
</TS>
