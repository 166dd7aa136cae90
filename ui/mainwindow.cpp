#include "mainwindow.h"

#include "commandpalette.h"
#include "connectionsdialog.h"
#include "creditledgerpane.h"
#include "customerpane.h"
#include "invoicespane.h"
#include "keyboard.h"
#include "messagebar.h"
#include "pane.h"
#include "panes.h"
#include "paymentspane.h"
#include "pendingchangespane.h"
#include "preferencesdialog.h"
#include "rolepolicy.h"
#include "subscriptionspane.h"
#include "welcomepage.h"

#include "core/session.h"
#include "models/subscriptiontablemodel.h"
#include "models/words.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QScreen>
#include <QSet>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace bc {

MainWindow::MainWindow(LocalStore *store, QWidget *parent)
    : QMainWindow(parent), m_session(new Session(this)), m_kinds(paneKinds())
{
    m_session->setLocalStore(store);
    qApp->installEventFilter(this); // dialogs' Tab order, see eventFilter()
    setWindowTitle(tr("Billing Console"));
    // 1280 x 800, or less on a small or scaled screen (1920 x 1080 at 200 % is 960 x 540).
    const QSize available = screen() ? screen()->availableGeometry().size() : QSize(1280, 800);
    resize(QSize(1280, 800).boundedTo(QSize(available.width() * 95 / 100, available.height() * 92 / 100)));
    buildToolBar();

    auto *splitter = new QSplitter(this);
    m_nav = new QListWidget(splitter);
    m_nav->setObjectName(QStringLiteral("navigation"));
    m_nav->setAccessibleName(tr("Panes"));
    m_stack = new QStackedWidget(splitter);
    // A placeholder per pane until it is built: start-up builds only the first one before the
    // window is painted (bench/startup_bench), the others follow one per event-loop turn.
    for (const PaneKind &kind : m_kinds) {
        m_stack->addWidget(new QWidget(m_stack));
        m_nav->addItem(kind.info.title);
        m_panes.append(nullptr);
    }
    ensurePane(0);
    splitter->addWidget(m_nav);
    splitter->addWidget(m_stack);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({170, 1100});
    m_pages = new QStackedWidget(this);
    m_pages->addWidget(splitter);
    auto *central = new QWidget(this);
    auto *column = new QVBoxLayout(central);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(0);
    column->addWidget(buildKeyBanner());
    column->addWidget(m_pages, 1);
    setCentralWidget(central);
    connect(m_nav, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0 || row >= m_kinds.size())
            return;
        ensurePane(row);
        m_stack->setCurrentIndex(row);
    });
    // Once a pane is laid out, its Tab order follows what the eye reads (see keyboard.h).
    connect(m_stack, &QStackedWidget::currentChanged, this, &MainWindow::keyboardFriendlyLater);
    m_nav->setCurrentRow(0);
    buildMenus();
    buildStatusBar();
    connect(m_profileCombo, &QComboBox::currentIndexChanged, this, &MainWindow::selectProfile);
    connect(m_session, &Session::ready, this, &MainWindow::updateStatus);
    connect(m_session, &Session::ready, this, &MainWindow::updatePanes);
    // Actions shown or hidden for the role join the Tab chain.
    connect(m_session, &Session::ready, this, &MainWindow::keyboardFriendlyLater);
    connect(m_session, &Session::failed, this, [this](const ApiError &e) {
        m_identityLabel->setText(tr("Not connected"));
        statusBar()->showMessage(e.humanMessage());
        // A key the server refuses is fixed in the connection, one click away.
        if (e.kind == ApiError::Kind::Http && (e.httpStatus == 401 || e.httpStatus == 403))
            showKeyRefused(e);
    });
    connect(m_session, &Session::ready, m_keyBanner, &QWidget::hide);
}

