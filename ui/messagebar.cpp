#include "messagebar.h"

#include "models/dates.h"
#include "models/tone.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTimer>
#include <QToolButton>

namespace bc {

MessageBar::MessageBar(QWidget *parent) : QFrame(parent), m_label(new QLabel(this)), m_action(new QPushButton(this))
{
    setObjectName(QStringLiteral("messageBar"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 6, 6);
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_label->setTextFormat(Qt::PlainText);
    layout->addWidget(m_label, 1);
    m_action->setObjectName(QStringLiteral("messageAction"));
    m_action->hide();
    connect(m_action, &QPushButton::clicked, this, [this] {
        if (m_run)
            m_run();
    });
    layout->addWidget(m_action);
    auto *close = new QToolButton(this);
    close->setText(QStringLiteral("✕"));
    close->setAutoRaise(true);
    close->setAccessibleName(tr("Dismiss message"));
    connect(close, &QToolButton::clicked, this, &QWidget::hide);
    layout->addWidget(close);
    setAccessibleName(tr("Message"));
    hide();
}

void MessageBar::show(Kind kind, const QString &text, const QString &actionText, std::function<void()> action)
{
    show(kind, text);
    ++m_generation; // it stays: the button is there to be pressed
    m_run = std::move(action);
    m_action->setText(actionText);
    m_action->show();
}

void MessageBar::show(Kind kind, const QString &text)
{
    m_action->hide();
    m_run = nullptr;
    // Tinted strips with dark text on light palettes, dark tints with light text on dark ones.
    static const char *light[] = {
        "#messageBar{background:#e8f0fe;border:1px solid #b6ccf5;border-radius:4px;color:#1c3d7a}",
        "#messageBar{background:#e6f4ea;border:1px solid #a8d5b5;border-radius:4px;color:#1b5e2f}",
        "#messageBar{background:#fce8e6;border:1px solid #f1b0aa;border-radius:4px;color:#8c1d13}",
    };
    static const char *dark[] = {
        "#messageBar{background:#1d2b44;border:1px solid #3d5a8a;border-radius:4px;color:#d2e3fc}",
        "#messageBar{background:#173624;border:1px solid #2f6b45;border-radius:4px;color:#c8ecd4}",
        "#messageBar{background:#44201d;border:1px solid #8a3b33;border-radius:4px;color:#fbd3cf}",
    };
    m_stale = false;
    m_kind = kind;
    setStyleSheet(QString::fromLatin1((paletteIsDark() ? dark : light)[int(kind)]));
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

void MessageBar::showFreshness(const QDateTime &fetchedAt)
{
    if (!fetchedAt.isValid()) {
        if (m_stale)
            hide();
        m_stale = false;
        return;
    }
    const QDateTime local = fetchedAt.toLocalTime();
    const QString when = local.date() == QDate::currentDate() ? QLocale().toString(local.time(), QLocale::ShortFormat)
                                                              : shortDateTime(local);
    show(Kind::Info,
        tr("Offline: the billing server cannot be reached. This is what it sent at %1; "
           "it refreshes by itself when the server is back.")
            .arg(when));
    m_stale = true;
}

void MessageBar::clearUnlessSuccess()
{
    if (!(isVisible() && m_kind == Kind::Success))
        hide();
}

QString MessageBar::text() const
{
    return m_label->text();
}

} // namespace bc
