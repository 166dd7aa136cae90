#include "messagebar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QTimer>
#include <QToolButton>

namespace bc {

MessageBar::MessageBar(QWidget *parent) : QFrame(parent), m_label(new QLabel(this))
{
    setObjectName(QStringLiteral("messageBar"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 6, 6);
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_label->setTextFormat(Qt::PlainText);
    layout->addWidget(m_label, 1);
    auto *close = new QToolButton(this);
    close->setText(QStringLiteral("✕"));
    close->setAutoRaise(true);
    close->setAccessibleName(tr("Dismiss message"));
    connect(close, &QToolButton::clicked, this, &QWidget::hide);
    layout->addWidget(close);
    setAccessibleName(tr("Message"));
    hide();
}

void MessageBar::show(Kind kind, const QString &text)
{
    static const char *styles[] = {
        "#messageBar{background:#e8f0fe;border:1px solid #b6ccf5;border-radius:4px;color:#1c3d7a}",
        "#messageBar{background:#e6f4ea;border:1px solid #a8d5b5;border-radius:4px;color:#1b5e2f}",
        "#messageBar{background:#fce8e6;border:1px solid #f1b0aa;border-radius:4px;color:#8c1d13}",
    };
    setStyleSheet(QString::fromLatin1(styles[int(kind)]));
    m_label->setText(text);
    setAccessibleDescription(text);
    QFrame::show();
    const int generation = ++m_generation;
    if (kind == Kind::Success)
        QTimer::singleShot(6000, this, [this, generation] {
            if (generation == m_generation)
                hide();
        });
}

QString MessageBar::text() const
{
    return m_label->text();
}

} // namespace bc
