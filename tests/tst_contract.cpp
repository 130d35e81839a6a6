// The handoff contract's life cycle: a draft becomes active with three signatures, the previous version is
// superseded and kept, signed versions cannot change (in the service and in the database itself), and the
// diff says what a draft changes. Stored state is read back with independent SQL.

#include "core/migrations.h"
#include "core/sql.h"
#include "core/workspace.h"
#include "define/contractdiff.h"
#include "define/contractservice.h"
#include "demo/defaultconfiguration.h"
#include "testsupport.h"

#include <QTest>

using namespace baton;
using namespace baton::test;

class TestContract : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;
    QString m_file;
    DefaultIds m_ids;
    int m_counter = 0;
    const QDateTime m_t0 = QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);

    qint64 rawCount(const QString &sql, const QVariantList &binds = {})
    {
        return RawDatabase(m_file).value(sql, binds).toLongLong();
    }

    // Signs `versionId` by all three parties, an hour apart from `at`.
    void signAll(ContractService &service, qint64 versionId, const QDateTime &at)
    {
        int hour = 0;
        for (const QString &party : Party::all()) {
            auto signed_ = service.sign(versionId, party, QStringLiteral("Signer %1").arg(party), at.addSecs(3600 * hour++));
            QVERIFY2(signed_.ok(), qPrintable(signed_.errorMessage()));
        }
    }

