#pragma once

// The editable catalogue of the feedback loop: rejection reasons (each mapped to exactly one recycle play)
// and the recycle plays. Every edit is an undoable, audited EntityCommand on the session's undo stack.

#include "feedback/feedback.h"

#include <QAbstractTableModel>

namespace baton {

class WorkspaceSession;

class ReasonCatalogModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Name, Play, Active, Description, Status, ColumnCount };

    explicit ReasonCatalogModel(WorkspaceSession *session, QObject *parent = nullptr);
    void setCatalogue(const QList<RejectionReason> &reasons, const QList<RecyclePlay> &plays);
    const RejectionReason &reason(int row) const { return m_reasons.at(row); }
    const QList<RejectionReason> &reasons() const { return m_reasons; }
    // Reasons with no recycle play, by name.
    QStringList gaps() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString playName(qint64 playId) const;

    WorkspaceSession *m_session;
    QList<RejectionReason> m_reasons;
    QList<RecyclePlay> m_plays;
};

class PlayCatalogModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Name, Kind, ReentryDays, Description, Reasons, ColumnCount };

    explicit PlayCatalogModel(WorkspaceSession *session, QObject *parent = nullptr);
    void setCatalogue(const QList<RecyclePlay> &plays, const QList<RejectionReason> &reasons);
    const RecyclePlay &play(int row) const { return m_plays.at(row); }
    static QString kindName(const QString &kind);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    WorkspaceSession *m_session;
    QList<RecyclePlay> m_plays;
    QList<RejectionReason> m_reasons;
};

} // namespace baton
