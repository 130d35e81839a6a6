<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>QProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>baton::AccountImport</name>
    <message>
        <source>No account has %1 &quot;%2&quot; to update.</source>
        <translation>No hay ninguna cuenta con %1 &quot;%2&quot; que actualizar.</translation>
    </message>
    <message>
        <source>Account name is missing: a new account needs a name.</source>
        <translation>Falta el nombre de la cuenta: una cuenta nueva necesita un nombre.</translation>
    </message>
    <message>
        <source>Account id in the CRM</source>
        <translation>ID de la cuenta en el CRM</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>Nombre de la cuenta</translation>
    </message>
    <message>
        <source>Web domain</source>
        <translation>Dominio web</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segmento</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Territorio</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Empleados</translation>
    </message>
    <message>
        <source>Annual revenue</source>
        <translation>Facturación anual</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>Parent account</source>
        <translation>Cuenta matriz</translation>
    </message>
</context>
<context>
    <name>baton::AccountKpis</name>
    <message>
        <source>Account %1 does not exist.</source>
        <translation>La cuenta %1 no existe.</translation>
    </message>
    <message>
        <source>(unassigned)</source>
        <translation>(sin asignar)</translation>
    </message>
    <message>
        <source>Handed off: %1 (%2)</source>
        <translation>Traspasado: %1 (%2)</translation>
    </message>
    <message>
        <source>Handed off again by a recycle play: %1 (%2)</source>
        <translation>Traspasado de nuevo por una jugada de reciclaje: %1 (%2)</translation>
    </message>
    <message>
        <source>First touch</source>
        <translation>Primer contacto</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Aceptado</translation>
    </message>
    <message>
        <source>Rejected without a reason</source>
        <translation>Rechazado sin motivo</translation>
    </message>
    <message>
        <source>Rejected: %1 → %2</source>
        <translation>Rechazado: %1 → %2</translation>
    </message>
    <message>
        <source>no recycle play</source>
        <translation>sin jugada de reciclaje</translation>
    </message>
    <message>
        <source>Opportunity: %L1</source>
        <translation>Oportunidad: %L1</translation>
    </message>
    <message>
        <source>Won: %L1</source>
        <translation>Ganada: %L1</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Perdida</translation>
    </message>
</context>
<context>
    <name>baton::AccountMatchingTab</name>
    <message>
        <source>Email domain</source>
        <translation>Dominio del correo</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>Nombre de la empresa</translation>
    </message>
    <message>
        <source>The email&apos;s domain, or a parent domain of it, is an account&apos;s domain. Free-mail domains never match.</source>
        <translation>El dominio del correo, o un dominio superior, es el dominio de una cuenta. Los dominios de correo gratuito nunca coinciden.</translation>
    </message>
    <message>
        <source>The company name equals an account&apos;s, ignoring case, punctuation and legal suffixes.</source>
        <translation>El nombre de la empresa es igual al de una cuenta, sin distinguir mayúsculas, puntuación ni sufijos legales.</translation>
    </message>
    <message>
        <source>How a lead is linked to a known account. The rules are tried in order; the first that finds an account wins (the oldest account when several share a domain or name). The validator reports leads without an account that these rules would link.</source>
        <translation>Cómo se vincula un lead con una cuenta conocida. Las reglas se prueban en orden; gana la primera que encuentra una cuenta (la más antigua si varias comparten dominio o nombre). El validador informa de los leads sin cuenta que estas reglas vincularían.</translation>
    </message>
    <message>
        <source>Matching rules, in order</source>
        <translation>Reglas de asociación, en orden</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regla</translation>
    </message>
    <message>
        <source>What matches</source>
        <translation>Qué coincide</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Try it</source>
        <translation>Probar</translation>
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
        <translation>Correo</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Free-mail domains</source>
        <translation>Dominios de correo gratuito</translation>
    </message>
    <message>
        <source>Legal suffixes</source>
        <translation>Sufijos legales</translation>
    </message>
    <message>
        <source>e.g. citromail.hu</source>
        <translation>p. ej., citromail.hu</translation>
    </message>
    <message>
        <source>e.g. Kft.</source>
        <translation>p. ej., Kft.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Add the free-mail domain %1</source>
        <translation>Añadir el dominio de correo gratuito %1</translation>
    </message>
    <message>
        <source>Add the legal suffix %1</source>
        <translation>Añadir el sufijo legal %1</translation>
    </message>
    <message>
        <source>Remove the free-mail domain %1</source>
        <translation>Quitar el dominio de correo gratuito %1</translation>
    </message>
    <message>
        <source>Remove the legal suffix %1</source>
        <translation>Quitar el sufijo legal %1</translation>
    </message>
    <message>
        <source>Tick to use this rule.</source>
        <translation>Marcar para usar esta regla.</translation>
    </message>
    <message>
        <source>%1 built in (%2, …). Add the providers your market uses:</source>
        <translation>%1 predefinidos (%2, …). Añada los proveedores que se usan en su mercado:</translation>
    </message>
    <message>
        <source>%1 built in (Inc, GmbH, Ltd, SA, …), ignored at the end of company names. Add others:</source>
        <translation>%1 predefinidos (Inc, GmbH, Ltd, SA, …), ignorados al final de los nombres de empresa. Añada otros:</translation>
    </message>
    <message>
        <source>Type an email address and a company name to see which account they match (%1 accounts).</source>
        <translation>Escriba una dirección de correo y un nombre de empresa para ver con qué cuenta coinciden (%1 cuentas).</translation>
    </message>
    <message>
        <source>No account. %1 is a free-mail domain, and the company name “%2” matches no account.</source>
        <translation>Ninguna cuenta. %1 es un dominio de correo gratuito y el nombre de empresa “%2” no coincide con ninguna cuenta.</translation>
    </message>
    <message>
        <source>No account matches.</source>
        <translation>Ninguna cuenta coincide.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;, by the email domain %2.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;, por el dominio del correo %2.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;, by the company name (compared as “%2”).</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;, por el nombre de la empresa (comparado como “%2”).</translation>
    </message>
    <message>
        <source>Re-order the account matching rules</source>
        <translation>Reordenar las reglas de asociación con cuentas</translation>
    </message>
    <message>
        <source>Move a matching rule</source>
        <translation>Mover una regla de asociación</translation>
    </message>
    <message>
        <source>Match accounts by email domain</source>
        <translation>Asociar cuentas por dominio del correo</translation>
    </message>
    <message>
        <source>Stop matching accounts by email domain</source>
        <translation>Dejar de asociar cuentas por dominio del correo</translation>
    </message>
    <message>
        <source>Match accounts by company name</source>
        <translation>Asociar cuentas por nombre de la empresa</translation>
    </message>
    <message>
        <source>Stop matching accounts by company name</source>
        <translation>Dejar de asociar cuentas por nombre de la empresa</translation>
    </message>
</context>
<context>
    <name>baton::AccountTableModel</name>
    <message>
        <source>(no owner)</source>
        <translation>(sin responsable)</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Sum of the opportunity amounts of the account&apos;s handoffs.</source>
        <translation>Suma de los importes de oportunidad de los traspasos de la cuenta.</translation>
    </message>
    <message>
        <source>All time; click a header to sort.</source>
        <translation>Todo el periodo; haga clic en un encabezado para ordenar.</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Dominio</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segmento</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Territorio</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>Handoffs</source>
        <translation>Traspasos</translation>
    </message>
    <message>
        <source>Acceptance</source>
        <translation>Aceptación</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Oportunidades</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>Conversión</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Ganadas</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <source>Won amount</source>
        <translation>Importe ganado</translation>
    </message>
    <message>
        <source>Last handoff</source>
        <translation>Último traspaso</translation>
    </message>
</context>
<context>
    <name>baton::AccountsPage</name>
    <message>
        <source>Open a workspace to see its accounts: every handoff of an account judged as one motion.</source>
        <translation>Abra un espacio de trabajo para ver sus cuentas: todos los traspasos de una cuenta evaluados como una sola acción comercial.</translation>
    </message>
    <message>
        <source>Search account name or domain</source>
        <translation>Buscar por nombre de cuenta o dominio</translation>
    </message>
    <message>
        <source>Search accounts</source>
        <translation>Buscar cuentas</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <source>Export the account list as CSV</source>
        <translation>Exportar la lista de cuentas como CSV</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Cuentas</translation>
    </message>
    <message>
        <source>%1 accounts</source>
        <translation>%1 cuentas</translation>
    </message>
    <message>
        <source>Export Accounts</source>
        <translation>Exportar cuentas</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Choose an account</source>
        <translation>Elija una cuenta</translation>
    </message>
    <message>
        <source>Handoffs</source>
        <translation>Traspasos</translation>
    </message>
    <message>
        <source>Engagements, newest first</source>
        <translation>Interacciones, las más recientes primero</translation>
    </message>
    <message>
        <source>Engagements</source>
        <translation>Interacciones</translation>
    </message>
    <message>
        <source>Segment: %1</source>
        <translation>Segmento: %1</translation>
    </message>
    <message>
        <source>Territory: %1</source>
        <translation>Territorio: %1</translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation>Responsable: %1</translation>
    </message>
    <message>
        <source>(no owner)</source>
        <translation>(sin responsable)</translation>
    </message>
    <message>
        <source>Team: %1</source>
        <translation>Equipo: %1</translation>
    </message>
    <message>
        <source>Stage: %1</source>
        <translation>Etapa: %1</translation>
    </message>
    <message>
        <source>(no handoffs yet)</source>
        <translation>(aún sin traspasos)</translation>
    </message>
    <message>
        <source>Part of %1</source>
        <translation>Forma parte de %1</translation>
    </message>
    <message numerus="yes">
        <source>As one motion: %1 handoffs, held by %n owner(s)</source>
        <translation>
            <numerusform>Como una sola acción comercial: %1 traspasos, en manos de %n responsable</numerusform>
            <numerusform>Como una sola acción comercial: %1 traspasos, en manos de %n responsables</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; %2 handled by the account owner.</source>
        <translation>%1; el %2 lo gestiona el responsable de la cuenta.</translation>
    </message>
    <message>
        <source>%1; the account has no owner, so nobody holds the motion together.</source>
        <translation>%1; la cuenta no tiene responsable, así que nadie coordina la acción comercial.</translation>
    </message>
    <message>
        <source>Handoffs of %1</source>
        <translation>Traspasos de %1</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Qué ocurrió</translation>
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
        <translation>Tarea</translation>
    </message>
    <message>
        <source>What is to be done</source>
        <translation>Qué hay que hacer</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
</context>
<context>
    <name>baton::AuditLog</name>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Account matching rule</source>
        <translation>Regla de asociación con cuentas</translation>
    </message>
    <message>
        <source>Action item</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <source>Business-hours calendar</source>
        <translation>Calendario de horario laboral</translation>
    </message>
    <message>
        <source>Calendar holiday</source>
        <translation>Festivo del calendario</translation>
    </message>
    <message>
        <source>Calendar working hours</source>
        <translation>Horario laboral del calendario</translation>
    </message>
    <message>
        <source>Contract signature</source>
        <translation>Firma del contrato</translation>
    </message>
    <message>
        <source>Contract term</source>
        <translation>Cláusula del contrato</translation>
    </message>
    <message>
        <source>Contract version</source>
        <translation>Versión del contrato</translation>
    </message>
    <message>
        <source>Escalation step</source>
        <translation>Paso de escalado</translation>
    </message>
    <message>
        <source>Free-mail domain</source>
        <translation>Dominio de correo gratuito</translation>
    </message>
    <message>
        <source>Governance meeting</source>
        <translation>Reunión de gobernanza</translation>
    </message>
    <message>
        <source>Identity rule</source>
        <translation>Regla de identidad</translation>
    </message>
    <message>
        <source>Import mapping</source>
        <translation>Asignación de columnas de importación</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Legal suffix</source>
        <translation>Sufijo legal</translation>
    </message>
    <message>
        <source>Lifecycle stage</source>
        <translation>Etapa del ciclo de vida</translation>
    </message>
    <message>
        <source>Maturity self-assessment</source>
        <translation>Autoevaluación de madurez</translation>
    </message>
    <message>
        <source>Meeting decision</source>
        <translation>Decisión de la reunión</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Owner absence</source>
        <translation>Ausencia del responsable</translation>
    </message>
    <message>
        <source>Recycle play</source>
        <translation>Jugada de reciclaje</translation>
    </message>
    <message>
        <source>Rejection reason</source>
        <translation>Motivo de rechazo</translation>
    </message>
    <message>
        <source>Routing rule</source>
        <translation>Regla de enrutamiento</translation>
    </message>
    <message>
        <source>Routing rule set</source>
        <translation>Conjunto de reglas de enrutamiento</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segmento</translation>
    </message>
    <message>
        <source>Signal type</source>
        <translation>Tipo de señal</translation>
    </message>
    <message>
        <source>SLA policy</source>
        <translation>Política de SLA</translation>
    </message>
    <message>
        <source>Stage requirement</source>
        <translation>Requisito de etapa</translation>
    </message>
    <message>
        <source>Stage transition</source>
        <translation>Transición de etapa</translation>
    </message>
    <message>
        <source>Team or queue</source>
        <translation>Equipo o cola</translation>
    </message>
    <message>
        <source>Team membership</source>
        <translation>Pertenencia a equipo</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Territorio</translation>
    </message>
    <message>
        <source>Territory area</source>
        <translation>Zona del territorio</translation>
    </message>
    <message>
        <source>UTM convention</source>
        <translation>Convención UTM</translation>
    </message>
    <message>
        <source>Workspace setting</source>
        <translation>Ajuste del espacio de trabajo</translation>
    </message>
    <message>
        <source>Minimum fit</source>
        <translation>Encaje mínimo</translation>
    </message>
    <message>
        <source>Required attributes</source>
        <translation>Atributos obligatorios</translation>
    </message>
    <message>
        <source>Required context</source>
        <translation>Contexto obligatorio</translation>
    </message>
    <message>
        <source>Owner role</source>
        <translation>Rol del responsable</translation>
    </message>
    <message>
        <source>Follow-up action</source>
        <translation>Acción de seguimiento</translation>
    </message>
    <message>
        <source>SLA target (business minutes)</source>
        <translation>Objetivo del SLA (minutos laborables)</translation>
    </message>
    <message>
        <source>Intent tier</source>
        <translation>Nivel de intención</translation>
    </message>
    <message>
        <source>Workflow action</source>
        <translation>Acción de flujo de trabajo</translation>
    </message>
    <message>
        <source>Exit criteria</source>
        <translation>Criterios de salida</translation>
    </message>
    <message>
        <source>Allowed values</source>
        <translation>Valores permitidos</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Firmado por</translation>
    </message>
    <message>
        <source>Signed at</source>
        <translation>Firmado el</translation>
    </message>
    <message>
        <source>Activated at</source>
        <translation>Activado el</translation>
    </message>
    <message>
        <source>Superseded at</source>
        <translation>Sustituido el</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Orden</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Activado</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Active from</source>
        <translation>Activo desde</translation>
    </message>
    <message>
        <source>Active until</source>
        <translation>Activo hasta</translation>
    </message>
    <message>
        <source>Assessed on</source>
        <translation>Evaluado el</translation>
    </message>
    <message>
        <source>Assignment</source>
        <translation>Asignación</translation>
    </message>
    <message>
        <source>Assigned owner</source>
        <translation>Responsable asignado</translation>
    </message>
    <message>
        <source>Assigned team</source>
        <translation>Equipo asignado</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Asistentes</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendario</translation>
    </message>
    <message>
        <source>Whose hours</source>
        <translation>Horario de quién</translation>
    </message>
    <message>
        <source>Capacity per day</source>
        <translation>Capacidad por día</translation>
    </message>
    <message>
        <source>Casing</source>
        <translation>Mayúsculas/minúsculas</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Cerrado el</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Condiciones</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Created at</source>
        <translation>Creado el</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>Definición</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>Dimensión</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Dominio</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Vence el</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Empleados</translation>
    </message>
    <message>
        <source>Until (minute of the day)</source>
        <translation>Hasta (minuto del día)</translation>
    </message>
    <message>
        <source>Ends on</source>
        <translation>Termina el</translation>
    </message>
    <message>
        <source>Record type</source>
        <translation>Tipo de registro</translation>
    </message>
    <message>
        <source>External id</source>
        <translation>ID externo</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Campos</translation>
    </message>
    <message>
        <source>From stage</source>
        <translation>Desde la etapa</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>Celebrada el</translation>
    </message>
    <message>
        <source>Fallback queue</source>
        <translation>Cola de respaldo</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Mánager</translation>
    </message>
    <message>
        <source>Employees at most</source>
        <translation>Empleados como máximo</translation>
    </message>
    <message>
        <source>Revenue at most</source>
        <translation>Facturación como máximo</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <source>Employees at least</source>
        <translation>Empleados como mínimo</translation>
    </message>
    <message>
        <source>Revenue at least</source>
        <translation>Facturación como mínimo</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Name for matching</source>
        <translation>Nombre para la asociación</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Version number</source>
        <translation>Número de versión</translation>
    </message>
    <message>
        <source>Parent account</source>
        <translation>Cuenta principal</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Parte</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>Patrón</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Re-entry after (days)</source>
        <translation>Reingreso tras (días)</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <source>Annual revenue</source>
        <translation>Facturación anual</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Rule set</source>
        <translation>Conjunto de reglas</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>From (minute of the day)</source>
        <translation>Desde (minuto del día)</translation>
    </message>
    <message>
        <source>Starts on</source>
        <translation>Empieza el</translation>
    </message>
    <message>
        <source>Suffix</source>
        <translation>Sufijo</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Target (business minutes)</source>
        <translation>Objetivo (minutos laborables)</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Threshold (% of the target)</source>
        <translation>Umbral (% del objetivo)</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>To stage</source>
        <translation>Hacia la etapa</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semana</translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation>Día de la semana</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Peso</translation>
    </message>
    <message>
        <source>Data as of</source>
        <translation>Datos a fecha de</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>Demo data seed</source>
        <translation>Semilla de los datos de demostración</translation>
    </message>
    <message>
        <source>Workspace name</source>
        <translation>Nombre del espacio de trabajo</translation>
    </message>
    <message>
        <source>Fingerprint of the SLA configuration</source>
        <translation>Huella de la configuración de los SLA</translation>
    </message>
    <message>
        <source>Reporting time zone</source>
        <translation>Zona horaria de los informes</translation>
    </message>
</context>
<context>
    <name>baton::AuditLogRepository</name>
    <message>
        <source>Version %1 · %2</source>
        <translation>Versión %1 · %2</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Versión %1</translation>
    </message>
    <message>
        <source>Version %1 · %2 (%3)</source>
        <translation>Versión %1 · %2 (%3)</translation>
    </message>
    <message>
        <source>%1 % of the target</source>
        <translation>%1 % del objetivo</translation>
    </message>
    <message>
        <source>Match by email domain</source>
        <translation>Asociación por dominio del correo</translation>
    </message>
    <message>
        <source>Match by company name</source>
        <translation>Asociación por nombre de la empresa</translation>
    </message>
</context>
<context>
    <name>baton::BreakdownChart</name>
    <message>
        <source>Acceptance</source>
        <translation>Aceptación</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>Conversión</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 por %2</translation>
    </message>
    <message>
        <source>%1: %2 %3 of %4 handoffs — click to see them</source>
        <translation>%1: %2 %3 de %4 traspasos — haga clic para verlos</translation>
    </message>
</context>
<context>
    <name>baton::CalendarEditor</name>
    <message>
        <source>Business calendars</source>
        <translation>Calendarios laborales</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <source>Used by</source>
        <translation>Usado por</translation>
    </message>
    <message>
        <source>Add calendar</source>
        <translation>Añadir calendario</translation>
    </message>
    <message>
        <source>Remove calendar</source>
        <translation>Quitar calendario</translation>
    </message>
    <message>
        <source>Working hours</source>
        <translation>Horario laboral</translation>
    </message>
    <message>
        <source>Intervals of local time per weekday, end exclusive; several a day make breaks. A calendar without any hours runs around the clock.</source>
        <translation>Intervalos de hora local por día de la semana, sin incluir el final; varios en un día crean pausas. Un calendario sin horas funciona las 24 horas.</translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation>Día de la semana</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Add hours</source>
        <translation>Añadir horas</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Holidays</source>
        <translation>Festivos</translation>
    </message>
    <message>
        <source>Days on which the calendar does not count business time, in its own time zone.</source>
        <translation>Días en los que el calendario no cuenta tiempo laboral, en su propia zona horaria.</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>Add holiday</source>
        <translation>Añadir festivo</translation>
    </message>
    <message numerus="yes">
        <source>%n SLA policies</source>
        <translation>
            <numerusform>%n política de SLA</numerusform>
            <numerusform>%n políticas de SLA</numerusform>
        </translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(nadie)</translation>
    </message>
    <message>
        <source>Working hours of %1</source>
        <translation>Horario laboral de %1</translation>
    </message>
    <message>
        <source>Holidays of %1</source>
        <translation>Festivos de %1</translation>
    </message>
    <message>
        <source>A calendar needs a name.</source>
        <translation>Un calendario necesita un nombre.</translation>
    </message>
    <message>
        <source>Change the time zone of %1</source>
        <translation>Cambiar la zona horaria de %1</translation>
    </message>
    <message>
        <source>Rename calendar %1</source>
        <translation>Cambiar el nombre del calendario %1</translation>
    </message>
    <message>
        <source>Working hours must end after they start (%1 to %2 does not).</source>
        <translation>El horario laboral debe terminar después de empezar (%1 a %2 no lo hace).</translation>
    </message>
    <message>
        <source>Change working hours</source>
        <translation>Cambiar el horario laboral</translation>
    </message>
    <message>
        <source>Change holiday</source>
        <translation>Cambiar el festivo</translation>
    </message>
    <message>
        <source>New calendar</source>
        <translation>Nuevo calendario</translation>
    </message>
    <message>
        <source>New calendar %1</source>
        <translation>Nuevo calendario %1</translation>
    </message>
    <message>
        <source>Add calendar %1</source>
        <translation>Añadir el calendario %1</translation>
    </message>
    <message>
        <source>%1 is used by %2; give them another calendar first.</source>
        <translation>%1 está en uso por %2; asígneles antes otro calendario.</translation>
    </message>
    <message>
        <source>Remove calendar %1</source>
        <translation>Quitar el calendario %1</translation>
    </message>
    <message>
        <source>Add working hours</source>
        <translation>Añadir horario laboral</translation>
    </message>
    <message>
        <source>Remove working hours</source>
        <translation>Quitar horario laboral</translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation>Festivo</translation>
    </message>
    <message>
        <source>Remove holiday</source>
        <translation>Quitar festivo</translation>
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
        <translation>Paleta de comandos</translation>
    </message>
    <message>
        <source>Go to a page, command, signal type, owner or routing rule…</source>
        <translation>Ir a una página, comando, tipo de señal, responsable o regla de enrutamiento…</translation>
    </message>
    <message>
        <source>Search pages, commands and workspace items</source>
        <translation>Buscar páginas, comandos y elementos del espacio de trabajo</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Coincidencias</translation>
    </message>
    <message>
        <source>Nothing matches “%1”.</source>
        <translation>Nada coincide con “%1”.</translation>
    </message>
</context>
<context>
    <name>baton::ConfigStore</name>
    <message>
        <source>This item (%1) no longer exists; someone else may have deleted it.</source>
        <translation>Este elemento (%1) ya no existe; puede que otra persona lo haya eliminado.</translation>
    </message>
    <message>
        <source>This item (%1) was changed by someone else since you opened it; reload and try again.</source>
        <translation>Otra persona ha cambiado este elemento (%1) desde que lo abrió; vuelva a cargarlo e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>This item (%1) was changed by someone else; reload and try again.</source>
        <translation>Otra persona ha cambiado este elemento (%1); vuelva a cargarlo e inténtelo de nuevo.</translation>
    </message>
</context>
<context>
    <name>baton::ContractCommands</name>
    <message>
        <source>Start a draft of the contract</source>
        <translation>Iniciar un borrador del contrato</translation>
    </message>
    <message>
        <source>Discard the draft</source>
        <translation>Descartar el borrador</translation>
    </message>
    <message>
        <source>Edit the contract&apos;s title and summary</source>
        <translation>Editar el título y el resumen del contrato</translation>
    </message>
    <message>
        <source>Sign for %1 as %2</source>
        <translation>Firmar por %1 como %2</translation>
    </message>
    <message>
        <source>Withdraw %1&apos;s signature</source>
        <translation>Retirar la firma de %1</translation>
    </message>
</context>
<context>
    <name>baton::ContractDiff</name>
    <message>
        <source>Title: “%1” → “%2”</source>
        <translation>Título: “%1” → “%2”</translation>
    </message>
    <message>
        <source>Summary: “%1”</source>
        <translation>Resumen: “%1”</translation>
    </message>
    <message>
        <source>Signal type %1</source>
        <translation>Tipo de señal %1</translation>
    </message>
    <message>
        <source>%1: now covered by the contract (%2)</source>
        <translation>%1: ahora cubierto por el contrato (%2)</translation>
    </message>
    <message>
        <source>minimum fit %1 → %2 (%3)</source>
        <translation>encaje mínimo %1 → %2 (%3)</translation>
    </message>
    <message>
        <source>stricter</source>
        <translation>más estricto</translation>
    </message>
    <message>
        <source>looser</source>
        <translation>más laxo</translation>
    </message>
    <message>
        <source>owner %1 → %2</source>
        <translation>responsable %1 → %2</translation>
    </message>
    <message>
        <source>follow-up “%1” → “%2”</source>
        <translation>seguimiento “%1” → “%2”</translation>
    </message>
    <message>
        <source>SLA target %1 → %2 (%3)</source>
        <translation>objetivo del SLA %1 → %2 (%3)</translation>
    </message>
    <message>
        <source>faster</source>
        <translation>más rápido</translation>
    </message>
    <message>
        <source>slower</source>
        <translation>más lento</translation>
    </message>
    <message>
        <source>%1: no longer covered by the contract</source>
        <translation>%1: ya no está cubierto por el contrato</translation>
    </message>
    <message>
        <source>Sales also receives %1</source>
        <translation>Ventas también recibe %1</translation>
    </message>
    <message>
        <source>Sales no longer receives %1</source>
        <translation>Ventas ya no recibe %1</translation>
    </message>
    <message>
        <source>qualifying also requires %1</source>
        <translation>para calificar también se requiere %1</translation>
    </message>
    <message>
        <source>qualifying no longer requires %1</source>
        <translation>para calificar ya no se requiere %1</translation>
    </message>
    <message>
        <source>fit %1 or better, owner %2, first touch within %3</source>
        <translation>encaje %1 o mejor, responsable %2, primer contacto en %3</translation>
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
        <translation>nada</translation>
    </message>
</context>
<context>
    <name>baton::ContractHtml</name>
    <message>
        <source>nothing beyond the handoff itself</source>
        <translation>nada más que el propio traspaso</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 y %2</translation>
    </message>
    <message>
        <source>High intent</source>
        <translation>Intención alta</translation>
    </message>
    <message>
        <source>Medium intent</source>
        <translation>Intención media</translation>
    </message>
    <message>
        <source>Low intent</source>
        <translation>Intención baja</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activa</translation>
    </message>
    <message>
        <source>Superseded</source>
        <translation>Sustituida</translation>
    </message>
    <message>
        <source>fit %1 or better</source>
        <translation>encaje %1 o mejor</translation>
    </message>
    <message>
        <source>Version %1 · in force since %2</source>
        <translation>Versión %1 · en vigor desde %2</translation>
    </message>
    <message>
        <source>Version %1 · in force %2 – %3 · kept as history</source>
        <translation>Versión %1 · en vigor %2 – %3 · conservada como historial</translation>
    </message>
    <message>
        <source>Version %1 · draft, not in force until Sales, Marketing and RevOps sign it</source>
        <translation>Versión %1 · borrador, no entra en vigor hasta que lo firmen Ventas, Marketing y RevOps</translation>
    </message>
    <message>
        <source>Version %1 · draft being signed (%2 of 3 signatures)</source>
        <translation>Versión %1 · borrador en proceso de firma (%2 de 3 firmas)</translation>
    </message>
    <message>
        <source>MARKETING · SALES · REVOPS</source>
        <translation>MARKETING · VENTAS · REVOPS</translation>
    </message>
    <message>
        <source>Marketing hands a lead to Sales when its signal qualifies as set out below. Sales receives the listed context, the named owner follows up as agreed, and the first touch happens within the SLA target, counted in business hours. RevOps keeps the routing and the data that make this measurable.</source>
        <translation>Marketing traspasa un lead a Ventas cuando su señal cumple los requisitos que se indican a continuación. Ventas recibe el contexto indicado, el responsable designado hace el seguimiento acordado y el primer contacto se produce dentro del objetivo del SLA, contado en horario laboral. RevOps mantiene el enrutamiento y los datos que permiten medirlo.</translation>
    </message>
    <message>
        <source>(unknown signal)</source>
        <translation>(señal desconocida)</translation>
    </message>
    <message>
        <source>NEW</source>
        <translation>NUEVO</translation>
    </message>
    <message>
        <source>edit</source>
        <translation>editar</translation>
    </message>
    <message>
        <source>Qualifies when</source>
        <translation>Califica cuando</translation>
    </message>
    <message>
        <source>Sales receives</source>
        <translation>Ventas recibe</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <source>First touch within</source>
        <translation>Primer contacto en</translation>
    </message>
    <message>
        <source>%1 of business time</source>
        <translation>%1 de tiempo laboral</translation>
    </message>
    <message>
        <source>This version covers no signal types yet. Add the signals that qualify for handoff.</source>
        <translation>Esta versión aún no cubre ningún tipo de señal. Añada las señales que califican para el traspaso.</translation>
    </message>
    <message>
        <source>No longer covered:</source>
        <translation>Ya no cubiertos:</translation>
    </message>
    <message>
        <source>Agreed by</source>
        <translation>Acordado por</translation>
    </message>
    <message>
        <source>signed %1</source>
        <translation>firmado el %1</translation>
    </message>
    <message>
        <source>awaiting signature</source>
        <translation>pendiente de firma</translation>
    </message>
    <message>
        <source>; required: %1</source>
        <translation>; obligatorio: %1</translation>
    </message>
</context>
<context>
    <name>baton::ContractPage</name>
    <message>
        <source>No workspace open</source>
        <translation>No hay ningún espacio de trabajo abierto</translation>
    </message>
    <message>
        <source>Open a workspace or create one to agree the handoff contract between Sales, Marketing and RevOps.</source>
        <translation>Abra o cree un espacio de trabajo para acordar el contrato de traspaso entre Ventas, Marketing y RevOps.</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Versión:</translation>
    </message>
    <message>
        <source>Contract version shown</source>
        <translation>Versión del contrato mostrada</translation>
    </message>
    <message>
        <source>Start a draft</source>
        <translation>Iniciar un borrador</translation>
    </message>
    <message>
        <source>Copy the active version into a new draft to propose changes.</source>
        <translation>Copiar la versión activa en un nuevo borrador para proponer cambios.</translation>
    </message>
    <message>
        <source>Title and summary…</source>
        <translation>Título y resumen…</translation>
    </message>
    <message>
        <source>Discard draft</source>
        <translation>Descartar borrador</translation>
    </message>
    <message>
        <source>The contract document</source>
        <translation>El documento del contrato</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Cambios</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Firmas</translation>
    </message>
    <message>
        <source>Edit the terms for %1</source>
        <translation>Editar las condiciones de %1</translation>
    </message>
    <message>
        <source>Cover a signal type in the contract</source>
        <translation>Cubrir un tipo de señal en el contrato</translation>
    </message>
    <message>
        <source>Remove a signal type from the contract</source>
        <translation>Quitar un tipo de señal del contrato</translation>
    </message>
    <message>
        <source>A signal type needs a name.</source>
        <translation>Un tipo de señal necesita un nombre.</translation>
    </message>
    <message>
        <source>Edit the signal type %1</source>
        <translation>Editar el tipo de señal %1</translation>
    </message>
    <message>
        <source>Add the signal type %1</source>
        <translation>Añadir el tipo de señal %1</translation>
    </message>
    <message>
        <source>Title and summary of version %1</source>
        <translation>Título y resumen de la versión %1</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Version %1 · %2</source>
        <translation>Versión %1 · %2</translation>
    </message>
    <message>
        <source> since %1</source>
        <translation> desde %1</translation>
    </message>
    <message>
        <source>This draft has been signed by at least one party, so it cannot change. Withdraw the signatures (Signatures tab) to change it.</source>
        <translation>Este borrador ya lo ha firmado al menos una parte, por lo que no puede cambiar. Retire las firmas (pestaña Firmas) para cambiarlo.</translation>
    </message>
    <message>
        <source>Version %1 is signed and in force; it cannot change. Changes go into a draft, which becomes the new version when all three parties sign it.</source>
        <translation>La versión %1 está firmada y en vigor; no puede cambiar. Los cambios se hacen en un borrador, que pasa a ser la nueva versión cuando lo firman las tres partes.</translation>
    </message>
    <message>
        <source>Version %1 is history: it was replaced by a newer version and is kept as it was signed.</source>
        <translation>La versión %1 es historial: la sustituyó una versión más reciente y se conserva tal como se firmó.</translation>
    </message>
    <message>
        <source>This workspace has no contract yet. Start a draft to write the first version.</source>
        <translation>Este espacio de trabajo aún no tiene contrato. Inicie un borrador para redactar la primera versión.</translation>
    </message>
    <message>
        <source>No version is active yet, so everything in this draft is new: once signed by all three parties it becomes the first active contract.</source>
        <translation>Todavía no hay ninguna versión activa, así que todo lo de este borrador es nuevo: cuando lo firmen las tres partes, será el primer contrato activo.</translation>
    </message>
    <message>
        <source>This is the first version; there is nothing earlier to compare it with.</source>
        <translation>Esta es la primera versión; no hay ninguna anterior con la que compararla.</translation>
    </message>
    <message>
        <source>What version %1 changes against the active version %2:</source>
        <translation>Qué cambia la versión %1 respecto a la versión activa %2:</translation>
    </message>
    <message>
        <source>What version %1 changed against version %2:</source>
        <translation>Qué cambió la versión %1 respecto a la versión %2:</translation>
    </message>
    <message>
        <source>Nothing yet: the terms are the same.</source>
        <translation>Nada por ahora: las condiciones son las mismas.</translation>
    </message>
    <message>
        <source>In the document, changed values show the active wording struck through next to the new one.</source>
        <translation>En el documento, los valores cambiados muestran el texto activo tachado junto al nuevo.</translation>
    </message>
    <message>
        <source>No contract version yet.</source>
        <translation>Aún no hay ninguna versión del contrato.</translation>
    </message>
    <message>
        <source>Changes (%1)</source>
        <translation>Cambios (%1)</translation>
    </message>
    <message>
        <source>Signatures (%1 of 3)</source>
        <translation>Firmas (%1 de 3)</translation>
    </message>
</context>
<context>
    <name>baton::ContractService</name>
    <message>
        <source>Sales</source>
        <translation>Ventas</translation>
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
        <translation>Esta versión del contrato ya no existe; puede que alguien haya descartado el borrador.</translation>
    </message>
    <message>
        <source>Version %1 is signed and can no longer be changed; changes go into a new draft.</source>
        <translation>La versión %1 está firmada y ya no se puede cambiar; los cambios se hacen en un nuevo borrador.</translation>
    </message>
    <message>
        <source>Version %1 has been signed by %2; withdraw the signatures before changing it, so that every party signs what they read.</source>
        <translation>La versión %1 la ha firmado %2; retire las firmas antes de cambiarla, para que cada parte firme lo que ha leído.</translation>
    </message>
    <message>
        <source>Marketing to Sales handoff contract</source>
        <translation>Contrato de traspaso de Marketing a Ventas</translation>
    </message>
    <message>
        <source>Only an unsigned draft can be put back.</source>
        <translation>Solo se puede retirar un borrador sin firmar.</translation>
    </message>
    <message>
        <source>The contract needs a title.</source>
        <translation>El contrato necesita un título.</translation>
    </message>
    <message>
        <source>This signal type already has terms in this version.</source>
        <translation>Este tipo de señal ya tiene condiciones en esta versión.</translation>
    </message>
    <message>
        <source>A term stays with its version and signal type; add a new term instead.</source>
        <translation>Las condiciones permanecen con su versión y su tipo de señal; añada unas condiciones nuevas en su lugar.</translation>
    </message>
    <message>
        <source>Only Sales, Marketing and RevOps sign the contract.</source>
        <translation>Solo Ventas, Marketing y RevOps firman el contrato.</translation>
    </message>
    <message>
        <source>Type the name of the person who signs for %1.</source>
        <translation>Escriba el nombre de la persona que firma por %1.</translation>
    </message>
    <message>
        <source>A signature needs a time.</source>
        <translation>Una firma necesita una hora.</translation>
    </message>
    <message>
        <source>Version %1 is already %2; only drafts are signed.</source>
        <translation>La versión %1 ya está %2; solo se firman los borradores.</translation>
    </message>
    <message>
        <source>active</source>
        <translation>activa</translation>
    </message>
    <message>
        <source>superseded</source>
        <translation>sustituida</translation>
    </message>
    <message>
        <source>%1 has already signed version %2 (%3).</source>
        <translation>%1 ya ha firmado la versión %2 (%3).</translation>
    </message>
    <message>
        <source>Version %1 has no terms yet; add the signal types it covers before signing.</source>
        <translation>La versión %1 aún no tiene condiciones; añada los tipos de señal que cubre antes de firmar.</translation>
    </message>
    <message>
        <source>Version %1 is in force or history; its signatures stay.</source>
        <translation>La versión %1 está en vigor o es historial; sus firmas se mantienen.</translation>
    </message>
    <message>
        <source>%1 has not signed version %2.</source>
        <translation>%1 no ha firmado la versión %2.</translation>
    </message>
    <message>
        <source>The SLA target must be at least one business minute.</source>
        <translation>El objetivo del SLA debe ser de al menos un minuto laborable.</translation>
    </message>
    <message>
        <source>The minimum fit must be one of the grades A, B, C or D.</source>
        <translation>El encaje mínimo debe ser una de las notas A, B, C o D.</translation>
    </message>
    <message>
        <source>Say who owns the follow-up (an owner role such as SDR queue or Account owner).</source>
        <translation>Falta indicar quién se encarga del seguimiento (un rol de responsable, como cola de SDR o responsable de la cuenta).</translation>
    </message>
    <message>
        <source>Say what the owner does to follow up.</source>
        <translation>Falta indicar qué hace el responsable para el seguimiento.</translation>
    </message>
</context>
<context>
    <name>baton::ContractSignatures</name>
    <message>
        <source>Name of the person signing</source>
        <translation>Nombre de la persona que firma</translation>
    </message>
    <message>
        <source>Signer for %1</source>
        <translation>Firmante por %1</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>Firmar</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Retirar</translation>
    </message>
    <message>
        <source>Take this signature back, for example to change the draft.</source>
        <translation>Retirar esta firma, por ejemplo para cambiar el borrador.</translation>
    </message>
    <message>
        <source>Each party signs with a name; the time is recorded. Once anyone has signed, the draft cannot change any more (withdraw the signatures to change it). The third signature makes version %1 the active contract and keeps the previous one as history.</source>
        <translation>Cada parte firma con un nombre; se registra la hora. En cuanto alguien ha firmado, el borrador ya no puede cambiar (retire las firmas para cambiarlo). La tercera firma convierte la versión %1 en el contrato activo y conserva la anterior como historial.</translation>
    </message>
    <message>
        <source>Version %1 was signed by all three parties. Signatures of a version in force or in history cannot be withdrawn.</source>
        <translation>La versión %1 la firmaron las tres partes. Las firmas de una versión en vigor o del historial no se pueden retirar.</translation>
    </message>
    <message>
        <source>Signed by %1 on %2</source>
        <translation>Firmado por %1 el %2</translation>
    </message>
    <message>
        <source>Not signed yet.</source>
        <translation>Aún sin firmar.</translation>
    </message>
    <message>
        <source>Not signed.</source>
        <translation>Sin firmar.</translation>
    </message>
</context>
<context>
    <name>baton::ContractTermEditor</name>
    <message>
        <source>Signal type to edit</source>
        <translation>Tipo de señal que editar</translation>
    </message>
    <message>
        <source>New signal…</source>
        <translation>Nueva señal…</translation>
    </message>
    <message>
        <source>Add a signal type (a buyer action that can trigger a handoff).</source>
        <translation>Añadir un tipo de señal (una acción del comprador que puede desencadenar un traspaso).</translation>
    </message>
    <message>
        <source>Signal type (shared by every version)</source>
        <translation>Tipo de señal (compartido por todas las versiones)</translation>
    </message>
    <message>
        <source>What the buyer did</source>
        <translation>Qué hizo el comprador</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Intent tier</source>
        <translation>Nivel de intención</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>This signal type is not covered by this version: leads with it do not qualify for handoff.</source>
        <translation>Esta versión no cubre este tipo de señal: los leads con él no califican para el traspaso.</translation>
    </message>
    <message>
        <source>Cover it in this version</source>
        <translation>Cubrirlo en esta versión</translation>
    </message>
    <message>
        <source>%1 or better</source>
        <translation>%1 o mejor</translation>
    </message>
    <message>
        <source>Fit grades run from A (best) to D. A lead qualifies when its fit is at least this good.</source>
        <translation>Las notas de encaje van de A (la mejor) a D. Un lead califica cuando su encaje es al menos así de bueno.</translation>
    </message>
    <message>
        <source>Fields a lead must carry to qualify.</source>
        <translation>Campos que debe tener un lead para calificar.</translation>
    </message>
    <message>
        <source>Context Sales receives with every handoff of this signal type.</source>
        <translation>Contexto que Ventas recibe con cada traspaso de este tipo de señal.</translation>
    </message>
    <message>
        <source>Add a context field, e.g. budget_range</source>
        <translation>Añadir un campo de contexto, p. ej., budget_range</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>The SLA target: business minutes from handoff to first touch, counted on the owner&apos;s business-hours calendar.</source>
        <translation>El objetivo del SLA: minutos laborables desde el traspaso hasta el primer contacto, contados según el calendario de horario laboral del responsable.</translation>
    </message>
    <message>
        <source>Minimum fit</source>
        <translation>Encaje mínimo</translation>
    </message>
    <message>
        <source>Required to qualify:</source>
        <translation>Requisitos para calificar:</translation>
    </message>
    <message>
        <source>Sales receives:</source>
        <translation>Ventas recibe:</translation>
    </message>
    <message>
        <source>Owner role</source>
        <translation>Rol del responsable</translation>
    </message>
    <message>
        <source>Follow-up action</source>
        <translation>Acción de seguimiento</translation>
    </message>
    <message>
        <source>First touch within</source>
        <translation>Primer contacto en</translation>
    </message>
    <message>
        <source>Remove from this version</source>
        <translation>Quitar de esta versión</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Revertir</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Aplicar</translation>
    </message>
    <message>
        <source>of business time (%1)</source>
        <translation>de tiempo laboral (%1)</translation>
    </message>
    <message>
        <source>SDR queue</source>
        <translation>Cola de SDR</translation>
    </message>
    <message>
        <source>Personal follow-up</source>
        <translation>Seguimiento personal</translation>
    </message>
    <message>
        <source>Make changes in a draft</source>
        <translation>Hacer los cambios en un borrador</translation>
    </message>
    <message>
        <source>%1 (not covered)</source>
        <translation>%1 (no cubierto)</translation>
    </message>
    <message>
        <source>Account owner</source>
        <translation>Responsable de la cuenta</translation>
    </message>
    <message>
        <source>AE</source>
        <translation>AE</translation>
    </message>
    <message>
        <source>Terms in version %1</source>
        <translation>Condiciones de la versión %1</translation>
    </message>
    <message>
        <source>New signal type</source>
        <translation>Nuevo tipo de señal</translation>
    </message>
</context>
<context>
    <name>baton::CoverageAnalysis</name>
    <message>
        <source>The owner it names no longer exists.</source>
        <translation>El responsable que indica ya no existe.</translation>
    </message>
    <message>
        <source>%1 is not working on %2.</source>
        <translation>%1 no trabaja el %2.</translation>
    </message>
    <message>
        <source>It assigns the account&apos;s owner, but it only matches leads without an account owner.</source>
        <translation>Asigna el responsable de la cuenta, pero solo coincide con leads sin responsable de cuenta.</translation>
    </message>
    <message>
        <source>The team it names no longer exists.</source>
        <translation>El equipo que indica ya no existe.</translation>
    </message>
    <message>
        <source>Nobody in %1 can take leads on %2 (weight, capacity or dates).</source>
        <translation>Nadie en %1 puede recibir leads el %2 (peso, capacidad o fechas).</translation>
    </message>
    <message>
        <source>Nobody in %1 can take leads (weight or capacity).</source>
        <translation>Nadie en %1 puede recibir leads (peso o capacidad).</translation>
    </message>
    <message>
        <source>No signal type</source>
        <translation>Sin tipo de señal</translation>
    </message>
    <message>
        <source>Outside every territory</source>
        <translation>Fuera de todos los territorios</translation>
    </message>
    <message>
        <source>No segment</source>
        <translation>Sin segmento</translation>
    </message>
    <message>
        <source>No industry</source>
        <translation>Sin sector</translation>
    </message>
    <message>
        <source>Any source</source>
        <translation>Cualquier origen</translation>
    </message>
    <message>
        <source>Any other source</source>
        <translation>Cualquier otro origen</translation>
    </message>
    <message>
        <source>Account owned</source>
        <translation>Con responsable de cuenta</translation>
    </message>
    <message>
        <source>Not account owned</source>
        <translation>Sin responsable de cuenta</translation>
    </message>
    <message>
        <source>signal type</source>
        <translation>tipo de señal</translation>
    </message>
    <message>
        <source>territory</source>
        <translation>territorio</translation>
    </message>
    <message>
        <source>segment</source>
        <translation>segmento</translation>
    </message>
    <message>
        <source>industry</source>
        <translation>sector</translation>
    </message>
    <message>
        <source>source</source>
        <translation>origen</translation>
    </message>
    <message>
        <source>account owner</source>
        <translation>responsable de la cuenta</translation>
    </message>
    <message>
        <source>Scenarios taken: %1</source>
        <translation>Escenarios asumidos: %1</translation>
    </message>
    <message>
        <source>Shadowed: earlier rules take all its scenarios</source>
        <translation>Eclipsada: reglas anteriores asumen todos sus escenarios</translation>
    </message>
    <message>
        <source>Cannot assign</source>
        <translation>No puede asignar</translation>
    </message>
    <message>
        <source>Cannot assign: %1</source>
        <translation>No puede asignar: %1</translation>
    </message>
    <message>
        <source>Matches no scenario: a condition accepts no value defined in the workspace</source>
        <translation>No coincide con ningún escenario: una condición no acepta ningún valor definido en el espacio de trabajo</translation>
    </message>
</context>
<context>
    <name>baton::CoverageModelEditor</name>
    <message>
        <source>%1 or more</source>
        <translation>%1 o más</translation>
    </message>
    <message>
        <source>up to %1</source>
        <translation>hasta %1</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Territorio</translation>
    </message>
    <message>
        <source>Countries and regions</source>
        <translation>Países y regiones</translation>
    </message>
    <message>
        <source>territory</source>
        <translation>territorio</translation>
    </message>
    <message>
        <source>Territories</source>
        <translation>Territorios</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segmento</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Empleados</translation>
    </message>
    <message>
        <source>Annual revenue</source>
        <translation>Facturación anual</translation>
    </message>
    <message>
        <source>segment</source>
        <translation>segmento</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segmentos</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>industry</source>
        <translation>sector</translation>
    </message>
    <message>
        <source>Industries</source>
        <translation>Sectores</translation>
    </message>
    <message>
        <source>Team or queue</source>
        <translation>Equipo o cola</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Mánager</translation>
    </message>
    <message>
        <source>Members (weight)</source>
        <translation>Miembros (peso)</translation>
    </message>
    <message>
        <source>team or queue</source>
        <translation>equipo o cola</translation>
    </message>
    <message>
        <source>Teams and queues</source>
        <translation>Equipos y colas</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <source>Capacity a day</source>
        <translation>Capacidad diaria</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Out of office</source>
        <translation>Ausente</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>responsable</translation>
    </message>
    <message>
        <source>Owners</source>
        <translation>Responsables</translation>
    </message>
    <message>
        <source>Add %1…</source>
        <translation>Añadir %1…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>fallback queue</source>
        <translation>cola de respaldo</translation>
    </message>
    <message>
        <source>queue</source>
        <translation>cola</translation>
    </message>
    <message>
        <source>team</source>
        <translation>equipo</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>desde %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>hasta %1</translation>
    </message>
    <message>
        <source>Cannot remove</source>
        <translation>No se puede quitar</translation>
    </message>
    <message>
        <source>Cannot remove %1</source>
        <translation>No se puede quitar %1</translation>
    </message>
    <message>
        <source>Edit territory %1</source>
        <translation>Editar el territorio %1</translation>
    </message>
    <message>
        <source>Add territory %1</source>
        <translation>Añadir el territorio %1</translation>
    </message>
    <message>
        <source>Remove territory %1</source>
        <translation>Quitar el territorio %1</translation>
    </message>
    <message>
        <source>Edit segment %1</source>
        <translation>Editar el segmento %1</translation>
    </message>
    <message>
        <source>Add segment %1</source>
        <translation>Añadir el segmento %1</translation>
    </message>
    <message>
        <source>Remove segment %1</source>
        <translation>Quitar el segmento %1</translation>
    </message>
    <message>
        <source>Rename industry</source>
        <translation>Cambiar el nombre del sector</translation>
    </message>
    <message>
        <source>New industry</source>
        <translation>Nuevo sector</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>There is an industry called %1 already.</source>
        <translation>Ya hay un sector llamado %1.</translation>
    </message>
    <message>
        <source>Rename industry %1</source>
        <translation>Cambiar el nombre del sector %1</translation>
    </message>
    <message>
        <source>Add industry %1</source>
        <translation>Añadir el sector %1</translation>
    </message>
    <message>
        <source>Remove industry %1</source>
        <translation>Quitar el sector %1</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Editar %1</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Añadir %1</translation>
    </message>
    <message>
        <source>This is the fallback queue, and there must always be one. Make another queue the fallback first.</source>
        <translation>Esta es la cola de respaldo y siempre debe haber una. Convierta antes otra cola en la de respaldo.</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Quitar %1</translation>
    </message>
    <message>
        <source>Edit owner %1</source>
        <translation>Editar el responsable %1</translation>
    </message>
    <message>
        <source>Add owner %1</source>
        <translation>Añadir el responsable %1</translation>
    </message>
    <message>
        <source>Remove owner %1</source>
        <translation>Quitar el responsable %1</translation>
    </message>
</context>
<context>
    <name>baton::CoveragePage</name>
    <message>
        <source>Open a workspace to see whether its routing rules give every scenario an owner.</source>
        <translation>Abra un espacio de trabajo para ver si sus reglas de enrutamiento dan un responsable a cada escenario.</translation>
    </message>
    <message>
        <source>Rule set</source>
        <translation>Conjunto de reglas</translation>
    </message>
    <message>
        <source>Owners&apos; active dates and absences are judged on this day.</source>
        <translation>Las fechas de actividad y las ausencias de los responsables se evalúan en este día.</translation>
    </message>
    <message>
        <source>Owners available on</source>
        <translation>Responsables disponibles el</translation>
    </message>
    <message>
        <source>Also leads outside every territory, segment or industry</source>
        <translation>También los leads fuera de todo territorio, segmento o sector</translation>
    </message>
    <message>
        <source>Rule set:</source>
        <translation>Conjunto de reglas:</translation>
    </message>
    <message>
        <source>Owners available on:</source>
        <translation>Responsables disponibles el:</translation>
    </message>
    <message>
        <source>Signal types</source>
        <translation>Tipos de señal</translation>
    </message>
    <message>
        <source>Each signal type has its own grid; the number in brackets counts its scenarios that reach only the fallback queue or no owner.</source>
        <translation>Cada tipo de señal tiene su propia cuadrícula; el número entre paréntesis cuenta sus escenarios que solo llegan a la cola de respaldo o a ningún responsable.</translation>
    </message>
    <message>
        <source>Territory by segment grid</source>
        <translation>Cuadrícula de territorio por segmento</translation>
    </message>
    <message>
        <source>Click a cell to see its scenarios and the rules that take them.</source>
        <translation>Haga clic en una celda para ver sus escenarios y las reglas que los asumen.</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Reaches</source>
        <translation>Llega a</translation>
    </message>
    <message>
        <source>Scenarios of the selected cell</source>
        <translation>Escenarios de la celda seleccionada</translation>
    </message>
    <message>
        <source>Open the rule</source>
        <translation>Abrir la regla</translation>
    </message>
    <message>
        <source>Shows the rule responsible on the Routing rules page (for a gap: the nearest rule).</source>
        <translation>Muestra la regla responsable en la página Reglas de enrutamiento (para una laguna: la regla más cercana).</translation>
    </message>
    <message>
        <source>Rules that never fire or overlap (double-click to open):</source>
        <translation>Reglas que nunca se activan o que se solapan (doble clic para abrir):</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regla</translation>
    </message>
    <message>
        <source>What coverage analysis found</source>
        <translation>Qué encontró el análisis de cobertura</translation>
    </message>
    <message>
        <source>Shadowed and overlapping rules</source>
        <translation>Reglas eclipsadas y solapadas</translation>
    </message>
    <message>
        <source>&lt;b&gt;Scenario&lt;/b&gt;: one signal type × territory × segment × industry × source × whether the lead&apos;s account has an owner (sources: those the rules name, and any other). &lt;b&gt;Reaches an owner&lt;/b&gt;: the first matching rule that can assign on that day takes it. &lt;b&gt;Only the fallback&lt;/b&gt;: no rule takes it, so the fallback queue does. &lt;b&gt;No owner&lt;/b&gt;: not even the fallback queue has anyone available. &lt;b&gt;Shadowed&lt;/b&gt;: earlier rules take every scenario the rule matches (it fires only when they cannot assign). &lt;b&gt;Overlap&lt;/b&gt;: two rules match a common scenario; the earlier one wins. Capacity is not part of the analysis; Simulate shows it.</source>
        <translation>&lt;b&gt;Escenario&lt;/b&gt;: una combinación de tipo de señal × territorio × segmento × sector × origen × si la cuenta del lead tiene responsable (orígenes: los que nombran las reglas y cualquier otro). &lt;b&gt;Llega a un responsable&lt;/b&gt;: lo asume la primera regla coincidente que puede asignar ese día. &lt;b&gt;Solo la cola de respaldo&lt;/b&gt;: ninguna regla lo asume, así que lo asume la cola de respaldo. &lt;b&gt;Sin responsable&lt;/b&gt;: ni siquiera la cola de respaldo tiene a nadie disponible. &lt;b&gt;Eclipsada&lt;/b&gt;: reglas anteriores asumen todos los escenarios con los que coincide la regla (solo se activa cuando ellas no pueden asignar). &lt;b&gt;Solapamiento&lt;/b&gt;: dos reglas coinciden con un escenario común; gana la anterior. La capacidad no forma parte del análisis; la muestra Simular.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; scenarios: &lt;b&gt;%2&lt;/b&gt; reach an owner through a rule, &lt;b&gt;%3&lt;/b&gt; reach only the fallback queue%4, &lt;b&gt;%5&lt;/b&gt; reach no owner. %6</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; escenarios: &lt;b&gt;%2&lt;/b&gt; llegan a un responsable mediante una regla, &lt;b&gt;%3&lt;/b&gt; solo llegan a la cola de respaldo%4, &lt;b&gt;%5&lt;/b&gt; no llegan a ningún responsable. %6</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>Every scenario has an owner.</source>
        <translation>Todos los escenarios tienen responsable.</translation>
    </message>
    <message>
        <source>The highlighted cells are the gaps.</source>
        <translation>Las celdas resaltadas son las lagunas.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 of %2 reach no owner</source>
        <translation>%1 de %2 sin responsable</translation>
    </message>
    <message>
        <source>%1 of %2 only the fallback</source>
        <translation>%1 de %2 solo respaldo</translation>
    </message>
    <message>
        <source>✓ %1 covered</source>
        <translation>✓ %1 cubiertos</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>only the fallback queue: %1</source>
        <translation>solo la cola de respaldo: %1</translation>
    </message>
    <message>
        <source>no owner: %1</source>
        <translation>sin responsable: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; × &lt;b&gt;%2&lt;/b&gt; × &lt;b&gt;%3&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&#xa0;×&#xa0;&lt;b&gt;%2&lt;/b&gt;&#xa0;×&#xa0;&lt;b&gt;%3&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>No owner</source>
        <translation>Sin responsable</translation>
    </message>
    <message>
        <source>Only the fallback queue</source>
        <translation>Solo la cola de respaldo</translation>
    </message>
    <message>
        <source> (rule %1)</source>
        <translation> (regla %1)</translation>
    </message>
    <message>
        <source> · nearest rule: %1 (differs in: %2)</source>
        <translation> · regla más cercana: %1 (difiere en: %2)</translation>
    </message>
    <message>
        <source>has an owner</source>
        <translation>tiene responsable</translation>
    </message>
    <message>
        <source>no owner</source>
        <translation>sin responsable</translation>
    </message>
    <message>
        <source>Overlaps &quot;%1&quot; (scenarios both match: %2); the earlier rule wins there</source>
        <translation>Se solapa con &quot;%1&quot; (escenarios en los que coinciden ambas: %2); ahí gana la regla anterior</translation>
    </message>
    <message>
        <source>Every rule</source>
        <translation>Todas las reglas</translation>
    </message>
    <message>
        <source>fires for some scenario, and no two rules overlap</source>
        <translation>se activan en algún escenario y no hay dos reglas solapadas</translation>
    </message>
</context>
<context>
    <name>baton::CoverageUsage</name>
    <message>
        <source>handoffs: %1</source>
        <translation>traspasos: %1</translation>
    </message>
    <message>
        <source>accounts: %1</source>
        <translation>cuentas: %1</translation>
    </message>
    <message>
        <source>routing rules: %1</source>
        <translation>reglas de enrutamiento: %1</translation>
    </message>
    <message>
        <source>owners: %1</source>
        <translation>responsables: %1</translation>
    </message>
    <message>
        <source>routing rules naming it: %1</source>
        <translation>reglas de enrutamiento que lo nombran: %1</translation>
    </message>
    <message>
        <source>This owner is still referred to (%1). Set their last working day instead, so that history keeps its owner and routing stops giving them leads.</source>
        <translation>Este responsable aún está referenciado (%1). Indique en su lugar su último día de trabajo, para que el historial conserve su responsable y el enrutamiento deje de asignarle leads.</translation>
    </message>
    <message>
        <source>It is still referred to (%1). Change or remove those first.</source>
        <translation>Aún está referenciado (%1). Cambie o quite antes esas referencias.</translation>
    </message>
</context>
<context>
    <name>baton::CsvReader</name>
    <message>
        <source>Reading the file failed: %1</source>
        <translation>Error al leer el archivo: %1</translation>
    </message>
    <message>
        <source>The file is UTF-16 text. Save it as UTF-8 CSV (in Excel: CSV UTF-8) and import that.</source>
        <translation>El archivo es texto UTF-16. Guárdelo como CSV UTF-8 (en Excel: CSV UTF-8) e importe ese archivo.</translation>
    </message>
    <message>
        <source>The record that starts on line %1 is larger than %2 MB; a quote is probably never closed. Check the file around that line.</source>
        <translation>El registro que empieza en la línea %1 ocupa más de %2 MB; probablemente hay unas comillas sin cerrar. Revise el archivo en torno a esa línea.</translation>
    </message>
</context>
<context>
    <name>baton::DashboardPage</name>
    <message>
        <source>Open a workspace to see its KPIs: acceptance, conversion, velocity, yield, SLA compliance and where handoffs leak.</source>
        <translation>Abra un espacio de trabajo para ver sus KPI: aceptación, conversión, velocidad, rendimiento, cumplimiento del SLA y dónde se producen fugas en los traspasos.</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Breakdowns</source>
        <translation>Desgloses</translation>
    </message>
    <message>
        <source>Rejections</source>
        <translation>Rechazos</translation>
    </message>
    <message>
        <source>Definitions</source>
        <translation>Definiciones</translation>
    </message>
    <message>
        <source>rejected: %1</source>
        <translation>rechazados: %1</translation>
    </message>
    <message>
        <source>KPIs by</source>
        <translation>KPI por</translation>
    </message>
    <message>
        <source>Dimension of the KPI table</source>
        <translation>Dimensión de la tabla de KPI</translation>
    </message>
    <message>
        <source>KPIs</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Rejection reasons by</source>
        <translation>Motivos de rechazo por</translation>
    </message>
    <message>
        <source>Dimension of the rejection breakdown</source>
        <translation>Dimensión del desglose de rechazos</translation>
    </message>
    <message>
        <source>What the numbers mean</source>
        <translation>Qué significan las cifras</translation>
    </message>
    <message>
        <source>Definitions of the KPIs</source>
        <translation>Definiciones de los KPI</translation>
    </message>
    <message>
        <source>All handoffs</source>
        <translation>Todos los traspasos</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 handoffs · computed in %2 ms (%3), shown in %4 ms · data as of %5</source>
        <translation>%1 traspasos · calculado en %2 ms (%3), mostrado en %4 ms · datos a fecha de %5</translation>
    </message>
    <message>
        <source>from the KPI cubes</source>
        <translation>a partir de los cubos de KPI</translation>
    </message>
    <message>
        <source>from the handoffs</source>
        <translation>a partir de los traspasos</translation>
    </message>
</context>
<context>
    <name>baton::DataStandardPage</name>
    <message>
        <source>No workspace open</source>
        <translation>No hay ningún espacio de trabajo abierto</translation>
    </message>
    <message>
        <source>Open a workspace to set the data standard: required fields per stage, UTM conventions, identity rules and how leads are matched to accounts.</source>
        <translation>Abra un espacio de trabajo para definir el estándar de datos: campos obligatorios por etapa, convenciones UTM, reglas de identidad y cómo se asocian los leads con las cuentas.</translation>
    </message>
    <message>
        <source>Required per stage</source>
        <translation>Obligatorios por etapa</translation>
    </message>
    <message>
        <source>Campaign and UTM conventions</source>
        <translation>Convenciones de campaña y UTM</translation>
    </message>
    <message>
        <source>Identity rules</source>
        <translation>Reglas de identidad</translation>
    </message>
    <message>
        <source>Account matching</source>
        <translation>Asociación con cuentas</translation>
    </message>
</context>
<context>
    <name>baton::EntityCommand</name>
    <message>
        <source>This item (%1) was changed by someone else since you edited it; it was left as it is.</source>
        <translation>Otra persona ha cambiado este elemento (%1) desde que lo editó; se ha dejado como estaba.</translation>
    </message>
</context>
<context>
    <name>baton::Generator</name>
    <message>
        <source>The demo generator&apos;s inputs are missing from this build.</source>
        <translation>Faltan en esta compilación los datos de entrada del generador de demostración.</translation>
    </message>
    <message>
        <source>Reading the default rejection reasons failed.</source>
        <translation>Error al leer los motivos de rechazo predeterminados.</translation>
    </message>
    <message>
        <source>Public holiday</source>
        <translation>Festivo nacional</translation>
    </message>
    <message>
        <source>Vacation</source>
        <translation>Vacaciones</translation>
    </message>
    <message>
        <source>Proposed: faster follow-up on pricing-page visits, event name required for event scans, content downloads need fit B.</source>
        <translation>Propuesta: seguimiento más rápido de las visitas a la página de precios, nombre del evento obligatorio para los escaneos en eventos, las descargas de contenido necesitan encaje B.</translation>
    </message>
    <message>
        <source>EMEA SDR response times are reviewed weekly until compliance is back above 80%.</source>
        <translation>Los tiempos de respuesta de los SDR de EMEA se revisan cada semana hasta que el cumplimiento vuelva a superar el 80 %.</translation>
    </message>
    <message>
        <source>Review EMEA SDR staffing against the SLA</source>
        <translation>Revisar la dotación de SDR de EMEA frente al SLA</translation>
    </message>
    <message>
        <source>APAC Enterprise leads need an owner; RevOps proposes a rule.</source>
        <translation>Los leads Enterprise de APAC necesitan un responsable; RevOps propone una regla.</translation>
    </message>
    <message>
        <source>Add a routing rule for APAC Enterprise</source>
        <translation>Añadir una regla de enrutamiento para APAC Enterprise</translation>
    </message>
    <message>
        <source>Marketing reviews the targeting of the AI-trends ebook campaign.</source>
        <translation>Marketing revisa la segmentación de la campaña del ebook sobre tendencias de IA.</translation>
    </message>
    <message>
        <source>Tighten the ebook-ai-trends-2026 audience</source>
        <translation>Acotar la audiencia de ebook-ai-trends-2026</translation>
    </message>
    <message>
        <source>Accounts of people who left are reassigned within a week.</source>
        <translation>Las cuentas de las personas que se marcharon se reasignan en el plazo de una semana.</translation>
    </message>
    <message>
        <source>Reassign Marco Rossi&apos;s accounts</source>
        <translation>Reasignar las cuentas de Marco Rossi</translation>
    </message>
    <message>
        <source>Weekly Marketing and Sales handoff review.</source>
        <translation>Revisión semanal del traspaso entre Marketing y Ventas.</translation>
    </message>
    <message>
        <source>Self-assessment at the quarterly review.</source>
        <translation>Autoevaluación en la revisión trimestral.</translation>
    </message>
    <message>
        <source>Generating the demo workspace was cancelled.</source>
        <translation>Se canceló la generación del espacio de trabajo de demostración.</translation>
    </message>
    <message>
        <source>%1 (%2 seats)</source>
        <translation>%1 (%2 licencias)</translation>
    </message>
    <message>
        <source>The number of weeks must be between 1 and 520.</source>
        <translation>El número de semanas debe estar entre 1 y 520.</translation>
    </message>
    <message>
        <source>The number of handoffs cannot be negative.</source>
        <translation>El número de traspasos no puede ser negativo.</translation>
    </message>
</context>
<context>
    <name>baton::GovernanceMeetings</name>
    <message>
        <source>Open</source>
        <translation>Abierta</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecha</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Descartada</translation>
    </message>
</context>
<context>
    <name>baton::HandoffFields</name>
    <message>
        <source>Lead id</source>
        <translation>ID del lead</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>Contact name</source>
        <translation>Nombre del contacto</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Signal type</source>
        <translation>Tipo de señal</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campaña</translation>
    </message>
    <message>
        <source>UTM source</source>
        <translation>UTM source</translation>
    </message>
    <message>
        <source>UTM medium</source>
        <translation>UTM medium</translation>
    </message>
    <message>
        <source>UTM campaign</source>
        <translation>UTM campaign</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Region or state</source>
        <translation>Región o estado</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Empleados</translation>
    </message>
    <message>
        <source>Annual revenue</source>
        <translation>Facturación anual</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segmento</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Territorio</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Fit grade</source>
        <translation>Nota de encaje</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>Rejection reason</source>
        <translation>Motivo de rechazo</translation>
    </message>
    <message>
        <source>Opportunity id</source>
        <translation>ID de la oportunidad</translation>
    </message>
    <message>
        <source>Opportunity amount</source>
        <translation>Importe de la oportunidad</translation>
    </message>
    <message>
        <source>Won amount</source>
        <translation>Importe ganado</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>Handed off</source>
        <translation>Traspasado</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Asignado</translation>
    </message>
    <message>
        <source>First touch</source>
        <translation>Primer contacto</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Aceptado</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rechazado</translation>
    </message>
    <message>
        <source>Opportunity created</source>
        <translation>Oportunidad creada</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrado</translation>
    </message>
</context>
<context>
    <name>baton::HandoffImport</name>
    <message>
        <source>Handoffs without an owner cannot be routed: %1</source>
        <translation>Los traspasos sin responsable no se pueden enrutar: %1</translation>
    </message>
    <message>
        <source>%1 is empty, so there is no handoff to update.</source>
        <translation>%1 está vacío, así que no hay ningún traspaso que actualizar.</translation>
    </message>
    <message>
        <source>No handoff has %1 &quot;%2&quot; to update (import the file that creates it first).</source>
        <translation>No hay ningún traspaso con %1 &quot;%2&quot; que actualizar (importe antes el archivo que lo crea).</translation>
    </message>
    <message>
        <source>Handed off is missing: a handoff needs the time it was handed to Sales.</source>
        <translation>Falta Traspasado: un traspaso necesita la hora en que se entregó a Ventas.</translation>
    </message>
    <message>
        <source>Repeats handoff %1 by the identity rule &quot;%2&quot; (the mapping keeps duplicates aside).</source>
        <translation>Repite el traspaso %1 según la regla de identidad &quot;%2&quot; (la asignación de columnas aparta los duplicados).</translation>
    </message>
    <message>
        <source>handoff %1 (%2)</source>
        <translation>traspaso %1 (%2)</translation>
    </message>
    <message>
        <source>  (implied)</source>
        <translation>  (implícito)</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semana</translation>
    </message>
    <message>
        <source>Routed by</source>
        <translation>Enrutado por</translation>
    </message>
    <message>
        <source>fallback queue</source>
        <translation>cola de respaldo</translation>
    </message>
    <message>
        <source>SLA due</source>
        <translation>Vencimiento del SLA</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Contexto</translation>
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
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>(unassigned)</source>
        <translation>(sin asignar)</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>no policy</source>
        <translation>sin política</translation>
    </message>
    <message>
        <source>met</source>
        <translation>cumplido</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>incumplido</translation>
    </message>
    <message>
        <source>untouched</source>
        <translation>sin contacto</translation>
    </message>
    <message>
        <source>(no reason)</source>
        <translation>(sin motivo)</translation>
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
        <translation>Traspasado</translation>
    </message>
    <message>
        <source>Signal</source>
        <translation>Señal</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campaña</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Territorio</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segmento</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Encaje</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>First touch (business time)</source>
        <translation>Primer contacto (tiempo laboral)</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <source>Rejection reason</source>
        <translation>Motivo de rechazo</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
</context>
<context>
    <name>baton::HandoffView</name>
    <message>
        <source>Search lead, email, contact or company</source>
        <translation>Buscar lead, correo, contacto o empresa</translation>
    </message>
    <message>
        <source>Search handoffs</source>
        <translation>Buscar traspasos</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <source>Export these handoffs as CSV</source>
        <translation>Exportar estos traspasos como CSV</translation>
    </message>
    <message>
        <source>Handoffs</source>
        <translation>Traspasos</translation>
    </message>
    <message>
        <source>All handoffs</source>
        <translation>Todos los traspasos</translation>
    </message>
    <message>
        <source>%1 — %2 handoffs</source>
        <translation>%1 — %2 traspasos</translation>
    </message>
    <message>
        <source>Export Handoffs</source>
        <translation>Exportar traspasos</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>baton::HistoryPage</name>
    <message>
        <source>Added</source>
        <translation>Añadido</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Quitado</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>No workspace open</source>
        <translation>No hay ningún espacio de trabajo abierto</translation>
    </message>
    <message>
        <source>Open a workspace to see every change made to its configuration: who changed what, when, and how.</source>
        <translation>Abra un espacio de trabajo para ver todos los cambios hechos en su configuración: quién cambió qué, cuándo y cómo.</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>What kind of thing changed</source>
        <translation>Qué tipo de elemento cambió</translation>
    </message>
    <message>
        <source>Search who, which field, old or new value</source>
        <translation>Buscar quién, qué campo, valor antiguo o nuevo</translation>
    </message>
    <message>
        <source>Search the history</source>
        <translation>Buscar en el historial</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Which</source>
        <translation>Cuál</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Configuration changes, newest first</source>
        <translation>Cambios de configuración, los más recientes primero</translation>
    </message>
    <message>
        <source>Every change (%1)</source>
        <translation>Todos los cambios (%1)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 changes</source>
        <translation>%1 cambios</translation>
    </message>
    <message>
        <source>Show %1 more (%2 of %3 shown)</source>
        <translation>Mostrar %1 más (%2 de %3 mostrados)</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivado</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
</context>
<context>
    <name>baton::IdentityRulesTab</name>
    <message>
        <source>Which fields make two records the same lead. A rule applies when all its fields have a value; values are compared without case and surrounding spaces. The first record is the original; a later one with the same values under any enabled rule is a duplicate (recycled leads that come back on purpose are not). Fields are handoff fields such as email, contact_name, company, or context fields such as phone.</source>
        <translation>Qué campos hacen que dos registros sean el mismo lead. Una regla se aplica cuando todos sus campos tienen valor; los valores se comparan sin distinguir mayúsculas y sin los espacios de alrededor. El primer registro es el original; uno posterior con los mismos valores según cualquier regla activada es un duplicado (no lo son los leads reciclados que vuelven a propósito). Los campos son campos del traspaso, como email, contact_name o company, o campos de contexto, como phone.</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Orden</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regla</translation>
    </message>
    <message>
        <source>Fields (comma-separated)</source>
        <translation>Campos (separados por comas)</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Activada</translation>
    </message>
    <message>
        <source>Add rule</source>
        <translation>Añadir regla</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Same phone number</source>
        <translation>Mismo número de teléfono</translation>
    </message>
    <message>
        <source>Add an identity rule</source>
        <translation>Añadir una regla de identidad</translation>
    </message>
    <message>
        <source>Remove the identity rule %1</source>
        <translation>Quitar la regla de identidad %1</translation>
    </message>
    <message>
        <source>Same %1</source>
        <translation>Mismo valor de %1</translation>
    </message>
    <message>
        <source>on</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>off</source>
        <translation>no</translation>
    </message>
    <message>
        <source>An identity rule needs a name and at least one field.</source>
        <translation>Una regla de identidad necesita un nombre y al menos un campo.</translation>
    </message>
    <message>
        <source>Edit the identity rule %1</source>
        <translation>Editar la regla de identidad %1</translation>
    </message>
    <message>
        <source>Re-order the identity rules</source>
        <translation>Reordenar las reglas de identidad</translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>Mover %1</translation>
    </message>
</context>
<context>
    <name>baton::ImportDialog</name>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> y %n más</numerusform>
            <numerusform> y %n más</numerusform>
        </translation>
    </message>
    <message>
        <source>Import CSV</source>
        <translation>Importar CSV</translation>
    </message>
    <message>
        <source>A CSV export of leads, contacts, deals, accounts or users</source>
        <translation>Una exportación CSV de leads, contactos, negocios, cuentas o usuarios</translation>
    </message>
    <message>
        <source>The CSV file to import</source>
        <translation>El archivo CSV que se va a importar</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Archivo:</translation>
    </message>
    <message>
        <source>&amp;Into:</source>
        <translation>&amp;En:</translation>
    </message>
    <message>
        <source>The mapping: which column feeds which field</source>
        <translation>La asignación de columnas: qué columna alimenta qué campo</translation>
    </message>
    <message>
        <source>Mapping File…</source>
        <translation>Archivo de asignación…</translation>
    </message>
    <message>
        <source>Use a mapping.json file (the format is in README.md, “Import mappings”)</source>
        <translation>Usar un archivo mapping.json (el formato se describe en README.md, “Import mappings”)</translation>
    </message>
    <message>
        <source>&amp;Mapping:</source>
        <translation>A&amp;signación:</translation>
    </message>
    <message>
        <source>The first records as they would be stored</source>
        <translation>Los primeros registros tal como se guardarían</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>What the import did</source>
        <translation>Qué hizo la importación</translation>
    </message>
    <message>
        <source>&amp;View Kept-Aside Rows</source>
        <translation>&amp;Ver filas apartadas</translation>
    </message>
    <message>
        <source>Import a CSV export</source>
        <translation>Importar una exportación CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Archivos CSV (*.csv *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Use a mapping file</source>
        <translation>Usar un archivo de asignación</translation>
    </message>
    <message>
        <source>Mappings (*.json)</source>
        <translation>Asignaciones (*.json)</translation>
    </message>
    <message>
        <source>Open a workspace first: an import adds to it.</source>
        <translation>Abra antes un espacio de trabajo: la importación añade datos a él.</translation>
    </message>
    <message>
        <source>Recognised: “%1” (%2). The file&apos;s header has every column it looks for.</source>
        <translation>Reconocido: “%1” (%2). El encabezado del archivo tiene todas las columnas que busca.</translation>
    </message>
    <message>
        <source>preset</source>
        <translation>plantilla</translation>
    </message>
    <message>
        <source>saved mapping</source>
        <translation>asignación guardada</translation>
    </message>
    <message>
        <source>Baton does not recognise this file&apos;s columns as a known export.</source>
        <translation>Baton no reconoce las columnas de este archivo como una exportación conocida.</translation>
    </message>
    <message>
        <source>%1: %2 of its %3 columns</source>
        <translation>%1: %2 de sus %3 columnas</translation>
    </message>
    <message>
        <source>, lacks %1</source>
        <translation>, le falta %1</translation>
    </message>
    <message>
        <source>Closest: %1.</source>
        <translation>La más parecida: %1.</translation>
    </message>
    <message>
        <source>Columns no mapping places: %1.</source>
        <translation>Columnas que ninguna asignación ubica: %1.</translation>
    </message>
    <message>
        <source>Choose a mapping below, or a mapping file.</source>
        <translation>Elija una asignación abajo o un archivo de asignación.</translation>
    </message>
    <message>
        <source>%1 (file %2)</source>
        <translation>%1 (archivo %2)</translation>
    </message>
    <message>
        <source>%1 (saved mapping)</source>
        <translation>%1 (asignación guardada)</translation>
    </message>
    <message>
        <source>%1 (preset)</source>
        <translation>%1 (plantilla)</translation>
    </message>
    <message>
        <source> — recognised</source>
        <translation> — reconocido</translation>
    </message>
    <message>
        <source>Choose a file first</source>
        <translation>Elija antes un archivo</translation>
    </message>
    <message>
        <source>Choose a mapping</source>
        <translation>Elija una asignación</translation>
    </message>
    <message>
        <source>Choose a CSV file. Baton recognises Salesforce and HubSpot exports and the sample datasets by their header row.</source>
        <translation>Elija un archivo CSV. Baton reconoce las exportaciones de Salesforce y HubSpot y los conjuntos de datos de ejemplo por su fila de encabezado.</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Would create</source>
        <translation>Crearía</translation>
    </message>
    <message>
        <source>new: a new row; updates …: the row with the same key is updated; anything else: why the record would be kept aside</source>
        <translation>nuevo: una fila nueva; actualiza …: se actualiza la fila con la misma clave; cualquier otra cosa: por qué se apartaría el registro</translation>
    </message>
    <message>
        <source>kept aside: %1</source>
        <translation>apartado: %1</translation>
    </message>
    <message>
        <source>%1
As written in the file: this record would not be stored.</source>
        <translation>%1
Tal como está escrito en el archivo: este registro no se guardaría.</translation>
    </message>
    <message>
        <source>%1
In the file: %2</source>
        <translation>%1
En el archivo: %2</translation>
    </message>
    <message numerus="yes">
        <source>The first %n records as they would be stored; nothing is written until you import. Dates show how they were read.</source>
        <translation>
            <numerusform>El primer registro tal como se guardaría; no se escribe nada hasta que importe. Las fechas se muestran como se leyeron.</numerusform>
            <numerusform>Los primeros %n registros tal como se guardarían; no se escribe nada hasta que importe. Las fechas se muestran como se leyeron.</numerusform>
        </translation>
    </message>
    <message>
        <source>Columns the mapping reads that the file lacks: %1.</source>
        <translation>Columnas que lee la asignación y que faltan en el archivo: %1.</translation>
    </message>
    <message>
        <source>Columns no rule reads: %1.</source>
        <translation>Columnas que no lee ninguna regla: %1.</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importando %1…</translation>
    </message>
    <message>
        <source>The import was cancelled; the workspace is as it was.</source>
        <translation>Se canceló la importación; el espacio de trabajo queda como estaba.</translation>
    </message>
    <message>
        <source>The import failed and changed nothing: %1</source>
        <translation>La importación falló y no cambió nada: %1</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Leídos</translation>
    </message>
    <message>
        <source>Imported as new</source>
        <translation>Importados como nuevos</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Actualizados</translation>
    </message>
    <message>
        <source>Kept aside</source>
        <translation>Apartados</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Duplicados</translation>
    </message>
    <message numerus="yes">
        <source>%n records were kept aside, each with its line number and the reason; they are on the Import page and export as CSV.</source>
        <translation>
            <numerusform>Se apartó %n registro, con su número de línea y el motivo; está en la página Importar y se puede exportar como CSV.</numerusform>
            <numerusform>Se apartaron %n registros, cada uno con su número de línea y el motivo; están en la página Importar y se pueden exportar como CSV.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every record was stored; nothing was kept aside.</source>
        <translation>Se guardaron todos los registros; no se apartó nada.</translation>
    </message>
    <message>
        <source>Imported %1 with “%2” · %3</source>
        <translation>Se importó %1 con “%2” · %3</translation>
    </message>
</context>
<context>
    <name>baton::ImportFields</name>
    <message>
        <source>Lead id</source>
        <translation>ID del lead</translation>
    </message>
    <message>
        <source>Opportunity id</source>
        <translation>ID de la oportunidad</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>Contact name</source>
        <translation>Nombre del contacto</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Account (CRM id or name)</source>
        <translation>Cuenta (ID del CRM o nombre)</translation>
    </message>
    <message>
        <source>Signal type</source>
        <translation>Tipo de señal</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campaña</translation>
    </message>
    <message>
        <source>UTM source</source>
        <translation>UTM source</translation>
    </message>
    <message>
        <source>UTM medium</source>
        <translation>UTM medium</translation>
    </message>
    <message>
        <source>UTM campaign</source>
        <translation>UTM campaign</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>State or region</source>
        <translation>Estado o región</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Empleados</translation>
    </message>
    <message>
        <source>Annual revenue</source>
        <translation>Facturación anual</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segmento</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Territorio</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Fit grade</source>
        <translation>Nota de encaje</translation>
    </message>
    <message>
        <source>Lifecycle stage</source>
        <translation>Etapa del ciclo de vida</translation>
    </message>
    <message>
        <source>Owner (name or email)</source>
        <translation>Responsable (nombre o correo)</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Rejection reason</source>
        <translation>Motivo de rechazo</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>Handed off</source>
        <translation>Traspasado</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Asignado</translation>
    </message>
    <message>
        <source>First touch</source>
        <translation>Primer contacto</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Aceptado</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rechazado</translation>
    </message>
    <message>
        <source>Opportunity created</source>
        <translation>Oportunidad creada</translation>
    </message>
    <message>
        <source>Closed (won or lost)</source>
        <translation>Cerrado (ganado o perdido)</translation>
    </message>
    <message>
        <source>Opportunity amount</source>
        <translation>Importe de la oportunidad</translation>
    </message>
    <message>
        <source>Won amount</source>
        <translation>Importe ganado</translation>
    </message>
    <message>
        <source>Deal amount (opportunity; won when won)</source>
        <translation>Importe del negocio (oportunidad; ganado si se gana)</translation>
    </message>
    <message>
        <source>Account id in the CRM</source>
        <translation>ID de la cuenta en el CRM</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>Nombre de la cuenta</translation>
    </message>
    <message>
        <source>Web domain</source>
        <translation>Dominio web</translation>
    </message>
    <message>
        <source>Account owner (name or email)</source>
        <translation>Responsable de la cuenta (nombre o correo)</translation>
    </message>
    <message>
        <source>Account team</source>
        <translation>Equipo de la cuenta</translation>
    </message>
    <message>
        <source>Parent account (CRM id or name)</source>
        <translation>Cuenta matriz (ID del CRM o nombre)</translation>
    </message>
    <message>
        <source>Owner name</source>
        <translation>Nombre del responsable</translation>
    </message>
    <message>
        <source>Role (SDR, AE, ...)</source>
        <translation>Rol (SDR, AE, ...)</translation>
    </message>
    <message>
        <source>Team manager</source>
        <translation>Mánager del equipo</translation>
    </message>
    <message>
        <source>Time zone (IANA id)</source>
        <translation>Zona horaria (ID de IANA)</translation>
    </message>
    <message>
        <source>Capacity per day</source>
        <translation>Capacidad diaria</translation>
    </message>
    <message>
        <source>Active from</source>
        <translation>Activo desde</translation>
    </message>
    <message>
        <source>Active until</source>
        <translation>Activo hasta</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Contexto</translation>
    </message>
    <message>
        <source>Handoffs</source>
        <translation>Traspasos</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Cuentas</translation>
    </message>
    <message>
        <source>Owners</source>
        <translation>Responsables</translation>
    </message>
    <message>
        <source>Context: %1</source>
        <translation>Contexto: %1</translation>
    </message>
</context>
<context>
    <name>baton::ImportHistory</name>
    <message>
        <source>Import %1 does not exist.</source>
        <translation>La importación %1 no existe.</translation>
    </message>
    <message>
        <source>line</source>
        <translation>línea</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>motivo</translation>
    </message>
    <message>
        <source>Writing %1 failed: %2</source>
        <translation>Error al escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>baton::ImportPage</name>
    <message>
        <source>No workspace open</source>
        <translation>No hay ningún espacio de trabajo abierto</translation>
    </message>
    <message>
        <source>Open or create a workspace, then import a CRM&apos;s CSV export into it: handoffs, accounts or owners.</source>
        <translation>Abra o cree un espacio de trabajo y luego importe en él la exportación CSV de un CRM: traspasos, cuentas o responsables.</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>Importar CSV…</translation>
    </message>
    <message>
        <source>Import a CRM&apos;s CSV export: handoffs, accounts or owners</source>
        <translation>Importar la exportación CSV de un CRM: traspasos, cuentas o responsables</translation>
    </message>
    <message>
        <source>No imports yet</source>
        <translation>Aún no hay importaciones</translation>
    </message>
    <message>
        <source>Import CSV… reads a CRM export with a preset (Salesforce, HubSpot, the sample datasets), a saved mapping or a mapping file. Each import is listed here with its counts and the rows it kept aside.</source>
        <translation>Importar CSV… lee la exportación de un CRM con una plantilla (Salesforce, HubSpot, los conjuntos de datos de ejemplo), una asignación guardada o un archivo de asignación. Cada importación aparece aquí con sus recuentos y las filas que apartó.</translation>
    </message>
    <message>
        <source>Imports, newest first</source>
        <translation>Importaciones, las más recientes primero</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Iniciada</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Mapping</source>
        <translation>Asignación</translation>
    </message>
    <message>
        <source>Into</source>
        <translation>En</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Leídos</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nuevos</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Actualizados</translation>
    </message>
    <message>
        <source>Kept aside</source>
        <translation>Apartados</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Duplicados</translation>
    </message>
    <message>
        <source>Filter by reason or by any text of the record</source>
        <translation>Filtrar por motivo o por cualquier texto del registro</translation>
    </message>
    <message>
        <source>Filter the kept-aside rows</source>
        <translation>Filtrar las filas apartadas</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <source>Write the rows shown to a CSV file: line, reason and the record&apos;s own columns, ready to fix in a spreadsheet and import again</source>
        <translation>Escribir las filas mostradas en un archivo CSV: línea, motivo y las columnas propias del registro, listas para corregirlas en una hoja de cálculo y volver a importarlas</translation>
    </message>
    <message>
        <source>Rows kept aside: line, reason and the record</source>
        <translation>Filas apartadas: línea, motivo y el registro</translation>
    </message>
    <message>
        <source>Rows kept aside by the import of %1 (%2)</source>
        <translation>Filas apartadas por la importación de %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was kept aside: every one of the %Ln records this import read was stored.</source>
        <translation>
            <numerusform>No se apartó nada: se guardó el único registro que leyó esta importación.</numerusform>
            <numerusform>No se apartó nada: se guardaron los %Ln registros que leyó esta importación.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation>%1 filas</translation>
    </message>
    <message>
        <source>%1 of %2 rows</source>
        <translation>%1 de %2 filas</translation>
    </message>
    <message>
        <source>Choose an import first.</source>
        <translation>Elija antes una importación.</translation>
    </message>
    <message>
        <source>line</source>
        <translation>línea</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>motivo</translation>
    </message>
    <message>
        <source>Writing %1 failed: %2</source>
        <translation>Error al escribir %1: %2</translation>
    </message>
    <message>
        <source>kept-aside-%1.csv</source>
        <translation>apartados-%1.csv</translation>
    </message>
    <message>
        <source>Export the kept-aside rows</source>
        <translation>Exportar las filas apartadas</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Error al exportar</translation>
    </message>
</context>
<context>
    <name>baton::ImportPresets</name>
    <message>
        <source>%1 (%2 of %3 columns; missing %4)</source>
        <translation>%1 (%2 de %3 columnas; faltan %4)</translation>
    </message>
    <message>
        <source>Baton does not recognise this file&apos;s columns as a known export.</source>
        <translation>Baton no reconoce las columnas de este archivo como una exportación conocida.</translation>
    </message>
    <message>
        <source>Closest: %1.</source>
        <translation>La más parecida: %1.</translation>
    </message>
    <message>
        <source>No preset or saved mapping shares a column with it.</source>
        <translation>Ninguna plantilla ni asignación guardada comparte una columna con él.</translation>
    </message>
    <message>
        <source>Columns no mapping places: %1.</source>
        <translation>Columnas que ninguna asignación ubica: %1.</translation>
    </message>
    <message>
        <source>Choose a mapping (a saved one, a preset, or a mapping.json file).</source>
        <translation>Elija una asignación (una guardada, una plantilla o un archivo mapping.json).</translation>
    </message>
    <message>
        <source>Cannot read the mapping %1: %2</source>
        <translation>No se puede leer la asignación %1: %2</translation>
    </message>
    <message>
        <source>The mapping %1 is larger than 1 MB; a mapping is a short JSON file.</source>
        <translation>La asignación %1 ocupa más de 1 MB; una asignación es un archivo JSON corto.</translation>
    </message>
    <message>
        <source>The mapping %1 cannot be used: %2</source>
        <translation>No se puede usar la asignación %1: %2</translation>
    </message>
    <message>
        <source>There is no mapping called &quot;%1&quot;. Use a mapping.json file or one of: %2.</source>
        <translation>No hay ninguna asignación llamada &quot;%1&quot;. Use un archivo mapping.json o una de estas: %2.</translation>
    </message>
</context>
<context>
    <name>baton::ImportReferences</name>
    <message>
        <source>signal type</source>
        <translation>tipo de señal</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>responsable</translation>
    </message>
    <message>
        <source>team</source>
        <translation>equipo</translation>
    </message>
    <message>
        <source>territory</source>
        <translation>territorio</translation>
    </message>
    <message>
        <source>segment</source>
        <translation>segmento</translation>
    </message>
    <message>
        <source>industry</source>
        <translation>sector</translation>
    </message>
    <message>
        <source>lifecycle stage</source>
        <translation>etapa del ciclo de vida</translation>
    </message>
    <message>
        <source>rejection reason</source>
        <translation>motivo de rechazo</translation>
    </message>
    <message>
        <source>account</source>
        <translation>cuenta</translation>
    </message>
    <message>
        <source>business calendar</source>
        <translation>calendario laboral</translation>
    </message>
    <message>
        <source>Created by an import</source>
        <translation>Creado por una importación</translation>
    </message>
    <message>
        <source>Created by an import; give it a recycle play</source>
        <translation>Creado por una importación; asígnele una jugada de reciclaje</translation>
    </message>
    <message>
        <source>An import cannot create a %1 (&quot;%2&quot;).</source>
        <translation>Una importación no puede crear elementos de tipo %1 (&quot;%2&quot;).</translation>
    </message>
</context>
<context>
    <name>baton::ImportText</name>
    <message>
        <source>Handoffs routed by the rules</source>
        <translation>Traspasos enrutados por las reglas</translation>
    </message>
    <message>
        <source>Of those, sent to the fallback queue</source>
        <translation>De ellos, enviados a la cola de respaldo</translation>
    </message>
    <message>
        <source>Handoffs matched to an account</source>
        <translation>Traspasos asociados a una cuenta</translation>
    </message>
    <message>
        <source>Timestamps implied by a later one</source>
        <translation>Marcas de tiempo deducidas de una posterior</translation>
    </message>
    <message>
        <source>Outcomes derived from timestamps</source>
        <translation>Resultados derivados de las marcas de tiempo</translation>
    </message>
    <message>
        <source>Parent accounts set</source>
        <translation>Cuentas matriz asignadas</translation>
    </message>
    <message>
        <source>Parent accounts not found</source>
        <translation>Cuentas matriz no encontradas</translation>
    </message>
    <message>
        <source>Team memberships added</source>
        <translation>Pertenencias a equipos añadidas</translation>
    </message>
    <message>
        <source>Team managers set</source>
        <translation>Mánagers de equipo asignados</translation>
    </message>
    <message>
        <source>Signal types created</source>
        <translation>Tipos de señal creados</translation>
    </message>
    <message>
        <source>Owners created</source>
        <translation>Responsables creados</translation>
    </message>
    <message>
        <source>Teams created</source>
        <translation>Equipos creados</translation>
    </message>
    <message>
        <source>Territories created</source>
        <translation>Territorios creados</translation>
    </message>
    <message>
        <source>Segments created</source>
        <translation>Segmentos creados</translation>
    </message>
    <message>
        <source>Industries created</source>
        <translation>Sectores creados</translation>
    </message>
    <message>
        <source>Stages created</source>
        <translation>Etapas creadas</translation>
    </message>
    <message>
        <source>Rejection reasons created</source>
        <translation>Motivos de rechazo creados</translation>
    </message>
    <message>
        <source>Accounts created</source>
        <translation>Cuentas creadas</translation>
    </message>
    <message>
        <source>Calendars created</source>
        <translation>Calendarios creados</translation>
    </message>
    <message>
        <source>Records in the file after the header row. Read = imported + updated + kept aside.</source>
        <translation>Registros del archivo después de la fila de encabezado. Leídos = importados + actualizados + apartados.</translation>
    </message>
    <message>
        <source>Records written as new rows.</source>
        <translation>Registros escritos como filas nuevas.</translation>
    </message>
    <message>
        <source>Records that updated a row an earlier import (or the workspace) already had, found by the mapping&apos;s key.</source>
        <translation>Registros que actualizaron una fila que ya tenía una importación anterior (o el espacio de trabajo), encontrada por la clave de la asignación.</translation>
    </message>
    <message>
        <source>Records not written, each kept in the workspace with its line number and the reason.</source>
        <translation>Registros no escritos; cada uno se guarda en el espacio de trabajo con su número de línea y el motivo.</translation>
    </message>
    <message>
        <source>Handoffs that repeat an earlier one under an identity rule (imported, or kept aside when the mapping says so).</source>
        <translation>Traspasos que repiten uno anterior según una regla de identidad (importados, o apartados cuando así lo indica la asignación).</translation>
    </message>
    <message>
        <source>Written straight into the file (rollback journal; nothing else had the workspace open)</source>
        <translation>Escrito directamente en el archivo (diario de reversión; nada más tenía abierto el espacio de trabajo)</translation>
    </message>
    <message>
        <source>Keys moved to temporary files (the key tables keep to a fixed memory budget)</source>
        <translation>Claves trasladadas a archivos temporales (las tablas de claves se atienen a un presupuesto de memoria fijo)</translation>
    </message>
</context>
<context>
    <name>baton::Importer</name>
    <message>
        <source>The file is empty: it needs a header row naming its columns.</source>
        <translation>El archivo está vacío: necesita una fila de encabezado con los nombres de sus columnas.</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>Se canceló la importación; no se cambió nada.</translation>
    </message>
    <message>
        <source>new; repeats %1</source>
        <translation>nuevo; repite %1</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nuevo</translation>
    </message>
    <message>
        <source>The workspace is open read-only; nothing can be imported into it.</source>
        <translation>El espacio de trabajo está abierto en modo de solo lectura; no se puede importar nada en él.</translation>
    </message>
    <message>
        <source>(unnamed data)</source>
        <translation>(datos sin nombre)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is empty: it needs a header row naming its columns.</source>
        <translation>%1 está vacío: necesita una fila de encabezado con los nombres de sus columnas.</translation>
    </message>
    <message>
        <source>updates handoff %1</source>
        <translation>actualiza el traspaso %1</translation>
    </message>
    <message>
        <source>updates account %1</source>
        <translation>actualiza la cuenta %1</translation>
    </message>
    <message>
        <source>updates owner %1</source>
        <translation>actualiza el responsable %1</translation>
    </message>
</context>
<context>
    <name>baton::InactiveOwners</name>
    <message>
        <source>Open handoffs of owners who are not there</source>
        <translation>Traspasos abiertos de responsables que no están</translation>
    </message>
</context>
<context>
    <name>baton::IsoWeek</name>
    <message>
        <source>&apos;%1&apos; is not an ISO week; write it like 2026-W47.</source>
        <translation>&apos;%1&apos; no es una semana ISO; escríbala como 2026-W47.</translation>
    </message>
</context>
<context>
    <name>baton::KeptAsideModel</name>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Record as written in the file</source>
        <translation>Registro tal como está escrito en el archivo</translation>
    </message>
</context>
<context>
    <name>baton::KpiDeferral</name>
    <message>
        <source>Another bulk write of handoffs is still running in this workspace; try again when it has finished.</source>
        <translation>Todavía se está ejecutando otra escritura masiva de traspasos en este espacio de trabajo; inténtelo de nuevo cuando haya terminado.</translation>
    </message>
</context>
<context>
    <name>baton::KpiDefinitions</name>
    <message>
        <source>Handoffs</source>
        <translation>Traspasos</translation>
    </message>
    <message>
        <source>Handoffs handed off in the period (by the ISO week of their handoff in the workspace&apos;s time zone).</source>
        <translation>Traspasos realizados en el periodo (según la semana ISO de su traspaso en la zona horaria del espacio de trabajo).</translation>
    </message>
    <message>
        <source>Acceptance rate</source>
        <translation>Tasa de aceptación</translation>
    </message>
    <message>
        <source>Accepted ÷ (accepted + rejected): of the handoffs Sales has decided on, the share it accepted. Open handoffs are left out; empty when none was decided.</source>
        <translation>Aceptados ÷ (aceptados + rechazados): de los traspasos sobre los que Ventas ha decidido, la proporción que aceptó. Los traspasos abiertos quedan fuera; vacío si no se decidió ninguno.</translation>
    </message>
    <message>
        <source>Conversion rate</source>
        <translation>Tasa de conversión</translation>
    </message>
    <message>
        <source>Handoffs that became an opportunity ÷ all handoffs.</source>
        <translation>Traspasos que se convirtieron en oportunidad ÷ todos los traspasos.</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>Tasa de éxito</translation>
    </message>
    <message>
        <source>Won ÷ (won + lost): of the closed opportunities from handoffs, the share won; empty when none closed.</source>
        <translation>Ganadas ÷ (ganadas + perdidas): de las oportunidades cerradas procedentes de traspasos, la proporción ganada; vacío si no se cerró ninguna.</translation>
    </message>
    <message>
        <source>Velocity to opportunity (median, p90)</source>
        <translation>Velocidad hasta oportunidad (mediana, p90)</translation>
    </message>
    <message>
        <source>Calendar days from handoff to opportunity, over the handoffs that became one: the median (the mean of the two middle values for an even count) and the 90th percentile (nearest rank: the smallest value at or above 90 % of them).</source>
        <translation>Días naturales desde el traspaso hasta la oportunidad, sobre los traspasos que se convirtieron en una: la mediana (la media de los dos valores centrales si el número es par) y el percentil 90 (rango más cercano: el menor valor igual o superior al 90 % de ellos).</translation>
    </message>
    <message>
        <source>Velocity to won (median, p90)</source>
        <translation>Velocidad hasta ganada (mediana, p90)</translation>
    </message>
    <message>
        <source>Calendar days from handoff to the close of a won opportunity, over the won handoffs; median and 90th percentile as for velocity to opportunity.</source>
        <translation>Días naturales desde el traspaso hasta el cierre de una oportunidad ganada, sobre los traspasos ganados; mediana y percentil 90 como en la velocidad hasta oportunidad.</translation>
    </message>
    <message>
        <source>Pipeline per handoff</source>
        <translation>Pipeline por traspaso</translation>
    </message>
    <message>
        <source>Sum of the opportunity amounts of the handoffs ÷ all handoffs (yield).</source>
        <translation>Suma de los importes de oportunidad de los traspasos ÷ todos los traspasos (rendimiento).</translation>
    </message>
    <message>
        <source>Won per handoff</source>
        <translation>Ganado por traspaso</translation>
    </message>
    <message>
        <source>Sum of the won amounts of the handoffs ÷ all handoffs (yield).</source>
        <translation>Suma de los importes ganados de los traspasos ÷ todos los traspasos (rendimiento).</translation>
    </message>
    <message>
        <source>SLA compliance</source>
        <translation>Cumplimiento del SLA</translation>
    </message>
    <message>
        <source>Met ÷ decided, as of the workspace&apos;s data date: met = first touch at or before the SLA due time; decided = touched, or untouched with the due time passed. Handoffs without an SLA policy are in neither.</source>
        <translation>Cumplidos ÷ decididos, a la fecha de datos del espacio de trabajo: cumplido = primer contacto en la hora de vencimiento del SLA o antes; decidido = contactado, o sin contacto con la hora de vencimiento ya pasada. Los traspasos sin política de SLA no entran en ninguno.</translation>
    </message>
    <message>
        <source>Time to first touch (median, p90)</source>
        <translation>Tiempo hasta el primer contacto (mediana, p90)</translation>
    </message>
    <message>
        <source>Business minutes from handoff to the first touch, on the calendar the handoff&apos;s SLA runs on, over the touched handoffs; median and 90th percentile as for velocity.</source>
        <translation>Minutos laborables desde el traspaso hasta el primer contacto, según el calendario en que corre el SLA del traspaso, sobre los traspasos contactados; mediana y percentil 90 como en la velocidad.</translation>
    </message>
    <message>
        <source>Leakage: unassigned or fallback</source>
        <translation>Fugas: sin asignar o en respaldo</translation>
    </message>
    <message>
        <source>Handoffs without an owner or routed to the fallback queue, and their share of all handoffs.</source>
        <translation>Traspasos sin responsable o enrutados a la cola de respaldo, y su proporción sobre todos los traspasos.</translation>
    </message>
    <message>
        <source>Leakage: untouched past SLA</source>
        <translation>Fugas: sin contacto tras el SLA</translation>
    </message>
    <message>
        <source>Handoffs never touched whose SLA due time has passed, and their share of all handoffs.</source>
        <translation>Traspasos nunca contactados cuya hora de vencimiento del SLA ya ha pasado, y su proporción sobre todos los traspasos.</translation>
    </message>
    <message>
        <source>Leakage: rejected with a reason</source>
        <translation>Fugas: rechazados con motivo</translation>
    </message>
    <message>
        <source>Handoffs Sales rejected with a reason (they go to that reason&apos;s recycle play), and their share.</source>
        <translation>Traspasos que Ventas rechazó con un motivo (pasan a la jugada de reciclaje de ese motivo), y su proporción.</translation>
    </message>
    <message>
        <source>Leakage: rejected without a reason</source>
        <translation>Fugas: rechazados sin motivo</translation>
    </message>
    <message>
        <source>Rejected handoffs with no reason recorded (imported history): no recycle play can pick them up.</source>
        <translation>Traspasos rechazados sin motivo registrado (historial importado): ninguna jugada de reciclaje puede recogerlos.</translation>
    </message>
    <message>
        <source>Leakage: accepted, never converted</source>
        <translation>Fugas: aceptados, nunca convertidos</translation>
    </message>
    <message>
        <source>Handoffs Sales accepted that have no opportunity, and their share of all handoffs.</source>
        <translation>Traspasos que Ventas aceptó y que no tienen oportunidad, y su proporción sobre todos los traspasos.</translation>
    </message>
    <message>
        <source>Leakage funnel</source>
        <translation>Embudo de fugas</translation>
    </message>
    <message>
        <source>The five leaks above ranked by count. They are counted one by one, so a handoff can be in two (routed to the fallback queue, then rejected).</source>
        <translation>Las cinco fugas anteriores, ordenadas por número. Se cuentan una a una, así que un traspaso puede estar en dos (enrutado a la cola de respaldo y después rechazado).</translation>
    </message>
    <message>
        <source>Recycled: came back</source>
        <translation>Reciclados: volvieron</translation>
    </message>
    <message>
        <source>Rejected handoffs from which a later handoff was recycled (handed off again by the play).</source>
        <translation>Traspasos rechazados de los que se recicló un traspaso posterior (traspasado de nuevo por la jugada).</translation>
    </message>
    <message>
        <source>Recycled: converted</source>
        <translation>Reciclados: convertidos</translation>
    </message>
    <message>
        <source>Rejected handoffs whose recycled handoff became an opportunity.</source>
        <translation>Traspasos rechazados cuyo traspaso reciclado se convirtió en oportunidad.</translation>
    </message>
    <message>
        <source>Governance gap</source>
        <translation>Laguna de gobernanza</translation>
    </message>
    <message>
        <source>A rejection reason with no recycle play: handoffs rejected with it go nowhere.</source>
        <translation>Un motivo de rechazo sin jugada de reciclaje: los traspasos rechazados con él no van a ninguna parte.</translation>
    </message>
    <message>
        <source>Account stage</source>
        <translation>Etapa de la cuenta</translation>
    </message>
    <message>
        <source>The furthest lifecycle stage any of the account&apos;s handoffs is in now: funnel stages by their order, before the stages beside the funnel (Nurture, Disqualified).</source>
        <translation>La etapa del ciclo de vida más avanzada en la que está ahora cualquiera de los traspasos de la cuenta: las etapas del embudo según su orden, antes que las etapas al margen del embudo (Nurture, Disqualified).</translation>
    </message>
    <message>
        <source>Handled by the account owner</source>
        <translation>Gestionado por el responsable de la cuenta</translation>
    </message>
    <message>
        <source>Of an account&apos;s handoffs, the share owned by the account&apos;s owner: how much of the account motion stays with one person.</source>
        <translation>De los traspasos de una cuenta, la proporción cuyo responsable es el responsable de la cuenta: cuánto de la acción comercial sobre la cuenta se queda en una sola persona.</translation>
    </message>
</context>
<context>
    <name>baton::KpiDimensions</name>
    <message>
        <source>Week</source>
        <translation>Semana</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segmento</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Campaign / offer</source>
        <translation>Campaña / oferta</translation>
    </message>
    <message>
        <source>Signal type</source>
        <translation>Tipo de señal</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Territorio</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Rejection reason</source>
        <translation>Motivo de rechazo</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a dimension; use one of: %2.</source>
        <translation>&apos;%1&apos; no es una dimensión; use una de estas: %2.</translation>
    </message>
    <message>
        <source>week</source>
        <comment>inside a sentence</comment>
        <translation>semana</translation>
    </message>
    <message>
        <source>segment</source>
        <comment>inside a sentence</comment>
        <translation>segmento</translation>
    </message>
    <message>
        <source>source</source>
        <comment>inside a sentence</comment>
        <translation>origen</translation>
    </message>
    <message>
        <source>campaign / offer</source>
        <comment>inside a sentence</comment>
        <translation>campaña / oferta</translation>
    </message>
    <message>
        <source>signal type</source>
        <comment>inside a sentence</comment>
        <translation>tipo de señal</translation>
    </message>
    <message>
        <source>owner</source>
        <comment>inside a sentence</comment>
        <translation>responsable</translation>
    </message>
    <message>
        <source>team</source>
        <comment>inside a sentence</comment>
        <translation>equipo</translation>
    </message>
    <message>
        <source>territory</source>
        <comment>inside a sentence</comment>
        <translation>territorio</translation>
    </message>
    <message>
        <source>account</source>
        <comment>inside a sentence</comment>
        <translation>cuenta</translation>
    </message>
    <message>
        <source>rejection reason</source>
        <comment>inside a sentence</comment>
        <translation>motivo de rechazo</translation>
    </message>
</context>
<context>
    <name>baton::KpiFilterBar</name>
    <message>
        <source>From week</source>
        <translation>Desde la semana</translation>
    </message>
    <message>
        <source>To week</source>
        <translation>Hasta la semana</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segmento</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Campaign / offer</source>
        <translation>Campaña / oferta</translation>
    </message>
    <message>
        <source>Signal type</source>
        <translation>Tipo de señal</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>Weeks</source>
        <translation>Semanas</translation>
    </message>
    <message>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Borrar filtros</translation>
    </message>
    <message>
        <source>Clear every filter and drill-down</source>
        <translation>Borrar todos los filtros y desgloses</translation>
    </message>
    <message>
        <source>first</source>
        <translation>primera</translation>
    </message>
    <message>
        <source>last</source>
        <translation>última</translation>
    </message>
    <message>
        <source>All segments</source>
        <translation>Todos los segmentos</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>Todos los orígenes</translation>
    </message>
    <message>
        <source>All campaigns</source>
        <translation>Todas las campañas</translation>
    </message>
    <message>
        <source>All signal types</source>
        <translation>Todos los tipos de señal</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>Todos los equipos</translation>
    </message>
    <message>
        <source>All handoffs. Click a bar or a point in a chart to narrow the dashboard to it and see the handoffs behind it.</source>
        <translation>Todos los traspasos. Haga clic en una barra o un punto de un gráfico para acotar el panel a ese valor y ver los traspasos que hay detrás.</translation>
    </message>
    <message>
        <source>Showing: %1</source>
        <translation>Mostrando: %1</translation>
    </message>
    <message>
        <source>week %1</source>
        <translation>semana %1</translation>
    </message>
    <message>
        <source>weeks %1 to %2</source>
        <translation>semanas %1 a %2</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(eliminado)</translation>
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
        <translation>%1 mil M</translation>
    </message>
    <message>
        <source>%1 M</source>
        <comment>millions, abbreviated</comment>
        <translation>%1 M</translation>
    </message>
    <message>
        <source>%1 K</source>
        <comment>thousands, abbreviated</comment>
        <translation>%1 mil</translation>
    </message>
</context>
<context>
    <name>baton::KpiLabels</name>
    <message>
        <source>(unassigned)</source>
        <translation>(sin asignar)</translation>
    </message>
    <message>
        <source>(no reason)</source>
        <translation>(sin motivo)</translation>
    </message>
    <message>
        <source>(no account)</source>
        <translation>(sin cuenta)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>(%1 deleted)</source>
        <translation>(%1 eliminado)</translation>
    </message>
    <message>
        <source>All handoffs</source>
        <translation>Todos los traspasos</translation>
    </message>
</context>
<context>
    <name>baton::KpiTableModel</name>
    <message>
        <source>Handoffs</source>
        <translation>Traspasos</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Aceptados</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rechazados</translation>
    </message>
    <message>
        <source>Acceptance</source>
        <translation>Aceptación</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Oportunidades</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>Conversión</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Ganadas</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>Tasa de éxito</translation>
    </message>
    <message>
        <source>Days to opp. (median)</source>
        <translation>Días a oport. (mediana)</translation>
    </message>
    <message>
        <source>Days to opp. (p90)</source>
        <translation>Días a oport. (p90)</translation>
    </message>
    <message>
        <source>Days to won (median)</source>
        <translation>Días a ganada (mediana)</translation>
    </message>
    <message>
        <source>Pipeline / handoff</source>
        <translation>Pipeline / traspaso</translation>
    </message>
    <message>
        <source>Won / handoff</source>
        <translation>Ganado / traspaso</translation>
    </message>
    <message>
        <source>SLA compliance</source>
        <translation>Cumplimiento del SLA</translation>
    </message>
    <message>
        <source>First touch, min (median)</source>
        <translation>Primer contacto, min (mediana)</translation>
    </message>
    <message>
        <source>First touch, min (p90)</source>
        <translation>Primer contacto, min (p90)</translation>
    </message>
    <message>
        <source>Rejected w/o reason</source>
        <translation>Rechazados sin motivo</translation>
    </message>
    <message>
        <source>Unassigned/fallback</source>
        <translation>Sin asignar/respaldo</translation>
    </message>
    <message>
        <source>Untouched past SLA</source>
        <translation>Sin contacto tras el SLA</translation>
    </message>
</context>
<context>
    <name>baton::KpiTiles</name>
    <message>
        <source>Handoffs</source>
        <translation>Traspasos</translation>
    </message>
    <message>
        <source>Acceptance</source>
        <translation>Aceptación</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>Conversión</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>Tasa de éxito</translation>
    </message>
    <message>
        <source>Days to opportunity</source>
        <translation>Días hasta oportunidad</translation>
    </message>
    <message>
        <source>Days to won</source>
        <translation>Días hasta ganada</translation>
    </message>
    <message>
        <source>Pipeline / handoff</source>
        <translation>Pipeline / traspaso</translation>
    </message>
    <message>
        <source>SLA compliance</source>
        <translation>Cumplimiento del SLA</translation>
    </message>
    <message>
        <source>First touch (min)</source>
        <translation>Primer contacto (min)</translation>
    </message>
    <message>
        <source>open: %1</source>
        <translation>abiertos: %1</translation>
    </message>
    <message>
        <source>rejected: %1</source>
        <translation>rechazados: %1</translation>
    </message>
    <message>
        <source>opportunities: %1</source>
        <translation>oportunidades: %1</translation>
    </message>
    <message>
        <source>won: %1</source>
        <translation>ganadas: %1</translation>
    </message>
    <message>
        <source>p90 %1</source>
        <translation>p90 %1</translation>
    </message>
    <message>
        <source>met: %1 of %2</source>
        <translation>cumplidos: %1 de %2</translation>
    </message>
</context>
<context>
    <name>baton::LeadCsvReader</name>
    <message>
        <source>Cannot read the leads file %1: %2</source>
        <translation>No se puede leer el archivo de leads %1: %2</translation>
    </message>
    <message>
        <source>The CSV reader could not start.</source>
        <translation>No se pudo iniciar el lector de CSV.</translation>
    </message>
    <message>
        <source>The leads file is not valid CSV (%1).</source>
        <translation>El archivo de leads no es un CSV válido (%1).</translation>
    </message>
    <message>
        <source>The leads file is empty; it needs a header row naming its columns (%1).</source>
        <translation>El archivo de leads está vacío; necesita una fila de encabezado con los nombres de sus columnas (%1).</translation>
    </message>
    <message>
        <source>The leads file has no signal_type column. Its header must name the columns it has, of: %1.</source>
        <translation>El archivo de leads no tiene la columna signal_type. Su encabezado debe nombrar las columnas que tiene, de entre: %1.</translation>
    </message>
    <message>
        <source>Line %1: employees &quot;%2&quot; is not a whole number; the size counts as unknown.</source>
        <translation>Línea %1: employees &quot;%2&quot; no es un número entero; el tamaño se considera desconocido.</translation>
    </message>
    <message>
        <source>Line %1: revenue &quot;%2&quot; is not a number; the revenue counts as unknown.</source>
        <translation>Línea %1: revenue &quot;%2&quot; no es un número; la facturación se considera desconocida.</translation>
    </message>
    <message>
        <source>Line %1: day &quot;%2&quot; is not a date like 2026-11-20; the as-of day is used.</source>
        <translation>Línea %1: day &quot;%2&quot; no es una fecha como 2026-11-20; se usa el día de referencia.</translation>
    </message>
</context>
<context>
    <name>baton::LeadResolver</name>
    <message>
        <source>Line %1: there is no signal type &quot;%2&quot;; only rules without a signal condition can take it.</source>
        <translation>Línea %1: no hay ningún tipo de señal &quot;%2&quot;; solo pueden asumirlo las reglas sin condición de señal.</translation>
    </message>
    <message>
        <source>Line %1: there is no industry &quot;%2&quot;; the industry counts as unknown.</source>
        <translation>Línea %1: no hay ningún sector &quot;%2&quot;; el sector se considera desconocido.</translation>
    </message>
</context>
<context>
    <name>baton::Leakage</name>
    <message>
        <source>Unassigned or fallback</source>
        <translation>Sin asignar o en respaldo</translation>
    </message>
    <message>
        <source>Untouched past SLA</source>
        <translation>Sin contacto tras el SLA</translation>
    </message>
    <message>
        <source>Rejected with reason</source>
        <translation>Rechazados con motivo</translation>
    </message>
    <message>
        <source>Rejected, no reason</source>
        <translation>Rechazados sin motivo</translation>
    </message>
    <message>
        <source>Accepted, no opportunity</source>
        <translation>Aceptados sin oportunidad</translation>
    </message>
</context>
<context>
    <name>baton::LeakageChart</name>
    <message>
        <source>Where handoffs leak (share of handoffs)</source>
        <translation>Dónde se fugan los traspasos (proporción de traspasos)</translation>
    </message>
    <message>
        <source>Leakage funnel</source>
        <translation>Embudo de fugas</translation>
    </message>
    <message>
        <source>Share of handoffs</source>
        <translation>Proporción de traspasos</translation>
    </message>
    <message>
        <source>Click to see these handoffs.</source>
        <translation>Haga clic para ver estos traspasos.</translation>
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
        <translation>Pasos del flujo de trabajo y páginas</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>New &amp;Demo Workspace…</source>
        <translation>Nuevo espacio de trabajo de &amp;demostración…</translation>
    </message>
    <message>
        <source>Create a workspace filled with realistic sample data</source>
        <translation>Crear un espacio de trabajo con datos de ejemplo realistas</translation>
    </message>
    <message>
        <source>&amp;New Workspace…</source>
        <translation>&amp;Nuevo espacio de trabajo…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;recientes</translation>
    </message>
    <message>
        <source>Save a &amp;Copy As…</source>
        <translation>Guardar una &amp;copia como…</translation>
    </message>
    <message>
        <source>&amp;Close Workspace</source>
        <translation>&amp;Cerrar espacio de trabajo</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;About Baton</source>
        <translation>&amp;Acerca de Baton</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <source>Cannot open workspace</source>
        <translation>No se puede abrir el espacio de trabajo</translation>
    </message>
    <message>
        <source>Upgraded the workspace; the previous version was saved as %1</source>
        <translation>Se actualizó el espacio de trabajo; la versión anterior se guardó como %1</translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation>Abrir espacio de trabajo</translation>
    </message>
    <message>
        <source>New Workspace</source>
        <translation>Nuevo espacio de trabajo</translation>
    </message>
    <message>
        <source>%1 exists and cannot be replaced.</source>
        <translation>%1 existe y no se puede reemplazar.</translation>
    </message>
    <message>
        <source>New Demo Workspace</source>
        <translation>Nuevo espacio de trabajo de demostración</translation>
    </message>
    <message>
        <source>Generating the demo workspace…</source>
        <translation>Generando el espacio de trabajo de demostración…</translation>
    </message>
    <message>
        <source>Save a Copy As</source>
        <translation>Guardar una copia como</translation>
    </message>
    <message>
        <source> (copy).baton</source>
        <translation> (copia).baton</translation>
    </message>
    <message>
        <source>Choose a different file than the open workspace.</source>
        <translation>Elija un archivo distinto del espacio de trabajo abierto.</translation>
    </message>
    <message>
        <source>Saved a copy as %1</source>
        <translation>Se guardó una copia como %1</translation>
    </message>
    <message>
        <source>No recent workspaces</source>
        <translation>No hay espacios de trabajo recientes</translation>
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
        <translation>No hay ningún espacio de trabajo abierto</translation>
    </message>
    <message>
        <source>About Baton</source>
        <translation>Acerca de Baton</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Baton %1&lt;/h3&gt;&lt;p&gt;Governs the Marketing to Sales lead handoff as a measurable contract: Define, Map, Instrument, Route, Enforce, Feedback, Optimize.&lt;/p&gt;&lt;p&gt;Built with Qt %2, running on Qt %3.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Baton %1&lt;/h3&gt;&lt;p&gt;Gobierna el traspaso de leads de Marketing a Ventas como un contrato medible: Definir, Mapear, Instrumentar, Enrutar, Hacer cumplir, Retroalimentación, Optimizar.&lt;/p&gt;&lt;p&gt;Compilado con Qt %2, ejecutándose en Qt %3.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Baton workspaces (*.baton);;All files (*)</source>
        <translation>Espacios de trabajo de Baton (*.baton);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Page title</source>
        <translation>Título de la página</translation>
    </message>
    <message>
        <source>What the page holds</source>
        <translation>Qué contiene la página</translation>
    </message>
    <message>
        <source>Current page</source>
        <translation>Página actual</translation>
    </message>
    <message>
        <source>Open workspace file</source>
        <translation>Archivo del espacio de trabajo abierto</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Importar CSV…</translation>
    </message>
    <message>
        <source>Import a CRM&apos;s CSV export: handoffs, accounts or owners, with a preview first</source>
        <translation>Importar la exportación CSV de un CRM: traspasos, cuentas o responsables, con una vista previa antes</translation>
    </message>
    <message>
        <source>&amp;Export Scorecard…</source>
        <translation>&amp;Exportar cuadro de mando…</translation>
    </message>
    <message>
        <source>Write the week&apos;s PDF scorecard for the governance meeting</source>
        <translation>Generar el cuadro de mando (scorecard) en PDF de la semana para la reunión de gobernanza</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <source>&amp;Command Palette…</source>
        <translation>Paleta de &amp;comandos…</translation>
    </message>
    <message>
        <source>Jump to any page, command, signal type, owner or routing rule by typing its name</source>
        <translation>Saltar a cualquier página, comando, tipo de señal, responsable o regla de enrutamiento escribiendo su nombre</translation>
    </message>
    <message>
        <source>&amp;Next Page</source>
        <translation>Página &amp;siguiente</translation>
    </message>
    <message>
        <source>&amp;Previous Page</source>
        <translation>Página &amp;anterior</translation>
    </message>
    <message>
        <source>Switch Between Navigation and Page</source>
        <translation>Alternar entre navegación y página</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Tema</translation>
    </message>
    <message>
        <source>&amp;Reload Page</source>
        <translation>&amp;Recargar página</translation>
    </message>
    <message>
        <source>Read the current page again from the workspace</source>
        <translation>Volver a leer la página actual desde el espacio de trabajo</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>&amp;Pantalla completa</translation>
    </message>
    <message>
        <source>The new language applies when Baton next starts.</source>
        <translation>El nuevo idioma se aplicará la próxima vez que se inicie Baton.</translation>
    </message>
    <message>
        <source>Import CSV</source>
        <translation>Importar CSV</translation>
    </message>
    <message>
        <source>An import adds to a workspace. Create a new workspace for it, or open an existing one?</source>
        <translation>Una importación añade datos a un espacio de trabajo. ¿Crear un espacio de trabajo nuevo para ella o abrir uno existente?</translation>
    </message>
    <message>
        <source>Export Scorecard</source>
        <translation>Exportar cuadro de mando</translation>
    </message>
    <message>
        <source>Wrote the scorecard to %1</source>
        <translation>Se escribió el cuadro de mando en %1</translation>
    </message>
</context>
<context>
    <name>baton::MappingDefinition</name>
    <message>
        <source>The mapping is not valid JSON: %1 (at character %2).</source>
        <translation>La asignación no es un JSON válido: %1 (en el carácter %2).</translation>
    </message>
    <message>
        <source>The mapping must be a JSON object with &quot;entity&quot; and &quot;columns&quot;.</source>
        <translation>La asignación debe ser un objeto JSON con &quot;entity&quot; y &quot;columns&quot;.</translation>
    </message>
    <message>
        <source>The mapping has an unknown setting &quot;%1&quot;; the settings are: %2.</source>
        <translation>La asignación tiene un ajuste desconocido &quot;%1&quot;; los ajustes son: %2.</translation>
    </message>
    <message>
        <source>The mapping is in format %1; this Baton reads format %2.</source>
        <translation>La asignación está en el formato %1; esta versión de Baton lee el formato %2.</translation>
    </message>
    <message>
        <source>The mapping imports &quot;%1&quot;; it can import handoff, account or owner.</source>
        <translation>La asignación importa &quot;%1&quot;; puede importar handoff, account u owner.</translation>
    </message>
    <message>
        <source>The delimiter &quot;%1&quot; is not one of auto, &quot;,&quot;, &quot;;&quot;, &quot;|&quot; or tab.</source>
        <translation>El delimitador &quot;%1&quot; no es ninguno de auto, &quot;,&quot;, &quot;;&quot;, &quot;|&quot; o tab.</translation>
    </message>
    <message>
        <source>The decimal separator must be &quot;.&quot; or &quot;,&quot;, not &quot;%1&quot;.</source>
        <translation>El separador decimal debe ser &quot;.&quot; o &quot;,&quot;, no &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The time zone &quot;%1&quot; is not an IANA time zone such as Europe/Berlin.</source>
        <translation>La zona horaria &quot;%1&quot; no es una zona horaria IANA como Europe/Berlin.</translation>
    </message>
    <message>
        <source>The mode &quot;%1&quot; is not upsert, insert or update.</source>
        <translation>El modo &quot;%1&quot; no es upsert, insert ni update.</translation>
    </message>
    <message>
        <source>An import of %1 cannot be keyed by &quot;%2&quot;; the keys are: %3.</source>
        <translation>Una importación de %1 no puede usar &quot;%2&quot; como clave; las claves son: %3.</translation>
    </message>
    <message>
        <source>An update needs a key: the field that finds the records to update.</source>
        <translation>Una actualización necesita una clave: el campo que encuentra los registros que actualizar.</translation>
    </message>
    <message>
        <source>&quot;duplicates&quot; must be import or keep_aside, not &quot;%1&quot;.</source>
        <translation>&quot;duplicates&quot; debe ser import o keep_aside, no &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The mapping needs &quot;columns&quot;: a list of {&quot;column&quot;: ..., &quot;field&quot;: ...}.</source>
        <translation>La asignación necesita &quot;columns&quot;: una lista de {&quot;column&quot;: ..., &quot;field&quot;: ...}.</translation>
    </message>
    <message>
        <source>The mapping has more than 1000 column rules.</source>
        <translation>La asignación tiene más de 1000 reglas de columna.</translation>
    </message>
    <message>
        <source>Column rule %1 is not an object.</source>
        <translation>La regla de columna %1 no es un objeto.</translation>
    </message>
    <message>
        <source>Column rule %1 has an unknown setting &quot;%2&quot;.</source>
        <translation>La regla de columna %1 tiene un ajuste desconocido &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Column rule %1: &quot;column&quot; must be a column name or a list of names.</source>
        <translation>Regla de columna %1: &quot;column&quot; debe ser un nombre de columna o una lista de nombres.</translation>
    </message>
    <message>
        <source>Column rule %1 feeds &quot;%2&quot;, which is not a field of %3.</source>
        <translation>La regla de columna %1 alimenta &quot;%2&quot;, que no es un campo de %3.</translation>
    </message>
    <message>
        <source>Column rule %1 (%2) names neither a column nor a value.</source>
        <translation>La regla de columna %1 (%2) no nombra ni una columna ni un valor.</translation>
    </message>
    <message>
        <source>Column rule %1 (%2) names both a column and a fixed value; use one.</source>
        <translation>La regla de columna %1 (%2) nombra a la vez una columna y un valor fijo; use solo uno.</translation>
    </message>
    <message>
        <source>Column rule %1: only text fields can be appended to, not %2.</source>
        <translation>Regla de columna %1: solo se puede añadir texto a campos de texto, no a %2.</translation>
    </message>
    <message>
        <source>Column rule %1: the date format &quot;%2&quot; is not one of %3.</source>
        <translation>Regla de columna %1: el formato de fecha &quot;%2&quot; no es ninguno de %3.</translation>
    </message>
    <message>
        <source>Column rule %1: &quot;values&quot; must be an object of {&quot;file value&quot;: &quot;Baton value&quot;}.</source>
        <translation>Regla de columna %1: &quot;values&quot; debe ser un objeto de {&quot;valor del archivo&quot;: &quot;valor de Baton&quot;}.</translation>
    </message>
    <message>
        <source>Column rule %1: the translation of &quot;%2&quot; must be text.</source>
        <translation>Regla de columna %1: la traducción de &quot;%2&quot; debe ser texto.</translation>
    </message>
    <message>
        <source>Column rule %1: &quot;unknown&quot; must be keep, keep_aside, blank or create, not &quot;%2&quot;.</source>
        <translation>Regla de columna %1: &quot;unknown&quot; debe ser keep, keep_aside, blank o create, no &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Column rule %1: Baton cannot create a new %2 from an import; use keep_aside, blank or a translation to an existing value.</source>
        <translation>Regla de columna %1: Baton no puede crear un nuevo elemento de tipo %2 desde una importación; use keep_aside, blank o una traducción a un valor existente.</translation>
    </message>
    <message>
        <source>Column rule %1: %2 values must be ones the workspace knows; use keep_aside, blank or create.</source>
        <translation>Regla de columna %1: los valores de %2 deben ser valores que conozca el espacio de trabajo; use keep_aside, blank o create.</translation>
    </message>
    <message>
        <source>Column rule %1: &quot;scale&quot; must be a non-zero number.</source>
        <translation>Regla de columna %1: &quot;scale&quot; debe ser un número distinto de cero.</translation>
    </message>
    <message>
        <source>The mapping maps no columns.</source>
        <translation>La asignación no asigna ninguna columna.</translation>
    </message>
    <message>
        <source>The mapping is keyed by %1 but no column feeds it.</source>
        <translation>La asignación usa %1 como clave, pero ninguna columna lo alimenta.</translation>
    </message>
</context>
<context>
    <name>baton::MaturityEvidence</name>
    <message>
        <source>%1 Supports stage 3.</source>
        <translation>%1 Respalda el nivel 3.</translation>
    </message>
    <message>
        <source>%1 Supports stage %2; stage %3 needs %4.</source>
        <translation>%1 Respalda el nivel %2; el nivel %3 necesita %4.</translation>
    </message>
    <message>
        <source>No handoffs in the week: nothing shows the rule is kept.</source>
        <translation>No hay traspasos en la semana: nada muestra que se cumpla la regla.</translation>
    </message>
    <message>
        <source>Contract version %1 is active, signed by Sales, Marketing and RevOps.</source>
        <translation>La versión %1 del contrato está activa, firmada por Ventas, Marketing y RevOps.</translation>
    </message>
    <message>
        <source>Contract version %1 is active but signed by %2 of 3 parties.</source>
        <translation>La versión %1 del contrato está activa, pero la han firmado %2 de 3 partes.</translation>
    </message>
    <message>
        <source>No contract version is active; a draft is signed by %1 of 3 parties.</source>
        <translation>No hay ninguna versión del contrato activa; un borrador lo han firmado %1 de 3 partes.</translation>
    </message>
    <message>
        <source>No contract version is active or signed.</source>
        <translation>No hay ninguna versión del contrato activa ni firmada.</translation>
    </message>
    <message>
        <source>%1 of %2 handoffs (%3) break the contract or the stage map.</source>
        <translation>%1 de %2 traspasos (%3) incumplen el contrato o el mapa de etapas.</translation>
    </message>
    <message>
        <source>No routing rule set was active.</source>
        <translation>No había ningún conjunto de reglas de enrutamiento activo.</translation>
    </message>
    <message>
        <source>%1 of %2 scenarios reach no owner at all.</source>
        <translation>%1 de %2 escenarios no llegan a ningún responsable.</translation>
    </message>
    <message>
        <source>%1 of %2 scenarios reach only the fallback queue.</source>
        <translation>%1 de %2 escenarios solo llegan a la cola de respaldo.</translation>
    </message>
    <message>
        <source>The coverage model defines no scenario (a signal type, territory, segment or industry is missing), so nothing shows that leads reach an owner.</source>
        <translation>El modelo de cobertura no define ningún escenario (falta un tipo de señal, territorio, segmento o sector), así que nada muestra que los leads lleguen a un responsable.</translation>
    </message>
    <message>
        <source>All %1 scenarios reach an owner by rule.</source>
        <translation>Los %1 escenarios llegan a un responsable mediante una regla.</translation>
    </message>
    <message>
        <source>%1 of %2 handoffs (%3) had no owner or went to the fallback queue.</source>
        <translation>%1 de %2 traspasos (%3) no tenían responsable o fueron a la cola de respaldo.</translation>
    </message>
    <message>
        <source>All %1 signal types have an SLA policy with an escalation ladder.</source>
        <translation>Los %1 tipos de señal tienen una política de SLA con escalera de escalado.</translation>
    </message>
    <message>
        <source>All %1 signal types have an SLA policy; %2 of %3 policies have no escalation ladder.</source>
        <translation>Los %1 tipos de señal tienen una política de SLA; %2 de %3 políticas no tienen escalera de escalado.</translation>
    </message>
    <message>
        <source>%1 of %2 signal types have an SLA policy.</source>
        <translation>%1 de %2 tipos de señal tienen una política de SLA.</translation>
    </message>
    <message>
        <source>A governance meeting was held in %1 of the last %2 weeks.</source>
        <translation>Se celebró una reunión de gobernanza en %1 de las últimas %2 semanas.</translation>
    </message>
    <message>
        <source>SLA compliance %1 (%2 of %3 decided handoffs met).</source>
        <translation>Cumplimiento del SLA %1 (%2 de %3 traspasos decididos cumplidos).</translation>
    </message>
    <message>
        <source>No handoff under an SLA was decided in the week.</source>
        <translation>No se decidió ningún traspaso sujeto a SLA en la semana.</translation>
    </message>
    <message>
        <source>%1 of %2 rejections (%3) have no reason.</source>
        <translation>%1 de %2 rechazos (%3) no tienen motivo.</translation>
    </message>
    <message>
        <source>No handoff of the week was rejected, so none lacks a reason.</source>
        <translation>No se rechazó ningún traspaso de la semana, así que a ninguno le falta motivo.</translation>
    </message>
    <message>
        <source>Every active rejection reason has a recycle play.</source>
        <translation>Todos los motivos de rechazo activos tienen una jugada de reciclaje.</translation>
    </message>
    <message>
        <source>1 active reason without a recycle play: %1.</source>
        <translation>1 motivo activo sin jugada de reciclaje: %1.</translation>
    </message>
    <message>
        <source>%1 active reasons without a recycle play: %2.</source>
        <translation>%1 motivos activos sin jugada de reciclaje: %2.</translation>
    </message>
    <message>
        <source>%1 of %2 handoffs (%3) lack a required timestamp.</source>
        <translation>A %1 de %2 traspasos (%3) les falta una marca de tiempo obligatoria.</translation>
    </message>
    <message>
        <source>%1 of %2 handoffs (%3) have timestamps out of order.</source>
        <translation>%1 de %2 traspasos (%3) tienen marcas de tiempo desordenadas.</translation>
    </message>
</context>
<context>
    <name>baton::MaturityGrid</name>
    <message>
        <source>Stage %1</source>
        <translation>Nivel %1</translation>
    </message>
    <message>
        <source>Self-assess…</source>
        <translation>Autoevaluar…</translation>
    </message>
    <message>
        <source>Record the team&apos;s own view of this dimension, with a date and a note (undoable).</source>
        <translation>Registrar la valoración del propio equipo sobre esta dimensión, con fecha y una nota (se puede deshacer).</translation>
    </message>
    <message>
        <source>Self-assess %1</source>
        <translation>Autoevaluar %1</translation>
    </message>
    <message>
        <source>EVIDENCE</source>
        <translation>EVIDENCIA</translation>
    </message>
    <message>
        <source>TEAM</source>
        <translation>EQUIPO</translation>
    </message>
    <message>
        <source>Evidence: stage %1</source>
        <translation>Evidencia: nivel %1</translation>
    </message>
    <message>
        <source>Team: stage %1 (%2)</source>
        <translation>Equipo: nivel %1 (%2)</translation>
    </message>
    <message>
        <source>rosier than the evidence</source>
        <translation>más optimista que la evidencia</translation>
    </message>
    <message>
        <source>Team: not assessed yet</source>
        <translation>Equipo: aún sin evaluar</translation>
    </message>
</context>
<context>
    <name>baton::MaturityMatrix</name>
    <message>
        <source>Definitions</source>
        <translation>Definiciones</translation>
    </message>
    <message>
        <source>Routing</source>
        <translation>Enrutamiento</translation>
    </message>
    <message>
        <source>SLAs</source>
        <translation>SLA</translation>
    </message>
    <message>
        <source>Feedback loop</source>
        <translation>Ciclo de retroalimentación</translation>
    </message>
    <message>
        <source>Measurement</source>
        <translation>Medición</translation>
    </message>
    <message>
        <source>Friction &amp; disputes</source>
        <translation>Fricción y disputas</translation>
    </message>
    <message>
        <source>Partially aligned</source>
        <translation>Parcialmente alineados</translation>
    </message>
    <message>
        <source>Governed + predictable</source>
        <translation>Gobernado y predecible</translation>
    </message>
    <message>
        <source>Stage %1 · %2</source>
        <translation>Nivel %1 · %2</translation>
    </message>
    <message>
        <source>Marketing and Sales argue over what a qualified lead is; there is no written agreement, or nobody signed it.</source>
        <translation>Marketing y Ventas discuten sobre qué es un lead calificado; no hay ningún acuerdo escrito o nadie lo ha firmado.</translation>
    </message>
    <message>
        <source>A written definition exists but is not signed by all three parties or not enforced; many handoffs break it.</source>
        <translation>Existe una definición escrita, pero no la han firmado las tres partes o no se hace cumplir; muchos traspasos la incumplen.</translation>
    </message>
    <message>
        <source>One signed, versioned contract per signal type; stage rules are enforced and few handoffs break them.</source>
        <translation>Un contrato firmado y versionado por tipo de señal; las reglas de etapa se hacen cumplir y pocos traspasos las incumplen.</translation>
    </message>
    <message>
        <source>Leads wait in shared inboxes or reach nobody; who owns a lead is settled by hand.</source>
        <translation>Los leads esperan en bandejas de entrada compartidas o no llegan a nadie; quién es el responsable de un lead se decide a mano.</translation>
    </message>
    <message>
        <source>Rules route most leads, but some scenarios fall through to a catch-all queue.</source>
        <translation>Las reglas enrutan la mayoría de los leads, pero algunos escenarios acaban en una cola genérica.</translation>
    </message>
    <message>
        <source>Every scenario reaches a named owner or pool by rule; the fallback queue is rarely used.</source>
        <translation>Todos los escenarios llegan por regla a un responsable o grupo designado; la cola de respaldo apenas se usa.</translation>
    </message>
    <message>
        <source>No agreed response times; how fast a lead is followed up depends on who picks it up.</source>
        <translation>No hay tiempos de respuesta acordados; la rapidez del seguimiento de un lead depende de quién lo recoja.</translation>
    </message>
    <message>
        <source>Targets exist and are measured now and then; misses are discussed after the fact.</source>
        <translation>Hay objetivos y se miden de vez en cuando; los incumplimientos se comentan a posteriori.</translation>
    </message>
    <message>
        <source>Every signal type has a business-hours target with an escalation ladder, reviewed weekly and mostly met.</source>
        <translation>Cada tipo de señal tiene un objetivo en horario laboral con una escalera de escalado, revisado cada semana y cumplido en su mayoría.</translation>
    </message>
    <message>
        <source>Rejected leads disappear; Marketing does not learn why Sales turned them down.</source>
        <translation>Los leads rechazados desaparecen; Marketing no se entera de por qué Ventas los rechazó.</translation>
    </message>
    <message>
        <source>Sales gives reasons for most rejections; recycling is ad hoc.</source>
        <translation>Ventas da motivos para la mayoría de los rechazos; el reciclaje es improvisado.</translation>
    </message>
    <message>
        <source>Every rejection carries a reason and every reason triggers a defined recycle play.</source>
        <translation>Cada rechazo lleva un motivo y cada motivo desencadena una jugada de reciclaje definida.</translation>
    </message>
    <message>
        <source>Numbers come from spreadsheets and disagree; key timestamps are missing.</source>
        <translation>Las cifras salen de hojas de cálculo y no coinciden; faltan marcas de tiempo clave.</translation>
    </message>
    <message>
        <source>KPIs are reported, but gaps in the data make some of them unreliable.</source>
        <translation>Se informan KPI, pero las lagunas en los datos hacen que algunos no sean fiables.</translation>
    </message>
    <message>
        <source>KPIs come from complete, ordered timestamps and both teams trust them.</source>
        <translation>Los KPI salen de marcas de tiempo completas y ordenadas, y ambos equipos confían en ellos.</translation>
    </message>
    <message>
        <source>Signed contract</source>
        <translation>Contrato firmado</translation>
    </message>
    <message>
        <source>a contract version in force at the week&apos;s end, signed by Sales, Marketing and RevOps</source>
        <translation>una versión del contrato en vigor al final de la semana, firmada por Ventas, Marketing y RevOps</translation>
    </message>
    <message>
        <source>a contract version signed by at least one party (a draft under signature)</source>
        <translation>una versión del contrato firmada por al menos una parte (un borrador en proceso de firma)</translation>
    </message>
    <message>
        <source>Contract and stage rules kept</source>
        <translation>Reglas del contrato y de etapas cumplidas</translation>
    </message>
    <message>
        <source>at most %1 of the week&apos;s handoffs breaking the contract or the stage map (not qualified, missing context field, stage change the map does not allow)</source>
        <translation>como máximo un %1 de los traspasos de la semana que incumplan el contrato o el mapa de etapas (sin calificar, falta un campo de contexto, cambio de etapa que el mapa no permite)</translation>
    </message>
    <message>
        <source>at most %1 breaking them</source>
        <translation>como máximo un %1 que los incumplan</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Cobertura</translation>
    </message>
    <message>
        <source>no scenario without an owner and none reaching only the fallback queue, by coverage analysis of the rule set in force at the week&apos;s end</source>
        <translation>ningún escenario sin responsable y ninguno que solo llegue a la cola de respaldo, según el análisis de cobertura del conjunto de reglas en vigor al final de la semana</translation>
    </message>
    <message>
        <source>no scenario without an owner (some may reach only the fallback queue)</source>
        <translation>ningún escenario sin responsable (algunos pueden llegar solo a la cola de respaldo)</translation>
    </message>
    <message>
        <source>Fallback share</source>
        <translation>Proporción en respaldo</translation>
    </message>
    <message>
        <source>at most %1 of the week&apos;s handoffs without an owner or sent to the fallback queue</source>
        <translation>como máximo el %1 de los traspasos de la semana sin responsable o enviados a la cola de respaldo</translation>
    </message>
    <message>
        <source>at most %1 of them</source>
        <translation>como máximo el %1 de ellos</translation>
    </message>
    <message>
        <source>Policies and escalation</source>
        <translation>Políticas y escalado</translation>
    </message>
    <message>
        <source>an SLA policy for every signal type, each with an escalation ladder</source>
        <translation>una política de SLA para cada tipo de señal, cada una con una escalera de escalado</translation>
    </message>
    <message>
        <source>an SLA policy for every signal type</source>
        <translation>una política de SLA para cada tipo de señal</translation>
    </message>
    <message>
        <source>Weekly review</source>
        <translation>Revisión semanal</translation>
    </message>
    <message>
        <source>a governance meeting in at least %1 of the %2 weeks ending with the week</source>
        <translation>una reunión de gobernanza en al menos %1 de las %2 semanas que terminan con la semana</translation>
    </message>
    <message>
        <source>a governance meeting in at least %1 of those weeks</source>
        <translation>una reunión de gobernanza en al menos %1 de esas semanas</translation>
    </message>
    <message>
        <source>SLA compliance</source>
        <translation>Cumplimiento del SLA</translation>
    </message>
    <message>
        <source>SLA compliance of at least %1 over the week&apos;s handoffs</source>
        <translation>cumplimiento del SLA de al menos el %1 sobre los traspasos de la semana</translation>
    </message>
    <message>
        <source>SLA compliance of at least %1 (with nothing decided: stage 1)</source>
        <translation>cumplimiento del SLA de al menos el %1 (si no hay nada decidido: nivel 1)</translation>
    </message>
    <message>
        <source>Rejections with a reason</source>
        <translation>Rechazos con motivo</translation>
    </message>
    <message>
        <source>a reason on every one of the week&apos;s rejections</source>
        <translation>un motivo en cada uno de los rechazos de la semana</translation>
    </message>
    <message>
        <source>a reason on all but at most %1 of them</source>
        <translation>un motivo en todos salvo, como máximo, el %1 de ellos</translation>
    </message>
    <message>
        <source>A play for every reason</source>
        <translation>Una jugada para cada motivo</translation>
    </message>
    <message>
        <source>a recycle play for every active rejection reason</source>
        <translation>una jugada de reciclaje para cada motivo de rechazo activo</translation>
    </message>
    <message>
        <source>at most %1 active reason without a recycle play</source>
        <translation>como máximo %1 motivo activo sin jugada de reciclaje</translation>
    </message>
    <message>
        <source>Required timestamps present</source>
        <translation>Marcas de tiempo obligatorias presentes</translation>
    </message>
    <message>
        <source>at most %1 of the week&apos;s handoffs missing a timestamp the data standard requires at a stage they reached</source>
        <translation>como máximo el %1 de los traspasos de la semana sin una marca de tiempo que el estándar de datos exige en una etapa que alcanzaron</translation>
    </message>
    <message>
        <source>at most %1 missing one</source>
        <translation>como máximo el %1 sin alguna</translation>
    </message>
    <message>
        <source>Timestamps in order</source>
        <translation>Marcas de tiempo en orden</translation>
    </message>
    <message>
        <source>at most %1 of the week&apos;s handoffs with a timestamp earlier than one the lifecycle puts before it</source>
        <translation>como máximo el %1 de los traspasos de la semana con una marca de tiempo anterior a otra que el ciclo de vida sitúa antes</translation>
    </message>
    <message>
        <source>at most %1 with one</source>
        <translation>como máximo el %1 con alguna</translation>
    </message>
    <message>
        <source>Each rule supports stage 3 when its figure meets the stage-3 threshold, stage 2 when it meets the stage-2 threshold, else stage 1; a dimension&apos;s evidence stage is the lowest stage any of its rules supports. A week without handoffs supports stage 1 on every rule that is a share of the week&apos;s handoffs (nothing shows the rule is kept), and so does a coverage model that defines no scenario. Rates are over the handoffs handed off in the week assessed (ISO week in the workspace&apos;s time zone), judged as of the workspace&apos;s as-of instant, as on the Enforce and Optimize pages. For a past week the contract version, the routing rule set and the governance meetings are those in force at the week&apos;s end (the workspace keeps their history); SLA policies, escalation ladders, rejection reasons and plays, the coverage model and the data standard have no history, so today&apos;s are used.</source>
        <translation>Cada regla respalda el nivel 3 cuando su cifra alcanza el umbral del nivel 3, el nivel 2 cuando alcanza el umbral del nivel 2 y, si no, el nivel 1; el nivel de evidencia de una dimensión es el nivel más bajo que respalda cualquiera de sus reglas. Una semana sin traspasos respalda el nivel 1 en todas las reglas que son una proporción de los traspasos de la semana (nada muestra que se cumpla la regla), y lo mismo ocurre con un modelo de cobertura que no define ningún escenario. Las tasas se calculan sobre los traspasos realizados en la semana evaluada (semana ISO en la zona horaria del espacio de trabajo), evaluados en el instante de referencia del espacio de trabajo, igual que en las páginas Hacer cumplir y Optimizar. Para una semana pasada, la versión del contrato, el conjunto de reglas de enrutamiento y las reuniones de gobernanza son los que estaban en vigor al final de la semana (el espacio de trabajo conserva su historial); las políticas de SLA, las escaleras de escalado, los motivos de rechazo y sus jugadas, el modelo de cobertura y el estándar de datos no tienen historial, así que se usan los actuales.</translation>
    </message>
</context>
<context>
    <name>baton::MaturityPage</name>
    <message>
        <source>No workspace open</source>
        <translation>No hay ningún espacio de trabajo abierto</translation>
    </message>
    <message>
        <source>Open a workspace to see where its handoff process stands: the team&apos;s self-assessment next to the stage the evidence supports, dimension by dimension.</source>
        <translation>Abra un espacio de trabajo para ver en qué punto está su proceso de traspaso: la autoevaluación del equipo junto al nivel que respalda la evidencia, dimensión por dimensión.</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semana</translation>
    </message>
    <message>
        <source>Week assessed</source>
        <translation>Semana evaluada</translation>
    </message>
    <message>
        <source>The ISO week whose evidence is assessed (handoffs handed off in it).</source>
        <translation>La semana ISO cuya evidencia se evalúa (traspasos realizados en ella).</translation>
    </message>
    <message>
        <source>Matrix</source>
        <translation>Matriz</translation>
    </message>
    <message>
        <source>Over time</source>
        <translation>Evolución</translation>
    </message>
    <message>
        <source>Self-assessments</source>
        <translation>Autoevaluaciones</translation>
    </message>
    <message>
        <source>Evidence rules</source>
        <translation>Reglas de evidencia</translation>
    </message>
    <message>
        <source>What the evidence shows</source>
        <translation>Qué muestra la evidencia</translation>
    </message>
    <message>
        <source>The mean stage of the five dimensions each week: by the evidence, and by the team&apos;s self-assessment then (dimensions not assessed left out).</source>
        <translation>El nivel medio de las cinco dimensiones cada semana: según la evidencia y según la autoevaluación del equipo en ese momento (sin contar las dimensiones no evaluadas).</translation>
    </message>
    <message>
        <source>Each cell: the evidence stage of that week; ▲ n: the team&apos;s self-assessment then was n, higher than the evidence. Hover a cell for the reasons.</source>
        <translation>Cada celda: el nivel de evidencia de esa semana; ▲ n: la autoevaluación del equipo en ese momento era n, superior a la evidencia. Pase el cursor sobre una celda para ver los motivos.</translation>
    </message>
    <message>
        <source>Recompute history</source>
        <translation>Recalcular historial</translation>
    </message>
    <message>
        <source>Compute every week shown again from the data and replace its recorded snapshot.</source>
        <translation>Volver a calcular a partir de los datos cada semana mostrada y reemplazar su instantánea registrada.</translation>
    </message>
    <message>
        <source>Every self-assessment the team recorded, newest first. The matrix shows, per dimension, the latest one made on or before the week&apos;s last day. Changes can be undone (Ctrl+Z).</source>
        <translation>Todas las autoevaluaciones que ha registrado el equipo, las más recientes primero. La matriz muestra, por dimensión, la última hecha el último día de la semana o antes. Los cambios se pueden deshacer (Ctrl+Z).</translation>
    </message>
    <message>
        <source>Record…</source>
        <translation>Registrar…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>Dimensión</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regla</translation>
    </message>
    <message>
        <source>Stage 3 needs</source>
        <translation>El nivel 3 requiere</translation>
    </message>
    <message>
        <source>Stage 2 needs (else stage 1)</source>
        <translation>El nivel 2 requiere (si no, nivel 1)</translation>
    </message>
    <message>
        <source>The matrix</source>
        <translation>La matriz</translation>
    </message>
    <message>
        <source>Computing the evidence of week %1…</source>
        <translation>Calculando la evidencia de la semana %1…</translation>
    </message>
    <message>
        <source>The evidence could not be computed: %1</source>
        <translation>No se pudo calcular la evidencia: %1</translation>
    </message>
    <message>
        <source>Evidence of week %1, handoffs judged as of %2 UTC (computed in %3 ms).</source>
        <translation>Evidencia de la semana %1, traspasos evaluados a fecha de %2 UTC (calculada en %3 ms).</translation>
    </message>
    <message>
        <source>Computing the matrix of the last %1 weeks…</source>
        <translation>Calculando la matriz de las últimas %1 semanas…</translation>
    </message>
    <message>
        <source>The history could not be computed: %1</source>
        <translation>No se pudo calcular el historial: %1</translation>
    </message>
    <message>
        <source>%1: evidence stage %2</source>
        <translation>%1: nivel de evidencia %2</translation>
    </message>
    <message>
        <source>Team&apos;s self-assessment: stage %1 on %2</source>
        <translation>Autoevaluación del equipo: nivel %1 el %2</translation>
    </message>
    <message>
        <source>The team has not assessed this dimension yet.</source>
        <translation>El equipo aún no ha evaluado esta dimensión.</translation>
    </message>
    <message>
        <source>(one stage rosier than the evidence)</source>
        <translation>(un nivel más optimista que la evidencia)</translation>
    </message>
    <message>
        <source>(%1 stages rosier than the evidence)</source>
        <translation>(%1 niveles más optimista que la evidencia)</translation>
    </message>
    <message>
        <source>Recorded snapshot of the evidence of this week.</source>
        <translation>Instantánea registrada de la evidencia de esta semana.</translation>
    </message>
    <message>
        <source>Computed now: the week is not over, so nothing is recorded yet.</source>
        <translation>Calculado ahora: la semana no ha terminado, así que aún no se ha registrado nada.</translation>
    </message>
    <message>
        <source>evidence stage %1</source>
        <translation>nivel de evidencia %1</translation>
    </message>
    <message>
        <source>team stage %1</source>
        <translation>nivel del equipo %1</translation>
    </message>
    <message>
        <source>The evidence stage of each dimension, week by week. Each week is computed as of its end (the contract, rule set and meetings in force then) the first time it is shown and recorded once the week is over, so later weeks keep what the evidence said then. Recorded: %1 of the %2 weeks shown.</source>
        <translation>El nivel de evidencia de cada dimensión, semana a semana. Cada semana se calcula a su cierre (el contrato, el conjunto de reglas y las reuniones en vigor entonces) la primera vez que se muestra, y se registra una vez terminada la semana, para que las semanas posteriores conserven lo que decía la evidencia en ese momento. Registradas: %1 de las %2 semanas mostradas.</translation>
    </message>
    <message>
        <source>Mean stage of the five dimensions</source>
        <translation>Nivel medio de las cinco dimensiones</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidencia</translation>
    </message>
    <message>
        <source>Team&apos;s self-assessment</source>
        <translation>Autoevaluación del equipo</translation>
    </message>
    <message>
        <source>stage</source>
        <translation>nivel</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>Assessed on</source>
        <translation>Evaluado el</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Self-assess %1 at stage %2</source>
        <translation>Autoevaluar %1 en el nivel %2</translation>
    </message>
    <message>
        <source>Edit the self-assessment of %1</source>
        <translation>Editar la autoevaluación de %1</translation>
    </message>
    <message>
        <source>Remove the self-assessment of %1</source>
        <translation>Quitar la autoevaluación de %1</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;%1&quot;&gt;&amp;nbsp;Shaded&amp;nbsp;&lt;/span&gt;: the stage the evidence in the workspace supports. &lt;span style=&quot;%2&quot;&gt;&lt;b&gt;Outlined&lt;/b&gt;&lt;/span&gt;: the team&apos;s own self-assessment. A dimension&apos;s evidence stage is the lowest stage any of its rules supports (see Evidence rules).</source>
        <translation>&lt;span style=&quot;%1&quot;&gt;&amp;nbsp;Sombreado&amp;nbsp;&lt;/span&gt;: el nivel que respalda la evidencia del espacio de trabajo. &lt;span style=&quot;%2&quot;&gt;&lt;b&gt;Contorneado&lt;/b&gt;&lt;/span&gt;: la autoevaluación del propio equipo. El nivel de evidencia de una dimensión es el nivel más bajo que respalda cualquiera de sus reglas (véase Reglas de evidencia).</translation>
    </message>
</context>
<context>
    <name>baton::MaturitySnapshots</name>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
</context>
<context>
    <name>baton::MeetingAgenda</name>
    <message>
        <source>no change</source>
        <translation>sin cambios</translation>
    </message>
    <message>
        <source>notify the owner</source>
        <translation>avisar al responsable</translation>
    </message>
    <message>
        <source>notify the manager</source>
        <translation>avisar al mánager</translation>
    </message>
    <message>
        <source>notify RevOps</source>
        <translation>avisar a RevOps</translation>
    </message>
    <message>
        <source>reassign</source>
        <translation>reasignar</translation>
    </message>
    <message>
        <source>Missed SLAs, week %1</source>
        <translation>SLA incumplidos, semana %1</translation>
    </message>
    <message>
        <source>SLA compliance %1 (week before: %2)</source>
        <translation>Cumplimiento del SLA %1 (semana anterior: %2)</translation>
    </message>
    <message>
        <source>%1 missed of %2 decided; %3 handoffs under an SLA in the week.</source>
        <translation>%1 incumplidos de %2 decididos; %3 traspasos sujetos a SLA en la semana.</translation>
    </message>
    <message>
        <source>Missed SLAs of %1, week %2</source>
        <translation>SLA incumplidos de %1, semana %2</translation>
    </message>
    <message>
        <source>%1: %2 missed of %3 decided</source>
        <translation>%1: %2 incumplidos de %3 decididos</translation>
    </message>
    <message>
        <source>Compliance %1; median time to first touch %2 business minutes.</source>
        <translation>Cumplimiento %1; mediana del tiempo hasta el primer contacto: %2 minutos laborables.</translation>
    </message>
    <message>
        <source>Open SLA breaches, week %1</source>
        <translation>Incumplimientos del SLA abiertos, semana %1</translation>
    </message>
    <message>
        <source>1 handoff of the week still untouched past due</source>
        <translation>1 traspaso de la semana sigue sin contacto tras su vencimiento</translation>
    </message>
    <message>
        <source>%1 handoffs of the week still untouched past due</source>
        <translation>%1 traspasos de la semana siguen sin contacto tras su vencimiento</translation>
    </message>
    <message>
        <source>Longest: %1 (%2), %3 % of its target, escalation step %4 of %5: %6.</source>
        <translation>El más largo: %1 (%2), %3 % de su objetivo, paso de escalado %4 de %5: %6.</translation>
    </message>
    <message>
        <source>no owner</source>
        <translation>sin responsable</translation>
    </message>
    <message>
        <source>Longest: %1 (%2), %3 % of its target.</source>
        <translation>El más largo: %1 (%2), %3 % de su objetivo.</translation>
    </message>
    <message>
        <source>No rejections in the week.</source>
        <translation>No hubo rechazos en la semana.</translation>
    </message>
    <message>
        <source>(no reason)</source>
        <translation>(sin motivo)</translation>
    </message>
    <message>
        <source>Rejected: %1, week %2</source>
        <translation>Rechazados: %1, semana %2</translation>
    </message>
    <message>
        <source>%1: %2 rejections</source>
        <translation>%1: %2 rechazos</translation>
    </message>
    <message>
        <source>Week before: %1 (%2).</source>
        <translation>Semana anterior: %1 (%2).</translation>
    </message>
    <message>
        <source>No handoffs leaked in the week.</source>
        <translation>No hubo fugas de traspasos en la semana.</translation>
    </message>
    <message>
        <source>Biggest leak: %1, %2 handoffs (%3 of the week&apos;s)</source>
        <translation>Mayor fuga: %1, %2 traspasos (%3 de los de la semana)</translation>
    </message>
    <message>
        <source>No routing rule set was active: every lead goes to the fallback queue.</source>
        <translation>No había ningún conjunto de reglas de enrutamiento activo: todos los leads van a la cola de respaldo.</translation>
    </message>
    <message>
        <source>Every scenario reaches an owner by rule.</source>
        <translation>Todos los escenarios llegan a un responsable mediante una regla.</translation>
    </message>
    <message>
        <source>Nearest rule: %1 (misses on %2).</source>
        <translation>Regla más cercana: %1 (falla en: %2).</translation>
    </message>
    <message>
        <source>%1 to the fallback queue, week %2</source>
        <translation>%1 a la cola de respaldo, semana %2</translation>
    </message>
    <message>
        <source>%1: %2 scenarios reach no owner</source>
        <translation>%1: %2 escenarios no llegan a ningún responsable</translation>
    </message>
    <message>
        <source>%1: %2 scenarios reach only the fallback queue</source>
        <translation>%1: %2 escenarios solo llegan a la cola de respaldo</translation>
    </message>
    <message>
        <source>Unassigned or fallback, week %1</source>
        <translation>Sin asignar o en respaldo, semana %1</translation>
    </message>
    <message>
        <source>%1 of the week&apos;s %2 handoffs (%3) had no owner or went to the fallback queue</source>
        <translation>%1 de los %2 traspasos de la semana (%3) no tenían responsable o fueron a la cola de respaldo</translation>
    </message>
    <message>
        <source>Handoffs with violations, week %1</source>
        <translation>Traspasos con infracciones, semana %1</translation>
    </message>
    <message>
        <source>%1 of %2 handoffs (%3) break at least one rule</source>
        <translation>%1 de %2 traspasos (%3) incumplen al menos una regla</translation>
    </message>
    <message>
        <source>Data-quality score %1.</source>
        <translation>Puntuación de calidad de datos: %1.</translation>
    </message>
    <message>
        <source>%1: %2 handoffs (%3 violations)</source>
        <translation>%1: %2 traspasos (%3 infracciones)</translation>
    </message>
    <message>
        <source>SLA breaches and their owners</source>
        <translation>Incumplimientos del SLA y sus responsables</translation>
    </message>
    <message>
        <source>Top rejection reasons</source>
        <translation>Principales motivos de rechazo</translation>
    </message>
    <message>
        <source>Biggest leakage point</source>
        <translation>Mayor punto de fuga</translation>
    </message>
    <message>
        <source>Coverage gaps</source>
        <translation>Lagunas de cobertura</translation>
    </message>
    <message>
        <source>Violations</source>
        <translation>Infracciones</translation>
    </message>
    <message>
        <source>Overdue action items</source>
        <translation>Tareas vencidas</translation>
    </message>
    <message>
        <source>No action item is overdue.</source>
        <translation>Ninguna tarea está vencida.</translation>
    </message>
    <message>
        <source>Due %1, raised at the meeting of %2; %3 days overdue.</source>
        <translation>Vence el %1, planteada en la reunión del %2; %3 días de retraso.</translation>
    </message>
</context>
<context>
    <name>baton::MeetingPage</name>
    <message>
        <source>No workspace open</source>
        <translation>No hay ningún espacio de trabajo abierto</translation>
    </message>
    <message>
        <source>Open a workspace to prepare the weekly governance meeting: an agenda built from the week&apos;s data, and a record of attendees, decisions and action items.</source>
        <translation>Abra un espacio de trabajo para preparar la reunión de gobernanza semanal: un orden del día elaborado a partir de los datos de la semana y un acta con los asistentes, las decisiones y las tareas.</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semana</translation>
    </message>
    <message>
        <source>Meeting week</source>
        <translation>Semana de la reunión</translation>
    </message>
    <message>
        <source>The meeting of an ISO week reviews the handoffs handed off in that week.</source>
        <translation>La reunión de una semana ISO revisa los traspasos realizados en esa semana.</translation>
    </message>
    <message>
        <source>Record this week&apos;s meeting</source>
        <translation>Registrar la reunión de esta semana</translation>
    </message>
    <message>
        <source>Delete meeting</source>
        <translation>Eliminar reunión</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Orden del día</translation>
    </message>
    <message>
        <source>built from the week&apos;s data; double-click an item for its handoffs</source>
        <translation>elaborado a partir de los datos de la semana; doble clic en un punto para ver sus traspasos</translation>
    </message>
    <message>
        <source>Building the agenda of week %1…</source>
        <translation>Elaborando el orden del día de la semana %1…</translation>
    </message>
    <message>
        <source>The agenda could not be built: %1</source>
        <translation>No se pudo elaborar el orden del día: %1</translation>
    </message>
    <message>
        <source>Agenda of week %1, handoffs judged as of %2 UTC (built in %3 ms).</source>
        <translation>Orden del día de la semana %1, traspasos evaluados a fecha de %2 UTC (elaborado en %3 ms).</translation>
    </message>
    <message>
        <source>Double-click to see the handoffs.</source>
        <translation>Doble clic para ver los traspasos.</translation>
    </message>
    <message>
        <source>Record the meeting of %1</source>
        <translation>Registrar la reunión de %1</translation>
    </message>
    <message>
        <source>Delete the meeting of %1</source>
        <translation>Eliminar la reunión de %1</translation>
    </message>
</context>
<context>
    <name>baton::MeetingRecordPanel</name>
    <message>
        <source>Held on</source>
        <translation>Celebrada el</translation>
    </message>
    <message>
        <source>Names, separated by commas</source>
        <translation>Nombres separados por comas</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Asistentes</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Save details</source>
        <translation>Guardar detalles</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Decisiones</translation>
    </message>
    <message>
        <source>Add decision…</source>
        <translation>Añadir decisión…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <source>What was decided:</source>
        <translation>Qué se decidió:</translation>
    </message>
    <message>
        <source>Edit a decision</source>
        <translation>Editar una decisión</translation>
    </message>
    <message>
        <source>Remove a decision</source>
        <translation>Quitar una decisión</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Tareas</translation>
    </message>
    <message>
        <source>Action item</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>Planteada</translation>
    </message>
    <message>
        <source>Add action item…</source>
        <translation>Añadir tarea…</translation>
    </message>
    <message>
        <source>Remove an action item</source>
        <translation>Quitar una tarea</translation>
    </message>
    <message>
        <source>The meeting of week %1</source>
        <translation>La reunión de la semana %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;No meeting is recorded for week %1.&lt;/b&gt; Record it to keep its attendees, decisions and action items; the action items still open from earlier meetings are below.</source>
        <translation>&lt;b&gt;No hay ninguna reunión registrada para la semana %1.&lt;/b&gt; Regístrela para conservar sus asistentes, decisiones y tareas; abajo figuran las tareas aún abiertas de reuniones anteriores.</translation>
    </message>
    <message>
        <source>Open, overdue</source>
        <translation>Abierta, vencida</translation>
    </message>
    <message>
        <source>this meeting</source>
        <translation>esta reunión</translation>
    </message>
    <message>
        <source>Raised at this meeting: %1. Carried over from earlier meetings: %2 (they come back until closed). Overdue items are shaded; edit a cell to change it.</source>
        <translation>Planteadas en esta reunión: %1. Arrastradas de reuniones anteriores: %2 (vuelven hasta que se cierran). Las tareas vencidas aparecen sombreadas; edite una celda para cambiarla.</translation>
    </message>
    <message>
        <source>Edit the meeting of %1</source>
        <translation>Editar la reunión de %1</translation>
    </message>
    <message>
        <source>Add a decision</source>
        <translation>Añadir una decisión</translation>
    </message>
    <message>
        <source>Add action item &quot;%1&quot;</source>
        <translation>Añadir la tarea &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Rename an action item</source>
        <translation>Cambiar el nombre de una tarea</translation>
    </message>
    <message>
        <source>Change the owner of &quot;%1&quot;</source>
        <translation>Cambiar el responsable de &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Change the due day of &quot;%1&quot;</source>
        <translation>Cambiar la fecha límite de &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Mark &quot;%1&quot; done</source>
        <translation>Marcar &quot;%1&quot; como hecha</translation>
    </message>
    <message>
        <source>Mark &quot;%1&quot; dropped</source>
        <translation>Marcar &quot;%1&quot; como descartada</translation>
    </message>
    <message>
        <source>Mark &quot;%1&quot; open</source>
        <translation>Marcar &quot;%1&quot; como abierta</translation>
    </message>
</context>
<context>
    <name>baton::MinuteOfDayDelegate</name>
    <message>
        <source>00:00 ends the hours at midnight, the end of the day</source>
        <translation>00:00 termina el horario a medianoche, al final del día</translation>
    </message>
</context>
<context>
    <name>baton::Outcome</name>
    <message>
        <source>Open</source>
        <comment>handoff outcome</comment>
        <translation>Abierto</translation>
    </message>
    <message>
        <source>Accepted</source>
        <comment>handoff outcome</comment>
        <translation>Aceptado</translation>
    </message>
    <message>
        <source>Rejected</source>
        <comment>handoff outcome</comment>
        <translation>Rechazado</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <comment>handoff outcome</comment>
        <translation>Oportunidad</translation>
    </message>
    <message>
        <source>Won</source>
        <comment>handoff outcome</comment>
        <translation>Ganado</translation>
    </message>
    <message>
        <source>Lost</source>
        <comment>handoff outcome</comment>
        <translation>Perdido</translation>
    </message>
</context>
<context>
    <name>baton::OverviewPage</name>
    <message>
        <source>Welcome to Baton</source>
        <translation>Bienvenido a Baton</translation>
    </message>
    <message>
        <source>Baton turns the Marketing to Sales handoff into a governed, measurable contract: define it, map the stages, instrument the data, route every lead to an owner, enforce the SLAs, learn from rejections and optimize with the weekly meeting.</source>
        <translation>Baton convierte el traspaso de Marketing a Ventas en un contrato gobernado y medible: defínalo, mapee las etapas, instrumente los datos, enrute cada lead a un responsable, haga cumplir los SLA, aprenda de los rechazos y optimice con la reunión semanal.</translation>
    </message>
    <message>
        <source>Explore a demo workspace</source>
        <translation>Explorar un espacio de trabajo de demostración</translation>
    </message>
    <message>
        <source>Create and open a demo workspace</source>
        <translation>Crear y abrir un espacio de trabajo de demostración</translation>
    </message>
    <message>
        <source>Start a new workspace…</source>
        <translation>Iniciar un espacio de trabajo nuevo…</translation>
    </message>
    <message>
        <source>Open a workspace…</source>
        <translation>Abrir un espacio de trabajo…</translation>
    </message>
    <message>
        <source>Recent workspaces</source>
        <translation>Espacios de trabajo recientes</translation>
    </message>
    <message>
        <source>What the workspace holds (rows per table):</source>
        <translation>Contenido del espacio de trabajo (filas por tabla):</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabla</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Filas</translation>
    </message>
    <message>
        <source>Rows per table</source>
        <translation>Filas por tabla</translation>
    </message>
    <message>
        <source>No recent workspaces yet.</source>
        <translation>Aún no hay espacios de trabajo recientes.</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Archivo: %1</translation>
    </message>
    <message>
        <source>Schema version: %1</source>
        <translation>Versión del esquema: %1</translation>
    </message>
    <message>
        <source>Reporting time zone: %1</source>
        <translation>Zona horaria de los informes: %1</translation>
    </message>
    <message>
        <source>Data as of: %1</source>
        <translation>Datos a fecha de: %1</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Cuentas</translation>
    </message>
    <message>
        <source>Account matching rules</source>
        <translation>Reglas de asociación con cuentas</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Tareas</translation>
    </message>
    <message>
        <source>Audit log entries</source>
        <translation>Entradas del registro de auditoría</translation>
    </message>
    <message>
        <source>Business-hours calendars</source>
        <translation>Calendarios de horario laboral</translation>
    </message>
    <message>
        <source>Calendar holidays</source>
        <translation>Festivos del calendario</translation>
    </message>
    <message>
        <source>Calendar working hours</source>
        <translation>Horario laboral del calendario</translation>
    </message>
    <message>
        <source>Contract sign-offs</source>
        <translation>Firmas del contrato</translation>
    </message>
    <message>
        <source>Contract terms</source>
        <translation>Cláusulas del contrato</translation>
    </message>
    <message>
        <source>Contract versions</source>
        <translation>Versiones del contrato</translation>
    </message>
    <message>
        <source>Escalation steps</source>
        <translation>Pasos de escalado</translation>
    </message>
    <message>
        <source>Free-mail domains (added)</source>
        <translation>Dominios de correo gratuito (añadidos)</translation>
    </message>
    <message>
        <source>Governance meetings</source>
        <translation>Reuniones de gobernanza</translation>
    </message>
    <message>
        <source>Handoffs</source>
        <translation>Traspasos</translation>
    </message>
    <message>
        <source>Identity rules</source>
        <translation>Reglas de identidad</translation>
    </message>
    <message>
        <source>Import mappings</source>
        <translation>Asignaciones de columnas de importación</translation>
    </message>
    <message>
        <source>Imports</source>
        <translation>Importaciones</translation>
    </message>
    <message>
        <source>Industries</source>
        <translation>Sectores</translation>
    </message>
    <message>
        <source>Rows kept aside by imports</source>
        <translation>Filas apartadas por las importaciones</translation>
    </message>
    <message>
        <source>KPI sums per account</source>
        <translation>Sumas de KPI por cuenta</translation>
    </message>
    <message>
        <source>KPI sums per week and slice</source>
        <translation>Sumas de KPI por semana y dimensión</translation>
    </message>
    <message>
        <source>KPI sums per week, slice and owner</source>
        <translation>Sumas de KPI por semana, dimensión y responsable</translation>
    </message>
    <message>
        <source>Legal suffixes (added)</source>
        <translation>Sufijos legales (añadidos)</translation>
    </message>
    <message>
        <source>Lifecycle stages</source>
        <translation>Etapas del ciclo de vida</translation>
    </message>
    <message>
        <source>Maturity self-assessments</source>
        <translation>Autoevaluaciones de madurez</translation>
    </message>
    <message>
        <source>Maturity snapshots</source>
        <translation>Instantáneas de madurez</translation>
    </message>
    <message>
        <source>Meeting decisions</source>
        <translation>Decisiones de reuniones</translation>
    </message>
    <message>
        <source>Owners</source>
        <translation>Responsables</translation>
    </message>
    <message>
        <source>Owner absences</source>
        <translation>Ausencias de responsables</translation>
    </message>
    <message>
        <source>Recycle plays</source>
        <translation>Jugadas de reciclaje</translation>
    </message>
    <message>
        <source>Rejection reasons</source>
        <translation>Motivos de rechazo</translation>
    </message>
    <message>
        <source>Routing rules</source>
        <translation>Reglas de enrutamiento</translation>
    </message>
    <message>
        <source>Routing rule sets</source>
        <translation>Conjuntos de reglas de enrutamiento</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segmentos</translation>
    </message>
    <message>
        <source>Signal types</source>
        <translation>Tipos de señal</translation>
    </message>
    <message>
        <source>SLA policies</source>
        <translation>Políticas de SLA</translation>
    </message>
    <message>
        <source>Stage changes</source>
        <translation>Cambios de etapa</translation>
    </message>
    <message>
        <source>Stage requirements</source>
        <translation>Requisitos de etapa</translation>
    </message>
    <message>
        <source>Stage transitions</source>
        <translation>Transiciones de etapa</translation>
    </message>
    <message>
        <source>Teams and queues</source>
        <translation>Equipos y colas</translation>
    </message>
    <message>
        <source>Team memberships</source>
        <translation>Pertenencias a equipos</translation>
    </message>
    <message>
        <source>Territories</source>
        <translation>Territorios</translation>
    </message>
    <message>
        <source>Territory areas</source>
        <translation>Áreas de territorio</translation>
    </message>
    <message>
        <source>UTM conventions</source>
        <translation>Convenciones UTM</translation>
    </message>
    <message>
        <source>Workspace settings</source>
        <translation>Configuración del espacio de trabajo</translation>
    </message>
    <message>
        <source>Import a CSV export…</source>
        <translation>Importar una exportación CSV…</translation>
    </message>
    <message>
        <source>Tip: press %1 to go to any page, routing rule, signal type or owner by typing its name.</source>
        <translation>Consejo: pulse %1 para ir a cualquier página, regla de enrutamiento, tipo de señal o responsable escribiendo su nombre.</translation>
    </message>
    <message>
        <source>Import handoffs from a CRM&apos;s CSV export</source>
        <translation>Importar traspasos desde la exportación CSV de un CRM</translation>
    </message>
    <message>
        <source>Importing is available in the main window</source>
        <translation>La importación está disponible en la ventana principal</translation>
    </message>
    <message>
        <source>Counting the rows…</source>
        <translation>Contando las filas…</translation>
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
        <translation>Nuevo responsable</translation>
    </message>
    <message>
        <source>(no team)</source>
        <translation>(sin equipo)</translation>
    </message>
    <message>
        <source> leads a day</source>
        <translation> leads al día</translation>
    </message>
    <message>
        <source>Round robin gives this owner no more leads on one day; 0 takes them out of round robin.</source>
        <translation>El round robin no asigna a este responsable más leads en un mismo día; 0 lo excluye del round robin.</translation>
    </message>
    <message>
        <source>from</source>
        <translation>desde</translation>
    </message>
    <message>
        <source>last working day</source>
        <translation>último día laborable</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>Correo electrónico:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Rol:</translation>
    </message>
    <message>
        <source>Team:</source>
        <translation>Equipo:</translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation>Zona horaria:</translation>
    </message>
    <message>
        <source>Capacity:</source>
        <translation>Capacidad:</translation>
    </message>
    <message>
        <source>Active:</source>
        <translation>Activo:</translation>
    </message>
    <message>
        <source>Takes round-robin leads in this team (weight 1)</source>
        <translation>Recibe leads por round robin en este equipo (peso 1)</translation>
    </message>
    <message>
        <source>Out of office (both days included):</source>
        <translation>Ausente (ambos días incluidos):</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Absences</source>
        <translation>Ausencias</translation>
    </message>
    <message>
        <source>Add absence</source>
        <translation>Añadir ausencia</translation>
    </message>
    <message>
        <source>Remove absence</source>
        <translation>Quitar ausencia</translation>
    </message>
    <message>
        <source>Give the owner a name.</source>
        <translation>Asigne un nombre al responsable.</translation>
    </message>
    <message>
        <source>Give the owner a role, such as SDR or AE.</source>
        <translation>Asigne un rol al responsable, como SDR o AE.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time zone this computer knows; pick one from the list (e.g. Europe/Berlin).</source>
        <translation>&quot;%1&quot; no es una zona horaria conocida en este ordenador; elija una de la lista (p. ej., Europe/Berlin).</translation>
    </message>
    <message>
        <source>The last working day is before the first.</source>
        <translation>El último día laborable es anterior al primero.</translation>
    </message>
    <message>
        <source>An absence ends before it starts.</source>
        <translation>Una ausencia termina antes de empezar.</translation>
    </message>
    <message>
        <source>%1 already has this email address.</source>
        <translation>%1 ya tiene esta dirección de correo electrónico.</translation>
    </message>
</context>
<context>
    <name>baton::OwnerImport</name>
    <message>
        <source>Time zone: &quot;%1&quot; is not an IANA time zone such as Europe/Berlin.</source>
        <translation>Zona horaria: &quot;%1&quot; no es una zona horaria IANA como Europe/Berlin.</translation>
    </message>
    <message>
        <source>No owner has %1 &quot;%2&quot; to update.</source>
        <translation>No hay ningún responsable con %1 &quot;%2&quot; que actualizar.</translation>
    </message>
    <message>
        <source>Owner name is missing: a new owner needs a name.</source>
        <translation>Falta el nombre del responsable: un responsable nuevo necesita un nombre.</translation>
    </message>
    <message>
        <source>Owner name</source>
        <translation>Nombre del responsable</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>Team manager</source>
        <translation>Mánager del equipo</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <source>Capacity per day</source>
        <translation>Capacidad por día</translation>
    </message>
    <message>
        <source>Active from</source>
        <translation>Activo desde</translation>
    </message>
    <message>
        <source>Active until</source>
        <translation>Activo hasta</translation>
    </message>
</context>
<context>
    <name>baton::PageCatalog</name>
    <message>
        <source>Workspace</source>
        <translation>Espacio de trabajo</translation>
    </message>
    <message>
        <source>Define</source>
        <translation>Definir</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Mapear</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>Instrumentar</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Enrutar</translation>
    </message>
    <message>
        <source>Enforce</source>
        <translation>Hacer cumplir</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Retroalimentación</translation>
    </message>
    <message>
        <source>Optimize</source>
        <translation>Optimizar</translation>
    </message>
    <message>
        <source>Govern</source>
        <translation>Gobernar</translation>
    </message>
    <message>
        <source>The workspace file and what it holds</source>
        <translation>El archivo del espacio de trabajo y su contenido</translation>
    </message>
    <message>
        <source>Agree what qualifies, what Sales receives, who follows up and how fast</source>
        <translation>Acordar qué cualifica, qué recibe Ventas, quién hace el seguimiento y con qué rapidez</translation>
    </message>
    <message>
        <source>Lifecycle stages, their workflow actions and allowed transitions</source>
        <translation>Etapas del ciclo de vida, sus acciones de flujo de trabajo y las transiciones permitidas</translation>
    </message>
    <message>
        <source>The data standard, CRM imports and the records that break the rules</source>
        <translation>El estándar de datos, las importaciones del CRM y los registros que incumplen las reglas</translation>
    </message>
    <message>
        <source>Coverage and routing rules: an owner for every scenario</source>
        <translation>Cobertura y reglas de enrutamiento: un responsable para cada escenario</translation>
    </message>
    <message>
        <source>SLA clocks on business hours, breaches and escalation</source>
        <translation>Relojes de SLA en horario laboral, incumplimientos del SLA y escalado</translation>
    </message>
    <message>
        <source>Rejection reasons and the recycle plays they trigger</source>
        <translation>Motivos de rechazo y las jugadas de reciclaje que desencadenan</translation>
    </message>
    <message>
        <source>KPIs, leakage and trends, with drill-down to the handoffs</source>
        <translation>KPI, fugas y tendencias, con desglose hasta los traspasos</translation>
    </message>
    <message>
        <source>The maturity matrix and the weekly governance meeting</source>
        <translation>La matriz de madurez y la reunión de gobernanza semanal</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>The open workspace, what it holds, and where to start.</source>
        <translation>El espacio de trabajo abierto, su contenido y por dónde empezar.</translation>
    </message>
    <message>
        <source>Handoff contract</source>
        <translation>Contrato de traspaso</translation>
    </message>
    <message>
        <source>The one-page agreement between Sales, Marketing and RevOps.</source>
        <translation>El acuerdo de una página entre Ventas, Marketing y RevOps.</translation>
    </message>
    <message>
        <source>Stage map</source>
        <translation>Mapa de etapas</translation>
    </message>
    <message>
        <source>Lifecycle stages, the workflow action each requires, and where a lead may go next.</source>
        <translation>Etapas del ciclo de vida, la acción de flujo de trabajo que requiere cada una y adónde puede pasar un lead.</translation>
    </message>
    <message>
        <source>Data standard</source>
        <translation>Estándar de datos</translation>
    </message>
    <message>
        <source>Required fields and timestamps, UTM conventions, identity and account-matching rules.</source>
        <translation>Campos y marcas de tiempo obligatorios, convenciones UTM, reglas de identidad y de asociación con cuentas.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Violations</source>
        <translation>Infracciones</translation>
    </message>
    <message>
        <source>Handoffs that break the contract, the stage map or the data standard.</source>
        <translation>Traspasos que incumplen el contrato, el mapa de etapas o el estándar de datos.</translation>
    </message>
    <message>
        <source>Routing rules</source>
        <translation>Reglas de enrutamiento</translation>
    </message>
    <message>
        <source>Ordered rules that give every lead an owner, and the coverage model they use.</source>
        <translation>Reglas ordenadas que asignan un responsable a cada lead y el modelo de cobertura que usan.</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Cobertura</translation>
    </message>
    <message>
        <source>Proof that every scenario reaches an owner before the rules go live.</source>
        <translation>Prueba de que cada escenario llega a un responsable antes de que las reglas entren en vigor.</translation>
    </message>
    <message>
        <source>Roster what-ifs</source>
        <translation>Hipótesis de personal</translation>
    </message>
    <message>
        <source>What happens to routing when someone leaves or is away.</source>
        <translation>Qué ocurre con el enrutamiento cuando alguien se va o está ausente.</translation>
    </message>
    <message>
        <source>SLA compliance</source>
        <translation>Cumplimiento del SLA</translation>
    </message>
    <message>
        <source>Time to first touch on business-hours clocks, breaches and escalations.</source>
        <translation>Tiempo hasta el primer contacto en relojes de horario laboral, incumplimientos del SLA y escalados.</translation>
    </message>
    <message>
        <source>Rejections and recycling</source>
        <translation>Rechazos y reciclaje</translation>
    </message>
    <message>
        <source>KPI dashboard</source>
        <translation>Panel de KPI</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Cuentas</translation>
    </message>
    <message>
        <source>Maturity matrix</source>
        <translation>Matriz de madurez</translation>
    </message>
    <message>
        <source>Where the handoff process stands, by the team&apos;s view and by the evidence.</source>
        <translation>En qué punto está el proceso de traspaso, según la visión del equipo y según la evidencia.</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <source>The weekly governance meeting: an agenda built from the data, decisions and action items.</source>
        <translation>La reunión de gobernanza semanal: un orden del día elaborado a partir de los datos, decisiones y tareas.</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Every configuration change: who changed what, when, and from what to what.</source>
        <translation>Cada cambio de configuración: quién cambió qué, cuándo y de qué valor a cuál.</translation>
    </message>
    <message>
        <source>CSV exports from the CRM: every import with its counts, and the rows kept aside with line and reason.</source>
        <translation>Exportaciones CSV del CRM: cada importación con sus recuentos y las filas apartadas con su línea y motivo.</translation>
    </message>
    <message>
        <source>SLA policies and calendars</source>
        <translation>Políticas de SLA y calendarios</translation>
    </message>
    <message>
        <source>Targets per signal type, whose business hours count, escalation ladders, working hours and holidays.</source>
        <translation>Objetivos por tipo de señal, qué horario laboral cuenta, escaleras de escalado, horario laboral y festivos.</translation>
    </message>
    <message>
        <source>Why Sales rejects handoffs, the recycle play each reason triggers, and what became of them.</source>
        <translation>Por qué Ventas rechaza traspasos, la jugada de reciclaje que desencadena cada motivo y qué fue de ellos.</translation>
    </message>
    <message>
        <source>Acceptance, conversion, velocity, yield, SLA compliance and leakage; click any bar to drill down.</source>
        <translation>Aceptación, conversión, velocidad, rendimiento, cumplimiento del SLA y fugas; haga clic en una barra para ver el desglose.</translation>
    </message>
    <message>
        <source>Every handoff and engagement of one account, judged as one motion.</source>
        <translation>Todos los traspasos e interacciones de una cuenta, evaluados como un solo movimiento.</translation>
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
        <translation>n.º %1 en %2</translation>
    </message>
    <message>
        <source>%1 (draft)</source>
        <translation>%1 (borrador)</translation>
    </message>
    <message>
        <source>%1 (archived)</source>
        <translation>%1 (archivado)</translation>
    </message>
    <message>
        <source>%1, disabled</source>
        <translation>%1, desactivada</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Página</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Comando</translation>
    </message>
    <message>
        <source>Signal type</source>
        <translation>Tipo de señal</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Routing rule</source>
        <translation>Regla de enrutamiento</translation>
    </message>
</context>
<context>
    <name>baton::PlayCatalogModel</name>
    <message>
        <source>Nurture track</source>
        <translation>Pista de nurturing</translation>
    </message>
    <message>
        <source>Re-route</source>
        <translation>Reenrutar</translation>
    </message>
    <message>
        <source>Merge with the original</source>
        <translation>Fusionar con el original</translation>
    </message>
    <message>
        <source>Disqualify</source>
        <translation>Descalificar</translation>
    </message>
    <message>
        <source>Competitive nurture</source>
        <translation>Nurturing competitivo</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>(no reason uses it)</source>
        <translation>(ningún motivo la usa)</translation>
    </message>
    <message>
        <source>Edit recycle play %1</source>
        <translation>Editar la jugada de reciclaje %1</translation>
    </message>
    <message>
        <source>Recycle play</source>
        <translation>Jugada de reciclaje</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Re-entry (days)</source>
        <translation>Reentrada (días)</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Used by</source>
        <translation>Usada por</translation>
    </message>
</context>
<context>
    <name>baton::ReasonCatalogModel</name>
    <message>
        <source>(no play)</source>
        <translation>(sin jugada)</translation>
    </message>
    <message>
        <source>active</source>
        <translation>activo</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>retirado</translation>
    </message>
    <message>
        <source>Governance gap: no recycle play</source>
        <translation>Brecha de gobernanza: sin jugada de reciclaje</translation>
    </message>
    <message>
        <source>Mapped</source>
        <translation>Asignado</translation>
    </message>
    <message>
        <source>Rename rejection reason %1</source>
        <translation>Cambiar el nombre del motivo de rechazo %1</translation>
    </message>
    <message>
        <source>Map %1 to %2</source>
        <translation>Asignar %1 a %2</translation>
    </message>
    <message>
        <source>no play</source>
        <translation>sin jugada</translation>
    </message>
    <message>
        <source>Reactivate %1</source>
        <translation>Reactivar %1</translation>
    </message>
    <message>
        <source>Retire %1</source>
        <translation>Retirar %1</translation>
    </message>
    <message>
        <source>Describe %1</source>
        <translation>Describir %1</translation>
    </message>
    <message>
        <source>Rejection reason</source>
        <translation>Motivo de rechazo</translation>
    </message>
    <message>
        <source>Recycle play</source>
        <translation>Jugada de reciclaje</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>En uso</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Governance</source>
        <translation>Gobernanza</translation>
    </message>
</context>
<context>
    <name>baton::RecyclingReport</name>
    <message>
        <source>(nowhere)</source>
        <translation>(ninguna parte)</translation>
    </message>
    <message>
        <source>(no reason)</source>
        <translation>(sin motivo)</translation>
    </message>
</context>
<context>
    <name>baton::RejectionChart</name>
    <message>
        <source>Rejections by reason and %1</source>
        <translation>Rechazos por motivo y %1</translation>
    </message>
    <message>
        <source>%1 — %2: %3 of %4 rejections — click to see them</source>
        <translation>%1 — %2: %3 de %4 rechazos — haga clic para verlos</translation>
    </message>
    <message>
        <source>Rejected handoffs</source>
        <translation>Traspasos rechazados</translation>
    </message>
</context>
<context>
    <name>baton::RejectionRecorder</name>
    <message>
        <source>A rejection needs a reason: choose why Sales rejects this handoff, so that it goes to that reason&apos;s recycle play.</source>
        <translation>Un rechazo necesita un motivo: elija por qué Ventas rechaza este traspaso, para que pase a la jugada de reciclaje de ese motivo.</translation>
    </message>
    <message>
        <source>Rejection reason %1 does not exist; choose one from the catalogue.</source>
        <translation>El motivo de rechazo %1 no existe; elija uno del catálogo.</translation>
    </message>
    <message>
        <source>The rejection reason &quot;%1&quot; is retired; choose an active reason.</source>
        <translation>El motivo de rechazo &quot;%1&quot; está retirado; elija un motivo activo.</translation>
    </message>
    <message>
        <source>Handoff %1 does not exist.</source>
        <translation>El traspaso %1 no existe.</translation>
    </message>
    <message>
        <source>Handoff %1 was already decided (%2); only open handoffs can be rejected.</source>
        <translation>El traspaso %1 ya se decidió (%2); solo se pueden rechazar traspasos abiertos.</translation>
    </message>
</context>
<context>
    <name>baton::RejectionsPage</name>
    <message>
        <source>Open a workspace to see its rejection reasons, their recycle plays and what became of rejected handoffs.</source>
        <translation>Abra un espacio de trabajo para ver sus motivos de rechazo, sus jugadas de reciclaje y qué fue de los traspasos rechazados.</translation>
    </message>
    <message>
        <source>Where rejected handoffs went</source>
        <translation>Adónde fueron los traspasos rechazados</translation>
    </message>
    <message>
        <source>Reasons and recycle plays</source>
        <translation>Motivos y jugadas de reciclaje</translation>
    </message>
    <message>
        <source>Click a reason above to see its rejected handoffs and the play they went to (or, with the box ticked, the handoffs that came back from it).</source>
        <translation>Haga clic en un motivo de arriba para ver sus traspasos rechazados y la jugada a la que pasaron (o, con la casilla marcada, los traspasos que volvieron de ella).</translation>
    </message>
    <message>
        <source>Rejection reasons</source>
        <translation>Motivos de rechazo</translation>
    </message>
    <message>
        <source>Add reason</source>
        <translation>Añadir motivo</translation>
    </message>
    <message>
        <source>Remove reason</source>
        <translation>Quitar motivo</translation>
    </message>
    <message>
        <source>Recycle plays</source>
        <translation>Jugadas de reciclaje</translation>
    </message>
    <message>
        <source>Add play</source>
        <translation>Añadir jugada</translation>
    </message>
    <message>
        <source>Remove play</source>
        <translation>Quitar jugada</translation>
    </message>
    <message>
        <source>Remove Rejection Reason</source>
        <translation>Quitar motivo de rechazo</translation>
    </message>
    <message>
        <source>Remove Recycle Play</source>
        <translation>Quitar jugada de reciclaje</translation>
    </message>
    <message>
        <source>Rejected in weeks</source>
        <translation>Rechazados en las semanas</translation>
    </message>
    <message>
        <source>From week</source>
        <translation>Desde la semana</translation>
    </message>
    <message>
        <source>To week</source>
        <translation>Hasta la semana</translation>
    </message>
    <message>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <source>Clicking a row shows the handoffs that came back</source>
        <translation>Al hacer clic en una fila se muestran los traspasos que volvieron</translation>
    </message>
    <message>
        <source>Rejected handoffs by reason, their recycle play, and what those that came back did</source>
        <translation>Traspasos rechazados por motivo, su jugada de reciclaje y qué hicieron los que volvieron</translation>
    </message>
    <message>
        <source>(no play)</source>
        <translation>(sin jugada)</translation>
    </message>
    <message>
        <source>first</source>
        <translation>primera</translation>
    </message>
    <message>
        <source>last</source>
        <translation>última</translation>
    </message>
    <message numerus="yes">
        <source>Governance gap: %n reason(s) without a recycle play (%1); handoffs rejected with them go nowhere.</source>
        <translation>
            <numerusform>Brecha de gobernanza: %n motivo sin jugada de reciclaje (%1); los traspasos rechazados con él no van a ninguna parte.</numerusform>
            <numerusform>Brecha de gobernanza: %n motivos sin jugada de reciclaje (%1); los traspasos rechazados con ellos no van a ninguna parte.</numerusform>
        </translation>
    </message>
    <message>
        <source>Leakage: %1 rejection(s) have no reason (imported history), so no play picks them up. New rejections cannot be recorded without one.</source>
        <translation>Fugas: %1 rechazo(s) no tienen motivo (historial importado), por lo que ninguna jugada los recoge. Los rechazos nuevos no se pueden registrar sin motivo.</translation>
    </message>
    <message>
        <source>Rejection reason</source>
        <translation>Motivo de rechazo</translation>
    </message>
    <message>
        <source>Went to play</source>
        <translation>Pasó a la jugada</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rechazados</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Proporción</translation>
    </message>
    <message>
        <source>Came back</source>
        <translation>Volvieron</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Aceptados</translation>
    </message>
    <message>
        <source>Converted</source>
        <translation>Convertidos</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Ganados</translation>
    </message>
    <message>
        <source>Converted %</source>
        <translation>% convertidos</translation>
    </message>
    <message>
        <source>Rejected handoffs whose recycled handoff Sales accepted.</source>
        <translation>Traspasos rechazados cuyo traspaso reciclado aceptó Ventas.</translation>
    </message>
    <message>
        <source>Rejected handoffs whose recycled handoff was won.</source>
        <translation>Traspasos rechazados cuyo traspaso reciclado se ganó.</translation>
    </message>
    <message>
        <source>Of the rejected handoffs that came back, the share that then became an opportunity.</source>
        <translation>De los traspasos rechazados que volvieron, la proporción que después se convirtió en oportunidad.</translation>
    </message>
    <message>
        <source>(nowhere: no reason)</source>
        <translation>(ninguna parte: sin motivo)</translation>
    </message>
    <message>
        <source>(nowhere: no play)</source>
        <translation>(ninguna parte: sin jugada)</translation>
    </message>
    <message>
        <source>%1; may come back after %2 days</source>
        <translation>%1; puede volver al cabo de %2 días</translation>
    </message>
    <message>
        <source>%1 (retired)</source>
        <translation>%1 (retirado)</translation>
    </message>
    <message>
        <source>Came back after a rejection as %1</source>
        <translation>Volvió tras un rechazo como %1</translation>
    </message>
    <message>
        <source>Rejected as %1, sent nowhere</source>
        <translation>Rechazado como %1, no enviado a ninguna parte</translation>
    </message>
    <message>
        <source>Rejected as %1, sent to %2</source>
        <translation>Rechazado como %1, enviado a %2</translation>
    </message>
    <message>
        <source>New reason</source>
        <translation>Motivo nuevo</translation>
    </message>
    <message>
        <source>New reason %1</source>
        <translation>Motivo nuevo %1</translation>
    </message>
    <message>
        <source>Add rejection reason</source>
        <translation>Añadir motivo de rechazo</translation>
    </message>
    <message>
        <source>Choose the rejection reason to remove.</source>
        <translation>Elija el motivo de rechazo que desea quitar.</translation>
    </message>
    <message>
        <source>%1 rejection(s) were recorded as &quot;%2&quot;, so it stays in the catalogue. Untick &quot;In use&quot; to retire it.</source>
        <translation>Se registraron %1 rechazo(s) como &quot;%2&quot;, por lo que permanece en el catálogo. Desmarque &quot;En uso&quot; para retirarlo.</translation>
    </message>
    <message>
        <source>Remove rejection reason %1</source>
        <translation>Quitar el motivo de rechazo %1</translation>
    </message>
    <message>
        <source>New recycle play</source>
        <translation>Jugada de reciclaje nueva</translation>
    </message>
    <message>
        <source>New recycle play %1</source>
        <translation>Jugada de reciclaje nueva %1</translation>
    </message>
    <message>
        <source>Add recycle play</source>
        <translation>Añadir jugada de reciclaje</translation>
    </message>
    <message>
        <source>Choose the recycle play to remove.</source>
        <translation>Elija la jugada de reciclaje que desea quitar.</translation>
    </message>
    <message>
        <source>Remove recycle play %1</source>
        <translation>Quitar la jugada de reciclaje %1</translation>
    </message>
    <message>
        <source>Unmap %1</source>
        <translation>Desasignar %1</translation>
    </message>
</context>
<context>
    <name>baton::ReportTable</name>
    <message>
        <source>Filter rows</source>
        <translation>Filtrar filas</translation>
    </message>
    <message>
        <source>Filter the rows of %1</source>
        <translation>Filtrar las filas de %1</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <source>Export %1 as CSV</source>
        <translation>Exportar %1 como CSV</translation>
    </message>
    <message>
        <source>Export Table</source>
        <translation>Exportar tabla</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>baton::RosterPage</name>
    <message>
        <source>Open a workspace to try out changes to its roster.</source>
        <translation>Abra un espacio de trabajo para probar cambios en su personal.</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>is out of office from</source>
        <translation>está ausente desde</translation>
    </message>
    <message>
        <source>leaves; the first day no longer working is</source>
        <translation>se va; el primer día que ya no trabaja es</translation>
    </message>
    <message>
        <source> weeks</source>
        <translation> semanas</translation>
    </message>
    <message>
        <source>The load per owner is projected by routing the handoffs of these last weeks again.</source>
        <translation>La carga por responsable se proyecta volviendo a enrutar los traspasos de estas últimas semanas.</translation>
    </message>
    <message>
        <source>Show what happens</source>
        <translation>Mostrar qué ocurre</translation>
    </message>
    <message>
        <source>Record it</source>
        <translation>Registrarlo</translation>
    </message>
    <message>
        <source>Saves the change to the owner (last working day, or an absence); Edit ▸ Undo takes it back.</source>
        <translation>Guarda el cambio en el responsable (último día laborable o una ausencia); Editar ▸ Deshacer lo revierte.</translation>
    </message>
    <message>
        <source>to</source>
        <translation>hasta</translation>
    </message>
    <message>
        <source>Project the load from the last</source>
        <translation>Proyectar la carga de las últimas</translation>
    </message>
    <message>
        <source>What if</source>
        <translation>¿Y si…?</translation>
    </message>
    <message>
        <source>Choose an owner and a change, then Show what happens. Nothing is saved.</source>
        <translation>Elija un responsable y un cambio y, a continuación, Mostrar qué ocurre. No se guarda nada.</translation>
    </message>
    <message>
        <source>Scenario that loses its owner</source>
        <translation>Escenario que pierde su responsable</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Ahora</translation>
    </message>
    <message>
        <source>With the change</source>
        <translation>Con el cambio</translation>
    </message>
    <message>
        <source>Scenarios that lose their owner</source>
        <translation>Escenarios que pierden su responsable</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacidad</translation>
    </message>
    <message>
        <source>Now a day</source>
        <translation>Ahora al día</translation>
    </message>
    <message>
        <source>Projected load per owner</source>
        <translation>Carga proyectada por responsable</translation>
    </message>
    <message>
        <source>Leads per weekday: the handoffs of the last weeks routed again through the active rules, as things are and as if the change had applied the whole time, divided by the weekdays in those weeks.</source>
        <translation>Leads por día laborable: los traspasos de las últimas semanas enrutados de nuevo con las reglas activas, tal como están las cosas y como si el cambio se hubiera aplicado todo el tiempo, divididos entre los días laborables de esas semanas.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Accounts they own</source>
        <translation>Cuentas de las que es responsable</translation>
    </message>
    <message>
        <source>Open handoffs</source>
        <translation>Traspasos abiertos</translation>
    </message>
    <message>
        <source>Records of owners who are not there</source>
        <translation>Registros de responsables que no están</translation>
    </message>
    <message>
        <source>Show these open handoffs</source>
        <translation>Mostrar estos traspasos abiertos</translation>
    </message>
    <message>
        <source>Hide the open handoffs</source>
        <translation>Ocultar los traspasos abiertos</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Roster what-if</source>
        <translation>Hipótesis de personal</translation>
    </message>
    <message>
        <source>no owner</source>
        <translation>sin responsable</translation>
    </message>
    <message>
        <source>fallback queue (rule %1)</source>
        <translation>cola de respaldo (regla %1)</translation>
    </message>
    <message>
        <source>fallback queue</source>
        <translation>cola de respaldo</translation>
    </message>
    <message>
        <source>account owned</source>
        <translation>cuenta con responsable</translation>
    </message>
    <message>
        <source>no account owner</source>
        <translation>sin responsable de cuenta</translation>
    </message>
    <message>
        <source>None: every rule that gives %1 leads can still assign them to someone else.</source>
        <translation>Ninguno: todas las reglas que dan leads a %1 pueden seguir asignándolos a otra persona.</translation>
    </message>
    <message>
        <source>this owner</source>
        <translation>este responsable</translation>
    </message>
    <message>
        <source>over capacity</source>
        <translation>por encima de la capacidad</translation>
    </message>
    <message>
        <source>+%1 leads</source>
        <translation>+%1 leads</translation>
    </message>
    <message>
        <source>leaves (last working day %1)</source>
        <translation>se va (último día laborable: %1)</translation>
    </message>
    <message>
        <source>is away %1 – %2</source>
        <translation>está ausente %1 – %2</translation>
    </message>
    <message>
        <source>If &lt;b&gt;%1&lt;/b&gt; %2 — scenarios that lose their owner: &lt;b&gt;%3&lt;/b&gt;. Of the %4 handoffs of the last %5 weeks, the fallback queue would get %6 instead of %7. Accounts %1 owns: %8; open handoffs: %9 (they stay with %1 until someone reassigns them). Nothing has been saved.</source>
        <translation>Si &lt;b&gt;%1&lt;/b&gt; %2 — escenarios que pierden su responsable: &lt;b&gt;%3&lt;/b&gt;. De los %4 traspasos de las últimas %5 semanas, la cola de respaldo recibiría %6 en lugar de %7. Cuentas de las que %1 es responsable: %8; traspasos abiertos: %9 (siguen asignados a %1 hasta que alguien los reasigne). No se ha guardado nada.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Records held by owners who are not there&lt;/b&gt; on %1 — accounts owned by owners who left: %2; open handoffs with owners who left or are away: %3; handoffs assigned after their owner&apos;s last day: %4.</source>
        <translation>&lt;b&gt;Registros en manos de responsables que no están&lt;/b&gt; a %1 — cuentas de responsables que se fueron: %2; traspasos abiertos con responsables que se fueron o están ausentes: %3; traspasos asignados después del último día de su responsable: %4.</translation>
    </message>
    <message>
        <source>away</source>
        <translation>ausente</translation>
    </message>
    <message>
        <source>left; last working day %1</source>
        <translation>se fue; último día laborable: %1</translation>
    </message>
    <message>
        <source>not started yet</source>
        <translation>aún no ha empezado</translation>
    </message>
    <message>
        <source>%1 leaves after %2</source>
        <translation>%1 se va después del %2</translation>
    </message>
    <message>
        <source>Roster</source>
        <translation>Personal</translation>
    </message>
    <message>
        <source>The absence ends before it starts.</source>
        <translation>La ausencia termina antes de empezar.</translation>
    </message>
    <message>
        <source>Out of office</source>
        <translation>Ausente</translation>
    </message>
    <message>
        <source>%1 out of office</source>
        <translation>%1 ausente</translation>
    </message>
</context>
<context>
    <name>baton::RosterWhatIf</name>
    <message>
        <source>Give the first day of the change (and, for an absence, a last day on or after it).</source>
        <translation>Indique el primer día del cambio (y, para una ausencia, un último día igual o posterior).</translation>
    </message>
    <message>
        <source>There is no owner %1.</source>
        <translation>No existe el responsable %1.</translation>
    </message>
</context>
<context>
    <name>baton::RouteText</name>
    <message>
        <source>(removed #%1)</source>
        <translation>(eliminado n.º %1)</translation>
    </message>
    <message>
        <source>Signal: %1</source>
        <translation>Señal: %1</translation>
    </message>
    <message>
        <source>Territory: %1</source>
        <translation>Territorio: %1</translation>
    </message>
    <message>
        <source>Segment: %1</source>
        <translation>Segmento: %1</translation>
    </message>
    <message>
        <source>Industry: %1</source>
        <translation>Sector: %1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Origen: %1</translation>
    </message>
    <message>
        <source>account has an owner</source>
        <translation>la cuenta tiene responsable</translation>
    </message>
    <message>
        <source>no account owner</source>
        <translation>sin responsable de cuenta</translation>
    </message>
    <message>
        <source>Every lead</source>
        <translation>Todos los leads</translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation>Responsable: %1</translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation>(eliminado)</translation>
    </message>
    <message>
        <source>Account owner, else the account&apos;s team</source>
        <translation>Responsable de la cuenta; si no, el equipo de la cuenta</translation>
    </message>
    <message>
        <source>Round robin: %1</source>
        <translation>Round robin: %1</translation>
    </message>
    <message>
        <source>A named owner</source>
        <translation>Un responsable concreto</translation>
    </message>
    <message>
        <source>The account&apos;s owner (else the account&apos;s team)</source>
        <translation>El responsable de la cuenta (si no, el equipo de la cuenta)</translation>
    </message>
    <message>
        <source>Round robin over a team or queue</source>
        <translation>Round robin en un equipo o cola</translation>
    </message>
    <message>
        <source>%1 (active)</source>
        <translation>%1 (activo)</translation>
    </message>
    <message>
        <source>%1 (draft)</source>
        <translation>%1 (borrador)</translation>
    </message>
    <message>
        <source>%1 (archived)</source>
        <translation>%1 (archivado)</translation>
    </message>
</context>
<context>
    <name>baton::Router</name>
    <message>
        <source>This workspace has no fallback queue. Mark one queue as the fallback on the Routing rules page (Teams and queues), so that every lead has somewhere to go.</source>
        <translation>Este espacio de trabajo no tiene cola de respaldo. Marque una cola como respaldo en la página Reglas de enrutamiento (Equipos y colas), para que cada lead tenga adónde ir.</translation>
    </message>
</context>
<context>
    <name>baton::RowConverter</name>
    <message>
        <source>The mapping feeds %1, which is not a field of %2.</source>
        <translation>La asignación de columnas alimenta %1, que no es un campo de %2.</translation>
    </message>
    <message>
        <source>The file has no column %1, which the mapping needs for %2.</source>
        <translation>El archivo no tiene la columna %1, que la asignación de columnas necesita para %2.</translation>
    </message>
    <message>
        <source> or </source>
        <translation> o </translation>
    </message>
    <message>
        <source>A quoted field is never closed, so this record runs to the end of the file.</source>
        <translation>Un campo entre comillas nunca se cierra, por lo que este registro llega hasta el final del archivo.</translation>
    </message>
    <message>
        <source>The record has %1 fields where the header has %2 (a delimiter or quote out of place?).</source>
        <translation>El registro tiene %1 campos donde el encabezado tiene %2 (¿un delimitador o una comilla fuera de lugar?).</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not one of the values the mapping translates.</source>
        <translation>%1: &quot;%2&quot; no es uno de los valores que traduce la asignación de columnas.</translation>
    </message>
    <message>
        <source>%1 is missing (the mapping requires it).</source>
        <translation>Falta %1 (la asignación de columnas lo requiere).</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a country Baton knows.</source>
        <translation>%1: &quot;%2&quot; no es un país que Baton conozca.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a whole number.</source>
        <translation>%1: &quot;%2&quot; no es un número entero.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a number.</source>
        <translation>%1: &quot;%2&quot; no es un número.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a date in the format %3 (%4).</source>
        <translation>%1: &quot;%2&quot; no es una fecha con el formato %3 (%4).</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not an outcome (open, accepted, rejected, opportunity, won, lost); translate it in the mapping.</source>
        <translation>%1: &quot;%2&quot; no es un resultado (open, accepted, rejected, opportunity, won, lost); tradúzcalo en la asignación de columnas.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a fit grade (A, B, C or D).</source>
        <translation>%1: &quot;%2&quot; no es una nota de encaje (A, B, C o D).</translation>
    </message>
    <message>
        <source>%1: no %2 in this workspace is called &quot;%3&quot; (add it, translate the value in the mapping, or let the mapping create it).</source>
        <translation>%1: ningún %2 de este espacio de trabajo se llama &quot;%3&quot; (añádalo, traduzca el valor en la asignación de columnas o deje que la asignación lo cree).</translation>
    </message>
</context>
<context>
    <name>baton::RuleDialog</name>
    <message>
        <source>Routing rule</source>
        <translation>Regla de enrutamiento</translation>
    </message>
    <message>
        <source>New routing rule</source>
        <translation>Nueva regla de enrutamiento</translation>
    </message>
    <message>
        <source>Enabled: the rule takes part in routing</source>
        <translation>Activada: la regla participa en el enrutamiento</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>When (leave a list unticked to match every value)</source>
        <translation>Cuando (deje una lista sin marcar para que coincida con cualquier valor)</translation>
    </message>
    <message>
        <source>Signal types</source>
        <translation>Tipos de señal</translation>
    </message>
    <message>
        <source>Intent tiers</source>
        <translation>Niveles de intención</translation>
    </message>
    <message>
        <source>Territories</source>
        <translation>Territorios</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segmentos</translation>
    </message>
    <message>
        <source>Industries</source>
        <translation>Sectores</translation>
    </message>
    <message>
        <source>any source; or e.g. webinar, events</source>
        <translation>cualquier origen; o p. ej. webinar, events</translation>
    </message>
    <message>
        <source>Any lead</source>
        <translation>Cualquier lead</translation>
    </message>
    <message>
        <source>Only leads whose account has an owner</source>
        <translation>Solo leads cuya cuenta tiene responsable</translation>
    </message>
    <message>
        <source>Only leads without an account owner</source>
        <translation>Solo leads sin responsable de cuenta</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>Orígenes:</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Cuenta:</translation>
    </message>
    <message>
        <source>Assign to</source>
        <translation>Asignar a</translation>
    </message>
    <message>
        <source>%1 (fallback queue)</source>
        <translation>%1 (cola de respaldo)</translation>
    </message>
    <message>
        <source>How:</source>
        <translation>Cómo:</translation>
    </message>
    <message>
        <source>Team or queue:</source>
        <translation>Equipo o cola:</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>Responsable:</translation>
    </message>
    <message>
        <source>(removed #%1)</source>
        <translation>(eliminado n.º %1)</translation>
    </message>
    <message>
        <source>Give the rule a name that says what it is for.</source>
        <translation>Asigne a la regla un nombre que diga para qué sirve.</translation>
    </message>
    <message>
        <source>Choose the team or queue whose members take turns.</source>
        <translation>Elija el equipo o la cola cuyos miembros se turnan.</translation>
    </message>
    <message>
        <source>Choose the owner who gets these leads.</source>
        <translation>Elija el responsable que recibe estos leads.</translation>
    </message>
</context>
<context>
    <name>baton::RuleListModel</name>
    <message>
        <source>#</source>
        <translation>N.º</translation>
    </message>
    <message>
        <source>Rule (enabled)</source>
        <translation>Regla (activada)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuando</translation>
    </message>
    <message>
        <source>Assign to</source>
        <translation>Asignar a</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Cobertura</translation>
    </message>
</context>
<context>
    <name>baton::RuleSetCommands</name>
    <message>
        <source>New draft rule set</source>
        <translation>Nuevo borrador de conjunto de reglas</translation>
    </message>
    <message>
        <source>Delete rule set %1</source>
        <translation>Eliminar el conjunto de reglas %1</translation>
    </message>
</context>
<context>
    <name>baton::RuleSetStore</name>
    <message>
        <source>This workspace has no active rule set; activate one on the Routing rules page.</source>
        <translation>Este espacio de trabajo no tiene ningún conjunto de reglas activo; active uno en la página Reglas de enrutamiento.</translation>
    </message>
    <message>
        <source>There is no rule set %1; `baton coverage FILE --json` lists them.</source>
        <translation>No existe el conjunto de reglas %1; `baton coverage FILE --json` los enumera.</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>The active rule set cannot be deleted; activate another set first.</source>
        <translation>El conjunto de reglas activo no se puede eliminar; active antes otro conjunto.</translation>
    </message>
    <message>
        <source>Handoffs were routed by these rules (%1 of them) and refer to them, so the rule set stays as history.</source>
        <translation>Se enrutaron traspasos con estas reglas (%1) y hacen referencia a ellas, por lo que el conjunto de reglas se conserva como historial.</translation>
    </message>
</context>
<context>
    <name>baton::RulesPage</name>
    <message>
        <source>Open a workspace to edit its routing rules and coverage model.</source>
        <translation>Abra un espacio de trabajo para editar sus reglas de enrutamiento y su modelo de cobertura.</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Reglas</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Rule set:</source>
        <translation>Conjunto de reglas:</translation>
    </message>
    <message>
        <source>Rule set</source>
        <translation>Conjunto de reglas</translation>
    </message>
    <message>
        <source>New draft</source>
        <translation>Nuevo borrador</translation>
    </message>
    <message>
        <source>Copy the active rules into a new draft that you can change and simulate before it goes live.</source>
        <translation>Copiar las reglas activas en un borrador nuevo que puede cambiar y simular antes de que entre en vigor.</translation>
    </message>
    <message>
        <source>Activate</source>
        <translation>Activar</translation>
    </message>
    <message>
        <source>Make this draft the rules that route new leads; the active set is archived.</source>
        <translation>Convertir este borrador en las reglas que enrutan los leads nuevos; el conjunto activo se archiva.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Simulate…</source>
        <translation>Simular…</translation>
    </message>
    <message>
        <source>Route a CSV of leads, or the workspace&apos;s own handoffs, through this rule set and compare it with the active rules.</source>
        <translation>Enrutar un CSV de leads, o los propios traspasos del espacio de trabajo, con este conjunto de reglas y compararlo con las reglas activas.</translation>
    </message>
    <message>
        <source>Routing rules in order</source>
        <translation>Reglas de enrutamiento en orden</translation>
    </message>
    <message>
        <source>Add rule…</source>
        <translation>Añadir regla…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Scenario: one combination of signal type, territory, segment, industry, source and whether the lead&apos;s account has an owner. Reaches an owner: the first matching rule that can assign takes it. Only the fallback: no rule takes it, so the fallback queue does. Shadowed: earlier rules take every scenario the rule matches.</source>
        <translation>Escenario: una combinación de tipo de señal, territorio, segmento, sector, origen y si la cuenta del lead tiene responsable. Llega a un responsable: la primera regla coincidente que puede asignarlo se lo queda. Solo el respaldo: ninguna regla lo toma, así que lo toma la cola de respaldo. Eclipsada: reglas anteriores toman todos los escenarios con los que coincide la regla.</translation>
    </message>
    <message>
        <source>Every change to the coverage model and the routing rules, newest first (the audit log):</source>
        <translation>Todos los cambios del modelo de cobertura y de las reglas de enrutamiento, del más reciente al más antiguo (el registro de auditoría):</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>Cuándo (UTC)</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Después</translation>
    </message>
    <message>
        <source>History of routing changes</source>
        <translation>Historial de cambios de enrutamiento</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Desactivada</translation>
    </message>
    <message>
        <source>These rules route new leads (active since %1). To change them, make a new draft, prove it on the Coverage page or with Simulate, then activate it.</source>
        <translation>Estas reglas enrutan los leads nuevos (activas desde %1). Para cambiarlas, cree un borrador nuevo, pruébelo en la página Cobertura o con Simular y después actívelo.</translation>
    </message>
    <message>
        <source>the start</source>
        <translation>el principio</translation>
    </message>
    <message>
        <source>Draft: change it freely (drag rules to reorder them; Edit ▸ Undo takes changes back), simulate it, then activate it.</source>
        <translation>Borrador: cámbielo libremente (arrastre las reglas para reordenarlas; Editar ▸ Deshacer revierte los cambios), simúlelo y después actívelo.</translation>
    </message>
    <message>
        <source>Archived: these rules routed leads before (activated %1). Make a new draft to reuse them.</source>
        <translation>Archivado: estas reglas enrutaron leads anteriormente (activado el %1). Cree un borrador nuevo para reutilizarlas.</translation>
    </message>
    <message>
        <source>Coverage on %1: %2 scenarios, %3 reach an owner through a rule, %4 reach only the fallback queue, %5 reach no owner; shadowed rules: %6, overlapping pairs: %7. The Coverage page shows where.</source>
        <translation>Cobertura a %1: %2 escenarios; %3 llegan a un responsable mediante una regla, %4 llegan solo a la cola de respaldo, %5 no llegan a ningún responsable; reglas eclipsadas: %6, pares solapados: %7. La página Cobertura muestra dónde.</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Territorio</translation>
    </message>
    <message>
        <source>Territory area</source>
        <translation>Área de territorio</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segmento</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>Team member</source>
        <translation>Miembro del equipo</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Absence</source>
        <translation>Ausencia</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regla</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>%1 (removed)</source>
        <translation>%1 (eliminado)</translation>
    </message>
    <message>
        <source>View…</source>
        <translation>Ver…</translation>
    </message>
    <message>
        <source>Add rule %1</source>
        <translation>Añadir la regla %1</translation>
    </message>
    <message>
        <source>Edit rule %1</source>
        <translation>Editar la regla %1</translation>
    </message>
    <message>
        <source>Remove rule %1</source>
        <translation>Quitar la regla %1</translation>
    </message>
    <message>
        <source>Move rule %1</source>
        <translation>Mover la regla %1</translation>
    </message>
    <message>
        <source>Enable rule %1</source>
        <translation>Activar la regla %1</translation>
    </message>
    <message>
        <source>Disable rule %1</source>
        <translation>Desactivar la regla %1</translation>
    </message>
    <message>
        <source>Name of the draft rule set:</source>
        <translation>Nombre del conjunto de reglas borrador:</translation>
    </message>
    <message>
        <source>Draft %1</source>
        <translation>Borrador %1</translation>
    </message>
    <message>
        <source>There is no fallback queue, so some leads could stay unassigned. Mark a queue as the fallback on the Teams and queues tab first.</source>
        <translation>No hay cola de respaldo, por lo que algunos leads podrían quedar sin asignar. Marque antes una cola como respaldo en la pestaña Equipos y colas.</translation>
    </message>
    <message>
        <source>With these rules %1 of %2 scenarios reach only the fallback queue and %3 reach no owner. Activate them anyway?</source>
        <translation>Con estas reglas, %1 de %2 escenarios llegan solo a la cola de respaldo y %3 no llegan a ningún responsable. ¿Activarlas de todos modos?</translation>
    </message>
    <message>
        <source>Activate rule set %1</source>
        <translation>Activar el conjunto de reglas %1</translation>
    </message>
    <message>
        <source>Delete rule set</source>
        <translation>Eliminar conjunto de reglas</translation>
    </message>
    <message>
        <source>Delete %1 and its rules (%2)? Edit ▸ Undo brings them back.</source>
        <translation>¿Eliminar %1 y sus reglas (%2)? Editar ▸ Deshacer los recupera.</translation>
    </message>
    <message>
        <source>Archived: these rules were never active. Make a new draft to reuse them.</source>
        <translation>Archivado: estas reglas nunca estuvieron activas. Cree un borrador nuevo para reutilizarlas.</translation>
    </message>
</context>
<context>
    <name>baton::ScorecardCharts</name>
    <message>
        <source>Handoffs, acceptance and conversion by week</source>
        <translation>Traspasos, aceptación y conversión por semana</translation>
    </message>
    <message>
        <source>Handoffs</source>
        <translation>Traspasos</translation>
    </message>
    <message>
        <source>Acceptance rate</source>
        <translation>Tasa de aceptación</translation>
    </message>
    <message>
        <source>Conversion rate</source>
        <translation>Tasa de conversión</translation>
    </message>
    <message>
        <source>handoffs</source>
        <translation>traspasos</translation>
    </message>
    <message>
        <source>rate</source>
        <translation>tasa</translation>
    </message>
    <message>
        <source>SLA compliance by week</source>
        <translation>Cumplimiento del SLA por semana</translation>
    </message>
    <message>
        <source>SLA compliance</source>
        <translation>Cumplimiento del SLA</translation>
    </message>
    <message>
        <source>Stage 3 threshold (%1)</source>
        <translation>Umbral del nivel 3 (%1)</translation>
    </message>
    <message>
        <source>SLA compliance by team</source>
        <translation>Cumplimiento del SLA por equipo</translation>
    </message>
    <message>
        <source>Rejections by reason</source>
        <translation>Rechazos por motivo</translation>
    </message>
    <message>
        <source>Where handoffs leak</source>
        <translation>Dónde se fugan los traspasos</translation>
    </message>
</context>
<context>
    <name>baton::ScorecardData</name>
    <message>
        <source>(no reason)</source>
        <translation>(sin motivo)</translation>
    </message>
</context>
<context>
    <name>baton::ScorecardExport</name>
    <message>
        <source>Open a workspace first.</source>
        <translation>Abra antes un espacio de trabajo.</translation>
    </message>
    <message>
        <source>Building the scorecard…</source>
        <translation>Generando el cuadro de mando…</translation>
    </message>
</context>
<context>
    <name>baton::ScorecardExportDialog</name>
    <message>
        <source>Export Scorecard</source>
        <translation>Exportar cuadro de mando</translation>
    </message>
    <message>
        <source>A PDF of the week for the governance meeting to take away: KPIs against the week before and their trend, SLA compliance, rejection reasons, leakage, the maturity matrix, the contract, and the meeting&apos;s decisions and action items.</source>
        <translation>Un PDF de la semana para que la reunión de gobernanza se lo lleve: los KPI frente a la semana anterior y su tendencia, el cumplimiento del SLA, los motivos de rechazo, las fugas, la matriz de madurez, el contrato y las decisiones y tareas de la reunión.</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semana</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <source>Page size</source>
        <translation>Tamaño de página</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>baton::ScorecardRenderer</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source> pts</source>
        <translation> pp</translation>
    </message>
    <message>
        <source>high</source>
        <translation>alto</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>medio</translation>
    </message>
    <message>
        <source>low</source>
        <translation>bajo</translation>
    </message>
    <message>
        <source>The page size must be a4 or letter, not &quot;%1&quot;.</source>
        <translation>El tamaño de página debe ser a4 o letter, no &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Handoff scorecard · Week %1</source>
        <translation>Cuadro de mando del traspaso · Semana %1</translation>
    </message>
    <message>
        <source>Handoff scorecard, %1, week %2</source>
        <translation>Cuadro de mando del traspaso, %1, semana %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Cannot start the PDF %1.</source>
        <translation>No se puede iniciar el PDF %1.</translation>
    </message>
    <message>
        <source>Handoff scorecard</source>
        <translation>Cuadro de mando del traspaso</translation>
    </message>
    <message>
        <source>%1 · Week %2 (%3)</source>
        <translation>%1 · Semana %2 (%3)</translation>
    </message>
    <message>
        <source>Handoffs of the week, judged as of %1 UTC. Compared with week %2.</source>
        <translation>Traspasos de la semana, evaluados a fecha de %1 UTC. Comparados con la semana %2.</translation>
    </message>
    <message>
        <source>Headline KPIs</source>
        <translation>KPI principales</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Variación</translation>
    </message>
    <message>
        <source>Handoffs</source>
        <translation>Traspasos</translation>
    </message>
    <message>
        <source>Acceptance rate</source>
        <translation>Tasa de aceptación</translation>
    </message>
    <message>
        <source>Conversion rate (handoff → opportunity)</source>
        <translation>Tasa de conversión (traspaso → oportunidad)</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>Tasa de éxito</translation>
    </message>
    <message>
        <source>Velocity to opportunity, median days</source>
        <translation>Velocidad hasta oportunidad, mediana de días</translation>
    </message>
    <message>
        <source>Pipeline per handoff</source>
        <translation>Pipeline por traspaso</translation>
    </message>
    <message>
        <source>Won per handoff</source>
        <translation>Ganado por traspaso</translation>
    </message>
    <message>
        <source>SLA compliance</source>
        <translation>Cumplimiento del SLA</translation>
    </message>
    <message>
        <source>Time to first touch, median business minutes</source>
        <translation>Tiempo hasta el primer contacto, mediana de minutos laborables</translation>
    </message>
    <message>
        <source>Time to first touch, p90 business minutes</source>
        <translation>Tiempo hasta el primer contacto, p90 de minutos laborables</translation>
    </message>
    <message>
        <source>Leakage: %1</source>
        <translation>Fugas: %1</translation>
    </message>
    <message>
        <source>Trend, %1 weeks</source>
        <translation>Tendencia, %1 semanas</translation>
    </message>
    <message>
        <source>%1 of the week&apos;s %2 decided handoffs met their SLA: %3 (week before: %4). %5 missed, %6 still untouched past due, %7 pending.</source>
        <translation>%1 de los %2 traspasos decididos de la semana cumplieron su SLA: %3 (semana anterior: %4). %5 lo incumplieron, %6 siguen sin contacto pasado el plazo, %7 pendientes.</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Decididos</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Cumplidos</translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation>Cumplimiento</translation>
    </message>
    <message>
        <source>Median touch, min</source>
        <translation>Mediana de contacto, min</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>Todos los equipos</translation>
    </message>
    <message>
        <source>Rejection reasons</source>
        <translation>Motivos de rechazo</translation>
    </message>
    <message>
        <source>%1 rejections in the week (week before: %2), with the recycle play each reason triggers.</source>
        <translation>%1 rechazos en la semana (semana anterior: %2), con la jugada de reciclaje que desencadena cada motivo.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Recycle play</source>
        <translation>Jugada de reciclaje</translation>
    </message>
    <message>
        <source>none: leakage</source>
        <translation>ninguna: fuga</translation>
    </message>
    <message>
        <source>none: a governance gap</source>
        <translation>ninguna: una brecha de gobernanza</translation>
    </message>
    <message>
        <source>No rejections in either week.</source>
        <translation>No hay rechazos en ninguna de las dos semanas.</translation>
    </message>
    <message>
        <source>Leakage</source>
        <translation>Fugas</translation>
    </message>
    <message>
        <source>Where handoffs leak</source>
        <translation>Dónde se fugan los traspasos</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Proporción</translation>
    </message>
    <message>
        <source>Leaks are counted one by one, so a handoff can be in two (routed to the fallback queue, then rejected).</source>
        <translation>Las fugas se cuentan una a una, así que un traspaso puede estar en dos (enrutado a la cola de respaldo y después rechazado).</translation>
    </message>
    <message>
        <source>Maturity matrix</source>
        <translation>Matriz de madurez</translation>
    </message>
    <message>
        <source>Shaded: the stage the evidence in the workspace supports for week %1. Outlined: the team&apos;s own self-assessment. A dimension&apos;s evidence stage is the lowest stage any of its rules supports.</source>
        <translation>Sombreado: el nivel que respalda la evidencia del espacio de trabajo para la semana %1. Contorneado: la autoevaluación del propio equipo. El nivel de evidencia de una dimensión es el nivel más bajo que respalda cualquiera de sus reglas.</translation>
    </message>
    <message>
        <source>Stage %1
%2</source>
        <translation>Nivel %1
%2</translation>
    </message>
    <message>
        <source>Team: stage %1</source>
        <translation>Equipo: nivel %1</translation>
    </message>
    <message>
        <source>Team: not assessed</source>
        <translation>Equipo: sin evaluar</translation>
    </message>
    <message>
        <source>Evidence: stage %1</source>
        <translation>Evidencia: nivel %1</translation>
    </message>
    <message>
        <source>EVIDENCE</source>
        <translation>EVIDENCIA</translation>
    </message>
    <message>
        <source>TEAM</source>
        <translation>EQUIPO</translation>
    </message>
    <message>
        <source>What the evidence shows</source>
        <translation>Qué muestra la evidencia</translation>
    </message>
    <message>
        <source>%1: evidence stage %2</source>
        <translation>%1: nivel de evidencia %2</translation>
    </message>
    <message>
        <source>, team stage %1 (assessed %2)</source>
        <translation>, nivel del equipo %1 (evaluado el %2)</translation>
    </message>
    <message>
        <source>: the team&apos;s view is one stage ahead of the evidence</source>
        <translation>: la visión del equipo va un nivel por delante de la evidencia</translation>
    </message>
    <message>
        <source>: the team&apos;s view is %1 stages ahead of the evidence</source>
        <translation>: la visión del equipo va %1 niveles por delante de la evidencia</translation>
    </message>
    <message>
        <source>Handoff contract</source>
        <translation>Contrato de traspaso</translation>
    </message>
    <message>
        <source>No contract version was in force at the end of week %1: Sales, Marketing and RevOps have not signed one yet.</source>
        <translation>No había ninguna versión del contrato en vigor al final de la semana %1: Ventas, Marketing y RevOps aún no han firmado ninguna.</translation>
    </message>
    <message>
        <source>Version %1 · %2 · in force since %3</source>
        <translation>Versión %1 · %2 · en vigor desde %3</translation>
    </message>
    <message>
        <source>Signal type</source>
        <translation>Tipo de señal</translation>
    </message>
    <message>
        <source>Intent</source>
        <translation>Intención</translation>
    </message>
    <message>
        <source>Qualifies when</source>
        <translation>Cualifica cuando</translation>
    </message>
    <message>
        <source>Sales receives</source>
        <translation>Ventas recibe</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <source>First touch within</source>
        <translation>Primer contacto en</translation>
    </message>
    <message>
        <source>the handoff itself</source>
        <translation>el propio traspaso</translation>
    </message>
    <message>
        <source>First-touch targets count business hours on the handoff&apos;s calendar.</source>
        <translation>Los objetivos de primer contacto cuentan horas laborables según el calendario del traspaso.</translation>
    </message>
    <message>
        <source>Agreed by</source>
        <translation>Acordado por</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Parte</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Firmado por</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>not signed</source>
        <translation>sin firmar</translation>
    </message>
    <message>
        <source>Governance meeting, week %1</source>
        <translation>Reunión de gobernanza, semana %1</translation>
    </message>
    <message>
        <source>Held on %1 · Attendees: %2</source>
        <translation>Celebrada el %1 · Asistentes: %2</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>todavía no</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>ninguno registrado</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Decisiones</translation>
    </message>
    <message>
        <source>No decisions recorded.</source>
        <translation>No hay decisiones registradas.</translation>
    </message>
    <message>
        <source>No meeting is recorded for week %1. The action items still open from earlier meetings follow.</source>
        <translation>No hay ninguna reunión registrada para la semana %1. A continuación figuran las tareas aún abiertas de reuniones anteriores.</translation>
    </message>
    <message>
        <source>Action item</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>Planteada</translation>
    </message>
    <message>
        <source>Open, overdue</source>
        <translation>Abierta, vencida</translation>
    </message>
    <message>
        <source>Action items raised at this meeting</source>
        <translation>Tareas planteadas en esta reunión</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Ninguna.</translation>
    </message>
    <message>
        <source>Action items from earlier meetings</source>
        <translation>Tareas de reuniones anteriores</translation>
    </message>
    <message>
        <source>They come back every week until they are closed; overdue ones are shaded.</source>
        <translation>Vuelven cada semana hasta que se cierran; las vencidas aparecen sombreadas.</translation>
    </message>
    <message>
        <source>None open.</source>
        <translation>Ninguna abierta.</translation>
    </message>
    <message>
        <source>Agenda built from the week&apos;s data</source>
        <translation>Orden del día elaborado a partir de los datos de la semana</translation>
    </message>
</context>
<context>
    <name>baton::SegmentDialog</name>
    <message>
        <source>Segment</source>
        <translation>Segmento</translation>
    </message>
    <message>
        <source>New segment</source>
        <translation>Nuevo segmento</translation>
    </message>
    <message>
        <source>open</source>
        <translation>sin límite</translation>
    </message>
    <message>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>Employees:</source>
        <translation>Empleados:</translation>
    </message>
    <message>
        <source>Annual revenue:</source>
        <translation>Ingresos anuales:</translation>
    </message>
    <message>
        <source>Give the segment a name.</source>
        <translation>Asigne un nombre al segmento.</translation>
    </message>
    <message>
        <source>Give at least one bound, by employees or by revenue; a segment without bounds holds no company.</source>
        <translation>Indique al menos un límite, por empleados o por ingresos; un segmento sin límites no contiene ninguna empresa.</translation>
    </message>
    <message>
        <source>A lower bound is above its upper bound.</source>
        <translation>Un límite inferior está por encima de su límite superior.</translation>
    </message>
</context>
<context>
    <name>baton::SelfAssessmentDialog</name>
    <message>
        <source>Self-assessment</source>
        <translation>Autoevaluación</translation>
    </message>
    <message>
        <source>Where does the team think it stands? Baton keeps every self-assessment with its day, and shows it next to the stage the evidence supports.</source>
        <translation>¿Dónde cree el equipo que está? Baton conserva cada autoevaluación con su fecha y la muestra junto al nivel que respalda la evidencia.</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>Dimensión</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>Assessed on</source>
        <translation>Evaluado el</translation>
    </message>
    <message>
        <source>Why the team sees itself there</source>
        <translation>Por qué el equipo se ve ahí</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
</context>
<context>
    <name>baton::SettingsDialog</name>
    <message>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <source>System (%1)</source>
        <translation>Sistema (%1)</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Baton uses the language you choose from its next start.</source>
        <translation>Baton usará el idioma que elija a partir del próximo inicio.</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>System follows the desktop&apos;s light or dark appearance.</source>
        <translation>Sistema sigue la apariencia clara u oscura del escritorio.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Tema:</translation>
    </message>
</context>
<context>
    <name>baton::SimulationDialog</name>
    <message>
        <source>Simulate routing</source>
        <translation>Simular enrutamiento</translation>
    </message>
    <message>
        <source>Leads file (CSV):</source>
        <translation>Archivo de leads (CSV):</translation>
    </message>
    <message>
        <source>columns: %1</source>
        <translation>columnas: %1</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>The workspace&apos;s handoffs from</source>
        <translation>Los traspasos del espacio de trabajo desde</translation>
    </message>
    <message>
        <source>to</source>
        <translation>hasta</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ejecutar</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <source>Per day</source>
        <translation>Por día</translation>
    </message>
    <message>
        <source>Capacity a day</source>
        <translation>Capacidad al día</translation>
    </message>
    <message>
        <source>Peak day</source>
        <translation>Día pico</translation>
    </message>
    <message>
        <source>Days over capacity</source>
        <translation>Días por encima de la capacidad</translation>
    </message>
    <message>
        <source>Under the active rules</source>
        <translation>Con las reglas activas</translation>
    </message>
    <message>
        <source>Load per owner</source>
        <translation>Carga por responsable</translation>
    </message>
    <message>
        <source>Per day: leads / weekdays from the first to the last lead&apos;s day. Peak day: most leads on one day. Days over capacity: days with more leads than the owner&apos;s capacity per day (round robin never exceeds it; named owners, account owners and the fallback queue can).</source>
        <translation>Por día: leads / días laborables desde el día del primer lead hasta el del último. Día pico: el día con más leads. Días por encima de la capacidad: días con más leads que la capacidad diaria del responsable (el round robin nunca la supera; los responsables concretos, los responsables de cuenta y la cola de respaldo sí pueden).</translation>
    </message>
    <message>
        <source>Team under the active rules</source>
        <translation>Equipo con las reglas activas</translation>
    </message>
    <message>
        <source>Team under these rules</source>
        <translation>Equipo con estas reglas</translation>
    </message>
    <message>
        <source>Leads that change team</source>
        <translation>Leads que cambian de equipo</translation>
    </message>
    <message>
        <source>Values in the leads file that could not be used are listed here.</source>
        <translation>Aquí se enumeran los valores del archivo de leads que no se pudieron usar.</translation>
    </message>
    <message>
        <source>Leads file</source>
        <translation>Archivo de leads</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Archivos CSV (*.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Choose a leads file first.</source>
        <translation>Elija antes un archivo de leads.</translation>
    </message>
    <message>
        <source>Simulating routing…</source>
        <translation>Simulando el enrutamiento…</translation>
    </message>
    <message>
        <source>%1 leads: %2 assigned, %3 unassigned, %4 to the fallback queue; %5 weekdays.</source>
        <translation>%1 leads: %2 asignados, %3 sin asignar, %4 a la cola de respaldo; %5 días laborables.</translation>
    </message>
    <message>
        <source>Against the active rules: %1 leads change team, %2 change owner, %3 are decided by another rule; the fallback queue gets %4 instead of %5.</source>
        <translation>Frente a las reglas activas: %1 leads cambian de equipo, %2 cambian de responsable, %3 los decide otra regla; la cola de respaldo recibe %4 en lugar de %5.</translation>
    </message>
    <message>
        <source>These are the active rules, so there is nothing to compare with.</source>
        <translation>Estas son las reglas activas, así que no hay nada con qué comparar.</translation>
    </message>
</context>
<context>
    <name>baton::SlaBreachModel</name>
    <message>
        <source>Notify the owner</source>
        <translation>Notificar al responsable</translation>
    </message>
    <message>
        <source>Notify the manager</source>
        <translation>Notificar al mánager</translation>
    </message>
    <message>
        <source>Notify RevOps</source>
        <translation>Notificar a RevOps</translation>
    </message>
    <message>
        <source>Reassign</source>
        <translation>Reasignar</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>Ninguna todavía</translation>
    </message>
    <message>
        <source>(unassigned)</source>
        <translation>(sin asignar)</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>no ladder</source>
        <translation>sin escalera</translation>
    </message>
    <message>
        <source>How far the handoff got. Accepted or rejected handoffs without a logged first touch still breach: the touch was never recorded.</source>
        <translation>Hasta dónde llegó el traspaso. Los traspasos aceptados o rechazados sin primer contacto registrado siguen incumpliendo el SLA: el contacto nunca se registró.</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Signal type</source>
        <translation>Tipo de señal</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>Handed off</source>
        <translation>Traspasado</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vencimiento</translation>
    </message>
    <message>
        <source>Elapsed (business)</source>
        <translation>Transcurrido (laboral)</translation>
    </message>
    <message>
        <source>Elapsed %</source>
        <translation>% transcurrido</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <source>Escalation</source>
        <translation>Escalado</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
</context>
<context>
    <name>baton::SlaComplianceModel</name>
    <message>
        <source>%1 — click to see these handoffs</source>
        <translation>%1 — haga clic para ver estos traspasos</translation>
    </message>
    <message>
        <source>First touch
median</source>
        <translation>Primer contacto
mediana</translation>
    </message>
    <message>
        <source>First touch
p90</source>
        <translation>Primer contacto
p90</translation>
    </message>
    <message>
        <source>Routing delay
median</source>
        <translation>Retraso de enrutamiento
mediana</translation>
    </message>
    <message>
        <source>Response
median</source>
        <translation>Respuesta
mediana</translation>
    </message>
    <message>
        <source>Breaching
now</source>
        <translation>Incumpliendo
ahora</translation>
    </message>
    <message>
        <source>SLA
compliance</source>
        <translation>Cumplimiento
del SLA</translation>
    </message>
    <message>
        <source>Under
SLA</source>
        <translation>Con
SLA</translation>
    </message>
</context>
<context>
    <name>baton::SlaDefinitions</name>
    <message>
        <source>Week</source>
        <translation>Semana</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>A fecha de</translation>
    </message>
    <message>
        <source>Handoffs</source>
        <translation>Traspasos</translation>
    </message>
    <message>
        <source>Under SLA</source>
        <translation>Con SLA</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Cumplidos</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Decididos</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Incumplidos</translation>
    </message>
    <message>
        <source>Breaching now</source>
        <translation>Incumpliendo ahora</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendientes</translation>
    </message>
    <message>
        <source>SLA compliance</source>
        <translation>Cumplimiento del SLA</translation>
    </message>
    <message>
        <source>Time to first touch, median</source>
        <translation>Tiempo hasta el primer contacto, mediana</translation>
    </message>
    <message>
        <source>Time to first touch, p90</source>
        <translation>Tiempo hasta el primer contacto, p90</translation>
    </message>
    <message>
        <source>Routing delay, median</source>
        <translation>Retraso de enrutamiento, mediana</translation>
    </message>
    <message>
        <source>Response time, median</source>
        <translation>Tiempo de respuesta, mediana</translation>
    </message>
    <message>
        <source>Elapsed</source>
        <translation>Transcurrido</translation>
    </message>
    <message>
        <source>Escalation step</source>
        <translation>Paso de escalado</translation>
    </message>
    <message>
        <source>Business calendar</source>
        <translation>Calendario laboral</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Tendencia</translation>
    </message>
    <message>
        <source>A handoff belongs to the ISO week (Monday to Sunday) in which it was handed off, in the workspace&apos;s reporting time zone. The page opens on the last week that had ended by the as-of instant.</source>
        <translation>Un traspaso pertenece a la semana ISO (de lunes a domingo) en la que se realizó, en la zona horaria de los informes del espacio de trabajo. La página se abre en la última semana que había terminado en el instante de referencia.</translation>
    </message>
    <message>
        <source>The instant open SLAs are judged at: the workspace&apos;s as-of setting (imported and demo data are frozen in time), else now.</source>
        <translation>El instante en el que se evalúan los SLA abiertos: la fecha de referencia configurada en el espacio de trabajo (los datos importados y de demostración están congelados en el tiempo); si no hay, el momento actual.</translation>
    </message>
    <message>
        <source>Handoffs handed off in the week in this group.</source>
        <translation>Traspasos realizados en la semana en este grupo.</translation>
    </message>
    <message>
        <source>Of those, the handoffs whose signal type has an SLA policy, so that they have a target and a due instant.</source>
        <translation>De ellos, los traspasos cuyo tipo de señal tiene una política de SLA, de modo que tienen un objetivo y un instante de vencimiento.</translation>
    </message>
    <message>
        <source>First touch at or before the SLA due instant. The due instant is the handoff time plus the target in business minutes, counted on the handoff&apos;s business calendar.</source>
        <translation>Primer contacto en el instante de vencimiento del SLA o antes. El instante de vencimiento es la hora del traspaso más el objetivo en minutos laborables, contados según el calendario laboral del traspaso.</translation>
    </message>
    <message>
        <source>Handoffs under SLA whose outcome is known as of the as-of instant: touched, or untouched with the due instant passed.</source>
        <translation>Traspasos con SLA cuyo resultado se conoce en el instante de referencia: contactados, o sin contactar con el instante de vencimiento ya pasado.</translation>
    </message>
    <message>
        <source>Decided and not met: touched after the due instant, or untouched past it.</source>
        <translation>Decididos y no cumplidos: contactados después del instante de vencimiento, o sin contactar una vez pasado.</translation>
    </message>
    <message>
        <source>Untouched and past the due instant as of the as-of instant: open breaches, which escalation applies to. They are counted in Missed.</source>
        <translation>Sin contactar y con el instante de vencimiento pasado en el instante de referencia: incumplimientos del SLA abiertos, a los que se aplica el escalado. Se cuentan en Incumplidos.</translation>
    </message>
    <message>
        <source>Under SLA, untouched and not yet due: the outcome is still open.</source>
        <translation>Con SLA, sin contactar y aún sin vencer: el resultado sigue abierto.</translation>
    </message>
    <message>
        <source>Met ÷ Decided. Blank when nothing is decided. Handoffs without an SLA policy count in neither.</source>
        <translation>Cumplidos ÷ Decididos. En blanco cuando no hay nada decidido. Los traspasos sin política de SLA no cuentan en ninguno de los dos.</translation>
    </message>
    <message>
        <source>Business minutes from handoff to first touch on the handoff&apos;s calendar, over the touched handoffs under SLA: the middle value (the mean of the two middle values for an even count).</source>
        <translation>Minutos laborables desde el traspaso hasta el primer contacto según el calendario del traspaso, sobre los traspasos contactados con SLA: el valor central (la media de los dos valores centrales si el recuento es par).</translation>
    </message>
    <message>
        <source>The 90th percentile of the same minutes: the nearest-rank value, the ⌈0.9 n⌉-th smallest.</source>
        <translation>El percentil 90 de los mismos minutos: el valor de rango más cercano, el ⌈0,9 n⌉-ésimo más pequeño.</translation>
    </message>
    <message>
        <source>Median business minutes from handoff to assignment: the system&apos;s and RevOps&apos; share of the clock.</source>
        <translation>Mediana de minutos laborables desde el traspaso hasta la asignación: la parte del reloj que corresponde al sistema y a RevOps.</translation>
    </message>
    <message>
        <source>Median business minutes from assignment to first touch: the owner&apos;s share of the clock.</source>
        <translation>Mediana de minutos laborables desde la asignación hasta el primer contacto: la parte del reloj que corresponde al responsable.</translation>
    </message>
    <message>
        <source>Business time from the handoff to the as-of instant, on the handoff&apos;s calendar, as a share of its target (100 % = the target is used up).</source>
        <translation>Tiempo laboral desde el traspaso hasta el instante de referencia, según el calendario del traspaso, como proporción de su objetivo (100 % = objetivo agotado).</translation>
    </message>
    <message>
        <source>How many thresholds of the policy&apos;s escalation ladder the elapsed share has passed (0 = none); the action is that of the last step passed.</source>
        <translation>Cuántos umbrales de la escalera de escalado de la política ha superado la proporción transcurrida (0 = ninguno); la acción es la del último paso superado.</translation>
    </message>
    <message>
        <source>The policy says whose business hours count: the owner&apos;s calendar (else the team&apos;s), the team&apos;s, or the policy&apos;s own. Whatever is missing falls back to the policy&apos;s calendar, then to 24 × 7.</source>
        <translation>La política indica qué horario laboral cuenta: el calendario del responsable (si no, el del equipo), el del equipo o el de la propia política. Lo que falte recurre al calendario de la política y, después, a 24 × 7.</translation>
    </message>
    <message>
        <source>SLA compliance (Met ÷ Decided) of each week&apos;s handoffs, judged as of the as-of instant.</source>
        <translation>Cumplimiento del SLA (Cumplidos ÷ Decididos) de los traspasos de cada semana, evaluado en el instante de referencia.</translation>
    </message>
</context>
<context>
    <name>baton::SlaFacts</name>
    <message>
        <source>The workspace is open read-only, so its SLA facts cannot be recomputed.</source>
        <translation>El espacio de trabajo está abierto en modo de solo lectura, por lo que sus datos de SLA no se pueden recalcular.</translation>
    </message>
    <message>
        <source>Recomputing the SLA facts was cancelled; nothing was changed.</source>
        <translation>Se canceló el recálculo de los datos de SLA; no se cambió nada.</translation>
    </message>
    <message>
        <source>Recomputing the SLA facts failed: %1</source>
        <translation>Error al recalcular los datos del SLA: %1</translation>
    </message>
</context>
<context>
    <name>baton::SlaFactsBanner</name>
    <message>
        <source>The SLA policies or calendars changed since the SLA facts of the handoffs were computed: the numbers here still use the old ones.</source>
        <translation>Las políticas de SLA o los calendarios cambiaron después de calcular los datos de SLA de los traspasos: las cifras de aquí siguen usando los anteriores.</translation>
    </message>
    <message>
        <source>Recompute SLA facts</source>
        <translation>Recalcular datos de SLA</translation>
    </message>
    <message>
        <source>Recomputes target, due instant, routing delay, response time and time to first touch of every handoff from the current policies and calendars, in one transaction.</source>
        <translation>Recalcula el objetivo, el instante de vencimiento, el retraso de enrutamiento, el tiempo de respuesta y el tiempo hasta el primer contacto de cada traspaso a partir de las políticas y calendarios actuales, en una sola transacción.</translation>
    </message>
    <message>
        <source>Recomputing the SLA facts of every handoff…</source>
        <translation>Recalculando los datos de SLA de cada traspaso…</translation>
    </message>
</context>
<context>
    <name>baton::SlaPage</name>
    <message>
        <source>&amp;Week:</source>
        <translation>&amp;Semana:</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semana</translation>
    </message>
    <message>
        <source>&amp;Group by:</source>
        <translation>&amp;Agrupar por:</translation>
    </message>
    <message>
        <source>Group by</source>
        <translation>Agrupar por</translation>
    </message>
    <message>
        <source>Definitions</source>
        <translation>Definiciones</translation>
    </message>
    <message>
        <source>Show what every number on this page means</source>
        <translation>Mostrar qué significa cada cifra de esta página</translation>
    </message>
    <message>
        <source>SLA compliance by group</source>
        <translation>Cumplimiento del SLA por grupo</translation>
    </message>
    <message>
        <source>Click a number to see the handoffs behind it.</source>
        <translation>Haga clic en una cifra para ver los traspasos que hay detrás.</translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation>Cumplimiento</translation>
    </message>
    <message>
        <source>Show as handoffs</source>
        <translation>Mostrar como traspasos</translation>
    </message>
    <message>
        <source>Open every breach in the handoff table, to search and export them</source>
        <translation>Abrir todos los incumplimientos del SLA en la tabla de traspasos, para buscarlos y exportarlos</translation>
    </message>
    <message>
        <source>Open breaches</source>
        <translation>Incumplimientos abiertos</translation>
    </message>
    <message>
        <source>Double-click a breach to see its handoff.</source>
        <translation>Haga doble clic en un incumplimiento para ver su traspaso.</translation>
    </message>
    <message>
        <source>Handoffs</source>
        <translation>Traspasos</translation>
    </message>
    <message>
        <source>all handoffs</source>
        <translation>todos los traspasos</translation>
    </message>
    <message>
        <source>%1 · %2 · decided as of %3</source>
        <translation>%1 · %2 · decididos a fecha de %3</translation>
    </message>
    <message>
        <source>Open breach %1</source>
        <translation>Incumplimiento abierto %1</translation>
    </message>
    <message>
        <source>Open breaches as of %1</source>
        <translation>Incumplimientos abiertos a fecha de %1</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>Signal type</source>
        <translation>Tipo de señal</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Open a workspace to see SLA compliance, breaches and escalations.</source>
        <translation>Abra un espacio de trabajo para ver el cumplimiento del SLA, los incumplimientos y los escalados.</translation>
    </message>
    <message>
        <source>This workspace has no handoffs yet. Import a CRM export (Instrument → Import) and SLA compliance shows here.</source>
        <translation>Este espacio de trabajo aún no tiene traspasos. Importe una exportación del CRM (Instrumentar → Importar) y el cumplimiento del SLA aparecerá aquí.</translation>
    </message>
    <message>
        <source>Judged as of: %1</source>
        <translation>Evaluado a fecha de: %1</translation>
    </message>
    <message>
        <source>%1 (%2 – %3)</source>
        <translation>%1 (%2 – %3)</translation>
    </message>
    <message>
        <source>%1 handoffs are untouched past their SLA as of %2 (all weeks); %3 have reached the last step of their escalation ladder.</source>
        <translation>%1 traspasos siguen sin contactar pasado su SLA a fecha de %2 (todas las semanas); %3 han llegado al último paso de su escalera de escalado.</translation>
    </message>
    <message>
        <source>Open breaches, all weeks (%1)</source>
        <translation>Incumplimientos abiertos, todas las semanas (%1)</translation>
    </message>
    <message>
        <source>met their SLA</source>
        <translation>cumplieron su SLA</translation>
    </message>
    <message>
        <source>decided</source>
        <translation>decididos</translation>
    </message>
    <message>
        <source>missed their SLA</source>
        <translation>incumplieron su SLA</translation>
    </message>
    <message>
        <source>breaching now</source>
        <translation>incumpliendo ahora</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>pendientes</translation>
    </message>
    <message>
        <source>under SLA</source>
        <translation>con SLA</translation>
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
        <translation>Del responsable (si no, del equipo)</translation>
    </message>
    <message>
        <source>Team&apos;s</source>
        <translation>Del equipo</translation>
    </message>
    <message>
        <source>This policy&apos;s</source>
        <translation>De esta política</translation>
    </message>
    <message>
        <source>Open a workspace to edit its SLA policies and business calendars.</source>
        <translation>Abra un espacio de trabajo para editar sus políticas de SLA y calendarios laborales.</translation>
    </message>
    <message>
        <source>Double-click a cell to change it; Edit → Undo takes a change back. Targets and calendars apply to handoffs written from now on; recompute to apply them to the handoffs already stored.</source>
        <translation>Haga doble clic en una celda para cambiarla; Editar → Deshacer revierte un cambio. Los objetivos y calendarios se aplican a los traspasos que se escriban a partir de ahora; recalcule para aplicarlos a los traspasos ya almacenados.</translation>
    </message>
    <message>
        <source>SLA policies by signal type</source>
        <translation>Políticas de SLA por tipo de señal</translation>
    </message>
    <message>
        <source>Signal type</source>
        <translation>Tipo de señal</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>Whose hours</source>
        <translation>Horario de quién</translation>
    </message>
    <message>
        <source>Policy calendar</source>
        <translation>Calendario de la política</translation>
    </message>
    <message>
        <source>Escalation</source>
        <translation>Escalado</translation>
    </message>
    <message>
        <source>SLA policies</source>
        <translation>Políticas de SLA</translation>
    </message>
    <message>
        <source>Time to first touch, in business minutes</source>
        <translation>Tiempo hasta el primer contacto, en minutos laborables</translation>
    </message>
    <message>
        <source>The policy&apos;s own calendar: used when the policy says so, and when the owner or team has none</source>
        <translation>El calendario propio de la política: se usa cuando la política lo indica y cuando el responsable o el equipo no tienen ninguno</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Add policy</source>
        <translation>Añadir política</translation>
    </message>
    <message>
        <source>Remove policy</source>
        <translation>Quitar política</translation>
    </message>
    <message>
        <source>Escalation ladder</source>
        <translation>Escalera de escalado</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source> % of the target</source>
        <translation> % del objetivo</translation>
    </message>
    <message>
        <source>Add step</source>
        <translation>Añadir paso</translation>
    </message>
    <message>
        <source>Remove step</source>
        <translation>Quitar paso</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>%1 %: %2</source>
        <translation>%1 %: %2</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>(no escalation)</source>
        <translation>(sin escalado)</translation>
    </message>
    <message>
        <source>Escalation ladder for %1</source>
        <translation>Escalera de escalado de %1</translation>
    </message>
    <message>
        <source>%1 % of the target</source>
        <translation>%1 % del objetivo</translation>
    </message>
    <message>
        <source>%1 now runs on its own calendar but has none: it runs around the clock until you choose one.</source>
        <translation>%1 ahora funciona con su propio calendario, pero no tiene ninguno: funciona las 24 horas hasta que elija uno.</translation>
    </message>
    <message>
        <source>Change the SLA target of %1</source>
        <translation>Cambiar el objetivo de SLA de %1</translation>
    </message>
    <message>
        <source>Change the SLA calendar of %1</source>
        <translation>Cambiar el calendario de SLA de %1</translation>
    </message>
    <message>
        <source>Change an escalation step</source>
        <translation>Cambiar un paso de escalado</translation>
    </message>
    <message>
        <source>Add an SLA policy for %1</source>
        <translation>Añadir una política de SLA para %1</translation>
    </message>
    <message>
        <source>Remove the SLA policy for %1</source>
        <translation>Quitar la política de SLA de %1</translation>
    </message>
    <message>
        <source>Add an escalation step</source>
        <translation>Añadir un paso de escalado</translation>
    </message>
    <message>
        <source>Remove an escalation step</source>
        <translation>Quitar un paso de escalado</translation>
    </message>
    <message>
        <source>When elapsed
reaches</source>
        <translation>Cuando lo transcurrido
llega a</translation>
    </message>
</context>
<context>
    <name>baton::SlaReport</name>
    <message>
        <source>All handoffs</source>
        <translation>Todos los traspasos</translation>
    </message>
    <message>
        <source>No signal type</source>
        <translation>Sin tipo de señal</translation>
    </message>
    <message>
        <source>No team</source>
        <translation>Sin equipo</translation>
    </message>
    <message>
        <source>No owner</source>
        <translation>Sin responsable</translation>
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
        <translation>Haga clic en una barra para ver los traspasos del grupo.</translation>
    </message>
    <message>
        <source>Routing delay vs response time</source>
        <translation>Retraso de enrutamiento frente a tiempo de respuesta</translation>
    </message>
    <message>
        <source>With more than %1 groups, the %1 with the lowest compliance.</source>
        <translation>Con más de %1 grupos, los %1 con menor cumplimiento.</translation>
    </message>
    <message>
        <source>Routing delay vs response time: %1 lowest</source>
        <translation>Retraso de enrutamiento frente a tiempo de respuesta: los %1 más bajos</translation>
    </message>
    <message>
        <source>median business minutes</source>
        <translation>mediana de minutos laborables</translation>
    </message>
    <message>
        <source>Routing delay</source>
        <translation>Retraso de enrutamiento</translation>
    </message>
    <message>
        <source>Response time</source>
        <translation>Tiempo de respuesta</translation>
    </message>
</context>
<context>
    <name>baton::SlaTrendChart</name>
    <message>
        <source> Besides all handoffs, the %1 groups with the lowest compliance over these weeks are drawn. Click a point to see its handoffs.</source>
        <translation> Además de todos los traspasos, se dibujan los %1 grupos con menor cumplimiento en estas semanas. Haga clic en un punto para ver sus traspasos.</translation>
    </message>
    <message>
        <source>SLA compliance by week</source>
        <translation>Cumplimiento del SLA por semana</translation>
    </message>
    <message>
        <source>ISO week of %1</source>
        <translation>Semana ISO de %1</translation>
    </message>
    <message>
        <source>Selected week</source>
        <translation>Semana seleccionada</translation>
    </message>
</context>
<context>
    <name>baton::SpillingIdTable</name>
    <message>
        <source>Baton could not write its key table to a temporary file in %1 (%2). Free some space there, or set TMPDIR to a folder with room, and try again.</source>
        <translation>Baton no pudo escribir su tabla de claves en un archivo temporal de %1 (%2). Libere espacio allí, o haga que TMPDIR apunte a una carpeta con espacio, y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Baton could not create a temporary file for its key table in %1 (%2). Set TMPDIR to a folder it can write to and try again.</source>
        <translation>Baton no pudo crear un archivo temporal para su tabla de claves en %1 (%2). Haga que TMPDIR apunte a una carpeta en la que pueda escribir y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Baton could not read its key table back from a temporary file in %1 (%2).</source>
        <translation>Baton no pudo volver a leer su tabla de claves desde un archivo temporal de %1 (%2).</translation>
    </message>
    <message>
        <source>the file is shorter than written</source>
        <translation>el archivo es más corto de lo que se escribió</translation>
    </message>
</context>
<context>
    <name>baton::StageMap</name>
    <message>
        <source>(missing stage %1)</source>
        <translation>(falta la etapa %1)</translation>
    </message>
    <message>
        <source>There are no lifecycle stages yet; add the stages a lead goes through.</source>
        <translation>Aún no hay etapas del ciclo de vida; añada las etapas por las que pasa un lead.</translation>
    </message>
    <message>
        <source>Every stage is a side stage; make the stage where leads enter a funnel stage.</source>
        <translation>Todas las etapas son laterales; convierta la etapa por la que entran los leads en una etapa del embudo.</translation>
    </message>
    <message>
        <source>%1 cannot be reached: no stage leads to it.</source>
        <translation>No se puede llegar a %1: ninguna etapa lleva a ella.</translation>
    </message>
    <message>
        <source>%1 cannot be reached from %2: only stages that are themselves unreachable lead to it.</source>
        <translation>No se puede llegar a %1 desde %2: solo llevan a ella etapas que a su vez son inalcanzables.</translation>
    </message>
    <message>
        <source>%1 cannot be left: it has no allowed next stage, but it is not an end state (an end state has the workflow action None and is a side stage or the last funnel stage).</source>
        <translation>No se puede salir de %1: no tiene ninguna etapa siguiente permitida, pero no es un estado final (un estado final tiene la acción de flujo de trabajo Ninguna y es una etapa lateral o la última etapa del embudo).</translation>
    </message>
    <message>
        <source>The transition %1 → %2 leads nowhere: a stage it names does not exist.</source>
        <translation>La transición %1 → %2 no lleva a ninguna parte: una etapa que nombra no existe.</translation>
    </message>
    <message>
        <source>The transition %1 → %1 leads nowhere: it goes back to the same stage.</source>
        <translation>La transición %1 → %1 no lleva a ninguna parte: vuelve a la misma etapa.</translation>
    </message>
    <message>
        <source>Nurture</source>
        <translation>Nurturing</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Alerta</translation>
    </message>
    <message>
        <source>Task creation</source>
        <translation>Creación de tarea</translation>
    </message>
    <message>
        <source>Sequence enrollment</source>
        <translation>Inscripción en secuencia</translation>
    </message>
    <message>
        <source>SDR queue</source>
        <translation>Cola de SDR</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguna</translation>
    </message>
</context>
<context>
    <name>baton::StageMapDiagram</name>
    <message>
        <source>Stage map diagram</source>
        <translation>Diagrama del mapa de etapas</translation>
    </message>
    <message>
        <source>No stages yet: add the stages a lead goes through.</source>
        <translation>Aún no hay etapas: añada las etapas por las que pasa un lead.</translation>
    </message>
    <message>
        <source>end state</source>
        <translation>estado final</translation>
    </message>
    <message>
        <source>allowed transition</source>
        <translation>transición permitida</translation>
    </message>
    <message>
        <source>way back</source>
        <translation>camino de vuelta</translation>
    </message>
    <message>
        <source>warning (see the list)</source>
        <translation>advertencia (ver la lista)</translation>
    </message>
    <message>
        <source>side stage</source>
        <translation>etapa lateral</translation>
    </message>
    <message>
        <source>Exit: %1</source>
        <translation>Salida: %1</translation>
    </message>
</context>
<context>
    <name>baton::StageMapPage</name>
    <message>
        <source>Side stage</source>
        <translation>Etapa lateral</translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation>Embudo</translation>
    </message>
    <message>
        <source>No workspace open</source>
        <translation>No hay ningún espacio de trabajo abierto</translation>
    </message>
    <message>
        <source>Open a workspace to map the lifecycle stages a lead goes through, from subscriber to customer.</source>
        <translation>Abra un espacio de trabajo para mapear las etapas del ciclo de vida por las que pasa un lead, de suscriptor a cliente.</translation>
    </message>
    <message>
        <source>Stage map warnings</source>
        <translation>Advertencias del mapa de etapas</translation>
    </message>
    <message>
        <source>A stage cannot be reached when no allowed transition leads to it from the first funnel stage. A stage cannot be left when it has no allowed next stage and is not an end state; end states have the workflow action None and are side stages or the last funnel stage (Customer, Disqualified). A transition leads nowhere when a stage it names does not exist or it returns to the same stage.</source>
        <translation>No se puede llegar a una etapa cuando ninguna transición permitida lleva a ella desde la primera etapa del embudo. No se puede salir de una etapa cuando no tiene ninguna etapa siguiente permitida y no es un estado final; los estados finales tienen la acción de flujo de trabajo Ninguna y son etapas laterales o la última etapa del embudo (Customer, Disqualified). Una transición no lleva a ninguna parte cuando una etapa que nombra no existe o vuelve a la misma etapa.</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Workflow action</source>
        <translation>Acción de flujo de trabajo</translation>
    </message>
    <message>
        <source>Allowed next stages</source>
        <translation>Etapas siguientes permitidas</translation>
    </message>
    <message>
        <source>Lifecycle stages in order</source>
        <translation>Etapas del ciclo de vida en orden</translation>
    </message>
    <message>
        <source>Add stage</source>
        <translation>Añadir etapa</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Funnel stages form the main line in order; side stages (Nurture, Disqualified) sit beside it.</source>
        <translation>Las etapas del embudo forman la línea principal en orden; las etapas laterales (Nurture, Disqualified) están a su lado.</translation>
    </message>
    <message>
        <source>What happens when a lead enters the stage. None marks an end state when the stage is a side stage or the last funnel stage.</source>
        <translation>Qué ocurre cuando un lead entra en la etapa. Ninguna marca un estado final cuando la etapa es lateral o la última etapa del embudo.</translation>
    </message>
    <message>
        <source>When does a lead leave this stage?</source>
        <translation>¿Cuándo sale un lead de esta etapa?</translation>
    </message>
    <message>
        <source>Required fields and timestamps</source>
        <translation>Campos y marcas de tiempo obligatorios</translation>
    </message>
    <message>
        <source>What a handoff must carry once it has reached this stage (the data standard).</source>
        <translation>Lo que debe incluir un traspaso una vez que ha llegado a esta etapa (el estándar de datos).</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Exit criteria</source>
        <translation>Criterios de salida</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Revertir</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Aplicar</translation>
    </message>
    <message>
        <source>✓  No warnings: every stage can be reached from %1, every stage that is not an end state has a way out, and every transition leads to a stage.</source>
        <translation>✓  Sin advertencias: se puede llegar a todas las etapas desde %1, todas las etapas que no son un estado final tienen una salida y todas las transiciones llevan a una etapa.</translation>
    </message>
    <message>
        <source>None (end state)</source>
        <translation>Ninguna (estado final)</translation>
    </message>
    <message>
        <source>Exit: %1</source>
        <translation>Salida: %1</translation>
    </message>
    <message>
        <source>No stage selected</source>
        <translation>Ninguna etapa seleccionada</translation>
    </message>
    <message>
        <source>%1 (time)</source>
        <translation>%1 (hora)</translation>
    </message>
    <message>
        <source>A stage needs a name.</source>
        <translation>Una etapa necesita un nombre.</translation>
    </message>
    <message>
        <source>Edit the stage %1</source>
        <translation>Editar la etapa %1</translation>
    </message>
    <message>
        <source>Drop a stage requirement</source>
        <translation>Dejar de exigir un requisito de etapa</translation>
    </message>
    <message>
        <source>Require a field</source>
        <translation>Exigir un campo</translation>
    </message>
    <message>
        <source>Remove a transition</source>
        <translation>Quitar una transición</translation>
    </message>
    <message>
        <source>Allow a transition</source>
        <translation>Permitir una transición</translation>
    </message>
    <message>
        <source>New stage</source>
        <translation>Etapa nueva</translation>
    </message>
    <message>
        <source>New stage %1</source>
        <translation>Etapa nueva %1</translation>
    </message>
    <message>
        <source>Add a stage</source>
        <translation>Añadir una etapa</translation>
    </message>
    <message>
        <source>%1 cannot be removed: %2 handoffs are in it or passed through it. Rename it, or take it out of the flow by removing its transitions.</source>
        <translation>%1 no se puede quitar: hay %2 traspasos en ella o que han pasado por ella. Cámbiele el nombre o sáquela del flujo quitando sus transiciones.</translation>
    </message>
    <message>
        <source>Remove the stage %1</source>
        <translation>Quitar la etapa %1</translation>
    </message>
    <message>
        <source>Move the stage %1</source>
        <translation>Mover la etapa %1</translation>
    </message>
</context>
<context>
    <name>baton::StageRequirementsMatrix</name>
    <message>
        <source>What a handoff must carry once it has reached a stage (its current stage or any stage in its history). Click a cell to require the field at that stage, or to drop it. The validator reports a missing field or timestamp for every handoff that breaks this.</source>
        <translation>Lo que debe incluir un traspaso una vez que ha llegado a una etapa (su etapa actual o cualquier etapa de su historial). Haga clic en una celda para exigir el campo en esa etapa o dejar de exigirlo. El validador informa de un campo o una marca de tiempo que falta en cada traspaso que lo incumpla.</translation>
    </message>
    <message>
        <source>Required fields and timestamps per stage</source>
        <translation>Campos y marcas de tiempo obligatorios por etapa</translation>
    </message>
    <message>
        <source>A context field, e.g. phone or budget_range</source>
        <translation>Un campo de contexto, p. ej. phone o budget_range</translation>
    </message>
    <message>
        <source>Add a context field row</source>
        <translation>Añadir una fila de campo de contexto</translation>
    </message>
    <message>
        <source>Other fields:</source>
        <translation>Otros campos:</translation>
    </message>
    <message>
        <source>No longer require %1</source>
        <translation>Dejar de exigir %1</translation>
    </message>
    <message>
        <source>Require %1</source>
        <translation>Exigir %1</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Campos</translation>
    </message>
    <message>
        <source>Context fields</source>
        <translation>Campos de contexto</translation>
    </message>
    <message>
        <source>Timestamps</source>
        <translation>Marcas de tiempo</translation>
    </message>
    <message>
        <source>%1 is required from %2 on. Click to drop it.</source>
        <translation>%1 es obligatorio a partir de %2. Haga clic para dejar de exigirlo.</translation>
    </message>
    <message>
        <source>Click to require %1 from %2 on.</source>
        <translation>Haga clic para exigir %1 a partir de %2.</translation>
    </message>
</context>
<context>
    <name>baton::TeamDialog</name>
    <message>
        <source>Team or queue</source>
        <translation>Equipo o cola</translation>
    </message>
    <message>
        <source>New team or queue</source>
        <translation>Nuevo equipo o cola</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Cola</translation>
    </message>
    <message>
        <source>The fallback queue: it takes every lead that no rule assigns</source>
        <translation>La cola de respaldo: recibe todos los leads que ninguna regla asigna</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Tipo:</translation>
    </message>
    <message>
        <source>Manager:</source>
        <translation>Mánager:</translation>
    </message>
    <message>
        <source>Members take turns by weight (weight 0: never in the rotation):</source>
        <translation>Los miembros se turnan según su peso (peso 0: nunca entra en la rotación):</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Peso</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Miembros</translation>
    </message>
    <message>
        <source>Add member</source>
        <translation>Añadir miembro</translation>
    </message>
    <message>
        <source>Remove member</source>
        <translation>Quitar miembro</translation>
    </message>
    <message>
        <source>Give the team or queue a name.</source>
        <translation>Asigne un nombre al equipo o la cola.</translation>
    </message>
    <message>
        <source>%1 is listed twice; give them one row with the weight they should have.</source>
        <translation>%1 aparece dos veces; déjelo en una sola fila con el peso que debe tener.</translation>
    </message>
    <message>
        <source>There must always be a fallback queue: make another queue the fallback instead.</source>
        <translation>Siempre debe haber una cola de respaldo: convierta otra cola en la de respaldo.</translation>
    </message>
</context>
<context>
    <name>baton::TerritoryDialog</name>
    <message>
        <source>Territory</source>
        <translation>Territorio</translation>
    </message>
    <message>
        <source>New territory</source>
        <translation>Nuevo territorio</translation>
    </message>
    <message>
        <source>One per line: a country code (DE) or a country and a region (US/CA)</source>
        <translation>Uno por línea: un código de país (DE) o un país y una región (US/CA)</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Áreas</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>Areas:</source>
        <translation>Áreas:</translation>
    </message>
    <message>
        <source>Give the territory a name.</source>
        <translation>Asigne un nombre al territorio.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not start with a two-letter country code such as US or DE.</source>
        <translation>&quot;%1&quot; no empieza por un código de país de dos letras como US o DE.</translation>
    </message>
    <message>
        <source>%1 is listed twice.</source>
        <translation>%1 aparece dos veces.</translation>
    </message>
    <message>
        <source>%1 already belongs to %2; a place can be in one territory only.</source>
        <translation>%1 ya pertenece a %2; un lugar solo puede estar en un territorio.</translation>
    </message>
</context>
<context>
    <name>baton::Theme</name>
    <message>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
</context>
<context>
    <name>baton::TrendChart</name>
    <message>
        <source>Trend by week</source>
        <translation>Tendencia por semana</translation>
    </message>
    <message>
        <source>Trend by week: handoffs, acceptance and conversion</source>
        <translation>Tendencia por semana: traspasos, aceptación y conversión</translation>
    </message>
    <message>
        <source>Handoffs</source>
        <translation>Traspasos</translation>
    </message>
    <message>
        <source>Acceptance rate</source>
        <translation>Tasa de aceptación</translation>
    </message>
    <message>
        <source>Conversion rate</source>
        <translation>Tasa de conversión</translation>
    </message>
    <message>
        <source>ISO week</source>
        <translation>Semana ISO</translation>
    </message>
    <message>
        <source>ISO week, %1</source>
        <translation>Semana ISO, %1</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Tasa</translation>
    </message>
    <message>
        <source>%1: %2 handoffs, acceptance %3, conversion %4 — click to see them</source>
        <translation>%1: %2 traspasos, aceptación %3, conversión %4 — haga clic para verlos</translation>
    </message>
</context>
<context>
    <name>baton::UtmChecker</name>
    <message>
        <source>lower case</source>
        <translation>minúsculas</translation>
    </message>
    <message>
        <source>upper case</source>
        <translation>mayúsculas</translation>
    </message>
    <message>
        <source>one of %1</source>
        <translation>uno de %1</translation>
    </message>
    <message>
        <source>matches %1</source>
        <translation>coincide con %1</translation>
    </message>
    <message>
        <source>any value</source>
        <translation>cualquier valor</translation>
    </message>
    <message>
        <source>no convention</source>
        <translation>sin convención</translation>
    </message>
    <message>
        <source>%1 must be lower case</source>
        <translation>%1 debe estar en minúsculas</translation>
    </message>
    <message>
        <source>%1 must be upper case</source>
        <translation>%1 debe estar en mayúsculas</translation>
    </message>
    <message>
        <source>%1 must be one of %2</source>
        <translation>%1 debe ser uno de %2</translation>
    </message>
    <message>
        <source>%1 must match %2</source>
        <translation>%1 debe coincidir con %2</translation>
    </message>
    <message>
        <source>%1 is not a campaign or UTM field.</source>
        <translation>%1 no es un campo de campaña ni UTM.</translation>
    </message>
</context>
<context>
    <name>baton::UtmConventionsTab</name>
    <message>
        <source>lower case</source>
        <translation>minúsculas</translation>
    </message>
    <message>
        <source>UPPER CASE</source>
        <translation>MAYÚSCULAS</translation>
    </message>
    <message>
        <source>any</source>
        <translation>cualquiera</translation>
    </message>
    <message>
        <source>How campaign and UTM values are written, so that reports group them correctly. A value breaks its convention when its casing is wrong, when it is not one of the allowed values (if any are listed) or when it does not match the pattern (a regular expression for the whole value). Double-click a cell to edit it; empty values are not judged here.</source>
        <translation>Cómo se escriben los valores de campaña y UTM, para que los informes los agrupen correctamente. Un valor incumple su convención cuando las mayúsculas y minúsculas son incorrectas, cuando no es uno de los valores permitidos (si se indica alguno) o cuando no coincide con el patrón (una expresión regular para el valor completo). Haga doble clic en una celda para editarla; aquí no se evalúan los valores vacíos.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Casing</source>
        <translation>Mayúsculas/minúsculas</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>Patrón</translation>
    </message>
    <message>
        <source>Allowed values (comma-separated)</source>
        <translation>Valores permitidos (separados por comas)</translation>
    </message>
    <message>
        <source>Try a value</source>
        <translation>Probar un valor</translation>
    </message>
    <message>
        <source>e.g. Paid Social</source>
        <translation>p. ej. Paid Social</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Handoffs</source>
        <translation>Traspasos</translation>
    </message>
    <message>
        <source>Convention</source>
        <translation>Convención</translation>
    </message>
    <message>
        <source>Values in use</source>
        <translation>Valores en uso</translation>
    </message>
    <message>
        <source>Casing of %1</source>
        <translation>Mayúsculas/minúsculas de %1</translation>
    </message>
    <message>
        <source>No convention yet for %1: any value is accepted.</source>
        <translation>Aún no hay convención para %1: se acepta cualquier valor.</translation>
    </message>
    <message>
        <source>The pattern “%1” is not a valid regular expression: %2</source>
        <translation>El patrón “%1” no es una expresión regular válida: %2</translation>
    </message>
    <message>
        <source>Change the convention for %1</source>
        <translation>Cambiar la convención de %1</translation>
    </message>
    <message>
        <source>Add a convention for %1</source>
        <translation>Añadir una convención para %1</translation>
    </message>
    <message>
        <source>follows the convention</source>
        <translation>sigue la convención</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 values in the handoffs&lt;/b&gt;, most frequent first, judged by the convention above:</source>
        <translation>&lt;b&gt;Valores de %1 en los traspasos&lt;/b&gt;, de más a menos frecuentes, evaluados según la convención de arriba:</translation>
    </message>
    <message>
        <source>✓ follows it</source>
        <translation>✓ la sigue</translation>
    </message>
</context>
<context>
    <name>baton::Validator</name>
    <message>
        <source>Contract v%1 · %2: </source>
        <translation>Contrato v%1 · %2: </translation>
    </message>
    <message>
        <source>signal type %1</source>
        <translation>tipo de señal %1</translation>
    </message>
    <message>
        <source>qualifies with fit %1 or better</source>
        <translation>cualifica con encaje %1 o mejor</translation>
    </message>
    <message>
        <source>qualifies only with %1</source>
        <translation>solo cualifica con %1</translation>
    </message>
    <message>
        <source>Sales receives %1</source>
        <translation>Ventas recibe %1</translation>
    </message>
    <message>
        <source>Contract v%1: every signal type handed off has terms</source>
        <translation>Contrato v%1: todo tipo de señal traspasado tiene cláusulas</translation>
    </message>
    <message>
        <source>Contract v%1: a handoff names its signal type</source>
        <translation>Contrato v%1: un traspaso indica su tipo de señal</translation>
    </message>
    <message>
        <source>Data standard · %1: %2 is required</source>
        <translation>Estándar de datos · %1: %2 es obligatorio</translation>
    </message>
    <message>
        <source>Lead-to-account matching: the email domain belongs to an account</source>
        <translation>Asociación de leads con cuentas: el dominio del correo electrónico pertenece a una cuenta</translation>
    </message>
    <message>
        <source>Lead-to-account matching: the company name matches an account</source>
        <translation>Asociación de leads con cuentas: el nombre de la empresa coincide con una cuenta</translation>
    </message>
    <message>
        <source>Identity rule “%1”: one handoff per lead</source>
        <translation>Regla de identidad “%1”: un traspaso por lead</translation>
    </message>
    <message>
        <source>Timestamps follow the lifecycle: %1 must not be before %2</source>
        <translation>Las marcas de tiempo siguen el ciclo de vida: %1 no debe ser anterior a %2</translation>
    </message>
    <message>
        <source>Stage map: %1 → %2 is not an allowed transition</source>
        <translation>Mapa de etapas: %1 → %2 no es una transición permitida</translation>
    </message>
    <message>
        <source>Validation was cancelled.</source>
        <translation>Se canceló la validación.</translation>
    </message>
</context>
<context>
    <name>baton::ViolationKinds</name>
    <message>
        <source>Missing context field</source>
        <translation>Falta un campo de contexto</translation>
    </message>
    <message>
        <source>Missing required field</source>
        <translation>Falta un campo obligatorio</translation>
    </message>
    <message>
        <source>Missing timestamp</source>
        <translation>Falta una marca de tiempo</translation>
    </message>
    <message>
        <source>Timestamps out of order</source>
        <translation>Marcas de tiempo desordenadas</translation>
    </message>
    <message>
        <source>Did not qualify</source>
        <translation>No cualificó</translation>
    </message>
    <message>
        <source>Non-standard UTM value</source>
        <translation>Valor UTM no estándar</translation>
    </message>
    <message>
        <source>Not linked to its account</source>
        <translation>No vinculado a su cuenta</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicado</translation>
    </message>
    <message>
        <source>Illegal stage transition</source>
        <translation>Transición de etapa no permitida</translation>
    </message>
    <message>
        <source>A context field that the active contract&apos;s term for the handoff&apos;s signal type says Sales receives (job title, phone, …) is missing or empty. One violation per missing field.</source>
        <translation>Falta o está vacío un campo de contexto que, según la cláusula del contrato activo para el tipo de señal del traspaso, recibe Ventas (cargo, teléfono, …). Una infracción por cada campo que falte.</translation>
    </message>
    <message>
        <source>A field that the data standard requires at a stage the handoff reached (its current stage or any stage in its stage history) is missing. One violation per missing field.</source>
        <translation>Falta un campo que el estándar de datos exige en una etapa que alcanzó el traspaso (su etapa actual o cualquier etapa de su historial de etapas). Una infracción por cada campo que falte.</translation>
    </message>
    <message>
        <source>A timestamp that the data standard requires at a stage the handoff reached is missing, for example an accepted handoff without a first touch time.</source>
        <translation>Falta una marca de tiempo que el estándar de datos exige en una etapa que alcanzó el traspaso, por ejemplo un traspaso aceptado sin hora de primer contacto.</translation>
    </message>
    <message>
        <source>A timestamp is earlier than one the lifecycle puts before it (created ≤ handed off ≤ assigned ≤ first touch ≤ accepted or rejected ≤ opportunity ≤ closed), for example a first touch logged before the handoff. One violation per timestamp out of order.</source>
        <translation>Una marca de tiempo es anterior a otra que el ciclo de vida sitúa antes (creado ≤ traspasado ≤ asignado ≤ primer contacto ≤ aceptado o rechazado ≤ oportunidad ≤ cerrado), por ejemplo un primer contacto registrado antes del traspaso. Una infracción por cada marca de tiempo desordenada.</translation>
    </message>
    <message>
        <source>The handoff does not meet the active contract&apos;s qualification rule for its signal type: its fit grade is below the minimum (or missing), a required attribute is missing, or the contract has no terms for its signal type.</source>
        <translation>El traspaso no cumple la regla de cualificación del contrato activo para su tipo de señal: su nota de encaje está por debajo del mínimo (o falta), falta un atributo obligatorio o el contrato no tiene cláusulas para su tipo de señal.</translation>
    </message>
    <message>
        <source>A source, campaign or UTM value breaks its convention in the data standard (casing, allowed values, pattern). One violation per field.</source>
        <translation>Un valor de origen, campaña o UTM incumple su convención del estándar de datos (mayúsculas y minúsculas, valores permitidos, patrón). Una infracción por campo.</translation>
    </message>
    <message>
        <source>The handoff has no account, although lead-to-account matching finds one by its email domain or normalized company name (free-mail domains never match; legal suffixes are ignored).</source>
        <translation>El traspaso no tiene cuenta, aunque la asociación de leads con cuentas encuentra una por el dominio de su correo electrónico o por el nombre normalizado de la empresa (los dominios de correo gratuito nunca coinciden; los sufijos legales se ignoran).</translation>
    </message>
    <message>
        <source>An earlier handoff (in the order records entered the workspace) has the same identity under an identity rule, such as the same email address. The first one is the original; recycled handoffs that re-enter on purpose are not duplicates.</source>
        <translation>Un traspaso anterior (en el orden en que los registros entraron en el espacio de trabajo) tiene la misma identidad según una regla de identidad, como la misma dirección de correo electrónico. El primero es el original; los traspasos reciclados que vuelven a entrar a propósito no son duplicados.</translation>
    </message>
    <message>
        <source>A recorded stage change goes from one stage to another that the stage map does not allow, for example MQL straight to Opportunity. Entering the map from outside is always allowed.</source>
        <translation>Un cambio de etapa registrado va de una etapa a otra que el mapa de etapas no permite, por ejemplo de MQL directamente a Opportunity. Entrar en el mapa desde fuera siempre está permitido.</translation>
    </message>
</context>
<context>
    <name>baton::ViolationsPage</name>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>No workspace open</source>
        <translation>No hay ningún espacio de trabajo abierto</translation>
    </message>
    <message>
        <source>Open a workspace to check its handoffs against the contract, the stage map and the data standard.</source>
        <translation>Abra un espacio de trabajo para comprobar sus traspasos frente al contrato, el mapa de etapas y el estándar de datos.</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Volver a comprobar</translation>
    </message>
    <message>
        <source>Definitions…</source>
        <translation>Definiciones…</translation>
    </message>
    <message>
        <source>Violations by kind</source>
        <translation>Infracciones por tipo</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Violations</source>
        <translation>Infracciones</translation>
    </message>
    <message>
        <source>Handoffs</source>
        <translation>Traspasos</translation>
    </message>
    <message>
        <source>Data-quality score</source>
        <translation>Puntuación de calidad de datos</translation>
    </message>
    <message>
        <source>per source</source>
        <translation>por origen</translation>
    </message>
    <message>
        <source>per campaign</source>
        <translation>por campaña</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>Data-quality score: the share of the handoffs from this source or campaign that have no violation of any kind.</source>
        <translation>Puntuación de calidad de datos: la proporción de los traspasos de este origen o campaña que no tienen ninguna infracción de ningún tipo.</translation>
    </message>
    <message>
        <source>Rules broken</source>
        <translation>Reglas incumplidas</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regla</translation>
    </message>
    <message>
        <source>Show the handoffs with</source>
        <translation>Mostrar los traspasos con</translation>
    </message>
    <message>
        <source>Kind of violation</source>
        <translation>Tipo de infracción</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campaña</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Borrar filtros</translation>
    </message>
    <message>
        <source>from</source>
        <translation>desde</translation>
    </message>
    <message>
        <source>Checking the handoffs against the contract, the stage map and the data standard…</source>
        <translation>Comprobando los traspasos frente al contrato, el mapa de etapas y el estándar de datos…</translation>
    </message>
    <message>
        <source>The check did not finish.</source>
        <translation>La comprobación no terminó.</translation>
    </message>
    <message>
        <source>The check failed: %1</source>
        <translation>La comprobación falló: %1</translation>
    </message>
    <message>
        <source>contract version %1</source>
        <translation>versión del contrato %1</translation>
    </message>
    <message>
        <source>no active contract (contract checks skipped)</source>
        <translation>ningún contrato activo (se omiten las comprobaciones del contrato)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; handoffs checked · &lt;b&gt;%2&lt;/b&gt; with at least one violation · data-quality score &lt;b&gt;%3 %&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; traspasos comprobados · &lt;b&gt;%2&lt;/b&gt; con al menos una infracción · puntuación de calidad de datos &lt;b&gt;%3 %&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Against %1, the stage map and the data standard: %2 violations in all.</source>
        <translation>Frente a %1, el mapa de etapas y el estándar de datos: %2 infracciones en total.</translation>
    </message>
    <message>
        <source>Click a kind, a source or campaign, or a rule to see its handoffs below.</source>
        <translation>Haga clic en un tipo, un origen o una campaña, o una regla para ver sus traspasos abajo.</translation>
    </message>
    <message>
        <source>any violation</source>
        <translation>cualquier infracción</translation>
    </message>
    <message>
        <source>any source</source>
        <translation>cualquier origen</translation>
    </message>
    <message>
        <source>any campaign</source>
        <translation>cualquier campaña</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 of %2 handoffs without a violation.
Handoffs with each kind:
%3</source>
        <translation>%1 de %2 traspasos sin infracciones.
Traspasos con cada tipo:
%3</translation>
    </message>
    <message>
        <source>· rule: %1</source>
        <translation>· regla: %1</translation>
    </message>
    <message>
        <source>What the numbers mean</source>
        <translation>Qué significan las cifras</translation>
    </message>
    <message>
        <source>&lt;b&gt;Violation&lt;/b&gt;: one rule broken by one handoff. A handoff missing two context fields has two violations of the same kind.</source>
        <translation>&lt;b&gt;Infracción&lt;/b&gt;: una regla incumplida por un traspaso. Un traspaso al que le faltan dos campos de contexto tiene dos infracciones del mismo tipo.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Violations&lt;/b&gt; of a kind: how many violations of that kind were found. &lt;b&gt;Handoffs&lt;/b&gt; of a kind: how many handoffs have at least one violation of that kind.</source>
        <translation>&lt;b&gt;Infracciones&lt;/b&gt; de un tipo: cuántas infracciones de ese tipo se encontraron. &lt;b&gt;Traspasos&lt;/b&gt; de un tipo: cuántos traspasos tienen al menos una infracción de ese tipo.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Data-quality score&lt;/b&gt; of a source or campaign: the share of its handoffs that have no violation of any kind (handoffs without a violation ÷ handoffs). Handoffs without a source or campaign are counted under (none).</source>
        <translation>&lt;b&gt;Puntuación de calidad de datos&lt;/b&gt; de un origen o campaña: la proporción de sus traspasos que no tienen ninguna infracción de ningún tipo (traspasos sin infracciones ÷ traspasos). Los traspasos sin origen ni campaña se cuentan en (ninguno).</translation>
    </message>
    <message>
        <source>Kinds of violation</source>
        <translation>Tipos de infracción</translation>
    </message>
    <message>
        <source>Definitions</source>
        <translation>Definiciones</translation>
    </message>
    <message>
        <source>Kind: %1</source>
        <translation>Tipo: %1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Origen: %1</translation>
    </message>
    <message>
        <source>Campaign: %1</source>
        <translation>Campaña: %1</translation>
    </message>
    <message>
        <source>Rule: %1</source>
        <translation>Regla: %1</translation>
    </message>
    <message>
        <source>Handoffs with at least one violation</source>
        <translation>Traspasos con al menos una infracción</translation>
    </message>
    <message>
        <source>Handoffs with violations · %1</source>
        <translation>Traspasos con infracciones · %1</translation>
    </message>
</context>
<context>
    <name>baton::Workspace</name>
    <message>
        <source>No migration path from schema %1 to %2.</source>
        <translation>No hay ninguna ruta de migración del esquema %1 al %2.</translation>
    </message>
    <message>
        <source>Upgrading to schema %1 (%2) failed: %3</source>
        <translation>Error al actualizar al esquema %1 (%2): %3</translation>
    </message>
    <message>
        <source>The workspace cannot be written (%1).</source>
        <translation>No se puede escribir en el espacio de trabajo (%1).</translation>
    </message>
    <message>
        <source>The workspace file is damaged (%1).</source>
        <translation>El archivo del espacio de trabajo está dañado (%1).</translation>
    </message>
    <message>
        <source>Cannot open %1</source>
        <translation>No se puede abrir %1</translation>
    </message>
    <message>
        <source>%1 is not a Baton workspace (it is an SQLite database of another program).</source>
        <translation>%1 no es un espacio de trabajo de Baton (es una base de datos SQLite de otro programa).</translation>
    </message>
    <message>
        <source>The workspace %1 does not exist.</source>
        <translation>El espacio de trabajo %1 no existe.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 no es un archivo.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a Baton workspace (it is not a database file).</source>
        <translation>%1 no es un espacio de trabajo de Baton (no es un archivo de base de datos).</translation>
    </message>
    <message>
        <source>The workspace file %1 is damaged: it is shorter than its header says (truncated).</source>
        <translation>El archivo del espacio de trabajo %1 está dañado: es más corto de lo que indica su encabezado (truncado).</translation>
    </message>
    <message>
        <source>The workspace %1 is read-only. Make it writable, or save a copy and open that.</source>
        <translation>El espacio de trabajo %1 es de solo lectura. Permita la escritura o guarde una copia y abra esa.</translation>
    </message>
    <message>
        <source>The folder of %1 is read-only, so the workspace cannot be changed.</source>
        <translation>La carpeta de %1 es de solo lectura, por lo que el espacio de trabajo no se puede modificar.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Baton (schema %2; this version knows up to %3). Update Baton to open it.</source>
        <translation>%1 se escribió con una versión más reciente de Baton (esquema %2; esta versión admite hasta el %3). Actualice Baton para abrirlo.</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name.</source>
        <translation>%1 ya existe; elija otro nombre.</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>No se puede crear %1: %2</translation>
    </message>
    <message>
        <source>The workspace is locked: another Baton window or another program is writing to it. Nothing was changed; try again in a moment (%1).</source>
        <translation>El espacio de trabajo está bloqueado: otra ventana de Baton u otro programa está escribiendo en él. No se cambió nada; vuelva a intentarlo en un momento (%1).</translation>
    </message>
    <message>
        <source>The workspace file %1 is damaged: its schema version (%2) is not one Baton writes.</source>
        <translation>El archivo del espacio de trabajo %1 está dañado: su versión de esquema (%2) no es una que Baton escriba.</translation>
    </message>
    <message>
        <source>Copies can only be made of SQLite workspaces.</source>
        <translation>Solo se pueden hacer copias de espacios de trabajo SQLite.</translation>
    </message>
    <message>
        <source>Copying the workspace to %1 failed: %2</source>
        <translation>Error al copiar el espacio de trabajo en %1: %2</translation>
    </message>
    <message>
        <source>The workspace %1 has an interrupted change to undo, which needs write access: make it and its folder writable and open it again.</source>
        <translation>El espacio de trabajo %1 tiene un cambio interrumpido que deshacer, lo que requiere acceso de escritura: hágalo escribible, junto con su carpeta, y vuelva a abrirlo.</translation>
    </message>
</context>
<context>
    <name>baton::WorkspaceSettings</name>
    <message>
        <source>the workspace&apos;s display name</source>
        <translation>el nombre visible del espacio de trabajo</translation>
    </message>
    <message>
        <source>the reporting time zone, an IANA id such as Europe/Berlin; handoffs are counted into the ISO week in which they were handed off in this zone</source>
        <translation>la zona horaria de los informes, un identificador IANA como Europe/Berlin; los traspasos se cuentan en la semana ISO en la que se realizaron en esta zona</translation>
    </message>
    <message>
        <source>the currency of amounts, an ISO 4217 code such as USD</source>
        <translation>la moneda de los importes, un código ISO 4217 como USD</translation>
    </message>
    <message>
        <source>the instant open SLAs are judged at, ISO 8601 with an offset such as 2026-11-22T23:59:59Z; empty: now</source>
        <translation>el instante en el que se evalúan los SLA abiertos, en ISO 8601 con un desfase como 2026-11-22T23:59:59Z; vacío: ahora</translation>
    </message>
    <message>
        <source>The workspace name cannot be empty.</source>
        <translation>El nombre del espacio de trabajo no puede estar vacío.</translation>
    </message>
    <message>
        <source>The workspace name is too long (at most 200 characters).</source>
        <translation>El nombre del espacio de trabajo es demasiado largo (200 caracteres como máximo).</translation>
    </message>
    <message>
        <source>The workspace name cannot contain line breaks or control characters.</source>
        <translation>El nombre del espacio de trabajo no puede contener saltos de línea ni caracteres de control.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a time zone; use an IANA id such as Europe/Berlin, America/New_York or UTC.</source>
        <translation>&apos;%1&apos; no es una zona horaria; use un identificador IANA como Europe/Berlin, America/New_York o UTC.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a currency code; use three letters of ISO 4217 such as USD or EUR.</source>
        <translation>&apos;%1&apos; no es un código de moneda; use las tres letras de ISO 4217, como USD o EUR.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an instant; write it in ISO 8601 with Z or an offset, such as 2026-11-22T23:59:59Z.</source>
        <translation>&apos;%1&apos; no es un instante; escríbalo en ISO 8601 con Z o un desfase, como 2026-11-22T23:59:59Z.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a workspace setting; the settings are %2.</source>
        <translation>&apos;%1&apos; no es un ajuste del espacio de trabajo; los ajustes son %2.</translation>
    </message>
    <message>
        <source>The workspace is open read-only, so its settings cannot be changed.</source>
        <translation>El espacio de trabajo está abierto en modo de solo lectura, por lo que su configuración no se puede cambiar.</translation>
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
Opciones:
  --help, -h       mostrar esta ayuda; `baton COMMAND --help` muestra las opciones de un comando
  --version, -v    mostrar la versión de Baton

Códigos de salida: 0 éxito, 1 la operación falló, 2 la línea de comandos era incorrecta.
</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Mostrar esta ayuda.</translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation>Mostrar el resultado como JSON.</translation>
    </message>
    <message>
        <source>The workspace file to create (.baton).</source>
        <translation>El archivo del espacio de trabajo que se va a crear (.baton).</translation>
    </message>
    <message>
        <source>The workspace&apos;s display name.</source>
        <translation>El nombre visible del espacio de trabajo.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>new takes exactly one FILE.

</source>
        <translation>new requiere exactamente un FILE.

</translation>
    </message>
    <message>
        <source>Created %1 with the default configuration.</source>
        <translation>Se creó %1 con la configuración predeterminada.</translation>
    </message>
    <message>
        <source>Random seed (default 2026).</source>
        <translation>Semilla aleatoria (predeterminada: 2026).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Number of weeks (default 26).</source>
        <translation>Número de semanas (predeterminado: 26).</translation>
    </message>
    <message>
        <source>Number of handoffs (default 20000).</source>
        <translation>Número de traspasos (predeterminado: 20000).</translation>
    </message>
    <message>
        <source>The last week of data (default 2026-W47).</source>
        <translation>La última semana de datos (predeterminada: 2026-W47).</translation>
    </message>
    <message>
        <source>WEEK</source>
        <translation>WEEK</translation>
    </message>
    <message>
        <source>Replace FILE if it exists.</source>
        <translation>Reemplazar FILE si existe.</translation>
    </message>
    <message>
        <source>demo takes exactly one FILE.

</source>
        <translation>demo requiere exactamente un FILE.

</translation>
    </message>
    <message>
        <source>--seed must be a non-negative integer.</source>
        <translation>--seed debe ser un entero no negativo.</translation>
    </message>
    <message>
        <source>--weeks must be between 1 and 520.</source>
        <translation>--weeks debe estar entre 1 y 520.</translation>
    </message>
    <message>
        <source>--handoffs must be a non-negative integer.</source>
        <translation>--handoffs debe ser un entero no negativo.</translation>
    </message>
    <message>
        <source>%1 already exists; use --force to replace it.</source>
        <translation>%1 ya existe; use --force para reemplazarlo.</translation>
    </message>
    <message>
        <source>Created %1: %2 handoffs, %3 accounts, %4 owners over %5 weeks ending %6.</source>
        <translation>Se creó %1: %2 traspasos, %3 cuentas, %4 responsables a lo largo de %5 semanas hasta %6.</translation>
    </message>
    <message>
        <source>The workspace file.</source>
        <translation>El archivo del espacio de trabajo.</translation>
    </message>
    <message>
        <source>info takes exactly one FILE.

</source>
        <translation>info requiere exactamente un FILE.

</translation>
    </message>
    <message>
        <source>%1 (%2)
Schema version %3 (this Baton knows up to %4)

</source>
        <translation>%1 (%2)
Versión del esquema %3 (esta versión de Baton admite hasta la %4)

</translation>
    </message>
    <message>
        <source>create an empty workspace with the default configuration</source>
        <translation>crear un espacio de trabajo vacío con la configuración predeterminada</translation>
    </message>
    <message>
        <source>create a demo workspace with realistic generated data</source>
        <translation>crear un espacio de trabajo de demostración con datos generados realistas</translation>
    </message>
    <message>
        <source>show a workspace&apos;s schema version and row counts</source>
        <translation>mostrar la versión del esquema y el número de filas de un espacio de trabajo</translation>
    </message>
    <message>
        <source>The ISO week to assess (2026-W47); default: the last complete week of the data.</source>
        <translation>La semana ISO que se evalúa (2026-W47); predeterminada: la última semana completa de los datos.</translation>
    </message>
    <message>
        <source>Print the evidence rules with their thresholds and exit.</source>
        <translation>Mostrar las reglas de evidencia con sus umbrales y salir.</translation>
    </message>
    <message>
        <source>matrix takes exactly one FILE.

</source>
        <translation>matrix requiere exactamente un FILE.

</translation>
    </message>
    <message>
        <source>Maturity, week %1 (self-assessment / evidence)
</source>
        <translation>Madurez, semana %1 (autoevaluación / evidencia)
</translation>
    </message>
    <message>
        <source>The ISO week of the scorecard (2026-W47); default: the last complete week of the data.</source>
        <translation>La semana ISO del cuadro de mando (2026-W47); predeterminada: la última semana completa de los datos.</translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation>El archivo PDF que se va a escribir.</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>a4 or letter (default: by the locale).</source>
        <translation>a4 o letter (predeterminado: según la configuración regional).</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>SIZE</translation>
    </message>
    <message>
        <source>Print what was written as JSON.</source>
        <translation>Mostrar lo escrito como JSON.</translation>
    </message>
    <message>
        <source>scorecard takes exactly one FILE.

</source>
        <translation>scorecard requiere exactamente un FILE.

</translation>
    </message>
    <message>
        <source>scorecard needs -o PDF, the file to write.</source>
        <translation>scorecard necesita -o PDF, el archivo que se va a escribir.</translation>
    </message>
    <message>
        <source>Wrote %1: the scorecard of week %2, %3 pages.</source>
        <translation>Se escribió %1: el cuadro de mando de la semana %2, %3 páginas.</translation>
    </message>
    <message>
        <source>the maturity matrix of a week: self-assessment, evidence and reasons</source>
        <translation>la matriz de madurez de una semana: autoevaluación, evidencia y motivos</translation>
    </message>
    <message>
        <source>writes the week&apos;s PDF scorecard</source>
        <translation>escribir el cuadro de mando en PDF de la semana</translation>
    </message>
    <message>
        <source>No imports yet.</source>
        <translation>Aún no hay importaciones.</translation>
    </message>
    <message>
        <source>run</source>
        <translation>ejec.</translation>
    </message>
    <message>
        <source>started (UTC)</source>
        <translation>inicio (UTC)</translation>
    </message>
    <message>
        <source>read</source>
        <translation>leídos</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nuevos</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>actualiz.</translation>
    </message>
    <message>
        <source>aside</source>
        <translation>apart.</translation>
    </message>
    <message>
        <source>dupl.</source>
        <translation>dupl.</translation>
    </message>
    <message>
        <source>file (mapping)</source>
        <translation>archivo (asignación)</translation>
    </message>
    <message>
        <source>The CSV export to import.</source>
        <translation>La exportación CSV que se va a importar.</translation>
    </message>
    <message>
        <source>The mapping: a saved mapping&apos;s name, a preset (e.g. salesforce-leads, hubspot-contacts, olist-mqls) or a mapping.json file. Without it Baton recognises the export by its header row.</source>
        <translation>La asignación de columnas: el nombre de una asignación guardada, una plantilla (p. ej. salesforce-leads, hubspot-contacts, olist-mqls) o un archivo mapping.json. Sin ella, Baton reconoce la exportación por su fila de encabezado.</translation>
    </message>
    <message>
        <source>NAME|FILE</source>
        <translation>NAME|FILE</translation>
    </message>
    <message>
        <source>Show the first N rows as they would be stored, and change nothing.</source>
        <translation>Mostrar las primeras N filas tal como se guardarían, sin cambiar nada.</translation>
    </message>
    <message>
        <source>List the presets and saved mappings.</source>
        <translation>Enumerar las plantillas y las asignaciones guardadas.</translation>
    </message>
    <message>
        <source>List the workspace&apos;s imports, newest first.</source>
        <translation>Enumerar las importaciones del espacio de trabajo, de la más reciente a la más antigua.</translation>
    </message>
    <message>
        <source>Write the rows import RUN kept aside to OUT.csv (line, reason and the row&apos;s own columns).</source>
        <translation>Escribir las filas que apartó la importación RUN en OUT.csv (línea, motivo y las columnas propias de la fila).</translation>
    </message>
    <message>
        <source>RUN:OUT.csv</source>
        <translation>RUN:OUT.csv</translation>
    </message>
    <message>
        <source>import takes a workspace FILE and a DATA.csv file.

</source>
        <translation>import requiere un FILE de espacio de trabajo y un archivo DATA.csv.

</translation>
    </message>
    <message>
        <source>preset</source>
        <translation>plantilla</translation>
    </message>
    <message>
        <source>saved</source>
        <translation>guardada</translation>
    </message>
    <message>
        <source>--export-kept-aside takes RUN:OUT.csv, e.g. 3:kept-aside.csv.</source>
        <translation>--export-kept-aside requiere RUN:OUT.csv, p. ej. 3:kept-aside.csv.</translation>
    </message>
    <message>
        <source>Wrote %1 kept-aside rows of import %2 to %3.</source>
        <translation>Se escribieron %1 filas apartadas de la importación %2 en %3.</translation>
    </message>
    <message>
        <source>--preview takes a number of rows.</source>
        <translation>--preview requiere un número de filas.</translation>
    </message>
    <message>
        <source>Mapping: %1
</source>
        <translation>Asignación: %1
</translation>
    </message>
    <message>
        <source>line %1: %2
</source>
        <translation>línea %1: %2
</translation>
    </message>
    <message>
        <source>Imported %1 with the mapping &quot;%2&quot; (%3 s):
</source>
        <translation>Se importó %1 con la asignación &quot;%2&quot; (%3 s):
</translation>
    </message>
    <message>
        <source>  read %1, imported %2 new, updated %3, kept aside %4, duplicates %5
</source>
        <translation>  leídos %1, importados %2 nuevos, actualizados %3, apartados %4, duplicados %5
</translation>
    </message>
    <message>
        <source>  The rows kept aside are on the Import page; `baton import %1 --export-kept-aside %2:FILE.csv` writes them out.
</source>
        <translation>  Las filas apartadas están en la página Importar; `baton import %1 --export-kept-aside %2:FILE.csv` las escribe en un archivo.
</translation>
    </message>
    <message>
        <source>import a CRM&apos;s CSV export (handoffs, accounts or owners)</source>
        <translation>importar la exportación CSV de un CRM (traspasos, cuentas o responsables)</translation>
    </message>
    <message>
        <source>handoffs</source>
        <translation>traspasos</translation>
    </message>
    <message>
        <source>accept</source>
        <translation>acept.</translation>
    </message>
    <message>
        <source>convert</source>
        <translation>conv.</translation>
    </message>
    <message>
        <source>win</source>
        <translation>éxito</translation>
    </message>
    <message>
        <source>days&gt;opp</source>
        <translation>días&gt;opo</translation>
    </message>
    <message>
        <source>days&gt;won</source>
        <translation>días&gt;gan</translation>
    </message>
    <message>
        <source>pipe/handoff</source>
        <translation>pipe/trasp.</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <source>touch min</source>
        <translation>min contacto</translation>
    </message>
    <message>
        <source>The dimension to slice by: %1.</source>
        <translation>La dimensión por la que desglosar: %1.</translation>
    </message>
    <message>
        <source>DIMENSION</source>
        <translation>DIMENSION</translation>
    </message>
    <message>
        <source>Only handoffs handed off on or after this day (YYYY-MM-DD, in the workspace&apos;s time zone).</source>
        <translation>Solo los traspasos realizados en este día o después (YYYY-MM-DD, en la zona horaria del espacio de trabajo).</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATE</translation>
    </message>
    <message>
        <source>Only handoffs handed off on or before this day.</source>
        <translation>Solo los traspasos realizados en este día o antes.</translation>
    </message>
    <message>
        <source>Only handoffs of this ISO week (2026-W47).</source>
        <translation>Solo los traspasos de esta semana ISO (2026-W47).</translation>
    </message>
    <message>
        <source>Print the definition of every KPI and exit.</source>
        <translation>Mostrar la definición de cada KPI y salir.</translation>
    </message>
    <message>
        <source>kpi takes exactly one FILE.

</source>
        <translation>kpi requiere exactamente un FILE.

</translation>
    </message>
    <message>
        <source>kpi needs --by DIMENSION (%1).</source>
        <translation>kpi necesita --by DIMENSION (%1).</translation>
    </message>
    <message>
        <source>--%1 must be a day written like 2026-09-14.</source>
        <translation>--%1 debe ser un día escrito como 2026-09-14.</translation>
    </message>
    <message>
        <source>--from must not be after --to.</source>
        <translation>--from no debe ser posterior a --to.</translation>
    </message>
    <message>
        <source>acceptance, conversion, velocity, yield, SLA and leakage by a dimension</source>
        <translation>aceptación, conversión, velocidad, rendimiento, SLA y fugas por una dimensión</translation>
    </message>
    <message>
        <source>The rule set to use (default: the active one).</source>
        <translation>El conjunto de reglas que se usa (predeterminado: el activo).</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>account owned</source>
        <translation>con responsable de cuenta</translation>
    </message>
    <message>
        <source>not account owned</source>
        <translation>sin responsable de cuenta</translation>
    </message>
    <message>
        <source>  %1: %2; %3 (%4 scenarios)
</source>
        <translation>  %1: %2; %3 (%4 escenarios)
</translation>
    </message>
    <message>
        <source>every signal type</source>
        <translation>todos los tipos de señal</translation>
    </message>
    <message>
        <source>every industry</source>
        <translation>todos los sectores</translation>
    </message>
    <message>
        <source>Follows every scenario (signal type x territory x segment x industry x source x account owned) through the routing rules and reports the gaps.</source>
        <translation>Sigue cada escenario (tipo de señal x territorio x segmento x sector x origen x responsable de cuenta) a través de las reglas de enrutamiento e informa de las lagunas.</translation>
    </message>
    <message>
        <source>Judge owners&apos; availability on this day, YYYY-MM-DD (default: the workspace&apos;s as-of day).</source>
        <translation>Evaluar la disponibilidad de los responsables en este día, YYYY-MM-DD (predeterminado: el día de referencia del espacio de trabajo).</translation>
    </message>
    <message>
        <source>Also follow leads without a signal type, territory, segment or industry.</source>
        <translation>Seguir también los leads sin tipo de señal, territorio, segmento o sector.</translation>
    </message>
    <message>
        <source>coverage takes exactly one FILE.

</source>
        <translation>coverage requiere exactamente un FILE.

</translation>
    </message>
    <message>
        <source>--rule-set must be a rule set&apos;s id.</source>
        <translation>--rule-set debe ser el id de un conjunto de reglas.</translation>
    </message>
    <message>
        <source>--as-of must be a date like 2026-11-20.</source>
        <translation>--as-of debe ser una fecha como 2026-11-20.</translation>
    </message>
    <message>
        <source>Rule set &quot;%1&quot; (%2), availability on %3
</source>
        <translation>Conjunto de reglas &quot;%1&quot; (%2), disponibilidad el %3
</translation>
    </message>
    <message>
        <source>%1 scenarios: %2 reach a rule&apos;s owner, %3 only the fallback queue, %4 no owner.
</source>
        <translation>%1 escenarios: %2 llegan al responsable de una regla, %3 solo a la cola de respaldo, %4 a ningún responsable.
</translation>
    </message>
    <message>
        <source>
Reach no owner:
</source>
        <translation>
No llegan a ningún responsable:
</translation>
    </message>
    <message>
        <source>
Reach only the fallback queue:
</source>
        <translation>
Solo llegan a la cola de respaldo:
</translation>
    </message>
    <message>
        <source>
Rule &quot;%1&quot;: %2</source>
        <translation>
Regla &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>

Overlapping rules (the earlier one wins where both match):
</source>
        <translation>

Reglas solapadas (la anterior gana donde coinciden ambas):
</translation>
    </message>
    <message>
        <source>  &quot;%1&quot; and &quot;%2&quot;: %3 scenarios
</source>
        <translation>  &quot;%1&quot; y &quot;%2&quot;: %3 escenarios
</translation>
    </message>
    <message>
        <source>Simulates routing: runs a CSV file of leads (columns: %1), or the workspace&apos;s own handoffs over a date range, through a rule set and reports who gets what, the load per owner against capacity, and what changes against the active rules.</source>
        <translation>Simula el enrutamiento: pasa un archivo CSV de leads (columnas: %1), o los propios traspasos del espacio de trabajo en un intervalo de fechas, por un conjunto de reglas e informa de quién recibe qué, la carga por responsable frente a su capacidad y qué cambia respecto a las reglas activas.</translation>
    </message>
    <message>
        <source>The CSV file of leads to route.</source>
        <translation>El archivo CSV de leads que se va a enrutar.</translation>
    </message>
    <message>
        <source>LEADS.csv</source>
        <translation>LEADS.csv</translation>
    </message>
    <message>
        <source>Route the handoffs handed off from this day (YYYY-MM-DD).</source>
        <translation>Enrutar los traspasos realizados a partir de este día (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>... up to this day, inclusive (default: the as-of day).</source>
        <translation>... hasta este día, incluido (predeterminado: el día de referencia).</translation>
    </message>
    <message>
        <source>route takes exactly one FILE.

</source>
        <translation>route requiere exactamente un FILE.

</translation>
    </message>
    <message>
        <source>route needs either --simulate LEADS.csv or --from DATE.

</source>
        <translation>route necesita --simulate LEADS.csv o --from DATE.

</translation>
    </message>
    <message>
        <source>--from must be a date like 2026-11-20.</source>
        <translation>--from debe ser una fecha como 2026-11-20.</translation>
    </message>
    <message>
        <source>--to must be a date like 2026-11-20.</source>
        <translation>--to debe ser una fecha como 2026-11-20.</translation>
    </message>
    <message>
        <source>%1 leads: %2 assigned, %3 unassigned, %4 to the fallback queue, over %5 days.

</source>
        <translation>%1 leads: %2 asignados, %3 sin asignar, %4 a la cola de respaldo, a lo largo de %5 días.

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
        <translation>por día</translation>
    </message>
    <message>
        <source>capacity</source>
        <translation>capacidad</translation>
    </message>
    <message>
        <source>days over</source>
        <translation>días exc.</translation>
    </message>
    <message>
        <source>
Against the active rules: %1 leads change team, %2 change owner, %3 change rule; fallback %4 -&gt; %5.
</source>
        <translation>
Frente a las reglas activas: %1 leads cambian de equipo, %2 de responsable, %3 de regla; respaldo %4 -&gt; %5.
</translation>
    </message>
    <message>
        <source>What-if: which scenarios lose their owner and how the load moves when an owner leaves or is away. Nothing is saved.</source>
        <translation>Hipótesis: qué escenarios pierden su responsable y cómo se desplaza la carga cuando un responsable se va o está ausente. No se guarda nada.</translation>
    </message>
    <message>
        <source>The owner&apos;s name or id.</source>
        <translation>El nombre o id del responsable.</translation>
    </message>
    <message>
        <source>OWNER</source>
        <translation>OWNER</translation>
    </message>
    <message>
        <source>The first day the owner no longer works.</source>
        <translation>El primer día en que el responsable ya no trabaja.</translation>
    </message>
    <message>
        <source>The first day of an absence.</source>
        <translation>El primer día de una ausencia.</translation>
    </message>
    <message>
        <source>The last day of the absence.</source>
        <translation>El último día de la ausencia.</translation>
    </message>
    <message>
        <source>Weeks of handoffs to project the load from (default 4).</source>
        <translation>Semanas de traspasos a partir de las que proyectar la carga (predeterminado: 4).</translation>
    </message>
    <message>
        <source>roster takes one FILE, --owner and either --leaving DATE or --away DATE --until DATE.

</source>
        <translation>roster requiere un FILE, --owner y --leaving DATE o --away DATE --until DATE.

</translation>
    </message>
    <message>
        <source>Dates must look like 2026-11-20.</source>
        <translation>Las fechas deben tener la forma 2026-11-20.</translation>
    </message>
    <message>
        <source>--away needs --until with the last day of the absence, like 2026-11-27.</source>
        <translation>--away necesita --until con el último día de la ausencia, como 2026-11-27.</translation>
    </message>
    <message>
        <source>--weeks must be between 1 and 52.</source>
        <translation>--weeks debe estar entre 1 y 52.</translation>
    </message>
    <message>
        <source>There is no owner &quot;%1&quot;.</source>
        <translation>No existe el responsable &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>(no owner)</source>
        <translation>(sin responsable)</translation>
    </message>
    <message>
        <source>(fallback queue)</source>
        <translation>(cola de respaldo)</translation>
    </message>
    <message>
        <source>%1 scenarios change their owner:
</source>
        <translation>%1 escenarios cambian de responsable:
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
Carga proyectada a partir de %1 traspasos, del %2 al %3 (por día laborable):
</translation>
    </message>
    <message>
        <source>  over capacity</source>
        <translation>  por encima de la capacidad</translation>
    </message>
    <message>
        <source>
%1 accounts and %2 open handoffs stay with %3 until someone reassigns them.</source>
        <translation>
%1 cuentas y %2 traspasos abiertos siguen asignados a %3 hasta que alguien los reasigne.</translation>
    </message>
    <message>
        <source>prove that every routing scenario reaches an owner</source>
        <translation>demostrar que cada escenario de enrutamiento llega a un responsable</translation>
    </message>
    <message>
        <source>simulate routing leads or handoffs through a rule set</source>
        <translation>simular el enrutamiento de leads o traspasos con un conjunto de reglas</translation>
    </message>
    <message>
        <source>what-if: an owner leaves or is away</source>
        <translation>hipótesis: un responsable se va o está ausente</translation>
    </message>
    <message>
        <source>The setting:</source>
        <translation>El ajuste:</translation>
    </message>
    <message>
        <source>Its new value.</source>
        <translation>Su nuevo valor.</translation>
    </message>
    <message>
        <source>set takes FILE, KEY and VALUE.

</source>
        <translation>set requiere FILE, KEY y VALUE.

</translation>
    </message>
    <message>
        <source>%1 is already %2; nothing changed.</source>
        <translation>%1 ya es %2; no se cambió nada.</translation>
    </message>
    <message>
        <source>Set %1 to %2 (was %3); the week of %4 of %5 handoffs changed.</source>
        <translation>Se cambió %1 a %2 (era %3); cambió la semana de %4 de %5 traspasos.</translation>
    </message>
    <message>
        <source>unset</source>
        <translation>sin definir</translation>
    </message>
    <message>
        <source>Set %1 to %2 (was %3).</source>
        <translation>Se cambió %1 a %2 (era %3).</translation>
    </message>
    <message>
        <source>change a workspace setting: name, time_zone, currency or as_of</source>
        <translation>cambiar un ajuste del espacio de trabajo: name, time_zone, currency o as_of</translation>
    </message>
    <message>
        <source>group</source>
        <translation>grupo</translation>
    </message>
    <message>
        <source>met</source>
        <translation>cumpl.</translation>
    </message>
    <message>
        <source>decided</source>
        <translation>decid.</translation>
    </message>
    <message>
        <source>breach</source>
        <translation>incump.</translation>
    </message>
    <message>
        <source>compl.</source>
        <translation>% cumpl</translation>
    </message>
    <message>
        <source>1st touch</source>
        <translation>1.er cont.</translation>
    </message>
    <message>
        <source>routing</source>
        <translation>enrutam.</translation>
    </message>
    <message>
        <source>response</source>
        <translation>respuesta</translation>
    </message>
    <message>
        <source>Recomputed the SLA facts of %1 handoffs in %2 s; %3 changed.</source>
        <translation>Se recalcularon los datos de SLA de %1 traspasos en %2 s; cambiaron %3.</translation>
    </message>
    <message>
        <source>The ISO week to report, like 2026-W47 (default: the last complete week of the data).</source>
        <translation>La semana ISO del informe, como 2026-W47 (predeterminada: la última semana completa de los datos).</translation>
    </message>
    <message>
        <source>Judge open SLAs as of this instant, ISO 8601 (default: the workspace&apos;s as-of setting, else now).</source>
        <translation>Evaluar los SLA abiertos en este instante, ISO 8601 (predeterminado: la fecha de referencia del espacio de trabajo; si no hay, ahora).</translation>
    </message>
    <message>
        <source>INSTANT</source>
        <translation>INSTANT</translation>
    </message>
    <message>
        <source>Recompute the SLA facts of every handoff from the current policies and calendars.</source>
        <translation>Recalcular los datos de SLA de cada traspaso a partir de las políticas y calendarios actuales.</translation>
    </message>
    <message>
        <source>sla takes exactly one FILE.

</source>
        <translation>sla requiere exactamente un FILE.

</translation>
    </message>
    <message>
        <source>--recompute takes no --week or --as-of.

</source>
        <translation>--recompute no admite --week ni --as-of.

</translation>
    </message>
    <message>
        <source>--as-of must be an ISO 8601 instant such as 2026-11-22T23:59:59Z.</source>
        <translation>--as-of debe ser un instante ISO 8601 como 2026-11-22T23:59:59Z.</translation>
    </message>
    <message>
        <source>The workspace has no handoffs yet, so there is no week to report.</source>
        <translation>El espacio de trabajo aún no tiene traspasos, así que no hay ninguna semana sobre la que informar.</translation>
    </message>
    <message>
        <source>Warning: the SLA policies or calendars changed since the SLA facts were computed; run `baton sla %1 --recompute`.</source>
        <translation>Advertencia: las políticas de SLA o los calendarios cambiaron después de calcular los datos de SLA; ejecute `baton sla %1 --recompute`.</translation>
    </message>
    <message>
        <source>SLA compliance for %1 (handed off that week), judged as of %2
Compliance = met / decided; durations are median business minutes.

</source>
        <translation>Cumplimiento del SLA de %1 (traspasos de esa semana), evaluado a fecha de %2
Cumplimiento = cumplidos / decididos; las duraciones son medianas de minutos laborables.

</translation>
    </message>
    <message>
        <source>By signal type</source>
        <translation>Por tipo de señal</translation>
    </message>
    <message>
        <source>By team</source>
        <translation>Por equipo</translation>
    </message>
    <message>
        <source>By owner</source>
        <translation>Por responsable</translation>
    </message>
    <message>
        <source>Open breaches as of %1: %2
</source>
        <translation>Incumplimientos abiertos a fecha de %1: %2
</translation>
    </message>
    <message>
        <source>  ... and %1 more (--json lists them all)
</source>
        <translation>  ... y %1 más (--json los enumera todos)
</translation>
    </message>
    <message>
        <source>SLA compliance for a week, open breaches with escalation steps; --recompute</source>
        <translation>cumplimiento del SLA de una semana, incumplimientos abiertos con pasos de escalado; --recompute</translation>
    </message>
    <message>
        <source>Also print the rules broken with their counts and the data-quality score per source and campaign.</source>
        <translation>Mostrar también las reglas incumplidas con sus recuentos y la puntuación de calidad de datos por origen y campaña.</translation>
    </message>
    <message>
        <source>Also list the first N violations with their handoffs.</source>
        <translation>Enumerar también las primeras N infracciones con sus traspasos.</translation>
    </message>
    <message>
        <source>validate takes exactly one FILE.

</source>
        <translation>validate requiere exactamente un FILE.

</translation>
    </message>
    <message>
        <source>--list must be a non-negative integer.</source>
        <translation>--list debe ser un entero no negativo.</translation>
    </message>
    <message>
        <source>Checked %1 handoffs against contract version %2, the stage map and the data standard.
</source>
        <translation>Se comprobaron %1 traspasos frente a la versión %2 del contrato, el mapa de etapas y el estándar de datos.
</translation>
    </message>
    <message>
        <source>Checked %1 handoffs against the stage map and the data standard (no contract version is active).
</source>
        <translation>Se comprobaron %1 traspasos frente al mapa de etapas y el estándar de datos (no hay ninguna versión del contrato activa).
</translation>
    </message>
    <message>
        <source>%1 handoffs have no violation: data-quality score %2 %.

</source>
        <translation>%1 traspasos no tienen infracciones: puntuación de calidad de datos %2 %.

</translation>
    </message>
    <message>
        <source>(%1 handoffs)</source>
        <translation>(%1 traspasos)</translation>
    </message>
    <message>
        <source>
Rules broken:
</source>
        <translation>
Reglas incumplidas:
</translation>
    </message>
    <message>
        <source>
Data-quality score per source:
</source>
        <translation>
Puntuación de calidad de datos por origen:
</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>
The first %1 violations:
</source>
        <translation>
Las primeras %1 infracciones:
</translation>
    </message>
    <message>
        <source>check handoffs against the active contract, the stage map and the data standard</source>
        <translation>comprobar los traspasos frente al contrato activo, el mapa de etapas y el estándar de datos</translation>
    </message>
    <message>
        <source>Usage: baton [WORKSPACE.baton]          open the window
       baton COMMAND [options]          run a headless command

Commands:
</source>
        <translation>Uso: baton [WORKSPACE.baton]          abrir la ventana
     baton COMMAND [opciones]         ejecutar un comando sin interfaz gráfica

Comandos:
</translation>
    </message>
    <message>
        <source>Save the mapping used in the workspace under this name (for --mapping NAME).</source>
        <translation>Guardar en el espacio de trabajo la asignación usada con este nombre (para --mapping NAME).</translation>
    </message>
    <message>
        <source>upgraded %1 to schema version %2; the previous version was saved as %3</source>
        <translation>%1 actualizado a la versión de esquema %2; la versión anterior se guardó como %3</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Governs the Marketing to Sales lead handoff.</source>
        <translation>Gobierna el traspaso de leads de Marketing a Ventas.</translation>
    </message>
    <message>
        <source>A workspace to open.</source>
        <translation>Un espacio de trabajo que abrir.</translation>
    </message>
    <message>
        <source>Show this page first.</source>
        <translation>Mostrar primero esta página.</translation>
    </message>
    <message>
        <source>Save a picture of the window to FILE and quit.</source>
        <translation>Guardar una imagen de la ventana en FILE y salir.</translation>
    </message>
    <message>
        <source>Window size, WIDTHxHEIGHT.</source>
        <translation>Tamaño de la ventana, WIDTHxHEIGHT.</translation>
    </message>
</context>
</TS>
