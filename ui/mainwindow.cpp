#include "mainwindow.h"

#include "adminpanes.h"
#include "commandpalette.h"
#include "creditledgerpane.h"
#include "dashboardpane.h"
#include "invoicespane.h"
#include "keyboard.h"
#include "localpanes.h"
#include "paymentspane.h"
#include "subscriptionspane.h"
#include "theme.h"

#include "core/language.h"
#include "core/session.h"
#include "models/subscriptiontablemodel.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>

namespace bc {

MainWindow::MainWindow(LocalStore *store, QWidget *parent) : QMainWindow(parent), m_session(new Session(this))
{
    m_session->setLocalStore(store);
    qApp->installEventFilter(this); // dialogs' Tab order, see eventFilter()
    setWindowTitle(tr("Billing Console"));
    // 1280 x 800, or less on a small or scaled screen (1920 x 1080 at 200 % is 960 x 540).
    const QSize available = screen() ? screen()->availableGeometry().size() : QSize(1280, 800);
    resize(QSize(1280, 800).boundedTo(QSize(available.width() * 95 / 100, available.height() * 92 / 100)));

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
    addPane(m_pending = new PendingChangesPane(m_session, m_stack), tr("Pending changes"), {});
    addPane(m_journal = new JournalPane(m_session, m_stack), tr("Journal"), {});
    splitter->addWidget(m_nav);
    splitter->addWidget(m_stack);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({170, 1100});
    setCentralWidget(splitter);
    connect(m_nav, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);
    // Once a pane is laid out, its Tab order follows what the eye reads (see keyboard.h).
    connect(m_stack, &QStackedWidget::currentChanged, this, [this] {
        QTimer::singleShot(0, this, [this] {
            if (QWidget *pane = m_stack->currentWidget())
                makeKeyboardFriendly(pane);
        });
    });
    m_nav->setCurrentRow(0);

    auto *file = menuBar()->addMenu(tr("&File"));
    QAction *switchProfile = file->addAction(tr("&Switch profile"), this, [this] {
        m_profileCombo->setFocus();
        m_profileCombo->showPopup();
    });
    switchProfile->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+S")));
    QAction *preferences = file->addAction(tr("&Preferences…"), this, [this] { openPreferences(); });
    preferences->setShortcut(QKeySequence::Preferences);
    preferences->setMenuRole(QAction::PreferencesRole);
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, qApp, &QApplication::quit);
    auto *view = menuBar()->addMenu(tr("&View"));
    for (int i = 0; i < m_panes.size(); ++i)
        view->addAction(m_panes.at(i).title,
            i < 9 ? QKeySequence(QStringLiteral("Ctrl+%1").arg(i + 1)) : QKeySequence(), this,
            [this, i] { showPane(i); });
    view->addSeparator();
    QAction *palette = view->addAction(tr("&Go to…"), this, [this] { openCommandPalette(); });
    palette->setShortcut(QKeySequence(QStringLiteral("Ctrl+K")));
    QAction *detach = view->addAction(tr("&Detach pane"), this, [this] { detachCurrentPane(); });
    detach->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+D")));
    auto *actions = menuBar()->addMenu(tr("&Subscription"));
    actions->addActions({m_subscriptions->changePlanAction(), m_subscriptions->cancelAction(),
        m_subscriptions->resumeAction(), m_subscriptions->editAction()});
    auto *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Billing Console"), this, [this] {
        QMessageBox::about(this, tr("About Billing Console"),
            tr("Billing Console %1\nA desktop console for subscription billing.")
                .arg(QApplication::applicationVersion()));
    });

    m_connectionLabel = new QLabel(this);
    m_identityLabel = new QLabel(this);
    m_onlineLabel = new QLabel(this);
    m_onlineLabel->setObjectName(QStringLiteral("onlineLabel"));
    m_connectionLabel->setObjectName(QStringLiteral("connectionLabel"));
    m_identityLabel->setObjectName(QStringLiteral("identityLabel"));
    statusBar()->addPermanentWidget(m_identityLabel);
    statusBar()->addPermanentWidget(m_connectionLabel);
    statusBar()->addPermanentWidget(m_onlineLabel);
    connect(m_session, &Session::onlineChanged, this, [this](bool online) {
        m_onlineLabel->setText(
            online ? QString() : tr("⚠ Offline: showing saved data; changes wait in Pending changes"));
        m_onlineLabel->setAccessibleName(m_onlineLabel->text());
        if (online)
            statusBar()->showMessage(tr("The billing server is back; panes refreshed."), 6000);
    });
    const int pendingIndex = int(m_panes.size()) - 2;
    connect(m_pending, &PendingChangesPane::countChanged, this, [this, pendingIndex](int waiting) {
        m_nav->item(pendingIndex)
            ->setText(waiting > 0 ? tr("Pending changes (%1)").arg(waiting) : tr("Pending changes"));
    });

    connect(m_profileCombo, &QComboBox::currentIndexChanged, this, &MainWindow::selectProfile);
    connect(m_session, &Session::ready, this, &MainWindow::updateStatus);
    connect(m_session, &Session::ready, this, &MainWindow::updatePanes);
    connect(m_session, &Session::ready, this, [this] { // actions shown or hidden for the role join the Tab chain
        QTimer::singleShot(0, this, [this] {
            if (QWidget *pane = m_stack->currentWidget())
                makeKeyboardFriendly(pane);
        });
    });
    connect(m_session, &Session::failed, this, [this](const ApiError &e) {
        m_identityLabel->setText(tr("Not connected"));
        statusBar()->showMessage(e.humanMessage());
    });
}

