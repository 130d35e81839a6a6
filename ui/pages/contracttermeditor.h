#pragma once

// The edit panel of the contract page: one signal type (name, intent tier) and its terms in the version
// shown (qualification, context, owner, follow-up, SLA). It emits what the user changed; the page turns
// that into undoable commands.

#include "define/contractservice.h"

#include <QWidget>

class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QStackedWidget;

namespace baton {

class CheckGrid;

class ContractTermEditor final : public QWidget
{
    Q_OBJECT
public:
    explicit ContractTermEditor(QWidget *parent = nullptr);

    // The version shown, whether it may change (else `lockedReason` says why), and every signal type.
    void setContext(const ContractDocument &document, bool editable, const QString &lockedReason,
        const QList<SignalType> &signalTypes);
    void selectSignalType(qint64 signalTypeId);
    qint64 selectedSignalType() const { return m_signalTypeId; }

signals:
    void selectionChanged(qint64 signalTypeId);
    void termEdited(const ContractTerm &before, const ContractTerm &after);
    void termAdded(const ContractTerm &term);
    void termRemoved(const ContractTerm &term);
    void signalTypeEdited(const SignalType &before, const SignalType &after);
    void signalTypeAdded(const SignalType &type);
    // The version shown cannot change: the user wants to make the edit in the (new) draft.
    void editInDraftRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void styleLockedNote();
    void fill();
    void updateDirty();
    ContractTerm editedTerm() const;
    SignalType editedSignalType() const;
    void addSignalType();
    void addContextField();

    ContractDocument m_document;
    QList<SignalType> m_types;
    bool m_editable = false;
    qint64 m_signalTypeId = 0;
    bool m_filling = false;

    QComboBox *m_signal = nullptr;
    QLabel *m_locked = nullptr;
    QPushButton *m_editInDraft = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_tier = nullptr;
    QLineEdit *m_description = nullptr;
    QStackedWidget *m_termStack = nullptr;
    QPushButton *m_addTerm = nullptr;
    QComboBox *m_minFit = nullptr;
    CheckGrid *m_attributes = nullptr;
    CheckGrid *m_context = nullptr;
    QLineEdit *m_newContext = nullptr;
    QComboBox *m_ownerRole = nullptr;
    QLineEdit *m_followUp = nullptr;
    QSpinBox *m_sla = nullptr;
    QLabel *m_slaText = nullptr;
    QPushButton *m_apply = nullptr;
    QPushButton *m_revert = nullptr;
    QPushButton *m_remove = nullptr;
    QGroupBox *m_typeBox = nullptr;
    QGroupBox *m_termBox = nullptr;
};

} // namespace baton
