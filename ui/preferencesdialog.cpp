#include "preferencesdialog.h"

#include "theme.h"

#include "core/language.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>

namespace bc {

PreferencesDialog::PreferencesDialog(QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("preferencesDialog"));
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(tr("Preferences"));
    auto *form = new QFormLayout(this);
    m_languages = new QComboBox(this);
    m_languages->setObjectName(QStringLiteral("languageCombo"));
    m_languages->setAccessibleName(tr("Language"));
    for (const language::Choice &c : language::choices())
        m_languages->addItem(c.name, c.code);
    m_languages->setCurrentIndex(std::max(0, m_languages->findData(language::preferred())));
    auto *label = new QLabel(tr("&Language:"), this);
    label->setBuddy(m_languages);
    form->addRow(label, m_languages);
    m_themes = new QComboBox(this);
    m_themes->setObjectName(QStringLiteral("themeCombo"));
    m_themes->setAccessibleName(tr("Appearance"));
    m_themes->addItem(tr("Follow the desktop"), QString());
    m_themes->addItem(tr("Light"), QStringLiteral("light"));
    m_themes->addItem(tr("Dark"), QStringLiteral("dark"));
    m_themes->setCurrentIndex(std::max(0, m_themes->findData(theme::preferred())));
    auto *themeLabel = new QLabel(tr("&Appearance:"), this);
    themeLabel->setBuddy(m_themes);
    form->addRow(themeLabel, m_themes);
    auto *note =
        new QLabel(tr("Menus, messages and the invoices rendered here use this language, and numbers, dates and "
                      "amounts follow it, from the next start of the console. The appearance changes at once."),
            this);
    note->setWordWrap(true);
    form->addRow(note);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::save);
}

void PreferencesDialog::save()
{
    // The appearance changes at once; charts and colours drawn before follow on the next refresh.
    if (m_themes->currentData().toString() != theme::preferred()) {
        theme::setPreferred(m_themes->currentData().toString());
        theme::apply(m_themes->currentData().toString());
    }
    const QString code = m_languages->currentData().toString();
    if (code != language::preferred()) {
        language::setPreferred(code);
        emit languageChanged(m_languages->currentText());
    }
    accept();
}

} // namespace bc