CommandPalette *MainWindow::openCommandPalette()
{
    auto *palette = new CommandPalette(this);
    palette->setAttribute(Qt::WA_DeleteOnClose);
    QList<CommandPalette::Entry> entries;
    for (int i = 0; i < m_panes.size(); ++i)
        if (!m_nav->item(i)->isHidden())
            entries.append({tr("Pane"), m_panes.at(i).title, [this, i] { showPane(i); }});
    // Every enabled menu action, by its text without the mnemonic.
    for (QAction *menu : menuBar()->actions())
        for (QAction *a : menu->menu() ? menu->menu()->actions() : QList<QAction *>{})
            if (!a->isSeparator() && a->isEnabled() && a->isVisible() && !a->text().isEmpty())
                entries.append({tr("Action"),
                    a->text().remove(u'&').remove(QStringLiteral("…"))
                        + (a->shortcut().isEmpty()
                                ? QString()
                                : QStringLiteral("  (%1)").arg(a->shortcut().toString(QKeySequence::NativeText))),
                    [a] { a->trigger(); }});
    const SubscriptionTableModel *subs = m_subscriptions->model();
    for (int r = 0; r < subs->rowCount(); ++r) {
        const Subscription *s = subs->subscriptionAt(r);
        entries.append({tr("Subscription"),
            QStringLiteral("%1 · %2 · %3").arg(s->orgName, s->planName, SubscriptionTableModel::statusLabel(s->status)),
            [this, id = s->id] {
                showPane(0);
                m_subscriptions->selectSubscription(id);
            }});
    }
    for (const Invoice &inv : m_invoices->model()->records())
        entries.append(
            {tr("Invoice"), QStringLiteral("%1 · %2 · %3").arg(inv.number, inv.buyerName, inv.total.toDisplayString()),
                [this] { showPane(3); }});
    palette->setEntries(entries);
    // Customers come from the server as the user types (Support and Super Admins).
    if (m_session->credits() && (m_session->role() == Role::SuperAdmin || m_session->role() == Role::Support)) {
        connect(palette, &CommandPalette::searchChanged, palette, [this, palette](const QString &text) {
            if (text.trimmed().size() < 2)
                return;
            m_session->credits()->organisations(
                text.trimmed(), palette, [this, palette](const ApiResult<QList<OrgSummary>> &r) {
                    QList<CommandPalette::Entry> found;
                    for (const OrgSummary &o : r.value)
                        found.append({tr("Customer"),
                            QStringLiteral("%1 · %2 credits").arg(o.name, QLocale().toString(o.balance)), [this, o] {
                                showPane(2);
                                m_ledger->openCustomer(o);
                            }});
                    palette->addEntries(found);
                });
        });
    }
    palette->open();
    return palette;
}

