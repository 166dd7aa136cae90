#include "appicon.h"

#include <QLinearGradient>
#include <QPainter>
#include <QPainterPath>

namespace bc {

QImage paintAppIcon(int size)
{
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.scale(size / 64.0, size / 64.0); // drawn on a 64-unit grid, like the SVG

    QLinearGradient tile(0, 0, 0, 64);
    tile.setColorAt(0, QColor(0x2B, 0x57, 0x8C));
    tile.setColorAt(1, QColor(0x1F, 0x3A, 0x5F));
    p.setPen(Qt::NoPen);
    p.setBrush(tile);
    p.drawRoundedRect(QRectF(2, 2, 60, 60), 12, 12);

    // The receipt, with a torn edge at the bottom.
    QPainterPath receipt;
    receipt.moveTo(16, 10);
    receipt.lineTo(48, 10);
    receipt.lineTo(48, 50);
    for (int i = 0; i < 4; ++i) {
        receipt.lineTo(48 - 4 - 8 * i, 54);
        receipt.lineTo(48 - 8 - 8 * i, 50);
    }
    receipt.closeSubpath();
    p.setBrush(QColor(0xF7, 0xF9, 0xFC));
    p.drawPath(receipt);

    p.setBrush(QColor(0x9A, 0xAB, 0xC2));
    for (const QRectF &line : {QRectF(21, 17, 22, 3), QRectF(21, 24, 16, 3), QRectF(21, 31, 19, 3)})
        p.drawRoundedRect(line, 1.5, 1.5);

    // The paid mark.
    p.setBrush(QColor(0x1B, 0x9E, 0x55));
    p.drawEllipse(QPointF(44, 44), 11, 11);
    QPen tick(Qt::white, 3.2, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    p.setPen(tick);
    p.setBrush(Qt::NoBrush);
    p.drawPolyline(QPolygonF({QPointF(39, 44), QPointF(42.5, 47.5), QPointF(49, 40.5)}));
    return image;
}

QIcon appIcon()
{
    QIcon icon;
    for (int size : {16, 24, 32, 48, 64, 128, 256})
        icon.addPixmap(QPixmap::fromImage(paintAppIcon(size)));
    return icon;
}

} // namespace bc