Pane *MainWindow::ensurePane(int index)
{
    if (index < 0 || index >= m_kinds.size())
        return nullptr;
    if (Pane *built = m_panes.at(index))
        return built;
    Pane *built = m_kinds.at(index).create(m_session, m_stack);
    m_panes[index] = built;
    // In the placeholder's place; the stack keeps showing what it showed.
    QWidget *placeholder = m_stack->widget(index);
    const int current = m_stack->currentIndex();
    const QSignalBlocker quiet(m_stack);
    m_stack->removeWidget(placeholder);
    delete placeholder;
    m_stack->insertWidget(index, built);
    m_stack->setCurrentIndex(current);
    connectPane(built);
    return built;
}

void MainWindow::buildRemainingPanes()
{
    const int next = int(m_panes.indexOf(nullptr));
    if (next < 0)
        return;
    ensurePane(next);
    QTimer::singleShot(0, this, &MainWindow::buildRemainingPanes);
}

QList<Pane *> MainWindow::panes() const
{
    for (int i = 0; i < m_kinds.size(); ++i)
        const_cast<MainWindow *>(this)->ensurePane(i);
    return m_panes;
}

bool MainWindow::isPaneBuilt(const QString &id) const
{
    const int index = indexOf(id);
    return index >= 0 && m_panes.at(index);
}

void MainWindow::connectPane(Pane *built)
{
    // Any row that names a customer opens their page.
    if (auto *table = qobject_cast<TablePane *>(built))
        connect(table, &TablePane::customerRequested, this, [this](const OrgSummary &o) {
            CustomerPane *customer = pane<CustomerPane>();
            showPane(customer->id());
            customer->openCustomer(o);
        });
    if (auto *pending = qobject_cast<PendingChangesPane *>(built))
        connect(pending, &PendingChangesPane::countChanged, this, [this](int waiting) {
            m_nav->item(indexOf(QStringLiteral("pending")))
                ->setText(waiting > 0 ? tr("Pending changes (%1)").arg(waiting) : tr("Pending changes"));
        });
    if (auto *customer = qobject_cast<CustomerPane *>(built)) {
        // The customer page's subscription actions run in the subscriptions pane, which owns their
        // dialogs: the subscription selected there, then the action (or why it cannot run now).
        connect(customer, &CustomerPane::subscriptionTask, this,
            [this](const Subscription &s, CustomerPane::SubscriptionTask task) {
                SubscriptionsPane *subscriptions = pane<SubscriptionsPane>();
                showPane(subscriptions->id());
                subscriptions->showSubscription(s);
                QAction *action = task == CustomerPane::SubscriptionTask::ChangePlan ? subscriptions->changePlanAction()
                    : task == CustomerPane::SubscriptionTask::Cancel                 ? subscriptions->cancelAction()
                    : task == CustomerPane::SubscriptionTask::Resume                 ? subscriptions->resumeAction()
                    : task == CustomerPane::SubscriptionTask::Edit                   ? subscriptions->editAction()
                                                                                     : subscriptions->portalAction();
                if (action->isEnabled())
                    action->trigger();
                else
                    subscriptions->messageBar()->show(MessageBar::Kind::Info, action->toolTip());
            });
    }
    if (auto *subscriptions = qobject_cast<SubscriptionsPane *>(built)) {
        // What a change to a subscription touches: its invoices and payments, the customer's page
        // and the dashboard's figures are read again without a manual refresh (those built yet;
        // one built later reads them when it is built).
        connect(subscriptions, &SubscriptionsPane::subscriptionChanged, this, [this](const Subscription &) {
            for (const QString &id : {QStringLiteral("invoices"), QStringLiteral("payments"),
                     QStringLiteral("customer"), QStringLiteral("dashboard")})
                if (const int i = indexOf(id); i >= 0 && m_panes.at(i) && m_panes.at(i)->isAvailable())
                    m_panes.at(i)->refresh();
        });
    }
}

