// Start-up to first paint: the real billing-console opening a saved connection profile, against a
// bare QMainWindow built in this same binary (`startup_bench --bare`), each started as a fresh
// process several times, alternating, on the same platform plugin.
//   build/bench/startup_bench [--runs 7]
// Both report their first paint through ui/firstpaint.h (the steady clock when the first paint has
// been flushed); the bench takes the clock before it spawns each process, so the figure is spawn
// to first paint, and the peak resident memory of each process from wait4().
#include "ui/firstpaint.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMainWindow>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <chrono>
#include <optional>
#include <vector>

#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

namespace {

struct Run
{
    double firstPaintMs = 0;
    long peakRssKb = 0;
};

long long steadyNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

// Spawns argv with `extraEnv` added, stderr into `errFile`; the time to its "first-paint" line.
std::optional<Run> spawnAndTime(const QStringList &args, const QStringList &extraEnv, const QString &errFile)
{
    std::vector<QByteArray> argBytes, envBytes;
    for (const QString &a : args)
        argBytes.push_back(a.toLocal8Bit());
    for (char **e = environ; *e; ++e)
        envBytes.emplace_back(*e);
    for (const QString &e : extraEnv)
        envBytes.push_back(e.toLocal8Bit());
    std::vector<char *> argv, envp;
    for (QByteArray &a : argBytes)
        argv.push_back(a.data());
    argv.push_back(nullptr);
    for (QByteArray &e : envBytes)
        envp.push_back(e.data());
    envp.push_back(nullptr);

    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    const QByteArray errPath = errFile.toLocal8Bit();
    posix_spawn_file_actions_addopen(&actions, 2, errPath.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
    const long long start = steadyNs();
    pid_t pid = 0;
    const int spawned = posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), envp.data());
    posix_spawn_file_actions_destroy(&actions);
    if (spawned != 0)
        return std::nullopt;
    int status = 0;
    rusage usage{};
    if (wait4(pid, &status, 0, &usage) != pid || !WIFEXITED(status) || WEXITSTATUS(status) != 0) {
        std::fprintf(stderr, "startup_bench: %s did not end well (status %d)\n", argv[0], status);
        return std::nullopt;
    }
    QFile err(errFile);
    if (!err.open(QIODevice::ReadOnly))
        return std::nullopt;
    for (const QByteArray &line : err.readAll().split('\n')) {
        if (line.startsWith("first-paint ")) {
            Run run;
            run.firstPaintMs = double(line.mid(12).toLongLong() - start) / 1e6;
            run.peakRssKb = usage.ru_maxrss;
            return run;
        }
    }
    std::fprintf(stderr, "startup_bench: %s never painted\n", argv[0]);
    return std::nullopt;
}

QJsonObject summary(std::vector<Run> runs)
{
    std::sort(runs.begin(), runs.end(), [](const Run &a, const Run &b) { return a.firstPaintMs < b.firstPaintMs; });
    const Run &median = runs[runs.size() / 2];
    QJsonArray all;
    for (const Run &r : runs)
        all.append(qRound(r.firstPaintMs * 10) / 10.0);
    return {{QStringLiteral("first_paint_ms_median"), qRound(median.firstPaintMs * 10) / 10.0},
        {QStringLiteral("first_paint_ms_sorted"), all},
        {QStringLiteral("peak_rss_mb"), qRound(double(median.peakRssKb) / 102.4) / 10.0}};
}

// The sandbox of the saved profile: started on a free port, its start-line facts read back.
std::optional<QJsonObject> startSandbox(QProcess *sandbox, const QString &dir)
{
    sandbox->start(QStringLiteral(BC_SANDBOX_EXECUTABLE),
        {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--database"),
            dir + QStringLiteral("/sandbox.sqlite"), QStringLiteral("--demo")});
    if (!sandbox->waitForStarted())
        return std::nullopt;
    QByteArray line;
    while (!line.contains('\n') && sandbox->waitForReadyRead(60000))
        line += sandbox->readAllStandardOutput();
    const QJsonObject facts = QJsonDocument::fromJson(line.left(line.indexOf('\n'))).object();
    if (facts.value(QStringLiteral("url")).toString().isEmpty())
        return std::nullopt;
    return facts;
}

int bare(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.resize(1280, 800);
    new bc::FirstPaintProbe(&window);
    window.show();
    return app.exec();
}

} // namespace

