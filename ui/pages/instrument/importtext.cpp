#include "importtext.h"

namespace baton {

QString ImportText::detailLabel(const QString &key)
{
    static const QList<std::pair<const char *, const char *>> labels = {
        { "routed", QT_TR_NOOP("Handoffs routed by the rules") },
        { "routed_to_fallback", QT_TR_NOOP("Of those, sent to the fallback queue") },
        { "accounts_matched", QT_TR_NOOP("Handoffs matched to an account") },
        { "timestamps_implied", QT_TR_NOOP("Timestamps implied by a later one") },
        { "outcomes_from_timestamps", QT_TR_NOOP("Outcomes derived from timestamps") },
        { "parents_set", QT_TR_NOOP("Parent accounts set") },
        { "parents_not_found", QT_TR_NOOP("Parent accounts not found") },
        { "team_memberships_added", QT_TR_NOOP("Team memberships added") },
        { "team_managers_set", QT_TR_NOOP("Team managers set") },
        { "created_signal_types", QT_TR_NOOP("Signal types created") },
        { "created_owners", QT_TR_NOOP("Owners created") },
        { "created_teams", QT_TR_NOOP("Teams created") },
        { "created_territories", QT_TR_NOOP("Territories created") },
        { "created_segments", QT_TR_NOOP("Segments created") },
        { "created_industries", QT_TR_NOOP("Industries created") },
        { "created_stages", QT_TR_NOOP("Stages created") },
        { "created_rejection_reasons", QT_TR_NOOP("Rejection reasons created") },
        { "created_accounts", QT_TR_NOOP("Accounts created") },
        { "created_calendars", QT_TR_NOOP("Calendars created") },
        { "rollback_journal", QT_TR_NOOP("Written straight into the file (rollback journal; nothing else had the workspace open)") },
        { "keys_to_temporary_files", QT_TR_NOOP("Keys moved to temporary files (the key tables keep to a fixed memory budget)") },
    };
    for (const auto &[name, label] : labels)
        if (key == QLatin1String(name))
            return tr(label);
    QString text = key;
    text.replace(QLatin1Char('_'), QLatin1Char(' '));
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    return text;
}

QString ImportText::readDefinition()
{
    return tr("Records in the file after the header row. Read = imported + updated + kept aside.");
}

QString ImportText::importedDefinition()
{
    return tr("Records written as new rows.");
}

QString ImportText::updatedDefinition()
{
    return tr("Records that updated a row an earlier import (or the workspace) already had, found by the mapping's key.");
}

QString ImportText::keptAsideDefinition()
{
    return tr("Records not written, each kept in the workspace with its line number and the reason.");
}

QString ImportText::duplicatesDefinition()
{
    return tr("Handoffs that repeat an earlier one under an identity rule (imported, or kept aside when the mapping "
              "says so).");
}

} // namespace baton
