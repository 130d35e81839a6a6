// Files Baton writes are readable by their owner only, whatever the umask: new workspaces (and SQLite's
// -wal and -shm files beside them), Save a Copy As, the backup before a migration, demo workspaces (in
// process and from `baton demo` / `baton new`), scorecard PDFs, and CSV exports, new or replacing a file others
// could read.
// The test runs with umask 0, under which a file created without explicit permissions is world-readable.

#include "core/csv.h"
#include "core/migrations.h"
#include "core/workspace.h"
#include "demo/demogenerator.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace baton;
using namespace baton::test;

namespace {

// The permission bits of a file as the system has them (not as Qt maps them).
int modeOf(const QString &path)
{
    struct stat info {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return -1;
    return int(info.st_mode & 0777);
}

} // namespace

class TestSafeOutput : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    mode_t m_umask = 0;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    static void checkUserOnly(const QString &file)
    {
        QVERIFY2(QFileInfo::exists(file), qPrintable(file));
        QVERIFY2(modeOf(file) == 0600, qPrintable(QStringLiteral("%1 has mode %2").arg(file).arg(modeOf(file), 3, 8)));
    }

private slots:
    void initTestCase()
    {
        m_umask = ::umask(0);
        // The premise: without explicit permissions a new file would be readable by everyone.
        QFile plain(path(QStringLiteral("plain.txt")));
        QVERIFY(plain.open(QIODevice::WriteOnly));
        plain.close();
        QCOMPARE(modeOf(plain.fileName()), 0666);
    }

    void cleanupTestCase() { ::umask(m_umask); }

    void newWorkspacesAndTheirWalFiles()
    {
        const QString file = path(QStringLiteral("new.baton"));
        auto workspace = Workspace::create(file);
        QVERIFY(workspace.ok());
        QVERIFY((*workspace)->setSetting(QStringLiteral("name"), QStringLiteral("x")).ok());
        checkUserOnly(file);
        // Open in WAL mode: SQLite gives its side files the database file's permissions.
        checkUserOnly(file + QStringLiteral("-wal"));
        checkUserOnly(file + QStringLiteral("-shm"));
    }

    void saveACopyAs()
    {
        auto workspace = Workspace::create(path(QStringLiteral("original.baton")));
        QVERIFY(workspace.ok());
        const QString copy = path(QStringLiteral("copy.baton"));
        QVERIFY((*workspace)->saveCopyAs(copy).ok());
        checkUserOnly(copy);
        QVERIFY(Workspace::open(copy, Workspace::Access::ReadOnly).ok());
    }

    void theBackupBeforeAMigration()
    {
        const QString file = path(QStringLiteral("old.baton"));
        {
            auto old = Workspace::createAtVersion(file, Migrations::latestVersion() - 1);
            QVERIFY(old.ok());
        }
        auto migrated = Workspace::open(file);
        QVERIFY2(migrated.ok(), qPrintable(migrated.errorMessage()));
        const QString backup = (*migrated)->migrationBackupPath();
        QVERIFY(!backup.isEmpty());
        checkUserOnly(backup);
    }

    void demoWorkspaces()
    {
        const QString file = path(QStringLiteral("demo.baton"));
        DemoOptions options;
        options.handoffs = 50;
        options.weeks = 2;
        QVERIFY(createDemoWorkspace(file, options).ok());
        checkUserOnly(file);
    }

    void workspacesMadeByTheCommandLine()
    {
        // The child inherits umask 0.
        for (const QStringList &arguments :
            { QStringList { QStringLiteral("new"), path(QStringLiteral("cli-new.baton")) },
                QStringList { QStringLiteral("demo"), path(QStringLiteral("cli-demo.baton")), QStringLiteral("--handoffs"),
                    QStringLiteral("50"), QStringLiteral("--weeks"), QStringLiteral("2") } }) {
            QProcess baton;
            baton.start(QStringLiteral(BATON_EXECUTABLE), arguments);
            QVERIFY(baton.waitForFinished(120000));
            QCOMPARE(baton.exitCode(), 0);
            checkUserOnly(arguments.at(1));
        }
    }

    void scorecardPdfs()
    {
        // `baton scorecard` writes through the same renderer as File > Export Scorecard; the child inherits umask 0.
        const QString workspace = path(QStringLiteral("scorecard.baton"));
        DemoOptions options;
        options.handoffs = 200;
        options.weeks = 3;
        QVERIFY(createDemoWorkspace(workspace, options).ok());
        const QString pdf = path(QStringLiteral("scorecard.pdf"));
        for (int run = 0; run < 2; ++run) { // a new file, then one that replaces it
            QProcess baton;
            baton.start(QStringLiteral(BATON_EXECUTABLE), { QStringLiteral("scorecard"), workspace, QStringLiteral("-o"), pdf });
            QVERIFY(baton.waitForFinished(120000));
            QVERIFY2(baton.exitCode() == 0, baton.readAllStandardError().constData());
            checkUserOnly(pdf);
            if (run == 0)
                QVERIFY(QFile::setPermissions(pdf, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther));
        }
    }

    void csvExports()
    {
        const QString fresh = path(QStringLiteral("fresh.csv"));
        {
            auto file = createPrivateFile(fresh);
            QVERIFY(file.ok());
            QVERIFY(CsvWriter(file->get()).writeRow({ QStringLiteral("=cmd|' /C calc'!A0") }));
        }
        checkUserOnly(fresh);
        // Replacing a file that others could read restricts it before writing.
        const QString shared = path(QStringLiteral("shared.csv"));
        {
            QFile file(shared);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("old content\n");
        }
        QCOMPARE(modeOf(shared), 0666);
        {
            auto file = createPrivateFile(shared);
            QVERIFY(file.ok());
            QVERIFY(CsvWriter(file->get()).writeRow({ QStringLiteral("@SUM(1+1)*cmd|' /C calc'!A0") }));
        }
        checkUserOnly(shared);
        QFile written(shared);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QCOMPARE(written.readAll(), QByteArray("'@SUM(1+1)*cmd|' /C calc'!A0\r\n"));
    }
};

QTEST_GUILESS_MAIN(TestSafeOutput)
#include "tst_safeoutput.moc"
