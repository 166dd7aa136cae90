#pragma once

// Timing helpers shared by the benches. StallWatch: how late the GUI thread's event loop runs a 5 ms timer: the longest the window would have been
// frozen during a phase, and how many times it was frozen for more than 50 ms. Shared by the
// benches that drive the console's models and panes.

#include <QElapsedTimer>
#include <QJsonObject>
#include <QTimer>

#include <algorithm>
#include <vector>

namespace bcbench {

inline double ms(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

// The median of `runs` timings of f(), in milliseconds.
template<typename F>
double medianMs(int runs, F f)
{
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        f();
        times.push_back(ms(t));
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

class StallWatch
{
public:
    StallWatch()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(kTick);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            const double gap = ms(m_since) - kTick;
            m_worst = std::max(m_worst, gap);
            if (gap > 50)
                ++m_over50;
            m_since.restart();
        });
    }
    void start()
    {
        m_worst = 0;
        m_over50 = 0;
        m_since.start();
        m_timer.start();
    }
    QJsonObject stop()
    {
        m_timer.stop();
        const double gap = ms(m_since) - kTick; // a stall that ends the phase counts too
        m_worst = std::max(m_worst, gap);
        return {{QStringLiteral("worst_gui_stall_ms"), m_worst}, {QStringLiteral("stalls_over_50ms"), m_over50}};
    }

private:
    static constexpr int kTick = 5;
    QTimer m_timer;
    QElapsedTimer m_since;
    double m_worst = 0;
    int m_over50 = 0;
};

} // namespace bcbench