QWidget *MainWindow::buildKeyBanner()
{
    m_keyBanner = new QFrame(this);
    m_keyBanner->setObjectName(QStringLiteral("keyRefusedBanner"));
    m_keyBanner->setFrameShape(QFrame::StyledPanel);
    m_keyBanner->setAutoFillBackground(true);
    QPalette palette = m_keyBanner->palette();
    palette.setColor(QPalette::Window, palette.color(QPalette::ToolTipBase));
    palette.setColor(QPalette::WindowText, palette.color(QPalette::ToolTipText));
    m_keyBanner->setPalette(palette);
    auto *row = new QHBoxLayout(m_keyBanner);
    m_keyBannerText = new QLabel(m_keyBanner);
    m_keyBannerText->setWordWrap(true);
    m_keyBannerText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_editConnection = new QPushButton(tr("&Edit connection…"), m_keyBanner);
    m_editConnection->setObjectName(QStringLiteral("editConnectionButton"));
    row->addWidget(m_keyBannerText, 1);
    row->addWidget(m_editConnection);
    connect(m_editConnection, &QPushButton::clicked, this, [this] {
        const int current = m_profileCombo->currentIndex();
        if (ConnectionsDialog *dialog = openConnections(); dialog && current >= 0)
            dialog->editConnection(current);
    });
    m_keyBanner->hide();
    return m_keyBanner;
}

void MainWindow::showKeyRefused(const ApiError &error)
{
    const int index = m_profileCombo->currentIndex();
    const bool editable = index >= 0 && index < m_profiles.size() && !m_profiles.at(index).embedded;
    const QString name = index >= 0 && index < m_profiles.size() ? m_profiles.at(index).name : QString();
    m_keyBannerText->setText(editable
            ? tr("The server refused the API key of “%1”: %2 Enter a valid key in the connection.")
                  .arg(name, error.humanMessage())
            : tr("The server refused the API key of “%1”: %2").arg(name, error.humanMessage()));
    m_editConnection->setVisible(editable);
    m_keyBanner->show();
}

QString MainWindow::planOf(const QString &orgId) const
{
    const SubscriptionTableModel *subs = pane<SubscriptionsPane>()->model();
    for (int r = 0; r < subs->rowCount(); ++r) {
        const Subscription *s = subs->subscriptionAt(r);
        if (s->orgId == orgId && s->family == Family::OrgBilling)
            return tr("%1 (%2)").arg(s->planName, label(s->status));
    }
    return {};
}

void MainWindow::buildToolBar()
{
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
    auto *manage = new QToolButton(toolbar);
    manage->setObjectName(QStringLiteral("connectionsButton"));
    manage->setText(tr("Connections…"));
    manage->setToolTip(tr("Add, edit, test or remove the billing servers you connect to"));
    connect(manage, &QToolButton::clicked, this, [this] { openConnections(); });
    toolbar->addWidget(manage);
}

void MainWindow::showWelcome(const QString &demoUnavailable)
{
    if (!m_welcome) {
        m_welcome = new WelcomePage(m_pages);
        m_pages->addWidget(m_welcome);
        connect(m_welcome, &WelcomePage::demoRequested, this, &MainWindow::demoRequested);
        connect(m_welcome, &WelcomePage::connectRequested, this, [this] {
            if (ConnectionsDialog *dialog = openConnections())
                dialog->addConnection();
        });
    }
    m_welcome->setDemoUnavailable(demoUnavailable);
    m_pages->setCurrentWidget(m_welcome);
    m_identityLabel->setText(tr("Not connected"));
}

