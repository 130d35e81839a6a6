// The drill-down table and undoable edits: lazy paging with bounded memory, names instead of ids,
// CSV export of exactly the filtered rows, and undo/redo through the audited repositories.

#include "core/workspace.h"
#include "define/contract.h"
#include "demo/demogenerator.h"
#include "entitycommand.h"
#include "handofftablemodel.h"
#include "handoffview.h"
#include "route/coverage.h"
#include "testsupport.h"
#include "workspacesession.h"

#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace baton;
using namespace baton::test;

class TestHandoffView : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_file;

private slots:
    void initTestCase()
    {
        m_file = m_dir.filePath(QStringLiteral("view.baton"));
        DemoOptions options;
        options.handoffs = 5000;
        options.weeks = 8;
        QVERIFY(createDemoWorkspace(m_file, options).ok());
    }

    void pagesLazilyWithBoundedMemory()
    {
        WorkspaceSession session;
        QVERIFY(session.open(m_file).ok());
        HandoffTableModel model(&session);
        model.refresh();
        QCOMPARE(model.rowCount(), 5000);
        QCOMPARE(model.pagesLoaded(), 0);
        // Reading every row visits every page once, but only CachedPages stay in memory.
        for (int row = 0; row < model.rowCount(); ++row)
            QVERIFY(!model.index(row, HandoffTableModel::Reference).data().toString().isEmpty());
        QCOMPARE(model.pagesLoaded(), (5000 + HandoffTableModel::PageSize - 1) / HandoffTableModel::PageSize);
        // Names, never raw ids.
        RawDatabase raw(m_file);
        const qint64 firstId = model.index(0, 0).data(HandoffTableModel::HandoffIdRole).toLongLong();
        QCOMPARE(model.index(0, HandoffTableModel::Owner).data().toString(),
            raw.value(QStringLiteral("SELECT o.name FROM handoff h JOIN owner o ON o.id = h.owner_id WHERE h.id = ?"), { firstId }).toString());
        QCOMPARE(model.index(0, HandoffTableModel::Signal).data().toString(),
            raw.value(QStringLiteral("SELECT s.name FROM handoff h JOIN signal_type s ON s.id = h.signal_type_id WHERE h.id = ?"), { firstId }).toString());
    }

    void sortsAndFilters()
    {
        WorkspaceSession session;
        QVERIFY(session.open(m_file).ok());
        HandoffTableModel model(&session);
        HandoffFilter filter;
        filter.outcomes = { QStringLiteral("won") };
        model.setFilter(filter);
        RawDatabase raw(m_file);
        QCOMPARE(model.rowCount(), raw.value(QStringLiteral("SELECT count(*) FROM handoff WHERE outcome = 'won'")).toInt());
        model.sort(HandoffTableModel::Pipeline, Qt::DescendingOrder);
        QCOMPARE(model.index(0, 0).data(HandoffTableModel::HandoffIdRole).toLongLong(),
            raw.value(QStringLiteral("SELECT id FROM handoff WHERE outcome = 'won' ORDER BY opportunity_amount DESC, id LIMIT 1")).toLongLong());
        // The outcome reads as a word of the user's language, not the stored key.
        QCOMPARE(model.index(0, HandoffTableModel::Outcome).data().toString(), Outcome::label(Outcome::Won));
        QVERIFY(Outcome::label(Outcome::Won) != Outcome::Won);
    }

    void exportsTheFilteredRows()
    {
        WorkspaceSession session;
        QVERIFY(session.open(m_file).ok());
        HandoffView view(&session);
        HandoffFilter filter;
        filter.routedToFallback = true;
        filter.description = QStringLiteral("Fallback");
        view.setFilter(filter);
        const QString path = m_dir.filePath(QStringLiteral("fallback.csv"));
        QString error;
        QVERIFY2(view.exportCsv(path, &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().split('\n');
        RawDatabase raw(m_file);
        // Header + one line per handoff + the empty piece after the last line break.
        QCOMPARE(lines.size(), raw.value(QStringLiteral("SELECT count(*) FROM handoff WHERE routed_to_fallback = 1")).toInt() + 2);
        QVERIFY(lines.first().startsWith("Lead,Handed off"));
    }

    void editsUndoAndRedoThroughTheRepository()
    {
        WorkspaceSession session;
        QVERIFY(session.open(m_file).ok());
        Workspace &ws = *session.workspace();
        Repository<Industry> industries(ws);
        QUndoStack *stack = session.undoStack();

        // Add, undo (row gone), redo (back with the same id).
        auto *add = EntityCommand<Industry>::add(&session, Industry { 0, 0, QStringLiteral("Aerospace") }, QStringLiteral("Add"));
        stack->push(add);
        const qint64 id = add->entityId();
        QVERIFY(id > 0);
        QCOMPARE(industries.get(id)->name, QStringLiteral("Aerospace"));
        stack->undo();
        QVERIFY(!industries.get(id).ok());
        stack->redo();
        QCOMPARE(industries.get(id)->name, QStringLiteral("Aerospace"));

        // Update and undo it.
        Industry before = *industries.get(id);
        Industry after = before;
        after.name = QStringLiteral("Aerospace & defence");
        stack->push(EntityCommand<Industry>::update(&session, before, after, QStringLiteral("Rename")));
        QCOMPARE(industries.get(id)->name, QStringLiteral("Aerospace & defence"));
        stack->undo();
        QCOMPARE(industries.get(id)->name, QStringLiteral("Aerospace"));
        stack->redo();

        // Two edits of one row undo one after the other (the second undo must accept what the first left).
        Industry first = *industries.get(id);
        Industry second = first;
        second.name = QStringLiteral("Aero");
        stack->push(EntityCommand<Industry>::update(&session, first, second, QStringLiteral("Shorten")));
        Industry third = *industries.get(id);
        third.name = QStringLiteral("Aero 2");
        stack->push(EntityCommand<Industry>::update(&session, *industries.get(id), third, QStringLiteral("Again")));
        stack->undo();
        QCOMPARE(industries.get(id)->name, QStringLiteral("Aero"));
        stack->undo();
        QCOMPARE(industries.get(id)->name, QStringLiteral("Aerospace & defence"));
        stack->redo();
        stack->redo();
        QCOMPARE(industries.get(id)->name, QStringLiteral("Aero 2"));
        stack->undo();
        stack->undo();

        // Remove and undo it.
        stack->push(EntityCommand<Industry>::remove(&session, *industries.get(id), QStringLiteral("Remove")));
        QVERIFY(!industries.get(id).ok());
        stack->undo();
        QCOMPARE(industries.get(id)->name, QStringLiteral("Aerospace & defence"));

        // Someone else changes the row: undoing our rename must not overwrite their change.
        Industry current = *industries.get(id);
        Industry renamed = current;
        renamed.name = QStringLiteral("Space");
        stack->push(EntityCommand<Industry>::update(&session, current, renamed, QStringLiteral("Rename again")));
        Industry theirs = *industries.get(id);
        theirs.name = QStringLiteral("Changed in another window");
        QVERIFY(industries.update(theirs).ok());
        QSignalSpy errors(&session, &WorkspaceSession::errorReported);
        const int before_count = stack->count();
        stack->undo();
        QCOMPARE(errors.count(), 1);
        QVERIFY(errors.first().first().toString().contains(QStringLiteral("changed by someone else")));
        QCOMPARE(industries.get(id)->name, QStringLiteral("Changed in another window"));
        QVERIFY(stack->count() < before_count);
    }
};

QTEST_MAIN(TestHandoffView)
#include "tst_handoffview.moc"
