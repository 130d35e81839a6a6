#include "territorydialog.h"

#include "colours.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QSet>
#include <QVBoxLayout>

namespace baton {

TerritoryDialog::TerritoryDialog(const CoverageModel &model, const Territory &territory, QWidget *parent)
    : QDialog(parent), m_model(model), m_territory(territory)
{
    setWindowTitle(territory.id ? tr("Territory") : tr("New territory"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_name = new QLineEdit(territory.name, this);
    m_areas = new QPlainTextEdit(this);
    QStringList lines;
    for (const TerritoryArea &area : model.areas)
        if (territory.id && area.territoryId == territory.id)
            lines << (area.region.isEmpty() ? area.country : area.country + QLatin1Char('/') + area.region);
    m_areas->setPlainText(lines.join(QLatin1Char('\n')));
    m_areas->setPlaceholderText(tr("One per line: a country code (DE) or a country and a region (US/CA)"));
    m_areas->setAccessibleName(tr("Areas"));
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Areas:"), m_areas);
    layout->addLayout(form);
    m_problem = new QLabel(this);
    Colours::setTextTone(m_problem, Colours::Tone::Bad);
    m_problem->setWordWrap(true);
    m_problem->hide();
    layout->addWidget(m_problem);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(460, 380);
}

Territory TerritoryDialog::territory() const
{
    Territory territory = m_territory;
    territory.name = m_name->text().trimmed();
    return territory;
}

QList<TerritoryArea> TerritoryDialog::areas() const
{
    QList<TerritoryArea> areas;
    for (const QString &line : m_areas->toPlainText().split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const QStringList parts = line.trimmed().split(QLatin1Char('/'));
        if (parts.first().trimmed().isEmpty())
            continue;
        TerritoryArea area;
        area.territoryId = m_territory.id;
        area.country = parts.first().trimmed().toUpper();
        area.region = parts.size() > 1 ? parts.at(1).trimmed().toUpper() : QString();
        areas << area;
    }
    return areas;
}

void TerritoryDialog::accept()
{
    QString problem;
    if (territory().name.isEmpty())
        problem = tr("Give the territory a name.");
    static const QRegularExpression code(QStringLiteral("^[A-Z]{2}$"));
    QSet<QString> seen;
    for (const TerritoryArea &area : areas()) {
        const QString label = area.region.isEmpty() ? area.country : area.country + QLatin1Char('/') + area.region;
        if (!code.match(area.country).hasMatch())
            problem = tr("\"%1\" does not start with a two-letter country code such as US or DE.").arg(label);
        if (seen.contains(label))
            problem = tr("%1 is listed twice.").arg(label);
        seen.insert(label);
        for (const TerritoryArea &other : m_model.areas)
            if (other.territoryId != m_territory.id && other.country.compare(area.country, Qt::CaseInsensitive) == 0
                && other.region.compare(area.region, Qt::CaseInsensitive) == 0)
                for (const Territory &owner : m_model.territories)
                    if (owner.id == other.territoryId)
                        problem = tr("%1 already belongs to %2; a place can be in one territory only.").arg(label, owner.name);
    }
    if (!problem.isEmpty()) {
        m_problem->setText(problem);
        m_problem->show();
        return;
    }
    QDialog::accept();
}

} // namespace baton