ConnectionsDialog *MainWindow::openConnections()
{
    auto *dialog = new ConnectionsDialog(ProfileStore(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ConnectionsDialog::profilesChanged, this, [this](const QList<ConnectionProfile> &saved) {
        // The saved connections replace the demo's; the one just added or edited opens.
        const QString current = m_profileCombo->currentText();
        int index = 0;
        for (int i = 0; i < saved.size(); ++i)
            if (saved.at(i).name == current)
                index = i;
        if (!saved.isEmpty() && (m_profiles.isEmpty() || m_profiles.first().embedded))
            index = int(saved.size()) - 1;
        setProfiles(saved, index);
    });
    dialog->open();
    return dialog;
}

bool MainWindow::askForKey(ConnectionProfile *profile)
{
    bool ok = false;
    const QString key = QInputDialog::getText(this, tr("API key for %1").arg(profile->name),
        tr("The keychain has no API key for “%1” (%2). Enter it to connect; it goes into the keychain.")
            .arg(profile->name, profile->baseUrl.toDisplayString()),
        QLineEdit::Password, {}, &ok)
                            .trimmed();
    if (!ok || key.isEmpty())
        return false;
    profile->apiKey = key;
    ProfileStore().secrets().write(profile->name, key);
    return true;
}

void MainWindow::buildMenus()
{
    auto *file = menuBar()->addMenu(tr("&File"));
    QAction *switchProfile = file->addAction(tr("&Switch profile"), this, [this] {
        m_profileCombo->setFocus();
        m_profileCombo->showPopup();
    });
    switchProfile->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+S")));
    file->addAction(tr("&Connections…"), this, [this] { openConnections(); });
    QAction *preferences = file->addAction(tr("&Preferences…"), this, [this] { openPreferences(); });
    preferences->setShortcut(QKeySequence::Preferences);
    preferences->setMenuRole(QAction::PreferencesRole);
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, qApp, &QApplication::quit);
    auto *view = menuBar()->addMenu(tr("&View"));
    for (int i = 0; i < m_kinds.size(); ++i) {
        const QString id = m_kinds.at(i).info.id;
        m_paneActions << view->addAction(m_kinds.at(i).info.title,
            i < 9 ? QKeySequence(QStringLiteral("Ctrl+%1").arg(i + 1)) : QKeySequence(), this,
            [this, id] { showPane(id); });
    }
    view->addSeparator();
    QAction *palette = view->addAction(tr("&Go to…"), this, [this] { openCommandPalette(); });
    palette->setShortcut(QKeySequence(QStringLiteral("Ctrl+K")));
    QAction *detach = view->addAction(tr("&Detach pane"), this, [this] { detachCurrentPane(); });
    detach->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+D")));
    auto *actions = menuBar()->addMenu(tr("&Subscription"));
    SubscriptionsPane *subscriptions = pane<SubscriptionsPane>();
    actions->addActions({subscriptions->changePlanAction(), subscriptions->cancelAction(),
        subscriptions->resumeAction(), subscriptions->editAction()});
    auto *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Billing Console"), this, [this] {
        QMessageBox::about(this, tr("About Billing Console"),
            tr("Billing Console %1\nA desktop console for subscription billing.")
                .arg(QApplication::applicationVersion()));
    });
}

void MainWindow::buildStatusBar()
{
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
}

void MainWindow::keyboardFriendlyLater()
{
    QTimer::singleShot(0, this, [this] {
        if (QWidget *current = m_stack->currentWidget())
            makeKeyboardFriendly(current);
    });
}

int MainWindow::indexOf(const QString &id) const
{
    for (int i = 0; i < m_kinds.size(); ++i)
        if (m_kinds.at(i).info.id == id)
            return i;
    return -1;
}

Pane *MainWindow::pane(const QString &id) const
{
    return const_cast<MainWindow *>(this)->ensurePane(indexOf(id));
}

