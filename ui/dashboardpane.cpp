#include "dashboardpane.h"

#include "messagebar.h"
#include "rolepolicy.h"

#include "api/pager.h"
#include "core/session.h"
#include "models/dates.h"
#include "models/subscriptiontablemodel.h"
#include "models/tone.h"
#include "models/words.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QGridLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineSeries>
#include <QScrollArea>
#include <QStackedBarSeries>
#include <QTableWidget>
#include <QValueAxis>
#include <QVBoxLayout>

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
    return view;
}

// "2026-08" -> "Aug 26" in the user's language: month labels that fit under a bar.
QStringList monthLabels(const QStringList &months)
{
    QStringList labels;
    for (const QString &m : months) {
        const QDate d = QDate::fromString(m + QStringLiteral("-01"), Qt::ISODate);
        labels << (d.isValid() ? QLocale().toString(d, QStringLiteral("MMM yy")) : m);
    }
    return labels;
}

void replaceSeries(QChartView *view, QAbstractSeries *series, const QStringList &categories, const QString &valueTitle)
{
    QChart *chart = view->chart();
    chart->removeAllSeries();
    for (QAbstractAxis *a : chart->axes())
        chart->removeAxis(a);
    chart->addSeries(series);
    auto *x = new QBarCategoryAxis;
    x->append(categories);
    if (categories.size() > 6)
        x->setLabelsAngle(-45); // a year of months fits under the bars
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    auto *y = new QValueAxis;
    y->setTitleText(valueTitle);
    y->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    y->applyNiceNumbers();
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

DashboardPane::DashboardPane(Session *session, QWidget *parent)
    : Pane(session, {QStringLiteral("dashboard"), tr("Dashboard"), Family::OrgBilling, {}}, parent)
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
    m_revenue = chartView(content, tr("Revenue by month (captured payments)"));
    m_statuses = chartView(content, tr("Subscriptions by plan and status"));
    m_credits = chartView(content, tr("Credits granted and used by month"));
    grid->addWidget(m_revenue, 0, 0);
    grid->addWidget(m_statuses, 0, 1);
    grid->addWidget(m_credits, 1, 0);
    auto *lists = new QWidget(content);
    auto *listsLayout = new QVBoxLayout(lists);
    listsLayout->setContentsMargins(0, 0, 0, 0);
    listsLayout->addWidget(new QLabel(tr("<b>Past due</b> — payment failed, service at risk"), lists));
    m_pastDue = watchlist(lists, QStringLiteral("pastDueList"));
    m_pastDue->setAccessibleName(tr("Past due subscriptions"));
    listsLayout->addWidget(m_pastDue);
    listsLayout->addWidget(new QLabel(tr("<b>Cancelling at period end</b> — still time to talk"), lists));
    m_cancelling = watchlist(lists, QStringLiteral("cancellingList"));
    m_cancelling->setAccessibleName(tr("Subscriptions cancelling at period end"));
    listsLayout->addWidget(m_cancelling);
    grid->addWidget(lists, 1, 1);
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
    if (policy::allows(role, policy::Action::ExportPayments)) {
        ++m_pending;
        m_session->orgBilling()->revenueByMonth(this, [this](const ApiResult<QList<MonthlyAmount>> &r) {
            noteFetched(r.fetchedAt);
            if (!r.ok()) {
                messageBar()->show(MessageBar::Kind::Error, r.error.humanMessage());
                partLoaded();
                return;
            }
            // One bar set per currency; bars in major units (rounded down: a chart, not a ledger).
            QStringList months;
            QMap<QString, QMap<QString, qint64>> byCurrency;
            for (const MonthlyAmount &m : r.value) {
                if (!months.contains(m.month))
                    months << m.month;
                byCurrency[m.amount.currency()][m.month] += m.amount.minorUnits();
            }
            std::sort(months.begin(), months.end());
            months = months.mid(std::max<qsizetype>(0, months.size() - 12));
            auto *series = new QBarSeries;
            for (auto it = byCurrency.cbegin(); it != byCurrency.cend(); ++it) {
                auto *set = new QBarSet(it.key());
                qint64 unit = 1;
                for (int i = 0; i < Money::fromMinor(0, it.key()).exponent(); ++i)
                    unit *= 10;
                for (const QString &month : std::as_const(months))
                    set->append(qreal(it.value().value(month) / unit)); // display only: whole major units
                series->append(set);
            }
            replaceSeries(static_cast<QChartView *>(m_revenue), series, monthLabels(months), tr("Revenue"));
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
            auto *x = new QBarCategoryAxis;
            x->append(monthLabels(months));
            auto *y = new QValueAxis;
            y->setLabelFormat(QStringLiteral("%.0f"));
            y->setRange(0, qreal(highest) * 1.1); // both lines from zero, so their gap reads true
            chart->addAxis(x, Qt::AlignBottom);
            chart->addAxis(y, Qt::AlignLeft);
            for (QAbstractSeries *s : {static_cast<QAbstractSeries *>(granted), static_cast<QAbstractSeries *>(used)}) {
                s->attachAxis(x);
                s->attachAxis(y);
            }
            y->applyNiceNumbers();
            y->setMin(0);
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
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        auto *set = new QBarSet(label(it.key()));
        for (const QString &plan : std::as_const(plans))
            set->append(it.value().value(plan));
        series->append(set);
    }
    replaceSeries(static_cast<QChartView *>(m_statuses), series, plans, tr("Subscriptions"));

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
}

} // namespace bc