QDialog *MainWindow::openPreferences()
{
    auto *dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("preferencesDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Preferences"));
    auto *form = new QFormLayout(dialog);
    auto *languages = new QComboBox(dialog);
    languages->setObjectName(QStringLiteral("languageCombo"));
    languages->setAccessibleName(tr("Language"));
    for (const language::Choice &c : language::choices())
        languages->addItem(c.name, c.code);
    languages->setCurrentIndex(std::max(0, languages->findData(language::preferred())));
    auto *label = new QLabel(tr("&Language:"), dialog);
    label->setBuddy(languages);
    form->addRow(label, languages);
    auto *themes = new QComboBox(dialog);
    themes->setObjectName(QStringLiteral("themeCombo"));
    themes->setAccessibleName(tr("Appearance"));
    themes->addItem(tr("Follow the desktop"), QString());
    themes->addItem(tr("Light"), QStringLiteral("light"));
    themes->addItem(tr("Dark"), QStringLiteral("dark"));
    themes->setCurrentIndex(std::max(0, themes->findData(theme::preferred())));
    auto *themeLabel = new QLabel(tr("&Appearance:"), dialog);
    themeLabel->setBuddy(themes);
    form->addRow(themeLabel, themes);
    auto *note =
        new QLabel(tr("Menus, messages and the invoices rendered here use this language, and numbers, dates and "
                      "amounts follow it, from the next start of the console. The appearance changes at once."),
            dialog);
    note->setWordWrap(true);
    form->addRow(note);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, dialog, [this, dialog, languages, themes] {
        // The appearance changes at once; charts and colours drawn before follow on the next refresh.
        if (themes->currentData().toString() != theme::preferred()) {
            theme::setPreferred(themes->currentData().toString());
            theme::apply(themes->currentData().toString());
        }
        const QString code = languages->currentData().toString();
        if (code != language::preferred()) {
            language::setPreferred(code);
            statusBar()->showMessage(
                tr("The console uses %1 from its next start.").arg(languages->currentText()), 8000);
        }
        dialog->accept();
    });
    dialog->open();
    return dialog;
}

QMainWindow *MainWindow::detachCurrentPane()
{
    const int index = m_nav->currentRow();
    if (index < 0 || index >= m_panes.size())
        return nullptr;
    QWidget *pane = m_panes.at(index).widget;
    if (pane->parent() != m_stack)
        return nullptr; // already detached
    auto *window = new QMainWindow(this, Qt::Window);
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->setWindowTitle(tr("%1 — Billing Console").arg(m_panes.at(index).title));
    m_stack->removeWidget(pane);
    window->setCentralWidget(pane);
    auto *placeholder = new QLabel(tr("“%1” is open in its own window.").arg(m_panes.at(index).title), m_stack);
    placeholder->setAlignment(Qt::AlignCenter);
    m_stack->insertWidget(index, placeholder);
    m_stack->setCurrentIndex(index);
    window->resize(1000, 700);
    window->installEventFilter(this); // closing the window puts the pane back where it was
    m_detached.insert(window, {index, placeholder});
    window->show();
    return window;
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    QTimer::singleShot(0, this, [this] {
        if (QWidget *pane = m_stack->currentWidget())
            makeKeyboardFriendly(pane);
    });
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    // Every dialog, wherever it was built: Tab in reading order, its fields before its buttons.
    if (event->type() == QEvent::Show && watched->isWidgetType()) {
        if (auto *dialog = qobject_cast<QDialog *>(watched)) {
            makeKeyboardFriendly(dialog);
            // Start on the first field rather than on the confirm button.
            if (!dialog->focusWidget())
                if (QWidget *first = firstStop(dialog))
                    first->setFocus(Qt::TabFocusReason);
        }
    }
    if (event->type() == QEvent::Close && m_detached.contains(watched)) {
        auto *window = static_cast<QMainWindow *>(watched);
        const auto [index, placeholder] = m_detached.take(watched);
        QWidget *pane = window->takeCentralWidget();
        m_stack->removeWidget(placeholder);
        placeholder->deleteLater();
        m_stack->insertWidget(index, pane);
        m_stack->setCurrentIndex(m_nav->currentRow());
    }
    return QMainWindow::eventFilter(watched, event);
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
    if (QWidget *pane = m_stack->currentWidget())
        makeKeyboardFriendly(pane);
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
        const bool allowed = (p.family.isEmpty() || m_session->hasFamily(p.family))
            && (p.roles.isEmpty() || p.roles.contains(m_session->role()));
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
    statusBar()->showMessage(m_session->isOnline() ? tr("Connected as %1").arg(id.email)
                                                   : tr("Offline: working from saved data as %1").arg(id.email),
        4000);
}

} // namespace bc
