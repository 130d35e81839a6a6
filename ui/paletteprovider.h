#pragma once

// What the command palette (Ctrl+K) offers: entries from providers. The main window adds its pages and
// menu commands; providers registered here add items of the open workspace (signal types, owners,
// routing rules come built in). Other code can register a provider of its own:
//
//   class MeetingProvider final : public PaletteProvider { ... };
//   PaletteProviders::add(QStringLiteral("meetings"), std::make_shared<MeetingProvider>());
//
// Choosing an entry opens its page and calls Page::focusItem(kind, itemId) there (or triggers its action).

#include "core/result.h"

#include <QCoreApplication>
#include <QKeySequence>
#include <QList>
#include <QPointer>
#include <QString>

#include <memory>

class QAction;

namespace baton {

class Workspace;

struct PaletteEntry
{
    // ItemKind::SignalType/Owner/RoutingRule (ui/pages/page.h), or PaletteEntry::Page / ::Command.
    QString kind {};
    QString title {}; // what is searched first and shown in full
    QString detail {}; // shown beside the title, searched too: "High intent", "SDR, EMEA SDR"
    QString pageId {}; // the page to open
    qint64 itemId = 0; // passed to Page::focusItem when kind names an item
    QPointer<QAction> action {}; // for commands: triggered instead of opening a page
    QKeySequence shortcut {}; // shown beside the entry

    static inline const QString Page = QStringLiteral("page");
    static inline const QString Command = QStringLiteral("command");
};

class PaletteProvider
{
public:
    virtual ~PaletteProvider() = default;
    // The entries for the open workspace (null when none is open). Called each time the palette opens,
    // so the entries are never stale; reading names must be quick.
    virtual Result<QList<PaletteEntry>> entries(Workspace *workspace) const = 0;
};

// The process-wide list of providers, in registration order. The built-in providers (signal types,
// owners, routing rules) are registered first.
class PaletteProviders
{
    Q_DECLARE_TR_FUNCTIONS(baton::PaletteProviders)
public:
    // Adds `provider` under `id`, replacing one registered under the same id.
    static void add(const QString &id, std::shared_ptr<PaletteProvider> provider);
    static void remove(const QString &id);
    static QList<std::shared_ptr<PaletteProvider>> all();

    // The user-facing name of an entry kind: "Page", "Command", "Signal type", "Owner", "Routing rule".
    static QString kindLabel(const QString &kind);
};

} // namespace baton
