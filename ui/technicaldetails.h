#pragma once

#include <QWidget>

class QPlainTextEdit;
class QToolButton;

namespace bc {

// Ids, keys, requests and raw bodies for the person who needs them, folded away by default under
// a "Technical details" toggle: a detail panel's main text stays in words. The one such section
// (journal entry, subscription).
class TechnicalDetails : public QWidget
{
    Q_OBJECT
public:
    explicit TechnicalDetails(QWidget *parent = nullptr);
    // The text shown when unfolded; empty disables the toggle (nothing to show).
    void setText(const QString &text);
    QString text() const;
    QToolButton *toggle() const { return m_toggle; }
    QPlainTextEdit *textView() const { return m_text; }

private:
    QToolButton *m_toggle;
    QPlainTextEdit *m_text;
};

} // namespace bc
