#include "dashboardpane.h"

#include "messagebar.h"
#include "rolepolicy.h"

#include "api/pager.h"
#include "core/session.h"
#include "models/dates.h"
#include "models/figures.h"
#include "models/subscriptiontablemodel.h"
#include "models/tone.h"
#include "models/words.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QFrame>
#include <QGridLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineSeries>
#include <QScrollArea>
#include <QStackedBarSeries>
#include <QTableWidget>
#include <QVBoxLayout>

#include <limits>

namespace bc {

namespace {

QChartView *chartView(QWidget *parent, const QString &title)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setTheme(paletteIsDark() ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    auto *view = new QChartView(chart, parent);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(240);
    view->setAccessibleName(title);
    // A chart is read, not operated: Tab goes from one watchlist or control to the next, and
    // screen readers still find the chart by its name.
    view->setFocusPolicy(Qt::NoFocus);
    return view;
}

// "2026-08" -> "Aug" in the user's language: labels that fit under a bar without turning (the
// chart's title gives the span and says when the last month is still open, monthSpan()).
QStringList monthLabels(const QStringList &months)
{
    QStringList labels;
    for (qsizetype i = 0; i < months.size(); ++i) {
        const QDate d = QDate::fromString(months.at(i) + QStringLiteral("-01"), Qt::ISODate);
        QString text = d.isValid() ? QLocale().toString(d, QStringLiteral("MMM")) : months.at(i);
        if (labels.contains(text)) // a category axis needs each label once: months a year apart
            text = QLocale().toString(d, QStringLiteral("MMM yy"));
        labels << text;
    }
    return labels;
}

// Twelve three-letter months fit under their bars at the dashboard's half width: a size smaller.
void fitMonthLabels(QBarCategoryAxis *x)
{
    QFont font = x->labelsFont();
    font.setPointSizeF(QFont().pointSizeF() * 0.85);
    x->setLabelsFont(font);
    x->setTruncateLabels(false); // Qt Charts cut the first month to "Jan..." though it fits
}

// "Dec 2025 – Nov 2026": the months a chart covers.
QString monthSpan(const QStringList &months)
{
    if (months.isEmpty())
        return {};
    const auto month = [](const QString &m) {
        return QLocale().toString(
            QDate::fromString(m + QStringLiteral("-01"), Qt::ISODate), QStringLiteral("MMM yyyy"));
    };
    QString span = months.size() == 1 ? month(months.first())
                                      : DashboardPane::tr("%1 – %2").arg(month(months.first()), month(months.last()));
    // The month still open is not a month's figure yet: the title says so (its bar is lighter).
    if (months.last() == QDate::currentDate().toString(QStringLiteral("yyyy-MM")))
        span = DashboardPane::tr("%1, %2 so far").arg(span, month(months.last()));
    return span;
}

// A value axis with round ticks from zero, labelled in the reader's digits with grouping
// ("40,000 INR" for money, "8" for counts): whole numbers only.
QCategoryAxis *valueAxis(qint64 highest, const QString &unit)
{
    auto *y = new QCategoryAxis;
    y->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    const QList<qint64> ticks = niceTicks(highest);
    for (qint64 t : ticks) {
        const QString text =
            unit.isEmpty() ? QLocale().toString(t) : DashboardPane::tr("%1 %2").arg(QLocale().toString(t), unit);
        y->append(text, qreal(t));
    }
    y->setRange(0, qreal(ticks.last()));
    y->setStartValue(0);
    return y;
}

void replaceSeries(QChartView *view, QAbstractSeries *series, const QStringList &categories, QAbstractAxis *y)
{
    QChart *chart = view->chart();
    chart->removeAllSeries();
    for (QAbstractAxis *a : chart->axes())
        chart->removeAxis(a);
    chart->addSeries(series);
    auto *x = new QBarCategoryAxis;
    x->append(categories);
    fitMonthLabels(x);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
}

// One figure: a large value over its caption ("₹1,23,000.00" over "MRR").
QWidget *figure(const QString &value, const QString &caption, QWidget *parent)
{
    auto *box = new QFrame(parent);
    box->setFrameShape(QFrame::StyledPanel);
    auto *column = new QVBoxLayout(box);
    auto *number = new QLabel(value, box);
    QFont big = number->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    number->setFont(big);
    number->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *words = new QLabel(caption, box);
    words->setWordWrap(true);
    column->addWidget(number);
    column->addWidget(words);
    box->setAccessibleName(caption + QStringLiteral(": ") + value);
    return box;
}

QTableWidget *watchlist(QWidget *parent, const QString &name)
{
    auto *table = new QTableWidget(0, 4, parent);
    table->setObjectName(name);
    table->setHorizontalHeaderLabels(
        {QObject::tr("Organisation"), QObject::tr("Plan"), QObject::tr("Amount"), QObject::tr("Period ends")});
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    return table;
}

} // namespace

PaneInfo DashboardPane::describe()
{
    return {QStringLiteral("dashboard"), tr("Dashboard"), Family::OrgBilling, {}};
}

DashboardPane::DashboardPane(Session *session, QWidget *parent)
    : Pane(session, describe(), parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(messageBar());
    // The charts and lists scroll when the window is small (200 % scaling on a laptop).
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus); // the charts and lists inside take focus themselves
    auto *content = new QWidget(scroll);
    auto *grid = new QGridLayout(content);
    grid->setContentsMargins(0, 0, 0, 0);
    // The figures first: recurring revenue per currency, this month's movements, what is owed.
    m_figures = new QWidget(content);
    m_figures->setObjectName(QStringLiteral("figures"));
    m_figuresLayout = new QGridLayout(m_figures);
    m_figuresLayout->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(m_figures, 0, 0, 1, 2);
    // One revenue chart per currency (never rupees and dollars on one axis).
    m_revenue = new QWidget(content);
    m_revenue->setObjectName(QStringLiteral("revenueCharts"));
    new QVBoxLayout(m_revenue);
    m_revenue->layout()->setContentsMargins(0, 0, 0, 0);
    m_statuses = chartView(content, tr("Subscriptions by plan and status"));
    m_credits = chartView(content, tr("Credits granted and used by month"));
    grid->addWidget(m_revenue, 1, 0);
    grid->addWidget(m_statuses, 1, 1);
    grid->addWidget(m_credits, 2, 0);
    auto *lists = new QWidget(content);
    auto *listsLayout = new QVBoxLayout(lists);
    listsLayout->setContentsMargins(0, 0, 0, 0);
    listsLayout->addWidget(new QLabel(tr("<b>Past due</b> — payment failed, service at risk"), lists));
    m_pastDue = watchlist(lists, QStringLiteral("pastDueList"));
    m_pastDue->setAccessibleName(tr("Past due subscriptions"));
    m_pastDueEmpty = new QLabel(tr("Nothing past due: every subscription's last payment went through."), lists);
    m_pastDueEmpty->setWordWrap(true);
    listsLayout->addWidget(m_pastDue);
    listsLayout->addWidget(m_pastDueEmpty);
    listsLayout->addWidget(new QLabel(tr("<b>Cancelling at period end</b> — still time to talk"), lists));
    m_cancelling = watchlist(lists, QStringLiteral("cancellingList"));
    m_cancelling->setAccessibleName(tr("Subscriptions cancelling at period end"));
    m_cancellingEmpty = new QLabel(tr("No subscription is set to cancel at the end of its period."), lists);
    m_cancellingEmpty->setWordWrap(true);
    listsLayout->addWidget(m_cancelling);
    listsLayout->addWidget(m_cancellingEmpty);
    listsLayout->addStretch();
    grid->addWidget(lists, 2, 1);
    scroll->setWidget(content);
    layout->addWidget(scroll, 1);
}

