#pragma once

// Instrument/import: the names an import resolves against the workspace (signal types, owners, teams,
// territories, segments, industries, stages, rejection reasons, accounts, calendars), loaded once, and the rows
// an import creates when its mapping says "create" for an unknown value. Created rows go through
// Repository<T>, so they are audited like any configuration change, and live in the import's transaction.
//
// Names compare trimmed and without case. Owners are also found by email, accounts by their CRM id
// (external_ref) and by normalized company name (AccountMatcher's normalization).

#include "instrument/companynames.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>
#include <QString>

#include <functional>

namespace baton {

class Workspace;

class ImportReferences final
{
    Q_DECLARE_TR_FUNCTIONS(baton::ImportReferences)
public:
    // The kinds of referenced row, named like the import fields that refer to them.
    enum class Kind { SignalType, Owner, Team, Territory, Segment, Industry, Stage, RejectionReason, Account, Calendar };
    static bool kindOfField(const QString &field, Kind *kind);
    static QString kindLabel(Kind kind); // "owner", "signal type", ... (for messages)

    static Result<ImportReferences> load(Workspace &workspace);

    // The id of the row named `text`, 0 when there is none.
    qint64 find(Kind kind, const QString &text) const;
    // Creates the row named `text` (and remembers it); `newOwnerRole`/`newOwnerTeam` describe created owners.
    Result<qint64> create(Workspace &workspace, Kind kind, const QString &text);
    // Runs the writes of create() through `onWriter` (the import's writing thread, see Importer), which calls
    // the function it is given and returns its result.
    using WriterCall = std::function<Result<void>(const std::function<Result<void>()> &)>;
    void setWriterCall(WriterCall onWriter) { m_onWriter = std::move(onWriter); }
    QString name(Kind kind, qint64 id) const { return m_names[int(kind)].value(id); }

    // Settings for owners created by create(Kind::Owner, ...).
    void setNewOwners(const QString &role, const QString &team)
    {
        m_newOwnerRole = role;
        m_newOwnerTeam = team;
    }

    // What is known about owners and accounts beyond their names.
    qint64 ownerTeam(qint64 ownerId) const { return m_ownerTeams.value(ownerId); }
    struct AccountInfo
    {
        qint64 ownerId = 0;
        qint64 teamId = 0;
    };
    AccountInfo account(qint64 accountId) const { return m_accounts.value(accountId); }
    void setAccount(qint64 accountId, qint64 ownerId, qint64 teamId) { m_accounts.insert(accountId, { ownerId, teamId }); }
    void setOwnerTeam(qint64 ownerId, qint64 teamId) { m_ownerTeams.insert(ownerId, teamId); }
    // Registers a row created or renamed outside create() (accounts and owners written by their importers).
    void remember(Kind kind, qint64 id, const QString &name, const QString &alternateKey = {});

    // The stage an outcome puts a handoff in (by the default stage names), 0 when the workspace has no such stage.
    qint64 stageForOutcome(const QString &outcome, qint64 rejectionReasonId) const;

    // How many rows of each kind create() made.
    const QMap<Kind, qint64> &created() const { return m_created; }
    QString normalizeCompany(const QString &name) const { return m_normalizer(name); }

private:
    ImportReferences() = default;
    static QString key(const QString &text) { return text.trimmed().toLower(); }
    Result<qint64> createRow(Workspace &workspace, Kind kind, const QString &name);

    QHash<QString, qint64> m_byName[10];
    QHash<qint64, QString> m_names[10];
    QHash<QString, qint64> m_ownerByEmail;
    QHash<QString, qint64> m_accountByRef;
    QHash<qint64, qint64> m_ownerTeams;
    QHash<qint64, AccountInfo> m_accounts;
    QHash<qint64, QString> m_reasonPlayKinds;
    CompanyNameNormalizer m_normalizer;
    QMap<Kind, qint64> m_created;
    QString m_newOwnerRole = QStringLiteral("SDR");
    QString m_newOwnerTeam;
    int m_positions[10] = {};
    WriterCall m_onWriter;
};

} // namespace baton
