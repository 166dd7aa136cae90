#pragma once

#include <Qt>

namespace bc {

// Roles shared by the console's item models.
enum ItemDataRole {
    IdRole = Qt::UserRole + 1, // the row's server id
    SortRole, // a value that sorts correctly (minor units, epoch seconds)
    StatusRole, // the wire status string, for filters and colouring
};

} // namespace bc
