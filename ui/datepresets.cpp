#include "datepresets.h"

#include "models/dates.h"

#include <QDateEdit>

namespace bc {

namespace {
constexpr DatePreset kPresets[] = {DatePreset::ThisMonth, DatePreset::LastMonth, DatePreset::ThisQuarter,
    DatePreset::LastQuarter, DatePreset::Last30Days, DatePreset::ThisYear};
} // namespace

DatePresetBox::DatePresetBox(QDateEdit *from, QDateEdit *to, QWidget *parent)
    : QComboBox(parent), m_from(from), m_to(to)
{
    setObjectName(QStringLiteral("datePresets"));
    setAccessibleName(tr("Date range"));
    for (DatePreset p : kPresets)
        addItem(presetName(p), int(p));
    addItem(tr("Custom"), -1);
    connect(this, &QComboBox::activated, this, [this](int index) {
        const int preset = itemData(index).toInt();
        if (preset < 0)
            return;
        const DateSpan span = presetSpan(static_cast<DatePreset>(preset), QDate::currentDate());
        m_applying = true;
        // The order keeps From <= To at every step, so no pane sees a backwards range.
        if (span.from > m_to->date()) {
            m_to->setDate(span.to);
            m_from->setDate(span.from);
        } else {
            m_from->setDate(span.from);
            m_to->setDate(span.to);
        }
        m_applying = false;
    });
    for (QDateEdit *edit : {m_from, m_to})
        connect(edit, &QDateEdit::dateChanged, this, [this] {
            if (!m_applying)
                showMatching();
        });
    showMatching();
}

void DatePresetBox::showMatching()
{
    const QDate today = QDate::currentDate();
    for (int i = 0; i < count(); ++i) {
        const int preset = itemData(i).toInt();
        if (preset < 0)
            continue;
        const DateSpan span = presetSpan(static_cast<DatePreset>(preset), today);
        if (span.from == m_from->date() && span.to == m_to->date()) {
            setCurrentIndex(i);
            return;
        }
    }
    setCurrentIndex(count() - 1);
}

} // namespace bc