CommandPalette *MainWindow::openCommandPalette()
{
    auto *palette = new CommandPalette(this);
    palette->setAttribute(Qt::WA_DeleteOnClose);
    QList<CommandPalette::Entry> entries;
    const QList<Pane *> all = panes(); // their toolbars' actions are offered too
    for (Pane *p : all)
        if (isPaneShown(p->id()))
            entries.append({tr("Pane"), p->info().title, [this, id = p->id()] { showPane(id); }});
    // Every action the role may take now (enabled and shown), by its text without the mnemonic:
    // the menus', and each pane's toolbar ("Orders › Buy credits"), which opens the pane first.
    const auto usable = [](const QAction *a) {
        return !a->isSeparator() && a->isEnabled() && a->isVisible() && !a->text().isEmpty() && !a->menu();
    };
    const auto plain = [](const QAction *a) -> QString { // a QString, not a builder of temporaries
        return a->text().remove(u'&').remove(QStringLiteral("…"))
            + (a->shortcut().isEmpty()
                    ? QString()
                    : QStringLiteral("  (%1)").arg(a->shortcut().toString(QKeySequence::NativeText)));
    };
    for (QAction *menu : menuBar()->actions())
        for (QAction *a : menu->menu() ? menu->menu()->actions() : QList<QAction *>{})
            if (usable(a))
                entries.append({tr("Action"), plain(a), [a] { a->trigger(); }});
    for (Pane *p : all) {
        if (!isPaneShown(p->id()))
            continue;
        for (const QToolBar *toolbar : p->findChildren<QToolBar *>())
            for (QAction *a : toolbar->actions())
                if (usable(a))
                    entries.append({tr("Action"), tr("%1 › %2").arg(p->info().title, plain(a)),
                        [this, id = p->id(), action = QPointer<QAction>(a)] {
                            showPane(id);
                            if (action)
                                action->trigger();
                        }});
    }
    SubscriptionsPane *subscriptions = pane<SubscriptionsPane>();
    const SubscriptionTableModel *subs = subscriptions->model();
    const bool searchesCustomers =
        m_session->credits() && policy::allows(m_session->role(), policy::Action::BrowseCustomers);
    if (!searchesCustomers && policy::allows(m_session->role(), policy::Action::BrowseCustomers)) {
        // Without the credits family's customer search: each organisation of the listed
        // subscriptions, once.
        QSet<QString> seen;
        for (int r = 0; r < subs->rowCount(); ++r) {
            const Subscription *s = subs->subscriptionAt(r);
            if (s->orgId.isEmpty() || seen.contains(s->orgId))
                continue;
            seen.insert(s->orgId);
            entries.append({tr("Customer"), QStringLiteral("%1 · %2").arg(s->orgName, planOf(s->orgId)),
                [this, o = OrgSummary{s->orgId, s->orgName, {}, 0, false}] {
                    showPane(QStringLiteral("customer"));
                    pane<CustomerPane>()->openCustomer(o);
                }});
        }
    }
    for (int r = 0; r < subs->rowCount(); ++r) {
        const Subscription *s = subs->subscriptionAt(r);
        entries.append(
            {tr("Subscription"), QStringLiteral("%1 · %2 · %3").arg(s->orgName, s->planName, label(s->status)),
                [this, subscriptions, id = s->id] {
                    showPane(subscriptions->id());
                    subscriptions->selectSubscription(id);
                }});
    }
    InvoicesPane *invoices = pane<InvoicesPane>();
    for (const Invoice &inv : invoices->model()->records())
        entries.append(
            {tr("Invoice"), QStringLiteral("%1 · %2 · %3").arg(inv.number, inv.buyerName, inv.total.toDisplayString()),
                [this, invoices] { showPane(invoices->id()); }});
    palette->setEntries(entries);
    // Customers come from the server as the user types (Support and Super Admins).
    if (searchesCustomers) {
        connect(palette, &CommandPalette::searchChanged, palette, [this, palette](const QString &text) {
            if (text.trimmed().size() < 2)
                return;
            m_session->credits()->organisations(text.trimmed(), palette,
                [this, palette, asked = text.trimmed()](const ApiResult<QList<OrgSummary>> &r) {
                    if (asked != palette->input()->text().trimmed())
                        return; // an answer to text the user has typed past
                    CustomerPane *customer = pane<CustomerPane>();
                    QList<CommandPalette::Entry> found;
                    QSet<QString> seen;
                    for (const OrgSummary &o : r.value) {
                        if (seen.contains(o.id))
                            continue; // each customer once
                        seen.insert(o.id);
                        QStringList what{o.name};
                        const QString plan = planOf(o.id);
                        if (!plan.isEmpty())
                            what << plan;
                        if (o.balanceKnown)
                            what << tr("%1 credits").arg(QLocale().toString(o.balance));
                        found.append({tr("Customer"), what.join(QStringLiteral(" · ")), [this, customer, o] {
                                          showPane(customer->id());
                                          customer->openCustomer(o);
                                      }});
                    }
                    palette->replaceEntries(tr("Customer"), found);
                });
        });
    }
    palette->open();
    return palette;
}

QDialog *MainWindow::openPreferences()
{
    auto *dialog = new PreferencesDialog(this);
    connect(dialog, &PreferencesDialog::languageChanged, this, [this](const QString &name) {
        statusBar()->showMessage(tr("The console uses %1 from its next start.").arg(name), 8000);
    });
    dialog->open();
    return dialog;
}

