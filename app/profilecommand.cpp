#include "profilecommand.h"

#include "headlesskey.h"

#include "core/connectiontest.h"
#include "models/words.h"
#include "store/connectionprofile.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <cstdio>

using namespace bc;

namespace {

const char kUsage[] = "Connections to billing servers, for IT provisioning desktops and for scripts.\n\n"
                      "  billing-console profile add --name N --url URL --family org_billing|credits|platform|tier\n"
                      "                          --role R [--company-id C --extension-id E]\n"
                      "                          [--currency CUR --amount-units major|minor]\n"
                      "                          (--key-stdin | --key-file FILE | env BILLING_CONSOLE_API_KEY)\n"
                      "                          [--no-test]\n"
                      "      Tests the connection with the family's documented reads and saves it (its key in the\n"
                      "      keychain) when it works; exit 1 with the reason when it does not. A profile of the same\n"
                      "      name is replaced. --no-test saves without asking the server.\n"
                      "  billing-console profile list [--json]\n"
                      "  billing-console profile remove N\n"
                      "      Removes the connection and its key from the keychain.\n"
                      "  billing-console profile test N [--json] [--key-stdin | --key-file FILE]\n"
                      "      Exit 0 when the connection works, 1 otherwise, with the reason.\n\n"
                      "Roles: super_admin, owner, admin, member, support. --amount-units says how the server's bare\n"
                      "numbers are money (seed 002 shows \"price_monthly\": 999): minor (cents, the credits\n"
                      "service's usual) or major.";

void out(const QString &text)
{
    std::fprintf(stdout, "%s\n", qPrintable(text));
}

void err(const QString &text)
{
    std::fprintf(stderr, "billing-console profile: %s\n", qPrintable(text));
}

// Runs the connection test to its end.
ConnectionReport test(const ConnectionProfile &profile)
{
    ConnectionTest test;
    ConnectionReport report;
    QEventLoop loop;
    QObject::connect(&test, &ConnectionTest::finished, &loop, [&](const ConnectionReport &r) {
        report = r;
        loop.quit();
    });
    test.start(profile);
    loop.exec();
    return report;
}

void printReport(const ConnectionProfile &profile, const ConnectionReport &report, bool json)
{
    if (json) {
        out(QString::fromUtf8(QJsonDocument(report.toJson(profile)).toJson(QJsonDocument::Compact)));
        return;
    }
    for (const ConnectionReport::Line &line : report.lines) {
        const char *mark = line.kind == ConnectionReport::Line::Kind::Passed ? "ok  "
            : line.kind == ConnectionReport::Line::Kind::Failed              ? "FAIL"
                                                                             : "    ";
        out(QStringLiteral("%1 %2").arg(QLatin1String(mark), line.text));
    }
    out(report.works() ? QStringLiteral("%1 works.").arg(profile.name)
                       : QStringLiteral("%1 does not work: %2").arg(profile.name, report.failure));
}

int add(const QStringList &args)
{
    QCommandLineParser p;
    const QCommandLineOption name(
        QStringLiteral("name"), QStringLiteral("The connection's name."), QStringLiteral("N"));
    const QCommandLineOption url(
        QStringLiteral("url"), QStringLiteral("The server's base URL."), QStringLiteral("URL"));
    const QCommandLineOption family(
        QStringLiteral("family"), QStringLiteral("org_billing, credits, platform or tier."), QStringLiteral("family"));
    const QCommandLineOption role(QStringLiteral("role"),
        QStringLiteral("What the key is: super_admin, owner, admin, member or support."), QStringLiteral("role"));
    const QCommandLineOption company(
        QStringLiteral("company-id"), QStringLiteral("Platform charges: company_id."), QStringLiteral("id"));
    const QCommandLineOption extension(
        QStringLiteral("extension-id"), QStringLiteral("Platform charges: extension_id."), QStringLiteral("id"));
    const QCommandLineOption currency(QStringLiteral("currency"),
        QStringLiteral("Currency of amounts the server sends without one (ISO 4217, e.g. USD)."),
        QStringLiteral("CUR"));
    const QCommandLineOption units(QStringLiteral("amount-units"),
        QStringLiteral("How bare numbers are money: major (9.99) or minor (999 cents)."), QStringLiteral("units"));
    const QCommandLineOption noTest(QStringLiteral("no-test"), QStringLiteral("Save without testing."));
    const QCommandLineOption keyStdin = keyStdinOption(), keyFile = keyFileOption();
    p.addOptions({name, url, family, role, company, extension, currency, units, noTest, keyStdin, keyFile});
    if (!p.parse(args)) {
        err(p.errorText());
        return 2;
    }
    ConnectionProfile profile;
    profile.name = p.value(name).trimmed();
    profile.baseUrl = QUrl(p.value(url).trimmed());
    const std::optional<Family> f = fromWireWord<Family>(p.value(family));
    profile.role = roleFromString(p.value(role));
    if (profile.name.isEmpty() || !profile.baseUrl.isValid() || !f || profile.role == Role::Unknown) {
        err(QStringLiteral("add needs --name, --url, --family (org_billing, credits, platform or tier) and --role "
                           "(super_admin, owner, admin, member or support)."));
        return 2;
    }
    profile.families = {*f};
    profile.companyId = p.value(company).trimmed();
    profile.extensionId = p.value(extension).trimmed();
    profile.amounts.currency = p.value(currency).trimmed().toUpper();
    if (!profile.amounts.currency.isEmpty() && !Money::fromMinor(0, profile.amounts.currency).isValid()) {
        err(QStringLiteral("--currency %1 is not an ISO 4217 code.").arg(profile.amounts.currency));
        return 2;
    }
    const QString unitText = p.value(units).toLower();
    if (!unitText.isEmpty() && unitText != QLatin1String("major") && unitText != QLatin1String("minor")) {
        err(QStringLiteral("--amount-units is major or minor."));
        return 2;
    }
    profile.amounts.units = unitText.isEmpty() ? usualUnits(*f)
        : unitText == QLatin1String("minor")   ? AmountConvention::Units::Minor
                                               : AmountConvention::Units::Major;
    QString why;
    const std::optional<QString> key = headlessKey(p, keyStdin, keyFile, &why);
    if (!key || key->isEmpty()) {
        err(key ? QStringLiteral("no API key: give --key-stdin, --key-file FILE or BILLING_CONSOLE_API_KEY.") : why);
        return 2;
    }
    profile.apiKey = *key;
    if (!p.isSet(noTest)) {
        const ConnectionReport report = test(profile);
        printReport(profile, report, false);
        if (!report.works())
            return 1;
    }
    const ProfileStore store;
    QList<ConnectionProfile> profiles = store.load();
    const bool replaced = profiles.removeIf([&](const ConnectionProfile &c) { return c.name == profile.name; });
    profiles.append(profile);
    QStringList notes;
    if (!store.save(profiles, &why, &notes)) {
        err(why);
        return 1;
    }
    for (const QString &n : notes)
        err(n);
    if (store.secrets().keptInMemory(profile.name)) { // no keychain: the key goes with this process
        err(QStringLiteral("saved %1 without its API key: there is no keychain to keep it in.").arg(profile.name));
        return 1;
    }
    out(QStringLiteral("%1 %2.").arg(replaced ? QStringLiteral("Updated") : QStringLiteral("Saved"), profile.name));
    return 0;
}

int list(const QStringList &args)
{
    QCommandLineParser p;
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("As JSON."));
    p.addOption(json);
    if (!p.parse(args)) {
        err(p.errorText());
        return 2;
    }
    QStringList notes;
    const QList<ConnectionProfile> profiles = ProfileStore().load(&notes);
    QJsonArray array;
    for (const ConnectionProfile &c : profiles) {
        if (p.isSet(json))
            array.append(QJsonObject{{QStringLiteral("name"), c.name}, {QStringLiteral("url"), c.baseUrl.toString()},
                {QStringLiteral("family"), wireWord(c.family())}, {QStringLiteral("role"), roleToString(c.role)},
                {QStringLiteral("key_in_keychain"), !c.apiKey.isEmpty()}});
        else
            out(QStringLiteral("%1\t%2\t%3\t%4%5")
                    .arg(c.name, wireWord(c.family()), c.baseUrl.toString(), roleToString(c.role),
                        c.apiKey.isEmpty() ? QStringLiteral("\t(no key in the keychain)") : QString()));
    }
    if (p.isSet(json))
        out(QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact)));
    for (const QString &n : notes)
        err(n);
    return 0;
}

