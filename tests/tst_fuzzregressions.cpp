// The fuzz targets in the normal test suite: every seed workspace (hand-made nasty files and real ones) is
// opened or refused as it must be, a refused file is left byte for byte as it was, and every committed
// input (the text seed corpus and whatever a fuzzer once found, tests/fuzz/regressions/) goes through its
// target again without a crash or a broken property. Under BATON_SANITIZE that also means no report.

#include "fuzztargets.h"
#include "workspaceseeds.h"

#include "core/workspace.h"
#include "testsupport.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace baton;
using namespace baton::fuzz;
using namespace baton::test;

class TestFuzzRegressions : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QList<WorkspaceSeed> m_seeds;

    QString writeSeed(const WorkspaceSeed &seed)
    {
        const QString path = m_dir.filePath(seed.name);
        for (const QString &suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") })
            QFile::remove(path + suffix);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(seed.bytes) != seed.bytes.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    static QByteArray bytesOf(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    static const FuzzTarget *target(const QString &name)
    {
        static const QList<FuzzTarget> targets = fuzzTargets();
        for (const FuzzTarget &t : targets)
            if (QString::fromLatin1(t.name) == name)
                return &t;
        return nullptr;
    }

private slots:
    void initTestCase()
    {
        QTemporaryDir scratch;
        auto seeds = makeWorkspaceSeeds(scratch.path());
        QVERIFY2(seeds.ok(), qPrintable(seeds.errorMessage()));
        m_seeds = *seeds;
        QVERIFY(m_seeds.size() >= 30);
    }

    void seedWorkspaces_data()
    {
        QTest::addColumn<int>("index");
        for (int i = 0; i < m_seeds.size(); ++i)
            QTest::newRow(qPrintable(m_seeds.at(i).name)) << i;
    }

    void seedWorkspaces()
    {
        QFETCH(int, index);
        const WorkspaceSeed &seed = m_seeds.at(index);
        const QString path = writeSeed(seed);
        auto reading = Workspace::open(path, Workspace::Access::ReadOnly);
        switch (seed.expect) {
        case WorkspaceSeed::Expect::Opens:
            QVERIFY2(reading.ok(), qPrintable(seed.description + QStringLiteral(": ") + reading.errorMessage()));
            break;
        case WorkspaceSeed::Expect::Refused: {
            QVERIFY2(!reading.ok(), qPrintable(seed.description));
            const Error::Kind kind = reading.error().kind;
            QVERIFY2(kind == Error::Kind::NotAWorkspace || kind == Error::Kind::Corrupt || kind == Error::Kind::NewerVersion,
                qPrintable(reading.errorMessage()));
            // Refused for writing too, and the file is left exactly as it was.
            auto writing = Workspace::open(path);
            QVERIFY(!writing.ok());
            QCOMPARE(writing.error().kind, kind);
            QCOMPARE(bytesOf(path), seed.bytes);
            break;
        }
        case WorkspaceSeed::Expect::Either:
            break;
        }
        // Everything the fuzz target does with a file: no crash, no sanitizer report, no broken property.
        QCOMPARE(fuzzWorkspaceFile(reinterpret_cast<const uint8_t *>(seed.bytes.constData()), size_t(seed.bytes.size())), 0);
    }

    void tableNamesFromTheFileAreQuoted()
    {
        // Row counts of tables whose names hold quotes and SQL: read as names, never run as SQL.
        const WorkspaceSeed *seed = nullptr;
        for (const WorkspaceSeed &s : std::as_const(m_seeds))
            if (s.name == QStringLiteral("quoted-table-names.baton"))
                seed = &s;
        QVERIFY(seed);
        const QString path = writeSeed(*seed);
        auto workspace = Workspace::open(path, Workspace::Access::ReadOnly);
        QVERIFY(workspace.ok());
        auto counts = (*workspace)->tableCounts();
        QVERIFY2(counts.ok(), qPrintable(counts.errorMessage()));
        QHash<QString, qint64> byName;
        for (const auto &[table, count] : *counts)
            byName.insert(table, count);
        QCOMPARE(byName.value(QStringLiteral("x\"y"), -1), 1);
        QCOMPARE(byName.value(QStringLiteral("a b"), -1), 0);
        QCOMPARE(byName.value(QStringLiteral("\"; DROP TABLE handoff; --"), -1), 0);
        QVERIFY(byName.value(QStringLiteral("handoff"), -1) > 0);
    }

    void committedInputs_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("file");
        int count = 0;
        for (const char *folder : { "corpus", "regressions" }) {
            const QDir root(QStringLiteral(BATON_SOURCE_DIR "/tests/fuzz/") + QString::fromLatin1(folder));
            for (const QString &targetName : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
                QDirIterator files(root.filePath(targetName), QDir::Files);
                while (files.hasNext()) {
                    const QString file = files.next();
                    QTest::addRow("%s/%s/%s", folder, qPrintable(targetName), qPrintable(QFileInfo(file).fileName()))
                        << targetName << file;
                    ++count;
                }
            }
        }
        if (count == 0)
            QTest::newRow("none") << QString() << QString();
    }

    void committedInputs()
    {
        QFETCH(QString, target);
        QFETCH(QString, file);
        if (file.isEmpty())
            QSKIP("no committed fuzz inputs");
        const FuzzTarget *fuzzTarget = this->target(target);
        QVERIFY2(fuzzTarget, qPrintable(QStringLiteral("no fuzz target named %1").arg(target)));
        const QByteArray bytes = bytesOf(file);
        QCOMPARE(fuzzTarget->run(reinterpret_cast<const uint8_t *>(bytes.constData()), size_t(bytes.size())), 0);
    }
};

QTEST_GUILESS_MAIN(TestFuzzRegressions)
#include "tst_fuzzregressions.moc"
