#include "technicaldetails.h"

#include <QPlainTextEdit>
#include <QToolButton>
#include <QVBoxLayout>

namespace bc {

TechnicalDetails::TechnicalDetails(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_toggle = new QToolButton(this);
    m_toggle->setObjectName(QStringLiteral("technicalDetailsToggle"));
    m_toggle->setText(tr("Technical details"));
    m_toggle->setCheckable(true);
    m_toggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toggle->setArrowType(Qt::RightArrow);
    m_toggle->setEnabled(false);
    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(QStringLiteral("technicalDetails"));
    m_text->setReadOnly(true);
    m_text->setVisible(false);
    m_text->setAccessibleName(tr("Technical details"));
    layout->addWidget(m_toggle, 0, Qt::AlignLeft | Qt::AlignTop);
    layout->addWidget(m_text, 1);
    connect(m_toggle, &QToolButton::toggled, this, [this](bool on) {
        m_text->setVisible(on);
        m_toggle->setArrowType(on ? Qt::DownArrow : Qt::RightArrow);
    });
}

void TechnicalDetails::setText(const QString &text)
{
    m_text->setPlainText(text);
    m_toggle->setEnabled(!text.isEmpty());
}

QString TechnicalDetails::text() const
{
    return m_text->toPlainText();
}

} // namespace bc
