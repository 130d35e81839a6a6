// The import's user interface: the Import CSV dialog (recognition, the preview, the run with its summary, cancel)
// and the Import page (runs, kept-aside rows with their line numbers, filter, sort, CSV export). The expected
// counts and line numbers come from how the test wrote its file, the stored rows from RawDatabase.

#include "importfixture.h"

#include "demo/demogenerator.h"
#include "instrument/import/importfields.h"
#include "mainwindow.h"
#include "pages/instrument/importdialog.h"
#include "pages/instrument/importpage.h"
#include "pages/instrument/keptasidemodel.h"
#include "workspacesession.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

using namespace baton;
using namespace baton::test;

namespace {

// A Salesforce lead report of `count` records. Record i is kept aside when its date cannot be read (i % 7 == 3)
// or its status is one the preset does not translate (i % 11 == 5); record 2 has a title with a comma and a
// line break, so every later record starts one line further down.
struct LeadFile
{
    QByteArray content;
    QList<int> lines; // the line each record starts on
    QList<bool> bad;
    int badCount = 0;
};

LeadFile leadFile(int count)
{
    LeadFile file;
    file.content = "\"Lead ID\",\"First Name\",\"Last Name\",\"Title\",\"Company / Account\",\"Email\",\"Lead Source\","
                   "\"Lead Status\",\"Lead Owner\",\"Created Date\"\r\n";
    int line = 2;
    for (int i = 0; i < count; ++i) {
        const bool badDate = i % 7 == 3;
        const bool badStatus = i % 11 == 5;
        const QByteArray title = i == 2 ? "\"VP, Sales\nEMEA\"" : "Manager";
        file.content += QStringLiteral("00Q%1,First%1,Last,%2,Company %1,lead%1@example.com,Web,%3,Ana,%4\r\n")
                            .arg(i, 6, 10, QLatin1Char('0'))
                            .arg(QString::fromUtf8(title), badStatus ? QStringLiteral("Nurturing") : QStringLiteral("Open - Not Contacted"),
                                badDate ? QStringLiteral("sometime soon") : QStringLiteral("3/14/2024 9:41 AM"))
                            .toUtf8();
        file.lines << line;
        line += i == 2 ? 2 : 1;
        file.bad << (badDate || badStatus);
        file.badCount += (badDate || badStatus) ? 1 : 0;
    }
    return file;
}

int column(QTableWidget *table, const QString &header)
{
    for (int c = 0; c < table->columnCount(); ++c)
        if (table->horizontalHeaderItem(c)->text() == header)
            return c;
    return -1;
}

QString dataDir()
{
    const QString configured = qEnvironmentVariable("BATON_DATA_DIR");
    return configured.isEmpty() ? QStringLiteral(BATON_SOURCE_DIR "/../shared/data") : configured;
}

void screenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("BATON_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QCoreApplication::processEvents(); // pending layout requests
    widget->grab().save(QDir(dir).filePath(name));
}

} // namespace

