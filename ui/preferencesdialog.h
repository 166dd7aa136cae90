#pragma once

#include <QDialog>

class QComboBox;

namespace bc {

// File › Preferences (Ctrl+,): the language (from the next start) and the appearance (at once).
class PreferencesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PreferencesDialog(QWidget *parent = nullptr);

signals:
    // The language chosen differs from the one in use: it applies at the next start.
    void languageChanged(const QString &name);

private:
    void save();

    QComboBox *m_languages;
    QComboBox *m_themes;
};

} // namespace bc
