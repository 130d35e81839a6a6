#pragma once

// A table of figures with what every table in the Feedback and Optimize steps needs: sorting by any
// column (by value, not by text), a filter box over every column, and CSV export of the rows as shown.

#include <QWidget>

class QAbstractItemModel;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace baton {

class ReportTable final : public QWidget
{
    Q_OBJECT
public:
    // Items report the value to sort by under SortRole (falling back to the display text).
    static constexpr int SortRole = Qt::UserRole + 100;

    explicit ReportTable(const QString &title, QWidget *parent = nullptr);

    void setModel(QAbstractItemModel *model);
    QTableView *view() const { return m_view; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    // The file name the export dialog proposes.
    void setExportName(const QString &name) { m_exportName = name; }

    // Writes the rows as shown (filtered and sorted) with the header; false with *error on failure.
    bool exportCsv(const QString &path, QString *error = nullptr) const;

signals:
    // A row was clicked or activated; the row of the source model.
    void rowActivated(int sourceRow);

private:
    void exportWithDialog();

    QLabel *m_title;
    QLineEdit *m_filter;
    QTableView *m_view;
    QSortFilterProxyModel *m_proxy;
    QString m_exportName = QStringLiteral("table.csv");
};

} // namespace baton
