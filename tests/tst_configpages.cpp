// The Define, Map and Instrument pages and the History page on the offscreen platform: edits made through
// the widgets land in the workspace and the audit log and undo/redo exactly; signed contract versions stay
// frozen; the stage map warns as edits break it; the violations page counts what the validator counts and
// drills down to those handoffs. Stored state is read back with independent SQL.
//
// With BATON_SCREENSHOTS=DIR set, screenshotsForReview saves pictures of every page and tab to DIR.

#include "core/workspace.h"
#include "data/account.h"
#include "define/contractservice.h"
#include "demo/defaultconfiguration.h"
#include "demo/demogenerator.h"
#include "editdelegates.h"
#include "handofftablemodel.h"
#include "handoffview.h"
#include "instrument/handofffields.h"
#include "instrument/validator.h"
#include "mainwindow.h"
#include "pages/accountmatchingtab.h"
#include "pages/contractpage.h"
#include "pages/contracttermeditor.h"
#include "pages/datastandardpage.h"
#include "pages/historypage.h"
#include "pages/identityrulestab.h"
#include "pages/stagemappage.h"
#include "pages/stagerequirementsmatrix.h"
#include "pages/violationspage.h"
#include "testsupport.h"
#include "workspacesession.h"

#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStyledItemDelegate>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QUndoStack>

using namespace baton;
using namespace baton::test;

