#include "kpidimension.h"

#include <QCoreApplication>

namespace baton {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("baton::KpiDimensions", text);
}

} // namespace

QList<KpiDimension> KpiDimensions::all()
{
    return { KpiDimension::Segment, KpiDimension::Source, KpiDimension::Campaign, KpiDimension::SignalType,
        KpiDimension::Owner, KpiDimension::Team, KpiDimension::Territory, KpiDimension::Account, KpiDimension::Week,
        KpiDimension::RejectionReason };
}

QString KpiDimensions::key(KpiDimension dimension)
{
    switch (dimension) {
    case KpiDimension::Week:
        return QStringLiteral("week");
    case KpiDimension::Segment:
        return QStringLiteral("segment");
    case KpiDimension::Source:
        return QStringLiteral("source");
    case KpiDimension::Campaign:
        return QStringLiteral("campaign");
    case KpiDimension::SignalType:
        return QStringLiteral("signal_type");
    case KpiDimension::Owner:
        return QStringLiteral("owner");
    case KpiDimension::Team:
        return QStringLiteral("team");
    case KpiDimension::Territory:
        return QStringLiteral("territory");
    case KpiDimension::Account:
        return QStringLiteral("account");
    case KpiDimension::RejectionReason:
        return QStringLiteral("rejection_reason");
    }
    return {};
}

QString KpiDimensions::title(KpiDimension dimension)
{
    switch (dimension) {
    case KpiDimension::Week:
        return tr("Week");
    case KpiDimension::Segment:
        return tr("Segment");
    case KpiDimension::Source:
        return tr("Source");
    case KpiDimension::Campaign:
        return tr("Campaign / offer");
    case KpiDimension::SignalType:
        return tr("Signal type");
    case KpiDimension::Owner:
        return tr("Owner");
    case KpiDimension::Team:
        return tr("Team");
    case KpiDimension::Territory:
        return tr("Territory");
    case KpiDimension::Account:
        return tr("Account");
    case KpiDimension::RejectionReason:
        return tr("Rejection reason");
    }
    return {};
}

QString KpiDimensions::phrase(KpiDimension dimension)
{
    // The disambiguation keeps these apart from the titles; a language that writes a name the same way
    // inside a sentence (German nouns) translates both alike.
    switch (dimension) {
    case KpiDimension::Week:
        return QCoreApplication::translate("baton::KpiDimensions", "week", "inside a sentence");
    case KpiDimension::Segment:
        return QCoreApplication::translate("baton::KpiDimensions", "segment", "inside a sentence");
    case KpiDimension::Source:
        return QCoreApplication::translate("baton::KpiDimensions", "source", "inside a sentence");
    case KpiDimension::Campaign:
        return QCoreApplication::translate("baton::KpiDimensions", "campaign / offer", "inside a sentence");
    case KpiDimension::SignalType:
        return QCoreApplication::translate("baton::KpiDimensions", "signal type", "inside a sentence");
    case KpiDimension::Owner:
        return QCoreApplication::translate("baton::KpiDimensions", "owner", "inside a sentence");
    case KpiDimension::Team:
        return QCoreApplication::translate("baton::KpiDimensions", "team", "inside a sentence");
    case KpiDimension::Territory:
        return QCoreApplication::translate("baton::KpiDimensions", "territory", "inside a sentence");
    case KpiDimension::Account:
        return QCoreApplication::translate("baton::KpiDimensions", "account", "inside a sentence");
    case KpiDimension::RejectionReason:
        return QCoreApplication::translate("baton::KpiDimensions", "rejection reason", "inside a sentence");
    }
    return {};
}

Result<KpiDimension> KpiDimensions::parse(const QString &text)
{
    const QString key = text.trimmed().toLower().replace(QLatin1Char('-'), QLatin1Char('_'));
    if (key == QStringLiteral("signal"))
        return KpiDimension::SignalType;
    if (key == QStringLiteral("offer"))
        return KpiDimension::Campaign;
    if (key == QStringLiteral("reason"))
        return KpiDimension::RejectionReason;
    QStringList keys;
    for (KpiDimension dimension : all()) {
        if (KpiDimensions::key(dimension) == key)
            return dimension;
        keys << KpiDimensions::key(dimension);
    }
    return fail(tr("'%1' is not a dimension; use one of: %2.").arg(text, keys.join(QStringLiteral(", "))),
        Error::Kind::Invalid);
}

} // namespace baton
