#pragma once

// Edit > Preferences (Ctrl+,): the language (used from the next start) and the theme (applied at once).
// Both are stored in the user's settings (Settings::language(), Settings::theme()).

#include <QDialog>

class QComboBox;
class QLabel;

namespace baton {

class SettingsDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(QWidget *parent = nullptr);

    // The languages offered: the locale name stored in the settings ("" = the system's) and its label,
    // each language named in itself so that anyone can find their own.
    static QList<std::pair<QString, QString>> languages();

    // Whether the language chosen differs from the stored one (a new language applies on restart).
    bool languageChanged() const;

public slots:
    void accept() override;

private:
    void updateNote();

    QComboBox *m_language = nullptr;
    QComboBox *m_theme = nullptr;
    QLabel *m_restartNote = nullptr;
    QString m_startLanguage;
};

} // namespace baton