int DashboardPane::pastDueCount() const
{
    return m_pastDue->rowCount();
}

int DashboardPane::cancellingCount() const
{
    return m_cancelling->rowCount();
}

void DashboardPane::noteFetched(const QDateTime &fetchedAt)
{
    if (fetchedAt.isValid() && (!m_staleSince.isValid() || fetchedAt < m_staleSince))
        m_staleSince = fetchedAt;
}

void DashboardPane::partLoaded()
{
    if (--m_pending == 0) {
        messageBar()->showFreshness(m_staleSince);
        emit loaded();
    }
}

void DashboardPane::refresh()
{
    if (!m_session->isReady())
        return;
    const Role role = m_session->role();
    m_pending = 0;
    m_staleSince = {};
    m_outstanding = {};
    m_outstandingCount = -1;
    // A chart the role cannot fill is not drawn empty: it is not there.
    m_revenue->setVisible(policy::allows(role, policy::Action::ExportPayments));
    m_credits->setVisible(m_session->credits() && policy::allows(role, policy::Action::AdjustCredits));
    if (policy::allows(role, policy::Action::ExportPayments)) {
        ++m_pending;
        m_session->orgBilling()->revenueByMonth(this, [this](const ApiResult<QList<MonthlyAmount>> &r) {
            noteFetched(r.fetchedAt);
            if (!r.ok()) {
                messageBar()->show(MessageBar::Kind::Error, r.error.humanMessage());
                partLoaded();
                return;
            }
            showRevenue(r.value);
            partLoaded();
        });
    }
    // What customers owe: the invoices with an amount due, where the server lists invoices.
    if (policy::allows(role, policy::Action::ReadInvoices) && m_session->offers(Extension::InvoiceList)) {
        ++m_pending;
        auto due = std::make_shared<MoneyTotals>();
        auto count = std::make_shared<int>(0);
        fetchAllPages<Invoice>(
            m_session->orgBilling()->invoicePages({}, std::nullopt), this,
            [due, count](const QList<Invoice> &page) {
                for (const Invoice &i : page)
                    if (i.amountDue.isValid() && i.amountDue.minorUnits() > 0 && i.status != InvoiceStatus::Cancelled
                        && i.status != InvoiceStatus::Void) {
                        due->add(i.amountDue);
                        ++*count;
                    }
            },
            [this, due, count](const PagerResult &result) {
                noteFetched(result.staleSince);
                if (result.ok()) {
                    m_outstanding = *due;
                    m_outstandingCount = *count;
                    showFigures();
                }
                partLoaded();
            });
    }
    if (policy::allows(role, policy::Action::ListAllSubscriptions)) {
        ++m_pending;
        auto rows = std::make_shared<QList<Subscription>>();
        fetchAllPages<Subscription>(
            m_session->orgBilling()->subscriptionPages({}), this,
            [rows](const QList<Subscription> &page) { rows->append(page); },
            [this, rows](const PagerResult &result) {
                noteFetched(result.staleSince);
                if (result.ok())
                    showSubscriptions(*rows);
                else
                    messageBar()->show(MessageBar::Kind::Error, result.error.humanMessage());
                partLoaded();
            });
    } else {
        ++m_pending;
        m_session->orgBilling()->mySubscription(this, [this](const ApiResult<std::optional<Subscription>> &r) {
            noteFetched(r.fetchedAt);
            showSubscriptions(r.value ? QList<Subscription>{*r.value} : QList<Subscription>{});
            partLoaded();
        });
    }
    if (m_session->credits() && policy::allows(role, policy::Action::AdjustCredits)) {
        ++m_pending;
        m_session->credits()->summaryByMonth(this, [this](const ApiResult<QList<CreditsConnector::MonthlyCredits>> &r) {
            noteFetched(r.fetchedAt);
            QStringList months;
            qint64 highest = 0;
            auto *granted = new QLineSeries;
            granted->setName(tr("Granted"));
            auto *used = new QLineSeries;
            used->setName(tr("Used"));
            const QList<CreditsConnector::MonthlyCredits> last =
                r.value.mid(std::max<qsizetype>(0, r.value.size() - 12));
            for (qsizetype i = 0; i < last.size(); ++i) {
                months << last.at(i).month;
                granted->append(qreal(i), qreal(last.at(i).granted));
                used->append(qreal(i), qreal(last.at(i).used));
                highest = std::max({highest, last.at(i).granted, last.at(i).used});
            }
            QChart *chart = static_cast<QChartView *>(m_credits)->chart();
            chart->removeAllSeries();
            for (QAbstractAxis *a : chart->axes())
                chart->removeAxis(a);
            chart->addSeries(granted);
            chart->addSeries(used);
            chart->setTitle(tr("Credits granted and used by month, %1").arg(monthSpan(months)));
            auto *x = new QBarCategoryAxis;
            x->append(monthLabels(months));
            fitMonthLabels(x);
            // Both lines from zero, so their gap reads true; ticks in grouped whole credits.
            QCategoryAxis *y = valueAxis(highest, QString());
            chart->addAxis(x, Qt::AlignBottom);
            chart->addAxis(y, Qt::AlignLeft);
            for (QAbstractSeries *s : {static_cast<QAbstractSeries *>(granted), static_cast<QAbstractSeries *>(used)}) {
                s->attachAxis(x);
                s->attachAxis(y);
            }
            partLoaded();
        });
    }
}

