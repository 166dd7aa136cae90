// A first start as a new user makes it: the welcome page, "Connect to your billing server", the
// connection dialog's Test connection against a server of the documents alone, Save (the key into
// the keychain, never a file), and the panes opening on the new connection. Runs inside
// tests/with-keyring.sh.

#include "consolefixture.h"
#include "sandboxprocess.h"

#include "core/session.h"
#include "ui/connectiondialog.h"
#include "ui/connectionsdialog.h"
#include "ui/mainwindow.h"
#include "ui/welcomepage.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStandardPaths>
#include <QtTest>

using namespace bc;
using namespace bctest;

class TestConnections : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void welcomeConnectTestAndSave();
    void wrongKeyIsSaidNotSaved();

private:
    ConnectionDialog *openAddDialog(MainWindow &window);
    static void fill(ConnectionDialog *dialog, const char *field, const QString &text);
    static QString listed(ConnectionDialog *dialog);
    SandboxProcess m_sandbox;
    QTemporaryDir m_home;
};

void TestConnections::initTestCase()
{
    QVERIFY(m_home.isValid());
    // The console's config and data in a directory of the test's own (the keyring's is apart).
    qputenv("XDG_CONFIG_HOME", m_home.filePath(QStringLiteral("config")).toUtf8());
    QStandardPaths::setTestModeEnabled(false);
    qputenv("BC_TEST_DOCUMENTED_ONLY", "1");
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.error()));
}

void TestConnections::fill(ConnectionDialog *dialog, const char *field, const QString &text)
{
    auto *edit = dialog->findChild<QLineEdit *>(QLatin1String(field));
    QVERIFY(edit);
    edit->clear();
    QTest::keyClicks(edit, text);
}

QString TestConnections::listed(ConnectionDialog *dialog)
{
    QStringList lines;
    auto *list = dialog->findChild<QListWidget *>(QStringLiteral("testResults"));
    for (int i = 0; i < list->count(); ++i)
        lines << list->item(i)->text();
    return lines.join(u'\n');
}

ConnectionDialog *TestConnections::openAddDialog(MainWindow &window)
{
    ConnectionDialog *opened = nullptr;
    QTest::mouseClick(window.welcomePage()->connectButton(), Qt::LeftButton);
    auto *connections = window.findChild<ConnectionsDialog *>();
    if (!connections)
        return nullptr;
    opened = connections->findChild<ConnectionDialog *>();
    return opened;
}