QMainWindow *MainWindow::detachCurrentPane()
{
    const int index = m_nav->currentRow();
    Pane *current = ensurePane(index);
    if (!current)
        return nullptr;
    if (current->parent() != m_stack)
        return nullptr; // already detached
    auto *window = new QMainWindow(this, Qt::Window);
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->setWindowTitle(tr("%1 — Billing Console").arg(current->info().title));
    m_stack->removeWidget(current);
    window->setCentralWidget(current);
    auto *placeholder = new QLabel(tr("“%1” is open in its own window.").arg(current->info().title), m_stack);
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
    keyboardFriendlyLater();
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    // Once the window is on screen, the panes not built yet follow, one per event-loop turn.
    if (!m_painted && watched == this && event->type() == QEvent::Paint) {
        m_painted = true;
        QTimer::singleShot(0, this, &MainWindow::buildRemainingPanes);
    }
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
        QWidget *detached = window->takeCentralWidget();
        m_stack->removeWidget(placeholder);
        placeholder->deleteLater();
        m_stack->insertWidget(index, detached);
        m_stack->setCurrentIndex(m_nav->currentRow());
    }
    return QMainWindow::eventFilter(watched, event);
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
        m_pages->setCurrentIndex(0);
        m_profileCombo->setCurrentIndex(current);
        selectProfile(current);
    } else {
        showWelcome();
    }
}

void MainWindow::selectProfile(int index)
{
    if (index < 0 || index >= m_profiles.size())
        return;
    ConnectionProfile &p = m_profiles[index];
    if (!p.embedded && p.apiKey.isEmpty() && (!m_askForKeys || !askForKey(&p))) {
        m_identityLabel->setText(tr("Not connected"));
        statusBar()->showMessage(tr("No API key for %1: choose File › Connections… to enter one.").arg(p.name));
        return;
    }
    m_connectionLabel->setText(p.embedded ? tr("Demo sandbox · %1").arg(p.baseUrl.toString()) : p.baseUrl.toString());
    m_identityLabel->setText(tr("Connecting…"));
    m_keyBanner->hide();
    // The previous server's Offline mark is not this one's: the new session says for itself.
    m_onlineLabel->clear();
    m_onlineLabel->setAccessibleName(QString());
    m_session->open(p);
}

void MainWindow::showPane(const QString &id)
{
    const int index = indexOf(id);
    if (index < 0)
        return;
    m_nav->setCurrentRow(index);
    if (QWidget *current = m_stack->currentWidget())
        makeKeyboardFriendly(current);
}

bool MainWindow::isPaneShown(const QString &id) const
{
    const int index = indexOf(id);
    return index >= 0 && !m_nav->item(index)->isHidden();
}

void MainWindow::updatePanes()
{
    // A pane shows only when the profile's server exposes its family and the role may use it.
    for (int i = 0; i < m_kinds.size(); ++i) {
        const bool available = isAvailable(m_kinds.at(i).info, m_session);
        m_nav->item(i)->setHidden(!available);
        // The View menu (and so Ctrl+K) offers only the panes this connection and role can open.
        m_paneActions.at(i)->setVisible(available);
    }
    if (m_nav->currentItem() && m_nav->currentItem()->isHidden())
        for (int i = 0; i < m_kinds.size(); ++i)
            if (!m_nav->item(i)->isHidden()) {
                m_nav->setCurrentRow(i);
                break;
            }
}

void MainWindow::updateStatus()
{
    const json::Identity &id = m_session->identity();
    // Who, as what, for which organisation; a server without "who am I" knows only the connection.
    QStringList parts{id.name, roleDisplayName(id.role)};
    if (!id.orgName.isEmpty() && id.orgName != id.name)
        parts << id.orgName;
    parts.removeAll(QString());
    m_identityLabel->setText(parts.join(QStringLiteral(" · ")));
    // Who is signed in is the identity label's; the tooltip adds the email, the status line
    // stays free for messages (a "Connected as" beside the labels was cut off at the default size).
    m_identityLabel->setToolTip(id.email.isEmpty() ? id.name : id.email);
}

} // namespace bc