void DashboardPane::showSubscriptions(const QList<Subscription> &subscriptions)
{
    QStringList plans;
    QMap<SubscriptionStatus, QMap<QString, int>> counts;
    for (const Subscription &s : subscriptions) {
        if (!plans.contains(s.planName))
            plans << s.planName;
        counts[s.status][s.planName] += 1;
    }
    auto *series = new QStackedBarSeries;
    QMap<QString, int> perPlan;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        auto *set = new QBarSet(label(it.key()));
        for (const QString &plan : std::as_const(plans)) {
            set->append(it.value().value(plan));
            perPlan[plan] += it.value().value(plan);
        }
        series->append(set);
    }
    int tallest = 0;
    for (int n : std::as_const(perPlan))
        tallest = std::max(tallest, n);
    QCategoryAxis *y = valueAxis(tallest, QString()); // whole subscriptions
    y->setTitleText(tr("Subscriptions"));
    replaceSeries(static_cast<QChartView *>(m_statuses), series, plans, y);
    m_subscriptionFigures = subscriptionFigures(subscriptions, QDate::currentDate());
    m_haveSubscriptions = true;
    showFigures();

    auto fill = [](QTableWidget *table, const QList<Subscription> &rows) {
        table->setRowCount(int(rows.size()));
        for (int r = 0; r < rows.size(); ++r) {
            const Subscription &s = rows.at(r);
            const QStringList cells = {
                s.orgName, s.planName, s.amount.toDisplayString(), shortDate(s.currentPeriodEnd)};
            for (int c = 0; c < cells.size(); ++c)
                table->setItem(r, c, new QTableWidgetItem(cells.at(c)));
        }
        table->resizeColumnsToContents();
    };
    QList<Subscription> pastDue;
    QList<Subscription> cancelling;
    for (const Subscription &s : subscriptions) {
        if (s.status == SubscriptionStatus::PastDue)
            pastDue << s;
        if (s.cancelAtPeriodEnd && s.status == SubscriptionStatus::Active)
            cancelling << s;
    }
    fill(m_pastDue, pastDue);
    fill(m_cancelling, cancelling);
    // An empty watchlist says so in words rather than showing an empty table.
    m_pastDue->setVisible(!pastDue.isEmpty());
    m_pastDueEmpty->setVisible(pastDue.isEmpty());
    m_cancelling->setVisible(!cancelling.isEmpty());
    m_cancellingEmpty->setVisible(cancelling.isEmpty());
}

