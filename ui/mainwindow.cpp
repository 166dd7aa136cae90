#include "mainwindow.h"

#include "adminpanes.h"
#include "creditledgerpane.h"
#include "dashboardpane.h"
#include "invoicespane.h"
#include "paymentspane.h"
#include "session.h"
#include "subscriptionspane.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>

namespace bc {

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent), m_session(new Session(this))
{
    setWindowTitle(tr("Billing Console"));
    resize(1280, 800);

    auto *toolbar = addToolBar(tr("Connection"));
    toolbar->setObjectName(QStringLiteral("connectionToolbar"));
    toolbar->setMovable(false);
    auto *profileLabel = new QLabel(tr("&Profile: "), toolbar);
    m_profileCombo = new QComboBox(toolbar);
    m_profileCombo->setObjectName(QStringLiteral("profileCombo"));
    m_profileCombo->setAccessibleName(tr("Connection profile"));
    m_profileCombo->setMinimumContentsLength(34);
    m_profileCombo->setToolTip(tr("Switch the server or role you work as (Ctrl+Shift+S)"));
    profileLabel->setBuddy(m_profileCombo);
    toolbar->addWidget(profileLabel);
    toolbar->addWidget(m_profileCombo);

    auto *splitter = new QSplitter(this);
    m_nav = new QListWidget(splitter);
    m_nav->setObjectName(QStringLiteral("navigation"));
    m_nav->setAccessibleName(tr("Panes"));
    m_stack = new QStackedWidget(splitter);
    const QString org = QStringLiteral("org_billing");
    const QString credits = QStringLiteral("credits");
    addPane(m_subscriptions = new SubscriptionsPane(m_session, m_stack), tr("Subscriptions"), org);
    addPane(m_payments = new PaymentsPane(m_session, m_stack), tr("Payments"), org);
    addPane(m_ledger = new CreditLedgerPane(m_session, m_stack), tr("Credit ledger"), credits);
    addPane(m_invoices = new InvoicesPane(m_session, m_stack), tr("Invoices"), org,
            {Role::SuperAdmin, Role::Owner, Role::Admin, Role::Support});
    addPane(m_dashboard = new DashboardPane(m_session, m_stack), tr("Dashboard"), org);
    addPane(m_coupons = new CouponsPane(m_session, m_stack), tr("Coupons"), credits, {Role::SuperAdmin});
    addPane(m_plans = new PlansPane(m_session, m_stack), tr("Plans"), credits, {Role::SuperAdmin});
    addPane(m_orders = new OrdersPane(m_session, m_stack), tr("Orders"), credits);
    addPane(m_charges = new PlatformChargesPane(m_session, m_stack), tr("Platform charges"), QStringLiteral("platform"),
            {Role::SuperAdmin, Role::Owner, Role::Admin});
    splitter->addWidget(m_nav);
    splitter->addWidget(m_stack);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({170, 1100});
    setCentralWidget(splitter);
    connect(m_nav, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);
    m_nav->setCurrentRow(0);

    auto *file = menuBar()->addMenu(tr("&File"));
    QAction *switchProfile = file->addAction(tr("&Switch profile"), this, [this] {
        m_profileCombo->setFocus();
        m_profileCombo->showPopup();
    });
    switchProfile->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+S")));
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, qApp, &QApplication::quit);
    auto *view = menuBar()->addMenu(tr("&View"));
    for (int i = 0; i < m_panes.size(); ++i)
        view->addAction(m_panes.at(i).title, i < 9 ? QKeySequence(QStringLiteral("Ctrl+%1").arg(i + 1)) : QKeySequence(), this, [this, i] { showPane(i); });
    auto *actions = menuBar()->addMenu(tr("&Subscription"));
    actions->addActions({m_subscriptions->changePlanAction(), m_subscriptions->cancelAction(),
                         m_subscriptions->resumeAction(), m_subscriptions->editAction()});
    auto *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Billing Console"), this, [this] {
        QMessageBox::about(this, tr("About Billing Console"),
                           tr("Billing Console %1\nA desktop console for subscription billing.").arg(QApplication::applicationVersion()));
    });

    m_connectionLabel = new QLabel(this);
    m_identityLabel = new QLabel(this);
    m_connectionLabel->setObjectName(QStringLiteral("connectionLabel"));
    m_identityLabel->setObjectName(QStringLiteral("identityLabel"));
    statusBar()->addPermanentWidget(m_identityLabel);
    statusBar()->addPermanentWidget(m_connectionLabel);

    connect(m_profileCombo, &QComboBox::currentIndexChanged, this, &MainWindow::selectProfile);
    connect(m_session, &Session::ready, this, &MainWindow::updateStatus);
    connect(m_session, &Session::ready, this, &MainWindow::updatePanes);
    connect(m_session, &Session::failed, this, [this](const ApiError &e) {
        m_identityLabel->setText(tr("Not connected"));
        statusBar()->showMessage(e.humanMessage());
    });
}

void MainWindow::addPane(QWidget *widget, const QString &title, const QString &family, QList<Role> roles)
{
    m_stack->addWidget(widget);
    m_nav->addItem(title);
    m_panes.append({widget, title, family, std::move(roles)});
}

QString MainWindow::paneTitle(int index) const
{
    return index >= 0 && index < m_panes.size() ? m_panes.at(index).title : QString();
}

void MainWindow::setProfiles(const QList<ConnectionProfile> &profiles, int current)
{
    m_profiles = profiles;
    m_profileCombo->blockSignals(true);
    m_profileCombo->clear();
    for (const ConnectionProfile &p : profiles)
        m_profileCombo->addItem(p.name);
    m_profileCombo->blockSignals(false);
    if (!profiles.isEmpty()) {
        m_profileCombo->setCurrentIndex(current);
        selectProfile(current);
    }
}

void MainWindow::selectProfile(int index)
{
    if (index < 0 || index >= m_profiles.size())
        return;
    const ConnectionProfile &p = m_profiles.at(index);
    m_connectionLabel->setText(p.embedded ? tr("Demo sandbox · %1").arg(p.baseUrl.toString()) : p.baseUrl.toString());
    m_identityLabel->setText(tr("Connecting…"));
    m_session->open(p);
}

void MainWindow::showPane(int index)
{
    m_nav->setCurrentRow(index);
}

bool MainWindow::isPaneVisible(int index) const
{
    return m_nav->item(index) && !m_nav->item(index)->isHidden();
}

void MainWindow::updatePanes()
{
    // A pane shows only when the profile's server exposes its family and the role may use it.
    for (int i = 0; i < m_panes.size(); ++i) {
        const PaneEntry &p = m_panes.at(i);
        const bool allowed = m_session->hasFamily(p.family) && (p.roles.isEmpty() || p.roles.contains(m_session->role()));
        m_nav->item(i)->setHidden(!allowed);
    }
    if (m_nav->currentItem() && m_nav->currentItem()->isHidden())
        for (int i = 0; i < m_panes.size(); ++i)
            if (!m_nav->item(i)->isHidden()) {
                m_nav->setCurrentRow(i);
                break;
            }
}

void MainWindow::updateStatus()
{
    const json::Identity &id = m_session->identity();
    m_identityLabel->setText(tr("%1 · %2 · %3").arg(id.name, roleDisplayName(id.role), id.orgName));
    statusBar()->showMessage(tr("Connected as %1").arg(id.email), 4000);
}

} // namespace bc
