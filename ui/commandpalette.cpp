#include "commandpalette.h"

#include "workspacesession.h"

#include <QApplication>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPainter>
#include <QStyledItemDelegate>
#include <QVBoxLayout>

#include <algorithm>

namespace baton {

namespace {

constexpr int EntryRole = Qt::UserRole;

// Lower case without accents, so that "francais" finds "Français".
QString folded(const QString &text)
{
    QString decomposed = text.normalized(QString::NormalizationForm_KD).toCaseFolded();
    decomposed.removeIf([](QChar c) { return c.category() == QChar::Mark_NonSpacing; });
    return decomposed;
}

bool startsWord(const QString &text, qsizetype at)
{
    return at == 0 || !text.at(at - 1).isLetterOrNumber();
}

// Draws an entry as its title, then the kind and detail and the shortcut in a quieter colour, right-aligned.
class EntryDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        const QString title = opt.text;
        const QString side = index.data(Qt::ToolTipRole).toString();
        opt.text.clear();
        QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

        const bool selected = opt.state & QStyle::State_Selected;
        const QPalette::ColorGroup group = opt.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
        const int margin = opt.fontMetrics.horizontalAdvance(QLatin1Char('M')) / 2 + 2;
        const QRect area = opt.rect.adjusted(margin, 0, -margin, 0);

        painter->save();
        // Measured with the painter's own metrics, so that eliding matches what is drawn at any scale.
        QFont sideFont = opt.font;
        if (opt.font.pointSizeF() > 0)
            sideFont.setPointSizeF(opt.font.pointSizeF() * 0.9);
        painter->setFont(sideFont);
        const QFontMetrics sideMetrics = painter->fontMetrics();
        const int sideAdvance = sideMetrics.horizontalAdvance(side);
        const int sideWidth = std::min(sideAdvance, area.width() / 2);
        painter->setPen(opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::PlaceholderText));
        // elidedText() can shorten a text given exactly its own advance (fractional widths), so only when needed.
        painter->drawText(area, Qt::AlignRight | Qt::AlignVCenter,
            sideAdvance <= sideWidth ? side : sideMetrics.elidedText(side, Qt::ElideLeft, sideWidth));

        painter->setFont(opt.font);
        const QFontMetrics titleMetrics = painter->fontMetrics();
        painter->setPen(opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text));
        const QRect titleRect = area.adjusted(0, 0, -(sideWidth + margin), 0);
        painter->drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter,
            titleMetrics.elidedText(title, Qt::ElideRight, titleRect.width()));
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QSize size = QStyledItemDelegate::sizeHint(option, index);
        size.setHeight(std::max(size.height(), option.fontMetrics.height() * 8 / 5));
        return size;
    }
};

} // namespace

CommandPalette::CommandPalette(WorkspaceSession *session, QWidget *parent)
    : QDialog(parent, Qt::Popup), m_session(session)
{
    setObjectName(QStringLiteral("CommandPalette"));
    setAccessibleName(tr("Command palette"));
    auto *layout = new QVBoxLayout(this);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("PaletteSearch"));
    m_search->setPlaceholderText(tr("Go to a page, command, signal type, owner or routing rule…"));
    m_search->setAccessibleName(tr("Search pages, commands and workspace items"));
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("PaletteMatches"));
    m_list->setAccessibleName(tr("Matches"));
    m_list->setItemDelegate(new EntryDelegate(m_list));
    m_list->setUniformItemSizes(true);
    m_list->setFocusPolicy(Qt::NoFocus);
    m_status = new QLabel(this);
    m_status->setForegroundRole(QPalette::PlaceholderText);
    m_status->setWordWrap(true);
    layout->addWidget(m_search);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_status);

    connect(m_search, &QLineEdit::textChanged, this, &CommandPalette::filter);
    connect(m_search, &QLineEdit::returnPressed, this, &CommandPalette::activateCurrent);
    connect(m_list, &QListWidget::itemActivated, this, &CommandPalette::activateCurrent);
    connect(m_list, &QListWidget::itemClicked, this, &CommandPalette::activateCurrent);
}

