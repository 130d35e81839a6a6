#pragma once

// Building blocks of lead-to-account matching that hold whatever rules a workspace adds:
// company names are compared without case, punctuation or legal suffixes (Inc, GmbH, Ltd, ...),
// and free-mail domains never identify a company.

#include <QSet>
#include <QString>
#include <QStringList>

namespace baton {

// The legal-form suffixes ignored in company names, lower case without dots.
const QStringList &builtInLegalSuffixes();
// Mail providers whose domains say nothing about the sender's company.
const QSet<QString> &builtInFreeMailDomains();

// "ACME, Inc." -> "acme"; "Müller GmbH & Co. KG" -> "müller". Extra suffixes are compared like built-in ones.
QString normalizeCompanyName(const QString &name, const QStringList &extraSuffixes = {});
// The lower-case domain of an email address, empty when there is none.
QString emailDomain(const QString &email);
bool isFreeMailDomain(const QString &domain, const QSet<QString> &extraDomains = {});

// normalizeCompanyName with the suffix list prepared once, for normalizing many names: lower case, '&' and
// other punctuation become spaces, dots vanish, then trailing legal suffixes (longest first) are removed
// as long as a word of the name remains.
class CompanyNameNormalizer final
{
public:
    explicit CompanyNameNormalizer(const QStringList &extraSuffixes = {});
    QString operator()(const QString &name) const;

private:
    QSet<QString> m_suffixes; // normalized, words joined by one space
    int m_maxWords = 1;
};

} // namespace baton
