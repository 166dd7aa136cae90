#pragma once

#include <QDateTime>
#include <QFrame>

#include <functional>

class QLabel;
class QPushButton;

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
    // The same with a button after the text ("Open folder"); a later show() without one removes
    // it. A message with a button stays until dismissed or replaced.
    void show(Kind kind, const QString &text, const QString &actionText, std::function<void()> action);
    QPushButton *actionButton() const { return m_action; }
    QString text() const;
    Kind kind() const { return m_kind; }
    // Hides what the strip says unless it is a confirmation still fading out (a refresh after a
    // change must not swallow the sentence saying what the change did).
    void clearUnlessSuccess();
    // Marks what the pane shows as served from the read cache at `fetchedAt` (the server could
    // not be reached), or, given an invalid time, removes that mark once live data came.
    void showFreshness(const QDateTime &fetchedAt);
    bool isStale() const { return m_stale; }

private:
    QLabel *m_label;
    QPushButton *m_action;
    std::function<void()> m_run;
    Kind m_kind = Kind::Info;
    int m_generation = 0;
    bool m_stale = false;
};

} // namespace bc
