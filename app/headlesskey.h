#pragma once

#include "store/connectionprofile.h"

#include <QString>

#include <optional>

namespace bc {
class Session;
}
class QCommandLineOption;
class QCommandLineParser;

// The API key a headless command is given, without it ever being on the command line: from
// --key-stdin (one line on standard input), --key-file FILE (refused unless only its owner may
// read it), or the BILLING_CONSOLE_API_KEY environment variable, in that order. nullopt with
// *error when a source was named but cannot be used; an empty key when none was given.
std::optional<QString> headlessKey(const QCommandLineParser &parser, const QCommandLineOption &keyStdin,
    const QCommandLineOption &keyFile, QString *error);

// "--key-stdin" and "--key-file FILE", as every headless command spells them.
QCommandLineOption keyStdinOption();
QCommandLineOption keyFileOption();

// The saved profile named (or of the role named), with the key from --key-stdin, --key-file or
// BILLING_CONSOLE_API_KEY, else the keychain's; nullopt with the exit code (*failure) after saying
// why on standard error, each message starting with `command`.
std::optional<bc::ConnectionProfile> savedProfile(const char *command, const QString &wanted,
    const QCommandLineParser &parser, const QCommandLineOption &keyStdin, const QCommandLineOption &keyFile,
    int *failure);

// The same application and organisation names (and version) as the console, so a headless command
// finds the console's saved profiles, keychain entries and local store.
void nameHeadlessApplication();

// Waits until the session's server answered and the changes an earlier run left in the outbox (a
// row in flight when it was killed) were sent: what the command sends then follows them, never
// overtakes them. False after saying why on standard error, the message starting with `command`.
bool awaitSession(bc::Session &session, const char *command);
