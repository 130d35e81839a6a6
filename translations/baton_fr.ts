<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>QProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>baton::AccountImport</name>
    <message>
        <source>No account has %1 &quot;%2&quot; to update.</source>
        <translation>Aucun compte avec %1 « %2 » à mettre à jour.</translation>
    </message>
    <message>
        <source>Account name is missing: a new account needs a name.</source>
        <translation>Nom du compte manquant : un nouveau compte doit avoir un nom.</translation>
    </message>
    <message>
        <source>Account id in the CRM</source>
        <translation>ID du compte dans le CRM</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>Nom du compte</translation>
    </message>
    <message>
        <source>Web domain</source>
        <translation>Domaine web</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Territoire</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Effectif</translation>
    </message>
    <message>
        <source>Annual revenue</source>
        <translation>Chiffre d&apos;affaires annuel</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>Parent account</source>
        <translation>Compte parent</translation>
    </message>
</context>
<context>
    <name>baton::AccountKpis</name>
    <message>
        <source>Account %1 does not exist.</source>
        <translation>Le compte %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>(unassigned)</source>
        <translation>(non attribué)</translation>
    </message>
    <message>
        <source>Handed off: %1 (%2)</source>
        <translation>Transféré : %1 (%2)</translation>
    </message>
    <message>
        <source>Handed off again by a recycle play: %1 (%2)</source>
        <translation>Transféré à nouveau par un parcours de recyclage : %1 (%2)</translation>
    </message>
    <message>
        <source>First touch</source>
        <translation>Premier contact</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepté</translation>
    </message>
    <message>
        <source>Rejected without a reason</source>
        <translation>Rejeté sans motif</translation>
    </message>
    <message>
        <source>Rejected: %1 → %2</source>
        <translation>Rejeté : %1 → %2</translation>
    </message>
    <message>
        <source>no recycle play</source>
        <translation>aucun parcours de recyclage</translation>
    </message>
    <message>
        <source>Opportunity: %L1</source>
        <translation>Opportunité : %L1</translation>
    </message>
    <message>
        <source>Won: %L1</source>
        <translation>Gagnée : %L1</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Perdue</translation>
    </message>
</context>
<context>
    <name>baton::AccountMatchingTab</name>
    <message>
        <source>Email domain</source>
        <translation>Domaine de l&apos;e-mail</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>Nom de l&apos;entreprise</translation>
    </message>
    <message>
        <source>The email&apos;s domain, or a parent domain of it, is an account&apos;s domain. Free-mail domains never match.</source>
        <translation>Le domaine de l&apos;e-mail, ou l&apos;un de ses domaines parents, est le domaine d&apos;un compte. Les domaines de messagerie gratuite ne correspondent jamais.</translation>
    </message>
    <message>
        <source>The company name equals an account&apos;s, ignoring case, punctuation and legal suffixes.</source>
        <translation>Le nom de l&apos;entreprise est identique à celui d&apos;un compte, sans tenir compte de la casse, de la ponctuation ni des suffixes juridiques.</translation>
    </message>
    <message>
        <source>How a lead is linked to a known account. The rules are tried in order; the first that finds an account wins (the oldest account when several share a domain or name). The validator reports leads without an account that these rules would link.</source>
        <translation>Comment un lead est rattaché à un compte connu. Les règles sont essayées dans l&apos;ordre ; la première qui trouve un compte l&apos;emporte (le compte le plus ancien lorsque plusieurs partagent un domaine ou un nom). Le validateur signale les leads sans compte que ces règles rattacheraient.</translation>
    </message>
    <message>
        <source>Matching rules, in order</source>
        <translation>Règles de rapprochement, dans l&apos;ordre</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>What matches</source>
        <translation>Ce qui correspond</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Try it</source>
        <translation>Essayer</translation>
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
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Free-mail domains</source>
        <translation>Domaines de messagerie gratuite</translation>
    </message>
    <message>
        <source>Legal suffixes</source>
        <translation>Suffixes juridiques</translation>
    </message>
    <message>
        <source>e.g. citromail.hu</source>
        <translation>ex. citromail.hu</translation>
    </message>
    <message>
        <source>e.g. Kft.</source>
        <translation>ex. Kft.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Add the free-mail domain %1</source>
        <translation>Ajouter le domaine de messagerie gratuite %1</translation>
    </message>
    <message>
        <source>Add the legal suffix %1</source>
        <translation>Ajouter le suffixe juridique %1</translation>
    </message>
    <message>
        <source>Remove the free-mail domain %1</source>
        <translation>Supprimer le domaine de messagerie gratuite %1</translation>
    </message>
    <message>
        <source>Remove the legal suffix %1</source>
        <translation>Supprimer le suffixe juridique %1</translation>
    </message>
    <message>
        <source>Tick to use this rule.</source>
        <translation>Cochez pour utiliser cette règle.</translation>
    </message>
    <message>
        <source>%1 built in (%2, …). Add the providers your market uses:</source>
        <translation>%1 intégrés (%2, …). Ajoutez les fournisseurs utilisés sur votre marché :</translation>
    </message>
    <message>
        <source>%1 built in (Inc, GmbH, Ltd, SA, …), ignored at the end of company names. Add others:</source>
        <translation>%1 intégrés (Inc, GmbH, Ltd, SA, …), ignorés à la fin des noms d&apos;entreprise. Ajoutez-en d&apos;autres :</translation>
    </message>
    <message>
        <source>Type an email address and a company name to see which account they match (%1 accounts).</source>
        <translation>Saisissez une adresse e-mail et un nom d&apos;entreprise pour voir à quel compte ils correspondent (%1 comptes).</translation>
    </message>
    <message>
        <source>No account. %1 is a free-mail domain, and the company name “%2” matches no account.</source>
        <translation>Aucun compte. %1 est un domaine de messagerie gratuite, et le nom d&apos;entreprise « %2 » ne correspond à aucun compte.</translation>
    </message>
    <message>
        <source>No account matches.</source>
        <translation>Aucun compte ne correspond.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;, by the email domain %2.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;, par le domaine d&apos;e-mail %2.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;, by the company name (compared as “%2”).</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;, par le nom d&apos;entreprise (comparé sous la forme « %2 »).</translation>
    </message>
    <message>
        <source>Re-order the account matching rules</source>
        <translation>Réordonner les règles de rapprochement des comptes</translation>
    </message>
    <message>
        <source>Move a matching rule</source>
        <translation>Déplacer une règle de rapprochement</translation>
    </message>
    <message>
        <source>Match accounts by email domain</source>
        <translation>Rapprocher les comptes par domaine de l&apos;e-mail</translation>
    </message>
    <message>
        <source>Stop matching accounts by email domain</source>
        <translation>Ne plus rapprocher les comptes par domaine de l&apos;e-mail</translation>
    </message>
    <message>
        <source>Match accounts by company name</source>
        <translation>Rapprocher les comptes par nom de l&apos;entreprise</translation>
    </message>
    <message>
        <source>Stop matching accounts by company name</source>
        <translation>Ne plus rapprocher les comptes par nom de l&apos;entreprise</translation>
    </message>
</context>
<context>
    <name>baton::AccountTableModel</name>
    <message>
        <source>(no owner)</source>
        <translation>(aucun responsable)</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Sum of the opportunity amounts of the account&apos;s handoffs.</source>
        <translation>Somme des montants d&apos;opportunité des transferts du compte.</translation>
    </message>
    <message>
        <source>All time; click a header to sort.</source>
        <translation>Depuis le début ; cliquez sur un en-tête pour trier.</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Territoire</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Handoffs</source>
        <translation>Transferts</translation>
    </message>
    <message>
        <source>Acceptance</source>
        <translation>Acceptation</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Opportunités</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>Conversion</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Gagnées</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <source>Won amount</source>
        <translation>Montant gagné</translation>
    </message>
    <message>
        <source>Last handoff</source>
        <translation>Dernier transfert</translation>
    </message>
</context>
<context>
    <name>baton::AccountsPage</name>
    <message>
        <source>Open a workspace to see its accounts: every handoff of an account judged as one motion.</source>
        <translation>Ouvrez un espace de travail pour voir ses comptes : tous les transferts d&apos;un compte jugés comme une seule démarche.</translation>
    </message>
    <message>
        <source>Search account name or domain</source>
        <translation>Rechercher un nom de compte ou un domaine</translation>
    </message>
    <message>
        <source>Search accounts</source>
        <translation>Rechercher des comptes</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>Export the account list as CSV</source>
        <translation>Exporter la liste des comptes en CSV</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Comptes</translation>
    </message>
    <message>
        <source>%1 accounts</source>
        <translation>%1 comptes</translation>
    </message>
    <message>
        <source>Export Accounts</source>
        <translation>Exporter les comptes</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Choose an account</source>
        <translation>Choisissez un compte</translation>
    </message>
    <message>
        <source>Handoffs</source>
        <translation>Transferts</translation>
    </message>
    <message>
        <source>Engagements, newest first</source>
        <translation>Interactions, les plus récentes d&apos;abord</translation>
    </message>
    <message>
        <source>Engagements</source>
        <translation>Interactions</translation>
    </message>
    <message>
        <source>Segment: %1</source>
        <translation>Segment : %1</translation>
    </message>
    <message>
        <source>Territory: %1</source>
        <translation>Territoire : %1</translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation>Responsable : %1</translation>
    </message>
    <message>
        <source>(no owner)</source>
        <translation>(aucun responsable)</translation>
    </message>
    <message>
        <source>Team: %1</source>
        <translation>Équipe : %1</translation>
    </message>
    <message>
        <source>Stage: %1</source>
        <translation>Étape : %1</translation>
    </message>
    <message>
        <source>(no handoffs yet)</source>
        <translation>(aucun transfert pour l&apos;instant)</translation>
    </message>
    <message>
        <source>Part of %1</source>
        <translation>Fait partie de %1</translation>
    </message>
    <message numerus="yes">
        <source>As one motion: %1 handoffs, held by %n owner(s)</source>
        <translation>
            <numerusform>Comme une seule démarche : %1 transferts, détenus par %n responsable</numerusform>
            <numerusform>Comme une seule démarche : %1 transferts, détenus par %n responsables</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; %2 handled by the account owner.</source>
        <translation>%1 ; %2 traités par le responsable du compte.</translation>
    </message>
    <message>
        <source>%1; the account has no owner, so nobody holds the motion together.</source>
        <translation>%1 ; le compte n&apos;a pas de responsable, donc personne ne coordonne la démarche.</translation>
    </message>
    <message>
        <source>Handoffs of %1</source>
        <translation>Transferts de %1</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Ce qui s&apos;est passé</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
</context>
<context>
    <name>baton::ActionItemDialog</name>
    <message>
        <source>Action item</source>
        <translation>Action à mener</translation>
    </message>
    <message>
        <source>What is to be done</source>
        <translation>Ce qui doit être fait</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
</context>
<context>
    <name>baton::AuditLog</name>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Account matching rule</source>
        <translation>Règle de rapprochement des comptes</translation>
    </message>
    <message>
        <source>Action item</source>
        <translation>Action à mener</translation>
    </message>
    <message>
        <source>Business-hours calendar</source>
        <translation>Calendrier des heures ouvrées</translation>
    </message>
    <message>
        <source>Calendar holiday</source>
        <translation>Jour férié du calendrier</translation>
    </message>
    <message>
        <source>Calendar working hours</source>
        <translation>Heures de travail du calendrier</translation>
    </message>
    <message>
        <source>Contract signature</source>
        <translation>Signature du contrat</translation>
    </message>
    <message>
        <source>Contract term</source>
        <translation>Clause du contrat</translation>
    </message>
    <message>
        <source>Contract version</source>
        <translation>Version du contrat</translation>
    </message>
    <message>
        <source>Escalation step</source>
        <translation>Palier d&apos;escalade</translation>
    </message>
    <message>
        <source>Free-mail domain</source>
        <translation>Domaine de messagerie gratuite</translation>
    </message>
    <message>
        <source>Governance meeting</source>
        <translation>Réunion de gouvernance</translation>
    </message>
    <message>
        <source>Identity rule</source>
        <translation>Règle d&apos;identité</translation>
    </message>
    <message>
        <source>Import mapping</source>
        <translation>Correspondance d&apos;import</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <source>Legal suffix</source>
        <translation>Suffixe juridique</translation>
    </message>
    <message>
        <source>Lifecycle stage</source>
        <translation>Étape du cycle de vie</translation>
    </message>
    <message>
        <source>Maturity self-assessment</source>
        <translation>Auto-évaluation de maturité</translation>
    </message>
    <message>
        <source>Meeting decision</source>
        <translation>Décision de réunion</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Owner absence</source>
        <translation>Absence du responsable</translation>
    </message>
    <message>
        <source>Recycle play</source>
        <translation>Parcours de recyclage</translation>
    </message>
    <message>
        <source>Rejection reason</source>
        <translation>Motif de rejet</translation>
    </message>
    <message>
        <source>Routing rule</source>
        <translation>Règle de routage</translation>
    </message>
    <message>
        <source>Routing rule set</source>
        <translation>Jeu de règles de routage</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Signal type</source>
        <translation>Type de signal</translation>
    </message>
    <message>
        <source>SLA policy</source>
        <translation>Politique de SLA</translation>
    </message>
    <message>
        <source>Stage requirement</source>
        <translation>Exigence d&apos;étape</translation>
    </message>
    <message>
        <source>Stage transition</source>
        <translation>Transition d&apos;étape</translation>
    </message>
    <message>
        <source>Team or queue</source>
        <translation>Équipe ou file d&apos;attente</translation>
    </message>
    <message>
        <source>Team membership</source>
        <translation>Appartenance à une équipe</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Territoire</translation>
    </message>
    <message>
        <source>Territory area</source>
        <translation>Zone de territoire</translation>
    </message>
    <message>
        <source>UTM convention</source>
        <translation>Convention UTM</translation>
    </message>
    <message>
        <source>Workspace setting</source>
        <translation>Paramètre de l&apos;espace de travail</translation>
    </message>
    <message>
        <source>Minimum fit</source>
        <translation>Adéquation minimale</translation>
    </message>
    <message>
        <source>Required attributes</source>
        <translation>Attributs requis</translation>
    </message>
    <message>
        <source>Required context</source>
        <translation>Contexte requis</translation>
    </message>
    <message>
        <source>Owner role</source>
        <translation>Rôle du responsable</translation>
    </message>
    <message>
        <source>Follow-up action</source>
        <translation>Action de suivi</translation>
    </message>
    <message>
        <source>SLA target (business minutes)</source>
        <translation>Objectif de SLA (minutes ouvrées)</translation>
    </message>
    <message>
        <source>Intent tier</source>
        <translation>Niveau d&apos;intention</translation>
    </message>
    <message>
        <source>Workflow action</source>
        <translation>Action de workflow</translation>
    </message>
    <message>
        <source>Exit criteria</source>
        <translation>Critères de sortie</translation>
    </message>
    <message>
        <source>Allowed values</source>
        <translation>Valeurs autorisées</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Signé par</translation>
    </message>
    <message>
        <source>Signed at</source>
        <translation>Signé le</translation>
    </message>
    <message>
        <source>Activated at</source>
        <translation>Activé le</translation>
    </message>
    <message>
        <source>Superseded at</source>
        <translation>Remplacé le</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Ordre</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Activé</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Active from</source>
        <translation>Actif à partir du</translation>
    </message>
    <message>
        <source>Active until</source>
        <translation>Actif jusqu&apos;au</translation>
    </message>
    <message>
        <source>Assessed on</source>
        <translation>Évalué le</translation>
    </message>
    <message>
        <source>Assignment</source>
        <translation>Attribution</translation>
    </message>
    <message>
        <source>Assigned owner</source>
        <translation>Responsable attribué</translation>
    </message>
    <message>
        <source>Assigned team</source>
        <translation>Équipe attribuée</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendrier</translation>
    </message>
    <message>
        <source>Whose hours</source>
        <translation>Heures de référence</translation>
    </message>
    <message>
        <source>Capacity per day</source>
        <translation>Capacité par jour</translation>
    </message>
    <message>
        <source>Casing</source>
        <translation>Casse</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Clôturé le</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Created at</source>
        <translation>Créé le</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>Définition</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Échéance le</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Effectif</translation>
    </message>
    <message>
        <source>Until (minute of the day)</source>
        <translation>Jusqu&apos;à (minute de la journée)</translation>
    </message>
    <message>
        <source>Ends on</source>
        <translation>Se termine le</translation>
    </message>
    <message>
        <source>Record type</source>
        <translation>Type d&apos;enregistrement</translation>
    </message>
    <message>
        <source>External id</source>
        <translation>ID externe</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Champs</translation>
    </message>
    <message>
        <source>From stage</source>
        <translation>Depuis le stade</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>Tenue le</translation>
    </message>
    <message>
        <source>Fallback queue</source>
        <translation>File de repli</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Manager</translation>
    </message>
    <message>
        <source>Employees at most</source>
        <translation>Effectif au plus</translation>
    </message>
    <message>
        <source>Revenue at most</source>
        <translation>Chiffre d&apos;affaires au plus</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <source>Employees at least</source>
        <translation>Effectif au moins</translation>
    </message>
    <message>
        <source>Revenue at least</source>
        <translation>Chiffre d&apos;affaires au moins</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Name for matching</source>
        <translation>Nom pour le rapprochement</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Version number</source>
        <translation>Numéro de version</translation>
    </message>
    <message>
        <source>Parent account</source>
        <translation>Compte parent</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Partie</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Re-entry after (days)</source>
        <translation>Retour après (jours)</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Annual revenue</source>
        <translation>Chiffre d&apos;affaires annuel</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Rule set</source>
        <translation>Jeu de règles</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stade</translation>
    </message>
    <message>
        <source>From (minute of the day)</source>
        <translation>De (minute de la journée)</translation>
    </message>
    <message>
        <source>Starts on</source>
        <translation>Commence le</translation>
    </message>
    <message>
        <source>Suffix</source>
        <translation>Suffixe</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Target (business minutes)</source>
        <translation>Objectif (minutes ouvrées)</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Threshold (% of the target)</source>
        <translation>Seuil (% de l&apos;objectif)</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>To stage</source>
        <translation>Vers le stade</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semaine</translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation>Jour de la semaine</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Poids</translation>
    </message>
    <message>
        <source>Data as of</source>
        <translation>Données au</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Demo data seed</source>
        <translation>Graine des données de démonstration</translation>
    </message>
    <message>
        <source>Workspace name</source>
        <translation>Nom de l&apos;espace de travail</translation>
    </message>
    <message>
        <source>Fingerprint of the SLA configuration</source>
        <translation>Empreinte de la configuration des SLA</translation>
    </message>
    <message>
        <source>Reporting time zone</source>
        <translation>Fuseau horaire des rapports</translation>
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
        <translation>%1 % de l&apos;objectif</translation>
    </message>
    <message>
        <source>Match by email domain</source>
        <translation>Rapprochement par domaine de l&apos;e-mail</translation>
    </message>
    <message>
        <source>Match by company name</source>
        <translation>Rapprochement par nom de l&apos;entreprise</translation>
    </message>
</context>
<context>
    <name>baton::BreakdownChart</name>
    <message>
        <source>Acceptance</source>
        <translation>Acceptation</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>Conversion</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 par %2</translation>
    </message>
    <message>
        <source>%1: %2 %3 of %4 handoffs — click to see them</source>
        <translation>%1 : %2 %3 sur %4 transferts — cliquez pour les voir</translation>
    </message>
</context>
<context>
    <name>baton::CalendarEditor</name>
    <message>
        <source>Business calendars</source>
        <translation>Calendriers ouvrés</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <source>Used by</source>
        <translation>Utilisé par</translation>
    </message>
    <message>
        <source>Add calendar</source>
        <translation>Ajouter un calendrier</translation>
    </message>
    <message>
        <source>Remove calendar</source>
        <translation>Supprimer le calendrier</translation>
    </message>
    <message>
        <source>Working hours</source>
        <translation>Heures de travail</translation>
    </message>
    <message>
        <source>Intervals of local time per weekday, end exclusive; several a day make breaks. A calendar without any hours runs around the clock.</source>
        <translation>Plages d&apos;heure locale par jour de la semaine, fin exclue ; plusieurs plages par jour créent des pauses. Un calendrier sans aucune plage horaire fonctionne 24 h/24.</translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation>Jour de la semaine</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <source>Add hours</source>
        <translation>Ajouter des heures</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Holidays</source>
        <translation>Jours fériés</translation>
    </message>
    <message>
        <source>Days on which the calendar does not count business time, in its own time zone.</source>
        <translation>Jours où le calendrier ne compte pas de temps ouvré, dans son propre fuseau horaire.</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Add holiday</source>
        <translation>Ajouter un jour férié</translation>
    </message>
    <message numerus="yes">
        <source>%n SLA policies</source>
        <translation>
            <numerusform>%n politique de SLA</numerusform>
            <numerusform>%n politiques de SLA</numerusform>
        </translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(personne)</translation>
    </message>
    <message>
        <source>Working hours of %1</source>
        <translation>Heures de travail de %1</translation>
    </message>
    <message>
        <source>Holidays of %1</source>
        <translation>Jours fériés de %1</translation>
    </message>
    <message>
        <source>A calendar needs a name.</source>
        <translation>Un calendrier doit avoir un nom.</translation>
    </message>
    <message>
        <source>Change the time zone of %1</source>
        <translation>Modifier le fuseau horaire de %1</translation>
    </message>
    <message>
        <source>Rename calendar %1</source>
        <translation>Renommer le calendrier %1</translation>
    </message>
    <message>
        <source>Working hours must end after they start (%1 to %2 does not).</source>
        <translation>Les heures de travail doivent se terminer après leur début (ce n&apos;est pas le cas de %1 à %2).</translation>
    </message>
    <message>
        <source>Change working hours</source>
        <translation>Modifier les heures de travail</translation>
    </message>
    <message>
        <source>Change holiday</source>
        <translation>Modifier le jour férié</translation>
    </message>
    <message>
        <source>New calendar</source>
        <translation>Nouveau calendrier</translation>
    </message>
    <message>
        <source>New calendar %1</source>
        <translation>Nouveau calendrier %1</translation>
    </message>
    <message>
        <source>Add calendar %1</source>
        <translation>Ajouter le calendrier %1</translation>
    </message>
    <message>
        <source>%1 is used by %2; give them another calendar first.</source>
        <translation>%1 est utilisé par %2 ; attribuez-leur d&apos;abord un autre calendrier.</translation>
    </message>
    <message>
        <source>Remove calendar %1</source>
        <translation>Supprimer le calendrier %1</translation>
    </message>
    <message>
        <source>Add working hours</source>
        <translation>Ajouter des heures de travail</translation>
    </message>
    <message>
        <source>Remove working hours</source>
        <translation>Supprimer des heures de travail</translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation>Jour férié</translation>
    </message>
    <message>
        <source>Remove holiday</source>
        <translation>Supprimer le jour férié</translation>
    </message>
</context>
<context>
    <name>baton::ChartStyle</name>
    <message>
        <source>W%1</source>
        <comment>ISO week number as a tick on a chart axis</comment>
        <translation>S%1</translation>
    </message>
</context>
<context>
    <name>baton::CommandPalette</name>
    <message>
        <source>Command palette</source>
        <translation>Palette de commandes</translation>
    </message>
    <message>
        <source>Go to a page, command, signal type, owner or routing rule…</source>
        <translation>Accéder à une page, une commande, un type de signal, un responsable ou une règle de routage…</translation>
    </message>
    <message>
        <source>Search pages, commands and workspace items</source>
        <translation>Rechercher des pages, des commandes et des éléments de l&apos;espace de travail</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>Nothing matches “%1”.</source>
        <translation>Aucun résultat pour « %1 ».</translation>
    </message>
</context>
<context>
    <name>baton::ConfigStore</name>
    <message>
        <source>This item (%1) no longer exists; someone else may have deleted it.</source>
        <translation>Cet élément (%1) n&apos;existe plus ; quelqu&apos;un d&apos;autre l&apos;a peut-être supprimé.</translation>
    </message>
    <message>
        <source>This item (%1) was changed by someone else since you opened it; reload and try again.</source>
        <translation>Cet élément (%1) a été modifié par quelqu&apos;un d&apos;autre depuis que vous l&apos;avez ouvert ; rechargez et réessayez.</translation>
    </message>
    <message>
        <source>This item (%1) was changed by someone else; reload and try again.</source>
        <translation>Cet élément (%1) a été modifié par quelqu&apos;un d&apos;autre ; rechargez et réessayez.</translation>
    </message>
</context>
<context>
    <name>baton::ContractCommands</name>
    <message>
        <source>Start a draft of the contract</source>
        <translation>Commencer un brouillon du contrat</translation>
    </message>
    <message>
        <source>Discard the draft</source>
        <translation>Abandonner le brouillon</translation>
    </message>
    <message>
        <source>Edit the contract&apos;s title and summary</source>
        <translation>Modifier le titre et le résumé du contrat</translation>
    </message>
    <message>
        <source>Sign for %1 as %2</source>
        <translation>Signer pour %1 en tant que %2</translation>
    </message>
    <message>
        <source>Withdraw %1&apos;s signature</source>
        <translation>Retirer la signature de %1</translation>
    </message>
</context>
<context>
    <name>baton::ContractDiff</name>
    <message>
        <source>Title: “%1” → “%2”</source>
        <translation>Titre : « %1 » → « %2 »</translation>
    </message>
    <message>
        <source>Summary: “%1”</source>
        <translation>Résumé : « %1 »</translation>
    </message>
    <message>
        <source>Signal type %1</source>
        <translation>Type de signal %1</translation>
    </message>
    <message>
        <source>%1: now covered by the contract (%2)</source>
        <translation>%1 : désormais couvert par le contrat (%2)</translation>
    </message>
    <message>
        <source>minimum fit %1 → %2 (%3)</source>
        <translation>adéquation minimale %1 → %2 (%3)</translation>
    </message>
    <message>
        <source>stricter</source>
        <translation>plus stricte</translation>
    </message>
    <message>
        <source>looser</source>
        <translation>plus souple</translation>
    </message>
    <message>
        <source>owner %1 → %2</source>
        <translation>responsable %1 → %2</translation>
    </message>
    <message>
        <source>follow-up “%1” → “%2”</source>
        <translation>suivi « %1 » → « %2 »</translation>
    </message>
    <message>
        <source>SLA target %1 → %2 (%3)</source>
        <translation>objectif de SLA %1 → %2 (%3)</translation>
    </message>
    <message>
        <source>faster</source>
        <translation>plus rapide</translation>
    </message>
    <message>
        <source>slower</source>
        <translation>plus lent</translation>
    </message>
    <message>
        <source>%1: no longer covered by the contract</source>
        <translation>%1 : n&apos;est plus couvert par le contrat</translation>
    </message>
    <message>
        <source>Sales also receives %1</source>
        <translation>les Ventes reçoivent aussi %1</translation>
    </message>
    <message>
        <source>Sales no longer receives %1</source>
        <translation>les Ventes ne reçoivent plus %1</translation>
    </message>
    <message>
        <source>qualifying also requires %1</source>
        <translation>la qualification exige aussi %1</translation>
    </message>
    <message>
        <source>qualifying no longer requires %1</source>
        <translation>la qualification n&apos;exige plus %1</translation>
    </message>
    <message>
        <source>fit %1 or better, owner %2, first touch within %3</source>
        <translation>adéquation %1 ou mieux, responsable %2, premier contact sous %3</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
</context>
<context>
    <name>baton::ContractHtml</name>
    <message>
        <source>nothing beyond the handoff itself</source>
        <translation>rien d&apos;autre que le transfert lui-même</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 et %2</translation>
    </message>
    <message>
        <source>High intent</source>
        <translation>Intention élevée</translation>
    </message>
    <message>
        <source>Medium intent</source>
        <translation>Intention moyenne</translation>
    </message>
    <message>
        <source>Low intent</source>
        <translation>Intention faible</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Superseded</source>
        <translation>Remplacée</translation>
    </message>
    <message>
        <source>fit %1 or better</source>
        <translation>adéquation %1 ou mieux</translation>
    </message>
    <message>
        <source>Version %1 · in force since %2</source>
        <translation>Version %1 · en vigueur depuis le %2</translation>
    </message>
    <message>
        <source>Version %1 · in force %2 – %3 · kept as history</source>
        <translation>Version %1 · en vigueur du %2 au %3 · conservée dans l&apos;historique</translation>
    </message>
    <message>
        <source>Version %1 · draft, not in force until Sales, Marketing and RevOps sign it</source>
        <translation>Version %1 · brouillon, pas en vigueur tant que les Ventes, le Marketing et RevOps ne l&apos;ont pas signé</translation>
    </message>
    <message>
        <source>Version %1 · draft being signed (%2 of 3 signatures)</source>
        <translation>Version %1 · brouillon en cours de signature (%2 signatures sur 3)</translation>
    </message>
    <message>
        <source>MARKETING · SALES · REVOPS</source>
        <translation>MARKETING · VENTES · REVOPS</translation>
    </message>
    <message>
        <source>Marketing hands a lead to Sales when its signal qualifies as set out below. Sales receives the listed context, the named owner follows up as agreed, and the first touch happens within the SLA target, counted in business hours. RevOps keeps the routing and the data that make this measurable.</source>
        <translation>Le Marketing transfère un lead aux Ventes lorsque son signal remplit les conditions ci-dessous. Les Ventes reçoivent le contexte indiqué, le responsable désigné assure le suivi convenu, et le premier contact a lieu dans le délai de l&apos;objectif de SLA, compté en heures ouvrées. RevOps maintient le routage et les données qui permettent de le mesurer.</translation>
    </message>
    <message>
        <source>(unknown signal)</source>
        <translation>(signal inconnu)</translation>
    </message>
    <message>
        <source>NEW</source>
        <translation>NOUVEAU</translation>
    </message>
    <message>
        <source>edit</source>
        <translation>modifier</translation>
    </message>
    <message>
        <source>Qualifies when</source>
        <translation>Qualifié lorsque</translation>
    </message>
    <message>
        <source>Sales receives</source>
        <translation>Les Ventes reçoivent</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <source>First touch within</source>
        <translation>Premier contact sous</translation>
    </message>
    <message>
        <source>%1 of business time</source>
        <translation>%1 de temps ouvré</translation>
    </message>
    <message>
        <source>This version covers no signal types yet. Add the signals that qualify for handoff.</source>
        <translation>Cette version ne couvre encore aucun type de signal. Ajoutez les signaux qui qualifient pour un transfert.</translation>
    </message>
    <message>
        <source>No longer covered:</source>
        <translation>N&apos;est plus couvert :</translation>
    </message>
    <message>
        <source>Agreed by</source>
        <translation>Approuvé par</translation>
    </message>
    <message>
        <source>signed %1</source>
        <translation>signé le %1</translation>
    </message>
    <message>
        <source>awaiting signature</source>
        <translation>en attente de signature</translation>
    </message>
    <message>
        <source>; required: %1</source>
        <translation> ; requis : %1</translation>
    </message>
</context>
<context>
    <name>baton::ContractPage</name>
    <message>
        <source>No workspace open</source>
        <translation>Aucun espace de travail ouvert</translation>
    </message>
    <message>
        <source>Open a workspace or create one to agree the handoff contract between Sales, Marketing and RevOps.</source>
        <translation>Ouvrez ou créez un espace de travail pour convenir du contrat de transfert entre les Ventes, le Marketing et RevOps.</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Version :</translation>
    </message>
    <message>
        <source>Contract version shown</source>
        <translation>Version du contrat affichée</translation>
    </message>
    <message>
        <source>Start a draft</source>
        <translation>Commencer un brouillon</translation>
    </message>
    <message>
        <source>Copy the active version into a new draft to propose changes.</source>
        <translation>Copier la version active dans un nouveau brouillon pour proposer des modifications.</translation>
    </message>
    <message>
        <source>Title and summary…</source>
        <translation>Titre et résumé…</translation>
    </message>
    <message>
        <source>Discard draft</source>
        <translation>Abandonner le brouillon</translation>
    </message>
    <message>
        <source>The contract document</source>
        <translation>Le document du contrat</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Modifications</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Signatures</translation>
    </message>
    <message>
        <source>Edit the terms for %1</source>
        <translation>Modifier les clauses pour %1</translation>
    </message>
    <message>
        <source>Cover a signal type in the contract</source>
        <translation>Couvrir un type de signal dans le contrat</translation>
    </message>
    <message>
        <source>Remove a signal type from the contract</source>
        <translation>Retirer un type de signal du contrat</translation>
    </message>
    <message>
        <source>A signal type needs a name.</source>
        <translation>Un type de signal doit avoir un nom.</translation>
    </message>
    <message>
        <source>Edit the signal type %1</source>
        <translation>Modifier le type de signal %1</translation>
    </message>
    <message>
        <source>Add the signal type %1</source>
        <translation>Ajouter le type de signal %1</translation>
    </message>
    <message>
        <source>Title and summary of version %1</source>
        <translation>Titre et résumé de la version %1</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Version %1 · %2</source>
        <translation>Version %1 · %2</translation>
    </message>
    <message>
        <source> since %1</source>
        <translation> depuis le %1</translation>
    </message>
    <message>
        <source>This draft has been signed by at least one party, so it cannot change. Withdraw the signatures (Signatures tab) to change it.</source>
        <translation>Ce brouillon a été signé par au moins une partie et ne peut donc plus être modifié. Retirez les signatures (onglet Signatures) pour le modifier.</translation>
    </message>
    <message>
        <source>Version %1 is signed and in force; it cannot change. Changes go into a draft, which becomes the new version when all three parties sign it.</source>
        <translation>La version %1 est signée et en vigueur ; elle ne peut pas être modifiée. Les modifications se font dans un brouillon, qui devient la nouvelle version lorsque les trois parties l&apos;ont signé.</translation>
    </message>
    <message>
        <source>Version %1 is history: it was replaced by a newer version and is kept as it was signed.</source>
        <translation>La version %1 fait partie de l&apos;historique : elle a été remplacée par une version plus récente et est conservée telle qu&apos;elle a été signée.</translation>
    </message>
    <message>
        <source>This workspace has no contract yet. Start a draft to write the first version.</source>
        <translation>Cet espace de travail n&apos;a pas encore de contrat. Commencez un brouillon pour rédiger la première version.</translation>
    </message>
    <message>
        <source>No version is active yet, so everything in this draft is new: once signed by all three parties it becomes the first active contract.</source>
        <translation>Aucune version n&apos;est encore active, donc tout le contenu de ce brouillon est nouveau : une fois signé par les trois parties, il devient le premier contrat actif.</translation>
    </message>
    <message>
        <source>This is the first version; there is nothing earlier to compare it with.</source>
        <translation>Il s&apos;agit de la première version ; il n&apos;existe aucune version antérieure à laquelle la comparer.</translation>
    </message>
    <message>
        <source>What version %1 changes against the active version %2:</source>
        <translation>Ce que la version %1 modifie par rapport à la version active %2 :</translation>
    </message>
    <message>
        <source>What version %1 changed against version %2:</source>
        <translation>Ce que la version %1 a modifié par rapport à la version %2 :</translation>
    </message>
    <message>
        <source>Nothing yet: the terms are the same.</source>
        <translation>Rien pour l&apos;instant : les clauses sont identiques.</translation>
    </message>
    <message>
        <source>In the document, changed values show the active wording struck through next to the new one.</source>
        <translation>Dans le document, les valeurs modifiées affichent la formulation active barrée à côté de la nouvelle.</translation>
    </message>
    <message>
        <source>No contract version yet.</source>
        <translation>Aucune version du contrat pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Changes (%1)</source>
        <translation>Modifications (%1)</translation>
    </message>
    <message>
        <source>Signatures (%1 of 3)</source>
        <translation>Signatures (%1 sur 3)</translation>
    </message>
</context>
<context>
    <name>baton::ContractService</name>
    <message>
        <source>Sales</source>
        <translation>Ventes</translation>
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
        <translation>Cette version du contrat n&apos;existe plus ; quelqu&apos;un a peut-être abandonné le brouillon.</translation>
    </message>
    <message>
        <source>Version %1 is signed and can no longer be changed; changes go into a new draft.</source>
        <translation>La version %1 est signée et ne peut plus être modifiée ; les modifications se font dans un nouveau brouillon.</translation>
    </message>
    <message>
        <source>Version %1 has been signed by %2; withdraw the signatures before changing it, so that every party signs what they read.</source>
        <translation>La version %1 a été signée par %2 ; retirez les signatures avant de la modifier, afin que chaque partie signe ce qu&apos;elle a lu.</translation>
    </message>
    <message>
        <source>Marketing to Sales handoff contract</source>
        <translation>Contrat de transfert du Marketing vers les Ventes</translation>
    </message>
    <message>
        <source>Only an unsigned draft can be put back.</source>
        <translation>Seul un brouillon non signé peut être restauré.</translation>
    </message>
    <message>
        <source>The contract needs a title.</source>
        <translation>Le contrat doit avoir un titre.</translation>
    </message>
    <message>
        <source>This signal type already has terms in this version.</source>
        <translation>Ce type de signal a déjà des clauses dans cette version.</translation>
    </message>
    <message>
        <source>A term stays with its version and signal type; add a new term instead.</source>
        <translation>Une clause reste liée à sa version et à son type de signal ; ajoutez plutôt une nouvelle clause.</translation>
    </message>
    <message>
        <source>Only Sales, Marketing and RevOps sign the contract.</source>
        <translation>Seuls les Ventes, le Marketing et RevOps signent le contrat.</translation>
    </message>
    <message>
        <source>Type the name of the person who signs for %1.</source>
        <translation>Saisissez le nom de la personne qui signe pour %1.</translation>
    </message>
    <message>
        <source>A signature needs a time.</source>
        <translation>Une signature doit comporter une heure.</translation>
    </message>
    <message>
        <source>Version %1 is already %2; only drafts are signed.</source>
        <translation>La version %1 est déjà %2 ; seuls les brouillons sont signés.</translation>
    </message>
    <message>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <source>superseded</source>
        <translation>remplacée</translation>
    </message>
    <message>
        <source>%1 has already signed version %2 (%3).</source>
        <translation>%1 a déjà signé la version %2 (%3).</translation>
    </message>
    <message>
        <source>Version %1 has no terms yet; add the signal types it covers before signing.</source>
        <translation>La version %1 n&apos;a pas encore de clauses ; ajoutez les types de signal qu&apos;elle couvre avant de la signer.</translation>
    </message>
    <message>
        <source>Version %1 is in force or history; its signatures stay.</source>
        <translation>La version %1 est en vigueur ou dans l&apos;historique ; ses signatures sont conservées.</translation>
    </message>
    <message>
        <source>%1 has not signed version %2.</source>
        <translation>%1 n&apos;a pas signé la version %2.</translation>
    </message>
    <message>
        <source>The SLA target must be at least one business minute.</source>
        <translation>L&apos;objectif de SLA doit être d&apos;au moins une minute ouvrée.</translation>
    </message>
    <message>
        <source>The minimum fit must be one of the grades A, B, C or D.</source>
        <translation>L&apos;adéquation minimale doit être l&apos;une des notes A, B, C ou D.</translation>
    </message>
    <message>
        <source>Say who owns the follow-up (an owner role such as SDR queue or Account owner).</source>
        <translation>Indiquez qui est responsable du suivi (un rôle de responsable, par exemple File d&apos;attente SDR ou Responsable du compte).</translation>
    </message>
    <message>
        <source>Say what the owner does to follow up.</source>
        <translation>Indiquez ce que fait le responsable pour assurer le suivi.</translation>
    </message>
</context>
<context>
    <name>baton::ContractSignatures</name>
    <message>
        <source>Name of the person signing</source>
        <translation>Nom du signataire</translation>
    </message>
    <message>
        <source>Signer for %1</source>
        <translation>Signataire pour %1</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>Signer</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Take this signature back, for example to change the draft.</source>
        <translation>Retirer cette signature, par exemple pour modifier le brouillon.</translation>
    </message>
    <message>
        <source>Each party signs with a name; the time is recorded. Once anyone has signed, the draft cannot change any more (withdraw the signatures to change it). The third signature makes version %1 the active contract and keeps the previous one as history.</source>
        <translation>Chaque partie signe avec un nom ; l&apos;heure est enregistrée. Dès qu&apos;une personne a signé, le brouillon ne peut plus être modifié (retirez les signatures pour le modifier). La troisième signature fait de la version %1 le contrat actif et conserve la précédente dans l&apos;historique.</translation>
    </message>
    <message>
        <source>Version %1 was signed by all three parties. Signatures of a version in force or in history cannot be withdrawn.</source>
        <translation>La version %1 a été signée par les trois parties. Les signatures d&apos;une version en vigueur ou dans l&apos;historique ne peuvent pas être retirées.</translation>
    </message>
    <message>
        <source>Signed by %1 on %2</source>
        <translation>Signé par %1 le %2</translation>
    </message>
    <message>
        <source>Not signed yet.</source>
        <translation>Pas encore signé.</translation>
    </message>
    <message>
        <source>Not signed.</source>
        <translation>Non signé.</translation>
    </message>
</context>
<context>
    <name>baton::ContractTermEditor</name>
    <message>
        <source>Signal type to edit</source>
        <translation>Type de signal à modifier</translation>
    </message>
    <message>
        <source>New signal…</source>
        <translation>Nouveau signal…</translation>
    </message>
    <message>
        <source>Add a signal type (a buyer action that can trigger a handoff).</source>
        <translation>Ajouter un type de signal (une action de l&apos;acheteur qui peut déclencher un transfert).</translation>
    </message>
    <message>
        <source>Signal type (shared by every version)</source>
        <translation>Type de signal (commun à toutes les versions)</translation>
    </message>
    <message>
        <source>What the buyer did</source>
        <translation>Ce que l&apos;acheteur a fait</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Intent tier</source>
        <translation>Niveau d&apos;intention</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>This signal type is not covered by this version: leads with it do not qualify for handoff.</source>
        <translation>Ce type de signal n&apos;est pas couvert par cette version : les leads qui le portent ne qualifient pas pour un transfert.</translation>
    </message>
    <message>
        <source>Cover it in this version</source>
        <translation>Le couvrir dans cette version</translation>
    </message>
    <message>
        <source>%1 or better</source>
        <translation>%1 ou mieux</translation>
    </message>
    <message>
        <source>Fit grades run from A (best) to D. A lead qualifies when its fit is at least this good.</source>
        <translation>Les notes d&apos;adéquation vont de A (la meilleure) à D. Un lead qualifie lorsque son adéquation est au moins aussi bonne.</translation>
    </message>
    <message>
        <source>Fields a lead must carry to qualify.</source>
        <translation>Champs qu&apos;un lead doit comporter pour qualifier.</translation>
    </message>
    <message>
        <source>Context Sales receives with every handoff of this signal type.</source>
        <translation>Contexte que les Ventes reçoivent avec chaque transfert de ce type de signal.</translation>
    </message>
    <message>
        <source>Add a context field, e.g. budget_range</source>
        <translation>Ajouter un champ de contexte, ex. budget_range</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>The SLA target: business minutes from handoff to first touch, counted on the owner&apos;s business-hours calendar.</source>
        <translation>L&apos;objectif de SLA : minutes ouvrées entre le transfert et le premier contact, comptées selon le calendrier des heures ouvrées du responsable.</translation>
    </message>
    <message>
        <source>Minimum fit</source>
        <translation>Adéquation minimale</translation>
    </message>
    <message>
        <source>Required to qualify:</source>
        <translation>Requis pour qualifier :</translation>
    </message>
    <message>
        <source>Sales receives:</source>
        <translation>Les Ventes reçoivent :</translation>
    </message>
    <message>
        <source>Owner role</source>
        <translation>Rôle du responsable</translation>
    </message>
    <message>
        <source>Follow-up action</source>
        <translation>Action de suivi</translation>
    </message>
    <message>
        <source>First touch within</source>
        <translation>Premier contact sous</translation>
    </message>
    <message>
        <source>Remove from this version</source>
        <translation>Retirer de cette version</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Réinitialiser</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <source>of business time (%1)</source>
        <translation>de temps ouvré (%1)</translation>
    </message>
    <message>
        <source>SDR queue</source>
        <translation>File d&apos;attente SDR</translation>
    </message>
    <message>
        <source>Personal follow-up</source>
        <translation>Suivi personnalisé</translation>
    </message>
    <message>
        <source>Make changes in a draft</source>
        <translation>Modifier dans un brouillon</translation>
    </message>
    <message>
        <source>%1 (not covered)</source>
        <translation>%1 (non couvert)</translation>
    </message>
    <message>
        <source>Account owner</source>
        <translation>Responsable du compte</translation>
    </message>
    <message>
        <source>AE</source>
        <translation>AE</translation>
    </message>
    <message>
        <source>Terms in version %1</source>
        <translation>Clauses de la version %1</translation>
    </message>
    <message>
        <source>New signal type</source>
        <translation>Nouveau type de signal</translation>
    </message>
</context>
<context>
    <name>baton::CoverageAnalysis</name>
    <message>
        <source>The owner it names no longer exists.</source>
        <translation>Le responsable qu&apos;elle désigne n&apos;existe plus.</translation>
    </message>
    <message>
        <source>%1 is not working on %2.</source>
        <translation>%1 ne travaille pas le %2.</translation>
    </message>
    <message>
        <source>It assigns the account&apos;s owner, but it only matches leads without an account owner.</source>
        <translation>Elle attribue le responsable du compte, mais ne correspond qu&apos;aux leads sans responsable de compte.</translation>
    </message>
    <message>
        <source>The team it names no longer exists.</source>
        <translation>L&apos;équipe qu&apos;elle désigne n&apos;existe plus.</translation>
    </message>
    <message>
        <source>Nobody in %1 can take leads on %2 (weight, capacity or dates).</source>
        <translation>Personne dans %1 ne peut prendre de leads le %2 (pondération, capacité ou dates).</translation>
    </message>
    <message>
        <source>Nobody in %1 can take leads (weight or capacity).</source>
        <translation>Personne dans %1 ne peut prendre de leads (pondération ou capacité).</translation>
    </message>
    <message>
        <source>No signal type</source>
        <translation>Aucun type de signal</translation>
    </message>
    <message>
        <source>Outside every territory</source>
        <translation>Hors de tout territoire</translation>
    </message>
    <message>
        <source>No segment</source>
        <translation>Aucun segment</translation>
    </message>
    <message>
        <source>No industry</source>
        <translation>Aucun secteur</translation>
    </message>
    <message>
        <source>Any source</source>
        <translation>Toute source</translation>
    </message>
    <message>
        <source>Any other source</source>
        <translation>Toute autre source</translation>
    </message>
    <message>
        <source>Account owned</source>
        <translation>Compte avec responsable</translation>
    </message>
    <message>
        <source>Not account owned</source>
        <translation>Compte sans responsable</translation>
    </message>
    <message>
        <source>signal type</source>
        <translation>type de signal</translation>
    </message>
    <message>
        <source>territory</source>
        <translation>territoire</translation>
    </message>
    <message>
        <source>segment</source>
        <translation>segment</translation>
    </message>
    <message>
        <source>industry</source>
        <translation>secteur</translation>
    </message>
    <message>
        <source>source</source>
        <translation>source</translation>
    </message>
    <message>
        <source>account owner</source>
        <translation>responsable du compte</translation>
    </message>
    <message>
        <source>Scenarios taken: %1</source>
        <translation>Scénarios pris : %1</translation>
    </message>
    <message>
        <source>Shadowed: earlier rules take all its scenarios</source>
        <translation>Masquée : des règles antérieures prennent tous ses scénarios</translation>
    </message>
    <message>
        <source>Cannot assign</source>
        <translation>Attribution impossible</translation>
    </message>
    <message>
        <source>Cannot assign: %1</source>
        <translation>Attribution impossible : %1</translation>
    </message>
    <message>
        <source>Matches no scenario: a condition accepts no value defined in the workspace</source>
        <translation>Ne correspond à aucun scénario : une condition n&apos;accepte aucune valeur définie dans l&apos;espace de travail</translation>
    </message>
</context>
<context>
    <name>baton::CoverageModelEditor</name>
    <message>
        <source>%1 or more</source>
        <translation>%1 ou plus</translation>
    </message>
    <message>
        <source>up to %1</source>
        <translation>jusqu&apos;à %1</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Territoire</translation>
    </message>
    <message>
        <source>Countries and regions</source>
        <translation>Pays et régions</translation>
    </message>
    <message>
        <source>territory</source>
        <translation>un territoire</translation>
    </message>
    <message>
        <source>Territories</source>
        <translation>Territoires</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Effectif</translation>
    </message>
    <message>
        <source>Annual revenue</source>
        <translation>Chiffre d&apos;affaires annuel</translation>
    </message>
    <message>
        <source>segment</source>
        <translation>un segment</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segments</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <source>industry</source>
        <translation>un secteur</translation>
    </message>
    <message>
        <source>Industries</source>
        <translation>Secteurs</translation>
    </message>
    <message>
        <source>Team or queue</source>
        <translation>Équipe ou file d&apos;attente</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Manager</translation>
    </message>
    <message>
        <source>Members (weight)</source>
        <translation>Membres (pondération)</translation>
    </message>
    <message>
        <source>team or queue</source>
        <translation>une équipe ou file d&apos;attente</translation>
    </message>
    <message>
        <source>Teams and queues</source>
        <translation>Équipes et files d&apos;attente</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <source>Capacity a day</source>
        <translation>Capacité par jour</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Out of office</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>un responsable</translation>
    </message>
    <message>
        <source>Owners</source>
        <translation>Responsables</translation>
    </message>
    <message>
        <source>Add %1…</source>
        <translation>Ajouter %1…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>fallback queue</source>
        <translation>file de repli</translation>
    </message>
    <message>
        <source>queue</source>
        <translation>file d&apos;attente</translation>
    </message>
    <message>
        <source>team</source>
        <translation>équipe</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>depuis le %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>jusqu&apos;au %1</translation>
    </message>
    <message>
        <source>Cannot remove</source>
        <translation>Suppression impossible</translation>
    </message>
    <message>
        <source>Cannot remove %1</source>
        <translation>Impossible de supprimer %1</translation>
    </message>
    <message>
        <source>Edit territory %1</source>
        <translation>Modifier le territoire %1</translation>
    </message>
    <message>
        <source>Add territory %1</source>
        <translation>Ajouter le territoire %1</translation>
    </message>
    <message>
        <source>Remove territory %1</source>
        <translation>Supprimer le territoire %1</translation>
    </message>
    <message>
        <source>Edit segment %1</source>
        <translation>Modifier le segment %1</translation>
    </message>
    <message>
        <source>Add segment %1</source>
        <translation>Ajouter le segment %1</translation>
    </message>
    <message>
        <source>Remove segment %1</source>
        <translation>Supprimer le segment %1</translation>
    </message>
    <message>
        <source>Rename industry</source>
        <translation>Renommer le secteur</translation>
    </message>
    <message>
        <source>New industry</source>
        <translation>Nouveau secteur</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <source>There is an industry called %1 already.</source>
        <translation>Un secteur nommé %1 existe déjà.</translation>
    </message>
    <message>
        <source>Rename industry %1</source>
        <translation>Renommer le secteur %1</translation>
    </message>
    <message>
        <source>Add industry %1</source>
        <translation>Ajouter le secteur %1</translation>
    </message>
    <message>
        <source>Remove industry %1</source>
        <translation>Supprimer le secteur %1</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Ajouter %1</translation>
    </message>
    <message>
        <source>This is the fallback queue, and there must always be one. Make another queue the fallback first.</source>
        <translation>Il s&apos;agit de la file de repli, et il doit toujours y en avoir une. Faites d&apos;abord d&apos;une autre file d&apos;attente la file de repli.</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Supprimer %1</translation>
    </message>
    <message>
        <source>Edit owner %1</source>
        <translation>Modifier le responsable %1</translation>
    </message>
    <message>
        <source>Add owner %1</source>
        <translation>Ajouter le responsable %1</translation>
    </message>
    <message>
        <source>Remove owner %1</source>
        <translation>Supprimer le responsable %1</translation>
    </message>
</context>
<context>
    <name>baton::CoveragePage</name>
    <message>
        <source>Open a workspace to see whether its routing rules give every scenario an owner.</source>
        <translation>Ouvrez un espace de travail pour vérifier si ses règles de routage attribuent un responsable à chaque scénario.</translation>
    </message>
    <message>
        <source>Rule set</source>
        <translation>Jeu de règles</translation>
    </message>
    <message>
        <source>Owners&apos; active dates and absences are judged on this day.</source>
        <translation>Les dates d&apos;activité et les absences des responsables sont évaluées à ce jour.</translation>
    </message>
    <message>
        <source>Owners available on</source>
        <translation>Responsables disponibles le</translation>
    </message>
    <message>
        <source>Also leads outside every territory, segment or industry</source>
        <translation>Inclure aussi les leads hors de tout territoire, segment ou secteur</translation>
    </message>
    <message>
        <source>Rule set:</source>
        <translation>Jeu de règles :</translation>
    </message>
    <message>
        <source>Owners available on:</source>
        <translation>Responsables disponibles le :</translation>
    </message>
    <message>
        <source>Signal types</source>
        <translation>Types de signal</translation>
    </message>
    <message>
        <source>Each signal type has its own grid; the number in brackets counts its scenarios that reach only the fallback queue or no owner.</source>
        <translation>Chaque type de signal a sa propre grille ; le nombre entre parenthèses compte ses scénarios qui n&apos;atteignent que la file de repli ou aucun responsable.</translation>
    </message>
    <message>
        <source>Territory by segment grid</source>
        <translation>Grille territoire par segment</translation>
    </message>
    <message>
        <source>Click a cell to see its scenarios and the rules that take them.</source>
        <translation>Cliquez sur une cellule pour voir ses scénarios et les règles qui les prennent.</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Reaches</source>
        <translation>Aboutit à</translation>
    </message>
    <message>
        <source>Scenarios of the selected cell</source>
        <translation>Scénarios de la cellule sélectionnée</translation>
    </message>
    <message>
        <source>Open the rule</source>
        <translation>Ouvrir la règle</translation>
    </message>
    <message>
        <source>Shows the rule responsible on the Routing rules page (for a gap: the nearest rule).</source>
        <translation>Affiche la règle responsable sur la page Règles de routage (pour une lacune : la règle la plus proche).</translation>
    </message>
    <message>
        <source>Rules that never fire or overlap (double-click to open):</source>
        <translation>Règles qui ne se déclenchent jamais ou qui se chevauchent (double-cliquez pour ouvrir) :</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>What coverage analysis found</source>
        <translation>Résultat de l&apos;analyse de couverture</translation>
    </message>
    <message>
        <source>Shadowed and overlapping rules</source>
        <translation>Règles masquées et qui se chevauchent</translation>
    </message>
    <message>
        <source>&lt;b&gt;Scenario&lt;/b&gt;: one signal type × territory × segment × industry × source × whether the lead&apos;s account has an owner (sources: those the rules name, and any other). &lt;b&gt;Reaches an owner&lt;/b&gt;: the first matching rule that can assign on that day takes it. &lt;b&gt;Only the fallback&lt;/b&gt;: no rule takes it, so the fallback queue does. &lt;b&gt;No owner&lt;/b&gt;: not even the fallback queue has anyone available. &lt;b&gt;Shadowed&lt;/b&gt;: earlier rules take every scenario the rule matches (it fires only when they cannot assign). &lt;b&gt;Overlap&lt;/b&gt;: two rules match a common scenario; the earlier one wins. Capacity is not part of the analysis; Simulate shows it.</source>
        <translation>&lt;b&gt;Scénario&lt;/b&gt; : une combinaison type de signal × territoire × segment × secteur × source × présence d&apos;un responsable sur le compte du lead (sources : celles que les règles nomment, et toute autre). &lt;b&gt;Atteint un responsable&lt;/b&gt; : la première règle correspondante capable d&apos;attribuer ce jour-là le prend. &lt;b&gt;Seulement la file de repli&lt;/b&gt; : aucune règle ne le prend, c&apos;est donc la file de repli qui le prend. &lt;b&gt;Aucun responsable&lt;/b&gt; : même la file de repli n&apos;a personne de disponible. &lt;b&gt;Masquée&lt;/b&gt; : des règles antérieures prennent tous les scénarios auxquels la règle correspond (elle ne se déclenche que lorsqu&apos;elles ne peuvent pas attribuer). &lt;b&gt;Chevauchement&lt;/b&gt; : deux règles correspondent à un scénario commun ; la première l&apos;emporte. La capacité ne fait pas partie de l&apos;analyse ; la simulation la montre.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; scenarios: &lt;b&gt;%2&lt;/b&gt; reach an owner through a rule, &lt;b&gt;%3&lt;/b&gt; reach only the fallback queue%4, &lt;b&gt;%5&lt;/b&gt; reach no owner. %6</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; scénarios : &lt;b&gt;%2&lt;/b&gt; atteignent un responsable via une règle, &lt;b&gt;%3&lt;/b&gt; n&apos;atteignent que la file de repli%4, &lt;b&gt;%5&lt;/b&gt; n&apos;atteignent aucun responsable. %6</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>Every scenario has an owner.</source>
        <translation>Chaque scénario a un responsable.</translation>
    </message>
    <message>
        <source>The highlighted cells are the gaps.</source>
        <translation>Les cellules en surbrillance sont les lacunes.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 of %2 reach no owner</source>
        <translation>%1 sur %2 sans responsable</translation>
    </message>
    <message>
        <source>%1 of %2 only the fallback</source>
        <translation>%1 sur %2 seulement en repli</translation>
    </message>
    <message>
        <source>✓ %1 covered</source>
        <translation>✓ %1 couverts</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>only the fallback queue: %1</source>
        <translation>seulement la file de repli : %1</translation>
    </message>
    <message>
        <source>no owner: %1</source>
        <translation>aucun responsable : %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; × &lt;b&gt;%2&lt;/b&gt; × &lt;b&gt;%3&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&#xa0;× &lt;b&gt;%2&lt;/b&gt;&#xa0;× &lt;b&gt;%3&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>No owner</source>
        <translation>Aucun responsable</translation>
    </message>
    <message>
        <source>Only the fallback queue</source>
        <translation>Seulement la file de repli</translation>
    </message>
    <message>
        <source> (rule %1)</source>
        <translation> (règle %1)</translation>
    </message>
    <message>
        <source> · nearest rule: %1 (differs in: %2)</source>
        <translation> · règle la plus proche : %1 (diffère sur : %2)</translation>
    </message>
    <message>
        <source>has an owner</source>
        <translation>avec responsable</translation>
    </message>
    <message>
        <source>no owner</source>
        <translation>sans responsable</translation>
    </message>
    <message>
        <source>Overlaps &quot;%1&quot; (scenarios both match: %2); the earlier rule wins there</source>
        <translation>Chevauche « %1 » (scénarios communs : %2) ; la règle antérieure l&apos;emporte</translation>
    </message>
    <message>
        <source>Every rule</source>
        <translation>Chaque règle</translation>
    </message>
    <message>
        <source>fires for some scenario, and no two rules overlap</source>
        <translation>se déclenche pour au moins un scénario, et aucune règle n&apos;en chevauche une autre</translation>
    </message>
</context>
<context>
    <name>baton::CoverageUsage</name>
    <message>
        <source>handoffs: %1</source>
        <translation>transferts : %1</translation>
    </message>
    <message>
        <source>accounts: %1</source>
        <translation>comptes : %1</translation>
    </message>
    <message>
        <source>routing rules: %1</source>
        <translation>règles de routage : %1</translation>
    </message>
    <message>
        <source>owners: %1</source>
        <translation>responsables : %1</translation>
    </message>
    <message>
        <source>routing rules naming it: %1</source>
        <translation>règles de routage qui le nomment : %1</translation>
    </message>
    <message>
        <source>This owner is still referred to (%1). Set their last working day instead, so that history keeps its owner and routing stops giving them leads.</source>
        <translation>Ce responsable est encore référencé (%1). Définissez plutôt son dernier jour de travail, afin que l&apos;historique conserve son responsable et que le routage cesse de lui attribuer des leads.</translation>
    </message>
    <message>
        <source>It is still referred to (%1). Change or remove those first.</source>
        <translation>Il est encore référencé (%1). Modifiez ou supprimez d&apos;abord ces éléments.</translation>
    </message>
</context>
<context>
    <name>baton::CsvReader</name>
    <message>
        <source>Reading the file failed: %1</source>
        <translation>La lecture du fichier a échoué : %1</translation>
    </message>
    <message>
        <source>The file is UTF-16 text. Save it as UTF-8 CSV (in Excel: CSV UTF-8) and import that.</source>
        <translation>Le fichier est un texte UTF-16. Enregistrez-le au format CSV UTF-8 (dans Excel : CSV UTF-8) et importez celui-ci.</translation>
    </message>
    <message>
        <source>The record that starts on line %1 is larger than %2 MB; a quote is probably never closed. Check the file around that line.</source>
        <translation>L&apos;enregistrement qui commence à la ligne %1 dépasse %2 Mo ; un guillemet n&apos;est probablement jamais fermé. Vérifiez le fichier autour de cette ligne.</translation>
    </message>
</context>
<context>
    <name>baton::DashboardPage</name>
    <message>
        <source>Open a workspace to see its KPIs: acceptance, conversion, velocity, yield, SLA compliance and where handoffs leak.</source>
        <translation>Ouvrez un espace de travail pour voir ses KPI : acceptation, conversion, vélocité, rendement, respect du SLA et points de fuite des transferts.</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Vue d&apos;ensemble</translation>
    </message>
    <message>
        <source>Breakdowns</source>
        <translation>Ventilations</translation>
    </message>
    <message>
        <source>Rejections</source>
        <translation>Rejets</translation>
    </message>
    <message>
        <source>Definitions</source>
        <translation>Définitions</translation>
    </message>
    <message>
        <source>rejected: %1</source>
        <translation>rejetés : %1</translation>
    </message>
    <message>
        <source>KPIs by</source>
        <translation>KPI par</translation>
    </message>
    <message>
        <source>Dimension of the KPI table</source>
        <translation>Dimension du tableau des KPI</translation>
    </message>
    <message>
        <source>KPIs</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Rejection reasons by</source>
        <translation>Motifs de rejet par</translation>
    </message>
    <message>
        <source>Dimension of the rejection breakdown</source>
        <translation>Dimension de la ventilation des rejets</translation>
    </message>
    <message>
        <source>What the numbers mean</source>
        <translation>Signification des chiffres</translation>
    </message>
    <message>
        <source>Definitions of the KPIs</source>
        <translation>Définitions des KPI</translation>
    </message>
    <message>
        <source>All handoffs</source>
        <translation>Tous les transferts</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 handoffs · computed in %2 ms (%3), shown in %4 ms · data as of %5</source>
        <translation>%1 transferts · calculés en %2 ms (%3), affichés en %4 ms · données au %5</translation>
    </message>
    <message>
        <source>from the KPI cubes</source>
        <translation>à partir des cubes KPI</translation>
    </message>
    <message>
        <source>from the handoffs</source>
        <translation>à partir des transferts</translation>
    </message>
</context>
<context>
    <name>baton::DataStandardPage</name>
    <message>
        <source>No workspace open</source>
        <translation>Aucun espace de travail ouvert</translation>
    </message>
    <message>
        <source>Open a workspace to set the data standard: required fields per stage, UTM conventions, identity rules and how leads are matched to accounts.</source>
        <translation>Ouvrez un espace de travail pour définir la norme de données : champs requis par étape, conventions UTM, règles d&apos;identité et rapprochement des leads avec les comptes.</translation>
    </message>
    <message>
        <source>Required per stage</source>
        <translation>Requis par étape</translation>
    </message>
    <message>
        <source>Campaign and UTM conventions</source>
        <translation>Conventions de campagne et UTM</translation>
    </message>
    <message>
        <source>Identity rules</source>
        <translation>Règles d&apos;identité</translation>
    </message>
    <message>
        <source>Account matching</source>
        <translation>Rapprochement des comptes</translation>
    </message>
</context>
<context>
    <name>baton::EntityCommand</name>
    <message>
        <source>This item (%1) was changed by someone else since you edited it; it was left as it is.</source>
        <translation>Cet élément (%1) a été modifié par quelqu&apos;un d&apos;autre depuis que vous l&apos;avez modifié ; il a été laissé tel quel.</translation>
    </message>
</context>
<context>
    <name>baton::Generator</name>
    <message>
        <source>The demo generator&apos;s inputs are missing from this build.</source>
        <translation>Les données d&apos;entrée du générateur de démonstration sont absentes de cette version.</translation>
    </message>
    <message>
        <source>Reading the default rejection reasons failed.</source>
        <translation>La lecture des motifs de rejet par défaut a échoué.</translation>
    </message>
    <message>
        <source>Public holiday</source>
        <translation>Jour férié</translation>
    </message>
    <message>
        <source>Vacation</source>
        <translation>Congés</translation>
    </message>
    <message>
        <source>Proposed: faster follow-up on pricing-page visits, event name required for event scans, content downloads need fit B.</source>
        <translation>Proposé : suivi plus rapide des visites de la page des tarifs, nom de l&apos;événement requis pour les scans en événement, note d&apos;adéquation B requise pour les téléchargements de contenu.</translation>
    </message>
    <message>
        <source>EMEA SDR response times are reviewed weekly until compliance is back above 80%.</source>
        <translation>Les temps de réponse des SDR EMEA sont examinés chaque semaine jusqu&apos;à ce que le respect du SLA repasse au-dessus de 80 %.</translation>
    </message>
    <message>
        <source>Review EMEA SDR staffing against the SLA</source>
        <translation>Revoir les effectifs SDR EMEA au regard du SLA</translation>
    </message>
    <message>
        <source>APAC Enterprise leads need an owner; RevOps proposes a rule.</source>
        <translation>Les leads APAC Enterprise ont besoin d&apos;un responsable ; RevOps propose une règle.</translation>
    </message>
    <message>
        <source>Add a routing rule for APAC Enterprise</source>
        <translation>Ajouter une règle de routage pour APAC Enterprise</translation>
    </message>
    <message>
        <source>Marketing reviews the targeting of the AI-trends ebook campaign.</source>
        <translation>Le Marketing revoit le ciblage de la campagne de l&apos;ebook sur les tendances de l&apos;IA.</translation>
    </message>
    <message>
        <source>Tighten the ebook-ai-trends-2026 audience</source>
        <translation>Resserrer l&apos;audience de ebook-ai-trends-2026</translation>
    </message>
    <message>
        <source>Accounts of people who left are reassigned within a week.</source>
        <translation>Les comptes des personnes parties sont réattribués sous une semaine.</translation>
    </message>
    <message>
        <source>Reassign Marco Rossi&apos;s accounts</source>
        <translation>Réattribuer les comptes de Marco Rossi</translation>
    </message>
    <message>
        <source>Weekly Marketing and Sales handoff review.</source>
        <translation>Revue hebdomadaire des transferts entre Marketing et Ventes.</translation>
    </message>
    <message>
        <source>Self-assessment at the quarterly review.</source>
        <translation>Auto-évaluation lors de la revue trimestrielle.</translation>
    </message>
    <message>
        <source>Generating the demo workspace was cancelled.</source>
        <translation>La génération de l&apos;espace de travail de démonstration a été annulée.</translation>
    </message>
    <message>
        <source>%1 (%2 seats)</source>
        <translation>%1 (%2 postes)</translation>
    </message>
    <message>
        <source>The number of weeks must be between 1 and 520.</source>
        <translation>Le nombre de semaines doit être compris entre 1 et 520.</translation>
    </message>
    <message>
        <source>The number of handoffs cannot be negative.</source>
        <translation>Le nombre de transferts ne peut pas être négatif.</translation>
    </message>
</context>
<context>
    <name>baton::GovernanceMeetings</name>
    <message>
        <source>Open</source>
        <translation>Ouverte</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Abandonnée</translation>
    </message>
</context>
<context>
    <name>baton::HandoffFields</name>
    <message>
        <source>Lead id</source>
        <translation>ID du lead</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Contact name</source>
        <translation>Nom du contact</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Signal type</source>
        <translation>Type de signal</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <source>UTM source</source>
        <translation>Source UTM</translation>
    </message>
    <message>
        <source>UTM medium</source>
        <translation>Support UTM</translation>
    </message>
    <message>
        <source>UTM campaign</source>
        <translation>Campagne UTM</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Region or state</source>
        <translation>Région ou État</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Effectif</translation>
    </message>
    <message>
        <source>Annual revenue</source>
        <translation>Chiffre d&apos;affaires annuel</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Territoire</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <source>Fit grade</source>
        <translation>Note d&apos;adéquation</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>Rejection reason</source>
        <translation>Motif de rejet</translation>
    </message>
    <message>
        <source>Opportunity id</source>
        <translation>ID de l&apos;opportunité</translation>
    </message>
    <message>
        <source>Opportunity amount</source>
        <translation>Montant de l&apos;opportunité</translation>
    </message>
    <message>
        <source>Won amount</source>
        <translation>Montant gagné</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé le</translation>
    </message>
    <message>
        <source>Handed off</source>
        <translation>Transféré le</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Attribué le</translation>
    </message>
    <message>
        <source>First touch</source>
        <translation>Premier contact</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepté le</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejeté le</translation>
    </message>
    <message>
        <source>Opportunity created</source>
        <translation>Opportunité créée le</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clôturé le</translation>
    </message>
</context>
<context>
    <name>baton::HandoffImport</name>
    <message>
        <source>Handoffs without an owner cannot be routed: %1</source>
        <translation>Les transferts sans responsable ne peuvent pas être routés : %1</translation>
    </message>
    <message>
        <source>%1 is empty, so there is no handoff to update.</source>
        <translation>%1 est vide, il n&apos;y a donc aucun transfert à mettre à jour.</translation>
    </message>
    <message>
        <source>No handoff has %1 &quot;%2&quot; to update (import the file that creates it first).</source>
        <translation>Aucun transfert avec %1 « %2 » à mettre à jour (importez d&apos;abord le fichier qui le crée).</translation>
    </message>
    <message>
        <source>Handed off is missing: a handoff needs the time it was handed to Sales.</source>
        <translation>« Transféré le » manquant : un transfert doit indiquer le moment où il a été transmis aux Ventes.</translation>
    </message>
    <message>
        <source>Repeats handoff %1 by the identity rule &quot;%2&quot; (the mapping keeps duplicates aside).</source>
        <translation>Répète le transfert %1 selon la règle d&apos;identité « %2 » (la correspondance met les doublons de côté).</translation>
    </message>
    <message>
        <source>handoff %1 (%2)</source>
        <translation>transfert %1 (%2)</translation>
    </message>
    <message>
        <source>  (implied)</source>
        <translation>  (déduit)</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semaine</translation>
    </message>
    <message>
        <source>Routed by</source>
        <translation>Routé par</translation>
    </message>
    <message>
        <source>fallback queue</source>
        <translation>file de repli</translation>
    </message>
    <message>
        <source>SLA due</source>
        <translation>Échéance SLA</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Contexte</translation>
    </message>
</context>
<context>
    <name>baton::HandoffTableModel</name>
    <message>
        <source>#%1</source>
        <translation>n°%1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>(unassigned)</source>
        <translation>(non attribué)</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>no policy</source>
        <translation>aucune politique</translation>
    </message>
    <message>
        <source>met</source>
        <translation>respecté</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>manqué</translation>
    </message>
    <message>
        <source>untouched</source>
        <translation>sans contact</translation>
    </message>
    <message>
        <source>(no reason)</source>
        <translation>(aucun motif)</translation>
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
        <translation>Transféré le</translation>
    </message>
    <message>
        <source>Signal</source>
        <translation>Signal</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Territoire</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Adéquation</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>First touch (business time)</source>
        <translation>Premier contact (temps ouvré)</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <source>Rejection reason</source>
        <translation>Motif de rejet</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
</context>
<context>
    <name>baton::HandoffView</name>
    <message>
        <source>Search lead, email, contact or company</source>
        <translation>Rechercher un lead, un e-mail, un contact ou une entreprise</translation>
    </message>
    <message>
        <source>Search handoffs</source>
        <translation>Rechercher des transferts</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>Export these handoffs as CSV</source>
        <translation>Exporter ces transferts en CSV</translation>
    </message>
    <message>
        <source>Handoffs</source>
        <translation>Transferts</translation>
    </message>
    <message>
        <source>All handoffs</source>
        <translation>Tous les transferts</translation>
    </message>
    <message>
        <source>%1 — %2 handoffs</source>
        <translation>%1 — %2 transferts</translation>
    </message>
    <message>
        <source>Export Handoffs</source>
        <translation>Exporter les transferts</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>baton::HistoryPage</name>
    <message>
        <source>Added</source>
        <translation>Ajouté</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Supprimé</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1 : %2 → %3</translation>
    </message>
    <message>
        <source>No workspace open</source>
        <translation>Aucun espace de travail ouvert</translation>
    </message>
    <message>
        <source>Open a workspace to see every change made to its configuration: who changed what, when, and how.</source>
        <translation>Ouvrez un espace de travail pour voir chaque modification apportée à sa configuration : qui a modifié quoi, quand et comment.</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>What kind of thing changed</source>
        <translation>Type d&apos;élément modifié</translation>
    </message>
    <message>
        <source>Search who, which field, old or new value</source>
        <translation>Rechercher un auteur, un champ, une ancienne ou une nouvelle valeur</translation>
    </message>
    <message>
        <source>Search the history</source>
        <translation>Rechercher dans l&apos;historique</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Which</source>
        <translation>Lequel</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Configuration changes, newest first</source>
        <translation>Modifications de configuration, les plus récentes d&apos;abord</translation>
    </message>
    <message>
        <source>Every change (%1)</source>
        <translation>Toutes les modifications (%1)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 changes</source>
        <translation>%1 modifications</translation>
    </message>
    <message>
        <source>Show %1 more (%2 of %3 shown)</source>
        <translation>Afficher %1 de plus (%2 sur %3 affichées)</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivé</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
</context>
<context>
    <name>baton::IdentityRulesTab</name>
    <message>
        <source>Which fields make two records the same lead. A rule applies when all its fields have a value; values are compared without case and surrounding spaces. The first record is the original; a later one with the same values under any enabled rule is a duplicate (recycled leads that come back on purpose are not). Fields are handoff fields such as email, contact_name, company, or context fields such as phone.</source>
        <translation>Les champs qui font de deux enregistrements le même lead. Une règle s&apos;applique lorsque tous ses champs ont une valeur ; les valeurs sont comparées sans tenir compte de la casse ni des espaces en début et en fin. Le premier enregistrement est l&apos;original ; un enregistrement ultérieur ayant les mêmes valeurs selon une règle activée est un doublon (sauf les leads recyclés qui reviennent volontairement). Les champs sont des champs de transfert comme email, contact_name, company, ou des champs de contexte comme phone.</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Ordre</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>Fields (comma-separated)</source>
        <translation>Champs (séparés par des virgules)</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Activée</translation>
    </message>
    <message>
        <source>Add rule</source>
        <translation>Ajouter une règle</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Same phone number</source>
        <translation>Même numéro de téléphone</translation>
    </message>
    <message>
        <source>Add an identity rule</source>
        <translation>Ajouter une règle d&apos;identité</translation>
    </message>
    <message>
        <source>Remove the identity rule %1</source>
        <translation>Supprimer la règle d&apos;identité %1</translation>
    </message>
    <message>
        <source>Same %1</source>
        <translation>Même %1</translation>
    </message>
    <message>
        <source>on</source>
        <translation>activée</translation>
    </message>
    <message>
        <source>off</source>
        <translation>désactivée</translation>
    </message>
    <message>
        <source>An identity rule needs a name and at least one field.</source>
        <translation>Une règle d&apos;identité doit avoir un nom et au moins un champ.</translation>
    </message>
    <message>
        <source>Edit the identity rule %1</source>
        <translation>Modifier la règle d&apos;identité %1</translation>
    </message>
    <message>
        <source>Re-order the identity rules</source>
        <translation>Réordonner les règles d&apos;identité</translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>Déplacer %1</translation>
    </message>
</context>
<context>
    <name>baton::ImportDialog</name>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> et %n autre</numerusform>
            <numerusform> et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>Import CSV</source>
        <translation>Importer un CSV</translation>
    </message>
    <message>
        <source>A CSV export of leads, contacts, deals, accounts or users</source>
        <translation>Un export CSV de leads, contacts, affaires, comptes ou utilisateurs</translation>
    </message>
    <message>
        <source>The CSV file to import</source>
        <translation>Le fichier CSV à importer</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier :</translation>
    </message>
    <message>
        <source>&amp;Into:</source>
        <translation>&amp;Dans :</translation>
    </message>
    <message>
        <source>The mapping: which column feeds which field</source>
        <translation>La correspondance : quelle colonne alimente quel champ</translation>
    </message>
    <message>
        <source>Mapping File…</source>
        <translation>Fichier de correspondance…</translation>
    </message>
    <message>
        <source>Use a mapping.json file (the format is in README.md, “Import mappings”)</source>
        <translation>Utiliser un fichier mapping.json (le format est décrit dans README.md, « Import mappings »)</translation>
    </message>
    <message>
        <source>&amp;Mapping:</source>
        <translation>&amp;Correspondance :</translation>
    </message>
    <message>
        <source>The first records as they would be stored</source>
        <translation>Les premiers enregistrements tels qu&apos;ils seraient stockés</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>What the import did</source>
        <translation>Ce qu&apos;a fait l&apos;import</translation>
    </message>
    <message>
        <source>&amp;View Kept-Aside Rows</source>
        <translation>&amp;Voir les lignes mises de côté</translation>
    </message>
    <message>
        <source>Import a CSV export</source>
        <translation>Importer un export CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Fichiers CSV (*.csv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Use a mapping file</source>
        <translation>Utiliser un fichier de correspondance</translation>
    </message>
    <message>
        <source>Mappings (*.json)</source>
        <translation>Correspondances (*.json)</translation>
    </message>
    <message>
        <source>Open a workspace first: an import adds to it.</source>
        <translation>Ouvrez d&apos;abord un espace de travail : un import y ajoute des données.</translation>
    </message>
    <message>
        <source>Recognised: “%1” (%2). The file&apos;s header has every column it looks for.</source>
        <translation>Reconnu : « %1 » (%2). L&apos;en-tête du fichier contient toutes les colonnes recherchées.</translation>
    </message>
    <message>
        <source>preset</source>
        <translation>modèle prédéfini</translation>
    </message>
    <message>
        <source>saved mapping</source>
        <translation>correspondance enregistrée</translation>
    </message>
    <message>
        <source>Baton does not recognise this file&apos;s columns as a known export.</source>
        <translation>Baton ne reconnaît pas les colonnes de ce fichier comme un export connu.</translation>
    </message>
    <message>
        <source>%1: %2 of its %3 columns</source>
        <translation>%1 : %2 de ses %3 colonnes</translation>
    </message>
    <message>
        <source>, lacks %1</source>
        <translation>, il manque %1</translation>
    </message>
    <message>
        <source>Closest: %1.</source>
        <translation>La plus proche : %1.</translation>
    </message>
    <message>
        <source>Columns no mapping places: %1.</source>
        <translation>Colonnes qu&apos;aucune correspondance ne place : %1.</translation>
    </message>
    <message>
        <source>Choose a mapping below, or a mapping file.</source>
        <translation>Choisissez une correspondance ci-dessous, ou un fichier de correspondance.</translation>
    </message>
    <message>
        <source>%1 (file %2)</source>
        <translation>%1 (fichier %2)</translation>
    </message>
    <message>
        <source>%1 (saved mapping)</source>
        <translation>%1 (correspondance enregistrée)</translation>
    </message>
    <message>
        <source>%1 (preset)</source>
        <translation>%1 (modèle prédéfini)</translation>
    </message>
    <message>
        <source> — recognised</source>
        <translation> — reconnu</translation>
    </message>
    <message>
        <source>Choose a file first</source>
        <translation>Choisissez d&apos;abord un fichier</translation>
    </message>
    <message>
        <source>Choose a mapping</source>
        <translation>Choisissez une correspondance</translation>
    </message>
    <message>
        <source>Choose a CSV file. Baton recognises Salesforce and HubSpot exports and the sample datasets by their header row.</source>
        <translation>Choisissez un fichier CSV. Baton reconnaît les exports Salesforce et HubSpot ainsi que les jeux de données d&apos;exemple grâce à leur ligne d&apos;en-tête.</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Would create</source>
        <translation>Créerait</translation>
    </message>
    <message>
        <source>new: a new row; updates …: the row with the same key is updated; anything else: why the record would be kept aside</source>
        <translation>nouveau : une nouvelle ligne ; met à jour … : la ligne ayant la même clé est mise à jour ; autre chose : la raison pour laquelle l&apos;enregistrement serait mis de côté</translation>
    </message>
    <message>
        <source>kept aside: %1</source>
        <translation>mis de côté : %1</translation>
    </message>
    <message>
        <source>%1
As written in the file: this record would not be stored.</source>
        <translation>%1
Tel qu&apos;écrit dans le fichier : cet enregistrement ne serait pas stocké.</translation>
    </message>
    <message>
        <source>%1
In the file: %2</source>
        <translation>%1
Dans le fichier : %2</translation>
    </message>
    <message numerus="yes">
        <source>The first %n records as they would be stored; nothing is written until you import. Dates show how they were read.</source>
        <translation>
            <numerusform>Le premier enregistrement (%n) tel qu&apos;il serait stocké ; rien n&apos;est écrit tant que vous n&apos;importez pas. Les dates montrent comment elles ont été lues.</numerusform>
            <numerusform>Les %n premiers enregistrements tels qu&apos;ils seraient stockés ; rien n&apos;est écrit tant que vous n&apos;importez pas. Les dates montrent comment elles ont été lues.</numerusform>
        </translation>
    </message>
    <message>
        <source>Columns the mapping reads that the file lacks: %1.</source>
        <translation>Colonnes lues par la correspondance mais absentes du fichier : %1.</translation>
    </message>
    <message>
        <source>Columns no rule reads: %1.</source>
        <translation>Colonnes qu&apos;aucune règle ne lit : %1.</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Import de %1…</translation>
    </message>
    <message>
        <source>The import was cancelled; the workspace is as it was.</source>
        <translation>L&apos;import a été annulé ; l&apos;espace de travail est inchangé.</translation>
    </message>
    <message>
        <source>The import failed and changed nothing: %1</source>
        <translation>L&apos;import a échoué et n&apos;a rien modifié : %1</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Lus</translation>
    </message>
    <message>
        <source>Imported as new</source>
        <translation>Importés comme nouveaux</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mis à jour</translation>
    </message>
    <message>
        <source>Kept aside</source>
        <translation>Mis de côté</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Doublons</translation>
    </message>
    <message numerus="yes">
        <source>%n records were kept aside, each with its line number and the reason; they are on the Import page and export as CSV.</source>
        <translation>
            <numerusform>%n enregistrement a été mis de côté, avec son numéro de ligne et la raison ; il figure sur la page Import et s&apos;exporte en CSV.</numerusform>
            <numerusform>%n enregistrements ont été mis de côté, chacun avec son numéro de ligne et la raison ; ils figurent sur la page Import et s&apos;exportent en CSV.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every record was stored; nothing was kept aside.</source>
        <translation>Tous les enregistrements ont été stockés ; rien n&apos;a été mis de côté.</translation>
    </message>
    <message>
        <source>Imported %1 with “%2” · %3</source>
        <translation>%1 importé avec « %2 » · %3</translation>
    </message>
</context>
<context>
    <name>baton::ImportFields</name>
    <message>
        <source>Lead id</source>
        <translation>ID du lead</translation>
    </message>
    <message>
        <source>Opportunity id</source>
        <translation>ID de l&apos;opportunité</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Contact name</source>
        <translation>Nom du contact</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Account (CRM id or name)</source>
        <translation>Compte (ID CRM ou nom)</translation>
    </message>
    <message>
        <source>Signal type</source>
        <translation>Type de signal</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <source>UTM source</source>
        <translation>Source UTM</translation>
    </message>
    <message>
        <source>UTM medium</source>
        <translation>Support UTM</translation>
    </message>
    <message>
        <source>UTM campaign</source>
        <translation>Campagne UTM</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>State or region</source>
        <translation>État ou région</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Effectif</translation>
    </message>
    <message>
        <source>Annual revenue</source>
        <translation>Chiffre d&apos;affaires annuel</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Territoire</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <source>Fit grade</source>
        <translation>Note d&apos;adéquation</translation>
    </message>
    <message>
        <source>Lifecycle stage</source>
        <translation>Étape du cycle de vie</translation>
    </message>
    <message>
        <source>Owner (name or email)</source>
        <translation>Responsable (nom ou e-mail)</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Rejection reason</source>
        <translation>Motif de rejet</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé le</translation>
    </message>
    <message>
        <source>Handed off</source>
        <translation>Transféré le</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Attribué le</translation>
    </message>
    <message>
        <source>First touch</source>
        <translation>Premier contact</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepté le</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejeté le</translation>
    </message>
    <message>
        <source>Opportunity created</source>
        <translation>Opportunité créée le</translation>
    </message>
    <message>
        <source>Closed (won or lost)</source>
        <translation>Clôturée (gagnée ou perdue) le</translation>
    </message>
    <message>
        <source>Opportunity amount</source>
        <translation>Montant de l&apos;opportunité</translation>
    </message>
    <message>
        <source>Won amount</source>
        <translation>Montant gagné</translation>
    </message>
    <message>
        <source>Deal amount (opportunity; won when won)</source>
        <translation>Montant de l&apos;affaire (opportunité ; gagné si gagnée)</translation>
    </message>
    <message>
        <source>Account id in the CRM</source>
        <translation>ID du compte dans le CRM</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>Nom du compte</translation>
    </message>
    <message>
        <source>Web domain</source>
        <translation>Domaine web</translation>
    </message>
    <message>
        <source>Account owner (name or email)</source>
        <translation>Responsable du compte (nom ou e-mail)</translation>
    </message>
    <message>
        <source>Account team</source>
        <translation>Équipe du compte</translation>
    </message>
    <message>
        <source>Parent account (CRM id or name)</source>
        <translation>Compte parent (ID CRM ou nom)</translation>
    </message>
    <message>
        <source>Owner name</source>
        <translation>Nom du responsable</translation>
    </message>
    <message>
        <source>Role (SDR, AE, ...)</source>
        <translation>Rôle (SDR, AE, ...)</translation>
    </message>
    <message>
        <source>Team manager</source>
        <translation>Manager de l&apos;équipe</translation>
    </message>
    <message>
        <source>Time zone (IANA id)</source>
        <translation>Fuseau horaire (ID IANA)</translation>
    </message>
    <message>
        <source>Capacity per day</source>
        <translation>Capacité par jour</translation>
    </message>
    <message>
        <source>Active from</source>
        <translation>Actif à partir du</translation>
    </message>
    <message>
        <source>Active until</source>
        <translation>Actif jusqu&apos;au</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Contexte</translation>
    </message>
    <message>
        <source>Handoffs</source>
        <translation>Transferts</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Comptes</translation>
    </message>
    <message>
        <source>Owners</source>
        <translation>Responsables</translation>
    </message>
    <message>
        <source>Context: %1</source>
        <translation>Contexte : %1</translation>
    </message>
</context>
<context>
    <name>baton::ImportHistory</name>
    <message>
        <source>Import %1 does not exist.</source>
        <translation>L&apos;import %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>line</source>
        <translation>ligne</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>motif</translation>
    </message>
    <message>
        <source>Writing %1 failed: %2</source>
        <translation>L&apos;écriture de %1 a échoué : %2</translation>
    </message>
</context>
<context>
    <name>baton::ImportPage</name>
    <message>
        <source>No workspace open</source>
        <translation>Aucun espace de travail ouvert</translation>
    </message>
    <message>
        <source>Open or create a workspace, then import a CRM&apos;s CSV export into it: handoffs, accounts or owners.</source>
        <translation>Ouvrez ou créez un espace de travail, puis importez-y l&apos;export CSV d&apos;un CRM : transferts, comptes ou responsables.</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>Importer un CSV…</translation>
    </message>
    <message>
        <source>Import a CRM&apos;s CSV export: handoffs, accounts or owners</source>
        <translation>Importer l&apos;export CSV d&apos;un CRM : transferts, comptes ou responsables</translation>
    </message>
    <message>
        <source>No imports yet</source>
        <translation>Aucun import pour l&apos;instant</translation>
    </message>
    <message>
        <source>Import CSV… reads a CRM export with a preset (Salesforce, HubSpot, the sample datasets), a saved mapping or a mapping file. Each import is listed here with its counts and the rows it kept aside.</source>
        <translation>Importer un CSV… lit l&apos;export d&apos;un CRM avec un modèle prédéfini (Salesforce, HubSpot, les jeux de données d&apos;exemple), une correspondance enregistrée ou un fichier de correspondance. Chaque import est listé ici avec ses totaux et les lignes qu&apos;il a mises de côté.</translation>
    </message>
    <message>
        <source>Imports, newest first</source>
        <translation>Imports, les plus récents d&apos;abord</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Démarré</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Mapping</source>
        <translation>Correspondance</translation>
    </message>
    <message>
        <source>Into</source>
        <translation>Dans</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Lus</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouveaux</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mis à jour</translation>
    </message>
    <message>
        <source>Kept aside</source>
        <translation>Mis de côté</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Doublons</translation>
    </message>
    <message>
        <source>Filter by reason or by any text of the record</source>
        <translation>Filtrer par motif ou par n&apos;importe quel texte de l&apos;enregistrement</translation>
    </message>
    <message>
        <source>Filter the kept-aside rows</source>
        <translation>Filtrer les lignes mises de côté</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>Write the rows shown to a CSV file: line, reason and the record&apos;s own columns, ready to fix in a spreadsheet and import again</source>
        <translation>Écrire les lignes affichées dans un fichier CSV : ligne, motif et colonnes propres à l&apos;enregistrement, prêtes à être corrigées dans un tableur puis réimportées</translation>
    </message>
    <message>
        <source>Rows kept aside: line, reason and the record</source>
        <translation>Lignes mises de côté : ligne, motif et enregistrement</translation>
    </message>
    <message>
        <source>Rows kept aside by the import of %1 (%2)</source>
        <translation>Lignes mises de côté par l&apos;import de %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was kept aside: every one of the %Ln records this import read was stored.</source>
        <translation>
            <numerusform>Rien n&apos;a été mis de côté : l&apos;enregistrement (%Ln) lu par cet import a été stocké.</numerusform>
            <numerusform>Rien n&apos;a été mis de côté : les %Ln enregistrements lus par cet import ont tous été stockés.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation>%1 lignes</translation>
    </message>
    <message>
        <source>%1 of %2 rows</source>
        <translation>%1 lignes sur %2</translation>
    </message>
    <message>
        <source>Choose an import first.</source>
        <translation>Choisissez d&apos;abord un import.</translation>
    </message>
    <message>
        <source>line</source>
        <translation>ligne</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>motif</translation>
    </message>
    <message>
        <source>Writing %1 failed: %2</source>
        <translation>L&apos;écriture de %1 a échoué : %2</translation>
    </message>
    <message>
        <source>kept-aside-%1.csv</source>
        <translation>kept-aside-%1.csv</translation>
    </message>
    <message>
        <source>Export the kept-aside rows</source>
        <translation>Exporter les lignes mises de côté</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Échec de l&apos;export</translation>
    </message>
</context>
<context>
    <name>baton::ImportPresets</name>
    <message>
        <source>%1 (%2 of %3 columns; missing %4)</source>
        <translation>%1 (%2 colonnes sur %3 ; il manque %4)</translation>
    </message>
    <message>
        <source>Baton does not recognise this file&apos;s columns as a known export.</source>
        <translation>Baton ne reconnaît pas les colonnes de ce fichier comme un export connu.</translation>
    </message>
    <message>
        <source>Closest: %1.</source>
        <translation>La plus proche : %1.</translation>
    </message>
    <message>
        <source>No preset or saved mapping shares a column with it.</source>
        <translation>Aucun modèle prédéfini ni aucune correspondance enregistrée n&apos;a de colonne en commun avec lui.</translation>
    </message>
    <message>
        <source>Columns no mapping places: %1.</source>
        <translation>Colonnes qu&apos;aucune correspondance ne place : %1.</translation>
    </message>
    <message>
        <source>Choose a mapping (a saved one, a preset, or a mapping.json file).</source>
        <translation>Choisissez une correspondance (une correspondance enregistrée, un modèle prédéfini ou un fichier mapping.json).</translation>
    </message>
    <message>
        <source>Cannot read the mapping %1: %2</source>
        <translation>Impossible de lire la correspondance %1 : %2</translation>
    </message>
    <message>
        <source>The mapping %1 is larger than 1 MB; a mapping is a short JSON file.</source>
        <translation>La correspondance %1 dépasse 1 Mo ; une correspondance est un fichier JSON court.</translation>
    </message>
    <message>
        <source>The mapping %1 cannot be used: %2</source>
        <translation>La correspondance %1 ne peut pas être utilisée : %2</translation>
    </message>
    <message>
        <source>There is no mapping called &quot;%1&quot;. Use a mapping.json file or one of: %2.</source>
        <translation>Aucune correspondance nommée « %1 ». Utilisez un fichier mapping.json ou l&apos;une des suivantes : %2.</translation>
    </message>
</context>
<context>
    <name>baton::ImportReferences</name>
    <message>
        <source>signal type</source>
        <translation>type de signal</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>responsable</translation>
    </message>
    <message>
        <source>team</source>
        <translation>équipe</translation>
    </message>
    <message>
        <source>territory</source>
        <translation>territoire</translation>
    </message>
    <message>
        <source>segment</source>
        <translation>segment</translation>
    </message>
    <message>
        <source>industry</source>
        <translation>secteur</translation>
    </message>
    <message>
        <source>lifecycle stage</source>
        <translation>étape du cycle de vie</translation>
    </message>
    <message>
        <source>rejection reason</source>
        <translation>motif de rejet</translation>
    </message>
    <message>
        <source>account</source>
        <translation>compte</translation>
    </message>
    <message>
        <source>business calendar</source>
        <translation>calendrier ouvré</translation>
    </message>
    <message>
        <source>Created by an import</source>
        <translation>Créé par un import</translation>
    </message>
    <message>
        <source>Created by an import; give it a recycle play</source>
        <translation>Créé par un import ; attribuez-lui un parcours de recyclage</translation>
    </message>
    <message>
        <source>An import cannot create a %1 (&quot;%2&quot;).</source>
        <translation>Un import ne peut pas créer ce type d&apos;élément : %1 (« %2 »).</translation>
    </message>
</context>
<context>
    <name>baton::ImportText</name>
    <message>
        <source>Handoffs routed by the rules</source>
        <translation>Transferts routés par les règles</translation>
    </message>
    <message>
        <source>Of those, sent to the fallback queue</source>
        <translation>Dont envoyés à la file de repli</translation>
    </message>
    <message>
        <source>Handoffs matched to an account</source>
        <translation>Transferts rapprochés d&apos;un compte</translation>
    </message>
    <message>
        <source>Timestamps implied by a later one</source>
        <translation>Horodatages déduits d&apos;un horodatage ultérieur</translation>
    </message>
    <message>
        <source>Outcomes derived from timestamps</source>
        <translation>Résultats déduits des horodatages</translation>
    </message>
    <message>
        <source>Parent accounts set</source>
        <translation>Comptes parents définis</translation>
    </message>
    <message>
        <source>Parent accounts not found</source>
        <translation>Comptes parents introuvables</translation>
    </message>
    <message>
        <source>Team memberships added</source>
        <translation>Appartenances à une équipe ajoutées</translation>
    </message>
    <message>
        <source>Team managers set</source>
        <translation>Managers d&apos;équipe définis</translation>
    </message>
    <message>
        <source>Signal types created</source>
        <translation>Types de signal créés</translation>
    </message>
    <message>
        <source>Owners created</source>
        <translation>Responsables créés</translation>
    </message>
    <message>
        <source>Teams created</source>
        <translation>Équipes créées</translation>
    </message>
    <message>
        <source>Territories created</source>
        <translation>Territoires créés</translation>
    </message>
    <message>
        <source>Segments created</source>
        <translation>Segments créés</translation>
    </message>
    <message>
        <source>Industries created</source>
        <translation>Secteurs créés</translation>
    </message>
    <message>
        <source>Stages created</source>
        <translation>Étapes créées</translation>
    </message>
    <message>
        <source>Rejection reasons created</source>
        <translation>Motifs de rejet créés</translation>
    </message>
    <message>
        <source>Accounts created</source>
        <translation>Comptes créés</translation>
    </message>
    <message>
        <source>Calendars created</source>
        <translation>Calendriers créés</translation>
    </message>
    <message>
        <source>Records in the file after the header row. Read = imported + updated + kept aside.</source>
        <translation>Enregistrements du fichier après la ligne d&apos;en-tête. Lus = importés + mis à jour + mis de côté.</translation>
    </message>
    <message>
        <source>Records written as new rows.</source>
        <translation>Enregistrements écrits comme nouvelles lignes.</translation>
    </message>
    <message>
        <source>Records that updated a row an earlier import (or the workspace) already had, found by the mapping&apos;s key.</source>
        <translation>Enregistrements ayant mis à jour une ligne qu&apos;un import antérieur (ou l&apos;espace de travail) contenait déjà, trouvée grâce à la clé de la correspondance.</translation>
    </message>
    <message>
        <source>Records not written, each kept in the workspace with its line number and the reason.</source>
        <translation>Enregistrements non écrits, chacun conservé dans l&apos;espace de travail avec son numéro de ligne et le motif.</translation>
    </message>
    <message>
        <source>Handoffs that repeat an earlier one under an identity rule (imported, or kept aside when the mapping says so).</source>
        <translation>Transferts qui répètent un transfert antérieur selon une règle d&apos;identité (importés, ou mis de côté si la correspondance le prévoit).</translation>
    </message>
    <message>
        <source>Written straight into the file (rollback journal; nothing else had the workspace open)</source>
        <translation>Écrit directement dans le fichier (journal de retour arrière ; rien d’autre n’avait ouvert l’espace de travail)</translation>
    </message>
    <message>
        <source>Keys moved to temporary files (the key tables keep to a fixed memory budget)</source>
        <translation>Clés déplacées vers des fichiers temporaires (les tables de clés respectent un budget de mémoire fixe)</translation>
    </message>
</context>
<context>
    <name>baton::Importer</name>
    <message>
        <source>The file is empty: it needs a header row naming its columns.</source>
        <translation>Le fichier est vide : il lui faut une ligne d&apos;en-tête nommant ses colonnes.</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>L&apos;import a été annulé ; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>new; repeats %1</source>
        <translation>nouveau ; répète %1</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nouveau</translation>
    </message>
    <message>
        <source>The workspace is open read-only; nothing can be imported into it.</source>
        <translation>L&apos;espace de travail est ouvert en lecture seule ; rien ne peut y être importé.</translation>
    </message>
    <message>
        <source>(unnamed data)</source>
        <translation>(données sans nom)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1 is empty: it needs a header row naming its columns.</source>
        <translation>%1 est vide : il lui faut une ligne d&apos;en-tête nommant ses colonnes.</translation>
    </message>
    <message>
        <source>updates handoff %1</source>
        <translation>met à jour le transfert %1</translation>
    </message>
    <message>
        <source>updates account %1</source>
        <translation>met à jour le compte %1</translation>
    </message>
    <message>
        <source>updates owner %1</source>
        <translation>met à jour le responsable %1</translation>
    </message>
</context>
<context>
    <name>baton::InactiveOwners</name>
    <message>
        <source>Open handoffs of owners who are not there</source>
        <translation>Transferts ouverts de responsables absents</translation>
    </message>
</context>
<context>
    <name>baton::IsoWeek</name>
    <message>
        <source>&apos;%1&apos; is not an ISO week; write it like 2026-W47.</source>
        <translation>« %1 » n&apos;est pas une semaine ISO ; écrivez-la sous la forme 2026-W47.</translation>
    </message>
</context>
<context>
    <name>baton::KeptAsideModel</name>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Record as written in the file</source>
        <translation>Enregistrement tel qu&apos;écrit dans le fichier</translation>
    </message>
</context>
<context>
    <name>baton::KpiDeferral</name>
    <message>
        <source>Another bulk write of handoffs is still running in this workspace; try again when it has finished.</source>
        <translation>Une autre écriture en masse de transferts est encore en cours dans cet espace de travail ; réessayez lorsqu&apos;elle sera terminée.</translation>
    </message>
</context>
<context>
    <name>baton::KpiDefinitions</name>
    <message>
        <source>Handoffs</source>
        <translation>Transferts</translation>
    </message>
    <message>
        <source>Handoffs handed off in the period (by the ISO week of their handoff in the workspace&apos;s time zone).</source>
        <translation>Transferts effectués pendant la période (selon la semaine ISO de leur transfert dans le fuseau horaire de l&apos;espace de travail).</translation>
    </message>
    <message>
        <source>Acceptance rate</source>
        <translation>Taux d&apos;acceptation</translation>
    </message>
    <message>
        <source>Accepted ÷ (accepted + rejected): of the handoffs Sales has decided on, the share it accepted. Open handoffs are left out; empty when none was decided.</source>
        <translation>Acceptés ÷ (acceptés + rejetés) : parmi les transferts sur lesquels les Ventes se sont prononcées, la part acceptée. Les transferts ouverts sont exclus ; vide si aucun n&apos;a été tranché.</translation>
    </message>
    <message>
        <source>Conversion rate</source>
        <translation>Taux de conversion</translation>
    </message>
    <message>
        <source>Handoffs that became an opportunity ÷ all handoffs.</source>
        <translation>Transferts devenus une opportunité ÷ tous les transferts.</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>Taux de gain</translation>
    </message>
    <message>
        <source>Won ÷ (won + lost): of the closed opportunities from handoffs, the share won; empty when none closed.</source>
        <translation>Gagnées ÷ (gagnées + perdues) : parmi les opportunités clôturées issues de transferts, la part gagnée ; vide si aucune n&apos;a été clôturée.</translation>
    </message>
    <message>
        <source>Velocity to opportunity (median, p90)</source>
        <translation>Vélocité jusqu&apos;à l&apos;opportunité (médiane, p90)</translation>
    </message>
    <message>
        <source>Calendar days from handoff to opportunity, over the handoffs that became one: the median (the mean of the two middle values for an even count) and the 90th percentile (nearest rank: the smallest value at or above 90 % of them).</source>
        <translation>Jours calendaires entre le transfert et l&apos;opportunité, sur les transferts devenus une opportunité : la médiane (moyenne des deux valeurs centrales pour un nombre pair) et le 90e centile (rang le plus proche : la plus petite valeur supérieure ou égale à 90 % d&apos;entre elles).</translation>
    </message>
    <message>
        <source>Velocity to won (median, p90)</source>
        <translation>Vélocité jusqu&apos;au gain (médiane, p90)</translation>
    </message>
    <message>
        <source>Calendar days from handoff to the close of a won opportunity, over the won handoffs; median and 90th percentile as for velocity to opportunity.</source>
        <translation>Jours calendaires entre le transfert et la clôture d&apos;une opportunité gagnée, sur les transferts gagnés ; médiane et 90e centile comme pour la vélocité jusqu&apos;à l&apos;opportunité.</translation>
    </message>
    <message>
        <source>Pipeline per handoff</source>
        <translation>Pipeline par transfert</translation>
    </message>
    <message>
        <source>Sum of the opportunity amounts of the handoffs ÷ all handoffs (yield).</source>
        <translation>Somme des montants d&apos;opportunité des transferts ÷ tous les transferts (rendement).</translation>
    </message>
    <message>
        <source>Won per handoff</source>
        <translation>Gagné par transfert</translation>
    </message>
    <message>
        <source>Sum of the won amounts of the handoffs ÷ all handoffs (yield).</source>
        <translation>Somme des montants gagnés des transferts ÷ tous les transferts (rendement).</translation>
    </message>
    <message>
        <source>SLA compliance</source>
        <translation>Respect du SLA</translation>
    </message>
    <message>
        <source>Met ÷ decided, as of the workspace&apos;s data date: met = first touch at or before the SLA due time; decided = touched, or untouched with the due time passed. Handoffs without an SLA policy are in neither.</source>
        <translation>Respectés ÷ tranchés, à la date des données de l&apos;espace de travail : respecté = premier contact au plus tard à l&apos;échéance du SLA ; tranché = contacté, ou non contacté avec l&apos;échéance dépassée. Les transferts sans politique de SLA ne figurent dans aucun des deux.</translation>
    </message>
    <message>
        <source>Time to first touch (median, p90)</source>
        <translation>Délai jusqu&apos;au premier contact (médiane, p90)</translation>
    </message>
    <message>
        <source>Business minutes from handoff to the first touch, on the calendar the handoff&apos;s SLA runs on, over the touched handoffs; median and 90th percentile as for velocity.</source>
        <translation>Minutes ouvrées entre le transfert et le premier contact, selon le calendrier sur lequel s&apos;applique le SLA du transfert, sur les transferts contactés ; médiane et 90e centile comme pour la vélocité.</translation>
    </message>
    <message>
        <source>Leakage: unassigned or fallback</source>
        <translation>Fuites : non attribués ou en repli</translation>
    </message>
    <message>
        <source>Handoffs without an owner or routed to the fallback queue, and their share of all handoffs.</source>
        <translation>Transferts sans responsable ou routés vers la file de repli, et leur part de l&apos;ensemble des transferts.</translation>
    </message>
    <message>
        <source>Leakage: untouched past SLA</source>
        <translation>Fuites : sans contact après le SLA</translation>
    </message>
    <message>
        <source>Handoffs never touched whose SLA due time has passed, and their share of all handoffs.</source>
        <translation>Transferts jamais contactés dont l&apos;échéance du SLA est dépassée, et leur part de l&apos;ensemble des transferts.</translation>
    </message>
    <message>
        <source>Leakage: rejected with a reason</source>
        <translation>Fuites : rejetés avec un motif</translation>
    </message>
    <message>
        <source>Handoffs Sales rejected with a reason (they go to that reason&apos;s recycle play), and their share.</source>
        <translation>Transferts rejetés par les Ventes avec un motif (ils passent au parcours de recyclage de ce motif), et leur part.</translation>
    </message>
    <message>
        <source>Leakage: rejected without a reason</source>
        <translation>Fuites : rejetés sans motif</translation>
    </message>
    <message>
        <source>Rejected handoffs with no reason recorded (imported history): no recycle play can pick them up.</source>
        <translation>Transferts rejetés sans motif enregistré (historique importé) : aucun parcours de recyclage ne peut les reprendre.</translation>
    </message>
    <message>
        <source>Leakage: accepted, never converted</source>
        <translation>Fuites : acceptés, jamais convertis</translation>
    </message>
    <message>
        <source>Handoffs Sales accepted that have no opportunity, and their share of all handoffs.</source>
        <translation>Transferts acceptés par les Ventes sans opportunité, et leur part de l&apos;ensemble des transferts.</translation>
    </message>
    <message>
        <source>Leakage funnel</source>
        <translation>Entonnoir des fuites</translation>
    </message>
    <message>
        <source>The five leaks above ranked by count. They are counted one by one, so a handoff can be in two (routed to the fallback queue, then rejected).</source>
        <translation>Les cinq fuites ci-dessus classées par nombre. Elles sont comptées une à une, donc un transfert peut figurer dans deux d&apos;entre elles (routé vers la file de repli, puis rejeté).</translation>
    </message>
    <message>
        <source>Recycled: came back</source>
        <translation>Recyclés : revenus</translation>
    </message>
    <message>
        <source>Rejected handoffs from which a later handoff was recycled (handed off again by the play).</source>
        <translation>Transferts rejetés à partir desquels un transfert ultérieur a été recyclé (transféré à nouveau par le parcours).</translation>
    </message>
    <message>
        <source>Recycled: converted</source>
        <translation>Recyclés : convertis</translation>
    </message>
    <message>
        <source>Rejected handoffs whose recycled handoff became an opportunity.</source>
        <translation>Transferts rejetés dont le transfert recyclé est devenu une opportunité.</translation>
    </message>
    <message>
        <source>Governance gap</source>
        <translation>Lacune de gouvernance</translation>
    </message>
    <message>
        <source>A rejection reason with no recycle play: handoffs rejected with it go nowhere.</source>
        <translation>Un motif de rejet sans parcours de recyclage : les transferts rejetés avec ce motif ne vont nulle part.</translation>
    </message>
    <message>
        <source>Account stage</source>
        <translation>Étape du compte</translation>
    </message>
    <message>
        <source>The furthest lifecycle stage any of the account&apos;s handoffs is in now: funnel stages by their order, before the stages beside the funnel (Nurture, Disqualified).</source>
        <translation>L&apos;étape du cycle de vie la plus avancée où se trouve actuellement l&apos;un des transferts du compte : les étapes de l&apos;entonnoir selon leur ordre, avant les étapes hors entonnoir (Nurturing, Disqualifié).</translation>
    </message>
    <message>
        <source>Handled by the account owner</source>
        <translation>Traités par le responsable du compte</translation>
    </message>
    <message>
        <source>Of an account&apos;s handoffs, the share owned by the account&apos;s owner: how much of the account motion stays with one person.</source>
        <translation>Parmi les transferts d&apos;un compte, la part détenue par le responsable du compte : dans quelle mesure la démarche sur le compte reste entre les mains d&apos;une seule personne.</translation>
    </message>
</context>
<context>
    <name>baton::KpiDimensions</name>
    <message>
        <source>Week</source>
        <translation>Semaine</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Campaign / offer</source>
        <translation>Campagne / offre</translation>
    </message>
    <message>
        <source>Signal type</source>
        <translation>Type de signal</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Territoire</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Rejection reason</source>
        <translation>Motif de rejet</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a dimension; use one of: %2.</source>
        <translation>« %1 » n&apos;est pas une dimension ; utilisez l&apos;une des suivantes : %2.</translation>
    </message>
    <message>
        <source>week</source>
        <comment>inside a sentence</comment>
        <translation>semaine</translation>
    </message>
    <message>
        <source>segment</source>
        <comment>inside a sentence</comment>
        <translation>segment</translation>
    </message>
    <message>
        <source>source</source>
        <comment>inside a sentence</comment>
        <translation>source</translation>
    </message>
    <message>
        <source>campaign / offer</source>
        <comment>inside a sentence</comment>
        <translation>campagne / offre</translation>
    </message>
    <message>
        <source>signal type</source>
        <comment>inside a sentence</comment>
        <translation>type de signal</translation>
    </message>
    <message>
        <source>owner</source>
        <comment>inside a sentence</comment>
        <translation>responsable</translation>
    </message>
    <message>
        <source>team</source>
        <comment>inside a sentence</comment>
        <translation>équipe</translation>
    </message>
    <message>
        <source>territory</source>
        <comment>inside a sentence</comment>
        <translation>territoire</translation>
    </message>
    <message>
        <source>account</source>
        <comment>inside a sentence</comment>
        <translation>compte</translation>
    </message>
    <message>
        <source>rejection reason</source>
        <comment>inside a sentence</comment>
        <translation>motif de rejet</translation>
    </message>
</context>
<context>
    <name>baton::KpiFilterBar</name>
    <message>
        <source>From week</source>
        <translation>De la semaine</translation>
    </message>
    <message>
        <source>To week</source>
        <translation>À la semaine</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Campaign / offer</source>
        <translation>Campagne / offre</translation>
    </message>
    <message>
        <source>Signal type</source>
        <translation>Type de signal</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>Weeks</source>
        <translation>Semaines</translation>
    </message>
    <message>
        <source>to</source>
        <translation>à</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <source>Clear every filter and drill-down</source>
        <translation>Effacer tous les filtres et l&apos;exploration</translation>
    </message>
    <message>
        <source>first</source>
        <translation>première</translation>
    </message>
    <message>
        <source>last</source>
        <translation>dernière</translation>
    </message>
    <message>
        <source>All segments</source>
        <translation>Tous les segments</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>Toutes les sources</translation>
    </message>
    <message>
        <source>All campaigns</source>
        <translation>Toutes les campagnes</translation>
    </message>
    <message>
        <source>All signal types</source>
        <translation>Tous les types de signal</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>Toutes les équipes</translation>
    </message>
    <message>
        <source>All handoffs. Click a bar or a point in a chart to narrow the dashboard to it and see the handoffs behind it.</source>
        <translation>Tous les transferts. Cliquez sur une barre ou un point d&apos;un graphique pour restreindre l&apos;affichage à cet élément et voir les transferts correspondants.</translation>
    </message>
    <message>
        <source>Showing: %1</source>
        <translation>Affichage : %1</translation>
    </message>
    <message>
        <source>week %1</source>
        <translation>semaine %1</translation>
    </message>
    <message>
        <source>weeks %1 to %2</source>
        <translation>semaines %1 à %2</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(supprimé)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>baton::KpiFormat</name>
    <message>
        <source>%1 B</source>
        <comment>billions, abbreviated</comment>
        <translation>%1 Md</translation>
    </message>
    <message>
        <source>%1 M</source>
        <comment>millions, abbreviated</comment>
        <translation>%1 M</translation>
    </message>
    <message>
        <source>%1 K</source>
        <comment>thousands, abbreviated</comment>
        <translation>%1 k</translation>
    </message>
</context>
<context>
    <name>baton::KpiLabels</name>
    <message>
        <source>(unassigned)</source>
        <translation>(non attribué)</translation>
    </message>
    <message>
        <source>(no reason)</source>
        <translation>(aucun motif)</translation>
    </message>
    <message>
        <source>(no account)</source>
        <translation>(aucun compte)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>(%1 deleted)</source>
        <translation>(%1 supprimé)</translation>
    </message>
    <message>
        <source>All handoffs</source>
        <translation>Tous les transferts</translation>
    </message>
</context>
<context>
    <name>baton::KpiTableModel</name>
    <message>
        <source>Handoffs</source>
        <translation>Transferts</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Acceptés</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejetés</translation>
    </message>
    <message>
        <source>Acceptance</source>
        <translation>Acceptation</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Opportunités</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>Conversion</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Gagnées</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>Taux de gain</translation>
    </message>
    <message>
        <source>Days to opp. (median)</source>
        <translation>Jours jusqu&apos;à l&apos;opp. (médiane)</translation>
    </message>
    <message>
        <source>Days to opp. (p90)</source>
        <translation>Jours jusqu&apos;à l&apos;opp. (p90)</translation>
    </message>
    <message>
        <source>Days to won (median)</source>
        <translation>Jours jusqu&apos;au gain (médiane)</translation>
    </message>
    <message>
        <source>Pipeline / handoff</source>
        <translation>Pipeline / transfert</translation>
    </message>
    <message>
        <source>Won / handoff</source>
        <translation>Gagné / transfert</translation>
    </message>
    <message>
        <source>SLA compliance</source>
        <translation>Respect du SLA</translation>
    </message>
    <message>
        <source>First touch, min (median)</source>
        <translation>Premier contact, min (médiane)</translation>
    </message>
    <message>
        <source>First touch, min (p90)</source>
        <translation>Premier contact, min (p90)</translation>
    </message>
    <message>
        <source>Rejected w/o reason</source>
        <translation>Rejetés sans motif</translation>
    </message>
    <message>
        <source>Unassigned/fallback</source>
        <translation>Non attribués/repli</translation>
    </message>
    <message>
        <source>Untouched past SLA</source>
        <translation>Sans contact après SLA</translation>
    </message>
</context>
<context>
    <name>baton::KpiTiles</name>
    <message>
        <source>Handoffs</source>
        <translation>Transferts</translation>
    </message>
    <message>
        <source>Acceptance</source>
        <translation>Acceptation</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>Conversion</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>Taux de gain</translation>
    </message>
    <message>
        <source>Days to opportunity</source>
        <translation>Jours jusqu&apos;à l&apos;opportunité</translation>
    </message>
    <message>
        <source>Days to won</source>
        <translation>Jours jusqu&apos;au gain</translation>
    </message>
    <message>
        <source>Pipeline / handoff</source>
        <translation>Pipeline / transfert</translation>
    </message>
    <message>
        <source>SLA compliance</source>
        <translation>Respect du SLA</translation>
    </message>
    <message>
        <source>First touch (min)</source>
        <translation>Premier contact (min)</translation>
    </message>
    <message>
        <source>open: %1</source>
        <translation>ouverts : %1</translation>
    </message>
    <message>
        <source>rejected: %1</source>
        <translation>rejetés : %1</translation>
    </message>
    <message>
        <source>opportunities: %1</source>
        <translation>opportunités : %1</translation>
    </message>
    <message>
        <source>won: %1</source>
        <translation>gagnées : %1</translation>
    </message>
    <message>
        <source>p90 %1</source>
        <translation>p90 %1</translation>
    </message>
    <message>
        <source>met: %1 of %2</source>
        <translation>respectés : %1 sur %2</translation>
    </message>
</context>
<context>
    <name>baton::LeadCsvReader</name>
    <message>
        <source>Cannot read the leads file %1: %2</source>
        <translation>Impossible de lire le fichier de leads %1 : %2</translation>
    </message>
    <message>
        <source>The CSV reader could not start.</source>
        <translation>Le lecteur CSV n&apos;a pas pu démarrer.</translation>
    </message>
    <message>
        <source>The leads file is not valid CSV (%1).</source>
        <translation>Le fichier de leads n&apos;est pas un CSV valide (%1).</translation>
    </message>
    <message>
        <source>The leads file is empty; it needs a header row naming its columns (%1).</source>
        <translation>Le fichier de leads est vide ; il lui faut une ligne d&apos;en-tête nommant ses colonnes (%1).</translation>
    </message>
    <message>
        <source>The leads file has no signal_type column. Its header must name the columns it has, of: %1.</source>
        <translation>Le fichier de leads n&apos;a pas de colonne signal_type. Son en-tête doit nommer les colonnes qu&apos;il contient, parmi : %1.</translation>
    </message>
    <message>
        <source>Line %1: employees &quot;%2&quot; is not a whole number; the size counts as unknown.</source>
        <translation>Ligne %1 : l&apos;effectif « %2 » n&apos;est pas un nombre entier ; la taille est considérée comme inconnue.</translation>
    </message>
    <message>
        <source>Line %1: revenue &quot;%2&quot; is not a number; the revenue counts as unknown.</source>
        <translation>Ligne %1 : le chiffre d&apos;affaires « %2 » n&apos;est pas un nombre ; le chiffre d&apos;affaires est considéré comme inconnu.</translation>
    </message>
    <message>
        <source>Line %1: day &quot;%2&quot; is not a date like 2026-11-20; the as-of day is used.</source>
        <translation>Ligne %1 : le jour « %2 » n&apos;est pas une date comme 2026-11-20 ; le jour de référence est utilisé.</translation>
    </message>
</context>
<context>
    <name>baton::LeadResolver</name>
    <message>
        <source>Line %1: there is no signal type &quot;%2&quot;; only rules without a signal condition can take it.</source>
        <translation>Ligne %1 : il n&apos;existe aucun type de signal « %2 » ; seules les règles sans condition de signal peuvent le prendre.</translation>
    </message>
    <message>
        <source>Line %1: there is no industry &quot;%2&quot;; the industry counts as unknown.</source>
        <translation>Ligne %1 : il n&apos;existe aucun secteur « %2 » ; le secteur est considéré comme inconnu.</translation>
    </message>
</context>
<context>
    <name>baton::Leakage</name>
    <message>
        <source>Unassigned or fallback</source>
        <translation>Non attribués ou en repli</translation>
    </message>
    <message>
        <source>Untouched past SLA</source>
        <translation>Sans contact après le SLA</translation>
    </message>
    <message>
        <source>Rejected with reason</source>
        <translation>Rejetés avec motif</translation>
    </message>
    <message>
        <source>Rejected, no reason</source>
        <translation>Rejetés, sans motif</translation>
    </message>
    <message>
        <source>Accepted, no opportunity</source>
        <translation>Acceptés, sans opportunité</translation>
    </message>
</context>
<context>
    <name>baton::LeakageChart</name>
    <message>
        <source>Where handoffs leak (share of handoffs)</source>
        <translation>Où les transferts fuient (part des transferts)</translation>
    </message>
    <message>
        <source>Leakage funnel</source>
        <translation>Entonnoir des fuites</translation>
    </message>
    <message>
        <source>Share of handoffs</source>
        <translation>Part des transferts</translation>
    </message>
    <message>
        <source>Click to see these handoffs.</source>
        <translation>Cliquez pour voir ces transferts.</translation>
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
        <translation>Étapes du workflow et pages</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>New &amp;Demo Workspace…</source>
        <translation>Nouvel espace de travail de &amp;démonstration…</translation>
    </message>
    <message>
        <source>Create a workspace filled with realistic sample data</source>
        <translation>Créer un espace de travail rempli de données d&apos;exemple réalistes</translation>
    </message>
    <message>
        <source>&amp;New Workspace…</source>
        <translation>&amp;Nouvel espace de travail…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <source>Save a &amp;Copy As…</source>
        <translation>Enregistrer une &amp;copie sous…</translation>
    </message>
    <message>
        <source>&amp;Close Workspace</source>
        <translation>&amp;Fermer l&apos;espace de travail</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>A&amp;ller à</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About Baton</source>
        <translation>À &amp;propos de Baton</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>Cannot open workspace</source>
        <translation>Impossible d&apos;ouvrir l&apos;espace de travail</translation>
    </message>
    <message>
        <source>Upgraded the workspace; the previous version was saved as %1</source>
        <translation>L&apos;espace de travail a été mis à niveau ; la version précédente a été enregistrée sous %1</translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation>Ouvrir un espace de travail</translation>
    </message>
    <message>
        <source>New Workspace</source>
        <translation>Nouvel espace de travail</translation>
    </message>
    <message>
        <source>%1 exists and cannot be replaced.</source>
        <translation>%1 existe et ne peut pas être remplacé.</translation>
    </message>
    <message>
        <source>New Demo Workspace</source>
        <translation>Nouvel espace de travail de démonstration</translation>
    </message>
    <message>
        <source>Generating the demo workspace…</source>
        <translation>Génération de l&apos;espace de travail de démonstration…</translation>
    </message>
    <message>
        <source>Save a Copy As</source>
        <translation>Enregistrer une copie sous</translation>
    </message>
    <message>
        <source> (copy).baton</source>
        <translation> (copie).baton</translation>
    </message>
    <message>
        <source>Choose a different file than the open workspace.</source>
        <translation>Choisissez un fichier différent de l&apos;espace de travail ouvert.</translation>
    </message>
    <message>
        <source>Saved a copy as %1</source>
        <translation>Copie enregistrée sous %1</translation>
    </message>
    <message>
        <source>No recent workspaces</source>
        <translation>Aucun espace de travail récent</translation>
    </message>
    <message>
        <source>%1 — Baton</source>
        <translation>%1 — Baton</translation>
    </message>
    <message>
        <source>Baton</source>
        <translation>Baton</translation>
    </message>
    <message>
        <source>No workspace open</source>
        <translation>Aucun espace de travail ouvert</translation>
    </message>
    <message>
        <source>About Baton</source>
        <translation>À propos de Baton</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Baton %1&lt;/h3&gt;&lt;p&gt;Governs the Marketing to Sales lead handoff as a measurable contract: Define, Map, Instrument, Route, Enforce, Feedback, Optimize.&lt;/p&gt;&lt;p&gt;Built with Qt %2, running on Qt %3.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Baton %1&lt;/h3&gt;&lt;p&gt;Gouverne le transfert des leads du Marketing vers les Ventes comme un contrat mesurable : Définir, Cartographier, Instrumenter, Router, Faire respecter, Retour, Optimiser.&lt;/p&gt;&lt;p&gt;Compilé avec Qt %2, exécuté sur Qt %3.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Baton workspaces (*.baton);;All files (*)</source>
        <translation>Espaces de travail Baton (*.baton);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Page title</source>
        <translation>Titre de la page</translation>
    </message>
    <message>
        <source>What the page holds</source>
        <translation>Contenu de la page</translation>
    </message>
    <message>
        <source>Current page</source>
        <translation>Page actuelle</translation>
    </message>
    <message>
        <source>Open workspace file</source>
        <translation>Fichier de l&apos;espace de travail ouvert</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Importer un CSV…</translation>
    </message>
    <message>
        <source>Import a CRM&apos;s CSV export: handoffs, accounts or owners, with a preview first</source>
        <translation>Importer l&apos;export CSV d&apos;un CRM : transferts, comptes ou responsables, avec un aperçu préalable</translation>
    </message>
    <message>
        <source>&amp;Export Scorecard…</source>
        <translation>&amp;Exporter le tableau de bord…</translation>
    </message>
    <message>
        <source>Write the week&apos;s PDF scorecard for the governance meeting</source>
        <translation>Générer le tableau de bord PDF de la semaine pour la réunion de gouvernance</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>&amp;Command Palette…</source>
        <translation>&amp;Palette de commandes…</translation>
    </message>
    <message>
        <source>Jump to any page, command, signal type, owner or routing rule by typing its name</source>
        <translation>Accéder à n&apos;importe quelle page, commande, type de signal, responsable ou règle de routage en tapant son nom</translation>
    </message>
    <message>
        <source>&amp;Next Page</source>
        <translation>Page &amp;suivante</translation>
    </message>
    <message>
        <source>&amp;Previous Page</source>
        <translation>Page &amp;précédente</translation>
    </message>
    <message>
        <source>Switch Between Navigation and Page</source>
        <translation>Basculer entre la navigation et la page</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Affic&amp;hage</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Thème</translation>
    </message>
    <message>
        <source>&amp;Reload Page</source>
        <translation>&amp;Recharger la page</translation>
    </message>
    <message>
        <source>Read the current page again from the workspace</source>
        <translation>Relire la page actuelle depuis l&apos;espace de travail</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>&amp;Plein écran</translation>
    </message>
    <message>
        <source>The new language applies when Baton next starts.</source>
        <translation>La nouvelle langue s&apos;appliquera au prochain démarrage de Baton.</translation>
    </message>
    <message>
        <source>Import CSV</source>
        <translation>Importer un CSV</translation>
    </message>
    <message>
        <source>An import adds to a workspace. Create a new workspace for it, or open an existing one?</source>
        <translation>Un import ajoute des données à un espace de travail. Créer un nouvel espace de travail pour celui-ci, ou en ouvrir un existant ?</translation>
    </message>
    <message>
        <source>Export Scorecard</source>
        <translation>Exporter le tableau de bord</translation>
    </message>
    <message>
        <source>Wrote the scorecard to %1</source>
        <translation>Tableau de bord enregistré dans %1</translation>
    </message>
</context>
<context>
    <name>baton::MappingDefinition</name>
    <message>
        <source>The mapping is not valid JSON: %1 (at character %2).</source>
        <translation>La correspondance n&apos;est pas un JSON valide : %1 (au caractère %2).</translation>
    </message>
    <message>
        <source>The mapping must be a JSON object with &quot;entity&quot; and &quot;columns&quot;.</source>
        <translation>La correspondance doit être un objet JSON avec &quot;entity&quot; et &quot;columns&quot;.</translation>
    </message>
    <message>
        <source>The mapping has an unknown setting &quot;%1&quot;; the settings are: %2.</source>
        <translation>La correspondance contient un paramètre inconnu &quot;%1&quot; ; les paramètres sont : %2.</translation>
    </message>
    <message>
        <source>The mapping is in format %1; this Baton reads format %2.</source>
        <translation>La correspondance est au format %1 ; cette version de Baton lit le format %2.</translation>
    </message>
    <message>
        <source>The mapping imports &quot;%1&quot;; it can import handoff, account or owner.</source>
        <translation>La correspondance importe &quot;%1&quot; ; elle peut importer handoff, account ou owner.</translation>
    </message>
    <message>
        <source>The delimiter &quot;%1&quot; is not one of auto, &quot;,&quot;, &quot;;&quot;, &quot;|&quot; or tab.</source>
        <translation>Le délimiteur &quot;%1&quot; n&apos;est pas l&apos;un de auto, &quot;,&quot;, &quot;;&quot;, &quot;|&quot; ou tab.</translation>
    </message>
    <message>
        <source>The decimal separator must be &quot;.&quot; or &quot;,&quot;, not &quot;%1&quot;.</source>
        <translation>Le séparateur décimal doit être &quot;.&quot; ou &quot;,&quot;, et non &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The time zone &quot;%1&quot; is not an IANA time zone such as Europe/Berlin.</source>
        <translation>Le fuseau horaire &quot;%1&quot; n&apos;est pas un fuseau horaire IANA comme Europe/Berlin.</translation>
    </message>
    <message>
        <source>The mode &quot;%1&quot; is not upsert, insert or update.</source>
        <translation>Le mode &quot;%1&quot; n&apos;est pas upsert, insert ou update.</translation>
    </message>
    <message>
        <source>An import of %1 cannot be keyed by &quot;%2&quot;; the keys are: %3.</source>
        <translation>Un import de %1 ne peut pas avoir &quot;%2&quot; pour clé ; les clés sont : %3.</translation>
    </message>
    <message>
        <source>An update needs a key: the field that finds the records to update.</source>
        <translation>Une mise à jour nécessite une clé : le champ qui permet de trouver les enregistrements à mettre à jour.</translation>
    </message>
    <message>
        <source>&quot;duplicates&quot; must be import or keep_aside, not &quot;%1&quot;.</source>
        <translation>&quot;duplicates&quot; doit valoir import ou keep_aside, et non &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The mapping needs &quot;columns&quot;: a list of {&quot;column&quot;: ..., &quot;field&quot;: ...}.</source>
        <translation>La correspondance nécessite &quot;columns&quot; : une liste de {&quot;column&quot;: ..., &quot;field&quot;: ...}.</translation>
    </message>
    <message>
        <source>The mapping has more than 1000 column rules.</source>
        <translation>La correspondance contient plus de 1000 règles de colonne.</translation>
    </message>
    <message>
        <source>Column rule %1 is not an object.</source>
        <translation>La règle de colonne %1 n&apos;est pas un objet.</translation>
    </message>
    <message>
        <source>Column rule %1 has an unknown setting &quot;%2&quot;.</source>
        <translation>La règle de colonne %1 contient un paramètre inconnu &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Column rule %1: &quot;column&quot; must be a column name or a list of names.</source>
        <translation>Règle de colonne %1 : &quot;column&quot; doit être un nom de colonne ou une liste de noms.</translation>
    </message>
    <message>
        <source>Column rule %1 feeds &quot;%2&quot;, which is not a field of %3.</source>
        <translation>La règle de colonne %1 alimente &quot;%2&quot;, qui n&apos;est pas un champ de %3.</translation>
    </message>
    <message>
        <source>Column rule %1 (%2) names neither a column nor a value.</source>
        <translation>La règle de colonne %1 (%2) ne nomme ni une colonne ni une valeur.</translation>
    </message>
    <message>
        <source>Column rule %1 (%2) names both a column and a fixed value; use one.</source>
        <translation>La règle de colonne %1 (%2) nomme à la fois une colonne et une valeur fixe ; utilisez l&apos;une ou l&apos;autre.</translation>
    </message>
    <message>
        <source>Column rule %1: only text fields can be appended to, not %2.</source>
        <translation>Règle de colonne %1 : seuls les champs texte peuvent être complétés par ajout, pas %2.</translation>
    </message>
    <message>
        <source>Column rule %1: the date format &quot;%2&quot; is not one of %3.</source>
        <translation>Règle de colonne %1 : le format de date &quot;%2&quot; ne fait pas partie de %3.</translation>
    </message>
    <message>
        <source>Column rule %1: &quot;values&quot; must be an object of {&quot;file value&quot;: &quot;Baton value&quot;}.</source>
        <translation>Règle de colonne %1 : &quot;values&quot; doit être un objet de la forme {&quot;file value&quot;: &quot;Baton value&quot;}.</translation>
    </message>
    <message>
        <source>Column rule %1: the translation of &quot;%2&quot; must be text.</source>
        <translation>Règle de colonne %1 : la traduction de &quot;%2&quot; doit être du texte.</translation>
    </message>
    <message>
        <source>Column rule %1: &quot;unknown&quot; must be keep, keep_aside, blank or create, not &quot;%2&quot;.</source>
        <translation>Règle de colonne %1 : &quot;unknown&quot; doit valoir keep, keep_aside, blank ou create, et non &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Column rule %1: Baton cannot create a new %2 from an import; use keep_aside, blank or a translation to an existing value.</source>
        <translation>Règle de colonne %1 : Baton ne peut pas créer de nouvel élément (%2) à partir d&apos;un import ; utilisez keep_aside, blank ou une traduction vers une valeur existante.</translation>
    </message>
    <message>
        <source>Column rule %1: %2 values must be ones the workspace knows; use keep_aside, blank or create.</source>
        <translation>Règle de colonne %1 : les valeurs de %2 doivent être connues de l&apos;espace de travail ; utilisez keep_aside, blank ou create.</translation>
    </message>
    <message>
        <source>Column rule %1: &quot;scale&quot; must be a non-zero number.</source>
        <translation>Règle de colonne %1 : &quot;scale&quot; doit être un nombre non nul.</translation>
    </message>
    <message>
        <source>The mapping maps no columns.</source>
        <translation>La correspondance ne fait correspondre aucune colonne.</translation>
    </message>
    <message>
        <source>The mapping is keyed by %1 but no column feeds it.</source>
        <translation>La correspondance a pour clé %1, mais aucune colonne ne l&apos;alimente.</translation>
    </message>
</context>
<context>
    <name>baton::MaturityEvidence</name>
    <message>
        <source>%1 Supports stage 3.</source>
        <translation>%1 Justifie le stade 3.</translation>
    </message>
    <message>
        <source>%1 Supports stage %2; stage %3 needs %4.</source>
        <translation>%1 Justifie le stade %2 ; le stade %3 exige %4.</translation>
    </message>
    <message>
        <source>No handoffs in the week: nothing shows the rule is kept.</source>
        <translation>Aucun transfert dans la semaine : rien ne montre que la règle est respectée.</translation>
    </message>
    <message>
        <source>Contract version %1 is active, signed by Sales, Marketing and RevOps.</source>
        <translation>La version %1 du contrat est active, signée par les Ventes, le Marketing et RevOps.</translation>
    </message>
    <message>
        <source>Contract version %1 is active but signed by %2 of 3 parties.</source>
        <translation>La version %1 du contrat est active, mais signée par %2 des 3 parties.</translation>
    </message>
    <message>
        <source>No contract version is active; a draft is signed by %1 of 3 parties.</source>
        <translation>Aucune version du contrat n&apos;est active ; un brouillon est signé par %1 des 3 parties.</translation>
    </message>
    <message>
        <source>No contract version is active or signed.</source>
        <translation>Aucune version du contrat n&apos;est active ni signée.</translation>
    </message>
    <message>
        <source>%1 of %2 handoffs (%3) break the contract or the stage map.</source>
        <translation>%1 transferts sur %2 (%3) enfreignent le contrat ou la carte des étapes.</translation>
    </message>
    <message>
        <source>No routing rule set was active.</source>
        <translation>Aucun jeu de règles de routage n&apos;était actif.</translation>
    </message>
    <message>
        <source>%1 of %2 scenarios reach no owner at all.</source>
        <translation>%1 scénarios sur %2 n&apos;atteignent aucun responsable.</translation>
    </message>
    <message>
        <source>%1 of %2 scenarios reach only the fallback queue.</source>
        <translation>%1 scénarios sur %2 n&apos;atteignent que la file de repli.</translation>
    </message>
    <message>
        <source>The coverage model defines no scenario (a signal type, territory, segment or industry is missing), so nothing shows that leads reach an owner.</source>
        <translation>Le modèle de couverture ne définit aucun scénario (il manque un type de signal, un territoire, un segment ou un secteur), donc rien ne montre que les leads atteignent un responsable.</translation>
    </message>
    <message>
        <source>All %1 scenarios reach an owner by rule.</source>
        <translation>Les %1 scénarios atteignent tous un responsable par une règle.</translation>
    </message>
    <message>
        <source>%1 of %2 handoffs (%3) had no owner or went to the fallback queue.</source>
        <translation>%1 transferts sur %2 (%3) n&apos;avaient pas de responsable ou sont allés dans la file de repli.</translation>
    </message>
    <message>
        <source>All %1 signal types have an SLA policy with an escalation ladder.</source>
        <translation>Les %1 types de signal ont tous une politique de SLA avec une échelle d&apos;escalade.</translation>
    </message>
    <message>
        <source>All %1 signal types have an SLA policy; %2 of %3 policies have no escalation ladder.</source>
        <translation>Les %1 types de signal ont tous une politique de SLA ; %2 politiques sur %3 n&apos;ont pas d&apos;échelle d&apos;escalade.</translation>
    </message>
    <message>
        <source>%1 of %2 signal types have an SLA policy.</source>
        <translation>%1 types de signal sur %2 ont une politique de SLA.</translation>
    </message>
    <message>
        <source>A governance meeting was held in %1 of the last %2 weeks.</source>
        <translation>Une réunion de gouvernance a eu lieu pendant %1 des %2 dernières semaines.</translation>
    </message>
    <message>
        <source>SLA compliance %1 (%2 of %3 decided handoffs met).</source>
        <translation>Respect du SLA %1 (%2 transferts tranchés sur %3 respectés).</translation>
    </message>
    <message>
        <source>No handoff under an SLA was decided in the week.</source>
        <translation>Aucun transfert soumis à un SLA n&apos;a été tranché dans la semaine.</translation>
    </message>
    <message>
        <source>%1 of %2 rejections (%3) have no reason.</source>
        <translation>%1 rejets sur %2 (%3) n&apos;ont pas de motif.</translation>
    </message>
    <message>
        <source>No handoff of the week was rejected, so none lacks a reason.</source>
        <translation>Aucun transfert de la semaine n&apos;a été rejeté, donc aucun ne manque de motif.</translation>
    </message>
    <message>
        <source>Every active rejection reason has a recycle play.</source>
        <translation>Chaque motif de rejet actif a un parcours de recyclage.</translation>
    </message>
    <message>
        <source>1 active reason without a recycle play: %1.</source>
        <translation>1 motif actif sans parcours de recyclage : %1.</translation>
    </message>
    <message>
        <source>%1 active reasons without a recycle play: %2.</source>
        <translation>%1 motifs actifs sans parcours de recyclage : %2.</translation>
    </message>
    <message>
        <source>%1 of %2 handoffs (%3) lack a required timestamp.</source>
        <translation>%1 transferts sur %2 (%3) n&apos;ont pas un horodatage requis.</translation>
    </message>
    <message>
        <source>%1 of %2 handoffs (%3) have timestamps out of order.</source>
        <translation>%1 transferts sur %2 (%3) ont des horodatages dans le désordre.</translation>
    </message>
</context>
<context>
    <name>baton::MaturityGrid</name>
    <message>
        <source>Stage %1</source>
        <translation>Stade %1</translation>
    </message>
    <message>
        <source>Self-assess…</source>
        <translation>Auto-évaluer…</translation>
    </message>
    <message>
        <source>Record the team&apos;s own view of this dimension, with a date and a note (undoable).</source>
        <translation>Enregistrer le point de vue de l&apos;équipe sur cette dimension, avec une date et une note (annulable).</translation>
    </message>
    <message>
        <source>Self-assess %1</source>
        <translation>Auto-évaluer %1</translation>
    </message>
    <message>
        <source>EVIDENCE</source>
        <translation>PREUVES</translation>
    </message>
    <message>
        <source>TEAM</source>
        <translation>ÉQUIPE</translation>
    </message>
    <message>
        <source>Evidence: stage %1</source>
        <translation>Éléments probants : stade %1</translation>
    </message>
    <message>
        <source>Team: stage %1 (%2)</source>
        <translation>Équipe : stade %1 (%2)</translation>
    </message>
    <message>
        <source>rosier than the evidence</source>
        <translation>plus optimiste que les éléments probants</translation>
    </message>
    <message>
        <source>Team: not assessed yet</source>
        <translation>Équipe : pas encore évaluée</translation>
    </message>
</context>
<context>
    <name>baton::MaturityMatrix</name>
    <message>
        <source>Definitions</source>
        <translation>Définitions</translation>
    </message>
    <message>
        <source>Routing</source>
        <translation>Routage</translation>
    </message>
    <message>
        <source>SLAs</source>
        <translation>SLA</translation>
    </message>
    <message>
        <source>Feedback loop</source>
        <translation>Boucle de retour</translation>
    </message>
    <message>
        <source>Measurement</source>
        <translation>Mesure</translation>
    </message>
    <message>
        <source>Friction &amp; disputes</source>
        <translation>Frictions et litiges</translation>
    </message>
    <message>
        <source>Partially aligned</source>
        <translation>Partiellement aligné</translation>
    </message>
    <message>
        <source>Governed + predictable</source>
        <translation>Gouverné + prévisible</translation>
    </message>
    <message>
        <source>Stage %1 · %2</source>
        <translation>Stade %1 · %2</translation>
    </message>
    <message>
        <source>Marketing and Sales argue over what a qualified lead is; there is no written agreement, or nobody signed it.</source>
        <translation>Le Marketing et les Ventes se disputent sur ce qu&apos;est un lead qualifié ; il n&apos;existe aucun accord écrit, ou personne ne l&apos;a signé.</translation>
    </message>
    <message>
        <source>A written definition exists but is not signed by all three parties or not enforced; many handoffs break it.</source>
        <translation>Une définition écrite existe, mais elle n&apos;est pas signée par les trois parties ou n&apos;est pas appliquée ; de nombreux transferts l&apos;enfreignent.</translation>
    </message>
    <message>
        <source>One signed, versioned contract per signal type; stage rules are enforced and few handoffs break them.</source>
        <translation>Un contrat signé et versionné par type de signal ; les règles d&apos;étape sont appliquées et peu de transferts les enfreignent.</translation>
    </message>
    <message>
        <source>Leads wait in shared inboxes or reach nobody; who owns a lead is settled by hand.</source>
        <translation>Les leads attendent dans des boîtes de réception partagées ou n&apos;atteignent personne ; le responsable d&apos;un lead est désigné à la main.</translation>
    </message>
    <message>
        <source>Rules route most leads, but some scenarios fall through to a catch-all queue.</source>
        <translation>Des règles routent la plupart des leads, mais certains scénarios aboutissent dans une file d&apos;attente fourre-tout.</translation>
    </message>
    <message>
        <source>Every scenario reaches a named owner or pool by rule; the fallback queue is rarely used.</source>
        <translation>Chaque scénario atteint par une règle un responsable ou un pool désigné ; la file de repli est rarement utilisée.</translation>
    </message>
    <message>
        <source>No agreed response times; how fast a lead is followed up depends on who picks it up.</source>
        <translation>Aucun temps de réponse convenu ; la rapidité du suivi d&apos;un lead dépend de la personne qui le prend.</translation>
    </message>
    <message>
        <source>Targets exist and are measured now and then; misses are discussed after the fact.</source>
        <translation>Des objectifs existent et sont mesurés de temps en temps ; les manquements sont discutés après coup.</translation>
    </message>
    <message>
        <source>Every signal type has a business-hours target with an escalation ladder, reviewed weekly and mostly met.</source>
        <translation>Chaque type de signal a un objectif en heures ouvrées avec une échelle d&apos;escalade, revu chaque semaine et le plus souvent respecté.</translation>
    </message>
    <message>
        <source>Rejected leads disappear; Marketing does not learn why Sales turned them down.</source>
        <translation>Les leads rejetés disparaissent ; le Marketing n&apos;apprend pas pourquoi les Ventes les ont refusés.</translation>
    </message>
    <message>
        <source>Sales gives reasons for most rejections; recycling is ad hoc.</source>
        <translation>Les Ventes motivent la plupart des rejets ; le recyclage se fait au cas par cas.</translation>
    </message>
    <message>
        <source>Every rejection carries a reason and every reason triggers a defined recycle play.</source>
        <translation>Chaque rejet porte un motif et chaque motif déclenche un parcours de recyclage défini.</translation>
    </message>
    <message>
        <source>Numbers come from spreadsheets and disagree; key timestamps are missing.</source>
        <translation>Les chiffres proviennent de tableurs et divergent ; des horodatages clés manquent.</translation>
    </message>
    <message>
        <source>KPIs are reported, but gaps in the data make some of them unreliable.</source>
        <translation>Les KPI sont publiés, mais les lacunes des données rendent certains d&apos;entre eux peu fiables.</translation>
    </message>
    <message>
        <source>KPIs come from complete, ordered timestamps and both teams trust them.</source>
        <translation>Les KPI reposent sur des horodatages complets et ordonnés, et les deux équipes leur font confiance.</translation>
    </message>
    <message>
        <source>Signed contract</source>
        <translation>Contrat signé</translation>
    </message>
    <message>
        <source>a contract version in force at the week&apos;s end, signed by Sales, Marketing and RevOps</source>
        <translation>une version du contrat en vigueur à la fin de la semaine, signée par les Ventes, le Marketing et RevOps</translation>
    </message>
    <message>
        <source>a contract version signed by at least one party (a draft under signature)</source>
        <translation>une version du contrat signée par au moins une partie (un brouillon en cours de signature)</translation>
    </message>
    <message>
        <source>Contract and stage rules kept</source>
        <translation>Règles du contrat et des étapes respectées</translation>
    </message>
    <message>
        <source>at most %1 of the week&apos;s handoffs breaking the contract or the stage map (not qualified, missing context field, stage change the map does not allow)</source>
        <translation>au plus %1 des transferts de la semaine enfreignant le contrat ou la carte des étapes (non qualifié, champ de contexte manquant, changement d&apos;étape non autorisé par la carte)</translation>
    </message>
    <message>
        <source>at most %1 breaking them</source>
        <translation>au plus %1 les enfreignant</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Couverture</translation>
    </message>
    <message>
        <source>no scenario without an owner and none reaching only the fallback queue, by coverage analysis of the rule set in force at the week&apos;s end</source>
        <translation>aucun scénario sans responsable et aucun n&apos;atteignant que la file de repli, selon l&apos;analyse de couverture du jeu de règles en vigueur à la fin de la semaine</translation>
    </message>
    <message>
        <source>no scenario without an owner (some may reach only the fallback queue)</source>
        <translation>aucun scénario sans responsable (certains peuvent n&apos;atteindre que la file de repli)</translation>
    </message>
    <message>
        <source>Fallback share</source>
        <translation>Part en repli</translation>
    </message>
    <message>
        <source>at most %1 of the week&apos;s handoffs without an owner or sent to the fallback queue</source>
        <translation>au plus %1 des transferts de la semaine sans responsable ou envoyés dans la file de repli</translation>
    </message>
    <message>
        <source>at most %1 of them</source>
        <translation>au plus %1 d&apos;entre eux</translation>
    </message>
    <message>
        <source>Policies and escalation</source>
        <translation>Politiques et escalade</translation>
    </message>
    <message>
        <source>an SLA policy for every signal type, each with an escalation ladder</source>
        <translation>une politique de SLA pour chaque type de signal, chacune avec une échelle d&apos;escalade</translation>
    </message>
    <message>
        <source>an SLA policy for every signal type</source>
        <translation>une politique de SLA pour chaque type de signal</translation>
    </message>
    <message>
        <source>Weekly review</source>
        <translation>Revue hebdomadaire</translation>
    </message>
    <message>
        <source>a governance meeting in at least %1 of the %2 weeks ending with the week</source>
        <translation>une réunion de gouvernance pendant au moins %1 des %2 semaines se terminant par la semaine évaluée</translation>
    </message>
    <message>
        <source>a governance meeting in at least %1 of those weeks</source>
        <translation>une réunion de gouvernance pendant au moins %1 de ces semaines</translation>
    </message>
    <message>
        <source>SLA compliance</source>
        <translation>Respect du SLA</translation>
    </message>
    <message>
        <source>SLA compliance of at least %1 over the week&apos;s handoffs</source>
        <translation>respect du SLA d&apos;au moins %1 sur les transferts de la semaine</translation>
    </message>
    <message>
        <source>SLA compliance of at least %1 (with nothing decided: stage 1)</source>
        <translation>respect du SLA d&apos;au moins %1 (si rien n&apos;est tranché : stade 1)</translation>
    </message>
    <message>
        <source>Rejections with a reason</source>
        <translation>Rejets motivés</translation>
    </message>
    <message>
        <source>a reason on every one of the week&apos;s rejections</source>
        <translation>un motif pour chacun des rejets de la semaine</translation>
    </message>
    <message>
        <source>a reason on all but at most %1 of them</source>
        <translation>un motif pour tous, sauf au plus %1 d&apos;entre eux</translation>
    </message>
    <message>
        <source>A play for every reason</source>
        <translation>Un parcours pour chaque motif</translation>
    </message>
    <message>
        <source>a recycle play for every active rejection reason</source>
        <translation>un parcours de recyclage pour chaque motif de rejet actif</translation>
    </message>
    <message>
        <source>at most %1 active reason without a recycle play</source>
        <translation>au plus %1 motif actif sans parcours de recyclage</translation>
    </message>
    <message>
        <source>Required timestamps present</source>
        <translation>Horodatages requis présents</translation>
    </message>
    <message>
        <source>at most %1 of the week&apos;s handoffs missing a timestamp the data standard requires at a stage they reached</source>
        <translation>au plus %1 des transferts de la semaine auxquels manque un horodatage que la norme de données exige à une étape atteinte</translation>
    </message>
    <message>
        <source>at most %1 missing one</source>
        <translation>au plus %1 auxquels il en manque un</translation>
    </message>
    <message>
        <source>Timestamps in order</source>
        <translation>Horodatages dans l&apos;ordre</translation>
    </message>
    <message>
        <source>at most %1 of the week&apos;s handoffs with a timestamp earlier than one the lifecycle puts before it</source>
        <translation>au plus %1 des transferts de la semaine ayant un horodatage antérieur à un autre que le cycle de vie place avant lui</translation>
    </message>
    <message>
        <source>at most %1 with one</source>
        <translation>au plus %1 dans ce cas</translation>
    </message>
    <message>
        <source>Each rule supports stage 3 when its figure meets the stage-3 threshold, stage 2 when it meets the stage-2 threshold, else stage 1; a dimension&apos;s evidence stage is the lowest stage any of its rules supports. A week without handoffs supports stage 1 on every rule that is a share of the week&apos;s handoffs (nothing shows the rule is kept), and so does a coverage model that defines no scenario. Rates are over the handoffs handed off in the week assessed (ISO week in the workspace&apos;s time zone), judged as of the workspace&apos;s as-of instant, as on the Enforce and Optimize pages. For a past week the contract version, the routing rule set and the governance meetings are those in force at the week&apos;s end (the workspace keeps their history); SLA policies, escalation ladders, rejection reasons and plays, the coverage model and the data standard have no history, so today&apos;s are used.</source>
        <translation>Chaque règle justifie le stade 3 lorsque son chiffre atteint le seuil du stade 3, le stade 2 lorsqu&apos;il atteint le seuil du stade 2, sinon le stade 1 ; le stade des éléments probants d&apos;une dimension est le plus bas des stades justifiés par ses règles. Une semaine sans transferts ne justifie que le stade 1 pour chaque règle exprimée en part des transferts de la semaine (rien ne montre que la règle est respectée), de même qu&apos;un modèle de couverture qui ne définit aucun scénario. Les taux portent sur les transferts effectués pendant la semaine évaluée (semaine ISO dans le fuseau horaire de l&apos;espace de travail), jugés à l&apos;instant de référence de l&apos;espace de travail, comme sur les pages Faire respecter et Optimiser. Pour une semaine passée, la version du contrat, le jeu de règles de routage et les réunions de gouvernance sont ceux en vigueur à la fin de la semaine (l&apos;espace de travail conserve leur historique) ; les politiques de SLA, les échelles d&apos;escalade, les motifs de rejet et les parcours, le modèle de couverture et la norme de données n&apos;ont pas d&apos;historique, ce sont donc ceux d&apos;aujourd&apos;hui qui sont utilisés.</translation>
    </message>
</context>
<context>
    <name>baton::MaturityPage</name>
    <message>
        <source>No workspace open</source>
        <translation>Aucun espace de travail ouvert</translation>
    </message>
    <message>
        <source>Open a workspace to see where its handoff process stands: the team&apos;s self-assessment next to the stage the evidence supports, dimension by dimension.</source>
        <translation>Ouvrez un espace de travail pour voir où en est son processus de transfert : l&apos;auto-évaluation de l&apos;équipe à côté du stade que justifient les éléments probants, dimension par dimension.</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semaine</translation>
    </message>
    <message>
        <source>Week assessed</source>
        <translation>Semaine évaluée</translation>
    </message>
    <message>
        <source>The ISO week whose evidence is assessed (handoffs handed off in it).</source>
        <translation>La semaine ISO dont les éléments probants sont évalués (transferts effectués pendant cette semaine).</translation>
    </message>
    <message>
        <source>Matrix</source>
        <translation>Matrice</translation>
    </message>
    <message>
        <source>Over time</source>
        <translation>Dans le temps</translation>
    </message>
    <message>
        <source>Self-assessments</source>
        <translation>Auto-évaluations</translation>
    </message>
    <message>
        <source>Evidence rules</source>
        <translation>Règles des éléments probants</translation>
    </message>
    <message>
        <source>What the evidence shows</source>
        <translation>Ce que montrent les éléments probants</translation>
    </message>
    <message>
        <source>The mean stage of the five dimensions each week: by the evidence, and by the team&apos;s self-assessment then (dimensions not assessed left out).</source>
        <translation>Le stade moyen des cinq dimensions chaque semaine : selon les éléments probants, et selon l&apos;auto-évaluation de l&apos;équipe à ce moment-là (dimensions non évaluées exclues).</translation>
    </message>
    <message>
        <source>Each cell: the evidence stage of that week; ▲ n: the team&apos;s self-assessment then was n, higher than the evidence. Hover a cell for the reasons.</source>
        <translation>Chaque cellule : le stade des éléments probants de cette semaine ; ▲ n : l&apos;auto-évaluation de l&apos;équipe à ce moment-là était n, plus élevée que les éléments probants. Survolez une cellule pour voir les raisons.</translation>
    </message>
    <message>
        <source>Recompute history</source>
        <translation>Recalculer l&apos;historique</translation>
    </message>
    <message>
        <source>Compute every week shown again from the data and replace its recorded snapshot.</source>
        <translation>Recalculer à partir des données chaque semaine affichée et remplacer son instantané enregistré.</translation>
    </message>
    <message>
        <source>Every self-assessment the team recorded, newest first. The matrix shows, per dimension, the latest one made on or before the week&apos;s last day. Changes can be undone (Ctrl+Z).</source>
        <translation>Toutes les auto-évaluations enregistrées par l&apos;équipe, les plus récentes d&apos;abord. La matrice affiche, par dimension, la plus récente effectuée au plus tard le dernier jour de la semaine. Les modifications peuvent être annulées (Ctrl+Z).</translation>
    </message>
    <message>
        <source>Record…</source>
        <translation>Enregistrer…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>Stage 3 needs</source>
        <translation>Le stade 3 exige</translation>
    </message>
    <message>
        <source>Stage 2 needs (else stage 1)</source>
        <translation>Le stade 2 exige (sinon stade 1)</translation>
    </message>
    <message>
        <source>The matrix</source>
        <translation>La matrice</translation>
    </message>
    <message>
        <source>Computing the evidence of week %1…</source>
        <translation>Calcul des éléments probants de la semaine %1…</translation>
    </message>
    <message>
        <source>The evidence could not be computed: %1</source>
        <translation>Les éléments probants n&apos;ont pas pu être calculés : %1</translation>
    </message>
    <message>
        <source>Evidence of week %1, handoffs judged as of %2 UTC (computed in %3 ms).</source>
        <translation>Éléments probants de la semaine %1, transferts jugés au %2 UTC (calculés en %3 ms).</translation>
    </message>
    <message>
        <source>Computing the matrix of the last %1 weeks…</source>
        <translation>Calcul de la matrice des %1 dernières semaines…</translation>
    </message>
    <message>
        <source>The history could not be computed: %1</source>
        <translation>L&apos;historique n&apos;a pas pu être calculé : %1</translation>
    </message>
    <message>
        <source>%1: evidence stage %2</source>
        <translation>%1 : stade des éléments probants %2</translation>
    </message>
    <message>
        <source>Team&apos;s self-assessment: stage %1 on %2</source>
        <translation>Auto-évaluation de l&apos;équipe : stade %1 le %2</translation>
    </message>
    <message>
        <source>The team has not assessed this dimension yet.</source>
        <translation>L&apos;équipe n&apos;a pas encore évalué cette dimension.</translation>
    </message>
    <message>
        <source>(one stage rosier than the evidence)</source>
        <translation>(plus optimiste d&apos;un stade que les éléments probants)</translation>
    </message>
    <message>
        <source>(%1 stages rosier than the evidence)</source>
        <translation>(plus optimiste de %1 stades que les éléments probants)</translation>
    </message>
    <message>
        <source>Recorded snapshot of the evidence of this week.</source>
        <translation>Instantané enregistré des éléments probants de cette semaine.</translation>
    </message>
    <message>
        <source>Computed now: the week is not over, so nothing is recorded yet.</source>
        <translation>Calculé maintenant : la semaine n&apos;est pas terminée, donc rien n&apos;est encore enregistré.</translation>
    </message>
    <message>
        <source>evidence stage %1</source>
        <translation>stade des éléments probants %1</translation>
    </message>
    <message>
        <source>team stage %1</source>
        <translation>stade de l&apos;équipe %1</translation>
    </message>
    <message>
        <source>The evidence stage of each dimension, week by week. Each week is computed as of its end (the contract, rule set and meetings in force then) the first time it is shown and recorded once the week is over, so later weeks keep what the evidence said then. Recorded: %1 of the %2 weeks shown.</source>
        <translation>Le stade des éléments probants de chaque dimension, semaine par semaine. Chaque semaine est calculée à sa fin (contrat, jeu de règles et réunions alors en vigueur) la première fois qu&apos;elle est affichée, puis enregistrée une fois la semaine terminée, de sorte que les semaines passées conservent ce que disaient alors les éléments probants. Enregistrées : %1 des %2 semaines affichées.</translation>
    </message>
    <message>
        <source>Mean stage of the five dimensions</source>
        <translation>Stade moyen des cinq dimensions</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Éléments probants</translation>
    </message>
    <message>
        <source>Team&apos;s self-assessment</source>
        <translation>Auto-évaluation de l&apos;équipe</translation>
    </message>
    <message>
        <source>stage</source>
        <translation>stade</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stade</translation>
    </message>
    <message>
        <source>Assessed on</source>
        <translation>Évaluée le</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Self-assess %1 at stage %2</source>
        <translation>Auto-évaluer %1 au stade %2</translation>
    </message>
    <message>
        <source>Edit the self-assessment of %1</source>
        <translation>Modifier l&apos;auto-évaluation de %1</translation>
    </message>
    <message>
        <source>Remove the self-assessment of %1</source>
        <translation>Supprimer l&apos;auto-évaluation de %1</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;%1&quot;&gt;&amp;nbsp;Shaded&amp;nbsp;&lt;/span&gt;: the stage the evidence in the workspace supports. &lt;span style=&quot;%2&quot;&gt;&lt;b&gt;Outlined&lt;/b&gt;&lt;/span&gt;: the team&apos;s own self-assessment. A dimension&apos;s evidence stage is the lowest stage any of its rules supports (see Evidence rules).</source>
        <translation>&lt;span style=&quot;%1&quot;&gt;&amp;nbsp;Ombré&amp;nbsp;&lt;/span&gt; : le stade que justifient les éléments probants de l&apos;espace de travail. &lt;span style=&quot;%2&quot;&gt;&lt;b&gt;Encadré&lt;/b&gt;&lt;/span&gt; : l&apos;auto-évaluation de l&apos;équipe. Le stade des éléments probants d&apos;une dimension est le plus bas des stades justifiés par ses règles (voir Règles des éléments probants).</translation>
    </message>
</context>
<context>
    <name>baton::MaturitySnapshots</name>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
</context>
<context>
    <name>baton::MeetingAgenda</name>
    <message>
        <source>no change</source>
        <translation>aucun changement</translation>
    </message>
    <message>
        <source>notify the owner</source>
        <translation>avertir le responsable</translation>
    </message>
    <message>
        <source>notify the manager</source>
        <translation>avertir le manager</translation>
    </message>
    <message>
        <source>notify RevOps</source>
        <translation>avertir RevOps</translation>
    </message>
    <message>
        <source>reassign</source>
        <translation>réattribuer</translation>
    </message>
    <message>
        <source>Missed SLAs, week %1</source>
        <translation>SLA manqués, semaine %1</translation>
    </message>
    <message>
        <source>SLA compliance %1 (week before: %2)</source>
        <translation>Respect du SLA %1 (semaine précédente : %2)</translation>
    </message>
    <message>
        <source>%1 missed of %2 decided; %3 handoffs under an SLA in the week.</source>
        <translation>%1 manqués sur %2 tranchés ; %3 transferts soumis à un SLA dans la semaine.</translation>
    </message>
    <message>
        <source>Missed SLAs of %1, week %2</source>
        <translation>SLA manqués de %1, semaine %2</translation>
    </message>
    <message>
        <source>%1: %2 missed of %3 decided</source>
        <translation>%1 : %2 manqués sur %3 tranchés</translation>
    </message>
    <message>
        <source>Compliance %1; median time to first touch %2 business minutes.</source>
        <translation>Respect %1 ; délai médian jusqu&apos;au premier contact : %2 minutes ouvrées.</translation>
    </message>
    <message>
        <source>Open SLA breaches, week %1</source>
        <translation>Dépassements de SLA en cours, semaine %1</translation>
    </message>
    <message>
        <source>1 handoff of the week still untouched past due</source>
        <translation>1 transfert de la semaine toujours sans contact après l&apos;échéance</translation>
    </message>
    <message>
        <source>%1 handoffs of the week still untouched past due</source>
        <translation>%1 transferts de la semaine toujours sans contact après l&apos;échéance</translation>
    </message>
    <message>
        <source>Longest: %1 (%2), %3 % of its target, escalation step %4 of %5: %6.</source>
        <translation>Le plus long : %1 (%2), %3 % de son objectif, palier d&apos;escalade %4 sur %5 : %6.</translation>
    </message>
    <message>
        <source>no owner</source>
        <translation>aucun responsable</translation>
    </message>
    <message>
        <source>Longest: %1 (%2), %3 % of its target.</source>
        <translation>Le plus long : %1 (%2), %3 % de son objectif.</translation>
    </message>
    <message>
        <source>No rejections in the week.</source>
        <translation>Aucun rejet dans la semaine.</translation>
    </message>
    <message>
        <source>(no reason)</source>
        <translation>(aucun motif)</translation>
    </message>
    <message>
        <source>Rejected: %1, week %2</source>
        <translation>Rejetés : %1, semaine %2</translation>
    </message>
    <message>
        <source>%1: %2 rejections</source>
        <translation>%1 : %2 rejets</translation>
    </message>
    <message>
        <source>Week before: %1 (%2).</source>
        <translation>Semaine précédente : %1 (%2).</translation>
    </message>
    <message>
        <source>No handoffs leaked in the week.</source>
        <translation>Aucune fuite de transferts dans la semaine.</translation>
    </message>
    <message>
        <source>Biggest leak: %1, %2 handoffs (%3 of the week&apos;s)</source>
        <translation>Plus grande fuite : %1, %2 transferts (%3 de ceux de la semaine)</translation>
    </message>
    <message>
        <source>No routing rule set was active: every lead goes to the fallback queue.</source>
        <translation>Aucun jeu de règles de routage n&apos;était actif : chaque lead va dans la file de repli.</translation>
    </message>
    <message>
        <source>Every scenario reaches an owner by rule.</source>
        <translation>Chaque scénario atteint un responsable par une règle.</translation>
    </message>
    <message>
        <source>Nearest rule: %1 (misses on %2).</source>
        <translation>Règle la plus proche : %1 (échoue sur : %2).</translation>
    </message>
    <message>
        <source>%1 to the fallback queue, week %2</source>
        <translation>%1 vers la file de repli, semaine %2</translation>
    </message>
    <message>
        <source>%1: %2 scenarios reach no owner</source>
        <translation>%1 : %2 scénarios n&apos;atteignent aucun responsable</translation>
    </message>
    <message>
        <source>%1: %2 scenarios reach only the fallback queue</source>
        <translation>%1 : %2 scénarios n&apos;atteignent que la file de repli</translation>
    </message>
    <message>
        <source>Unassigned or fallback, week %1</source>
        <translation>Non attribués ou en repli, semaine %1</translation>
    </message>
    <message>
        <source>%1 of the week&apos;s %2 handoffs (%3) had no owner or went to the fallback queue</source>
        <translation>%1 des %2 transferts de la semaine (%3) n&apos;avaient pas de responsable ou sont allés dans la file de repli</translation>
    </message>
    <message>
        <source>Handoffs with violations, week %1</source>
        <translation>Transferts avec infractions, semaine %1</translation>
    </message>
    <message>
        <source>%1 of %2 handoffs (%3) break at least one rule</source>
        <translation>%1 transferts sur %2 (%3) enfreignent au moins une règle</translation>
    </message>
    <message>
        <source>Data-quality score %1.</source>
        <translation>Score de qualité des données : %1.</translation>
    </message>
    <message>
        <source>%1: %2 handoffs (%3 violations)</source>
        <translation>%1 : %2 transferts (%3 infractions)</translation>
    </message>
    <message>
        <source>SLA breaches and their owners</source>
        <translation>Dépassements de SLA et leurs responsables</translation>
    </message>
    <message>
        <source>Top rejection reasons</source>
        <translation>Principaux motifs de rejet</translation>
    </message>
    <message>
        <source>Biggest leakage point</source>
        <translation>Principal point de fuite</translation>
    </message>
    <message>
        <source>Coverage gaps</source>
        <translation>Lacunes de couverture</translation>
    </message>
    <message>
        <source>Violations</source>
        <translation>Infractions</translation>
    </message>
    <message>
        <source>Overdue action items</source>
        <translation>Actions en retard</translation>
    </message>
    <message>
        <source>No action item is overdue.</source>
        <translation>Aucune action n&apos;est en retard.</translation>
    </message>
    <message>
        <source>Due %1, raised at the meeting of %2; %3 days overdue.</source>
        <translation>Échéance le %1, soulevée lors de la réunion du %2 ; en retard de %3 jours.</translation>
    </message>
</context>
<context>
    <name>baton::MeetingPage</name>
    <message>
        <source>No workspace open</source>
        <translation>Aucun espace de travail ouvert</translation>
    </message>
    <message>
        <source>Open a workspace to prepare the weekly governance meeting: an agenda built from the week&apos;s data, and a record of attendees, decisions and action items.</source>
        <translation>Ouvrez un espace de travail pour préparer la réunion de gouvernance hebdomadaire : un ordre du jour établi à partir des données de la semaine, et un compte rendu des participants, des décisions et des actions à mener.</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semaine</translation>
    </message>
    <message>
        <source>Meeting week</source>
        <translation>Semaine de la réunion</translation>
    </message>
    <message>
        <source>The meeting of an ISO week reviews the handoffs handed off in that week.</source>
        <translation>La réunion d&apos;une semaine ISO examine les transferts effectués pendant cette semaine.</translation>
    </message>
    <message>
        <source>Record this week&apos;s meeting</source>
        <translation>Enregistrer la réunion de cette semaine</translation>
    </message>
    <message>
        <source>Delete meeting</source>
        <translation>Supprimer la réunion</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Ordre du jour</translation>
    </message>
    <message>
        <source>built from the week&apos;s data; double-click an item for its handoffs</source>
        <translation>établi à partir des données de la semaine ; double-cliquez sur un point pour voir ses transferts</translation>
    </message>
    <message>
        <source>Building the agenda of week %1…</source>
        <translation>Élaboration de l&apos;ordre du jour de la semaine %1…</translation>
    </message>
    <message>
        <source>The agenda could not be built: %1</source>
        <translation>Impossible d&apos;établir l&apos;ordre du jour : %1</translation>
    </message>
    <message>
        <source>Agenda of week %1, handoffs judged as of %2 UTC (built in %3 ms).</source>
        <translation>Ordre du jour de la semaine %1, transferts évalués au %2 UTC (établi en %3 ms).</translation>
    </message>
    <message>
        <source>Double-click to see the handoffs.</source>
        <translation>Double-cliquez pour voir les transferts.</translation>
    </message>
    <message>
        <source>Record the meeting of %1</source>
        <translation>Enregistrer la réunion de %1</translation>
    </message>
    <message>
        <source>Delete the meeting of %1</source>
        <translation>Supprimer la réunion de %1</translation>
    </message>
</context>
<context>
    <name>baton::MeetingRecordPanel</name>
    <message>
        <source>Held on</source>
        <translation>Tenue le</translation>
    </message>
    <message>
        <source>Names, separated by commas</source>
        <translation>Noms, séparés par des virgules</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Save details</source>
        <translation>Enregistrer les détails</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Décisions</translation>
    </message>
    <message>
        <source>Add decision…</source>
        <translation>Ajouter une décision…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>What was decided:</source>
        <translation>Ce qui a été décidé :</translation>
    </message>
    <message>
        <source>Edit a decision</source>
        <translation>Modifier une décision</translation>
    </message>
    <message>
        <source>Remove a decision</source>
        <translation>Supprimer une décision</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Actions à mener</translation>
    </message>
    <message>
        <source>Action item</source>
        <translation>Action à mener</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>Soulevée</translation>
    </message>
    <message>
        <source>Add action item…</source>
        <translation>Ajouter une action…</translation>
    </message>
    <message>
        <source>Remove an action item</source>
        <translation>Supprimer une action</translation>
    </message>
    <message>
        <source>The meeting of week %1</source>
        <translation>La réunion de la semaine %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;No meeting is recorded for week %1.&lt;/b&gt; Record it to keep its attendees, decisions and action items; the action items still open from earlier meetings are below.</source>
        <translation>&lt;b&gt;Aucune réunion n&apos;est enregistrée pour la semaine %1.&lt;/b&gt; Enregistrez-la pour conserver ses participants, ses décisions et ses actions à mener ; les actions encore ouvertes des réunions précédentes figurent ci-dessous.</translation>
    </message>
    <message>
        <source>Open, overdue</source>
        <translation>Ouverte, en retard</translation>
    </message>
    <message>
        <source>this meeting</source>
        <translation>cette réunion</translation>
    </message>
    <message>
        <source>Raised at this meeting: %1. Carried over from earlier meetings: %2 (they come back until closed). Overdue items are shaded; edit a cell to change it.</source>
        <translation>Soulevées lors de cette réunion : %1. Reportées des réunions précédentes : %2 (elles reviennent jusqu&apos;à leur clôture). Les actions en retard sont surlignées ; modifiez une cellule pour la changer.</translation>
    </message>
    <message>
        <source>Edit the meeting of %1</source>
        <translation>Modifier la réunion de %1</translation>
    </message>
    <message>
        <source>Add a decision</source>
        <translation>Ajouter une décision</translation>
    </message>
    <message>
        <source>Add action item &quot;%1&quot;</source>
        <translation>Ajouter l&apos;action « %1 »</translation>
    </message>
    <message>
        <source>Rename an action item</source>
        <translation>Renommer une action</translation>
    </message>
    <message>
        <source>Change the owner of &quot;%1&quot;</source>
        <translation>Changer le responsable de « %1 »</translation>
    </message>
    <message>
        <source>Change the due day of &quot;%1&quot;</source>
        <translation>Changer l&apos;échéance de « %1 »</translation>
    </message>
    <message>
        <source>Mark &quot;%1&quot; done</source>
        <translation>Marquer « %1 » comme terminée</translation>
    </message>
    <message>
        <source>Mark &quot;%1&quot; dropped</source>
        <translation>Marquer « %1 » comme abandonnée</translation>
    </message>
    <message>
        <source>Mark &quot;%1&quot; open</source>
        <translation>Marquer « %1 » comme ouverte</translation>
    </message>
</context>
<context>
    <name>baton::MinuteOfDayDelegate</name>
    <message>
        <source>00:00 ends the hours at midnight, the end of the day</source>
        <translation>00:00 termine les heures à minuit, à la fin de la journée</translation>
    </message>
</context>
<context>
    <name>baton::Outcome</name>
    <message>
        <source>Open</source>
        <comment>handoff outcome</comment>
        <translation>Ouvert</translation>
    </message>
    <message>
        <source>Accepted</source>
        <comment>handoff outcome</comment>
        <translation>Accepté</translation>
    </message>
    <message>
        <source>Rejected</source>
        <comment>handoff outcome</comment>
        <translation>Rejeté</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <comment>handoff outcome</comment>
        <translation>Opportunité</translation>
    </message>
    <message>
        <source>Won</source>
        <comment>handoff outcome</comment>
        <translation>Gagné</translation>
    </message>
    <message>
        <source>Lost</source>
        <comment>handoff outcome</comment>
        <translation>Perdu</translation>
    </message>
</context>
<context>
    <name>baton::OverviewPage</name>
    <message>
        <source>Welcome to Baton</source>
        <translation>Bienvenue dans Baton</translation>
    </message>
    <message>
        <source>Baton turns the Marketing to Sales handoff into a governed, measurable contract: define it, map the stages, instrument the data, route every lead to an owner, enforce the SLAs, learn from rejections and optimize with the weekly meeting.</source>
        <translation>Baton fait du transfert des leads du Marketing aux Ventes un contrat gouverné et mesurable : définissez-le, cartographiez les étapes, instrumentez les données, routez chaque lead vers un responsable, faites respecter les SLA, tirez les leçons des rejets et optimisez avec la réunion hebdomadaire.</translation>
    </message>
    <message>
        <source>Explore a demo workspace</source>
        <translation>Découvrir un espace de travail de démonstration</translation>
    </message>
    <message>
        <source>Create and open a demo workspace</source>
        <translation>Créer et ouvrir un espace de travail de démonstration</translation>
    </message>
    <message>
        <source>Start a new workspace…</source>
        <translation>Créer un nouvel espace de travail…</translation>
    </message>
    <message>
        <source>Open a workspace…</source>
        <translation>Ouvrir un espace de travail…</translation>
    </message>
    <message>
        <source>Recent workspaces</source>
        <translation>Espaces de travail récents</translation>
    </message>
    <message>
        <source>What the workspace holds (rows per table):</source>
        <translation>Contenu de l&apos;espace de travail (lignes par table) :</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>Rows per table</source>
        <translation>Lignes par table</translation>
    </message>
    <message>
        <source>No recent workspaces yet.</source>
        <translation>Aucun espace de travail récent pour l&apos;instant.</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Fichier : %1</translation>
    </message>
    <message>
        <source>Schema version: %1</source>
        <translation>Version du schéma : %1</translation>
    </message>
    <message>
        <source>Reporting time zone: %1</source>
        <translation>Fuseau horaire des rapports : %1</translation>
    </message>
    <message>
        <source>Data as of: %1</source>
        <translation>Données au : %1</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Comptes</translation>
    </message>
    <message>
        <source>Account matching rules</source>
        <translation>Règles de rapprochement des comptes</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Actions à mener</translation>
    </message>
    <message>
        <source>Audit log entries</source>
        <translation>Entrées du journal d&apos;audit</translation>
    </message>
    <message>
        <source>Business-hours calendars</source>
        <translation>Calendriers d&apos;heures ouvrées</translation>
    </message>
    <message>
        <source>Calendar holidays</source>
        <translation>Jours fériés des calendriers</translation>
    </message>
    <message>
        <source>Calendar working hours</source>
        <translation>Heures de travail des calendriers</translation>
    </message>
    <message>
        <source>Contract sign-offs</source>
        <translation>Signatures de contrat</translation>
    </message>
    <message>
        <source>Contract terms</source>
        <translation>Conditions de contrat</translation>
    </message>
    <message>
        <source>Contract versions</source>
        <translation>Versions de contrat</translation>
    </message>
    <message>
        <source>Escalation steps</source>
        <translation>Paliers d&apos;escalade</translation>
    </message>
    <message>
        <source>Free-mail domains (added)</source>
        <translation>Domaines de messagerie gratuite (ajoutés)</translation>
    </message>
    <message>
        <source>Governance meetings</source>
        <translation>Réunions de gouvernance</translation>
    </message>
    <message>
        <source>Handoffs</source>
        <translation>Transferts</translation>
    </message>
    <message>
        <source>Identity rules</source>
        <translation>Règles d&apos;identité</translation>
    </message>
    <message>
        <source>Import mappings</source>
        <translation>Correspondances d&apos;import</translation>
    </message>
    <message>
        <source>Imports</source>
        <translation>Imports</translation>
    </message>
    <message>
        <source>Industries</source>
        <translation>Secteurs</translation>
    </message>
    <message>
        <source>Rows kept aside by imports</source>
        <translation>Lignes mises de côté par les imports</translation>
    </message>
    <message>
        <source>KPI sums per account</source>
        <translation>Sommes de KPI par compte</translation>
    </message>
    <message>
        <source>KPI sums per week and slice</source>
        <translation>Sommes de KPI par semaine et tranche</translation>
    </message>
    <message>
        <source>KPI sums per week, slice and owner</source>
        <translation>Sommes de KPI par semaine, tranche et responsable</translation>
    </message>
    <message>
        <source>Legal suffixes (added)</source>
        <translation>Suffixes juridiques (ajoutés)</translation>
    </message>
    <message>
        <source>Lifecycle stages</source>
        <translation>Étapes du cycle de vie</translation>
    </message>
    <message>
        <source>Maturity self-assessments</source>
        <translation>Auto-évaluations de maturité</translation>
    </message>
    <message>
        <source>Maturity snapshots</source>
        <translation>Instantanés de maturité</translation>
    </message>
    <message>
        <source>Meeting decisions</source>
        <translation>Décisions de réunion</translation>
    </message>
    <message>
        <source>Owners</source>
        <translation>Responsables</translation>
    </message>
    <message>
        <source>Owner absences</source>
        <translation>Absences des responsables</translation>
    </message>
    <message>
        <source>Recycle plays</source>
        <translation>Parcours de recyclage</translation>
    </message>
    <message>
        <source>Rejection reasons</source>
        <translation>Motifs de rejet</translation>
    </message>
    <message>
        <source>Routing rules</source>
        <translation>Règles de routage</translation>
    </message>
    <message>
        <source>Routing rule sets</source>
        <translation>Jeux de règles de routage</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segments</translation>
    </message>
    <message>
        <source>Signal types</source>
        <translation>Types de signal</translation>
    </message>
    <message>
        <source>SLA policies</source>
        <translation>Politiques de SLA</translation>
    </message>
    <message>
        <source>Stage changes</source>
        <translation>Changements d&apos;étape</translation>
    </message>
    <message>
        <source>Stage requirements</source>
        <translation>Exigences par étape</translation>
    </message>
    <message>
        <source>Stage transitions</source>
        <translation>Transitions d&apos;étape</translation>
    </message>
    <message>
        <source>Teams and queues</source>
        <translation>Équipes et files d&apos;attente</translation>
    </message>
    <message>
        <source>Team memberships</source>
        <translation>Appartenances aux équipes</translation>
    </message>
    <message>
        <source>Territories</source>
        <translation>Territoires</translation>
    </message>
    <message>
        <source>Territory areas</source>
        <translation>Zones de territoire</translation>
    </message>
    <message>
        <source>UTM conventions</source>
        <translation>Conventions UTM</translation>
    </message>
    <message>
        <source>Workspace settings</source>
        <translation>Paramètres de l&apos;espace de travail</translation>
    </message>
    <message>
        <source>Import a CSV export…</source>
        <translation>Importer un export CSV…</translation>
    </message>
    <message>
        <source>Tip: press %1 to go to any page, routing rule, signal type or owner by typing its name.</source>
        <translation>Astuce : appuyez sur %1 pour accéder à une page, une règle de routage, un type de signal ou un responsable en tapant son nom.</translation>
    </message>
    <message>
        <source>Import handoffs from a CRM&apos;s CSV export</source>
        <translation>Importer des transferts depuis l&apos;export CSV d&apos;un CRM</translation>
    </message>
    <message>
        <source>Importing is available in the main window</source>
        <translation>L&apos;import est disponible dans la fenêtre principale</translation>
    </message>
    <message>
        <source>Counting the rows…</source>
        <translation>Comptage des lignes…</translation>
    </message>
</context>
<context>
    <name>baton::OwnerDialog</name>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>New owner</source>
        <translation>Nouveau responsable</translation>
    </message>
    <message>
        <source>(no team)</source>
        <translation>(aucune équipe)</translation>
    </message>
    <message>
        <source> leads a day</source>
        <translation> leads par jour</translation>
    </message>
    <message>
        <source>Round robin gives this owner no more leads on one day; 0 takes them out of round robin.</source>
        <translation>Le round-robin ne donne pas davantage de leads par jour à ce responsable ; 0 le retire du round-robin.</translation>
    </message>
    <message>
        <source>from</source>
        <translation>à partir du</translation>
    </message>
    <message>
        <source>last working day</source>
        <translation>dernier jour travaillé</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>E-mail :</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Rôle :</translation>
    </message>
    <message>
        <source>Team:</source>
        <translation>Équipe :</translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation>Fuseau horaire :</translation>
    </message>
    <message>
        <source>Capacity:</source>
        <translation>Capacité :</translation>
    </message>
    <message>
        <source>Active:</source>
        <translation>Actif :</translation>
    </message>
    <message>
        <source>Takes round-robin leads in this team (weight 1)</source>
        <translation>Reçoit des leads en round-robin dans cette équipe (poids 1)</translation>
    </message>
    <message>
        <source>Out of office (both days included):</source>
        <translation>Absent (les deux jours inclus) :</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Absences</source>
        <translation>Absences</translation>
    </message>
    <message>
        <source>Add absence</source>
        <translation>Ajouter une absence</translation>
    </message>
    <message>
        <source>Remove absence</source>
        <translation>Supprimer l&apos;absence</translation>
    </message>
    <message>
        <source>Give the owner a name.</source>
        <translation>Donnez un nom au responsable.</translation>
    </message>
    <message>
        <source>Give the owner a role, such as SDR or AE.</source>
        <translation>Donnez un rôle au responsable, par exemple SDR ou AE.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time zone this computer knows; pick one from the list (e.g. Europe/Berlin).</source>
        <translation>« %1 » n&apos;est pas un fuseau horaire connu de cet ordinateur ; choisissez-en un dans la liste (p. ex. Europe/Berlin).</translation>
    </message>
    <message>
        <source>The last working day is before the first.</source>
        <translation>Le dernier jour travaillé précède le premier.</translation>
    </message>
    <message>
        <source>An absence ends before it starts.</source>
        <translation>Une absence se termine avant de commencer.</translation>
    </message>
    <message>
        <source>%1 already has this email address.</source>
        <translation>%1 a déjà cette adresse e-mail.</translation>
    </message>
</context>
<context>
    <name>baton::OwnerImport</name>
    <message>
        <source>Time zone: &quot;%1&quot; is not an IANA time zone such as Europe/Berlin.</source>
        <translation>Fuseau horaire : « %1 » n&apos;est pas un fuseau horaire IANA comme Europe/Berlin.</translation>
    </message>
    <message>
        <source>No owner has %1 &quot;%2&quot; to update.</source>
        <translation>Aucun responsable avec %1 « %2 » à mettre à jour.</translation>
    </message>
    <message>
        <source>Owner name is missing: a new owner needs a name.</source>
        <translation>Nom du responsable manquant : un nouveau responsable doit avoir un nom.</translation>
    </message>
    <message>
        <source>Owner name</source>
        <translation>Nom du responsable</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>Team manager</source>
        <translation>Manager de l&apos;équipe</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <source>Capacity per day</source>
        <translation>Capacité par jour</translation>
    </message>
    <message>
        <source>Active from</source>
        <translation>Actif à partir du</translation>
    </message>
    <message>
        <source>Active until</source>
        <translation>Actif jusqu&apos;au</translation>
    </message>
</context>
<context>
    <name>baton::PageCatalog</name>
    <message>
        <source>Workspace</source>
        <translation>Espace de travail</translation>
    </message>
    <message>
        <source>Define</source>
        <translation>Définir</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Cartographier</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>Instrumenter</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Router</translation>
    </message>
    <message>
        <source>Enforce</source>
        <translation>Faire respecter</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Optimize</source>
        <translation>Optimiser</translation>
    </message>
    <message>
        <source>Govern</source>
        <translation>Gouverner</translation>
    </message>
    <message>
        <source>The workspace file and what it holds</source>
        <translation>Le fichier de l&apos;espace de travail et son contenu</translation>
    </message>
    <message>
        <source>Agree what qualifies, what Sales receives, who follows up and how fast</source>
        <translation>Convenir de ce qui qualifie un lead, de ce que reçoivent les Ventes, de qui assure le suivi et dans quel délai</translation>
    </message>
    <message>
        <source>Lifecycle stages, their workflow actions and allowed transitions</source>
        <translation>Étapes du cycle de vie, leurs actions de workflow et les transitions autorisées</translation>
    </message>
    <message>
        <source>The data standard, CRM imports and the records that break the rules</source>
        <translation>La norme de données, les imports CRM et les enregistrements qui enfreignent les règles</translation>
    </message>
    <message>
        <source>Coverage and routing rules: an owner for every scenario</source>
        <translation>Couverture et règles de routage : un responsable pour chaque scénario</translation>
    </message>
    <message>
        <source>SLA clocks on business hours, breaches and escalation</source>
        <translation>Horloges SLA en heures ouvrées, dépassements et escalade</translation>
    </message>
    <message>
        <source>Rejection reasons and the recycle plays they trigger</source>
        <translation>Motifs de rejet et parcours de recyclage qu&apos;ils déclenchent</translation>
    </message>
    <message>
        <source>KPIs, leakage and trends, with drill-down to the handoffs</source>
        <translation>KPI, fuites et tendances, avec exploration jusqu&apos;aux transferts</translation>
    </message>
    <message>
        <source>The maturity matrix and the weekly governance meeting</source>
        <translation>La matrice de maturité et la réunion de gouvernance hebdomadaire</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Vue d&apos;ensemble</translation>
    </message>
    <message>
        <source>The open workspace, what it holds, and where to start.</source>
        <translation>L&apos;espace de travail ouvert, son contenu et par où commencer.</translation>
    </message>
    <message>
        <source>Handoff contract</source>
        <translation>Contrat de transfert</translation>
    </message>
    <message>
        <source>The one-page agreement between Sales, Marketing and RevOps.</source>
        <translation>L&apos;accord d&apos;une page entre les Ventes, le Marketing et RevOps.</translation>
    </message>
    <message>
        <source>Stage map</source>
        <translation>Carte des étapes</translation>
    </message>
    <message>
        <source>Lifecycle stages, the workflow action each requires, and where a lead may go next.</source>
        <translation>Les étapes du cycle de vie, l&apos;action de workflow que chacune exige et les étapes vers lesquelles un lead peut passer ensuite.</translation>
    </message>
    <message>
        <source>Data standard</source>
        <translation>Norme de données</translation>
    </message>
    <message>
        <source>Required fields and timestamps, UTM conventions, identity and account-matching rules.</source>
        <translation>Champs et horodatages obligatoires, conventions UTM, règles d&apos;identité et de rapprochement des comptes.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Violations</source>
        <translation>Infractions</translation>
    </message>
    <message>
        <source>Handoffs that break the contract, the stage map or the data standard.</source>
        <translation>Transferts qui enfreignent le contrat, la carte des étapes ou la norme de données.</translation>
    </message>
    <message>
        <source>Routing rules</source>
        <translation>Règles de routage</translation>
    </message>
    <message>
        <source>Ordered rules that give every lead an owner, and the coverage model they use.</source>
        <translation>Des règles ordonnées qui attribuent un responsable à chaque lead, et le modèle de couverture qu&apos;elles utilisent.</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Couverture</translation>
    </message>
    <message>
        <source>Proof that every scenario reaches an owner before the rules go live.</source>
        <translation>La preuve que chaque scénario atteint un responsable avant la mise en service des règles.</translation>
    </message>
    <message>
        <source>Roster what-ifs</source>
        <translation>Simulations « et si » de l&apos;effectif</translation>
    </message>
    <message>
        <source>What happens to routing when someone leaves or is away.</source>
        <translation>Ce qu&apos;il advient du routage quand quelqu&apos;un part ou s&apos;absente.</translation>
    </message>
    <message>
        <source>SLA compliance</source>
        <translation>Respect du SLA</translation>
    </message>
    <message>
        <source>Time to first touch on business-hours clocks, breaches and escalations.</source>
        <translation>Délai de premier contact en heures ouvrées, dépassements et escalades.</translation>
    </message>
    <message>
        <source>Rejections and recycling</source>
        <translation>Rejets et recyclage</translation>
    </message>
    <message>
        <source>KPI dashboard</source>
        <translation>Tableau de bord des KPI</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Comptes</translation>
    </message>
    <message>
        <source>Maturity matrix</source>
        <translation>Matrice de maturité</translation>
    </message>
    <message>
        <source>Where the handoff process stands, by the team&apos;s view and by the evidence.</source>
        <translation>Où en est le processus de transfert, selon l&apos;équipe et selon les éléments probants.</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <source>The weekly governance meeting: an agenda built from the data, decisions and action items.</source>
        <translation>La réunion de gouvernance hebdomadaire : un ordre du jour établi à partir des données, les décisions et les actions à mener.</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Every configuration change: who changed what, when, and from what to what.</source>
        <translation>Chaque modification de configuration : qui a modifié quoi, quand, et de quelle valeur à quelle valeur.</translation>
    </message>
    <message>
        <source>CSV exports from the CRM: every import with its counts, and the rows kept aside with line and reason.</source>
        <translation>Exports CSV du CRM : chaque import avec ses compteurs, et les lignes mises de côté avec leur numéro de ligne et leur motif.</translation>
    </message>
    <message>
        <source>SLA policies and calendars</source>
        <translation>Politiques de SLA et calendriers</translation>
    </message>
    <message>
        <source>Targets per signal type, whose business hours count, escalation ladders, working hours and holidays.</source>
        <translation>Objectifs par type de signal, heures ouvrées de référence, échelles d&apos;escalade, heures de travail et jours fériés.</translation>
    </message>
    <message>
        <source>Why Sales rejects handoffs, the recycle play each reason triggers, and what became of them.</source>
        <translation>Pourquoi les Ventes rejettent des transferts, le parcours de recyclage que déclenche chaque motif, et ce que sont devenus ces transferts.</translation>
    </message>
    <message>
        <source>Acceptance, conversion, velocity, yield, SLA compliance and leakage; click any bar to drill down.</source>
        <translation>Acceptation, conversion, vélocité, rendement, respect du SLA et fuites ; cliquez sur une barre pour voir le détail.</translation>
    </message>
    <message>
        <source>Every handoff and engagement of one account, judged as one motion.</source>
        <translation>Tous les transferts et interactions d&apos;un compte, évalués comme une seule démarche.</translation>
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
        <translation>#%1 dans %2</translation>
    </message>
    <message>
        <source>%1 (draft)</source>
        <translation>%1 (brouillon)</translation>
    </message>
    <message>
        <source>%1 (archived)</source>
        <translation>%1 (archivé)</translation>
    </message>
    <message>
        <source>%1, disabled</source>
        <translation>%1, désactivée</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Signal type</source>
        <translation>Type de signal</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Routing rule</source>
        <translation>Règle de routage</translation>
    </message>
</context>
<context>
    <name>baton::PlayCatalogModel</name>
    <message>
        <source>Nurture track</source>
        <translation>Parcours de nurturing</translation>
    </message>
    <message>
        <source>Re-route</source>
        <translation>Re-routage</translation>
    </message>
    <message>
        <source>Merge with the original</source>
        <translation>Fusion avec l&apos;original</translation>
    </message>
    <message>
        <source>Disqualify</source>
        <translation>Disqualification</translation>
    </message>
    <message>
        <source>Competitive nurture</source>
        <translation>Nurturing concurrentiel</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>(no reason uses it)</source>
        <translation>(aucun motif ne l&apos;utilise)</translation>
    </message>
    <message>
        <source>Edit recycle play %1</source>
        <translation>Modifier le parcours de recyclage %1</translation>
    </message>
    <message>
        <source>Recycle play</source>
        <translation>Parcours de recyclage</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Re-entry (days)</source>
        <translation>Réentrée (jours)</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Used by</source>
        <translation>Utilisé par</translation>
    </message>
</context>
<context>
    <name>baton::ReasonCatalogModel</name>
    <message>
        <source>(no play)</source>
        <translation>(aucun parcours)</translation>
    </message>
    <message>
        <source>active</source>
        <translation>actif</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>retiré</translation>
    </message>
    <message>
        <source>Governance gap: no recycle play</source>
        <translation>Lacune de gouvernance : aucun parcours de recyclage</translation>
    </message>
    <message>
        <source>Mapped</source>
        <translation>Associé</translation>
    </message>
    <message>
        <source>Rename rejection reason %1</source>
        <translation>Renommer le motif de rejet %1</translation>
    </message>
    <message>
        <source>Map %1 to %2</source>
        <translation>Associer %1 à %2</translation>
    </message>
    <message>
        <source>no play</source>
        <translation>aucun parcours</translation>
    </message>
    <message>
        <source>Reactivate %1</source>
        <translation>Réactiver %1</translation>
    </message>
    <message>
        <source>Retire %1</source>
        <translation>Retirer %1</translation>
    </message>
    <message>
        <source>Describe %1</source>
        <translation>Décrire %1</translation>
    </message>
    <message>
        <source>Rejection reason</source>
        <translation>Motif de rejet</translation>
    </message>
    <message>
        <source>Recycle play</source>
        <translation>Parcours de recyclage</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>Utilisé</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Governance</source>
        <translation>Gouvernance</translation>
    </message>
</context>
<context>
    <name>baton::RecyclingReport</name>
    <message>
        <source>(nowhere)</source>
        <translation>(nulle part)</translation>
    </message>
    <message>
        <source>(no reason)</source>
        <translation>(aucun motif)</translation>
    </message>
</context>
<context>
    <name>baton::RejectionChart</name>
    <message>
        <source>Rejections by reason and %1</source>
        <translation>Rejets par motif et %1</translation>
    </message>
    <message>
        <source>%1 — %2: %3 of %4 rejections — click to see them</source>
        <translation>%1 — %2 : %3 rejets sur %4 — cliquez pour les voir</translation>
    </message>
    <message>
        <source>Rejected handoffs</source>
        <translation>Transferts rejetés</translation>
    </message>
</context>
<context>
    <name>baton::RejectionRecorder</name>
    <message>
        <source>A rejection needs a reason: choose why Sales rejects this handoff, so that it goes to that reason&apos;s recycle play.</source>
        <translation>Un rejet nécessite un motif : choisissez pourquoi les Ventes rejettent ce transfert, afin qu&apos;il rejoigne le parcours de recyclage de ce motif.</translation>
    </message>
    <message>
        <source>Rejection reason %1 does not exist; choose one from the catalogue.</source>
        <translation>Le motif de rejet %1 n&apos;existe pas ; choisissez-en un dans le catalogue.</translation>
    </message>
    <message>
        <source>The rejection reason &quot;%1&quot; is retired; choose an active reason.</source>
        <translation>Le motif de rejet « %1 » est retiré ; choisissez un motif actif.</translation>
    </message>
    <message>
        <source>Handoff %1 does not exist.</source>
        <translation>Le transfert %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Handoff %1 was already decided (%2); only open handoffs can be rejected.</source>
        <translation>Le transfert %1 a déjà été tranché (%2) ; seuls les transferts ouverts peuvent être rejetés.</translation>
    </message>
</context>
<context>
    <name>baton::RejectionsPage</name>
    <message>
        <source>Open a workspace to see its rejection reasons, their recycle plays and what became of rejected handoffs.</source>
        <translation>Ouvrez un espace de travail pour voir ses motifs de rejet, leurs parcours de recyclage et ce que sont devenus les transferts rejetés.</translation>
    </message>
    <message>
        <source>Where rejected handoffs went</source>
        <translation>Où sont allés les transferts rejetés</translation>
    </message>
    <message>
        <source>Reasons and recycle plays</source>
        <translation>Motifs et parcours de recyclage</translation>
    </message>
    <message>
        <source>Click a reason above to see its rejected handoffs and the play they went to (or, with the box ticked, the handoffs that came back from it).</source>
        <translation>Cliquez sur un motif ci-dessus pour voir ses transferts rejetés et le parcours vers lequel ils sont partis (ou, si la case est cochée, les transferts qui en sont revenus).</translation>
    </message>
    <message>
        <source>Rejection reasons</source>
        <translation>Motifs de rejet</translation>
    </message>
    <message>
        <source>Add reason</source>
        <translation>Ajouter un motif</translation>
    </message>
    <message>
        <source>Remove reason</source>
        <translation>Supprimer le motif</translation>
    </message>
    <message>
        <source>Recycle plays</source>
        <translation>Parcours de recyclage</translation>
    </message>
    <message>
        <source>Add play</source>
        <translation>Ajouter un parcours</translation>
    </message>
    <message>
        <source>Remove play</source>
        <translation>Supprimer le parcours</translation>
    </message>
    <message>
        <source>Remove Rejection Reason</source>
        <translation>Supprimer un motif de rejet</translation>
    </message>
    <message>
        <source>Remove Recycle Play</source>
        <translation>Supprimer un parcours de recyclage</translation>
    </message>
    <message>
        <source>Rejected in weeks</source>
        <translation>Rejetés de la semaine</translation>
    </message>
    <message>
        <source>From week</source>
        <translation>Semaine de début</translation>
    </message>
    <message>
        <source>To week</source>
        <translation>Semaine de fin</translation>
    </message>
    <message>
        <source>to</source>
        <translation>à</translation>
    </message>
    <message>
        <source>Clicking a row shows the handoffs that came back</source>
        <translation>Un clic sur une ligne affiche les transferts revenus</translation>
    </message>
    <message>
        <source>Rejected handoffs by reason, their recycle play, and what those that came back did</source>
        <translation>Transferts rejetés par motif, leur parcours de recyclage, et ce qu&apos;ont fait ceux qui sont revenus</translation>
    </message>
    <message>
        <source>(no play)</source>
        <translation>(aucun parcours)</translation>
    </message>
    <message>
        <source>first</source>
        <translation>première</translation>
    </message>
    <message>
        <source>last</source>
        <translation>dernière</translation>
    </message>
    <message numerus="yes">
        <source>Governance gap: %n reason(s) without a recycle play (%1); handoffs rejected with them go nowhere.</source>
        <translation>
            <numerusform>Lacune de gouvernance : %n motif sans parcours de recyclage (%1) ; les transferts rejetés avec ce motif ne vont nulle part.</numerusform>
            <numerusform>Lacune de gouvernance : %n motifs sans parcours de recyclage (%1) ; les transferts rejetés avec ces motifs ne vont nulle part.</numerusform>
        </translation>
    </message>
    <message>
        <source>Leakage: %1 rejection(s) have no reason (imported history), so no play picks them up. New rejections cannot be recorded without one.</source>
        <translation>Fuites : %1 rejet(s) sans motif (historique importé), aucun parcours ne les prend donc en charge. Les nouveaux rejets ne peuvent pas être enregistrés sans motif.</translation>
    </message>
    <message>
        <source>Rejection reason</source>
        <translation>Motif de rejet</translation>
    </message>
    <message>
        <source>Went to play</source>
        <translation>Parcours suivi</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejetés</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>Came back</source>
        <translation>Revenus</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Acceptés</translation>
    </message>
    <message>
        <source>Converted</source>
        <translation>Convertis</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Gagnés</translation>
    </message>
    <message>
        <source>Converted %</source>
        <translation>% convertis</translation>
    </message>
    <message>
        <source>Rejected handoffs whose recycled handoff Sales accepted.</source>
        <translation>Transferts rejetés dont le transfert recyclé a été accepté par les Ventes.</translation>
    </message>
    <message>
        <source>Rejected handoffs whose recycled handoff was won.</source>
        <translation>Transferts rejetés dont le transfert recyclé a été gagné.</translation>
    </message>
    <message>
        <source>Of the rejected handoffs that came back, the share that then became an opportunity.</source>
        <translation>Parmi les transferts rejetés qui sont revenus, la part qui est ensuite devenue une opportunité.</translation>
    </message>
    <message>
        <source>(nowhere: no reason)</source>
        <translation>(nulle part : aucun motif)</translation>
    </message>
    <message>
        <source>(nowhere: no play)</source>
        <translation>(nulle part : aucun parcours)</translation>
    </message>
    <message>
        <source>%1; may come back after %2 days</source>
        <translation>%1 ; peut revenir après %2 jours</translation>
    </message>
    <message>
        <source>%1 (retired)</source>
        <translation>%1 (retiré)</translation>
    </message>
    <message>
        <source>Came back after a rejection as %1</source>
        <translation>Revenus après un rejet pour le motif %1</translation>
    </message>
    <message>
        <source>Rejected as %1, sent nowhere</source>
        <translation>Rejetés pour le motif %1, envoyés nulle part</translation>
    </message>
    <message>
        <source>Rejected as %1, sent to %2</source>
        <translation>Rejetés pour le motif %1, envoyés vers %2</translation>
    </message>
    <message>
        <source>New reason</source>
        <translation>Nouveau motif</translation>
    </message>
    <message>
        <source>New reason %1</source>
        <translation>Nouveau motif %1</translation>
    </message>
    <message>
        <source>Add rejection reason</source>
        <translation>Ajouter un motif de rejet</translation>
    </message>
    <message>
        <source>Choose the rejection reason to remove.</source>
        <translation>Choisissez le motif de rejet à supprimer.</translation>
    </message>
    <message>
        <source>%1 rejection(s) were recorded as &quot;%2&quot;, so it stays in the catalogue. Untick &quot;In use&quot; to retire it.</source>
        <translation>%1 rejet(s) ont été enregistrés avec le motif « %2 », il reste donc dans le catalogue. Décochez « Utilisé » pour le retirer.</translation>
    </message>
    <message>
        <source>Remove rejection reason %1</source>
        <translation>Supprimer le motif de rejet %1</translation>
    </message>
    <message>
        <source>New recycle play</source>
        <translation>Nouveau parcours de recyclage</translation>
    </message>
    <message>
        <source>New recycle play %1</source>
        <translation>Nouveau parcours de recyclage %1</translation>
    </message>
    <message>
        <source>Add recycle play</source>
        <translation>Ajouter un parcours de recyclage</translation>
    </message>
    <message>
        <source>Choose the recycle play to remove.</source>
        <translation>Choisissez le parcours de recyclage à supprimer.</translation>
    </message>
    <message>
        <source>Remove recycle play %1</source>
        <translation>Supprimer le parcours de recyclage %1</translation>
    </message>
    <message>
        <source>Unmap %1</source>
        <translation>Dissocier %1</translation>
    </message>
</context>
<context>
    <name>baton::ReportTable</name>
    <message>
        <source>Filter rows</source>
        <translation>Filtrer les lignes</translation>
    </message>
    <message>
        <source>Filter the rows of %1</source>
        <translation>Filtrer les lignes de %1</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>Export %1 as CSV</source>
        <translation>Exporter %1 en CSV</translation>
    </message>
    <message>
        <source>Export Table</source>
        <translation>Exporter le tableau</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>baton::RosterPage</name>
    <message>
        <source>Open a workspace to try out changes to its roster.</source>
        <translation>Ouvrez un espace de travail pour tester des changements dans son effectif.</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>is out of office from</source>
        <translation>est absent du</translation>
    </message>
    <message>
        <source>leaves; the first day no longer working is</source>
        <translation>part ; son premier jour non travaillé est le</translation>
    </message>
    <message>
        <source> weeks</source>
        <translation> dernières semaines</translation>
    </message>
    <message>
        <source>The load per owner is projected by routing the handoffs of these last weeks again.</source>
        <translation>La charge par responsable est projetée en routant de nouveau les transferts de ces dernières semaines.</translation>
    </message>
    <message>
        <source>Show what happens</source>
        <translation>Voir ce qui se passe</translation>
    </message>
    <message>
        <source>Record it</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Saves the change to the owner (last working day, or an absence); Edit ▸ Undo takes it back.</source>
        <translation>Enregistre le changement sur le responsable (dernier jour travaillé ou absence) ; Édition ▸ Annuler permet de revenir en arrière.</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>Project the load from the last</source>
        <translation>Projeter la charge sur les</translation>
    </message>
    <message>
        <source>What if</source>
        <translation>Et si</translation>
    </message>
    <message>
        <source>Choose an owner and a change, then Show what happens. Nothing is saved.</source>
        <translation>Choisissez un responsable et un changement, puis cliquez sur « Voir ce qui se passe ». Rien n&apos;est enregistré.</translation>
    </message>
    <message>
        <source>Scenario that loses its owner</source>
        <translation>Scénario qui perd son responsable</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Actuellement</translation>
    </message>
    <message>
        <source>With the change</source>
        <translation>Avec le changement</translation>
    </message>
    <message>
        <source>Scenarios that lose their owner</source>
        <translation>Scénarios qui perdent leur responsable</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacité</translation>
    </message>
    <message>
        <source>Now a day</source>
        <translation>Actuel / jour</translation>
    </message>
    <message>
        <source>Projected load per owner</source>
        <translation>Charge projetée par responsable</translation>
    </message>
    <message>
        <source>Leads per weekday: the handoffs of the last weeks routed again through the active rules, as things are and as if the change had applied the whole time, divided by the weekdays in those weeks.</source>
        <translation>Leads par jour de semaine : les transferts des dernières semaines routés de nouveau selon les règles actives, en l&apos;état et comme si le changement s&apos;était appliqué sur toute la période, divisés par le nombre de jours de semaine de ces semaines.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Accounts they own</source>
        <translation>Comptes détenus</translation>
    </message>
    <message>
        <source>Open handoffs</source>
        <translation>Transferts ouverts</translation>
    </message>
    <message>
        <source>Records of owners who are not there</source>
        <translation>Enregistrements détenus par des responsables absents</translation>
    </message>
    <message>
        <source>Show these open handoffs</source>
        <translation>Afficher ces transferts ouverts</translation>
    </message>
    <message>
        <source>Hide the open handoffs</source>
        <translation>Masquer les transferts ouverts</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Roster what-if</source>
        <translation>Simulation « et si » de l&apos;effectif</translation>
    </message>
    <message>
        <source>no owner</source>
        <translation>aucun responsable</translation>
    </message>
    <message>
        <source>fallback queue (rule %1)</source>
        <translation>file de repli (règle %1)</translation>
    </message>
    <message>
        <source>fallback queue</source>
        <translation>file de repli</translation>
    </message>
    <message>
        <source>account owned</source>
        <translation>compte avec responsable</translation>
    </message>
    <message>
        <source>no account owner</source>
        <translation>aucun responsable de compte</translation>
    </message>
    <message>
        <source>None: every rule that gives %1 leads can still assign them to someone else.</source>
        <translation>Aucun : chaque règle qui donne des leads à %1 peut encore les attribuer à quelqu&apos;un d&apos;autre.</translation>
    </message>
    <message>
        <source>this owner</source>
        <translation>ce responsable</translation>
    </message>
    <message>
        <source>over capacity</source>
        <translation>au-delà de la capacité</translation>
    </message>
    <message>
        <source>+%1 leads</source>
        <translation>+%1 leads</translation>
    </message>
    <message>
        <source>leaves (last working day %1)</source>
        <translation>part (dernier jour travaillé %1)</translation>
    </message>
    <message>
        <source>is away %1 – %2</source>
        <translation>est absent du %1 au %2</translation>
    </message>
    <message>
        <source>If &lt;b&gt;%1&lt;/b&gt; %2 — scenarios that lose their owner: &lt;b&gt;%3&lt;/b&gt;. Of the %4 handoffs of the last %5 weeks, the fallback queue would get %6 instead of %7. Accounts %1 owns: %8; open handoffs: %9 (they stay with %1 until someone reassigns them). Nothing has been saved.</source>
        <translation>Si &lt;b&gt;%1&lt;/b&gt; %2 — scénarios qui perdent leur responsable : &lt;b&gt;%3&lt;/b&gt;. Sur les %4 transferts des %5 dernières semaines, la file de repli en recevrait %6 au lieu de %7. Comptes détenus par %1 : %8 ; transferts ouverts : %9 (ils restent à %1 jusqu&apos;à ce que quelqu&apos;un les réattribue). Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Records held by owners who are not there&lt;/b&gt; on %1 — accounts owned by owners who left: %2; open handoffs with owners who left or are away: %3; handoffs assigned after their owner&apos;s last day: %4.</source>
        <translation>&lt;b&gt;Enregistrements détenus par des responsables absents&lt;/b&gt; au %1 — comptes détenus par des responsables partis : %2 ; transferts ouverts dont le responsable est parti ou absent : %3 ; transferts attribués après le dernier jour de leur responsable : %4.</translation>
    </message>
    <message>
        <source>away</source>
        <translation>absent</translation>
    </message>
    <message>
        <source>left; last working day %1</source>
        <translation>parti ; dernier jour travaillé %1</translation>
    </message>
    <message>
        <source>not started yet</source>
        <translation>pas encore arrivé</translation>
    </message>
    <message>
        <source>%1 leaves after %2</source>
        <translation>%1 part après le %2</translation>
    </message>
    <message>
        <source>Roster</source>
        <translation>Effectif</translation>
    </message>
    <message>
        <source>The absence ends before it starts.</source>
        <translation>L&apos;absence se termine avant de commencer.</translation>
    </message>
    <message>
        <source>Out of office</source>
        <translation>Absence</translation>
    </message>
    <message>
        <source>%1 out of office</source>
        <translation>Absence de %1</translation>
    </message>
</context>
<context>
    <name>baton::RosterWhatIf</name>
    <message>
        <source>Give the first day of the change (and, for an absence, a last day on or after it).</source>
        <translation>Indiquez le premier jour du changement (et, pour une absence, un dernier jour identique ou postérieur).</translation>
    </message>
    <message>
        <source>There is no owner %1.</source>
        <translation>Il n&apos;existe aucun responsable %1.</translation>
    </message>
</context>
<context>
    <name>baton::RouteText</name>
    <message>
        <source>(removed #%1)</source>
        <translation>(#%1 supprimé)</translation>
    </message>
    <message>
        <source>Signal: %1</source>
        <translation>Signal : %1</translation>
    </message>
    <message>
        <source>Territory: %1</source>
        <translation>Territoire : %1</translation>
    </message>
    <message>
        <source>Segment: %1</source>
        <translation>Segment : %1</translation>
    </message>
    <message>
        <source>Industry: %1</source>
        <translation>Secteur : %1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Source : %1</translation>
    </message>
    <message>
        <source>account has an owner</source>
        <translation>le compte a un responsable</translation>
    </message>
    <message>
        <source>no account owner</source>
        <translation>aucun responsable de compte</translation>
    </message>
    <message>
        <source>Every lead</source>
        <translation>Tous les leads</translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation>Responsable : %1</translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation>(supprimé)</translation>
    </message>
    <message>
        <source>Account owner, else the account&apos;s team</source>
        <translation>Responsable du compte, sinon l&apos;équipe du compte</translation>
    </message>
    <message>
        <source>Round robin: %1</source>
        <translation>Round-robin : %1</translation>
    </message>
    <message>
        <source>A named owner</source>
        <translation>Un responsable désigné</translation>
    </message>
    <message>
        <source>The account&apos;s owner (else the account&apos;s team)</source>
        <translation>Le responsable du compte (sinon l&apos;équipe du compte)</translation>
    </message>
    <message>
        <source>Round robin over a team or queue</source>
        <translation>Round-robin sur une équipe ou une file d&apos;attente</translation>
    </message>
    <message>
        <source>%1 (active)</source>
        <translation>%1 (actif)</translation>
    </message>
    <message>
        <source>%1 (draft)</source>
        <translation>%1 (brouillon)</translation>
    </message>
    <message>
        <source>%1 (archived)</source>
        <translation>%1 (archivé)</translation>
    </message>
</context>
<context>
    <name>baton::Router</name>
    <message>
        <source>This workspace has no fallback queue. Mark one queue as the fallback on the Routing rules page (Teams and queues), so that every lead has somewhere to go.</source>
        <translation>Cet espace de travail n&apos;a pas de file de repli. Désignez une file d&apos;attente comme file de repli sur la page Règles de routage (Équipes et files d&apos;attente), afin que chaque lead ait une destination.</translation>
    </message>
</context>
<context>
    <name>baton::RowConverter</name>
    <message>
        <source>The mapping feeds %1, which is not a field of %2.</source>
        <translation>La correspondance alimente %1, qui n&apos;est pas un champ de %2.</translation>
    </message>
    <message>
        <source>The file has no column %1, which the mapping needs for %2.</source>
        <translation>Le fichier n&apos;a pas de colonne %1, dont la correspondance a besoin pour %2.</translation>
    </message>
    <message>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <source>A quoted field is never closed, so this record runs to the end of the file.</source>
        <translation>Un champ entre guillemets n&apos;est jamais fermé : cet enregistrement s&apos;étend donc jusqu&apos;à la fin du fichier.</translation>
    </message>
    <message>
        <source>The record has %1 fields where the header has %2 (a delimiter or quote out of place?).</source>
        <translation>L&apos;enregistrement a %1 champs alors que l&apos;en-tête en a %2 (un délimiteur ou un guillemet mal placé ?).</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not one of the values the mapping translates.</source>
        <translation>%1 : « %2 » ne fait pas partie des valeurs que la correspondance traduit.</translation>
    </message>
    <message>
        <source>%1 is missing (the mapping requires it).</source>
        <translation>%1 manque (la correspondance l&apos;exige).</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a country Baton knows.</source>
        <translation>%1 : « %2 » n&apos;est pas un pays connu de Baton.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a whole number.</source>
        <translation>%1 : « %2 » n&apos;est pas un nombre entier.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a number.</source>
        <translation>%1 : « %2 » n&apos;est pas un nombre.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a date in the format %3 (%4).</source>
        <translation>%1 : « %2 » n&apos;est pas une date au format %3 (%4).</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not an outcome (open, accepted, rejected, opportunity, won, lost); translate it in the mapping.</source>
        <translation>%1 : « %2 » n&apos;est pas un résultat (open, accepted, rejected, opportunity, won, lost) ; traduisez-le dans la correspondance.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a fit grade (A, B, C or D).</source>
        <translation>%1 : « %2 » n&apos;est pas une note d&apos;adéquation (A, B, C ou D).</translation>
    </message>
    <message>
        <source>%1: no %2 in this workspace is called &quot;%3&quot; (add it, translate the value in the mapping, or let the mapping create it).</source>
        <translation>%1 : « %3 » n&apos;existe pas comme %2 dans cet espace de travail (ajoutez-le, traduisez la valeur dans la correspondance ou laissez la correspondance le créer).</translation>
    </message>
</context>
<context>
    <name>baton::RuleDialog</name>
    <message>
        <source>Routing rule</source>
        <translation>Règle de routage</translation>
    </message>
    <message>
        <source>New routing rule</source>
        <translation>Nouvelle règle de routage</translation>
    </message>
    <message>
        <source>Enabled: the rule takes part in routing</source>
        <translation>Activée : la règle participe au routage</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <source>When (leave a list unticked to match every value)</source>
        <translation>Quand (ne cochez rien dans une liste pour accepter toutes les valeurs)</translation>
    </message>
    <message>
        <source>Signal types</source>
        <translation>Types de signal</translation>
    </message>
    <message>
        <source>Intent tiers</source>
        <translation>Niveaux d&apos;intention</translation>
    </message>
    <message>
        <source>Territories</source>
        <translation>Territoires</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segments</translation>
    </message>
    <message>
        <source>Industries</source>
        <translation>Secteurs</translation>
    </message>
    <message>
        <source>any source; or e.g. webinar, events</source>
        <translation>toute source ; ou p. ex. webinar, events</translation>
    </message>
    <message>
        <source>Any lead</source>
        <translation>Tout lead</translation>
    </message>
    <message>
        <source>Only leads whose account has an owner</source>
        <translation>Uniquement les leads dont le compte a un responsable</translation>
    </message>
    <message>
        <source>Only leads without an account owner</source>
        <translation>Uniquement les leads sans responsable de compte</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>Sources :</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Compte :</translation>
    </message>
    <message>
        <source>Assign to</source>
        <translation>Attribuer à</translation>
    </message>
    <message>
        <source>%1 (fallback queue)</source>
        <translation>%1 (file de repli)</translation>
    </message>
    <message>
        <source>How:</source>
        <translation>Mode :</translation>
    </message>
    <message>
        <source>Team or queue:</source>
        <translation>Équipe ou file d&apos;attente :</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>Responsable :</translation>
    </message>
    <message>
        <source>(removed #%1)</source>
        <translation>(#%1 supprimé)</translation>
    </message>
    <message>
        <source>Give the rule a name that says what it is for.</source>
        <translation>Donnez à la règle un nom qui indique sa finalité.</translation>
    </message>
    <message>
        <source>Choose the team or queue whose members take turns.</source>
        <translation>Choisissez l&apos;équipe ou la file d&apos;attente dont les membres se relaient.</translation>
    </message>
    <message>
        <source>Choose the owner who gets these leads.</source>
        <translation>Choisissez le responsable qui reçoit ces leads.</translation>
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
        <translation>Règle (activée)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Assign to</source>
        <translation>Attribuer à</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Couverture</translation>
    </message>
</context>
<context>
    <name>baton::RuleSetCommands</name>
    <message>
        <source>New draft rule set</source>
        <translation>Nouveau jeu de règles brouillon</translation>
    </message>
    <message>
        <source>Delete rule set %1</source>
        <translation>Supprimer le jeu de règles %1</translation>
    </message>
</context>
<context>
    <name>baton::RuleSetStore</name>
    <message>
        <source>This workspace has no active rule set; activate one on the Routing rules page.</source>
        <translation>Cet espace de travail n&apos;a pas de jeu de règles actif ; activez-en un sur la page Règles de routage.</translation>
    </message>
    <message>
        <source>There is no rule set %1; `baton coverage FILE --json` lists them.</source>
        <translation>Il n&apos;existe aucun jeu de règles %1 ; `baton coverage FILE --json` les liste.</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>The active rule set cannot be deleted; activate another set first.</source>
        <translation>Le jeu de règles actif ne peut pas être supprimé ; activez d&apos;abord un autre jeu.</translation>
    </message>
    <message>
        <source>Handoffs were routed by these rules (%1 of them) and refer to them, so the rule set stays as history.</source>
        <translation>Des transferts ont été routés par ces règles (%1) et y font référence : le jeu de règles est donc conservé comme historique.</translation>
    </message>
</context>
<context>
    <name>baton::RulesPage</name>
    <message>
        <source>Open a workspace to edit its routing rules and coverage model.</source>
        <translation>Ouvrez un espace de travail pour modifier ses règles de routage et son modèle de couverture.</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Règles</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Rule set:</source>
        <translation>Jeu de règles :</translation>
    </message>
    <message>
        <source>Rule set</source>
        <translation>Jeu de règles</translation>
    </message>
    <message>
        <source>New draft</source>
        <translation>Nouveau brouillon</translation>
    </message>
    <message>
        <source>Copy the active rules into a new draft that you can change and simulate before it goes live.</source>
        <translation>Copier les règles actives dans un nouveau brouillon que vous pouvez modifier et simuler avant sa mise en service.</translation>
    </message>
    <message>
        <source>Activate</source>
        <translation>Activer</translation>
    </message>
    <message>
        <source>Make this draft the rules that route new leads; the active set is archived.</source>
        <translation>Faire de ce brouillon les règles qui routent les nouveaux leads ; le jeu actif est archivé.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Simulate…</source>
        <translation>Simuler…</translation>
    </message>
    <message>
        <source>Route a CSV of leads, or the workspace&apos;s own handoffs, through this rule set and compare it with the active rules.</source>
        <translation>Router un CSV de leads, ou les transferts de l&apos;espace de travail, avec ce jeu de règles et comparer le résultat aux règles actives.</translation>
    </message>
    <message>
        <source>Routing rules in order</source>
        <translation>Règles de routage dans l&apos;ordre</translation>
    </message>
    <message>
        <source>Add rule…</source>
        <translation>Ajouter une règle…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Scenario: one combination of signal type, territory, segment, industry, source and whether the lead&apos;s account has an owner. Reaches an owner: the first matching rule that can assign takes it. Only the fallback: no rule takes it, so the fallback queue does. Shadowed: earlier rules take every scenario the rule matches.</source>
        <translation>Scénario : une combinaison de type de signal, territoire, segment, secteur, source et présence ou non d&apos;un responsable pour le compte du lead. Atteint un responsable : la première règle correspondante capable d&apos;attribuer le prend. File de repli uniquement : aucune règle ne le prend, c&apos;est donc la file de repli qui le reçoit. Masquée : des règles antérieures prennent tous les scénarios auxquels la règle correspond.</translation>
    </message>
    <message>
        <source>Every change to the coverage model and the routing rules, newest first (the audit log):</source>
        <translation>Chaque modification du modèle de couverture et des règles de routage, de la plus récente à la plus ancienne (le journal d&apos;audit) :</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>Quand (UTC)</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>History of routing changes</source>
        <translation>Historique des modifications du routage</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Désactivée</translation>
    </message>
    <message>
        <source>These rules route new leads (active since %1). To change them, make a new draft, prove it on the Coverage page or with Simulate, then activate it.</source>
        <translation>Ces règles routent les nouveaux leads (actives depuis %1). Pour les modifier, créez un nouveau brouillon, validez-le sur la page Couverture ou avec Simuler, puis activez-le.</translation>
    </message>
    <message>
        <source>the start</source>
        <translation>le début</translation>
    </message>
    <message>
        <source>Draft: change it freely (drag rules to reorder them; Edit ▸ Undo takes changes back), simulate it, then activate it.</source>
        <translation>Brouillon : modifiez-le librement (faites glisser les règles pour les réordonner ; Édition ▸ Annuler défait les modifications), simulez-le, puis activez-le.</translation>
    </message>
    <message>
        <source>Archived: these rules routed leads before (activated %1). Make a new draft to reuse them.</source>
        <translation>Archivé : ces règles ont routé des leads auparavant (activées le %1). Créez un nouveau brouillon pour les réutiliser.</translation>
    </message>
    <message>
        <source>Coverage on %1: %2 scenarios, %3 reach an owner through a rule, %4 reach only the fallback queue, %5 reach no owner; shadowed rules: %6, overlapping pairs: %7. The Coverage page shows where.</source>
        <translation>Couverture au %1 : %2 scénarios, %3 atteignent un responsable via une règle, %4 n&apos;atteignent que la file de repli, %5 n&apos;atteignent aucun responsable ; règles masquées : %6, paires qui se chevauchent : %7. La page Couverture indique où.</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Territoire</translation>
    </message>
    <message>
        <source>Territory area</source>
        <translation>Zone de territoire</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>Team member</source>
        <translation>Membre d&apos;équipe</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Absence</source>
        <translation>Absence</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 dans %2</translation>
    </message>
    <message>
        <source>%1 (removed)</source>
        <translation>%1 (supprimé)</translation>
    </message>
    <message>
        <source>View…</source>
        <translation>Afficher…</translation>
    </message>
    <message>
        <source>Add rule %1</source>
        <translation>Ajouter la règle %1</translation>
    </message>
    <message>
        <source>Edit rule %1</source>
        <translation>Modifier la règle %1</translation>
    </message>
    <message>
        <source>Remove rule %1</source>
        <translation>Supprimer la règle %1</translation>
    </message>
    <message>
        <source>Move rule %1</source>
        <translation>Déplacer la règle %1</translation>
    </message>
    <message>
        <source>Enable rule %1</source>
        <translation>Activer la règle %1</translation>
    </message>
    <message>
        <source>Disable rule %1</source>
        <translation>Désactiver la règle %1</translation>
    </message>
    <message>
        <source>Name of the draft rule set:</source>
        <translation>Nom du jeu de règles brouillon :</translation>
    </message>
    <message>
        <source>Draft %1</source>
        <translation>Brouillon %1</translation>
    </message>
    <message>
        <source>There is no fallback queue, so some leads could stay unassigned. Mark a queue as the fallback on the Teams and queues tab first.</source>
        <translation>Il n&apos;y a pas de file de repli : certains leads pourraient rester non attribués. Désignez d&apos;abord une file d&apos;attente comme file de repli dans l&apos;onglet Équipes et files d&apos;attente.</translation>
    </message>
    <message>
        <source>With these rules %1 of %2 scenarios reach only the fallback queue and %3 reach no owner. Activate them anyway?</source>
        <translation>Avec ces règles, %1 scénarios sur %2 n&apos;atteignent que la file de repli et %3 n&apos;atteignent aucun responsable. Les activer quand même ?</translation>
    </message>
    <message>
        <source>Activate rule set %1</source>
        <translation>Activer le jeu de règles %1</translation>
    </message>
    <message>
        <source>Delete rule set</source>
        <translation>Supprimer le jeu de règles</translation>
    </message>
    <message>
        <source>Delete %1 and its rules (%2)? Edit ▸ Undo brings them back.</source>
        <translation>Supprimer %1 et ses règles (%2) ? Édition ▸ Annuler les rétablit.</translation>
    </message>
    <message>
        <source>Archived: these rules were never active. Make a new draft to reuse them.</source>
        <translation>Archivé : ces règles n&apos;ont jamais été actives. Créez un nouveau brouillon pour les réutiliser.</translation>
    </message>
</context>
<context>
    <name>baton::ScorecardCharts</name>
    <message>
        <source>Handoffs, acceptance and conversion by week</source>
        <translation>Transferts, acceptation et conversion par semaine</translation>
    </message>
    <message>
        <source>Handoffs</source>
        <translation>Transferts</translation>
    </message>
    <message>
        <source>Acceptance rate</source>
        <translation>Taux d&apos;acceptation</translation>
    </message>
    <message>
        <source>Conversion rate</source>
        <translation>Taux de conversion</translation>
    </message>
    <message>
        <source>handoffs</source>
        <translation>transferts</translation>
    </message>
    <message>
        <source>rate</source>
        <translation>taux</translation>
    </message>
    <message>
        <source>SLA compliance by week</source>
        <translation>Respect du SLA par semaine</translation>
    </message>
    <message>
        <source>SLA compliance</source>
        <translation>Respect du SLA</translation>
    </message>
    <message>
        <source>Stage 3 threshold (%1)</source>
        <translation>Seuil du stade 3 (%1)</translation>
    </message>
    <message>
        <source>SLA compliance by team</source>
        <translation>Respect du SLA par équipe</translation>
    </message>
    <message>
        <source>Rejections by reason</source>
        <translation>Rejets par motif</translation>
    </message>
    <message>
        <source>Where handoffs leak</source>
        <translation>Où se produisent les fuites</translation>
    </message>
</context>
<context>
    <name>baton::ScorecardData</name>
    <message>
        <source>(no reason)</source>
        <translation>(aucun motif)</translation>
    </message>
</context>
<context>
    <name>baton::ScorecardExport</name>
    <message>
        <source>Open a workspace first.</source>
        <translation>Ouvrez d&apos;abord un espace de travail.</translation>
    </message>
    <message>
        <source>Building the scorecard…</source>
        <translation>Création du tableau de bord…</translation>
    </message>
</context>
<context>
    <name>baton::ScorecardExportDialog</name>
    <message>
        <source>Export Scorecard</source>
        <translation>Exporter le tableau de bord</translation>
    </message>
    <message>
        <source>A PDF of the week for the governance meeting to take away: KPIs against the week before and their trend, SLA compliance, rejection reasons, leakage, the maturity matrix, the contract, and the meeting&apos;s decisions and action items.</source>
        <translation>Un PDF de la semaine à remettre aux participants de la réunion de gouvernance : les KPI par rapport à la semaine précédente et leur tendance, le respect du SLA, les motifs de rejet, les fuites, la matrice de maturité, le contrat, ainsi que les décisions et les actions à mener de la réunion.</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semaine</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Lettre US</translation>
    </message>
    <message>
        <source>Page size</source>
        <translation>Format de page</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>baton::ScorecardRenderer</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source> pts</source>
        <translation> pts</translation>
    </message>
    <message>
        <source>high</source>
        <translation>élevé</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>moyen</translation>
    </message>
    <message>
        <source>low</source>
        <translation>faible</translation>
    </message>
    <message>
        <source>The page size must be a4 or letter, not &quot;%1&quot;.</source>
        <translation>Le format de page doit être a4 ou letter, et non « %1 ».</translation>
    </message>
    <message>
        <source>Handoff scorecard · Week %1</source>
        <translation>Tableau de bord des transferts · Semaine %1</translation>
    </message>
    <message>
        <source>Handoff scorecard, %1, week %2</source>
        <translation>Tableau de bord des transferts, %1, semaine %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>Cannot start the PDF %1.</source>
        <translation>Impossible de démarrer le PDF %1.</translation>
    </message>
    <message>
        <source>Handoff scorecard</source>
        <translation>Tableau de bord des transferts</translation>
    </message>
    <message>
        <source>%1 · Week %2 (%3)</source>
        <translation>%1 · Semaine %2 (%3)</translation>
    </message>
    <message>
        <source>Handoffs of the week, judged as of %1 UTC. Compared with week %2.</source>
        <translation>Transferts de la semaine, évalués au %1 UTC. Comparaison avec la semaine %2.</translation>
    </message>
    <message>
        <source>Headline KPIs</source>
        <translation>KPI principaux</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Évolution</translation>
    </message>
    <message>
        <source>Handoffs</source>
        <translation>Transferts</translation>
    </message>
    <message>
        <source>Acceptance rate</source>
        <translation>Taux d&apos;acceptation</translation>
    </message>
    <message>
        <source>Conversion rate (handoff → opportunity)</source>
        <translation>Taux de conversion (transfert → opportunité)</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>Taux de gain</translation>
    </message>
    <message>
        <source>Velocity to opportunity, median days</source>
        <translation>Vélocité jusqu&apos;à l&apos;opportunité, jours (médiane)</translation>
    </message>
    <message>
        <source>Pipeline per handoff</source>
        <translation>Pipeline par transfert</translation>
    </message>
    <message>
        <source>Won per handoff</source>
        <translation>Gagné par transfert</translation>
    </message>
    <message>
        <source>SLA compliance</source>
        <translation>Respect du SLA</translation>
    </message>
    <message>
        <source>Time to first touch, median business minutes</source>
        <translation>Délai de premier contact, minutes ouvrées (médiane)</translation>
    </message>
    <message>
        <source>Time to first touch, p90 business minutes</source>
        <translation>Délai de premier contact, minutes ouvrées (p90)</translation>
    </message>
    <message>
        <source>Leakage: %1</source>
        <translation>Fuites : %1</translation>
    </message>
    <message>
        <source>Trend, %1 weeks</source>
        <translation>Tendance, %1 semaines</translation>
    </message>
    <message>
        <source>%1 of the week&apos;s %2 decided handoffs met their SLA: %3 (week before: %4). %5 missed, %6 still untouched past due, %7 pending.</source>
        <translation>%1 des %2 transferts tranchés de la semaine ont respecté leur SLA : %3 (semaine précédente : %4). %5 manqués, %6 toujours sans contact après l&apos;échéance, %7 en attente.</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Tranchés</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Respectés</translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation>Respect</translation>
    </message>
    <message>
        <source>Median touch, min</source>
        <translation>Contact médian, min</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>Toutes les équipes</translation>
    </message>
    <message>
        <source>Rejection reasons</source>
        <translation>Motifs de rejet</translation>
    </message>
    <message>
        <source>%1 rejections in the week (week before: %2), with the recycle play each reason triggers.</source>
        <translation>%1 rejets dans la semaine (semaine précédente : %2), avec le parcours de recyclage que déclenche chaque motif.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Recycle play</source>
        <translation>Parcours de recyclage</translation>
    </message>
    <message>
        <source>none: leakage</source>
        <translation>aucun : fuite</translation>
    </message>
    <message>
        <source>none: a governance gap</source>
        <translation>aucun : lacune de gouvernance</translation>
    </message>
    <message>
        <source>No rejections in either week.</source>
        <translation>Aucun rejet sur l&apos;une ou l&apos;autre semaine.</translation>
    </message>
    <message>
        <source>Leakage</source>
        <translation>Fuites</translation>
    </message>
    <message>
        <source>Where handoffs leak</source>
        <translation>Où se produisent les fuites</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>Leaks are counted one by one, so a handoff can be in two (routed to the fallback queue, then rejected).</source>
        <translation>Les fuites sont comptées une à une : un transfert peut donc figurer dans deux d&apos;entre elles (routé vers la file de repli, puis rejeté).</translation>
    </message>
    <message>
        <source>Maturity matrix</source>
        <translation>Matrice de maturité</translation>
    </message>
    <message>
        <source>Shaded: the stage the evidence in the workspace supports for week %1. Outlined: the team&apos;s own self-assessment. A dimension&apos;s evidence stage is the lowest stage any of its rules supports.</source>
        <translation>Ombré : le stade que les éléments probants de l&apos;espace de travail justifient pour la semaine %1. Encadré : l&apos;auto-évaluation de l&apos;équipe. Le stade probant d&apos;une dimension est le stade le plus bas justifié par l&apos;une de ses règles.</translation>
    </message>
    <message>
        <source>Stage %1
%2</source>
        <translation>Stade %1
%2</translation>
    </message>
    <message>
        <source>Team: stage %1</source>
        <translation>Équipe : stade %1</translation>
    </message>
    <message>
        <source>Team: not assessed</source>
        <translation>Équipe : non évalué</translation>
    </message>
    <message>
        <source>Evidence: stage %1</source>
        <translation>Éléments probants : stade %1</translation>
    </message>
    <message>
        <source>EVIDENCE</source>
        <translation>PREUVES</translation>
    </message>
    <message>
        <source>TEAM</source>
        <translation>ÉQUIPE</translation>
    </message>
    <message>
        <source>What the evidence shows</source>
        <translation>Ce que montrent les éléments probants</translation>
    </message>
    <message>
        <source>%1: evidence stage %2</source>
        <translation>%1 : stade %2 selon les éléments probants</translation>
    </message>
    <message>
        <source>, team stage %1 (assessed %2)</source>
        <translation>, stade %1 selon l&apos;équipe (évalué le %2)</translation>
    </message>
    <message>
        <source>: the team&apos;s view is one stage ahead of the evidence</source>
        <translation>, l&apos;équipe s&apos;estime un stade au-dessus des éléments probants</translation>
    </message>
    <message>
        <source>: the team&apos;s view is %1 stages ahead of the evidence</source>
        <translation>, l&apos;équipe s&apos;estime %1 stades au-dessus des éléments probants</translation>
    </message>
    <message>
        <source>Handoff contract</source>
        <translation>Contrat de transfert</translation>
    </message>
    <message>
        <source>No contract version was in force at the end of week %1: Sales, Marketing and RevOps have not signed one yet.</source>
        <translation>Aucune version de contrat n&apos;était en vigueur à la fin de la semaine %1 : les Ventes, le Marketing et RevOps n&apos;en ont pas encore signé.</translation>
    </message>
    <message>
        <source>Version %1 · %2 · in force since %3</source>
        <translation>Version %1 · %2 · en vigueur depuis le %3</translation>
    </message>
    <message>
        <source>Signal type</source>
        <translation>Type de signal</translation>
    </message>
    <message>
        <source>Intent</source>
        <translation>Intention</translation>
    </message>
    <message>
        <source>Qualifies when</source>
        <translation>Qualifié si</translation>
    </message>
    <message>
        <source>Sales receives</source>
        <translation>Les Ventes reçoivent</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <source>First touch within</source>
        <translation>Premier contact sous</translation>
    </message>
    <message>
        <source>the handoff itself</source>
        <translation>le transfert lui-même</translation>
    </message>
    <message>
        <source>First-touch targets count business hours on the handoff&apos;s calendar.</source>
        <translation>Les objectifs de premier contact comptent les heures ouvrées selon le calendrier du transfert.</translation>
    </message>
    <message>
        <source>Agreed by</source>
        <translation>Approuvé par</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Partie</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Signé par</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Le</translation>
    </message>
    <message>
        <source>not signed</source>
        <translation>non signé</translation>
    </message>
    <message>
        <source>Governance meeting, week %1</source>
        <translation>Réunion de gouvernance, semaine %1</translation>
    </message>
    <message>
        <source>Held on %1 · Attendees: %2</source>
        <translation>Tenue le %1 · Participants : %2</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>pas encore</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>aucun enregistré</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Décisions</translation>
    </message>
    <message>
        <source>No decisions recorded.</source>
        <translation>Aucune décision enregistrée.</translation>
    </message>
    <message>
        <source>No meeting is recorded for week %1. The action items still open from earlier meetings follow.</source>
        <translation>Aucune réunion n&apos;est enregistrée pour la semaine %1. Suivent les actions encore ouvertes des réunions précédentes.</translation>
    </message>
    <message>
        <source>Action item</source>
        <translation>Action à mener</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>Soulevée</translation>
    </message>
    <message>
        <source>Open, overdue</source>
        <translation>Ouverte, en retard</translation>
    </message>
    <message>
        <source>Action items raised at this meeting</source>
        <translation>Actions soulevées lors de cette réunion</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Aucune.</translation>
    </message>
    <message>
        <source>Action items from earlier meetings</source>
        <translation>Actions des réunions précédentes</translation>
    </message>
    <message>
        <source>They come back every week until they are closed; overdue ones are shaded.</source>
        <translation>Elles reviennent chaque semaine jusqu&apos;à leur clôture ; celles en retard sont surlignées.</translation>
    </message>
    <message>
        <source>None open.</source>
        <translation>Aucune ouverte.</translation>
    </message>
    <message>
        <source>Agenda built from the week&apos;s data</source>
        <translation>Ordre du jour établi à partir des données de la semaine</translation>
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
        <translation>Nouveau segment</translation>
    </message>
    <message>
        <source>open</source>
        <translation>illimité</translation>
    </message>
    <message>
        <source>to</source>
        <translation>à</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <source>Employees:</source>
        <translation>Employés :</translation>
    </message>
    <message>
        <source>Annual revenue:</source>
        <translation>Chiffre d&apos;affaires annuel :</translation>
    </message>
    <message>
        <source>Give the segment a name.</source>
        <translation>Donnez un nom au segment.</translation>
    </message>
    <message>
        <source>Give at least one bound, by employees or by revenue; a segment without bounds holds no company.</source>
        <translation>Indiquez au moins une borne, par nombre d&apos;employés ou par chiffre d&apos;affaires ; un segment sans bornes ne contient aucune entreprise.</translation>
    </message>
    <message>
        <source>A lower bound is above its upper bound.</source>
        <translation>Une borne inférieure est supérieure à sa borne supérieure.</translation>
    </message>
</context>
<context>
    <name>baton::SelfAssessmentDialog</name>
    <message>
        <source>Self-assessment</source>
        <translation>Auto-évaluation</translation>
    </message>
    <message>
        <source>Where does the team think it stands? Baton keeps every self-assessment with its day, and shows it next to the stage the evidence supports.</source>
        <translation>Où l&apos;équipe pense-t-elle se situer ? Baton conserve chaque auto-évaluation avec sa date et l&apos;affiche à côté du stade que justifient les éléments probants.</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stade</translation>
    </message>
    <message>
        <source>Assessed on</source>
        <translation>Évalué le</translation>
    </message>
    <message>
        <source>Why the team sees itself there</source>
        <translation>Pourquoi l&apos;équipe se situe là</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>baton::SettingsDialog</name>
    <message>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <source>System (%1)</source>
        <translation>Système (%1)</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Baton uses the language you choose from its next start.</source>
        <translation>Baton utilise la langue choisie à partir de son prochain démarrage.</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>System follows the desktop&apos;s light or dark appearance.</source>
        <translation>Système suit l&apos;apparence claire ou sombre du bureau.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Thème :</translation>
    </message>
</context>
<context>
    <name>baton::SimulationDialog</name>
    <message>
        <source>Simulate routing</source>
        <translation>Simuler le routage</translation>
    </message>
    <message>
        <source>Leads file (CSV):</source>
        <translation>Fichier de leads (CSV) :</translation>
    </message>
    <message>
        <source>columns: %1</source>
        <translation>colonnes : %1</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>The workspace&apos;s handoffs from</source>
        <translation>Les transferts de l&apos;espace de travail du</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Exécuter</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <source>Per day</source>
        <translation>Par jour</translation>
    </message>
    <message>
        <source>Capacity a day</source>
        <translation>Capacité / jour</translation>
    </message>
    <message>
        <source>Peak day</source>
        <translation>Jour de pointe</translation>
    </message>
    <message>
        <source>Days over capacity</source>
        <translation>Jours au-delà de la capacité</translation>
    </message>
    <message>
        <source>Under the active rules</source>
        <translation>Selon les règles actives</translation>
    </message>
    <message>
        <source>Load per owner</source>
        <translation>Charge par responsable</translation>
    </message>
    <message>
        <source>Per day: leads / weekdays from the first to the last lead&apos;s day. Peak day: most leads on one day. Days over capacity: days with more leads than the owner&apos;s capacity per day (round robin never exceeds it; named owners, account owners and the fallback queue can).</source>
        <translation>Par jour : leads / jours de semaine entre le jour du premier et celui du dernier lead. Jour de pointe : le plus grand nombre de leads en un jour. Jours au-delà de la capacité : jours avec plus de leads que la capacité quotidienne du responsable (le round-robin ne la dépasse jamais ; les responsables désignés, les responsables de compte et la file de repli le peuvent).</translation>
    </message>
    <message>
        <source>Team under the active rules</source>
        <translation>Équipe selon les règles actives</translation>
    </message>
    <message>
        <source>Team under these rules</source>
        <translation>Équipe selon ces règles</translation>
    </message>
    <message>
        <source>Leads that change team</source>
        <translation>Leads qui changent d&apos;équipe</translation>
    </message>
    <message>
        <source>Values in the leads file that could not be used are listed here.</source>
        <translation>Les valeurs du fichier de leads qui n&apos;ont pas pu être utilisées sont listées ici.</translation>
    </message>
    <message>
        <source>Leads file</source>
        <translation>Fichier de leads</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Choose a leads file first.</source>
        <translation>Choisissez d&apos;abord un fichier de leads.</translation>
    </message>
    <message>
        <source>Simulating routing…</source>
        <translation>Simulation du routage…</translation>
    </message>
    <message>
        <source>%1 leads: %2 assigned, %3 unassigned, %4 to the fallback queue; %5 weekdays.</source>
        <translation>%1 leads : %2 attribués, %3 non attribués, %4 vers la file de repli ; %5 jours de semaine.</translation>
    </message>
    <message>
        <source>Against the active rules: %1 leads change team, %2 change owner, %3 are decided by another rule; the fallback queue gets %4 instead of %5.</source>
        <translation>Par rapport aux règles actives : %1 leads changent d&apos;équipe, %2 changent de responsable, %3 sont attribués par une autre règle ; la file de repli en reçoit %4 au lieu de %5.</translation>
    </message>
    <message>
        <source>These are the active rules, so there is nothing to compare with.</source>
        <translation>Ce sont les règles actives : il n&apos;y a donc rien à comparer.</translation>
    </message>
</context>
<context>
    <name>baton::SlaBreachModel</name>
    <message>
        <source>Notify the owner</source>
        <translation>Notifier le responsable</translation>
    </message>
    <message>
        <source>Notify the manager</source>
        <translation>Notifier le manager</translation>
    </message>
    <message>
        <source>Notify RevOps</source>
        <translation>Notifier RevOps</translation>
    </message>
    <message>
        <source>Reassign</source>
        <translation>Réattribuer</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>Aucun pour l&apos;instant</translation>
    </message>
    <message>
        <source>(unassigned)</source>
        <translation>(non attribué)</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>no ladder</source>
        <translation>aucune échelle</translation>
    </message>
    <message>
        <source>How far the handoff got. Accepted or rejected handoffs without a logged first touch still breach: the touch was never recorded.</source>
        <translation>Jusqu&apos;où le transfert est allé. Les transferts acceptés ou rejetés sans premier contact consigné sont tout de même en dépassement : le contact n&apos;a jamais été enregistré.</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Signal type</source>
        <translation>Type de signal</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>Handed off</source>
        <translation>Transféré le</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Elapsed (business)</source>
        <translation>Écoulé (ouvré)</translation>
    </message>
    <message>
        <source>Elapsed %</source>
        <translation>% écoulé</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Palier</translation>
    </message>
    <message>
        <source>Escalation</source>
        <translation>Escalade</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
</context>
<context>
    <name>baton::SlaComplianceModel</name>
    <message>
        <source>%1 — click to see these handoffs</source>
        <translation>%1 — cliquez pour voir ces transferts</translation>
    </message>
    <message>
        <source>First touch
median</source>
        <translation>Premier contact
médiane</translation>
    </message>
    <message>
        <source>First touch
p90</source>
        <translation>Premier contact
p90</translation>
    </message>
    <message>
        <source>Routing delay
median</source>
        <translation>Délai de routage
médiane</translation>
    </message>
    <message>
        <source>Response
median</source>
        <translation>Réponse
médiane</translation>
    </message>
    <message>
        <source>Breaching
now</source>
        <translation>En dépassement
actuellement</translation>
    </message>
    <message>
        <source>SLA
compliance</source>
        <translation>Respect
du SLA</translation>
    </message>
    <message>
        <source>Under
SLA</source>
        <translation>Soumis
au SLA</translation>
    </message>
</context>
<context>
    <name>baton::SlaDefinitions</name>
    <message>
        <source>Week</source>
        <translation>Semaine</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>Évalué au</translation>
    </message>
    <message>
        <source>Handoffs</source>
        <translation>Transferts</translation>
    </message>
    <message>
        <source>Under SLA</source>
        <translation>Soumis au SLA</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Respectés</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Tranchés</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Manqués</translation>
    </message>
    <message>
        <source>Breaching now</source>
        <translation>En dépassement actuellement</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>SLA compliance</source>
        <translation>Respect du SLA</translation>
    </message>
    <message>
        <source>Time to first touch, median</source>
        <translation>Délai de premier contact, médiane</translation>
    </message>
    <message>
        <source>Time to first touch, p90</source>
        <translation>Délai de premier contact, p90</translation>
    </message>
    <message>
        <source>Routing delay, median</source>
        <translation>Délai de routage, médiane</translation>
    </message>
    <message>
        <source>Response time, median</source>
        <translation>Temps de réponse, médiane</translation>
    </message>
    <message>
        <source>Elapsed</source>
        <translation>Écoulé</translation>
    </message>
    <message>
        <source>Escalation step</source>
        <translation>Palier d&apos;escalade</translation>
    </message>
    <message>
        <source>Business calendar</source>
        <translation>Calendrier ouvré</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Tendance</translation>
    </message>
    <message>
        <source>A handoff belongs to the ISO week (Monday to Sunday) in which it was handed off, in the workspace&apos;s reporting time zone. The page opens on the last week that had ended by the as-of instant.</source>
        <translation>Un transfert appartient à la semaine ISO (du lundi au dimanche) au cours de laquelle il a été effectué, dans le fuseau horaire des rapports de l&apos;espace de travail. La page s&apos;ouvre sur la dernière semaine terminée à l&apos;instant de référence.</translation>
    </message>
    <message>
        <source>The instant open SLAs are judged at: the workspace&apos;s as-of setting (imported and demo data are frozen in time), else now.</source>
        <translation>L&apos;instant auquel les SLA ouverts sont évalués : le paramètre de date de référence de l&apos;espace de travail (les données importées et de démonstration sont figées dans le temps), sinon maintenant.</translation>
    </message>
    <message>
        <source>Handoffs handed off in the week in this group.</source>
        <translation>Transferts de ce groupe effectués pendant la semaine.</translation>
    </message>
    <message>
        <source>Of those, the handoffs whose signal type has an SLA policy, so that they have a target and a due instant.</source>
        <translation>Parmi ceux-ci, les transferts dont le type de signal a une politique de SLA, de sorte qu&apos;ils ont un objectif et une échéance.</translation>
    </message>
    <message>
        <source>First touch at or before the SLA due instant. The due instant is the handoff time plus the target in business minutes, counted on the handoff&apos;s business calendar.</source>
        <translation>Premier contact au plus tard à l&apos;échéance du SLA. L&apos;échéance est l&apos;heure du transfert plus l&apos;objectif en minutes ouvrées, comptées selon le calendrier ouvré du transfert.</translation>
    </message>
    <message>
        <source>Handoffs under SLA whose outcome is known as of the as-of instant: touched, or untouched with the due instant passed.</source>
        <translation>Transferts soumis au SLA dont le résultat est connu à l&apos;instant de référence : contactés, ou non contactés avec une échéance dépassée.</translation>
    </message>
    <message>
        <source>Decided and not met: touched after the due instant, or untouched past it.</source>
        <translation>Tranchés et non respectés : contactés après l&apos;échéance, ou non contactés au-delà de celle-ci.</translation>
    </message>
    <message>
        <source>Untouched and past the due instant as of the as-of instant: open breaches, which escalation applies to. They are counted in Missed.</source>
        <translation>Non contactés et au-delà de l&apos;échéance à l&apos;instant de référence : dépassements en cours, auxquels s&apos;applique l&apos;escalade. Ils sont comptés dans Manqués.</translation>
    </message>
    <message>
        <source>Under SLA, untouched and not yet due: the outcome is still open.</source>
        <translation>Soumis au SLA, non contactés et pas encore arrivés à échéance : le résultat est encore ouvert.</translation>
    </message>
    <message>
        <source>Met ÷ Decided. Blank when nothing is decided. Handoffs without an SLA policy count in neither.</source>
        <translation>Respectés ÷ Tranchés. Vide lorsque rien n&apos;est tranché. Les transferts sans politique de SLA ne comptent dans aucun des deux.</translation>
    </message>
    <message>
        <source>Business minutes from handoff to first touch on the handoff&apos;s calendar, over the touched handoffs under SLA: the middle value (the mean of the two middle values for an even count).</source>
        <translation>Minutes ouvrées entre le transfert et le premier contact selon le calendrier du transfert, sur les transferts contactés soumis au SLA : la valeur centrale (la moyenne des deux valeurs centrales pour un nombre pair).</translation>
    </message>
    <message>
        <source>The 90th percentile of the same minutes: the nearest-rank value, the ⌈0.9 n⌉-th smallest.</source>
        <translation>Le 90e centile des mêmes minutes : la valeur de rang le plus proche, la ⌈0,9 n⌉-ième plus petite.</translation>
    </message>
    <message>
        <source>Median business minutes from handoff to assignment: the system&apos;s and RevOps&apos; share of the clock.</source>
        <translation>Médiane des minutes ouvrées entre le transfert et l&apos;attribution : la part de l&apos;horloge imputable au système et à RevOps.</translation>
    </message>
    <message>
        <source>Median business minutes from assignment to first touch: the owner&apos;s share of the clock.</source>
        <translation>Médiane des minutes ouvrées entre l&apos;attribution et le premier contact : la part de l&apos;horloge imputable au responsable.</translation>
    </message>
    <message>
        <source>Business time from the handoff to the as-of instant, on the handoff&apos;s calendar, as a share of its target (100 % = the target is used up).</source>
        <translation>Temps ouvré entre le transfert et l&apos;instant de référence, selon le calendrier du transfert, en part de son objectif (100 % = l&apos;objectif est épuisé).</translation>
    </message>
    <message>
        <source>How many thresholds of the policy&apos;s escalation ladder the elapsed share has passed (0 = none); the action is that of the last step passed.</source>
        <translation>Nombre de seuils de l&apos;échelle d&apos;escalade de la politique que la part écoulée a franchis (0 = aucun) ; l&apos;action est celle du dernier palier franchi.</translation>
    </message>
    <message>
        <source>The policy says whose business hours count: the owner&apos;s calendar (else the team&apos;s), the team&apos;s, or the policy&apos;s own. Whatever is missing falls back to the policy&apos;s calendar, then to 24 × 7.</source>
        <translation>La politique indique quelles heures ouvrées comptent : le calendrier du responsable (sinon celui de l&apos;équipe), celui de l&apos;équipe, ou celui de la politique. Ce qui manque se rabat sur le calendrier de la politique, puis sur 24 × 7.</translation>
    </message>
    <message>
        <source>SLA compliance (Met ÷ Decided) of each week&apos;s handoffs, judged as of the as-of instant.</source>
        <translation>Respect du SLA (Respectés ÷ Tranchés) des transferts de chaque semaine, évalués à l&apos;instant de référence.</translation>
    </message>
</context>
<context>
    <name>baton::SlaFacts</name>
    <message>
        <source>The workspace is open read-only, so its SLA facts cannot be recomputed.</source>
        <translation>L&apos;espace de travail est ouvert en lecture seule : ses données SLA ne peuvent donc pas être recalculées.</translation>
    </message>
    <message>
        <source>Recomputing the SLA facts was cancelled; nothing was changed.</source>
        <translation>Le recalcul des données SLA a été annulé ; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Recomputing the SLA facts failed: %1</source>
        <translation>Le recalcul des données de SLA a échoué : %1</translation>
    </message>
</context>
<context>
    <name>baton::SlaFactsBanner</name>
    <message>
        <source>The SLA policies or calendars changed since the SLA facts of the handoffs were computed: the numbers here still use the old ones.</source>
        <translation>Les politiques de SLA ou les calendriers ont changé depuis le calcul des données SLA des transferts : les chiffres affichés ici utilisent encore les anciens.</translation>
    </message>
    <message>
        <source>Recompute SLA facts</source>
        <translation>Recalculer les données SLA</translation>
    </message>
    <message>
        <source>Recomputes target, due instant, routing delay, response time and time to first touch of every handoff from the current policies and calendars, in one transaction.</source>
        <translation>Recalcule l&apos;objectif, l&apos;échéance, le délai de routage, le temps de réponse et le délai de premier contact de chaque transfert à partir des politiques et calendriers actuels, en une seule transaction.</translation>
    </message>
    <message>
        <source>Recomputing the SLA facts of every handoff…</source>
        <translation>Recalcul des données SLA de chaque transfert…</translation>
    </message>
</context>
<context>
    <name>baton::SlaPage</name>
    <message>
        <source>&amp;Week:</source>
        <translation>&amp;Semaine :</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semaine</translation>
    </message>
    <message>
        <source>&amp;Group by:</source>
        <translation>&amp;Grouper par :</translation>
    </message>
    <message>
        <source>Group by</source>
        <translation>Grouper par</translation>
    </message>
    <message>
        <source>Definitions</source>
        <translation>Définitions</translation>
    </message>
    <message>
        <source>Show what every number on this page means</source>
        <translation>Afficher la signification de chaque chiffre de cette page</translation>
    </message>
    <message>
        <source>SLA compliance by group</source>
        <translation>Respect du SLA par groupe</translation>
    </message>
    <message>
        <source>Click a number to see the handoffs behind it.</source>
        <translation>Cliquez sur un chiffre pour voir les transferts correspondants.</translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation>Respect</translation>
    </message>
    <message>
        <source>Show as handoffs</source>
        <translation>Afficher comme transferts</translation>
    </message>
    <message>
        <source>Open every breach in the handoff table, to search and export them</source>
        <translation>Ouvrir tous les dépassements dans le tableau des transferts, pour les rechercher et les exporter</translation>
    </message>
    <message>
        <source>Open breaches</source>
        <translation>Dépassements en cours</translation>
    </message>
    <message>
        <source>Double-click a breach to see its handoff.</source>
        <translation>Double-cliquez sur un dépassement pour voir son transfert.</translation>
    </message>
    <message>
        <source>Handoffs</source>
        <translation>Transferts</translation>
    </message>
    <message>
        <source>all handoffs</source>
        <translation>tous les transferts</translation>
    </message>
    <message>
        <source>%1 · %2 · decided as of %3</source>
        <translation>%1 · %2 · tranchés au %3</translation>
    </message>
    <message>
        <source>Open breach %1</source>
        <translation>Dépassement en cours : %1</translation>
    </message>
    <message>
        <source>Open breaches as of %1</source>
        <translation>Dépassements en cours au %1</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>Signal type</source>
        <translation>Type de signal</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Open a workspace to see SLA compliance, breaches and escalations.</source>
        <translation>Ouvrez un espace de travail pour voir le respect du SLA, les dépassements et les escalades.</translation>
    </message>
    <message>
        <source>This workspace has no handoffs yet. Import a CRM export (Instrument → Import) and SLA compliance shows here.</source>
        <translation>Cet espace de travail n&apos;a pas encore de transferts. Importez un export CRM (Instrumenter → Import) et le respect du SLA s&apos;affichera ici.</translation>
    </message>
    <message>
        <source>Judged as of: %1</source>
        <translation>Évalué au : %1</translation>
    </message>
    <message>
        <source>%1 (%2 – %3)</source>
        <translation>%1 (%2 – %3)</translation>
    </message>
    <message>
        <source>%1 handoffs are untouched past their SLA as of %2 (all weeks); %3 have reached the last step of their escalation ladder.</source>
        <translation>%1 transferts sont sans contact au-delà de leur SLA au %2 (toutes semaines) ; %3 ont atteint le dernier palier de leur échelle d&apos;escalade.</translation>
    </message>
    <message>
        <source>Open breaches, all weeks (%1)</source>
        <translation>Dépassements en cours, toutes semaines (%1)</translation>
    </message>
    <message>
        <source>met their SLA</source>
        <translation>ayant respecté leur SLA</translation>
    </message>
    <message>
        <source>decided</source>
        <translation>tranchés</translation>
    </message>
    <message>
        <source>missed their SLA</source>
        <translation>ayant manqué leur SLA</translation>
    </message>
    <message>
        <source>breaching now</source>
        <translation>en dépassement actuellement</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>under SLA</source>
        <translation>soumis au SLA</translation>
    </message>
    <message>
        <source>%1 · %2 %3 · %4</source>
        <translation>%1 · %2 %3 · %4</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
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
        <translation>Du responsable (sinon de l&apos;équipe)</translation>
    </message>
    <message>
        <source>Team&apos;s</source>
        <translation>De l&apos;équipe</translation>
    </message>
    <message>
        <source>This policy&apos;s</source>
        <translation>De cette politique</translation>
    </message>
    <message>
        <source>Open a workspace to edit its SLA policies and business calendars.</source>
        <translation>Ouvrez un espace de travail pour modifier ses politiques de SLA et ses calendriers ouvrés.</translation>
    </message>
    <message>
        <source>Double-click a cell to change it; Edit → Undo takes a change back. Targets and calendars apply to handoffs written from now on; recompute to apply them to the handoffs already stored.</source>
        <translation>Double-cliquez sur une cellule pour la modifier ; Édition → Annuler défait une modification. Les objectifs et les calendriers s&apos;appliquent aux transferts enregistrés à partir de maintenant ; recalculez pour les appliquer aux transferts déjà stockés.</translation>
    </message>
    <message>
        <source>SLA policies by signal type</source>
        <translation>Politiques de SLA par type de signal</translation>
    </message>
    <message>
        <source>Signal type</source>
        <translation>Type de signal</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Whose hours</source>
        <translation>Heures de référence</translation>
    </message>
    <message>
        <source>Policy calendar</source>
        <translation>Calendrier de la politique</translation>
    </message>
    <message>
        <source>Escalation</source>
        <translation>Escalade</translation>
    </message>
    <message>
        <source>SLA policies</source>
        <translation>Politiques de SLA</translation>
    </message>
    <message>
        <source>Time to first touch, in business minutes</source>
        <translation>Délai de premier contact, en minutes ouvrées</translation>
    </message>
    <message>
        <source>The policy&apos;s own calendar: used when the policy says so, and when the owner or team has none</source>
        <translation>Le calendrier propre à la politique : utilisé quand la politique l&apos;indique, et quand le responsable ou l&apos;équipe n&apos;en a pas</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Add policy</source>
        <translation>Ajouter une politique</translation>
    </message>
    <message>
        <source>Remove policy</source>
        <translation>Supprimer la politique</translation>
    </message>
    <message>
        <source>Escalation ladder</source>
        <translation>Échelle d&apos;escalade</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source> % of the target</source>
        <translation> % de l&apos;objectif</translation>
    </message>
    <message>
        <source>Add step</source>
        <translation>Ajouter un palier</translation>
    </message>
    <message>
        <source>Remove step</source>
        <translation>Supprimer le palier</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>%1 %: %2</source>
        <translation>%1 % : %2</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>(no escalation)</source>
        <translation>(aucune escalade)</translation>
    </message>
    <message>
        <source>Escalation ladder for %1</source>
        <translation>Échelle d&apos;escalade pour %1</translation>
    </message>
    <message>
        <source>%1 % of the target</source>
        <translation>%1 % de l&apos;objectif</translation>
    </message>
    <message>
        <source>%1 now runs on its own calendar but has none: it runs around the clock until you choose one.</source>
        <translation>La politique de %1 utilise désormais son propre calendrier mais n&apos;en a aucun : elle s&apos;applique 24 h/24 jusqu&apos;à ce que vous en choisissiez un.</translation>
    </message>
    <message>
        <source>Change the SLA target of %1</source>
        <translation>Modifier l&apos;objectif de SLA de %1</translation>
    </message>
    <message>
        <source>Change the SLA calendar of %1</source>
        <translation>Modifier le calendrier de SLA de %1</translation>
    </message>
    <message>
        <source>Change an escalation step</source>
        <translation>Modifier un palier d&apos;escalade</translation>
    </message>
    <message>
        <source>Add an SLA policy for %1</source>
        <translation>Ajouter une politique de SLA pour %1</translation>
    </message>
    <message>
        <source>Remove the SLA policy for %1</source>
        <translation>Supprimer la politique de SLA de %1</translation>
    </message>
    <message>
        <source>Add an escalation step</source>
        <translation>Ajouter un palier d&apos;escalade</translation>
    </message>
    <message>
        <source>Remove an escalation step</source>
        <translation>Supprimer un palier d&apos;escalade</translation>
    </message>
    <message>
        <source>When elapsed
reaches</source>
        <translation>Quand le temps
écoulé atteint</translation>
    </message>
</context>
<context>
    <name>baton::SlaReport</name>
    <message>
        <source>All handoffs</source>
        <translation>Tous les transferts</translation>
    </message>
    <message>
        <source>No signal type</source>
        <translation>Aucun type de signal</translation>
    </message>
    <message>
        <source>No team</source>
        <translation>Aucune équipe</translation>
    </message>
    <message>
        <source>No owner</source>
        <translation>Aucun responsable</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>n°%1</translation>
    </message>
</context>
<context>
    <name>baton::SlaSplitChart</name>
    <message>
        <source>Click a bar to see the group&apos;s handoffs.</source>
        <translation>Cliquez sur une barre pour voir les transferts du groupe.</translation>
    </message>
    <message>
        <source>Routing delay vs response time</source>
        <translation>Délai de routage et temps de réponse</translation>
    </message>
    <message>
        <source>With more than %1 groups, the %1 with the lowest compliance.</source>
        <translation>Au-delà de %1 groupes, les %1 ayant le plus faible respect du SLA.</translation>
    </message>
    <message>
        <source>Routing delay vs response time: %1 lowest</source>
        <translation>Délai de routage et temps de réponse : les %1 plus faibles</translation>
    </message>
    <message>
        <source>median business minutes</source>
        <translation>minutes ouvrées (médiane)</translation>
    </message>
    <message>
        <source>Routing delay</source>
        <translation>Délai de routage</translation>
    </message>
    <message>
        <source>Response time</source>
        <translation>Temps de réponse</translation>
    </message>
</context>
<context>
    <name>baton::SlaTrendChart</name>
    <message>
        <source> Besides all handoffs, the %1 groups with the lowest compliance over these weeks are drawn. Click a point to see its handoffs.</source>
        <translation> Outre l&apos;ensemble des transferts, les %1 groupes ayant le plus faible respect du SLA sur ces semaines sont tracés. Cliquez sur un point pour voir ses transferts.</translation>
    </message>
    <message>
        <source>SLA compliance by week</source>
        <translation>Respect du SLA par semaine</translation>
    </message>
    <message>
        <source>ISO week of %1</source>
        <translation>Semaine ISO du %1</translation>
    </message>
    <message>
        <source>Selected week</source>
        <translation>Semaine sélectionnée</translation>
    </message>
</context>
<context>
    <name>baton::SpillingIdTable</name>
    <message>
        <source>Baton could not write its key table to a temporary file in %1 (%2). Free some space there, or set TMPDIR to a folder with room, and try again.</source>
        <translation>Baton n’a pas pu écrire sa table de clés dans un fichier temporaire de %1 (%2). Libérez de la place à cet endroit, ou faites pointer TMPDIR vers un dossier disposant d’espace, puis réessayez.</translation>
    </message>
    <message>
        <source>Baton could not create a temporary file for its key table in %1 (%2). Set TMPDIR to a folder it can write to and try again.</source>
        <translation>Baton n’a pas pu créer de fichier temporaire pour sa table de clés dans %1 (%2). Faites pointer TMPDIR vers un dossier où il peut écrire, puis réessayez.</translation>
    </message>
    <message>
        <source>Baton could not read its key table back from a temporary file in %1 (%2).</source>
        <translation>Baton n’a pas pu relire sa table de clés depuis un fichier temporaire de %1 (%2).</translation>
    </message>
    <message>
        <source>the file is shorter than written</source>
        <translation>le fichier est plus court que ce qui a été écrit</translation>
    </message>
</context>
<context>
    <name>baton::StageMap</name>
    <message>
        <source>(missing stage %1)</source>
        <translation>(étape %1 manquante)</translation>
    </message>
    <message>
        <source>There are no lifecycle stages yet; add the stages a lead goes through.</source>
        <translation>Il n&apos;y a pas encore d&apos;étapes du cycle de vie ; ajoutez les étapes par lesquelles passe un lead.</translation>
    </message>
    <message>
        <source>Every stage is a side stage; make the stage where leads enter a funnel stage.</source>
        <translation>Toutes les étapes sont des étapes annexes ; faites de l&apos;étape par laquelle les leads entrent une étape de l&apos;entonnoir.</translation>
    </message>
    <message>
        <source>%1 cannot be reached: no stage leads to it.</source>
        <translation>%1 est inaccessible : aucune étape n&apos;y mène.</translation>
    </message>
    <message>
        <source>%1 cannot be reached from %2: only stages that are themselves unreachable lead to it.</source>
        <translation>%1 est inaccessible depuis %2 : seules des étapes elles-mêmes inaccessibles y mènent.</translation>
    </message>
    <message>
        <source>%1 cannot be left: it has no allowed next stage, but it is not an end state (an end state has the workflow action None and is a side stage or the last funnel stage).</source>
        <translation>Impossible de quitter %1 : elle n&apos;a aucune étape suivante autorisée, mais ce n&apos;est pas un état final (un état final a l&apos;action de workflow Aucune et est une étape annexe ou la dernière étape de l&apos;entonnoir).</translation>
    </message>
    <message>
        <source>The transition %1 → %2 leads nowhere: a stage it names does not exist.</source>
        <translation>La transition %1 → %2 ne mène nulle part : une étape qu&apos;elle nomme n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The transition %1 → %1 leads nowhere: it goes back to the same stage.</source>
        <translation>La transition %1 → %1 ne mène nulle part : elle revient à la même étape.</translation>
    </message>
    <message>
        <source>Nurture</source>
        <translation>Nurturing</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Alerte</translation>
    </message>
    <message>
        <source>Task creation</source>
        <translation>Création de tâche</translation>
    </message>
    <message>
        <source>Sequence enrollment</source>
        <translation>Inscription à une séquence</translation>
    </message>
    <message>
        <source>SDR queue</source>
        <translation>File SDR</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
</context>
<context>
    <name>baton::StageMapDiagram</name>
    <message>
        <source>Stage map diagram</source>
        <translation>Diagramme de la carte des étapes</translation>
    </message>
    <message>
        <source>No stages yet: add the stages a lead goes through.</source>
        <translation>Aucune étape pour l&apos;instant : ajoutez les étapes par lesquelles passe un lead.</translation>
    </message>
    <message>
        <source>end state</source>
        <translation>état final</translation>
    </message>
    <message>
        <source>allowed transition</source>
        <translation>transition autorisée</translation>
    </message>
    <message>
        <source>way back</source>
        <translation>retour en arrière</translation>
    </message>
    <message>
        <source>warning (see the list)</source>
        <translation>avertissement (voir la liste)</translation>
    </message>
    <message>
        <source>side stage</source>
        <translation>étape annexe</translation>
    </message>
    <message>
        <source>Exit: %1</source>
        <translation>Sortie : %1</translation>
    </message>
</context>
<context>
    <name>baton::StageMapPage</name>
    <message>
        <source>Side stage</source>
        <translation>Étape annexe</translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation>Entonnoir</translation>
    </message>
    <message>
        <source>No workspace open</source>
        <translation>Aucun espace de travail ouvert</translation>
    </message>
    <message>
        <source>Open a workspace to map the lifecycle stages a lead goes through, from subscriber to customer.</source>
        <translation>Ouvrez un espace de travail pour cartographier les étapes du cycle de vie par lesquelles passe un lead, d&apos;abonné à client.</translation>
    </message>
    <message>
        <source>Stage map warnings</source>
        <translation>Avertissements de la carte des étapes</translation>
    </message>
    <message>
        <source>A stage cannot be reached when no allowed transition leads to it from the first funnel stage. A stage cannot be left when it has no allowed next stage and is not an end state; end states have the workflow action None and are side stages or the last funnel stage (Customer, Disqualified). A transition leads nowhere when a stage it names does not exist or it returns to the same stage.</source>
        <translation>Une étape est inaccessible quand aucune transition autorisée n&apos;y mène depuis la première étape de l&apos;entonnoir. Une étape ne peut pas être quittée quand elle n&apos;a aucune étape suivante autorisée et n&apos;est pas un état final ; les états finaux ont l&apos;action de workflow Aucune et sont des étapes annexes ou la dernière étape de l&apos;entonnoir (Customer, Disqualified). Une transition ne mène nulle part quand une étape qu&apos;elle nomme n&apos;existe pas ou qu&apos;elle revient à la même étape.</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Workflow action</source>
        <translation>Action de workflow</translation>
    </message>
    <message>
        <source>Allowed next stages</source>
        <translation>Étapes suivantes autorisées</translation>
    </message>
    <message>
        <source>Lifecycle stages in order</source>
        <translation>Étapes du cycle de vie dans l&apos;ordre</translation>
    </message>
    <message>
        <source>Add stage</source>
        <translation>Ajouter une étape</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Funnel stages form the main line in order; side stages (Nurture, Disqualified) sit beside it.</source>
        <translation>Les étapes de l&apos;entonnoir forment la ligne principale, dans l&apos;ordre ; les étapes annexes (Nurture, Disqualified) se trouvent à côté.</translation>
    </message>
    <message>
        <source>What happens when a lead enters the stage. None marks an end state when the stage is a side stage or the last funnel stage.</source>
        <translation>Ce qui se passe quand un lead entre dans l&apos;étape. Aucune marque un état final quand l&apos;étape est une étape annexe ou la dernière étape de l&apos;entonnoir.</translation>
    </message>
    <message>
        <source>When does a lead leave this stage?</source>
        <translation>Quand un lead quitte-t-il cette étape ?</translation>
    </message>
    <message>
        <source>Required fields and timestamps</source>
        <translation>Champs et horodatages obligatoires</translation>
    </message>
    <message>
        <source>What a handoff must carry once it has reached this stage (the data standard).</source>
        <translation>Ce qu&apos;un transfert doit contenir une fois qu&apos;il a atteint cette étape (la norme de données).</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Exit criteria</source>
        <translation>Critères de sortie</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <source>✓  No warnings: every stage can be reached from %1, every stage that is not an end state has a way out, and every transition leads to a stage.</source>
        <translation>✓  Aucun avertissement : chaque étape est accessible depuis %1, chaque étape qui n&apos;est pas un état final a une issue, et chaque transition mène à une étape.</translation>
    </message>
    <message>
        <source>None (end state)</source>
        <translation>Aucune (état final)</translation>
    </message>
    <message>
        <source>Exit: %1</source>
        <translation>Sortie : %1</translation>
    </message>
    <message>
        <source>No stage selected</source>
        <translation>Aucune étape sélectionnée</translation>
    </message>
    <message>
        <source>%1 (time)</source>
        <translation>%1 (horodatage)</translation>
    </message>
    <message>
        <source>A stage needs a name.</source>
        <translation>Une étape doit avoir un nom.</translation>
    </message>
    <message>
        <source>Edit the stage %1</source>
        <translation>Modifier l&apos;étape %1</translation>
    </message>
    <message>
        <source>Drop a stage requirement</source>
        <translation>Retirer une exigence d&apos;étape</translation>
    </message>
    <message>
        <source>Require a field</source>
        <translation>Exiger un champ</translation>
    </message>
    <message>
        <source>Remove a transition</source>
        <translation>Supprimer une transition</translation>
    </message>
    <message>
        <source>Allow a transition</source>
        <translation>Autoriser une transition</translation>
    </message>
    <message>
        <source>New stage</source>
        <translation>Nouvelle étape</translation>
    </message>
    <message>
        <source>New stage %1</source>
        <translation>Nouvelle étape %1</translation>
    </message>
    <message>
        <source>Add a stage</source>
        <translation>Ajouter une étape</translation>
    </message>
    <message>
        <source>%1 cannot be removed: %2 handoffs are in it or passed through it. Rename it, or take it out of the flow by removing its transitions.</source>
        <translation>%1 ne peut pas être supprimée : %2 transferts s&apos;y trouvent ou y sont passés. Renommez-la, ou retirez-la du flux en supprimant ses transitions.</translation>
    </message>
    <message>
        <source>Remove the stage %1</source>
        <translation>Supprimer l&apos;étape %1</translation>
    </message>
    <message>
        <source>Move the stage %1</source>
        <translation>Déplacer l&apos;étape %1</translation>
    </message>
</context>
<context>
    <name>baton::StageRequirementsMatrix</name>
    <message>
        <source>What a handoff must carry once it has reached a stage (its current stage or any stage in its history). Click a cell to require the field at that stage, or to drop it. The validator reports a missing field or timestamp for every handoff that breaks this.</source>
        <translation>Ce qu&apos;un transfert doit contenir une fois qu&apos;il a atteint une étape (son étape actuelle ou toute étape de son historique). Cliquez sur une cellule pour exiger le champ à cette étape, ou pour retirer cette exigence. Le validateur signale un champ ou un horodatage manquant pour chaque transfert qui enfreint cette règle.</translation>
    </message>
    <message>
        <source>Required fields and timestamps per stage</source>
        <translation>Champs et horodatages obligatoires par étape</translation>
    </message>
    <message>
        <source>A context field, e.g. phone or budget_range</source>
        <translation>Un champ de contexte, p. ex. phone ou budget_range</translation>
    </message>
    <message>
        <source>Add a context field row</source>
        <translation>Ajouter une ligne de champ de contexte</translation>
    </message>
    <message>
        <source>Other fields:</source>
        <translation>Autres champs :</translation>
    </message>
    <message>
        <source>No longer require %1</source>
        <translation>Ne plus exiger %1</translation>
    </message>
    <message>
        <source>Require %1</source>
        <translation>Exiger %1</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Champs</translation>
    </message>
    <message>
        <source>Context fields</source>
        <translation>Champs de contexte</translation>
    </message>
    <message>
        <source>Timestamps</source>
        <translation>Horodatages</translation>
    </message>
    <message>
        <source>%1 is required from %2 on. Click to drop it.</source>
        <translation>%1 est obligatoire à partir de %2. Cliquez pour retirer cette exigence.</translation>
    </message>
    <message>
        <source>Click to require %1 from %2 on.</source>
        <translation>Cliquez pour exiger %1 à partir de %2.</translation>
    </message>
</context>
<context>
    <name>baton::TeamDialog</name>
    <message>
        <source>Team or queue</source>
        <translation>Équipe ou file d&apos;attente</translation>
    </message>
    <message>
        <source>New team or queue</source>
        <translation>Nouvelle équipe ou file d&apos;attente</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>File d&apos;attente</translation>
    </message>
    <message>
        <source>The fallback queue: it takes every lead that no rule assigns</source>
        <translation>La file de repli : elle prend tous les leads qu&apos;aucune règle n&apos;attribue</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Type :</translation>
    </message>
    <message>
        <source>Manager:</source>
        <translation>Manager :</translation>
    </message>
    <message>
        <source>Members take turns by weight (weight 0: never in the rotation):</source>
        <translation>Les membres se relaient selon leur poids (poids 0 : jamais dans la rotation) :</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Poids</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <source>Add member</source>
        <translation>Ajouter un membre</translation>
    </message>
    <message>
        <source>Remove member</source>
        <translation>Retirer le membre</translation>
    </message>
    <message>
        <source>Give the team or queue a name.</source>
        <translation>Donnez un nom à l&apos;équipe ou à la file d&apos;attente.</translation>
    </message>
    <message>
        <source>%1 is listed twice; give them one row with the weight they should have.</source>
        <translation>%1 figure deux fois ; donnez-lui une seule ligne avec le poids voulu.</translation>
    </message>
    <message>
        <source>There must always be a fallback queue: make another queue the fallback instead.</source>
        <translation>Il doit toujours y avoir une file de repli : désignez plutôt une autre file d&apos;attente comme file de repli.</translation>
    </message>
</context>
<context>
    <name>baton::TerritoryDialog</name>
    <message>
        <source>Territory</source>
        <translation>Territoire</translation>
    </message>
    <message>
        <source>New territory</source>
        <translation>Nouveau territoire</translation>
    </message>
    <message>
        <source>One per line: a country code (DE) or a country and a region (US/CA)</source>
        <translation>Un par ligne : un code pays (DE) ou un pays et une région (US/CA)</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Zones</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <source>Areas:</source>
        <translation>Zones :</translation>
    </message>
    <message>
        <source>Give the territory a name.</source>
        <translation>Donnez un nom au territoire.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not start with a two-letter country code such as US or DE.</source>
        <translation>« %1 » ne commence pas par un code pays à deux lettres comme US ou DE.</translation>
    </message>
    <message>
        <source>%1 is listed twice.</source>
        <translation>%1 figure deux fois.</translation>
    </message>
    <message>
        <source>%1 already belongs to %2; a place can be in one territory only.</source>
        <translation>%1 appartient déjà à %2 ; un lieu ne peut appartenir qu&apos;à un seul territoire.</translation>
    </message>
</context>
<context>
    <name>baton::Theme</name>
    <message>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
</context>
<context>
    <name>baton::TrendChart</name>
    <message>
        <source>Trend by week</source>
        <translation>Tendance par semaine</translation>
    </message>
    <message>
        <source>Trend by week: handoffs, acceptance and conversion</source>
        <translation>Tendance par semaine : transferts, acceptation et conversion</translation>
    </message>
    <message>
        <source>Handoffs</source>
        <translation>Transferts</translation>
    </message>
    <message>
        <source>Acceptance rate</source>
        <translation>Taux d&apos;acceptation</translation>
    </message>
    <message>
        <source>Conversion rate</source>
        <translation>Taux de conversion</translation>
    </message>
    <message>
        <source>ISO week</source>
        <translation>Semaine ISO</translation>
    </message>
    <message>
        <source>ISO week, %1</source>
        <translation>Semaine ISO, %1</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Taux</translation>
    </message>
    <message>
        <source>%1: %2 handoffs, acceptance %3, conversion %4 — click to see them</source>
        <translation>%1 : %2 transferts, acceptation %3, conversion %4 — cliquez pour les voir</translation>
    </message>
</context>
<context>
    <name>baton::UtmChecker</name>
    <message>
        <source>lower case</source>
        <translation>minuscules</translation>
    </message>
    <message>
        <source>upper case</source>
        <translation>majuscules</translation>
    </message>
    <message>
        <source>one of %1</source>
        <translation>l&apos;une des valeurs %1</translation>
    </message>
    <message>
        <source>matches %1</source>
        <translation>correspond à %1</translation>
    </message>
    <message>
        <source>any value</source>
        <translation>toute valeur</translation>
    </message>
    <message>
        <source>no convention</source>
        <translation>aucune convention</translation>
    </message>
    <message>
        <source>%1 must be lower case</source>
        <translation>%1 doit être en minuscules</translation>
    </message>
    <message>
        <source>%1 must be upper case</source>
        <translation>%1 doit être en majuscules</translation>
    </message>
    <message>
        <source>%1 must be one of %2</source>
        <translation>%1 doit être l&apos;une des valeurs %2</translation>
    </message>
    <message>
        <source>%1 must match %2</source>
        <translation>%1 doit correspondre à %2</translation>
    </message>
    <message>
        <source>%1 is not a campaign or UTM field.</source>
        <translation>%1 n&apos;est ni un champ de campagne ni un champ UTM.</translation>
    </message>
</context>
<context>
    <name>baton::UtmConventionsTab</name>
    <message>
        <source>lower case</source>
        <translation>minuscules</translation>
    </message>
    <message>
        <source>UPPER CASE</source>
        <translation>MAJUSCULES</translation>
    </message>
    <message>
        <source>any</source>
        <translation>libre</translation>
    </message>
    <message>
        <source>How campaign and UTM values are written, so that reports group them correctly. A value breaks its convention when its casing is wrong, when it is not one of the allowed values (if any are listed) or when it does not match the pattern (a regular expression for the whole value). Double-click a cell to edit it; empty values are not judged here.</source>
        <translation>La façon dont les valeurs de campagne et UTM s&apos;écrivent, pour que les rapports les regroupent correctement. Une valeur enfreint sa convention quand sa casse est incorrecte, quand elle ne fait pas partie des valeurs autorisées (s&apos;il y en a) ou quand elle ne correspond pas au motif (une expression régulière pour la valeur entière). Double-cliquez sur une cellule pour la modifier ; les valeurs vides ne sont pas évaluées ici.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Casing</source>
        <translation>Casse</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Allowed values (comma-separated)</source>
        <translation>Valeurs autorisées (séparées par des virgules)</translation>
    </message>
    <message>
        <source>Try a value</source>
        <translation>Tester une valeur</translation>
    </message>
    <message>
        <source>e.g. Paid Social</source>
        <translation>p. ex. Paid Social</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Handoffs</source>
        <translation>Transferts</translation>
    </message>
    <message>
        <source>Convention</source>
        <translation>Convention</translation>
    </message>
    <message>
        <source>Values in use</source>
        <translation>Valeurs utilisées</translation>
    </message>
    <message>
        <source>Casing of %1</source>
        <translation>Casse de %1</translation>
    </message>
    <message>
        <source>No convention yet for %1: any value is accepted.</source>
        <translation>Pas encore de convention pour %1 : toute valeur est acceptée.</translation>
    </message>
    <message>
        <source>The pattern “%1” is not a valid regular expression: %2</source>
        <translation>Le motif « %1 » n&apos;est pas une expression régulière valide : %2</translation>
    </message>
    <message>
        <source>Change the convention for %1</source>
        <translation>Modifier la convention de %1</translation>
    </message>
    <message>
        <source>Add a convention for %1</source>
        <translation>Ajouter une convention pour %1</translation>
    </message>
    <message>
        <source>follows the convention</source>
        <translation>respecte la convention</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 values in the handoffs&lt;/b&gt;, most frequent first, judged by the convention above:</source>
        <translation>&lt;b&gt;Valeurs de %1 dans les transferts&lt;/b&gt;, des plus fréquentes aux moins fréquentes, évaluées selon la convention ci-dessus :</translation>
    </message>
    <message>
        <source>✓ follows it</source>
        <translation>✓ la respecte</translation>
    </message>
</context>
<context>
    <name>baton::Validator</name>
    <message>
        <source>Contract v%1 · %2: </source>
        <translation>Contrat v%1 · %2 : </translation>
    </message>
    <message>
        <source>signal type %1</source>
        <translation>type de signal %1</translation>
    </message>
    <message>
        <source>qualifies with fit %1 or better</source>
        <translation>qualifié avec une adéquation %1 ou mieux</translation>
    </message>
    <message>
        <source>qualifies only with %1</source>
        <translation>qualifié uniquement avec %1</translation>
    </message>
    <message>
        <source>Sales receives %1</source>
        <translation>les Ventes reçoivent %1</translation>
    </message>
    <message>
        <source>Contract v%1: every signal type handed off has terms</source>
        <translation>Contrat v%1 : chaque type de signal transféré a des conditions</translation>
    </message>
    <message>
        <source>Contract v%1: a handoff names its signal type</source>
        <translation>Contrat v%1 : un transfert indique son type de signal</translation>
    </message>
    <message>
        <source>Data standard · %1: %2 is required</source>
        <translation>Norme de données · %1 : %2 est obligatoire</translation>
    </message>
    <message>
        <source>Lead-to-account matching: the email domain belongs to an account</source>
        <translation>Rapprochement lead-compte : le domaine de l&apos;e-mail appartient à un compte</translation>
    </message>
    <message>
        <source>Lead-to-account matching: the company name matches an account</source>
        <translation>Rapprochement lead-compte : le nom de l&apos;entreprise correspond à un compte</translation>
    </message>
    <message>
        <source>Identity rule “%1”: one handoff per lead</source>
        <translation>Règle d&apos;identité « %1 » : un seul transfert par lead</translation>
    </message>
    <message>
        <source>Timestamps follow the lifecycle: %1 must not be before %2</source>
        <translation>Les horodatages suivent le cycle de vie : %1 ne doit pas précéder %2</translation>
    </message>
    <message>
        <source>Stage map: %1 → %2 is not an allowed transition</source>
        <translation>Carte des étapes : %1 → %2 n&apos;est pas une transition autorisée</translation>
    </message>
    <message>
        <source>Validation was cancelled.</source>
        <translation>La validation a été annulée.</translation>
    </message>
</context>
<context>
    <name>baton::ViolationKinds</name>
    <message>
        <source>Missing context field</source>
        <translation>Champ de contexte manquant</translation>
    </message>
    <message>
        <source>Missing required field</source>
        <translation>Champ obligatoire manquant</translation>
    </message>
    <message>
        <source>Missing timestamp</source>
        <translation>Horodatage manquant</translation>
    </message>
    <message>
        <source>Timestamps out of order</source>
        <translation>Horodatages dans le désordre</translation>
    </message>
    <message>
        <source>Did not qualify</source>
        <translation>Non qualifié</translation>
    </message>
    <message>
        <source>Non-standard UTM value</source>
        <translation>Valeur UTM non standard</translation>
    </message>
    <message>
        <source>Not linked to its account</source>
        <translation>Non rattaché à son compte</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Doublon</translation>
    </message>
    <message>
        <source>Illegal stage transition</source>
        <translation>Transition d&apos;étape interdite</translation>
    </message>
    <message>
        <source>A context field that the active contract&apos;s term for the handoff&apos;s signal type says Sales receives (job title, phone, …) is missing or empty. One violation per missing field.</source>
        <translation>Un champ de contexte que les Ventes doivent recevoir selon la condition du contrat actif pour le type de signal du transfert (intitulé de poste, téléphone, …) est manquant ou vide. Une infraction par champ manquant.</translation>
    </message>
    <message>
        <source>A field that the data standard requires at a stage the handoff reached (its current stage or any stage in its stage history) is missing. One violation per missing field.</source>
        <translation>Un champ que la norme de données exige à une étape atteinte par le transfert (son étape actuelle ou toute étape de son historique d&apos;étapes) est manquant. Une infraction par champ manquant.</translation>
    </message>
    <message>
        <source>A timestamp that the data standard requires at a stage the handoff reached is missing, for example an accepted handoff without a first touch time.</source>
        <translation>Un horodatage que la norme de données exige à une étape atteinte par le transfert est manquant, par exemple un transfert accepté sans heure de premier contact.</translation>
    </message>
    <message>
        <source>A timestamp is earlier than one the lifecycle puts before it (created ≤ handed off ≤ assigned ≤ first touch ≤ accepted or rejected ≤ opportunity ≤ closed), for example a first touch logged before the handoff. One violation per timestamp out of order.</source>
        <translation>Un horodatage est antérieur à un autre que le cycle de vie place avant lui (création ≤ transfert ≤ attribution ≤ premier contact ≤ acceptation ou rejet ≤ opportunité ≤ clôture), par exemple un premier contact consigné avant le transfert. Une infraction par horodatage dans le désordre.</translation>
    </message>
    <message>
        <source>The handoff does not meet the active contract&apos;s qualification rule for its signal type: its fit grade is below the minimum (or missing), a required attribute is missing, or the contract has no terms for its signal type.</source>
        <translation>Le transfert ne respecte pas la règle de qualification du contrat actif pour son type de signal : sa note d&apos;adéquation est inférieure au minimum (ou absente), un attribut requis manque, ou le contrat n&apos;a pas de conditions pour son type de signal.</translation>
    </message>
    <message>
        <source>A source, campaign or UTM value breaks its convention in the data standard (casing, allowed values, pattern). One violation per field.</source>
        <translation>Une valeur de source, de campagne ou UTM enfreint sa convention dans la norme de données (casse, valeurs autorisées, motif). Une infraction par champ.</translation>
    </message>
    <message>
        <source>The handoff has no account, although lead-to-account matching finds one by its email domain or normalized company name (free-mail domains never match; legal suffixes are ignored).</source>
        <translation>Le transfert n&apos;a pas de compte, alors que le rapprochement lead-compte en trouve un par le domaine de son e-mail ou par le nom normalisé de l&apos;entreprise (les domaines de messagerie gratuite ne correspondent jamais ; les suffixes juridiques sont ignorés).</translation>
    </message>
    <message>
        <source>An earlier handoff (in the order records entered the workspace) has the same identity under an identity rule, such as the same email address. The first one is the original; recycled handoffs that re-enter on purpose are not duplicates.</source>
        <translation>Un transfert antérieur (dans l&apos;ordre d&apos;entrée des enregistrements dans l&apos;espace de travail) a la même identité selon une règle d&apos;identité, par exemple la même adresse e-mail. Le premier est l&apos;original ; les transferts recyclés qui reviennent volontairement ne sont pas des doublons.</translation>
    </message>
    <message>
        <source>A recorded stage change goes from one stage to another that the stage map does not allow, for example MQL straight to Opportunity. Entering the map from outside is always allowed.</source>
        <translation>Un changement d&apos;étape enregistré passe d&apos;une étape à une autre que la carte des étapes n&apos;autorise pas, par exemple de MQL directement à Opportunity. Entrer dans la carte depuis l&apos;extérieur est toujours autorisé.</translation>
    </message>
</context>
<context>
    <name>baton::ViolationsPage</name>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <source>No workspace open</source>
        <translation>Aucun espace de travail ouvert</translation>
    </message>
    <message>
        <source>Open a workspace to check its handoffs against the contract, the stage map and the data standard.</source>
        <translation>Ouvrez un espace de travail pour vérifier ses transferts par rapport au contrat, à la carte des étapes et à la norme de données.</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Vérifier à nouveau</translation>
    </message>
    <message>
        <source>Definitions…</source>
        <translation>Définitions…</translation>
    </message>
    <message>
        <source>Violations by kind</source>
        <translation>Infractions par type</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Violations</source>
        <translation>Infractions</translation>
    </message>
    <message>
        <source>Handoffs</source>
        <translation>Transferts</translation>
    </message>
    <message>
        <source>Data-quality score</source>
        <translation>Score de qualité des données</translation>
    </message>
    <message>
        <source>per source</source>
        <translation>par source</translation>
    </message>
    <message>
        <source>per campaign</source>
        <translation>par campagne</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Data-quality score: the share of the handoffs from this source or campaign that have no violation of any kind.</source>
        <translation>Score de qualité des données : la part des transferts de cette source ou campagne qui n&apos;ont aucune infraction, quel qu&apos;en soit le type.</translation>
    </message>
    <message>
        <source>Rules broken</source>
        <translation>Règles enfreintes</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>Show the handoffs with</source>
        <translation>Afficher les transferts avec</translation>
    </message>
    <message>
        <source>Kind of violation</source>
        <translation>Type d&apos;infraction</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <source>from</source>
        <translation>provenant de</translation>
    </message>
    <message>
        <source>Checking the handoffs against the contract, the stage map and the data standard…</source>
        <translation>Vérification des transferts par rapport au contrat, à la carte des étapes et à la norme de données…</translation>
    </message>
    <message>
        <source>The check did not finish.</source>
        <translation>La vérification n&apos;a pas abouti.</translation>
    </message>
    <message>
        <source>The check failed: %1</source>
        <translation>La vérification a échoué : %1</translation>
    </message>
    <message>
        <source>contract version %1</source>
        <translation>version de contrat %1</translation>
    </message>
    <message>
        <source>no active contract (contract checks skipped)</source>
        <translation>aucun contrat actif (vérifications du contrat ignorées)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; handoffs checked · &lt;b&gt;%2&lt;/b&gt; with at least one violation · data-quality score &lt;b&gt;%3 %&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; transferts vérifiés · &lt;b&gt;%2&lt;/b&gt; avec au moins une infraction · score de qualité des données &lt;b&gt;%3 %&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Against %1, the stage map and the data standard: %2 violations in all.</source>
        <translation>Vérifiés par rapport à : %1, la carte des étapes et la norme de données. %2 infractions au total.</translation>
    </message>
    <message>
        <source>Click a kind, a source or campaign, or a rule to see its handoffs below.</source>
        <translation>Cliquez sur un type, une source ou une campagne, ou une règle pour voir ses transferts ci-dessous.</translation>
    </message>
    <message>
        <source>any violation</source>
        <translation>toute infraction</translation>
    </message>
    <message>
        <source>any source</source>
        <translation>toute source</translation>
    </message>
    <message>
        <source>any campaign</source>
        <translation>toute campagne</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1 of %2 handoffs without a violation.
Handoffs with each kind:
%3</source>
        <translation>%1 transferts sur %2 sans infraction.
Transferts par type :
%3</translation>
    </message>
    <message>
        <source>· rule: %1</source>
        <translation>· règle : %1</translation>
    </message>
    <message>
        <source>What the numbers mean</source>
        <translation>Signification des chiffres</translation>
    </message>
    <message>
        <source>&lt;b&gt;Violation&lt;/b&gt;: one rule broken by one handoff. A handoff missing two context fields has two violations of the same kind.</source>
        <translation>&lt;b&gt;Infraction&lt;/b&gt; : une règle enfreinte par un transfert. Un transfert auquel il manque deux champs de contexte a deux infractions du même type.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Violations&lt;/b&gt; of a kind: how many violations of that kind were found. &lt;b&gt;Handoffs&lt;/b&gt; of a kind: how many handoffs have at least one violation of that kind.</source>
        <translation>&lt;b&gt;Infractions&lt;/b&gt; d&apos;un type : le nombre d&apos;infractions de ce type trouvées. &lt;b&gt;Transferts&lt;/b&gt; d&apos;un type : le nombre de transferts ayant au moins une infraction de ce type.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Data-quality score&lt;/b&gt; of a source or campaign: the share of its handoffs that have no violation of any kind (handoffs without a violation ÷ handoffs). Handoffs without a source or campaign are counted under (none).</source>
        <translation>&lt;b&gt;Score de qualité des données&lt;/b&gt; d&apos;une source ou d&apos;une campagne : la part de ses transferts qui n&apos;ont aucune infraction, quel qu&apos;en soit le type (transferts sans infraction ÷ transferts). Les transferts sans source ni campagne sont comptés sous (aucune).</translation>
    </message>
    <message>
        <source>Kinds of violation</source>
        <translation>Types d&apos;infraction</translation>
    </message>
    <message>
        <source>Definitions</source>
        <translation>Définitions</translation>
    </message>
    <message>
        <source>Kind: %1</source>
        <translation>Type : %1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Source : %1</translation>
    </message>
    <message>
        <source>Campaign: %1</source>
        <translation>Campagne : %1</translation>
    </message>
    <message>
        <source>Rule: %1</source>
        <translation>Règle : %1</translation>
    </message>
    <message>
        <source>Handoffs with at least one violation</source>
        <translation>Transferts avec au moins une infraction</translation>
    </message>
    <message>
        <source>Handoffs with violations · %1</source>
        <translation>Transferts avec infractions · %1</translation>
    </message>
</context>
<context>
    <name>baton::Workspace</name>
    <message>
        <source>No migration path from schema %1 to %2.</source>
        <translation>Aucun chemin de migration du schéma %1 vers %2.</translation>
    </message>
    <message>
        <source>Upgrading to schema %1 (%2) failed: %3</source>
        <translation>La mise à niveau vers le schéma %1 (%2) a échoué : %3</translation>
    </message>
    <message>
        <source>The workspace cannot be written (%1).</source>
        <translation>Impossible d&apos;écrire dans l&apos;espace de travail (%1).</translation>
    </message>
    <message>
        <source>The workspace file is damaged (%1).</source>
        <translation>Le fichier de l&apos;espace de travail est endommagé (%1).</translation>
    </message>
    <message>
        <source>Cannot open %1</source>
        <translation>Impossible d&apos;ouvrir %1</translation>
    </message>
    <message>
        <source>%1 is not a Baton workspace (it is an SQLite database of another program).</source>
        <translation>%1 n&apos;est pas un espace de travail Baton (c&apos;est une base de données SQLite d&apos;un autre programme).</translation>
    </message>
    <message>
        <source>The workspace %1 does not exist.</source>
        <translation>L&apos;espace de travail %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 n&apos;est pas un fichier.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1 is not a Baton workspace (it is not a database file).</source>
        <translation>%1 n&apos;est pas un espace de travail Baton (ce n&apos;est pas un fichier de base de données).</translation>
    </message>
    <message>
        <source>The workspace file %1 is damaged: it is shorter than its header says (truncated).</source>
        <translation>Le fichier d&apos;espace de travail %1 est endommagé : il est plus court que ne l&apos;indique son en-tête (tronqué).</translation>
    </message>
    <message>
        <source>The workspace %1 is read-only. Make it writable, or save a copy and open that.</source>
        <translation>L&apos;espace de travail %1 est en lecture seule. Rendez-le accessible en écriture, ou enregistrez-en une copie et ouvrez celle-ci.</translation>
    </message>
    <message>
        <source>The folder of %1 is read-only, so the workspace cannot be changed.</source>
        <translation>Le dossier de %1 est en lecture seule : l&apos;espace de travail ne peut donc pas être modifié.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Baton (schema %2; this version knows up to %3). Update Baton to open it.</source>
        <translation>%1 a été écrit par une version plus récente de Baton (schéma %2 ; cette version connaît jusqu&apos;au schéma %3). Mettez Baton à jour pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name.</source>
        <translation>%1 existe déjà ; choisissez un autre nom.</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>Impossible de créer %1 : %2</translation>
    </message>
    <message>
        <source>The workspace is locked: another Baton window or another program is writing to it. Nothing was changed; try again in a moment (%1).</source>
        <translation>L&apos;espace de travail est verrouillé : une autre fenêtre Baton ou un autre programme y écrit. Rien n&apos;a été modifié ; réessayez dans un instant (%1).</translation>
    </message>
    <message>
        <source>The workspace file %1 is damaged: its schema version (%2) is not one Baton writes.</source>
        <translation>Le fichier d&apos;espace de travail %1 est endommagé : sa version de schéma (%2) n&apos;est pas une version que Baton écrit.</translation>
    </message>
    <message>
        <source>Copies can only be made of SQLite workspaces.</source>
        <translation>Seuls les espaces de travail SQLite peuvent être copiés.</translation>
    </message>
    <message>
        <source>Copying the workspace to %1 failed: %2</source>
        <translation>La copie de l&apos;espace de travail vers %1 a échoué : %2</translation>
    </message>
    <message>
        <source>The workspace %1 has an interrupted change to undo, which needs write access: make it and its folder writable and open it again.</source>
        <translation>L’espace de travail %1 contient une modification interrompue à annuler, ce qui demande un accès en écriture : rendez-le, ainsi que son dossier, accessible en écriture et rouvrez-le.</translation>
    </message>
</context>
<context>
    <name>baton::WorkspaceSettings</name>
    <message>
        <source>the workspace&apos;s display name</source>
        <translation>le nom d&apos;affichage de l&apos;espace de travail</translation>
    </message>
    <message>
        <source>the reporting time zone, an IANA id such as Europe/Berlin; handoffs are counted into the ISO week in which they were handed off in this zone</source>
        <translation>le fuseau horaire des rapports, un identifiant IANA comme Europe/Berlin ; les transferts sont comptés dans la semaine ISO au cours de laquelle ils ont été effectués dans ce fuseau</translation>
    </message>
    <message>
        <source>the currency of amounts, an ISO 4217 code such as USD</source>
        <translation>la devise des montants, un code ISO 4217 comme USD</translation>
    </message>
    <message>
        <source>the instant open SLAs are judged at, ISO 8601 with an offset such as 2026-11-22T23:59:59Z; empty: now</source>
        <translation>l&apos;instant auquel les SLA ouverts sont évalués, au format ISO 8601 avec un décalage, comme 2026-11-22T23:59:59Z ; vide : maintenant</translation>
    </message>
    <message>
        <source>The workspace name cannot be empty.</source>
        <translation>Le nom de l&apos;espace de travail ne peut pas être vide.</translation>
    </message>
    <message>
        <source>The workspace name is too long (at most 200 characters).</source>
        <translation>Le nom de l&apos;espace de travail est trop long (200 caractères au maximum).</translation>
    </message>
    <message>
        <source>The workspace name cannot contain line breaks or control characters.</source>
        <translation>Le nom de l&apos;espace de travail ne peut contenir ni sauts de ligne ni caractères de contrôle.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a time zone; use an IANA id such as Europe/Berlin, America/New_York or UTC.</source>
        <translation>« %1 » n&apos;est pas un fuseau horaire ; utilisez un identifiant IANA comme Europe/Berlin, America/New_York ou UTC.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a currency code; use three letters of ISO 4217 such as USD or EUR.</source>
        <translation>« %1 » n&apos;est pas un code de devise ; utilisez les trois lettres ISO 4217, comme USD ou EUR.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an instant; write it in ISO 8601 with Z or an offset, such as 2026-11-22T23:59:59Z.</source>
        <translation>« %1 » n&apos;est pas un instant ; écrivez-le au format ISO 8601 avec Z ou un décalage, comme 2026-11-22T23:59:59Z.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a workspace setting; the settings are %2.</source>
        <translation>« %1 » n&apos;est pas un paramètre de l&apos;espace de travail ; les paramètres sont %2.</translation>
    </message>
    <message>
        <source>The workspace is open read-only, so its settings cannot be changed.</source>
        <translation>L&apos;espace de travail est ouvert en lecture seule : ses paramètres ne peuvent donc pas être modifiés.</translation>
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
Options :
  --help, -h       affiche cette aide ; `baton COMMAND --help` affiche les options d&apos;une commande
  --version, -v    affiche la version de Baton

Codes de sortie : 0 succès, 1 l&apos;opération a échoué, 2 la ligne de commande était incorrecte.
</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Afficher cette aide.</translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation>Afficher le résultat au format JSON.</translation>
    </message>
    <message>
        <source>The workspace file to create (.baton).</source>
        <translation>Le fichier d&apos;espace de travail à créer (.baton).</translation>
    </message>
    <message>
        <source>The workspace&apos;s display name.</source>
        <translation>Le nom d&apos;affichage de l&apos;espace de travail.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>new takes exactly one FILE.

</source>
        <translation>new attend exactement un FILE.

</translation>
    </message>
    <message>
        <source>Created %1 with the default configuration.</source>
        <translation>%1 créé avec la configuration par défaut.</translation>
    </message>
    <message>
        <source>Random seed (default 2026).</source>
        <translation>Graine aléatoire (par défaut 2026).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Number of weeks (default 26).</source>
        <translation>Nombre de semaines (par défaut 26).</translation>
    </message>
    <message>
        <source>Number of handoffs (default 20000).</source>
        <translation>Nombre de transferts (par défaut 20000).</translation>
    </message>
    <message>
        <source>The last week of data (default 2026-W47).</source>
        <translation>La dernière semaine de données (par défaut 2026-W47).</translation>
    </message>
    <message>
        <source>WEEK</source>
        <translation>WEEK</translation>
    </message>
    <message>
        <source>Replace FILE if it exists.</source>
        <translation>Remplacer FILE s&apos;il existe.</translation>
    </message>
    <message>
        <source>demo takes exactly one FILE.

</source>
        <translation>demo attend exactement un FILE.

</translation>
    </message>
    <message>
        <source>--seed must be a non-negative integer.</source>
        <translation>--seed doit être un entier positif ou nul.</translation>
    </message>
    <message>
        <source>--weeks must be between 1 and 520.</source>
        <translation>--weeks doit être compris entre 1 et 520.</translation>
    </message>
    <message>
        <source>--handoffs must be a non-negative integer.</source>
        <translation>--handoffs doit être un entier positif ou nul.</translation>
    </message>
    <message>
        <source>%1 already exists; use --force to replace it.</source>
        <translation>%1 existe déjà ; utilisez --force pour le remplacer.</translation>
    </message>
    <message>
        <source>Created %1: %2 handoffs, %3 accounts, %4 owners over %5 weeks ending %6.</source>
        <translation>%1 créé : %2 transferts, %3 comptes, %4 responsables sur %5 semaines jusqu&apos;à %6.</translation>
    </message>
    <message>
        <source>The workspace file.</source>
        <translation>Le fichier d&apos;espace de travail.</translation>
    </message>
    <message>
        <source>info takes exactly one FILE.

</source>
        <translation>info attend exactement un FILE.

</translation>
    </message>
    <message>
        <source>%1 (%2)
Schema version %3 (this Baton knows up to %4)

</source>
        <translation>%1 (%2)
Version du schéma %3 (cette version de Baton connaît jusqu&apos;à la version %4)

</translation>
    </message>
    <message>
        <source>create an empty workspace with the default configuration</source>
        <translation>crée un espace de travail vide avec la configuration par défaut</translation>
    </message>
    <message>
        <source>create a demo workspace with realistic generated data</source>
        <translation>crée un espace de travail de démonstration avec des données générées réalistes</translation>
    </message>
    <message>
        <source>show a workspace&apos;s schema version and row counts</source>
        <translation>affiche la version du schéma et le nombre de lignes d&apos;un espace de travail</translation>
    </message>
    <message>
        <source>The ISO week to assess (2026-W47); default: the last complete week of the data.</source>
        <translation>La semaine ISO à évaluer (2026-W47) ; par défaut : la dernière semaine complète des données.</translation>
    </message>
    <message>
        <source>Print the evidence rules with their thresholds and exit.</source>
        <translation>Afficher les règles d&apos;éléments probants avec leurs seuils, puis quitter.</translation>
    </message>
    <message>
        <source>matrix takes exactly one FILE.

</source>
        <translation>matrix attend exactement un FILE.

</translation>
    </message>
    <message>
        <source>Maturity, week %1 (self-assessment / evidence)
</source>
        <translation>Maturité, semaine %1 (auto-évaluation / éléments probants)
</translation>
    </message>
    <message>
        <source>The ISO week of the scorecard (2026-W47); default: the last complete week of the data.</source>
        <translation>La semaine ISO du tableau de bord (2026-W47) ; par défaut : la dernière semaine complète des données.</translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation>Le fichier PDF à écrire.</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>a4 or letter (default: by the locale).</source>
        <translation>a4 ou letter (par défaut : selon les paramètres régionaux).</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>SIZE</translation>
    </message>
    <message>
        <source>Print what was written as JSON.</source>
        <translation>Afficher ce qui a été écrit au format JSON.</translation>
    </message>
    <message>
        <source>scorecard takes exactly one FILE.

</source>
        <translation>scorecard attend exactement un FILE.

</translation>
    </message>
    <message>
        <source>scorecard needs -o PDF, the file to write.</source>
        <translation>scorecard nécessite -o PDF, le fichier à écrire.</translation>
    </message>
    <message>
        <source>Wrote %1: the scorecard of week %2, %3 pages.</source>
        <translation>%1 écrit : le tableau de bord de la semaine %2, %3 pages.</translation>
    </message>
    <message>
        <source>the maturity matrix of a week: self-assessment, evidence and reasons</source>
        <translation>la matrice de maturité d&apos;une semaine : auto-évaluation, éléments probants et justifications</translation>
    </message>
    <message>
        <source>writes the week&apos;s PDF scorecard</source>
        <translation>écrit le tableau de bord PDF de la semaine</translation>
    </message>
    <message>
        <source>No imports yet.</source>
        <translation>Aucun import pour l&apos;instant.</translation>
    </message>
    <message>
        <source>run</source>
        <translation>exéc.</translation>
    </message>
    <message>
        <source>started (UTC)</source>
        <translation>début (UTC)</translation>
    </message>
    <message>
        <source>read</source>
        <translation>lues</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nouvelles</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>màj</translation>
    </message>
    <message>
        <source>aside</source>
        <translation>à part</translation>
    </message>
    <message>
        <source>dupl.</source>
        <translation>doubl.</translation>
    </message>
    <message>
        <source>file (mapping)</source>
        <translation>fichier (correspondance)</translation>
    </message>
    <message>
        <source>The CSV export to import.</source>
        <translation>L&apos;export CSV à importer.</translation>
    </message>
    <message>
        <source>The mapping: a saved mapping&apos;s name, a preset (e.g. salesforce-leads, hubspot-contacts, olist-mqls) or a mapping.json file. Without it Baton recognises the export by its header row.</source>
        <translation>La correspondance : le nom d&apos;une correspondance enregistrée, un modèle prédéfini (p. ex. salesforce-leads, hubspot-contacts, olist-mqls) ou un fichier mapping.json. Sans elle, Baton reconnaît l&apos;export à sa ligne d&apos;en-tête.</translation>
    </message>
    <message>
        <source>NAME|FILE</source>
        <translation>NAME|FILE</translation>
    </message>
    <message>
        <source>Show the first N rows as they would be stored, and change nothing.</source>
        <translation>Afficher les N premières lignes telles qu&apos;elles seraient stockées, sans rien modifier.</translation>
    </message>
    <message>
        <source>List the presets and saved mappings.</source>
        <translation>Lister les modèles prédéfinis et les correspondances enregistrées.</translation>
    </message>
    <message>
        <source>List the workspace&apos;s imports, newest first.</source>
        <translation>Lister les imports de l&apos;espace de travail, du plus récent au plus ancien.</translation>
    </message>
    <message>
        <source>Write the rows import RUN kept aside to OUT.csv (line, reason and the row&apos;s own columns).</source>
        <translation>Écrire dans OUT.csv les lignes que l&apos;import RUN a mises de côté (ligne, motif et colonnes propres à la ligne).</translation>
    </message>
    <message>
        <source>RUN:OUT.csv</source>
        <translation>RUN:OUT.csv</translation>
    </message>
    <message>
        <source>import takes a workspace FILE and a DATA.csv file.

</source>
        <translation>import attend un FILE d&apos;espace de travail et un fichier DATA.csv.

</translation>
    </message>
    <message>
        <source>preset</source>
        <translation>modèle prédéfini</translation>
    </message>
    <message>
        <source>saved</source>
        <translation>enregistrée</translation>
    </message>
    <message>
        <source>--export-kept-aside takes RUN:OUT.csv, e.g. 3:kept-aside.csv.</source>
        <translation>--export-kept-aside attend RUN:OUT.csv, p. ex. 3:kept-aside.csv.</translation>
    </message>
    <message>
        <source>Wrote %1 kept-aside rows of import %2 to %3.</source>
        <translation>%1 lignes mises de côté par l&apos;import %2 écrites dans %3.</translation>
    </message>
    <message>
        <source>--preview takes a number of rows.</source>
        <translation>--preview attend un nombre de lignes.</translation>
    </message>
    <message>
        <source>Mapping: %1
</source>
        <translation>Correspondance : %1
</translation>
    </message>
    <message>
        <source>line %1: %2
</source>
        <translation>ligne %1 : %2
</translation>
    </message>
    <message>
        <source>Imported %1 with the mapping &quot;%2&quot; (%3 s):
</source>
        <translation>%1 importé avec la correspondance « %2 » (%3 s) :
</translation>
    </message>
    <message>
        <source>  read %1, imported %2 new, updated %3, kept aside %4, duplicates %5
</source>
        <translation>  %1 lues, %2 nouvelles importées, %3 mises à jour, %4 mises de côté, %5 doublons
</translation>
    </message>
    <message>
        <source>  The rows kept aside are on the Import page; `baton import %1 --export-kept-aside %2:FILE.csv` writes them out.
</source>
        <translation>  Les lignes mises de côté figurent sur la page Import ; `baton import %1 --export-kept-aside %2:FILE.csv` les écrit dans un fichier.
</translation>
    </message>
    <message>
        <source>import a CRM&apos;s CSV export (handoffs, accounts or owners)</source>
        <translation>importe l&apos;export CSV d&apos;un CRM (transferts, comptes ou responsables)</translation>
    </message>
    <message>
        <source>handoffs</source>
        <translation>transf.</translation>
    </message>
    <message>
        <source>accept</source>
        <translation>accept.</translation>
    </message>
    <message>
        <source>convert</source>
        <translation>conv.</translation>
    </message>
    <message>
        <source>win</source>
        <translation>gain</translation>
    </message>
    <message>
        <source>days&gt;opp</source>
        <translation>j&gt;opp</translation>
    </message>
    <message>
        <source>days&gt;won</source>
        <translation>j&gt;gagnée</translation>
    </message>
    <message>
        <source>pipe/handoff</source>
        <translation>pipe/transf.</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <source>touch min</source>
        <translation>min contact</translation>
    </message>
    <message>
        <source>The dimension to slice by: %1.</source>
        <translation>La dimension de ventilation : %1.</translation>
    </message>
    <message>
        <source>DIMENSION</source>
        <translation>DIMENSION</translation>
    </message>
    <message>
        <source>Only handoffs handed off on or after this day (YYYY-MM-DD, in the workspace&apos;s time zone).</source>
        <translation>Uniquement les transferts effectués à partir de ce jour (YYYY-MM-DD, dans le fuseau horaire de l&apos;espace de travail).</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATE</translation>
    </message>
    <message>
        <source>Only handoffs handed off on or before this day.</source>
        <translation>Uniquement les transferts effectués jusqu&apos;à ce jour inclus.</translation>
    </message>
    <message>
        <source>Only handoffs of this ISO week (2026-W47).</source>
        <translation>Uniquement les transferts de cette semaine ISO (2026-W47).</translation>
    </message>
    <message>
        <source>Print the definition of every KPI and exit.</source>
        <translation>Afficher la définition de chaque KPI, puis quitter.</translation>
    </message>
    <message>
        <source>kpi takes exactly one FILE.

</source>
        <translation>kpi attend exactement un FILE.

</translation>
    </message>
    <message>
        <source>kpi needs --by DIMENSION (%1).</source>
        <translation>kpi nécessite --by DIMENSION (%1).</translation>
    </message>
    <message>
        <source>--%1 must be a day written like 2026-09-14.</source>
        <translation>--%1 doit être un jour écrit comme 2026-09-14.</translation>
    </message>
    <message>
        <source>--from must not be after --to.</source>
        <translation>--from ne doit pas être postérieur à --to.</translation>
    </message>
    <message>
        <source>acceptance, conversion, velocity, yield, SLA and leakage by a dimension</source>
        <translation>acceptation, conversion, vélocité, rendement, SLA et fuites selon une dimension</translation>
    </message>
    <message>
        <source>The rule set to use (default: the active one).</source>
        <translation>Le jeu de règles à utiliser (par défaut : le jeu actif).</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>account owned</source>
        <translation>compte avec responsable</translation>
    </message>
    <message>
        <source>not account owned</source>
        <translation>compte sans responsable</translation>
    </message>
    <message>
        <source>  %1: %2; %3 (%4 scenarios)
</source>
        <translation>  %1 : %2 ; %3 (%4 scénarios)
</translation>
    </message>
    <message>
        <source>every signal type</source>
        <translation>tous les types de signal</translation>
    </message>
    <message>
        <source>every industry</source>
        <translation>tous les secteurs</translation>
    </message>
    <message>
        <source>Follows every scenario (signal type x territory x segment x industry x source x account owned) through the routing rules and reports the gaps.</source>
        <translation>Suit chaque scénario (type de signal x territoire x segment x secteur x source x compte avec responsable) à travers les règles de routage et signale les lacunes.</translation>
    </message>
    <message>
        <source>Judge owners&apos; availability on this day, YYYY-MM-DD (default: the workspace&apos;s as-of day).</source>
        <translation>Évaluer la disponibilité des responsables à ce jour, YYYY-MM-DD (par défaut : le jour de référence de l&apos;espace de travail).</translation>
    </message>
    <message>
        <source>Also follow leads without a signal type, territory, segment or industry.</source>
        <translation>Suivre aussi les leads sans type de signal, territoire, segment ou secteur.</translation>
    </message>
    <message>
        <source>coverage takes exactly one FILE.

</source>
        <translation>coverage attend exactement un FILE.

</translation>
    </message>
    <message>
        <source>--rule-set must be a rule set&apos;s id.</source>
        <translation>--rule-set doit être l&apos;identifiant d&apos;un jeu de règles.</translation>
    </message>
    <message>
        <source>--as-of must be a date like 2026-11-20.</source>
        <translation>--as-of doit être une date comme 2026-11-20.</translation>
    </message>
    <message>
        <source>Rule set &quot;%1&quot; (%2), availability on %3
</source>
        <translation>Jeu de règles « %1 » (%2), disponibilité au %3
</translation>
    </message>
    <message>
        <source>%1 scenarios: %2 reach a rule&apos;s owner, %3 only the fallback queue, %4 no owner.
</source>
        <translation>%1 scénarios : %2 atteignent le responsable d&apos;une règle, %3 uniquement la file de repli, %4 aucun responsable.
</translation>
    </message>
    <message>
        <source>
Reach no owner:
</source>
        <translation>
N&apos;atteignent aucun responsable :
</translation>
    </message>
    <message>
        <source>
Reach only the fallback queue:
</source>
        <translation>
N&apos;atteignent que la file de repli :
</translation>
    </message>
    <message>
        <source>
Rule &quot;%1&quot;: %2</source>
        <translation>
Règle « %1 » : %2</translation>
    </message>
    <message>
        <source>

Overlapping rules (the earlier one wins where both match):
</source>
        <translation>

Règles qui se chevauchent (la première l&apos;emporte là où les deux correspondent) :
</translation>
    </message>
    <message>
        <source>  &quot;%1&quot; and &quot;%2&quot;: %3 scenarios
</source>
        <translation>  « %1 » et « %2 » : %3 scénarios
</translation>
    </message>
    <message>
        <source>Simulates routing: runs a CSV file of leads (columns: %1), or the workspace&apos;s own handoffs over a date range, through a rule set and reports who gets what, the load per owner against capacity, and what changes against the active rules.</source>
        <translation>Simule le routage : fait passer un fichier CSV de leads (colonnes : %1), ou les transferts de l&apos;espace de travail sur une plage de dates, par un jeu de règles et indique qui reçoit quoi, la charge par responsable par rapport à sa capacité, et ce qui change par rapport aux règles actives.</translation>
    </message>
    <message>
        <source>The CSV file of leads to route.</source>
        <translation>Le fichier CSV de leads à router.</translation>
    </message>
    <message>
        <source>LEADS.csv</source>
        <translation>LEADS.csv</translation>
    </message>
    <message>
        <source>Route the handoffs handed off from this day (YYYY-MM-DD).</source>
        <translation>Router les transferts effectués à partir de ce jour (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>... up to this day, inclusive (default: the as-of day).</source>
        <translation>... jusqu&apos;à ce jour inclus (par défaut : le jour de référence).</translation>
    </message>
    <message>
        <source>route takes exactly one FILE.

</source>
        <translation>route attend exactement un FILE.

</translation>
    </message>
    <message>
        <source>route needs either --simulate LEADS.csv or --from DATE.

</source>
        <translation>route nécessite soit --simulate LEADS.csv, soit --from DATE.

</translation>
    </message>
    <message>
        <source>--from must be a date like 2026-11-20.</source>
        <translation>--from doit être une date comme 2026-11-20.</translation>
    </message>
    <message>
        <source>--to must be a date like 2026-11-20.</source>
        <translation>--to doit être une date comme 2026-11-20.</translation>
    </message>
    <message>
        <source>%1 leads: %2 assigned, %3 unassigned, %4 to the fallback queue, over %5 days.

</source>
        <translation>%1 leads : %2 attribués, %3 non attribués, %4 vers la file de repli, sur %5 jours.

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
        <translation>responsable</translation>
    </message>
    <message>
        <source>leads</source>
        <translation>leads</translation>
    </message>
    <message>
        <source>per day</source>
        <translation>par jour</translation>
    </message>
    <message>
        <source>capacity</source>
        <translation>capacité</translation>
    </message>
    <message>
        <source>days over</source>
        <translation>jours dép.</translation>
    </message>
    <message>
        <source>
Against the active rules: %1 leads change team, %2 change owner, %3 change rule; fallback %4 -&gt; %5.
</source>
        <translation>
Par rapport aux règles actives : %1 leads changent d&apos;équipe, %2 changent de responsable, %3 changent de règle ; file de repli %4 -&gt; %5.
</translation>
    </message>
    <message>
        <source>What-if: which scenarios lose their owner and how the load moves when an owner leaves or is away. Nothing is saved.</source>
        <translation>Simulation « et si » : quels scénarios perdent leur responsable et comment la charge se déplace quand un responsable part ou s&apos;absente. Rien n&apos;est enregistré.</translation>
    </message>
    <message>
        <source>The owner&apos;s name or id.</source>
        <translation>Le nom ou l&apos;identifiant du responsable.</translation>
    </message>
    <message>
        <source>OWNER</source>
        <translation>OWNER</translation>
    </message>
    <message>
        <source>The first day the owner no longer works.</source>
        <translation>Le premier jour où le responsable ne travaille plus.</translation>
    </message>
    <message>
        <source>The first day of an absence.</source>
        <translation>Le premier jour d&apos;une absence.</translation>
    </message>
    <message>
        <source>The last day of the absence.</source>
        <translation>Le dernier jour de l&apos;absence.</translation>
    </message>
    <message>
        <source>Weeks of handoffs to project the load from (default 4).</source>
        <translation>Semaines de transferts à partir desquelles projeter la charge (par défaut 4).</translation>
    </message>
    <message>
        <source>roster takes one FILE, --owner and either --leaving DATE or --away DATE --until DATE.

</source>
        <translation>roster attend un FILE, --owner et soit --leaving DATE, soit --away DATE --until DATE.

</translation>
    </message>
    <message>
        <source>Dates must look like 2026-11-20.</source>
        <translation>Les dates doivent avoir la forme 2026-11-20.</translation>
    </message>
    <message>
        <source>--away needs --until with the last day of the absence, like 2026-11-27.</source>
        <translation>--away nécessite --until avec le dernier jour de l&apos;absence, comme 2026-11-27.</translation>
    </message>
    <message>
        <source>--weeks must be between 1 and 52.</source>
        <translation>--weeks doit être compris entre 1 et 52.</translation>
    </message>
    <message>
        <source>There is no owner &quot;%1&quot;.</source>
        <translation>Il n&apos;existe aucun responsable « %1 ».</translation>
    </message>
    <message>
        <source>(no owner)</source>
        <translation>(aucun responsable)</translation>
    </message>
    <message>
        <source>(fallback queue)</source>
        <translation>(file de repli)</translation>
    </message>
    <message>
        <source>%1 scenarios change their owner:
</source>
        <translation>%1 scénarios changent de responsable :
</translation>
    </message>
    <message>
        <source>  %1: %2 -&gt; %3
</source>
        <translation>  %1 : %2 -&gt; %3
</translation>
    </message>
    <message>
        <source>
Projected load from %1 handoffs, %2 to %3 (per weekday):
</source>
        <translation>
Charge projetée à partir de %1 transferts, du %2 au %3 (par jour de semaine) :
</translation>
    </message>
    <message>
        <source>  over capacity</source>
        <translation>  au-delà de la capacité</translation>
    </message>
    <message>
        <source>
%1 accounts and %2 open handoffs stay with %3 until someone reassigns them.</source>
        <translation>
%1 comptes et %2 transferts ouverts restent à %3 jusqu&apos;à ce que quelqu&apos;un les réattribue.</translation>
    </message>
    <message>
        <source>prove that every routing scenario reaches an owner</source>
        <translation>prouve que chaque scénario de routage atteint un responsable</translation>
    </message>
    <message>
        <source>simulate routing leads or handoffs through a rule set</source>
        <translation>simule le routage de leads ou de transferts par un jeu de règles</translation>
    </message>
    <message>
        <source>what-if: an owner leaves or is away</source>
        <translation>simulation « et si » : un responsable part ou s&apos;absente</translation>
    </message>
    <message>
        <source>The setting:</source>
        <translation>Le paramètre :</translation>
    </message>
    <message>
        <source>Its new value.</source>
        <translation>Sa nouvelle valeur.</translation>
    </message>
    <message>
        <source>set takes FILE, KEY and VALUE.

</source>
        <translation>set attend FILE, KEY et VALUE.

</translation>
    </message>
    <message>
        <source>%1 is already %2; nothing changed.</source>
        <translation>%1 vaut déjà %2 ; rien n&apos;a changé.</translation>
    </message>
    <message>
        <source>Set %1 to %2 (was %3); the week of %4 of %5 handoffs changed.</source>
        <translation>%1 défini sur %2 (auparavant %3) ; la semaine de %4 transferts sur %5 a changé.</translation>
    </message>
    <message>
        <source>unset</source>
        <translation>non défini</translation>
    </message>
    <message>
        <source>Set %1 to %2 (was %3).</source>
        <translation>%1 défini sur %2 (auparavant %3).</translation>
    </message>
    <message>
        <source>change a workspace setting: name, time_zone, currency or as_of</source>
        <translation>modifie un paramètre de l&apos;espace de travail : name, time_zone, currency ou as_of</translation>
    </message>
    <message>
        <source>group</source>
        <translation>groupe</translation>
    </message>
    <message>
        <source>met</source>
        <translation>tenus</translation>
    </message>
    <message>
        <source>decided</source>
        <translation>tranchés</translation>
    </message>
    <message>
        <source>breach</source>
        <translation>dépass.</translation>
    </message>
    <message>
        <source>compl.</source>
        <translation>respect</translation>
    </message>
    <message>
        <source>1st touch</source>
        <translation>1er cont.</translation>
    </message>
    <message>
        <source>routing</source>
        <translation>routage</translation>
    </message>
    <message>
        <source>response</source>
        <translation>réponse</translation>
    </message>
    <message>
        <source>Recomputed the SLA facts of %1 handoffs in %2 s; %3 changed.</source>
        <translation>Données SLA de %1 transferts recalculées en %2 s ; %3 modifiées.</translation>
    </message>
    <message>
        <source>The ISO week to report, like 2026-W47 (default: the last complete week of the data).</source>
        <translation>La semaine ISO à présenter, comme 2026-W47 (par défaut : la dernière semaine complète des données).</translation>
    </message>
    <message>
        <source>Judge open SLAs as of this instant, ISO 8601 (default: the workspace&apos;s as-of setting, else now).</source>
        <translation>Évaluer les SLA ouverts à cet instant, ISO 8601 (par défaut : le paramètre de date de référence de l&apos;espace de travail, sinon maintenant).</translation>
    </message>
    <message>
        <source>INSTANT</source>
        <translation>INSTANT</translation>
    </message>
    <message>
        <source>Recompute the SLA facts of every handoff from the current policies and calendars.</source>
        <translation>Recalculer les données SLA de chaque transfert à partir des politiques et calendriers actuels.</translation>
    </message>
    <message>
        <source>sla takes exactly one FILE.

</source>
        <translation>sla attend exactement un FILE.

</translation>
    </message>
    <message>
        <source>--recompute takes no --week or --as-of.

</source>
        <translation>--recompute n&apos;accepte ni --week ni --as-of.

</translation>
    </message>
    <message>
        <source>--as-of must be an ISO 8601 instant such as 2026-11-22T23:59:59Z.</source>
        <translation>--as-of doit être un instant ISO 8601 comme 2026-11-22T23:59:59Z.</translation>
    </message>
    <message>
        <source>The workspace has no handoffs yet, so there is no week to report.</source>
        <translation>L&apos;espace de travail n&apos;a pas encore de transferts : il n&apos;y a donc aucune semaine à présenter.</translation>
    </message>
    <message>
        <source>Warning: the SLA policies or calendars changed since the SLA facts were computed; run `baton sla %1 --recompute`.</source>
        <translation>Avertissement : les politiques de SLA ou les calendriers ont changé depuis le calcul des données SLA ; exécutez `baton sla %1 --recompute`.</translation>
    </message>
    <message>
        <source>SLA compliance for %1 (handed off that week), judged as of %2
Compliance = met / decided; durations are median business minutes.

</source>
        <translation>Respect du SLA pour %1 (transferts effectués cette semaine-là), évalué au %2
Respect = tenus / tranchés ; les durées sont des médianes en minutes ouvrées.

</translation>
    </message>
    <message>
        <source>By signal type</source>
        <translation>Par type de signal</translation>
    </message>
    <message>
        <source>By team</source>
        <translation>Par équipe</translation>
    </message>
    <message>
        <source>By owner</source>
        <translation>Par responsable</translation>
    </message>
    <message>
        <source>Open breaches as of %1: %2
</source>
        <translation>Dépassements en cours au %1 : %2
</translation>
    </message>
    <message>
        <source>  ... and %1 more (--json lists them all)
</source>
        <translation>  ... et %1 de plus (--json les liste tous)
</translation>
    </message>
    <message>
        <source>SLA compliance for a week, open breaches with escalation steps; --recompute</source>
        <translation>respect du SLA d&apos;une semaine, dépassements en cours avec paliers d&apos;escalade ; --recompute</translation>
    </message>
    <message>
        <source>Also print the rules broken with their counts and the data-quality score per source and campaign.</source>
        <translation>Afficher aussi les règles enfreintes avec leur nombre et le score de qualité des données par source et par campagne.</translation>
    </message>
    <message>
        <source>Also list the first N violations with their handoffs.</source>
        <translation>Lister aussi les N premières infractions avec leurs transferts.</translation>
    </message>
    <message>
        <source>validate takes exactly one FILE.

</source>
        <translation>validate attend exactement un FILE.

</translation>
    </message>
    <message>
        <source>--list must be a non-negative integer.</source>
        <translation>--list doit être un entier positif ou nul.</translation>
    </message>
    <message>
        <source>Checked %1 handoffs against contract version %2, the stage map and the data standard.
</source>
        <translation>%1 transferts vérifiés par rapport à la version de contrat %2, à la carte des étapes et à la norme de données.
</translation>
    </message>
    <message>
        <source>Checked %1 handoffs against the stage map and the data standard (no contract version is active).
</source>
        <translation>%1 transferts vérifiés par rapport à la carte des étapes et à la norme de données (aucune version de contrat n&apos;est active).
</translation>
    </message>
    <message>
        <source>%1 handoffs have no violation: data-quality score %2 %.

</source>
        <translation>%1 transferts n&apos;ont aucune infraction : score de qualité des données %2 %.

</translation>
    </message>
    <message>
        <source>(%1 handoffs)</source>
        <translation>(%1 transferts)</translation>
    </message>
    <message>
        <source>
Rules broken:
</source>
        <translation>
Règles enfreintes :
</translation>
    </message>
    <message>
        <source>
Data-quality score per source:
</source>
        <translation>
Score de qualité des données par source :
</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <source>
The first %1 violations:
</source>
        <translation>
Les %1 premières infractions :
</translation>
    </message>
    <message>
        <source>check handoffs against the active contract, the stage map and the data standard</source>
        <translation>vérifie les transferts par rapport au contrat actif, à la carte des étapes et à la norme de données</translation>
    </message>
    <message>
        <source>Usage: baton [WORKSPACE.baton]          open the window
       baton COMMAND [options]          run a headless command

Commands:
</source>
        <translation>Utilisation : baton [WORKSPACE.baton]          ouvre la fenêtre
              baton COMMAND [options]          exécute une commande sans interface

Commandes :
</translation>
    </message>
    <message>
        <source>Save the mapping used in the workspace under this name (for --mapping NAME).</source>
        <translation>Enregistrer la correspondance utilisée dans l&apos;espace de travail sous ce nom (pour --mapping NAME).</translation>
    </message>
    <message>
        <source>upgraded %1 to schema version %2; the previous version was saved as %3</source>
        <translation>%1 mis à niveau vers la version de schéma %2 ; la version précédente a été enregistrée sous %3</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Governs the Marketing to Sales lead handoff.</source>
        <translation>Gouverne le transfert des leads du Marketing aux Ventes.</translation>
    </message>
    <message>
        <source>A workspace to open.</source>
        <translation>Un espace de travail à ouvrir.</translation>
    </message>
    <message>
        <source>Show this page first.</source>
        <translation>Afficher d&apos;abord cette page.</translation>
    </message>
    <message>
        <source>Save a picture of the window to FILE and quit.</source>
        <translation>Enregistrer une image de la fenêtre dans FILE, puis quitter.</translation>
    </message>
    <message>
        <source>Window size, WIDTHxHEIGHT.</source>
        <translation>Taille de la fenêtre, WIDTHxHEIGHT.</translation>
    </message>
</context>
</TS>