class TestImportUi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("BatonTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_importui"));
        QSettings().clear();
    }

    void recognisesAndPreviewsWithoutChangingAnything()
    {
        ImportFixture fixture;
        QVERIFY(fixture.setUp());
        const LeadFile leads = leadFile(30);
        const QString file = fixture.writeFile(QStringLiteral("leads.csv"), leads.content);
        WorkspaceSession session;
        session.adopt(std::move(fixture.workspace));
        const QByteArray before = contentDigest(fixture.path);

        ImportDialog dialog(&session);
        QVERIFY(!dialog.importButton()->isEnabled());
        dialog.setFile(file);
        QCOMPARE(dialog.currentMapping()->id, QStringLiteral("salesforce-leads"));
        QCOMPARE(dialog.entityCombo()->currentData().toInt(), int(ImportEntity::Handoff));
        QVERIFY(dialog.mappingCombo()->currentText().contains(QStringLiteral("recognised")));
        QVERIFY(dialog.recognitionLabel()->text().contains(QStringLiteral("Salesforce lead export")));
        QVERIFY(dialog.importButton()->isEnabled());

        QTableWidget *table = dialog.previewTable();
        QCOMPARE(table->rowCount(), ImportDialog::PreviewRecords);
        const int created = column(table, ImportFields::label(ImportEntity::Handoff, QStringLiteral("created_at")));
        QVERIFY(created > 1);
        for (int row = 0; row < table->rowCount(); ++row) {
            QCOMPARE(table->item(row, 0)->data(Qt::DisplayRole).toInt(), leads.lines.at(row));
            const QString status = table->item(row, 1)->text();
            if (leads.bad.at(row)) {
                QVERIFY2(status.startsWith(QStringLiteral("kept aside: ")), qPrintable(status));
            } else {
                QCOMPARE(status, QStringLiteral("new"));
                // How the date was read: stored as 2024-03-14 09:41, the way it was written in the tooltip.
                QVERIFY(table->item(row, created)->text().startsWith(QStringLiteral("2024-03-14 09:41")));
                QVERIFY(table->item(row, created)->toolTip().contains(QStringLiteral("3/14/2024 9:41 AM")));
            }
        }
        // Record 3's date cannot be read, record 5's status is untranslated: the reasons say so.
        QVERIFY(table->item(3, 1)->text().contains(QStringLiteral("sometime soon")));
        QVERIFY(table->item(5, 1)->text().contains(QStringLiteral("Nurturing")));
        // The title with a comma and a line break is one value.
        const int title = column(table, QStringLiteral("Job title"));
        if (title >= 0)
            QCOMPARE(table->item(2, title)->text(), QStringLiteral("VP, Sales\nEMEA"));
        QCOMPARE(contentDigest(fixture.path), before);
        dialog.show();
        screenshot(&dialog, QStringLiteral("import-preview-kept-aside.png"));
    }

    void offersTheClosestPresetsWhenNoneFits()
    {
        ImportFixture fixture;
        QVERIFY(fixture.setUp());
        const QString file = fixture.writeFile(QStringLiteral("odd.csv"),
            "Lead ID,First Name,Last Name,Lead Source,Favourite colour\n1,Ann,Ames,Web,green\n");
        WorkspaceSession session;
        session.adopt(std::move(fixture.workspace));
        ImportDialog dialog(&session);
        dialog.setFile(file);
        QVERIFY(!dialog.currentMapping());
        QVERIFY(!dialog.importButton()->isEnabled());
        const QString text = dialog.recognitionLabel()->text();
        QVERIFY2(text.contains(QStringLiteral("Closest: Salesforce lead export")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("“Favourite colour”")), qPrintable(text));
        QCOMPARE(dialog.previewTable()->rowCount(), 0);
        dialog.show();
        screenshot(&dialog, QStringLiteral("import-unrecognised.png"));
        // Choosing the preset by hand previews with it.
        dialog.mappingCombo()->setCurrentIndex(dialog.mappingCombo()->findText(QStringLiteral("Salesforce lead export (preset)")));
        QCOMPARE(dialog.currentMapping()->id, QStringLiteral("salesforce-leads"));
        QCOMPARE(dialog.previewTable()->rowCount(), 1);

        // A mapping file switches to its entity and previews with it.
        const QString mapping = fixture.writeFile(QStringLiteral("owners.json"),
            R"({"format": 1, "name": "Test owners", "entity": "owner", "key": "name",
                "columns": [{"column": "First Name", "field": "name", "required": true}]})");
        QVERIFY(dialog.setMappingFile(mapping));
        QCOMPARE(dialog.entityCombo()->currentData().toInt(), int(ImportEntity::Owner));
        QCOMPARE(dialog.currentMapping()->mapping.name, QStringLiteral("Test owners"));
        QCOMPARE(dialog.currentMapping()->source(), QStringLiteral("file"));
        QCOMPARE(dialog.mappingCombo()->currentText(), QStringLiteral("Test owners (file owners.json)"));
        QCOMPARE(dialog.previewTable()->rowCount(), 1);
        QCOMPARE(dialog.previewTable()->item(0, 1)->text(), QStringLiteral("new"));
        QVERIFY(dialog.importButton()->isEnabled());
    }

    void importsAndSummarises()
    {
        ImportFixture fixture;
        QVERIFY(fixture.setUp());
        const LeadFile leads = leadFile(60);
        const QString file = fixture.writeFile(QStringLiteral("leads.csv"), leads.content);
        WorkspaceSession session;
        session.adopt(std::move(fixture.workspace));
        RawDatabase raw(fixture.path);
        const qint64 handoffsBefore = raw.value(QStringLiteral("SELECT count(*) FROM handoff")).toLongLong();

        ImportDialog dialog(&session);
        dialog.setFile(file);
        QSignalSpy changed(&session, &WorkspaceSession::dataChanged);
        QVERIFY2(dialog.startImport(), qPrintable(dialog.statusLabel()->text()));
        QCOMPARE(changed.count(), 1); // the pages reload
        QVERIFY(dialog.showsSummary());
        const ImportSummary summary = *dialog.summary();
        QCOMPARE(summary.read, 60);
        QCOMPARE(summary.keptAside, leads.badCount);
        QCOMPARE(summary.imported, 60 - leads.badCount);
        QCOMPARE(summary.updated, 0);
        QCOMPARE(raw.value(QStringLiteral("SELECT count(*) FROM handoff")).toLongLong() - handoffsBefore, 60 - leads.badCount);
        QCOMPARE(raw.value(QStringLiteral("SELECT count(*) FROM kept_aside_row WHERE import_run_id = ?"), { summary.runId }).toInt(),
            leads.badCount);
        // The summary shows the same numbers.
        auto *counts = dialog.findChild<QTableWidget *>(QStringLiteral("ImportSummary"));
        const auto shown = [counts](const QString &label) {
            for (int row = 0; row < counts->rowCount(); ++row)
                if (counts->item(row, 0)->text() == label)
                    return counts->item(row, 1)->text();
            return QString();
        };
        QCOMPARE(shown(QStringLiteral("Read")), QStringLiteral("60"));
        QCOMPARE(shown(QStringLiteral("Imported as new")), QString::number(60 - leads.badCount));
        QCOMPARE(shown(QStringLiteral("Kept aside")), QString::number(leads.badCount));
        QCOMPARE(shown(QStringLiteral("Updated")), QStringLiteral("0"));
        QVERIFY(dialog.keptAsideButton()->isEnabled());
        QSignalSpy keptAside(&dialog, &ImportDialog::keptAsideRequested);
        QTest::mouseClick(dialog.keptAsideButton(), Qt::LeftButton);
        QCOMPARE(keptAside.count(), 1);
        QCOMPARE(keptAside.first().first().toLongLong(), summary.runId);

        // The same file again: the good records update the handoffs the first import made (upsert by Lead ID).
        ImportDialog again(&session);
        again.setFile(file);
        QCOMPARE(again.previewTable()->item(0, 1)->text().left(16), QStringLiteral("updates handoff "));
        QVERIFY(again.startImport());
        QCOMPARE(again.summary()->updated, 60 - leads.badCount);
        QCOMPARE(again.summary()->imported, 0);
        QCOMPARE(raw.value(QStringLiteral("SELECT count(*) FROM handoff")).toLongLong() - handoffsBefore, 60 - leads.badCount);
    }

    void cancelLeavesTheWorkspaceAsItWas()
    {
        ImportFixture fixture;
        QVERIFY(fixture.setUp());
        const LeadFile leads = leadFile(8000);
        const QString file = fixture.writeFile(QStringLiteral("leads.csv"), leads.content);
        WorkspaceSession session;
        session.adopt(std::move(fixture.workspace));
        RawDatabase raw(fixture.path);
        const QString counts = QStringLiteral(
            "SELECT (SELECT count(*) FROM handoff), (SELECT count(*) FROM import_run), (SELECT count(*) FROM kept_aside_row), "
            "(SELECT count(*) FROM owner)");
        const QVariantList before = raw.rows(counts).value(0);
        const QByteArray digest = contentDigest(fixture.path);

        ImportDialog dialog(&session);
        dialog.setFile(file);
        QSignalSpy changed(&session, &WorkspaceSession::dataChanged);
        // Cancel as soon as the progress dialog's event loop runs: the importer asks every 1,000 records.
        bool pressed = false;
        QTimer::singleShot(0, &dialog, [&]() {
            if (auto *progress = dialog.findChild<QProgressDialog *>())
                if (auto *cancel = progress->findChild<QPushButton *>()) {
                    cancel->click();
                    pressed = true;
                }
        });
        QVERIFY(!dialog.startImport());
        QVERIFY(pressed);
        QVERIFY(dialog.statusLabel()->text().contains(QStringLiteral("cancelled")));
        QVERIFY(!dialog.showsSummary());
        QCOMPARE(changed.count(), 0);
        QCOMPARE(raw.rows(counts).value(0), before);
        QCOMPARE(contentDigest(fixture.path), digest);
    }

    void pageShowsRunsAndKeptAsideRows()
    {
        ImportFixture fixture;
        QVERIFY(fixture.setUp());
        const LeadFile leads = leadFile(60);
        const QString file = fixture.writeFile(QStringLiteral("leads.csv"), leads.content);
        WorkspaceSession session;
        ImportPage page(&session);
        page.resize(1100, 700);
        page.show();
        // No workspace, then a workspace without imports: each has its empty state.
        QCOMPARE(page.findChild<QStackedWidget *>()->currentIndex(), 0);
        session.adopt(std::move(fixture.workspace));
        QCOMPARE(page.findChild<QStackedWidget *>()->currentIndex(), 1);
        QCOMPARE(page.findChild<QStackedWidget *>(QStringLiteral("ImportInnerStack"))->currentIndex(), 0);

        ImportDialog dialog(&session);
        dialog.setFile(file);
        QVERIFY(dialog.startImport());
        const qint64 runId = dialog.summary()->runId;
        QCOMPARE(page.findChild<QStackedWidget *>(QStringLiteral("ImportInnerStack"))->currentIndex(), 1);
        QCOMPARE(page.runsTable()->rowCount(), 1);
        QCOMPARE(page.selectedRun(), runId);
        QCOMPARE(page.runsTable()->item(0, 1)->text(), QStringLiteral("leads.csv"));
        QCOMPARE(page.runsTable()->item(0, 7)->text(), QString::number(leads.badCount));

        // The kept-aside rows with the lines the test wrote them on, in order.
        QList<int> expected;
        for (int i = 0; i < leads.lines.size(); ++i)
            if (leads.bad.at(i))
                expected << leads.lines.at(i);
        QSortFilterProxyModel *proxy = page.keptAsideProxy();
        QCOMPARE(proxy->rowCount(), expected.size());
        QList<int> lines;
        for (int row = 0; row < proxy->rowCount(); ++row)
            lines << proxy->index(row, KeptAsideModel::LineColumn).data().toInt();
        QCOMPARE(lines, expected);
        // The raw text is the record as written.
        QVERIFY2(proxy->index(0, KeptAsideModel::RecordColumn).data().toString().startsWith(QStringLiteral("00Q000003,First000003,Last,Manager,")),
            qPrintable(proxy->index(0, KeptAsideModel::RecordColumn).data().toString()));

        // Sorted by line, descending: numeric, not textual (line 9 after line 10 would be textual).
        page.keptAsideView()->sortByColumn(KeptAsideModel::LineColumn, Qt::DescendingOrder);
        QList<int> descending = expected;
        std::reverse(descending.begin(), descending.end());
        lines.clear();
        for (int row = 0; row < proxy->rowCount(); ++row)
            lines << proxy->index(row, KeptAsideModel::LineColumn).data().toInt();
        QCOMPARE(lines, descending);

        // Filtered to the untranslated statuses.
        int nurturing = 0;
        for (int i = 0; i < leads.bad.size(); ++i)
            nurturing += i % 11 == 5 ? 1 : 0;
        page.keptAsideFilter()->setText(QStringLiteral("nurturing"));
        QCOMPARE(proxy->rowCount(), nurturing);

        // Exports what is shown: the header, then one line per row shown.
        const QString out = fixture.dir.filePath(QStringLiteral("kept.csv"));
        auto written = page.exportShown(out);
        QVERIFY2(written.ok(), qPrintable(written.errorMessage()));
        QCOMPARE(*written, nurturing);
        QFile exported(out);
        QVERIFY(exported.open(QIODevice::ReadOnly));
        const QList<QByteArray> exportedLines = exported.readAll().trimmed().split('\n');
        QCOMPARE(exportedLines.size(), nurturing + 1);
        QVERIFY(exportedLines.first().startsWith("line,reason,Lead ID,First Name"));
        QVERIFY(exportedLines.at(1).contains("Nurturing"));
        QCOMPARE(exported.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());
    }

    void mainWindowOpensTheDialog()
    {
        ImportFixture fixture;
        QVERIFY(fixture.setUp());
        fixture.workspace.reset();
        MainWindow window;
        QVERIFY(window.openWorkspace(fixture.path, true));
        QAction *import = nullptr;
        for (QAction *action : window.findChildren<QAction *>())
            if (action->text() == QStringLiteral("&Import CSV…"))
                import = action;
        QVERIFY(import);
        QCOMPARE(import->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_I));
        bool opened = false;
        QTimer::singleShot(0, &window, [&]() {
            if (auto *dialog = window.findChild<ImportDialog *>()) {
                opened = true;
                dialog->reject();
            }
        });
        import->trigger();
        QVERIFY(opened);
    }

    // Pictures for looking at (BATON_SCREENSHOT_DIR): the demo workspace after importing the Olist MQLs.
    void screenshots()
    {
        const QString dir = qEnvironmentVariable("BATON_SCREENSHOT_DIR");
        const QString data = dataDir() + QStringLiteral("/olist-marketing-funnel/olist_marketing_qualified_leads_dataset.csv");
        if (dir.isEmpty() || !QFileInfo::exists(data))
            QSKIP("Set BATON_SCREENSHOT_DIR to take the screenshots.");
        QTemporaryDir temp;
        const QString path = temp.filePath(QStringLiteral("demo.baton"));
        DemoOptions options;
        QVERIFY(createDemoWorkspace(path, options).ok());
        MainWindow window;
        window.resize(1280, 820);
        QVERIFY(window.openWorkspace(path, true));
        window.show();
        ImportDialog dialog(window.session(), &window);
        dialog.show();
        dialog.setFile(data);
        QVERIFY(dialog.currentMapping());
        screenshot(&dialog, QStringLiteral("import-preview.png"));
        QVERIFY(dialog.startImport());
        screenshot(&dialog, QStringLiteral("import-summary.png"));
        const QString closedDeals = dataDir() + QStringLiteral("/olist-marketing-funnel/olist_closed_deals_dataset.csv");
        ImportDialog second(window.session(), &window);
        second.show();
        second.setFile(closedDeals);
        screenshot(&second, QStringLiteral("import-preview-deals.png"));
        QVERIFY(second.startImport());
        screenshot(&second, QStringLiteral("import-summary-deals.png"));
        const QString pipeline = dataDir() + QStringLiteral("/maven-crm-sales-opportunities/sales_pipeline.csv");
        ImportDialog third(window.session(), &window);
        third.show();
        third.setFile(pipeline);
        screenshot(&third, QStringLiteral("import-preview-pipeline.png"));
        QVERIFY(third.startImport());
        screenshot(&third, QStringLiteral("import-summary-pipeline.png"));
        QVERIFY(window.showPage(QStringLiteral("instrument/import")));
        screenshot(&window, QStringLiteral("import-page.png"));
    }
};

QTEST_MAIN(TestImportUi)
#include "tst_importui.moc"
