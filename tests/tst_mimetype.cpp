// The shared-mime-info definition in installer/linux/org.baton.Baton.mime.xml, read by Qt's MIME database
// the way a desktop reads it: *.baton files, and Baton workspaces by their content (SQLite header plus the
// "BATN" application id), are application/x-baton-workspace; other SQLite files are not.

#include "core/workspace.h"

#include <QDir>
#include <QFile>
#include <QMimeDatabase>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace baton;

namespace {
const QString WorkspaceType = QStringLiteral("application/x-baton-workspace");

// An SQLite database written without Baton, with the given application id (0 = none).
void writePlainSqlite(const QString &path, int applicationId)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("plain"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery query(db);
        if (applicationId)
            QVERIFY(query.exec(QStringLiteral("PRAGMA application_id = %1").arg(applicationId)));
        QVERIFY(query.exec(QStringLiteral("CREATE TABLE t (x)")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("plain"));
}
} // namespace

class TestMimeType : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_data; // an XDG data directory holding only Baton's MIME package
    QTemporaryDir m_files;

private slots:
    void initTestCase()
    {
        // Before the MIME database is first used: one database of the system's definitions and Baton's package,
        // as update-mime-database merges them into /usr/share/mime when the package is installed. (Kept in
        // separate directories, Qt 6.4 lets the last directory's magic match win regardless of priority.)
        const QString system = QStringLiteral("/usr/share/mime/packages/freedesktop.org.xml");
        if (!QFile::exists(system))
            QSKIP("shared-mime-info's freedesktop.org.xml is not installed");
        QVERIFY(QDir(m_data.path()).mkpath(QStringLiteral("mime/packages")));
        QVERIFY(QFile::copy(system, m_data.filePath(QStringLiteral("mime/packages/freedesktop.org.xml"))));
        QVERIFY(QFile::copy(QStringLiteral(BATON_SOURCE_DIR "/installer/linux/org.baton.Baton.mime.xml"),
            m_data.filePath(QStringLiteral("mime/packages/org.baton.Baton.xml"))));
        qputenv("XDG_DATA_HOME", m_files.filePath(QStringLiteral("no-user-data")).toLocal8Bit());
        qputenv("XDG_DATA_DIRS", m_data.path().toLocal8Bit());
        const QMimeType type = QMimeDatabase().mimeTypeForName(WorkspaceType);
        QVERIFY2(type.isValid(), "application/x-baton-workspace is not defined");
        QCOMPARE(type.comment(), QStringLiteral("Baton workspace"));
        QVERIFY(type.inherits(QStringLiteral("application/vnd.sqlite3")));
        QCOMPARE(type.globPatterns(), QStringList { QStringLiteral("*.baton") });
    }

    void aWorkspaceIsRecognisedByItsContent()
    {
        // Named without the extension, so only the magic rule can recognise it.
        const QString path = m_files.filePath(QStringLiteral("renamed-workspace.dat"));
        QVERIFY(Workspace::create(path).ok());
        QCOMPARE(QMimeDatabase().mimeTypeForFile(path, QMimeDatabase::MatchContent).name(), WorkspaceType);
        const QString named = m_files.filePath(QStringLiteral("named.baton"));
        QVERIFY(Workspace::create(named).ok());
        QCOMPARE(QMimeDatabase().mimeTypeForFile(named).name(), WorkspaceType);
    }

    void aBatonFileIsRecognisedByItsName()
    {
        QCOMPARE(QMimeDatabase().mimeTypeForFile(QStringLiteral("Q3 handoffs.baton"), QMimeDatabase::MatchExtension).name(),
            WorkspaceType);
    }

    void otherSqliteFilesAreNotWorkspaces_data()
    {
        QTest::addColumn<int>("applicationId");
        QTest::newRow("no application id") << 0;
        QTest::newRow("another program's id") << 0x12345678;
        QTest::newRow("BATN byte-swapped") << 0x4E544142;
    }

    void otherSqliteFilesAreNotWorkspaces()
    {
        QFETCH(int, applicationId);
        const QString path = m_files.filePath(QStringLiteral("other-%1.db").arg(applicationId));
        writePlainSqlite(path, applicationId);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(15) == "SQLite format 3");
        const QString type = QMimeDatabase().mimeTypeForFile(path, QMimeDatabase::MatchContent).name();
        QCOMPARE(type, QStringLiteral("application/vnd.sqlite3"));
    }

    void theWorkspaceIdIsWhereTheRuleLooks()
    {
        // The rule in the XML reads big-endian 0x4241544E at offset 68; check the bytes a workspace has there.
        const QString path = m_files.filePath(QStringLiteral("bytes.baton"));
        QVERIFY(Workspace::create(path).ok());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray header = file.read(72);
        QCOMPARE(header.mid(68, 4), QByteArray("BATN"));
        QCOMPARE(Workspace::ApplicationId, qint32(0x4241544E));
    }
};

QTEST_GUILESS_MAIN(TestMimeType)
#include "tst_mimetype.moc"
