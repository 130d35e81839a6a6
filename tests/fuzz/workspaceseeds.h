#pragma once

// The seed corpus of the workspace-file fuzz target, made at run time (a workspace is too big to commit
// a dozen of): two real workspaces shrunk to 512-byte pages (a new one with the default configuration, a
// small demo), and hand-made nasty files derived from them, each with whether Baton must open it or refuse it.

#include "core/result.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace baton::fuzz {

struct WorkspaceSeed
{
    // What Workspace::open must do with it. Damage to a page that opening does not read (data, free pages)
    // may go unnoticed until that page is read; then the read fails with "the workspace file is damaged".
    enum class Expect { Opens, Refused, Either };

    QString name; // file name, e.g. "truncated-half.baton"
    QString description; // what is wrong with it
    QByteArray bytes;
    Expect expect = Expect::Either;
};

// Makes the seeds, using `scratch` (an empty, writable folder) for the workspaces they start from.
Result<QList<WorkspaceSeed>> makeWorkspaceSeeds(const QString &scratch);

} // namespace baton::fuzz
