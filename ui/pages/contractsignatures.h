#pragma once

// The signature panel of the contract page: per party (Sales, Marketing, RevOps) either who signed and
// when, or a name field and a Sign button. The third signature makes the draft the active version.

#include "define/contractservice.h"

#include <QTimeZone>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace baton {

class ContractSignatures final : public QWidget
{
    Q_OBJECT
public:
    explicit ContractSignatures(QWidget *parent = nullptr);
    void setDocument(const ContractDocument &document, const QTimeZone &zone);

signals:
    void signRequested(qint64 versionId, const QString &party, const QString &signerName);
    void withdrawRequested(const ContractSignoff &signoff);

private:
    struct Row
    {
        QString party;
        QLabel *state = nullptr;
        QLineEdit *name = nullptr;
        QPushButton *sign = nullptr;
        QPushButton *withdraw = nullptr;
    };
    QList<Row> m_rows;
    QLabel *m_intro = nullptr;
    ContractDocument m_document;
};

} // namespace baton
