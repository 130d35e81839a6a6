#include "accountmatchingtab.h"

#include "core/workspace.h"
#include "data/account.h"
#include "entitycommand.h"
#include "instrument/companynames.h"
#include "workspacesession.h"

#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

namespace baton {

namespace {

QString ruleTitle(const QString &kind)
{
    return kind == QStringLiteral("email_domain") ? AccountMatchingTab::tr("Email domain") : AccountMatchingTab::tr("Company name");
}

// The undo text of switching a rule on or off: whole sentences, not a rule's title put into one.
QString switchText(const QString &kind, bool enabled)
{
    if (kind == QStringLiteral("email_domain"))
        return enabled ? AccountMatchingTab::tr("Match accounts by email domain")
                       : AccountMatchingTab::tr("Stop matching accounts by email domain");
    return enabled ? AccountMatchingTab::tr("Match accounts by company name")
                   : AccountMatchingTab::tr("Stop matching accounts by company name");
}

QString ruleText(const QString &kind)
{
    return kind == QStringLiteral("email_domain")
        ? AccountMatchingTab::tr("The email's domain, or a parent domain of it, is an account's domain. Free-mail "
                                 "domains never match.")
        : AccountMatchingTab::tr("The company name equals an account's, ignoring case, punctuation and legal "
                                 "suffixes.");
}

} // namespace

AccountMatchingTab::AccountMatchingTab(WorkspaceSession *session, QWidget *parent) : QWidget(parent), m_session(session)
{
    auto *layout = new QGridLayout(this);
    auto *intro = new QLabel(tr("How a lead is linked to a known account. The rules are tried in order; the first that "
                                "finds an account wins (the oldest account when several share a domain or name). The "
                                "validator reports leads without an account that these rules would link."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro, 0, 0, 1, 2);

    auto *rulesBox = new QGroupBox(tr("Matching rules, in order"), this);
    auto *rulesLayout = new QVBoxLayout(rulesBox);
    m_rulesTable = new QTableWidget(0, 2, rulesBox);
    m_rulesTable->setObjectName(QStringLiteral("AccountMatchRules"));
    m_rulesTable->setHorizontalHeaderLabels({ tr("Rule"), tr("What matches") });
    m_rulesTable->verticalHeader()->hide();
    m_rulesTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_rulesTable->horizontalHeader()->setStretchLastSection(true);
    m_rulesTable->setWordWrap(true);
    m_rulesTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_rulesTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_rulesTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_rulesTable->verticalHeader()->setDefaultSectionSize(2 * m_rulesTable->fontMetrics().height() + 12);
    m_rulesTable->setFixedHeight(m_rulesTable->verticalHeader()->defaultSectionSize() * 2
        + m_rulesTable->horizontalHeader()->sizeHint().height() + 6);
    rulesLayout->addWidget(m_rulesTable);
    auto *ruleButtons = new QHBoxLayout;
    auto *up = new QPushButton(tr("Move up"), rulesBox);
    auto *down = new QPushButton(tr("Move down"), rulesBox);
    ruleButtons->addWidget(up);
    ruleButtons->addWidget(down);
    ruleButtons->addStretch(1);
    rulesLayout->addLayout(ruleButtons);
    layout->addWidget(rulesBox, 1, 0);

    auto *tryBox = new QGroupBox(tr("Try it"), this);
    auto *tryLayout = new QGridLayout(tryBox);
    m_tryEmail = new QLineEdit(tryBox);
    m_tryEmail->setPlaceholderText(tr("ana@eu.acme.com"));
    m_tryCompany = new QLineEdit(tryBox);
    m_tryCompany->setPlaceholderText(tr("ACME, Inc."));
    m_verdict = new QLabel(tryBox);
    m_verdict->setWordWrap(true);
    m_verdict->setMinimumHeight(2 * m_verdict->fontMetrics().height());
    tryLayout->addWidget(new QLabel(tr("Email"), tryBox), 0, 0);
    tryLayout->addWidget(m_tryEmail, 0, 1);
    tryLayout->addWidget(new QLabel(tr("Company"), tryBox), 1, 0);
    tryLayout->addWidget(m_tryCompany, 1, 1);
    tryLayout->addWidget(m_verdict, 2, 0, 1, 2);
    layout->addWidget(tryBox, 2, 0);

    layout->addWidget(listEditor(tr("Free-mail domains"), &m_freeMail, &m_newFreeMail, &m_freeMailBuiltIn, true), 1, 1);
    layout->addWidget(listEditor(tr("Legal suffixes"), &m_suffixes, &m_newSuffix, &m_suffixBuiltIn, false), 2, 1);
    layout->setRowStretch(3, 1);
    layout->setColumnStretch(0, 1);
    layout->setColumnStretch(1, 1);

    connect(m_rulesTable, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (m_filling || item->column() != 0 || item->row() >= m_rules.size())
            return;
        const AccountMatchRule before = m_rules.at(item->row());
        AccountMatchRule after = before;
        after.enabled = item->checkState() == Qt::Checked;
        if (after.enabled == before.enabled)
            return;
        // Saved after the signal is handled: saving reloads the table the signal comes from.
        QMetaObject::invokeMethod(
            this,
            [this, before, after]() {
                m_session->undoStack()->push(EntityCommand<AccountMatchRule>::update(
                    m_session, before, after, switchText(after.kind, after.enabled)));
            },
            Qt::QueuedConnection);
    });
    connect(up, &QPushButton::clicked, this, [this]() { moveRule(-1); });
    connect(down, &QPushButton::clicked, this, [this]() { moveRule(1); });
    const auto refreshVerdict = [this]() { m_verdict->setText(tryMatch(m_tryEmail->text(), m_tryCompany->text())); };
    connect(m_tryEmail, &QLineEdit::textChanged, this, refreshVerdict);
    connect(m_tryCompany, &QLineEdit::textChanged, this, refreshVerdict);
}

QWidget *AccountMatchingTab::listEditor(const QString &title, QListWidget **list, QLineEdit **input, QLabel **builtIn,
    bool freeMail)
{
    auto *box = new QGroupBox(title, this);
    auto *layout = new QVBoxLayout(box);
    *builtIn = new QLabel(box);
    (*builtIn)->setWordWrap(true);
    layout->addWidget(*builtIn);
    *list = new QListWidget(box);
    (*list)->setMaximumHeight((*list)->fontMetrics().height() * 5 + 10);
    layout->addWidget(*list);
    auto *row = new QHBoxLayout;
    *input = new QLineEdit(box);
    (*input)->setPlaceholderText(freeMail ? tr("e.g. citromail.hu") : tr("e.g. Kft."));
    auto *add = new QPushButton(tr("Add"), box);
    auto *remove = new QPushButton(tr("Remove"), box);
    row->addWidget(*input, 1);
    row->addWidget(add);
    row->addWidget(remove);
    layout->addLayout(row);
    QLineEdit *edit = *input;
    QListWidget *items = *list;
    const auto addOne = [this, edit, freeMail]() {
        const QString text = edit->text().trimmed();
        if (text.isEmpty())
            return;
        if (freeMail)
            m_session->undoStack()->push(EntityCommand<FreeMailDomain>::add(m_session,
                FreeMailDomain { 0, 0, text.toLower() }, tr("Add the free-mail domain %1").arg(text.toLower())));
        else
            m_session->undoStack()->push(
                EntityCommand<LegalSuffix>::add(m_session, LegalSuffix { 0, 0, text }, tr("Add the legal suffix %1").arg(text)));
        edit->clear();
    };
    connect(add, &QPushButton::clicked, this, addOne);
    connect(edit, &QLineEdit::returnPressed, this, addOne);
    connect(remove, &QPushButton::clicked, this, [this, items, freeMail]() {
        const int row = items->currentRow();
        if (row < 0)
            return;
        if (freeMail && row < m_domains.size()) {
            const FreeMailDomain domain = m_domains.at(row);
            m_session->undoStack()->push(
                EntityCommand<FreeMailDomain>::remove(m_session, domain, tr("Remove the free-mail domain %1").arg(domain.domain)));
        } else if (!freeMail && row < m_legalSuffixes.size()) {
            const LegalSuffix suffix = m_legalSuffixes.at(row);
            m_session->undoStack()->push(
                EntityCommand<LegalSuffix>::remove(m_session, suffix, tr("Remove the legal suffix %1").arg(suffix.suffix)));
        }
    });
    return box;
}

void AccountMatchingTab::reload(Workspace &workspace)
{
    auto rules = Repository<AccountMatchRule>(workspace).list();
    auto domains = Repository<FreeMailDomain>(workspace).list();
    auto suffixes = Repository<LegalSuffix>(workspace).list();
    auto matcher = AccountMatcher::load(workspace);
    if (!rules || !domains || !suffixes || !matcher) {
        emit m_session->errorReported(!rules ? rules.errorMessage() : !domains ? domains.errorMessage()
                : !suffixes ? suffixes.errorMessage() : matcher.errorMessage());
        return;
    }
    m_rules = *rules;
    m_domains = *domains;
    m_legalSuffixes = *suffixes;
    m_matcher = std::move(*matcher);

    m_filling = true;
    m_rulesTable->setRowCount(int(m_rules.size()));
    for (int row = 0; row < m_rules.size(); ++row) {
        const AccountMatchRule &rule = m_rules.at(row);
        auto *name = new QTableWidgetItem(QStringLiteral("%1. %2").arg(row + 1).arg(ruleTitle(rule.kind)));
        name->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        name->setCheckState(rule.enabled ? Qt::Checked : Qt::Unchecked);
        name->setToolTip(tr("Tick to use this rule."));
        m_rulesTable->setItem(row, 0, name);
        auto *text = new QTableWidgetItem(ruleText(rule.kind));
        text->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        m_rulesTable->setItem(row, 1, text);
    }
    m_filling = false;

    QStringList builtInDomains(builtInFreeMailDomains().begin(), builtInFreeMailDomains().end());
    std::sort(builtInDomains.begin(), builtInDomains.end());
    m_freeMailBuiltIn->setText(tr("%1 built in (%2, …). Add the providers your market uses:")
                                   .arg(builtInDomains.size())
                                   .arg(builtInDomains.mid(0, 4).join(QStringLiteral(", "))));
    m_freeMailBuiltIn->setToolTip(builtInDomains.join(QStringLiteral(", ")));
    m_freeMail->clear();
    for (const FreeMailDomain &domain : std::as_const(m_domains))
        m_freeMail->addItem(domain.domain);
    m_suffixBuiltIn->setText(tr("%1 built in (Inc, GmbH, Ltd, SA, …), ignored at the end of company names. Add others:")
                                 .arg(builtInLegalSuffixes().size()));
    m_suffixBuiltIn->setToolTip(builtInLegalSuffixes().join(QStringLiteral(", ")));
    m_suffixes->clear();
    for (const LegalSuffix &suffix : std::as_const(m_legalSuffixes))
        m_suffixes->addItem(suffix.suffix);
    m_verdict->setText(tryMatch(m_tryEmail->text(), m_tryCompany->text()));
}

QString AccountMatchingTab::tryMatch(const QString &email, const QString &company)
{
    if (!m_matcher)
        return {};
    if (email.trimmed().isEmpty() && company.trimmed().isEmpty())
        return tr("Type an email address and a company name to see which account they match (%1 accounts).")
            .arg(m_matcher->accountCount());
    const AccountMatcher::Match match = m_matcher->matchDetailed(email, company);
    if (!match.accountId) {
        const QString domain = emailDomain(email);
        if (!domain.isEmpty() && m_matcher->isFreeMail(domain))
            return tr("No account. %1 is a free-mail domain, and the company name “%2” matches no account.")
                .arg(domain, m_matcher->normalize(company));
        return tr("No account matches.");
    }
    QString name = QString::number(match.accountId);
    if (Workspace *workspace = m_session->workspace())
        if (auto account = Repository<Account>(*workspace).get(match.accountId))
            name = account->name;
    return match.rule == AccountMatcher::Rule::EmailDomain
        ? tr("<b>%1</b>, by the email domain %2.").arg(name.toHtmlEscaped(), match.key.toHtmlEscaped())
        : tr("<b>%1</b>, by the company name (compared as “%2”).").arg(name.toHtmlEscaped(), match.key.toHtmlEscaped());
}

void AccountMatchingTab::moveRule(int delta)
{
    const auto selection = m_rulesTable->selectionModel()->selectedRows();
    if (selection.isEmpty())
        return;
    const int row = selection.first().row();
    const int other = row + delta;
    if (other < 0 || other >= m_rules.size())
        return;
    const AccountMatchRule a = m_rules.at(row);
    const AccountMatchRule b = m_rules.at(other);
    AccountMatchRule movedA = a;
    AccountMatchRule movedB = b;
    std::swap(movedA.position, movedB.position);
    if (movedA.position == movedB.position)
        movedA.position += delta;
    QUndoStack *stack = m_session->undoStack();
    stack->beginMacro(tr("Re-order the account matching rules"));
    stack->push(EntityCommand<AccountMatchRule>::update(m_session, a, movedA, tr("Move a matching rule")));
    stack->push(EntityCommand<AccountMatchRule>::update(m_session, b, movedB, tr("Move a matching rule")));
    stack->endMacro();
    m_rulesTable->selectRow(other);
}

} // namespace baton