int main(int argc, char *argv[])
{
    if (argc > 1 && qstrcmp(argv[1], "--bare") == 0)
        return bare(argc, argv);
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Start-up to first paint: billing-console against a bare QMainWindow."));
    parser.addHelpOption();
    const QCommandLineOption runsOption(
        QStringLiteral("runs"), QStringLiteral("Starts of each (default 7)."), QStringLiteral("n"), QStringLiteral("7"));
    parser.addOption(runsOption);
    parser.process(app);
    const int runs = std::max(1, parser.value(runsOption).toInt());

    QTemporaryDir dir;
    if (!dir.isValid())
        qFatal("startup_bench: no temporary directory");
    // The console's settings and keychain-less profile in a directory of their own.
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(dir.filePath(QStringLiteral("config"))));
    qputenv("XDG_DATA_HOME", QFile::encodeName(dir.filePath(QStringLiteral("data"))));
    qputenv("XDG_CACHE_HOME", QFile::encodeName(dir.filePath(QStringLiteral("cache"))));
    // No session bus: the bench's key stays out of the user's keychain (the console is given it
    // in BILLING_CONSOLE_API_KEY, as scripts and kiosks do).
    qunsetenv("DBUS_SESSION_BUS_ADDRESS");
    QProcess sandbox;
    const std::optional<QJsonObject> facts = startSandbox(&sandbox, dir.path());
    if (!facts)
        qFatal("startup_bench: billing-sandbox did not start");
    const QString key =
        facts->value(QStringLiteral("keys")).toObject().value(QStringLiteral("super_admin")).toString();
    const QString console = QStringLiteral(BC_CONSOLE_EXECUTABLE);
    QProcess add;
    add.setProcessChannelMode(QProcess::MergedChannels);
    add.start(console,
        {QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("Startup bench"),
            QStringLiteral("--url"), facts->value(QStringLiteral("url")).toString(), QStringLiteral("--family"),
            QStringLiteral("org_billing"), QStringLiteral("--role"), QStringLiteral("super_admin"),
            QStringLiteral("--no-test"), QStringLiteral("--key-stdin")});
    add.write(key.toUtf8() + '\n');
    add.closeWriteChannel();
    add.waitForFinished(60000);
    if (!QDir(dir.filePath(QStringLiteral("config"))).exists())
        qFatal("startup_bench: profile add saved nothing: %s", add.readAll().constData());

    const QStringList probe{QStringLiteral("BILLING_CONSOLE_QUIT_AFTER_FIRST_PAINT=1"),
        QStringLiteral("BILLING_CONSOLE_API_KEY=") + key};
    const QString err = dir.filePath(QStringLiteral("stderr.txt"));
    const QStringList consoleArgs{console, QStringLiteral("--profile"), QStringLiteral("Startup bench"),
        QStringLiteral("--store"), dir.filePath(QStringLiteral("console.db"))};
    const QStringList bareArgs{QCoreApplication::applicationFilePath(), QStringLiteral("--bare")};
    // One start of each first, not counted: the page cache holds both binaries and their libraries.
    if (!spawnAndTime(consoleArgs, probe, err) || !spawnAndTime(bareArgs, probe, err))
        qFatal("startup_bench: a warm-up start failed; see %s", qPrintable(err));
    std::vector<Run> consoleRuns, bareRuns;
    for (int i = 0; i < runs; ++i) {
        const auto c = spawnAndTime(consoleArgs, probe, err);
        const auto b = spawnAndTime(bareArgs, probe, err);
        if (!c || !b)
            qFatal("startup_bench: a start failed");
        consoleRuns.push_back(*c);
        bareRuns.push_back(*b);
    }
    sandbox.terminate();
    sandbox.waitForFinished(10000);

    const QJsonObject c = summary(consoleRuns);
    const QJsonObject b = summary(bareRuns);
    const double ratio = c.value(QStringLiteral("first_paint_ms_median")).toDouble()
        / std::max(0.1, b.value(QStringLiteral("first_paint_ms_median")).toDouble());
    const QJsonObject out{{QStringLiteral("platform"), QString::fromLocal8Bit(qgetenv("QT_QPA_PLATFORM"))},
        {QStringLiteral("runs"), runs}, {QStringLiteral("console_saved_profile"), c},
        {QStringLiteral("bare_qmainwindow"), b}, {QStringLiteral("ratio"), qRound(ratio * 100) / 100.0},
        {QStringLiteral("goal_ratio"), 1.5}};
    std::printf("%s\n", QJsonDocument(out).toJson(QJsonDocument::Indented).constData());
    return 0;
}