int remove(const QStringList &args)
{
    if (args.size() != 2) {
        err(QStringLiteral("remove takes the connection's name."));
        return 2;
    }
    const ProfileStore store;
    QList<ConnectionProfile> profiles = store.load();
    if (!profiles.removeIf([&](const ConnectionProfile &c) { return c.name == args.at(1); })) {
        err(QStringLiteral("no connection '%1'.").arg(args.at(1)));
        return 1;
    }
    QString why;
    if (!store.save(profiles, &why)) {
        err(why);
        return 1;
    }
    out(QStringLiteral("Removed %1.").arg(args.at(1)));
    return 0;
}

int testCommand(const QStringList &args)
{
    QCommandLineParser p;
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("As JSON."));
    const QCommandLineOption keyStdin = keyStdinOption(), keyFile = keyFileOption();
    p.addOptions({json, keyStdin, keyFile});
    if (!p.parse(args) || p.positionalArguments().size() != 1) {
        err(p.errorText().isEmpty() ? QStringLiteral("test takes the connection's name.") : p.errorText());
        return 2;
    }
    const QString wanted = p.positionalArguments().first();
    QStringList notes;
    const QList<ConnectionProfile> profiles = ProfileStore().load(&notes);
    const auto it =
        std::find_if(profiles.cbegin(), profiles.cend(), [&](const ConnectionProfile &c) { return c.name == wanted; });
    if (it == profiles.cend()) {
        err(QStringLiteral("no connection '%1'.").arg(wanted));
        return 1;
    }
    ConnectionProfile profile = *it;
    QString why;
    const std::optional<QString> key = headlessKey(p, keyStdin, keyFile, &why);
    if (!key) {
        err(why);
        return 2;
    }
    if (!key->isEmpty())
        profile.apiKey = *key;
    if (profile.apiKey.isEmpty()) {
        for (const QString &n : notes)
            err(n);
        err(QStringLiteral("no API key for '%1' in the keychain: give --key-stdin, --key-file FILE or "
                           "BILLING_CONSOLE_API_KEY.")
                .arg(wanted));
        return 1;
    }
    const ConnectionReport report = test(profile);
    printReport(profile, report, p.isSet(json));
    return report.works() ? 0 : 1;
}

} // namespace

int runProfileCommand(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    nameHeadlessApplication();
    QStringList args = app.arguments().mid(1); // "profile", the verb, its options
    const QString verb = args.value(1);
    args = args.mid(1); // the verb stands where a program name would for the parser
    if (verb == QLatin1String("add"))
        return add(args);
    if (verb == QLatin1String("list"))
        return list(args);
    if (verb == QLatin1String("remove"))
        return remove(args);
    if (verb == QLatin1String("test"))
        return testCommand(args);
    std::fprintf(verb == QLatin1String("--help") || verb == QLatin1String("-h") ? stdout : stderr, "%s\n", kUsage);
    return verb == QLatin1String("--help") || verb == QLatin1String("-h") ? 0 : 2;
}