private slots:
    void init()
    {
        m_file = m_dir.filePath(QStringLiteral("contract-%1.baton").arg(++m_counter));
        auto created = Workspace::create(m_file);
        QVERIFY(created.ok());
        m_workspace = std::move(created.value());
        m_workspace->setActor(QStringLiteral("tester"));
        auto ids = applyDefaultConfiguration(*m_workspace, QStringLiteral("Contract test"));
        QVERIFY2(ids.ok(), qPrintable(ids.errorMessage()));
        m_ids = *ids;
    }

    void cleanup() { m_workspace.reset(); }

    void draftBecomesActiveWithThreeSignatures()
    {
        ContractService service(*m_workspace);
        const qint64 v1 = m_ids.contract;
        QVERIFY(!service.activeVersion()->has_value());

        auto first = service.sign(v1, Party::Marketing, QStringLiteral("Nina Alvarez"), m_t0);
        QVERIFY2(first.ok(), qPrintable(first.errorMessage()));
        QVERIFY(!first->activated);
        auto second = service.sign(v1, Party::Sales, QStringLiteral("Daniel Brooks"), m_t0.addSecs(60));
        QVERIFY(second.ok() && !second->activated);
        QCOMPARE(RawDatabase(m_file).value(QStringLiteral("SELECT status FROM contract_version WHERE id = ?"), { v1 }).toString(),
            QStringLiteral("draft"));

        auto third = service.sign(v1, Party::RevOps, QStringLiteral("Sam Okafor"), m_t0.addSecs(120));
        QVERIFY2(third.ok(), qPrintable(third.errorMessage()));
        QVERIFY(third->activated);
        QCOMPARE(third->supersededVersionId, qint64(0));
        RawDatabase raw(m_file);
        QCOMPARE(raw.value(QStringLiteral("SELECT status FROM contract_version WHERE id = ?"), { v1 }).toString(),
            QStringLiteral("active"));
        // Activated at the third signature's time; every signature kept with its name and time.
        QCOMPARE(raw.value(QStringLiteral("SELECT activated_at FROM contract_version WHERE id = ?"), { v1 }).toLongLong(),
            m_t0.addSecs(120).toSecsSinceEpoch());
        QCOMPARE(raw.value(QStringLiteral("SELECT signer_name FROM contract_signoff WHERE contract_version_id = ? AND party = 'sales'"), { v1 }).toString(),
            QStringLiteral("Daniel Brooks"));
        QCOMPARE(raw.value(QStringLiteral("SELECT signed_at FROM contract_signoff WHERE contract_version_id = ? AND party = 'marketing'"), { v1 }).toLongLong(),
            m_t0.toSecsSinceEpoch());

        // The next draft copies the active terms; its activation supersedes version 1, which stays viewable.
        auto draft = service.startDraft(m_t0.addDays(1));
        QVERIFY2(draft.ok(), qPrintable(draft.errorMessage()));
        QCOMPARE(draft->version.number, 2);
        QCOMPARE(draft->version.status, ContractStatus::Draft);
        QCOMPARE(raw.value(QStringLiteral("SELECT count(*) FROM contract_term WHERE contract_version_id = ?"), { draft->version.id }).toInt(),
            raw.value(QStringLiteral("SELECT count(*) FROM contract_term WHERE contract_version_id = ?"), { v1 }).toInt());
        QCOMPARE(raw.value(QStringLiteral(
                     "SELECT count(*) FROM contract_term a JOIN contract_term b ON a.signal_type_id = b.signal_type_id "
                     "WHERE a.contract_version_id = ? AND b.contract_version_id = ? AND a.min_fit_grade = b.min_fit_grade "
                     "AND a.required_context = b.required_context AND a.sla_minutes = b.sla_minutes "
                     "AND a.owner_role = b.owner_role AND a.follow_up_action = b.follow_up_action"),
                     { v1, draft->version.id })
                     .toInt(),
            9);
        // Asking again returns the same draft rather than a second one.
        QCOMPARE(service.startDraft()->version.id, draft->version.id);

        signAll(service, draft->version.id, m_t0.addDays(2));
        QCOMPARE(raw.value(QStringLiteral("SELECT status FROM contract_version WHERE id = ?"), { v1 }).toString(),
            QStringLiteral("superseded"));
        QCOMPARE(raw.value(QStringLiteral("SELECT superseded_at FROM contract_version WHERE id = ?"), { v1 }).toLongLong(),
            m_t0.addDays(2).addSecs(7200).toSecsSinceEpoch());
        QCOMPARE(raw.value(QStringLiteral("SELECT count(*) FROM contract_version WHERE status = 'active'")).toInt(), 1);
        QCOMPARE(service.activeVersion()->value().number, 2);
        auto history = service.versions();
        QCOMPARE(history->size(), 2);
        QCOMPARE(history->at(0).number, 2); // newest first
        auto old = service.document(v1);
        QVERIFY(old.ok());
        QCOMPARE(old->terms.size(), 9);
        QCOMPARE(old->signoffs.size(), 3);
        QVERIFY(!old->isEditable());
    }

    void signingRefusesWhatIsNotASignature()
    {
        ContractService service(*m_workspace);
        const qint64 v1 = m_ids.contract;
        QCOMPARE(service.sign(v1, QStringLiteral("legal"), QStringLiteral("X"), m_t0).error().kind, Error::Kind::Invalid);
        QCOMPARE(service.sign(v1, Party::Sales, QStringLiteral("   "), m_t0).error().kind, Error::Kind::Invalid);
        QVERIFY(service.sign(v1, Party::Sales, QStringLiteral("Daniel"), m_t0).ok());
        auto twice = service.sign(v1, Party::Sales, QStringLiteral("Someone else"), m_t0);
        QVERIFY(!twice.ok());
        QVERIFY(twice.errorMessage().contains(QStringLiteral("Daniel")));
        QCOMPARE(rawCount(QStringLiteral("SELECT count(*) FROM contract_signoff")), 1);
        // An empty draft cannot be signed.
        QVERIFY(service.sign(v1, Party::Marketing, QStringLiteral("Nina"), m_t0).ok());
        QVERIFY(service.sign(v1, Party::RevOps, QStringLiteral("Sam"), m_t0).ok());
        QCOMPARE(service.activeVersion()->value().id, v1);
        auto fresh = service.startDraft();
        QVERIFY(fresh.ok());
        for (const ContractTerm &term : fresh->terms)
            QVERIFY(service.removeTerm(term).ok());
        auto empty = service.sign(fresh->version.id, Party::Sales, QStringLiteral("Daniel"), m_t0);
        QVERIFY(!empty.ok());
        QVERIFY(empty.errorMessage().contains(QStringLiteral("no terms")));
    }

    void signedVersionsCannotBeEdited()
    {
        ContractService service(*m_workspace);
        const qint64 v1 = m_ids.contract;
        ContractTerm term = service.document(v1)->terms.first();

        // A draft nobody signed can change.
        term.slaMinutes = 45;
        QVERIFY(service.updateTerm(term).ok());
        QCOMPARE(rawCount(QStringLiteral("SELECT sla_minutes FROM contract_term WHERE id = ?"), { term.id }), 45);

        // One signature freezes it; withdrawing the signature opens it again.
        QVERIFY(service.sign(v1, Party::Sales, QStringLiteral("Daniel"), m_t0).ok());
        term.slaMinutes = 30;
        auto refused = service.updateTerm(term);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, Error::Kind::Invalid);
        QVERIFY(refused.errorMessage().contains(QStringLiteral("Sales")));
        QCOMPARE(rawCount(QStringLiteral("SELECT sla_minutes FROM contract_term WHERE id = ?"), { term.id }), 45);
        // Going around the service does not help: the database refuses too.
        ContractTerm direct = term;
        QVERIFY(!Repository<ContractTerm>(*m_workspace).update(direct).ok());
        QCOMPARE(rawCount(QStringLiteral("SELECT sla_minutes FROM contract_term WHERE id = ?"), { term.id }), 45);
        QVERIFY(service.withdrawSignature(v1, Party::Sales).ok());
        QVERIFY2(service.updateTerm(term).ok(), "an unsigned draft is editable again");
        QCOMPARE(rawCount(QStringLiteral("SELECT sla_minutes FROM contract_term WHERE id = ?"), { term.id }), 30);

        // Active: nothing changes any more, neither through the service nor directly.
        signAll(service, v1, m_t0);
        auto activeTerm = Repository<ContractTerm>(*m_workspace).get(term.id);
        QVERIFY(activeTerm.ok());
        ContractTerm changed = *activeTerm;
        changed.minFitGrade = QStringLiteral("A");
        QVERIFY(!service.updateTerm(changed).ok());
        QVERIFY(!service.removeTerm(changed).ok());
        QVERIFY(!Repository<ContractTerm>(*m_workspace).update(changed).ok());
        QVERIFY(!Repository<ContractTerm>(*m_workspace).remove(*activeTerm).ok());
        ContractTerm extra = changed;
        extra.id = 0;
        extra.signalTypeId = m_ids.signalTypes.value(QStringLiteral("Event scan"));
        QVERIFY(!Repository<ContractTerm>(*m_workspace).add(extra).ok());
        auto version = service.document(v1)->version;
        version.title = QStringLiteral("Rewritten");
        QVERIFY(!service.updateVersionText(version).ok());
        QVERIFY(!Repository<ContractVersion>(*m_workspace).update(version).ok());
        QVERIFY(!Repository<ContractVersion>(*m_workspace).remove(service.document(v1)->version).ok());
        QVERIFY(!service.withdrawSignature(v1, Party::Sales).ok());
        auto signoff = service.document(v1)->signoffs.first();
        QVERIFY(!Repository<ContractSignoff>(*m_workspace).remove(signoff).ok());
        // No way back to draft.
        ContractVersion back = service.document(v1)->version;
        back.status = ContractStatus::Draft;
        QVERIFY(!Repository<ContractVersion>(*m_workspace).update(back).ok());
        RawDatabase raw(m_file);
        QCOMPARE(raw.value(QStringLiteral("SELECT min_fit_grade FROM contract_term WHERE id = ?"), { term.id }).toString(),
            term.minFitGrade);
        QCOMPARE(raw.value(QStringLiteral("SELECT status || '/' || title FROM contract_version WHERE id = ?"), { v1 }).toString(),
            QStringLiteral("active/Marketing to Sales handoff contract"));
        QCOMPARE(raw.value(QStringLiteral("SELECT count(*) FROM contract_signoff WHERE contract_version_id = ?"), { v1 }).toInt(), 3);
    }

    void aDraftCannotBecomeActiveWithoutThreeSignatures()
    {
        ContractVersion version = *Repository<ContractVersion>(*m_workspace).get(m_ids.contract);
        version.status = ContractStatus::Active;
        QVERIFY(!Repository<ContractVersion>(*m_workspace).update(version).ok());
        QCOMPARE(rawCount(QStringLiteral("SELECT count(*) FROM contract_version WHERE status = 'active'")), 0);
    }

    void discardedDraftsComeBackWithTheirIds()
    {
        ContractService service(*m_workspace);
        signAll(service, m_ids.contract, m_t0);
        auto draft = service.startDraft();
        QVERIFY(draft.ok());
        const qint64 auditBefore = rawCount(QStringLiteral("SELECT count(*) FROM audit_log"));
        auto discarded = service.discardDraft(draft->version.id);
        QVERIFY2(discarded.ok(), qPrintable(discarded.errorMessage()));
        QCOMPARE(rawCount(QStringLiteral("SELECT count(*) FROM contract_version WHERE id = ?"), { draft->version.id }), 0);
        // Every term's removal is audited, then the version's.
        QCOMPARE(rawCount(QStringLiteral("SELECT count(*) FROM audit_log")) - auditBefore, qint64(draft->terms.size() + 1));
        QVERIFY(service.restoreDraft(*discarded).ok());
        auto back = service.document(draft->version.id);
        QVERIFY(back.ok());
        QCOMPARE(back->terms.size(), draft->terms.size());
        QCOMPARE(back->terms.first().id, draft->terms.first().id);
        // The active version cannot be discarded.
        QVERIFY(!service.discardDraft(m_ids.contract).ok());
    }

    void diffSaysWhatChanged()
    {
        ContractService service(*m_workspace);
        signAll(service, m_ids.contract, m_t0);
        auto draft = service.startDraft();
        QVERIFY(draft.ok());
        const qint64 pricing = m_ids.signalTypes.value(QStringLiteral("Pricing page"));
        const qint64 events = m_ids.signalTypes.value(QStringLiteral("Event scan"));
        const qint64 content = m_ids.signalTypes.value(QStringLiteral("Content download"));
        const qint64 newsletter = m_ids.signalTypes.value(QStringLiteral("Newsletter signup"));
        for (ContractTerm term : draft->terms) {
            if (term.signalTypeId == pricing) {
                term.slaMinutes = 90; // was 120
                QVERIFY(service.updateTerm(term).ok());
            } else if (term.signalTypeId == events) {
                term.requiredContext = { QStringLiteral("event_name") }; // was job_title
                QVERIFY(service.updateTerm(term).ok());
            } else if (term.signalTypeId == content) {
                term.minFitGrade = QStringLiteral("B"); // was A
                QVERIFY(service.updateTerm(term).ok());
            } else if (term.signalTypeId == newsletter) {
                QVERIFY(service.removeTerm(term).ok());
            }
        }
        SignalType partner { 0, 0, QStringLiteral("Partner referral"), IntentTier::High, {}, 10 };
        QVERIFY(Repository<SignalType>(*m_workspace).add(partner).ok());
        ContractTerm added { 0, 0, draft->version.id, partner.id, QStringLiteral("B"), { QStringLiteral("email") }, {},
            QStringLiteral("AE"), QStringLiteral("Call the partner"), 30 };
        QVERIFY(service.addTerm(added).ok());

        QHash<qint64, QString> names;
        const auto types = Repository<SignalType>(*m_workspace).list();
        for (const SignalType &type : *types)
            names.insert(type.id, type.name);
        const auto changes = ContractDiff::between(*service.document(m_ids.contract), *service.document(draft->version.id), names);
        QStringList descriptions;
        for (const ContractChange &change : changes)
            descriptions << change.description;
        const QStringList expected = {
            QStringLiteral("Pricing page: SLA target 2 h → 1 h 30 min (faster)"),
            QStringLiteral("Event scan: Sales also receives event name; Sales no longer receives job title"),
            QStringLiteral("Content download: minimum fit A → B (looser)"),
            QStringLiteral("Partner referral: now covered by the contract (fit B or better, owner AE, first touch within 30 min)"),
            QStringLiteral("Newsletter signup: no longer covered by the contract"),
        };
        QCOMPARE(descriptions, expected);
        QCOMPARE(changes.at(1).added, QStringList { QStringLiteral("event_name") });
        QCOMPARE(changes.at(1).removed, QStringList { QStringLiteral("job_title") });
        QCOMPARE(changes.at(0).field, QStringLiteral("sla_minutes"));
        QCOMPARE(changes.at(3).kind, ContractChange::Kind::TermAdded);
        QCOMPARE(changes.at(4).kind, ContractChange::Kind::TermRemoved);
        // A version compared with itself has no changes.
        QVERIFY(ContractDiff::between(*service.document(m_ids.contract), *service.document(m_ids.contract), names).isEmpty());
    }

    void triggerBodiesStayWhole()
    {
        const QStringList statements = Migrations::splitStatements(QStringLiteral(
            "CREATE TABLE t (a INTEGER);\n"
            "CREATE TRIGGER t_guard BEFORE UPDATE ON t WHEN OLD.a = 1\nBEGIN\n    SELECT RAISE(ABORT, 'no; never');\n"
            "    SELECT 1;\nEND;\nCREATE INDEX t_a ON t(a);"));
        QCOMPARE(statements.size(), 3);
        QVERIFY(statements.at(1).startsWith(QStringLiteral("CREATE TRIGGER")));
        QVERIFY(statements.at(1).endsWith(QStringLiteral("END")));
    }
};

QTEST_GUILESS_MAIN(TestContract)
#include "tst_contract.moc"