void TestConnections::welcomeConnectTestAndSave()
{
    MainWindow window;
    window.showWelcome();
    window.show();
    QVERIFY(window.welcomePage()->isVisible());
    QVERIFY(window.welcomePage()->demoButton()->isEnabled());
    if (const QString dir = qEnvironmentVariable("BC_SCREENSHOT_DIR"); !dir.isEmpty())
        QVERIFY(window.grab().save(dir + QStringLiteral("/welcome.png")));
    ConnectionDialog *dialog = openAddDialog(window);
    QVERIFY(dialog);
    auto *save = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save);
    QVERIFY(!save->isEnabled()); // nothing typed yet
    QVERIFY(!save->toolTip().isEmpty());

    fill(dialog, "nameEdit", QStringLiteral("Acme credits"));
    fill(dialog, "urlEdit", m_sandbox.url().toString());
    auto *family = dialog->findChild<QComboBox *>(QStringLiteral("familyCombo"));
    family->setCurrentIndex(family->findData(int(Family::Credits)));
    fill(dialog, "keyEdit", m_sandbox.key(QStringLiteral("owner")));
    auto *role = dialog->findChild<QComboBox *>(QStringLiteral("roleCombo"));
    role->setCurrentIndex(role->findData(int(Role::Owner)));
    fill(dialog, "currencyEdit", QStringLiteral("USD"));
    // Seed 002 writes prices in cents: the family's usual reading is chosen for it.
    QCOMPARE(dialog->findChild<QComboBox *>(QStringLiteral("unitsCombo"))->currentData().toInt(),
        int(AmountConvention::Units::Minor));
    // The checkout may show Stripe's and Creem's pages and this server's, and says so.
    const QString hosts = dialog->findChild<QLabel *>(QStringLiteral("checkoutHosts"))->text();
    QVERIFY2(hosts.contains(QLatin1String("checkout.stripe.com")) && hosts.contains(QLatin1String("creem.io")),
        qPrintable(hosts));
    QVERIFY(!hosts.contains(QLatin1String("razorpay")));

    QSignalSpy tested(dialog, &ConnectionDialog::testFinished);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("testButton")), Qt::LeftButton);
    QVERIFY(tested.wait(20000));
    QVERIFY2(dialog->report().works(), qPrintable(listed(dialog)));
    QVERIFY2(listed(dialog).contains(QLatin1String("accepts this API key")), qPrintable(listed(dialog)));
    QVERIFY2(listed(dialog).contains(QLatin1String("Does not offer")), qPrintable(listed(dialog)));
    const QString sample = dialog->findChild<QLabel *>(QStringLiteral("sampleLabel"))->text();
    QVERIFY2(sample.contains(QLatin1String("a month?")), qPrintable(sample));
    if (const QString dir = qEnvironmentVariable("BC_SCREENSHOT_DIR"); !dir.isEmpty())
        QVERIFY(dialog->grab().save(dir + QStringLiteral("/connection-dialog.png")));

    QSignalSpy ready(window.session(), &Session::ready);
    QTest::mouseClick(save, Qt::LeftButton);
    QVERIFY(ready.count() || ready.wait(20000));
    QCOMPARE(window.session()->profile().name, QStringLiteral("Acme credits"));
    QVERIFY(!window.welcomePage()->isVisible());
    QVERIFY(window.isPaneShown(QStringLiteral("ledger")));

    // Saved: in profiles.ini without the key, the key in the keychain.
    const QList<ConnectionProfile> saved = ProfileStore().load();
    QCOMPARE(saved.size(), 1);
    QCOMPARE(saved.first().apiKey, m_sandbox.key(QStringLiteral("owner")));
    QCOMPARE(saved.first().amounts.currency, QStringLiteral("USD"));
    QProcess lookup;
    lookup.start(QStringLiteral("secret-tool"),
        {QStringLiteral("lookup"), QStringLiteral("server"), QStringLiteral("billing-console"), QStringLiteral("user"),
            QStringLiteral("Acme credits")});
    QVERIFY(lookup.waitForFinished(10000));
    QCOMPARE(QString::fromUtf8(lookup.readAllStandardOutput()).trimmed(), m_sandbox.key(QStringLiteral("owner")));
    const QByteArray key = m_sandbox.key(QStringLiteral("owner")).toUtf8();
    QDirIterator files(m_home.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        QFile f(files.next());
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY2(!f.readAll().contains(key), qPrintable(f.fileName()));
    }
}

void TestConnections::wrongKeyIsSaidNotSaved()
{
    MainWindow window;
    window.showWelcome();
    window.show();
    ConnectionDialog *dialog = openAddDialog(window);
    QVERIFY(dialog);
    fill(dialog, "nameEdit", QStringLiteral("Acme tier"));
    fill(dialog, "urlEdit", m_sandbox.url().toString());
    auto *family = dialog->findChild<QComboBox *>(QStringLiteral("familyCombo"));
    family->setCurrentIndex(family->findData(int(Family::Tier)));
    fill(dialog, "keyEdit", QStringLiteral("bc_test_not_a_key"));
    QSignalSpy tested(dialog, &ConnectionDialog::testFinished);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("testButton")), Qt::LeftButton);
    QVERIFY(tested.wait(20000));
    QVERIFY(!dialog->report().works());
    QVERIFY2(listed(dialog).contains(QLatin1String("does not accept this API key")), qPrintable(listed(dialog)));
    // What was typed stays, to be corrected.
    QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit"))->text(), QStringLiteral("Acme tier"));
    QCOMPARE(ProfileStore().load().size(), 1); // only the connection of the previous test
}

QTEST_MAIN(TestConnections)
#include "tst_connections.moc"