void CommandPalette::popup()
{
    collect();
    m_search->clear();
    filter();
    if (QWidget *host = parentWidget() ? parentWidget()->window() : nullptr) {
        // Sized in text units, so it is the same at every scale factor; centred near the top of the window.
        const QFontMetrics metrics = fontMetrics();
        const int width = std::min(metrics.averageCharWidth() * 100, host->width() * 9 / 10);
        const int height = std::min(metrics.height() * 26, host->height() * 8 / 10);
        const QPoint topLeft = host->mapToGlobal(QPoint((host->width() - width) / 2, host->height() / 10));
        setGeometry(QRect(topLeft, QSize(width, height)));
    }
    show();
    raise();
    activateWindow();
    m_search->setFocus();
}

void CommandPalette::collect()
{
    m_entries = m_fixed;
    QStringList problems;
    Workspace *workspace = m_session ? m_session->workspace() : nullptr;
    for (const auto &provider : PaletteProviders::all()) {
        auto entries = provider->entries(workspace);
        if (entries)
            m_entries += *entries;
        else
            problems << entries.errorMessage();
    }
    m_status->setText(problems.join(QLatin1Char('\n')));
    m_status->setVisible(!problems.isEmpty());
}

int CommandPalette::matchScore(const PaletteEntry &entry, const QString &query)
{
    const QStringList words = folded(query).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.isEmpty())
        return 0;
    const QString title = folded(entry.title);
    const QString other = folded(PaletteProviders::kindLabel(entry.kind) + QLatin1Char(' ') + entry.detail);
    int score = 0;
    for (const QString &word : words) {
        const qsizetype at = title.indexOf(word);
        if (at == 0)
            score += 30;
        else if (at > 0 && startsWord(title, at))
            score += 20;
        else if (at > 0)
            score += 10;
        else if (other.contains(word))
            score += 3;
        else
            return -1;
    }
    if (title.startsWith(folded(query.simplified())))
        score += 50;
    return score;
}

void CommandPalette::filter()
{
    const QString query = m_search->text();
    QList<std::pair<int, int>> ranked; // score, index
    for (int i = 0; i < m_entries.size(); ++i) {
        const int score = matchScore(m_entries.at(i), query);
        if (score >= 0)
            ranked.append({ score, i });
    }
    std::stable_sort(ranked.begin(), ranked.end(), [](const auto &a, const auto &b) { return a.first > b.first; });

    m_list->clear();
    for (const auto &[score, index] : std::as_const(ranked)) {
        const PaletteEntry &entry = m_entries.at(index);
        auto *item = new QListWidgetItem(entry.title, m_list);
        QString side = PaletteProviders::kindLabel(entry.kind);
        if (!entry.detail.isEmpty())
            side += QStringLiteral(" · ") + entry.detail;
        if (!entry.shortcut.isEmpty())
            side += QStringLiteral("   ") + entry.shortcut.toString(QKeySequence::NativeText);
        item->setToolTip(side);
        item->setData(EntryRole, index);
        item->setData(Qt::AccessibleTextRole, entry.title + QStringLiteral(", ") + side);
    }
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
    else
        (new QListWidgetItem(tr("Nothing matches “%1”.").arg(query.simplified()), m_list))->setFlags(Qt::ItemIsEnabled);
}

QList<PaletteEntry> CommandPalette::visibleEntries() const
{
    QList<PaletteEntry> entries;
    for (int row = 0; row < m_list->count(); ++row) {
        const QVariant index = m_list->item(row)->data(EntryRole);
        if (index.isValid())
            entries << m_entries.at(index.toInt());
    }
    return entries;
}

void CommandPalette::activateCurrent()
{
    QListWidgetItem *item = m_list->currentItem();
    // A click can both activate and click an item; only the first one counts.
    if (!isVisible() || !item || !item->data(EntryRole).isValid())
        return;
    const PaletteEntry entry = m_entries.at(item->data(EntryRole).toInt());
    hide();
    emit entryActivated(entry);
}

bool CommandPalette::eventFilter(QObject *watched, QEvent *event)
{
    // Arrow and page keys move through the matches while the typing stays in the search field.
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        switch (key->key()) {
        case Qt::Key_Up:
        case Qt::Key_Down:
        case Qt::Key_PageUp:
        case Qt::Key_PageDown:
            QApplication::sendEvent(m_list, event);
            return true;
        default:
            break;
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace baton
