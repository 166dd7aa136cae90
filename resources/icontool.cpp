// bc-icon: writes the application icon as PNG at the given sizes (build step for packaging/).
//   bc-icon OUTDIR 16 32 48 ...   -> OUTDIR/<size>.png
#include "appicon.h"

#include <QDir>
#include <QGuiApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 3) {
        std::fprintf(stderr, "usage: bc-icon OUTDIR SIZE...\n");
        return 2;
    }
    QDir().mkpath(args.at(1));
    for (const QString &size : args.mid(2)) {
        const int px = size.toInt();
        if (px <= 0 || !bc::paintAppIcon(px).save(args.at(1) + QStringLiteral("/%1.png").arg(px)))
            return 1;
    }
    return 0;
}
