#include "contractsignatures.h"

#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace baton {

ContractSignatures::ContractSignatures(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);
    layout->addSpacing(6);
    auto *grid = new QGridLayout;
    int line = 0;
    for (const QString &party : Party::all()) {
        Row row;
        row.party = party;
        auto *title = new QLabel(QStringLiteral("<b>%1</b>").arg(ContractService::partyName(party).toHtmlEscaped()), this);
        row.state = new QLabel(this);
        row.state->setWordWrap(true);
        row.name = new QLineEdit(this);
        row.name->setPlaceholderText(tr("Name of the person signing"));
        row.name->setAccessibleName(tr("Signer for %1").arg(ContractService::partyName(party)));
        row.sign = new QPushButton(tr("Sign"), this);
        row.name->setObjectName(QStringLiteral("Signer_") + party);
        row.sign->setObjectName(QStringLiteral("Sign_") + party);
        row.withdraw = new QPushButton(tr("Withdraw"), this);
        row.withdraw->setToolTip(tr("Take this signature back, for example to change the draft."));
        grid->addWidget(title, line, 0, 1, 3);
        grid->addWidget(row.state, line + 1, 0, 1, 3);
        grid->addWidget(row.name, line + 2, 0);
        grid->addWidget(row.sign, line + 2, 1);
        grid->addWidget(row.withdraw, line + 2, 2);
        grid->setRowMinimumHeight(line + 3, 10);
        line += 4;
        connect(row.sign, &QPushButton::clicked, this, [this, party, edit = row.name]() {
            if (!edit->text().trimmed().isEmpty())
                emit signRequested(m_document.version.id, party, edit->text().trimmed());
        });
        connect(row.name, &QLineEdit::returnPressed, row.sign, &QPushButton::click);
        connect(row.name, &QLineEdit::textChanged, this,
            [button = row.sign](const QString &text) { button->setEnabled(!text.trimmed().isEmpty()); });
        connect(row.withdraw, &QPushButton::clicked, this, [this, party]() {
            if (const ContractSignoff *signoff = m_document.signoff(party))
                emit withdrawRequested(*signoff);
        });
        m_rows << row;
    }
    grid->setColumnStretch(0, 1);
    layout->addLayout(grid);
    layout->addStretch(1);
}

void ContractSignatures::setDocument(const ContractDocument &document, const QTimeZone &zone)
{
    m_document = document;
    const bool draft = document.version.status == ContractStatus::Draft;
    if (draft)
        m_intro->setText(tr("Each party signs with a name; the time is recorded. Once anyone has signed, the draft "
                            "cannot change any more (withdraw the signatures to change it). The third signature makes "
                            "version %1 the active contract and keeps the previous one as history.")
                             .arg(document.version.number));
    else
        m_intro->setText(tr("Version %1 was signed by all three parties. Signatures of a version in force or in history "
                            "cannot be withdrawn.")
                             .arg(document.version.number));
    for (Row &row : m_rows) {
        const ContractSignoff *signoff = document.signoff(row.party);
        if (signoff)
            row.state->setText(tr("Signed by %1 on %2")
                                   .arg(signoff->signerName.toHtmlEscaped(),
                                       QLocale().toString(signoff->signedAt.toTimeZone(zone), QLocale::ShortFormat)));
        else
            row.state->setText(draft ? tr("Not signed yet.") : tr("Not signed."));
        row.name->setVisible(draft && !signoff);
        row.sign->setVisible(draft && !signoff);
        row.sign->setEnabled(!row.name->text().trimmed().isEmpty());
        row.withdraw->setVisible(draft && signoff);
    }
}

} // namespace baton
