#include "welcomepage.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace bc {

WelcomePage::WelcomePage(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("welcomePage"));
    auto *title = new QLabel(tr("Welcome to Billing Console"), this);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.8);
    big.setBold(true);
    title->setFont(big);
    auto *intro = new QLabel(tr("Review subscriptions, invoices, payments and credits on your company's billing "
                                "server. The console speaks the org billing, credits service, platform charges and "
                                "tier billing APIs; your API key stays in your system's keychain."),
        this);
    intro->setWordWrap(true);
    m_connect = new QPushButton(tr("&Connect to your billing server…"), this);
    m_connect->setObjectName(QStringLiteral("connectButton"));
    m_connect->setDefault(true);
    m_connect->setMinimumHeight(m_connect->sizeHint().height() * 3 / 2);
    auto *connectNote = new QLabel(tr("Its address, which API it speaks, and an API key. The console tests the "
                                      "connection before it saves it."),
        this);
    connectNote->setWordWrap(true);
    m_demo = new QPushButton(tr("Try the &demo"), this);
    m_demo->setObjectName(QStringLiteral("demoButton"));
    m_demo->setMinimumHeight(m_connect->minimumHeight());
    m_demoNote = new QLabel(tr("A billing server on this computer with made-up customers, one connection per "
                               "role. Nothing leaves this machine."),
        this);
    m_demoNote->setWordWrap(true);

    auto *column = new QVBoxLayout;
    column->addWidget(title);
    column->addSpacing(8);
    column->addWidget(intro);
    column->addSpacing(24);
    column->addWidget(m_connect);
    column->addWidget(connectNote);
    column->addSpacing(16);
    column->addWidget(m_demo);
    column->addWidget(m_demoNote);
    auto *centred = new QWidget(this);
    centred->setLayout(column);
    centred->setFixedWidth(560); // wrapped text needs a known width to know its height
    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(centred);
    row->addStretch(1);
    auto *outer = new QVBoxLayout(this);
    outer->addStretch(1);
    outer->addLayout(row);
    outer->addStretch(2);
    connect(m_connect, &QPushButton::clicked, this, &WelcomePage::connectRequested);
    connect(m_demo, &QPushButton::clicked, this, &WelcomePage::demoRequested);
}

void WelcomePage::setDemoUnavailable(const QString &why)
{
    m_demo->setEnabled(why.isEmpty());
    m_demo->setToolTip(why);
    if (!why.isEmpty())
        m_demoNote->setText(why);
}

} // namespace bc
