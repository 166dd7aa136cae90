#include "theme.h"

#include "core/preferences.h"

#include <QApplication>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>

namespace bc::theme {

namespace {

const char *const kKey = "theme";

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x26, 0x29, 0x2E), base(0x1C, 0x1E, 0x22), text(0xE8, 0xEA, 0xED), disabled(0x8A, 0x8F, 0x98);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x24, 0x27, 0x2C));
    p.setColor(QPalette::ToolTipBase, QColor(0x32, 0x36, 0x3C));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, disabled);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x30, 0x34, 0x3A));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xFF, 0x8A, 0x80));
    p.setColor(QPalette::Light, QColor(0x40, 0x44, 0x4B));
    p.setColor(QPalette::Midlight, QColor(0x36, 0x3A, 0x40));
    p.setColor(QPalette::Mid, QColor(0x2A, 0x2D, 0x32));
    p.setColor(QPalette::Dark, QColor(0x15, 0x17, 0x1A));
    p.setColor(QPalette::Shadow, Qt::black);
    p.setColor(QPalette::Highlight, QColor(0x3D, 0x7E, 0xD8));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x8A, 0xB4, 0xF8));
    p.setColor(QPalette::LinkVisited, QColor(0xC5, 0x8A, 0xF9));
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabled);
    return p;
}

struct Original
{
    QString style;
    QPalette palette;
    bool saved = false;
};
Original &original()
{
    static Original o;
    return o;
}

} // namespace

QString preferred()
{
    return preference(kKey);
}

void setPreferred(const QString &code)
{
    setPreference(kKey, code);
}

void apply(const QString &code)
{
    Original &o = original();
    if (!o.saved) {
        o.style = QApplication::style()->name();
        o.palette = QApplication::palette();
        o.saved = true;
    }
    if (code == QLatin1String("dark")) {
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(darkPalette());
    } else if (code == QLatin1String("light")) {
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(QApplication::style()->standardPalette());
    } else {
        QApplication::setStyle(QStyleFactory::create(o.style));
        QApplication::setPalette(o.palette);
    }
}

bool isDark()
{
    return paletteIsDark();
}

} // namespace bc::theme
