#pragma once

// Test helper: the console's window opened as a role of a real billing-sandbox, the way a person
// picks a profile. Shared by every test that drives MainWindow.

#include "sandboxprocess.h"

#include "store/connectionprofile.h"

namespace bc {
class MainWindow;
}

namespace bctest {

// A profile for `role` of the demo sandbox, speaking `families` (all four by default), with the
// platform company and extension when the platform family is among them.
bc::ConnectionProfile sandboxProfile(const SandboxProcess &sandbox, const QString &role,
    const QList<bc::Family> &families = {
        bc::Family::OrgBilling, bc::Family::Credits, bc::Family::Platform, bc::Family::Tier});

// Opens the profile in the window and waits until the session is ready; false after timeoutMs.
bool openProfile(bc::MainWindow &window, const bc::ConnectionProfile &profile, int timeoutMs = 10000);

} // namespace bctest
