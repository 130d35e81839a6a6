#pragma once

// Small conversions between Qt containers and the JSON text kept in configuration columns.

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace baton::json {

inline QString fromStrings(const QStringList &values)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(values)).toJson(QJsonDocument::Compact));
}

inline QStringList toStrings(const QString &text)
{
    QStringList values;
    const QJsonArray array = QJsonDocument::fromJson(text.toUtf8()).array();
    for (const QJsonValue &value : array)
        values << value.toString();
    return values;
}

inline QJsonArray idArray(const QList<qint64> &ids)
{
    QJsonArray array;
    for (qint64 id : ids)
        array.append(id);
    return array;
}

inline QString fromIds(const QList<qint64> &ids)
{
    return QString::fromUtf8(QJsonDocument(idArray(ids)).toJson(QJsonDocument::Compact));
}

inline QList<qint64> toIds(const QJsonArray &array)
{
    QList<qint64> ids;
    for (const QJsonValue &value : array)
        ids << value.toInteger();
    return ids;
}

inline QString fromObject(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

inline QJsonObject toObject(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

} // namespace baton::json
