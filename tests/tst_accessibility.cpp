// Accessibility of the console against a real billing-sandbox:
// - every control a person can reach (each visible widget that takes focus, in every pane and in
//   the dialogs) has an accessible name for screen readers;
// - Tab walks every such control of a pane, in reading order (top to bottom, left to right by
//   rows), and reaches the pane's toolbar actions, so each pane works without a mouse;
// - the status colours keep WCAG AA contrast (4.5:1) on light and dark palettes;
// - the window fits a 200 % screen.
#include "consolefixture.h"
#include "sandboxprocess.h"

#include "core/session.h"
#include "models/subscriptiontablemodel.h"
#include "store/localstore.h"
#include "ui/couponspane.h"
#include "ui/creditledgerpane.h"
#include "ui/journalpane.h"
#include "ui/mainwindow.h"
#include "ui/orderspane.h"
#include "ui/pane.h"
#include "ui/pendingchangespane.h"
#include "ui/planspane.h"
#include "ui/platformchargespane.h"
#include "ui/subscriptionspane.h"
#include "ui/theme.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QApplication>
#include <QDialog>
#include <QListWidget>
#include <QPushButton>
#include <QStackedWidget>
#include <QToolButton>
#include <QtTest>

using namespace bc;
using namespace bctest;

namespace {

QString accessibleName(QWidget *w)
{
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
    return iface ? iface->text(QAccessible::Name).trimmed() : QString();
}

QString describe(QWidget *w)
{
    const auto *button = qobject_cast<QAbstractButton *>(w);
    return QStringLiteral("%1 \"%2\" in %3")
        .arg(QString::fromLatin1(w->metaObject()->className()),
            button && !button->text().isEmpty() ? button->text() : w->objectName(),
            w->parentWidget() ? QString::fromLatin1(w->parentWidget()->metaObject()->className()) : QString());
}

// Widgets a keyboard user can land on inside `root`.
QList<QWidget *> reachable(QWidget *root)
{
    QList<QWidget *> out;
    for (QWidget *w : root->findChildren<QWidget *>())
        if (w->isVisibleTo(root->window()) && w->isEnabled() && (w->focusPolicy() & Qt::TabFocus) && !w->focusProxy()
            && !qobject_cast<QAbstractScrollArea *>(w->parentWidget()) /* viewports */)
            out << w;
    return out;
}

double luminance(const QColor &c)
{
    auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

// Tabs from `start` through `root` and reports controls never reached and steps against
// reading order (each next control lower, or on the same row further right).
QStringList tabProblems(QWidget *root, QWidget *start, const QString &where)
{
    const QList<QWidget *> wanted = reachable(root);
    start->setFocus();
    QList<QWidget *> visited;
    if (root->isAncestorOf(start))
        visited << start;
    QWidget *last = nullptr;
    for (int step = 0; step < 300; ++step) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QWidget *f = QApplication::focusWidget();
        if (f == last)
            continue; // Tab moves between the sections of a date field first
        last = f;
        if (!f || visited.contains(f))
            break;
        if (root->isAncestorOf(f))
            visited << f;
    }
    QStringList problems;
    for (QWidget *w : wanted)
        if (!visited.contains(w))
            problems << QStringLiteral("%1: Tab never reaches %2").arg(where, describe(w));
    for (int k = 1; k < visited.size(); ++k) {
        const QRect a(visited.at(k - 1)->mapTo(root, QPoint()), visited.at(k - 1)->size());
        const QRect b(visited.at(k)->mapTo(root, QPoint()), visited.at(k)->size());
        const bool sameRow = b.top() < a.bottom() && a.top() < b.bottom();
        if (sameRow ? b.left() < a.left() : b.top() < a.top())
            problems << QStringLiteral("%1: Tab goes back from %2 to %3")
                            .arg(where, describe(visited.at(k - 1)), describe(visited.at(k)));
    }
    return problems;
}

} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void everyControlHasAName();
    void dialogsHaveNames();
    void tabReachesEveryControlInReadingOrder();
    void statusColoursReadOnLightAndDark();
    void fitsAt200Percent();

private:
    void open(MainWindow &window, const QString &role);
    SandboxProcess m_sandbox;
};

void TestAccessibility::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("BillingConsoleTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_accessibility"));
    qputenv("BC_NO_EMBEDDED_CHECKOUT", "1");
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.error()));
}

void TestAccessibility::open(MainWindow &window, const QString &role)
{
    QVERIFY(openProfile(window, sandboxProfile(m_sandbox, role)));
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
}

void TestAccessibility::everyControlHasAName()
{
    QTemporaryDir dir;
    LocalStore store(dir.filePath(QStringLiteral("console.db")));
    MainWindow window(&store);
    open(window, QStringLiteral("super_admin"));
    QStringList unnamed;
    for (QWidget *w : reachable(&window))
        if (accessibleName(w).isEmpty())
            unnamed << describe(w) + QStringLiteral(" (main window)");
    for (Pane *shown : window.panes()) {
        if (!window.isPaneShown(shown->id()))
            continue;
        window.showPane(shown->id());
        QTRY_VERIFY(shown->isVisible());
        QCoreApplication::processEvents(); // the pane's deferred keyboard set-up
        QWidget *pane = window.findChild<QStackedWidget *>()->currentWidget();
        for (QWidget *w : reachable(pane))
            if (accessibleName(w).isEmpty())
                unnamed << describe(w) + QStringLiteral(" (") + shown->info().title + u')';
    }
    unnamed.removeDuplicates();
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u'\n')));
}