class TestConfigPages : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_demo;
    int m_counter = 0;

    // A workspace with the default configuration (version 1 is an unsigned draft), opened in `session`.
    QString openDefault(WorkspaceSession &session, DefaultIds *ids)
    {
        const QString file = m_dir.filePath(QStringLiteral("pages-%1.baton").arg(++m_counter));
        auto created = Workspace::create(file);
        if (!created)
            return {};
        (*created)->setActor(QStringLiteral("tester"));
        auto configured = applyDefaultConfiguration(**created, QStringLiteral("Pages"));
        if (!configured)
            return {};
        *ids = *configured;
        session.adopt(std::move(created.value()));
        return file;
    }

    static qint64 count(const QString &file, const QString &sql, const QVariantList &binds = {})
    {
        return RawDatabase(file).value(sql, binds).toLongLong();
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_demo = m_dir.filePath(QStringLiteral("demo.baton"));
        DemoOptions options;
        options.handoffs = 4000;
        options.weeks = 10;
        QVERIFY(createDemoWorkspace(m_demo, options).ok());
    }

    void contractEditsAreUndoableAndAudited()
    {
        WorkspaceSession session;
        DefaultIds ids;
        const QString file = openDefault(session, &ids);
        QVERIFY(!file.isEmpty());
        ContractPage page(&session);
        page.resize(1200, 760);
        page.show();
        QCOMPARE(page.shownVersionId(), ids.contract);
        const qint64 pricing = ids.signalTypes.value(QStringLiteral("Pricing page"));
        page.termEditor()->selectSignalType(pricing);
        auto *sla = page.findChild<QSpinBox *>(QStringLiteral("SlaMinutes"));
        auto *apply = page.findChild<QPushButton *>(QStringLiteral("ApplyTerm"));
        QVERIFY(sla && apply);
        QCOMPARE(sla->value(), 120);
        QVERIFY(!apply->isEnabled()); // nothing changed yet
        sla->setValue(90);
        QVERIFY(apply->isEnabled());
        const qint64 auditBefore = count(file, QStringLiteral("SELECT count(*) FROM audit_log"));
        apply->click();
        const QString slaSql = QStringLiteral("SELECT sla_minutes FROM contract_term WHERE contract_version_id = ? AND signal_type_id = ?");
        QCOMPARE(count(file, slaSql, { ids.contract, pricing }), 90);
        QCOMPARE(count(file, QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'contract_term' AND field = "
                                            "'sla_minutes' AND old_value = '120' AND new_value = '90'")),
            1);
        session.undoStack()->undo();
        QCOMPARE(count(file, slaSql, { ids.contract, pricing }), 120);
        session.undoStack()->redo();
        QCOMPARE(count(file, slaSql, { ids.contract, pricing }), 90);
        // Apply, undo and redo: three audited updates.
        QCOMPARE(count(file, QStringLiteral("SELECT count(*) FROM audit_log")) - auditBefore, 3);
        // The page shows what is stored.
        QCOMPARE(page.findChild<QSpinBox *>(QStringLiteral("SlaMinutes"))->value(), 90);
    }

    void signingActivatesAndFreezesTheVersion()
    {
        WorkspaceSession session;
        DefaultIds ids;
        const QString file = openDefault(session, &ids);
        ContractPage page(&session);
        page.show();
        QSignalSpy errors(&session, &WorkspaceSession::errorReported);
        const QStringList names = { QStringLiteral("Daniel Brooks"), QStringLiteral("Nina Alvarez"), QStringLiteral("Sam Okafor") };
        for (int i = 0; i < Party::all().size(); ++i) {
            const QString party = Party::all().at(i);
            auto *name = page.findChild<QLineEdit *>(QStringLiteral("Signer_") + party);
            auto *sign = page.findChild<QPushButton *>(QStringLiteral("Sign_") + party);
            QVERIFY2(name && sign, qPrintable(party));
            name->setText(names.at(i));
            sign->click();
        }
        QCOMPARE(errors.count(), 0);
        RawDatabase raw(file);
        QCOMPARE(raw.value(QStringLiteral("SELECT status FROM contract_version WHERE id = ?"), { ids.contract }).toString(),
            QStringLiteral("active"));
        QCOMPARE(raw.value(QStringLiteral("SELECT signer_name FROM contract_signoff WHERE party = 'revops'")).toString(),
            QStringLiteral("Sam Okafor"));
        // The activating signature left the undo stack; undoing the one before is refused by the model.
        QCOMPARE(session.undoStack()->count(), 2);
        session.undoStack()->undo();
        QCOMPARE(errors.count(), 1);
        QCOMPARE(raw.value(QStringLiteral("SELECT count(*) FROM contract_signoff WHERE contract_version_id = ?"), { ids.contract }).toInt(), 3);
        QCOMPARE(raw.value(QStringLiteral("SELECT status FROM contract_version WHERE id = ?"), { ids.contract }).toString(),
            QStringLiteral("active"));
        // The active version cannot be edited from the page.
        QVERIFY(!page.findChild<QSpinBox *>(QStringLiteral("SlaMinutes"))->isEnabled());
        // Changes go into a new draft; undo discards it, redo brings it back with the same id.
        page.findChild<QPushButton *>(QStringLiteral("EditInDraft"))->click();
        const qint64 draft = raw.value(QStringLiteral("SELECT id FROM contract_version WHERE status = 'draft'")).toLongLong();
        QVERIFY(draft > 0);
        QCOMPARE(page.shownVersionId(), draft);
        QVERIFY(page.findChild<QSpinBox *>(QStringLiteral("SlaMinutes"))->isEnabled());
        QCOMPARE(raw.value(QStringLiteral("SELECT count(*) FROM contract_term WHERE contract_version_id = ?"), { draft }).toInt(), 9);
        session.undoStack()->undo();
        QCOMPARE(raw.value(QStringLiteral("SELECT count(*) FROM contract_version WHERE status = 'draft'")).toInt(), 0);
        QCOMPARE(raw.value(QStringLiteral("SELECT count(*) FROM contract_term WHERE contract_version_id = ?"), { draft }).toInt(), 0);
        session.undoStack()->redo();
        QCOMPARE(raw.value(QStringLiteral("SELECT id FROM contract_version WHERE status = 'draft'")).toLongLong(), draft);
        QCOMPARE(raw.value(QStringLiteral("SELECT count(*) FROM contract_term WHERE contract_version_id = ?"), { draft }).toInt(), 9);
    }

    void stageMapWarnsAsEditsBreakIt()
    {
        WorkspaceSession session;
        DefaultIds ids;
        const QString file = openDefault(session, &ids);
        StageMapPage page(&session);
        page.resize(1100, 760);
        page.show();
        QCOMPARE(page.warningList()->count(), 1);
        QVERIFY(page.warningList()->item(0)->text().contains(QStringLiteral("No warnings")));
        const qint64 nurture = ids.stages.value(QStringLiteral("Nurture"));
        const qint64 mql = ids.stages.value(QStringLiteral("MQL"));
        page.selectStage(nurture);
        auto *next = page.findChild<QListWidget *>(QStringLiteral("NextStages"));
        QVERIFY(next);
        for (int i = 0; i < next->count(); ++i)
            if (next->item(i)->data(Qt::UserRole).toLongLong() == mql)
                next->item(i)->setCheckState(Qt::Unchecked);
        page.findChild<QPushButton *>(QStringLiteral("ApplyStage"))->click();
        const QString transition = QStringLiteral("SELECT count(*) FROM stage_transition WHERE from_stage_id = ? AND to_stage_id = ?");
        QCOMPARE(count(file, transition, { nurture, mql }), 0);
        QCOMPARE(page.warningList()->count(), 1);
        QVERIFY(page.warningList()->item(0)->text().contains(QStringLiteral("Nurture cannot be left")));
        session.undoStack()->undo();
        QCOMPARE(count(file, transition, { nurture, mql }), 1);
        QVERIFY(page.warningList()->item(0)->text().contains(QStringLiteral("No warnings")));
        session.undoStack()->redo();
        QCOMPARE(count(file, transition, { nurture, mql }), 0);
        QCOMPARE(count(file, QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'stage_transition' AND action = 'delete'")), 2);
    }

    void dataStandardEditsAreUndoable()
    {
        WorkspaceSession session;
        DefaultIds ids;
        const QString file = openDefault(session, &ids);
        DataStandardPage page(&session);
        page.show();
        const qint64 mql = ids.stages.value(QStringLiteral("MQL"));
        const QString required = QStringLiteral("SELECT count(*) FROM stage_requirement WHERE stage_id = ? AND field = 'phone'");
        page.requirements()->toggle(QStringLiteral("phone"), mql);
        QCOMPARE(count(file, required, { mql }), 1);
        session.undoStack()->undo();
        QCOMPARE(count(file, required, { mql }), 0);
        session.undoStack()->redo();
        QCOMPARE(count(file, required, { mql }), 1);
        page.requirements()->toggle(QStringLiteral("phone"), mql); // a second click drops it again
        QCOMPARE(count(file, required, { mql }), 0);
        // The UTM values in use show their counts with group separators.
        auto *utmValues = page.findChild<QTableWidget *>(QStringLiteral("UtmValuesInUse"));
        QVERIFY(utmValues);
        QVERIFY(qobject_cast<GroupedNumberDelegate *>(utmValues->itemDelegateForColumn(1)));

        // Identity rules: editing a cell renames the rule; undo puts the old name back.
        QTableWidget *rules = page.identity()->table();
        QCOMPARE(rules->rowCount(), 2);
        rules->item(0, 1)->setText(QStringLiteral("One email, one lead"));
        QCoreApplication::sendPostedEvents(nullptr, QEvent::MetaCall); // the edit is saved after the signal
        QCOMPARE(RawDatabase(file).value(QStringLiteral("SELECT name FROM identity_rule ORDER BY position LIMIT 1")).toString(),
            QStringLiteral("One email, one lead"));
        session.undoStack()->undo();
        QCOMPARE(RawDatabase(file).value(QStringLiteral("SELECT name FROM identity_rule ORDER BY position LIMIT 1")).toString(),
            QStringLiteral("Same email address"));
        QCOMPARE(page.identity()->table()->item(0, 1)->text(), QStringLiteral("Same email address"));

        // The account matching box answers from the workspace's accounts and lists.
        Account acme;
        acme.name = QStringLiteral("Acme GmbH");
        acme.normalizedName = QStringLiteral("acme");
        acme.domain = QStringLiteral("acme.de");
        QVERIFY(Repository<Account>(*session.workspace()).add(acme).ok());
        session.notifyDataChanged();
        QVERIFY(page.accounts()->tryMatch(QStringLiteral("max@ACME.de"), QString()).contains(QStringLiteral("Acme GmbH")));
        QVERIFY(page.accounts()->tryMatch(QStringLiteral("max@gmail.com"), QStringLiteral("ACME AG")).contains(QStringLiteral("company name")));
        QVERIFY(page.accounts()->tryMatch(QStringLiteral("max@gmail.com"), QStringLiteral("Other")).startsWith(QStringLiteral("No account")));
    }

    void historyShowsReadableChanges()
    {
        WorkspaceSession session;
        DefaultIds ids;
        const QString file = openDefault(session, &ids);
        StageRequirement requirement { 0, 0, ids.stages.value(QStringLiteral("SAL")), QStringLiteral("phone"), QStringLiteral("field") };
        QVERIFY(Repository<StageRequirement>(*session.workspace()).add(requirement).ok());
        HistoryPage page(&session);
        page.show();
        QTableWidget *table = page.table();
        QCOMPARE(qint64(table->rowCount()), std::min<qint64>(500, count(file, QStringLiteral("SELECT count(*) FROM audit_log"))));
        // Newest first, with readable names rather than tables and ids.
        QCOMPARE(table->item(0, 2)->text(), QStringLiteral("Stage requirement"));
        QCOMPARE(table->item(0, 3)->text(), QStringLiteral("SAL · phone"));
        QCOMPARE(table->item(0, 4)->text(), QStringLiteral("Added"));
        QCOMPARE(table->item(0, 1)->text(), QStringLiteral("tester"));
        // Filtered by entity.
        page.setEntityFilter(QStringLiteral("signal_type"));
        QCOMPARE(table->rowCount(), 9);
        for (int row = 0; row < table->rowCount(); ++row)
            QCOMPARE(table->item(row, 2)->text(), QStringLiteral("Signal type"));
        QVERIFY(page.entityFilter()->currentText().startsWith(QStringLiteral("Signal type (9)")));
        // An update reads as field: before → after.
        AuditEntry entry;
        entry.entity = QStringLiteral("contract_term");
        entry.action = QStringLiteral("update");
        entry.field = QStringLiteral("required_context");
        entry.oldValue = QStringLiteral("[\"job_title\"]");
        entry.newValue = QStringLiteral("[\"job_title\",\"event_name\"]");
        entry.oldIsNull = entry.newIsNull = false;
        // Field names read by their labels, as the contract page shows them.
        QCOMPARE(HistoryPage::describeChange(entry),
            QStringLiteral("Required context: %1 → %1, %2")
                .arg(HandoffFields::label(QStringLiteral("job_title")),
                    HandoffFields::label(QStringLiteral("event_name"))));
        QVERIFY(!HistoryPage::describeChange(entry).contains(QStringLiteral("job_title")));
        // Stored keys read as the pages name them: a contract's status, a maturity dimension.
        entry.entity = QStringLiteral("contract_version");
        entry.field = QStringLiteral("status");
        entry.oldValue = QStringLiteral("draft");
        entry.newValue = QStringLiteral("active");
        QCOMPARE(HistoryPage::describeChange(entry), QStringLiteral("Status: Draft → Active"));
        entry.field = QStringLiteral("created_at");
        entry.oldValue = entry.newValue = QStringLiteral("0");
        QVERIFY(HistoryPage::describeChange(entry).startsWith(QStringLiteral("Created at: ")));
        // Rows are named in words too: a stage requirement by its field's label.
        StageRequirement email { 0, 0, ids.stages.value(QStringLiteral("SAL")), QStringLiteral("email"),
            QStringLiteral("field") };
        auto added = Repository<StageRequirement>(*session.workspace()).add(email);
        QVERIFY(added.ok());
        auto rowNames
            = AuditLogRepository(*session.workspace()).rowNames(QStringLiteral("stage_requirement"), { *added });
        QVERIFY(rowNames.ok());
        QCOMPARE(
            rowNames->value(*added), QStringLiteral("SAL · %1").arg(HandoffFields::label(QStringLiteral("email"))));
    }

    void violationsPageCountsAndDrillsDown()
    {
        WorkspaceSession session;
        QVERIFY(session.open(m_demo).ok());
        ViolationsPage page(&session);
        QSignalSpy finished(&page, &ViolationsPage::validationFinished);
        page.resize(1200, 800);
        page.show();
        QVERIFY(finished.count() > 0 || finished.wait(60000));
        QVERIFY(page.report().has_value());
        // The same numbers as the validator run directly.
        auto validator = Validator::load(*session.workspace());
        auto direct = validator->run(*session.workspace());
        QVERIFY(direct.ok());
        for (ViolationKind kind : ViolationKinds::all())
            QCOMPARE(page.report()->count(kind), direct->count(kind));
        auto *kinds = page.findChild<QTableWidget *>(QStringLiteral("ViolationKinds"));
        QCOMPARE(kinds->item(int(ViolationKind::Duplicate), 1)->data(Qt::DisplayRole).toLongLong(),
            direct->count(ViolationKind::Duplicate));
        // Counts show the locale's group separators, which item views otherwise leave out.
        auto *delegate = qobject_cast<QStyledItemDelegate *>(kinds->itemDelegate());
        QVERIFY(delegate);
        const QLocale english(QLocale::English, QLocale::UnitedStates);
        QLocale asAViewHandsItOver = english;
        asAViewHandsItOver.setNumberOptions(QLocale::OmitGroupSeparator);
        QCOMPARE(delegate->displayText(kinds->item(int(ViolationKind::NotQualified), 1)->data(Qt::DisplayRole), asAViewHandsItOver),
            english.toString(direct->count(ViolationKind::NotQualified)));
        QCOMPARE(delegate->displayText(QVariant(qint64(12345)), asAViewHandsItOver), QStringLiteral("12,345"));
        // Drill-down: the handoffs with a duplicate violation, then only those from one source.
        page.setKindFilter(int(ViolationKind::Duplicate));
        QCOMPARE(qint64(page.handoffs()->model()->rowCount()), direct->handoffCount(ViolationKind::Duplicate));
        page.setSourceFilter(QStringLiteral("organic_search"));
        QSet<qint64> expected;
        for (const Violation &violation : direct->details)
            if (violation.kind == ViolationKind::Duplicate && direct->bySource.at(violation.source).name == QStringLiteral("organic_search"))
                expected.insert(violation.handoffId);
        QCOMPARE(page.handoffs()->model()->rowCount(), int(expected.size()));
        for (int row = 0; row < page.handoffs()->model()->rowCount(); ++row)
            QVERIFY(expected.contains(page.handoffs()->model()->index(row, 0).data(HandoffTableModel::HandoffIdRole).toLongLong()));
        // A kind with no violation shows an empty table rather than everything.
        page.setSourceFilter(QString());
        page.setKindFilter(int(ViolationKind::MissingField));
        QCOMPARE(page.handoffs()->model()->rowCount(), int(direct->handoffCount(ViolationKind::MissingField)));
    }

    void pagesShowAnEmptyStateWithoutAWorkspace()
    {
        WorkspaceSession session;
        ContractPage contract(&session);
        StageMapPage stages(&session);
        DataStandardPage standard(&session);
        ViolationsPage violations(&session);
        HistoryPage history(&session);
        for (QWidget *page : std::initializer_list<QWidget *> { &contract, &stages, &standard, &violations, &history }) {
            page->show();
            QVERIFY(page->isVisible());
        }
        QVERIFY(!violations.report().has_value());
    }

    void screenshotsForReview()
    {
        const QString folder = qEnvironmentVariable("BATON_SCREENSHOTS");
        if (folder.isEmpty())
            QSKIP("Set BATON_SCREENSHOTS=DIR to save pictures of the pages.");
        QDir().mkpath(folder);
        MainWindow window;
        window.resize(1280, 820);
        QVERIFY(window.openWorkspace(m_demo, true));
        window.show();
        const auto save = [&](const QString &name) { QVERIFY(window.grab().save(QDir(folder).filePath(name + QStringLiteral(".png")))); };
        QVERIFY(window.showPage(QStringLiteral("define/contract")));
        save(QStringLiteral("contract-draft"));
        auto *contract = window.findChild<ContractPage *>();
        auto *tabs = contract->findChild<QTabWidget *>();
        tabs->setCurrentIndex(1);
        save(QStringLiteral("contract-changes"));
        tabs->setCurrentIndex(2);
        save(QStringLiteral("contract-signatures"));
        auto active = ContractService(*window.session()->workspace()).activeVersion();
        contract->showVersion((*active)->id);
        tabs->setCurrentIndex(0);
        save(QStringLiteral("contract-active"));
        QVERIFY(window.showPage(QStringLiteral("map/stages")));
        save(QStringLiteral("stages"));
        QVERIFY(window.showPage(QStringLiteral("instrument/standard")));
        auto *standard = window.findChild<DataStandardPage *>();
        for (int i = 0; i < standard->tabs()->count(); ++i) {
            standard->tabs()->setCurrentIndex(i);
            save(QStringLiteral("standard-%1").arg(i + 1));
        }
        QVERIFY(window.showPage(QStringLiteral("instrument/violations")));
        auto *violations = window.findChild<ViolationsPage *>();
        QSignalSpy finished(violations, &ViolationsPage::validationFinished);
        QVERIFY(violations->report().has_value() || finished.wait(60000));
        save(QStringLiteral("violations"));
        violations->setKindFilter(int(ViolationKind::NonstandardUtm));
        save(QStringLiteral("violations-utm"));
        QVERIFY(window.showPage(QStringLiteral("workspace/history")));
        save(QStringLiteral("history"));
    }
};

QTEST_MAIN(TestConfigPages)
#include "tst_configpages.moc"
