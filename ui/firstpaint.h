#pragma once

// The moment a window has first been painted, for start-up measurements (bench/startup_bench):
// with BILLING_CONSOLE_QUIT_AFTER_FIRST_PAINT set, the console writes "first-paint <ns>" to stderr
// (the steady clock, which on Linux is CLOCK_MONOTONIC and so comparable across processes) once
// its main window's first paint has been flushed, then quits. Header-only so that the bench's bare
// QMainWindow, built beside it, is timed by the same code without linking the console's layers.

#include <QCoreApplication>
#include <QEvent>
#include <QObject>
#include <QWidget>

#include <chrono>
#include <cstdio>

namespace bc {

class FirstPaintProbe : public QObject
{
public:
    explicit FirstPaintProbe(QWidget *window)
        : QObject(window)
    {
        window->installEventFilter(this);
    }

    static bool wanted() { return qEnvironmentVariableIsSet("BILLING_CONSOLE_QUIT_AFTER_FIRST_PAINT"); }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_seen) {
            m_seen = true;
            watched->removeEventFilter(this);
            // Queued: runs once this paint and the backing store's flush that follows it are done.
            QMetaObject::invokeMethod(
                QCoreApplication::instance(),
                [] {
                    const auto ns = std::chrono::duration_cast<std::chrono::nanoseconds>(
                        std::chrono::steady_clock::now().time_since_epoch());
                    std::fprintf(stderr, "first-paint %lld\n", static_cast<long long>(ns.count()));
                    std::fflush(stderr);
                    QCoreApplication::exit(0);
                },
                Qt::QueuedConnection);
        }
        return false;
    }

private:
    bool m_seen = false;
};

} // namespace bc