void TestAccessibility::dialogsHaveNames()
{
    MainWindow window;
    open(window, QStringLiteral("super_admin"));
    // The dialogs a Super Admin opens from panes: each is checked as it is open.
    QList<std::function<void()>> openers{
        [&] { window.openPreferences(); },
        [&] { window.pane<CouponsPane>()->createCoupon(); },
        [&] { window.pane<CouponsPane>()->checkCoupon(); },
        [&] { window.pane<PlansPane>()->editPlan(nullptr); },
        [&] { window.pane<SubscriptionsPane>()->editSubscription(); },
        [&] { window.pane<CreditLedgerPane>()->editCheckin(); },
    };
    QSignalSpy loaded(window.pane<SubscriptionsPane>(), &SubscriptionsPane::loaded);
    QVERIFY(loaded.count() || loaded.wait(10000)); // a subscription is selected to edit
    QStringList unnamed;
    for (const auto &openDialog : openers) {
        openDialog();
        QDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget())) != nullptr
            || (dialog = window.findChild<QDialog *>()) != nullptr);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        if (dialog->windowTitle().isEmpty())
            unnamed << QStringLiteral("a dialog without a title");
        for (QWidget *w : reachable(dialog))
            if (accessibleName(w).isEmpty())
                unnamed << describe(w) + QStringLiteral(" in “") + dialog->windowTitle() + u'”';
        // The dialog starts on its first field and Tab walks it in reading order.
        QVERIFY(!reachable(dialog).isEmpty());
        QWidget *initial = dialog->focusWidget();
        QVERIFY2(initial && !qobject_cast<QPushButton *>(initial),
            qPrintable(dialog->windowTitle() + QStringLiteral(" opens on ")
                + (initial ? describe(initial) : QStringLiteral("nothing"))));
        unnamed << tabProblems(dialog, initial, dialog->windowTitle());
        dialog->reject();
        delete dialog;
    }
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u'\n')));
}

void TestAccessibility::tabReachesEveryControlInReadingOrder()
{
    MainWindow window;
    open(window, QStringLiteral("super_admin"));
    QStringList problems;
    for (Pane *shown : window.panes()) {
        if (!window.isPaneShown(shown->id()))
            continue;
        window.showPane(shown->id());
        QTRY_VERIFY(shown->isVisible());
        QCoreApplication::processEvents(); // the pane's deferred keyboard set-up
        QWidget *pane = window.findChild<QStackedWidget *>()->currentWidget();
        // Start on the pane list, as a keyboard user arriving with Ctrl+<n> does, and Tab on.
        problems << tabProblems(
            pane, window.findChild<QListWidget *>(QStringLiteral("navigation")), shown->info().title);
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void TestAccessibility::statusColoursReadOnLightAndDark()
{
    const QPalette original = QApplication::palette();
    for (const QString &theme : {QStringLiteral("light"), QStringLiteral("dark")}) {
        theme::apply(theme);
        const QColor base = QApplication::palette().color(QPalette::Base);
        for (SubscriptionStatus s : {SubscriptionStatus::Active, SubscriptionStatus::PastDue,
                 SubscriptionStatus::Halted, SubscriptionStatus::Cancelled, SubscriptionStatus::Paused}) {
            const QColor fg = SubscriptionTableModel::statusColour(s);
            const QColor shown = fg.isValid() ? fg : QApplication::palette().color(QPalette::Text);
            QVERIFY2(contrast(shown, base) >= 4.5,
                qPrintable(QStringLiteral("%1 on %2 (%3): %4:1")
                               .arg(shown.name(), base.name(), theme)
                               .arg(contrast(shown, base), 0, 'f', 2)));
        }
        for (theme::Tone tone :
            {theme::Tone::Positive, theme::Tone::Warning, theme::Tone::Negative, theme::Tone::Muted})
            QVERIFY2(contrast(theme::colour(tone), base) >= 4.5,
                qPrintable(QStringLiteral("tone %1 %2 on %3 (%4)")
                               .arg(int(tone))
                               .arg(theme::colour(tone).name(), base.name(), theme)));
    }
    QApplication::setPalette(original);
    theme::apply({});
}

void TestAccessibility::fitsAt200Percent()
{
    // A 1920 x 1080 screen at 200 % is 960 x 540 device-independent pixels.
    MainWindow window;
    open(window, QStringLiteral("owner"));
    const QSize minimum = window.minimumSizeHint().expandedTo(window.minimumSize());
    QStringList panes;
    for (Pane *pane : window.panes()) {
        panes << QStringLiteral("%1 %2x%3")
                     .arg(pane->info().title)
                     .arg(pane->minimumSizeHint().width())
                     .arg(pane->minimumSizeHint().height());
    }
    QVERIFY2(minimum.width() <= 960 && minimum.height() <= 540,
        qPrintable(QStringLiteral("the window needs at least %1 x %2; panes: %3")
                       .arg(minimum.width())
                       .arg(minimum.height())
                       .arg(panes.join(QStringLiteral(", ")))));
    window.resize(960, 540);
    for (Pane *shown : window.panes()) {
        if (!window.isPaneShown(shown->id()))
            continue;
        window.showPane(shown->id());
        QTRY_VERIFY(shown->isVisible());
        QCoreApplication::processEvents();
        QWidget *pane = window.findChild<QStackedWidget *>()->currentWidget();
        QVERIFY2(pane->minimumSizeHint().width() <= 960 - 150,
            qPrintable(shown->info().title + QStringLiteral(" needs %1 px").arg(pane->minimumSizeHint().width())));
    }
}

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
