#pragma once

#include <QWidget>

class QPushButton;
class QLabel;

namespace bc {

// What a first start shows, with no connection saved: connect to your own billing server, or try
// the demo (the billing-sandbox installed beside the console, with made-up data).
class WelcomePage : public QWidget
{
    Q_OBJECT
public:
    explicit WelcomePage(QWidget *parent = nullptr);
    // Empty: the demo can start; otherwise why it cannot (the demo package is not installed).
    void setDemoUnavailable(const QString &why);
    QPushButton *connectButton() const { return m_connect; }
    QPushButton *demoButton() const { return m_demo; }

signals:
    void connectRequested();
    void demoRequested();

private:
    QPushButton *m_connect;
    QPushButton *m_demo;
    QLabel *m_demoNote;
};

} // namespace bc
