#pragma once

// The handoff contract as a one-page document (rich text for a QTextBrowser): title, status, the terms per
// signal type grouped by intent tier, and the three signatures. A draft shown against the active version
// marks what it changes inline: the old value struck through next to the new one.

#include "define/contractservice.h"

#include <QHash>
#include <QTimeZone>

#include <optional>

namespace baton {

struct ContractHtmlInput
{
    ContractDocument document;
    std::optional<ContractDocument> baseline; // what the document is compared with (a draft: the active version)
    QHash<qint64, SignalType> signalTypes;
    QTimeZone zone = QTimeZone::utc(); // for dates
    qint64 selectedSignalTypeId = 0; // highlighted
    bool editable = false; // adds "edit" links (anchors "term:<signal type id>")
};

namespace ContractHtml {

QString render(const ContractHtmlInput &input);
// "High intent", "Medium intent", "Low intent": the one label of a signal type's intent tier.
QString tierName(const QString &tier);
// "Draft", "Active", "Superseded".
QString statusName(const QString &status);
// "fit C or better; required: Email and Company"
QString qualification(const ContractTerm &term);

} // namespace ContractHtml

} // namespace baton
