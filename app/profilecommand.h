#pragma once

// `billing-console profile add|list|remove|test …`: connection profiles without a window, for IT
// provisioning many desktops and for scripts. Returns the process exit code (0 ok, 1 the
// connection does not work or is not there, 2 bad usage).
int runProfileCommand(int argc, char *argv[]);
