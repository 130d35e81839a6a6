// Two windows, one workspace: two Workspace instances (and a second process) on the same file. Readers
// never wait for a writer (WAL); an edit while another connection holds the write lock waits for the busy
// timeout and then fails with Error::Kind::Locked and a message that says another window or program is
// writing; a configuration edit made from a stale copy fails with Error::Kind::Conflict instead of
// overwriting the other window's edit.

#include "core/repository.h"
#include "core/workspace.h"
#include "core/workspacesettings.h"
#include "data/handoff.h"
#include "demo/defaultconfiguration.h"
#include "enforce/sla.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace baton;
using namespace baton::test;

class TestTwoWindows : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_file;

    static std::unique_ptr<Workspace> open(const QString &file, Workspace::Access access = Workspace::Access::ReadWrite)
    {
        auto opened = Workspace::open(file, access);
        if (!opened)
            qFatal("%s", qPrintable(opened.errorMessage()));
        return std::move(opened.value());
    }

    static SlaPolicy firstPolicy(Workspace &workspace)
    {
        auto policies = Repository<SlaPolicy>(workspace).list();
        if (!policies || policies->isEmpty())
            qFatal("no SLA policy");
        return policies->first();
    }

private slots:
    void initTestCase()
    {
        m_file = m_dir.filePath(QStringLiteral("shared.baton"));
        auto created = Workspace::create(m_file);
        QVERIFY(created.ok());
        QVERIFY(applyDefaultConfiguration(**created, QStringLiteral("Shared")).ok());
        auto written = (*created)->transaction([&]() -> Result<void> {
            HandoffWriter writer(**created);
            for (int i = 0; i < 50; ++i) {
                Handoff h;
                h.handedOffAt = 1795000000 + i * 3600;
                BATON_TRY(writer.insert(h));
            }
            return {};
        });
        QVERIFY(written.ok());
    }

    void readersDoNotWaitForAWriter()
    {
        auto writer = open(m_file);
        auto reader = open(m_file);
        auto inspector = open(m_file, Workspace::Access::ReadOnly);
        const qint64 handoffsBefore = *HandoffRepository(*reader).count();
        auto held = writer->transaction([&]() -> Result<void> {
            // Uncommitted changes in the writing window.
            BATON_TRY(writer->setSetting(QStringLiteral("name"), QStringLiteral("Being renamed")));
            BATON_TRY(execSql(writer->db(), QStringLiteral("DELETE FROM handoff WHERE id <= 10")));
            QElapsedTimer timer;
            timer.start();
            // The other windows read at once and see the last committed state.
            if (reader->displayName() != QStringLiteral("Shared") || inspector->displayName() != QStringLiteral("Shared"))
                return fail(QStringLiteral("a reader saw an uncommitted name"));
            auto counted = HandoffRepository(*reader).count();
            auto tables = inspector->tableCounts();
            if (!counted || *counted != handoffsBefore || !tables)
                return fail(QStringLiteral("a reader could not read or saw uncommitted rows"));
            auto policies = Repository<SlaPolicy>(*reader).list();
            if (!policies || policies->isEmpty())
                return fail(QStringLiteral("a reader could not list configuration"));
            // Well under the busy timeout: nobody waited.
            if (timer.elapsed() >= Workspace::BusyTimeoutMs / 2)
                return fail(QStringLiteral("reading waited %1 ms").arg(timer.elapsed()));
            return fail(QStringLiteral("roll back"), Error::Kind::Cancelled);
        });
        QVERIFY2(held.error().kind == Error::Kind::Cancelled, qPrintable(held.errorMessage()));
        QCOMPARE(*HandoffRepository(*reader).count(), handoffsBefore);
    }

    void anEditWaitsForTheBusyTimeoutThenFailsClearly()
    {
        auto holder = open(m_file);
        auto editor = open(m_file);
        SlaPolicy policy = firstPolicy(*editor);
        const int target = policy.targetMinutes;
        RawDatabase raw(m_file);
        const QByteArray audit = raw.tableDigest(QStringLiteral("audit_log"));
        qint64 waited = 0;
        Error refusal;
        auto held = holder->transaction([&]() -> Result<void> {
            BATON_TRY(holder->setSetting(QStringLiteral("name"), QStringLiteral("Holding the lock")));
            QElapsedTimer timer;
            timer.start();
            policy.targetMinutes = target + 5;
            auto edited = Repository<SlaPolicy>(*editor).update(policy);
            waited = timer.elapsed();
            if (edited)
                return fail(QStringLiteral("the edit went through while another window held the write lock"));
            refusal = edited.error();
            return fail(QStringLiteral("roll back"), Error::Kind::Cancelled);
        });
        QVERIFY2(held.error().kind == Error::Kind::Cancelled, qPrintable(held.errorMessage()));
        QCOMPARE(refusal.kind, Error::Kind::Locked);
        QVERIFY2(refusal.message.contains(QStringLiteral("another Baton window or another program is writing")),
            qPrintable(refusal.message));
        // It waited for the busy timeout (briefly), not forever.
        QVERIFY2(waited >= Workspace::BusyTimeoutMs - 100, qPrintable(QString::number(waited)));
        QVERIFY2(waited < Workspace::BusyTimeoutMs + 5000, qPrintable(QString::number(waited)));
        // Nothing of the refused edit was written; once the lock is gone the same edit succeeds.
        QCOMPARE(raw.tableDigest(QStringLiteral("audit_log")), audit);
        QCOMPARE(raw.value(QStringLiteral("SELECT target_minutes FROM sla_policy WHERE id = ?"), { policy.id }).toInt(), target);
        QVERIFY(!editor->inTransaction());
        auto retried = Repository<SlaPolicy>(*editor).update(policy);
        QVERIFY2(retried.ok(), qPrintable(retried.errorMessage()));
        QCOMPARE(raw.value(QStringLiteral("SELECT target_minutes FROM sla_policy WHERE id = ?"), { policy.id }).toInt(),
            target + 5);
        policy.targetMinutes = target;
        QVERIFY(Repository<SlaPolicy>(*editor).update(policy).ok());
    }

    void aStaleEditIsAConflictNotAnOverwrite()
    {
        auto first = open(m_file);
        auto second = open(m_file);
        SlaPolicy mine = firstPolicy(*first);
        SlaPolicy theirs = firstPolicy(*second);
        QCOMPARE(mine.rowVersion, theirs.rowVersion);
        const int original = mine.targetMinutes;

        mine.targetMinutes = original + 30;
        QVERIFY(Repository<SlaPolicy>(*first).update(mine).ok());
        QCOMPARE(mine.rowVersion, theirs.rowVersion + 1);

        // The second window still holds the version it read: its edit is refused, the first edit stays.
        theirs.targetMinutes = original + 60;
        auto stale = Repository<SlaPolicy>(*second).update(theirs);
        QVERIFY(!stale.ok());
        QCOMPARE(stale.error().kind, Error::Kind::Conflict);
        QVERIFY(stale.errorMessage().contains(QStringLiteral("changed by someone else")));
        RawDatabase raw(m_file);
        QCOMPARE(raw.value(QStringLiteral("SELECT target_minutes FROM sla_policy WHERE id = ?"), { mine.id }).toInt(),
            original + 30);
        QCOMPARE(raw.value(QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'sla_policy' AND entity_id = ? "
                                          "AND field = 'target_minutes' AND new_value = ?"),
                     { mine.id, QString::number(original + 60) })
                     .toInt(),
            0);
        // Deleting from a stale copy is refused the same way.
        auto staleRemove = Repository<SlaPolicy>(*second).remove(theirs);
        QCOMPARE(staleRemove.error().kind, Error::Kind::Conflict);
        // After reloading, the second window's edit goes through.
        SlaPolicy reloaded = *Repository<SlaPolicy>(*second).get(theirs.id);
        QCOMPARE(reloaded.targetMinutes, original + 30);
        reloaded.targetMinutes = original;
        QVERIFY(Repository<SlaPolicy>(*second).update(reloaded).ok());
    }

    void aSecondProcessReadsAndIsRefusedWritesWhileTheLockIsHeld()
    {
        auto holder = open(m_file);
        QProcess info;
        QProcess set;
        qint64 infoMs = 0;
        auto held = holder->transaction([&]() -> Result<void> {
            BATON_TRY(holder->setSetting(QStringLiteral("name"), QStringLiteral("Holding the lock")));
            QElapsedTimer timer;
            timer.start();
            info.start(QStringLiteral(BATON_EXECUTABLE), { QStringLiteral("info"), m_file, QStringLiteral("--json") });
            info.waitForFinished(60000);
            infoMs = timer.elapsed();
            set.start(QStringLiteral(BATON_EXECUTABLE),
                { QStringLiteral("set"), m_file, QStringLiteral("currency"), QStringLiteral("EUR") });
            set.waitForFinished(60000);
            return fail(QStringLiteral("roll back"), Error::Kind::Cancelled);
        });
        QVERIFY2(held.error().kind == Error::Kind::Cancelled, qPrintable(held.errorMessage()));
        QCOMPARE(info.exitCode(), 0);
        QVERIFY(info.readAllStandardOutput().contains("\"Shared\""));
        QVERIFY2(infoMs < Workspace::BusyTimeoutMs * 3, qPrintable(QString::number(infoMs)));
        QCOMPARE(set.exitCode(), 1);
        QVERIFY(set.readAllStandardError().contains("another Baton window or another program is writing"));
        QCOMPARE(open(m_file)->setting(WorkspaceSettings::Currency), QStringLiteral("USD"));
    }
};

QTEST_GUILESS_MAIN(TestTwoWindows)
#include "tst_twowindows.moc"
