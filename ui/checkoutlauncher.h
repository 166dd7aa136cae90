#pragma once

#include "checkoutinterface.h"

namespace bc {

// Loads the checkout plugin on first use and opens checkouts with it.
class CheckoutLauncher
{
public:
    // Null (and *error set) when the plugin cannot be loaded.
    static QDialog *open(const CheckoutRequest &request, QWidget *parent, QString *error);
    static QString pluginPath();
    static bool isLoaded(); // whether QtWebEngine is in the process yet
};

} // namespace bc
