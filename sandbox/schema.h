#pragma once

#include <QList>
#include <QStringList>

namespace bc::sandbox {

// Versioned migrations: element i is version i + 1. Never edit a released version; append.
const QList<QStringList> &migrations();

} // namespace bc::sandbox
