#pragma once

#include <QComboBox>

class QDateEdit;

namespace bc {

// "This month", "Last month", "This quarter", "Last quarter", "Last 30 days", "This year" and
// "Custom" beside a pane's From and To dates: picking one sets both dates (the pane reacts as to
// any date change); editing a date by hand shows Custom.
class DatePresetBox : public QComboBox
{
    Q_OBJECT
public:
    DatePresetBox(QDateEdit *from, QDateEdit *to, QWidget *parent = nullptr);

private:
    void showMatching();
    QDateEdit *m_from;
    QDateEdit *m_to;
    bool m_applying = false;
};

} // namespace bc
