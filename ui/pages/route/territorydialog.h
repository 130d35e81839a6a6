#pragma once

// Edits a territory: its name and the places it is made of, one per line: a country code ("DE") or a
// country and a state/region ("US/CA"). A region-specific area wins over a whole-country one.

#include "route/coveragemodel.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace baton {

class TerritoryDialog final : public QDialog
{
    Q_OBJECT
public:
    TerritoryDialog(const CoverageModel &model, const Territory &territory, QWidget *parent = nullptr);

    Territory territory() const;
    // The areas as typed (territory ids set to the edited territory's, 0 for a new one).
    QList<TerritoryArea> areas() const;

    void accept() override;

private:
    const CoverageModel &m_model;
    Territory m_territory;
    QLineEdit *m_name;
    QPlainTextEdit *m_areas;
    QLabel *m_problem;
};

} // namespace baton
