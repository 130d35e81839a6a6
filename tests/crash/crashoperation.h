#pragma once

// The operations the crash harness kills part way. Each one is a real `baton` command run in a child
// process on a copy of a prepared workspace; the harness checks that after a SIGKILL at any moment the
// workspace opens, passes PRAGMA integrity_check, and holds exactly the state before the operation or
// exactly the state after it.
//
// To add an operation, append one CrashOperation to crashOperations() in
// crashoperations.cpp: a name for --operation, what it does, how to prepare the "before" state from the
// demo workspace, and the command line.

#include "core/result.h"

#include <QString>
#include <QStringList>

#include <functional>

namespace baton::crash {

struct CrashOperation
{
    QString name; // for --operation and the report
    QString description;
    // Turns the freshly generated demo workspace `workspace` into the state before the operation (it may
    // edit configuration, or write input files into `dataDir`). Runs once per harness run, in process.
    std::function<Result<void>(const QString &workspace, const QString &dataDir)> prepare;
    // The arguments of the `baton` command that performs the operation on the copy `workspace`.
    std::function<QStringList(const QString &workspace, const QString &dataDir)> arguments;
};

QList<CrashOperation> crashOperations();

} // namespace baton::crash
