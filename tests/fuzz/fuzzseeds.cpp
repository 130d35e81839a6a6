// fuzz_seeds DIR: writes the seed workspaces of the workspace_file fuzz target (workspaceseeds.h) into DIR.

#include "workspaceseeds.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    if (arguments.size() != 2) {
        QTextStream(stderr) << "usage: fuzz_seeds DIR\n";
        return 2;
    }
    QTemporaryDir scratch;
    auto seeds = baton::fuzz::makeWorkspaceSeeds(scratch.path());
    if (!seeds) {
        QTextStream(stderr) << "fuzz_seeds: " << seeds.errorMessage() << '\n';
        return 1;
    }
    const QDir out(arguments.at(1));
    QDir().mkpath(out.path());
    for (const auto &seed : *seeds) {
        QFile file(out.filePath(seed.name));
        if (!file.open(QIODevice::WriteOnly) || file.write(seed.bytes) != seed.bytes.size()) {
            QTextStream(stderr) << "fuzz_seeds: cannot write " << file.fileName() << '\n';
            return 1;
        }
    }
    QTextStream(stdout) << "Wrote " << seeds->size() << " seed workspaces to " << out.path() << '\n';
    return 0;
}
