#include "settingsdialog.h"

#include "settings.h"
#include "theme.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace baton {

QList<std::pair<QString, QString>> SettingsDialog::languages()
{
    const QString system = QLocale::system().nativeLanguageName();
    return {
        { QString(), system.isEmpty() ? tr("System") : tr("System (%1)").arg(system) },
        { QStringLiteral("en"), QStringLiteral("English") },
        { QStringLiteral("de"), QStringLiteral("Deutsch") },
        { QStringLiteral("fr"), QStringLiteral("Français") },
        { QStringLiteral("es"), QStringLiteral("Español") },
    };
}

SettingsDialog::SettingsDialog(QWidget *parent) : QDialog(parent), m_startLanguage(Settings::language().get())
{
    setObjectName(QStringLiteral("SettingsDialog"));
    setWindowTitle(tr("Preferences"));

    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("Language"));
    m_language->setAccessibleName(tr("Language"));
    for (const auto &[code, label] : languages())
        m_language->addItem(label, code);
    const int current = m_language->findData(m_startLanguage);
    m_language->setCurrentIndex(current >= 0 ? current : 0);

    m_restartNote = new QLabel(tr("Baton uses the language you choose from its next start."), this);
    m_restartNote->setObjectName(QStringLiteral("RestartNote"));
    m_restartNote->setWordWrap(true);
    m_restartNote->setForegroundRole(QPalette::PlaceholderText);

    m_theme = new QComboBox(this);
    m_theme->setObjectName(QStringLiteral("Theme"));
    m_theme->setAccessibleName(tr("Theme"));
    for (ThemeChoice choice : Theme::choices())
        m_theme->addItem(Theme::label(choice), Theme::key(choice));
    m_theme->setCurrentIndex(m_theme->findData(Theme::key(Theme::stored())));
    m_theme->setToolTip(tr("System follows the desktop's light or dark appearance."));

    auto *form = new QFormLayout;
    form->addRow(tr("&Language:"), m_language);
    form->addRow(m_restartNote);
    form->addRow(tr("&Theme:"), m_theme);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);

    auto *layout = new QVBoxLayout(this);
    // Wide enough, in text units so at any scale factor, for the note to need at most two lines; a wrapped
    // label does not make a dialog taller by itself.
    setMinimumWidth(fontMetrics().averageCharWidth() * 64);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(buttons);

    connect(m_language, &QComboBox::currentIndexChanged, this, &SettingsDialog::updateNote);
    updateNote();
}

bool SettingsDialog::languageChanged() const
{
    return m_language->currentData().toString() != m_startLanguage;
}

void SettingsDialog::updateNote()
{
    // The note is always there; it stands out once a change needs the restart.
    QFont font = m_restartNote->font();
    font.setBold(languageChanged());
    m_restartNote->setFont(font);
    m_restartNote->setForegroundRole(languageChanged() ? QPalette::WindowText : QPalette::PlaceholderText);
}

void SettingsDialog::accept()
{
    Settings::language().set(m_language->currentData().toString());
    const ThemeChoice theme = Theme::fromKey(m_theme->currentData().toString());
    if (theme != Theme::stored()) {
        Theme::store(theme);
        Theme::apply(theme);
    }
    QDialog::accept();
}

} // namespace baton
