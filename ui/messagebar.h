#pragma once

#include <QFrame>

class QLabel;

namespace bc {

// An inline message strip shown where the user is working (not a modal box): errors stay until
// dismissed or replaced; confirmations fade after a few seconds.
class MessageBar : public QFrame
{
    Q_OBJECT
public:
    enum class Kind { Info, Success, Error };
    explicit MessageBar(QWidget *parent = nullptr);
    void show(Kind kind, const QString &text);
    QString text() const;

private:
    QLabel *m_label;
    int m_generation = 0;
};

} // namespace bc