void DashboardPane::showRevenue(const QList<MonthlyAmount> &amounts)
{
    // One chart per currency; bars in whole major units (a chart, not a ledger: the amounts
    // themselves stay exact in the Payments pane).
    QStringList months;
    QMap<QString, QMap<QString, qint64>> byCurrency;
    for (const MonthlyAmount &m : amounts) {
        if (!months.contains(m.month))
            months << m.month;
        qint64 &sum = byCurrency[m.amount.currency()][m.month];
        // A bar past int64 is drawn at the top of the scale rather than wrapped.
        sum = m.amount.plus(Money::fromMinor(sum, m.amount.currency()))
                  .value_or(Money::fromMinor(std::numeric_limits<qint64>::max(), m.amount.currency()))
                  .minorUnits();
    }
    std::sort(months.begin(), months.end());
    months = months.mid(std::max<qsizetype>(0, months.size() - 12));
    const QString current = QDate::currentDate().toString(QStringLiteral("yyyy-MM"));
    while (QLayoutItem *item = m_revenue->layout()->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (auto it = byCurrency.cbegin(); it != byCurrency.cend(); ++it) {
        QChartView *view =
            chartView(m_revenue, tr("Revenue in %1 by month, %2 (captured payments)").arg(it.key(), monthSpan(months)));
        view->setObjectName(QStringLiteral("revenueChart") + it.key());
        qint64 unit = 1;
        for (int i = 0; i < Money::fromMinor(0, it.key()).exponent(); ++i)
            unit *= 10;
        auto *set = new QBarSet(it.key());
        qint64 highest = 0;
        for (const QString &month : std::as_const(months)) {
            const qint64 whole = it.value().value(month) / unit;
            highest = std::max(highest, whole);
            set->append(qreal(whole)); // display only: whole major units
        }
        // The month still open is drawn lighter: its bar is not a month's revenue yet.
        set->setSelectedColor(set->color().lighter(150));
        if (const qsizetype open = months.indexOf(current); open >= 0) {
            set->setSelectedColor(QColor(QStringLiteral("#9ec5f0")));
            set->selectBar(int(open));
        }
        auto *series = new QBarSeries;
        series->append(set);
        view->chart()->legend()->hide();
        replaceSeries(view, series, monthLabels(months), valueAxis(highest, it.key()));
        m_revenue->layout()->addWidget(view);
    }
    if (byCurrency.isEmpty()) {
        auto *none = new QLabel(tr("No captured payments yet."), m_revenue);
        m_revenue->layout()->addWidget(none);
    }
}

void DashboardPane::showFigures()
{
    while (QLayoutItem *item = m_figuresLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    int cards = 0;
    // Four to a row, so the figures wrap instead of scrolling sideways at 200 %.
    const auto add = [this, &cards](const QString &value, const QString &caption) {
        m_figuresLayout->addWidget(figure(value, caption, m_figures), cards / 4, cards % 4);
        ++cards;
    };
    if (m_haveSubscriptions) {
        for (const CurrencyFigures &f : std::as_const(m_subscriptionFigures.currencies)) {
            if (f.tooLarge) {
                add(tr("too large to add"), tr("Recurring revenue in %1").arg(f.currency));
                continue;
            }
            add(f.mrr.toDisplayString(),
                tr("MRR in %1 (ARR %2) · %n paying", nullptr, f.paying).arg(f.currency, f.arr.toDisplayString()));
            if (f.pastDue > 0)
                add(f.pastDueAmount.toDisplayString(),
                    tr("past due in %1 · %n subscription(s)", nullptr, f.pastDue).arg(f.currency));
        }
        add(tr("%1 new · %2 churned")
                .arg(QLocale().toString(m_subscriptionFigures.newThisMonth),
                    QLocale().toString(m_subscriptionFigures.churnedThisMonth)),
            tr("subscriptions this month"));
    }
    if (m_outstandingCount >= 0)
        add(m_outstandingCount == 0 ? tr("Nothing") : m_outstanding.toDisplayString(),
            tr("outstanding on %n invoice(s)", nullptr, m_outstandingCount));
    m_figures->setVisible(cards > 0);
}

} // namespace bc
