#include "checkoutlauncher.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QPluginLoader>

namespace bc {

namespace {
QPluginLoader *loader()
{
    static QPluginLoader *instance = nullptr;
    if (!instance)
        instance = new QPluginLoader(CheckoutLauncher::pluginPath(), qApp);
    return instance;
}
} // namespace

QString CheckoutLauncher::pluginPath()
{
    if (const QString given = qEnvironmentVariable("BC_CHECKOUT_PLUGIN"); !given.isEmpty())
        return given;
    const QString dir = QCoreApplication::applicationDirPath();
    const QStringList candidates = {dir + QStringLiteral("/plugins/libbilling-checkout.so"),
        dir + QStringLiteral("/../lib/billing-console/libbilling-checkout.so")};
    for (const QString &candidate : candidates)
        if (QFileInfo::exists(candidate))
            return QFileInfo(candidate).canonicalFilePath();
    return dir + QStringLiteral("/plugins/libbilling-checkout.so");
}

bool CheckoutLauncher::isLoaded()
{
    return loader()->isLoaded();
}

QDialog *CheckoutLauncher::open(const CheckoutRequest &request, QWidget *parent, QString *error)
{
    auto *factory = qobject_cast<CheckoutFactory *>(loader()->instance());
    if (!factory) {
        if (error)
            *error = QCoreApplication::translate("CheckoutLauncher", "The embedded checkout could not be loaded (%1).")
                         .arg(loader()->errorString());
        return nullptr;
    }
    return factory->createCheckout(request, parent);
}

} // namespace bc
