#include "connectiondialog.h"

#include "checkouthosts.h"
#include "messagebar.h"

#include "models/words.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace bc {

namespace {
QLineEdit *lineEdit(QWidget *parent, const char *name, const QString &accessible, const QString &placeholder = {})
{
    auto *e = new QLineEdit(parent);
    e->setObjectName(QLatin1String(name));
    e->setAccessibleName(accessible);
    e->setPlaceholderText(placeholder);
    return e;
}
} // namespace

ConnectionDialog::ConnectionDialog(const ConnectionProfile &initial, const QStringList &taken, QWidget *parent)
    : QDialog(parent), m_runner(new ConnectionTest(this)), m_taken(taken)
{
    setWindowTitle(initial.name.isEmpty() ? tr("Connect to your billing server") : tr("Edit connection"));
    m_name = lineEdit(this, "nameEdit", tr("Connection name"), tr("e.g. Acme production"));
    m_url = lineEdit(this, "urlEdit", tr("Server address"), tr("https://billing.example.com"));
    m_family = new QComboBox(this);
    m_family->setObjectName(QStringLiteral("familyCombo"));
    m_family->setAccessibleName(tr("API family"));
    for (Family f : allValues<Family>())
        m_family->addItem(label(f), QVariant::fromValue(int(f)));
    m_role = new QComboBox(this);
    m_role->setObjectName(QStringLiteral("roleCombo"));
    m_role->setAccessibleName(tr("What this key is"));
    for (Role r : {Role::Owner, Role::Admin, Role::SuperAdmin, Role::Support, Role::Member})
        m_role->addItem(roleDisplayName(r), QVariant::fromValue(int(r)));
    m_key = lineEdit(this, "keyEdit", tr("API key"), tr("Kept in your system's keychain, never in a file"));
    m_key->setEchoMode(QLineEdit::Password);
    m_company = lineEdit(this, "companyEdit", tr("Company id"));
    m_extension = lineEdit(this, "extensionEdit", tr("Extension id"));
    m_currency = lineEdit(this, "currencyEdit", tr("Currency of bare amounts"), tr("e.g. USD"));
    m_currency->setMaxLength(3);
    m_units = new QComboBox(this);
    m_units->setObjectName(QStringLiteral("unitsCombo"));
    m_units->setAccessibleName(tr("How the server writes amounts"));
    m_units->addItem(tr("In cents (999 is 9.99)"), QVariant::fromValue(int(AmountConvention::Units::Minor)));
    m_units->addItem(tr("In whole units (999 is 999.00)"), QVariant::fromValue(int(AmountConvention::Units::Major)));

    auto *form = m_form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("Server &address:"), m_url);
    form->addRow(tr("&Speaks:"), m_family);
    form->addRow(tr("API &key:"), m_key);
    form->addRow(tr("The key &is:"), m_role);
    form->addRow(tr("&Company id:"), m_company);
    form->addRow(tr("E&xtension id:"), m_extension);
    form->addRow(tr("C&urrency:"), m_currency);
    form->addRow(tr("Amounts &written:"), m_units);
    m_checkoutHosts = new QLabel(this);
    m_checkoutHosts->setObjectName(QStringLiteral("checkoutHosts"));
    m_checkoutHosts->setWordWrap(true);
    m_checkoutHosts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(tr("Checkout may show:"), m_checkoutHosts);

    m_test = new QPushButton(tr("&Test connection"), this);
    m_test->setObjectName(QStringLiteral("testButton"));
    m_results = new QListWidget(this);
    m_results->setObjectName(QStringLiteral("testResults"));
    m_results->setAccessibleName(tr("What the test found"));
    m_results->setMinimumHeight(120);
    m_results->setWordWrap(true);
    m_sample = new QLabel(this);
    m_sample->setObjectName(QStringLiteral("sampleLabel"));
    m_sample->setWordWrap(true);
    m_message = new MessageBar(this);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_test, 0, Qt::AlignLeft);
    layout->addWidget(m_results, 1);
    layout->addWidget(m_sample);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);

    m_name->setText(initial.name);
    m_url->setText(initial.baseUrl.toString());
    m_family->setCurrentIndex(std::max(0, m_family->findData(int(initial.family()))));
    m_role->setCurrentIndex(std::max(0, m_role->findData(int(initial.role))));
    m_key->setText(initial.apiKey);
    m_company->setText(initial.companyId);
    m_extension->setText(initial.extensionId);
    m_currency->setText(initial.amounts.currency);
    m_units->setCurrentIndex(std::max(0, m_units->findData(int(initial.amounts.units))));

    for (QLineEdit *e : {m_name, m_url, m_key, m_company, m_extension, m_currency})
        connect(e, &QLineEdit::textChanged, this, &ConnectionDialog::updateFields);
    connect(m_family, &QComboBox::currentIndexChanged, this, [this] {
        // Each family's documents write bare numbers their own way; start from that.
        const auto f = static_cast<Family>(m_family->currentData().toInt());
        m_units->setCurrentIndex(m_units->findData(int(usualUnits(f))));
        updateFields();
    });
    connect(m_role, &QComboBox::currentIndexChanged, this, &ConnectionDialog::updateFields);
    connect(m_units, &QComboBox::currentIndexChanged, this, &ConnectionDialog::updateFields);
    connect(m_test, &QPushButton::clicked, this, &ConnectionDialog::testConnection);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ConnectionDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_runner, &ConnectionTest::progress, this,
        [this](const QString &step) { m_message->show(MessageBar::Kind::Info, step); });
    connect(m_runner, &ConnectionTest::finished, this, &ConnectionDialog::showReport);
    updateFields();
    setMinimumWidth(600);
    resize(640, sizeHint().height() + 80);
}

ConnectionProfile ConnectionDialog::profile() const
{
    ConnectionProfile p;
    p.name = m_name->text().trimmed();
    p.baseUrl = QUrl::fromUserInput(m_url->text().trimmed());
    p.apiKey = m_key->text().trimmed();
    p.role = static_cast<Role>(m_role->currentData().toInt());
    const auto family = static_cast<Family>(m_family->currentData().toInt());
    p.families = {family};
    if (family == Family::Platform) {
        p.companyId = m_company->text().trimmed();
        p.extensionId = m_extension->text().trimmed();
    }
    p.amounts.currency = m_currency->text().trimmed().toUpper();
    p.amounts.units = static_cast<AmountConvention::Units>(m_units->currentData().toInt());
    return p;
}

QString ConnectionDialog::whyNotReady() const
{
    const ConnectionProfile p = profile();
    if (p.name.isEmpty())
        return tr("Give the connection a name.");
    if (m_taken.contains(p.name))
        return tr("Another connection is called “%1”.").arg(p.name);
    if (m_url->text().trimmed().isEmpty() || !p.baseUrl.isValid() || p.baseUrl.host().isEmpty()
        || (p.baseUrl.scheme() != QLatin1String("https") && p.baseUrl.scheme() != QLatin1String("http")))
        return tr("Enter the server's address, e.g. https://billing.example.com.");
    if (p.apiKey.isEmpty())
        return tr("Enter the API key.");
    if (p.family() == Family::Platform && (p.companyId.isEmpty() || p.extensionId.isEmpty()))
        return tr("Platform charges need the company id and the extension id.");
    if (!p.amounts.currency.isEmpty() && currencyExponent(p.amounts.currency) < 0)
        return tr("The currency is a three-letter code, e.g. USD.");
    return {};
}

void ConnectionDialog::updateFields()
{
    m_tested = false;
    const ConnectionProfile p = profile();
    const bool platform = p.family() == Family::Platform;
    // What a family needs, and only that: ids for platform charges, units where bare numbers are money.
    const bool bareNumbers = p.family() == Family::Credits || platform;
    m_form->setRowVisible(m_company, platform);
    m_form->setRowVisible(m_extension, platform);
    m_form->setRowVisible(m_currency, bareNumbers);
    m_form->setRowVisible(m_units, bareNumbers);
    // The allow-list, in short (host names); the tooltip has every origin.
    QStringList shown;
    QStringList origins;
    for (CheckoutProvider provider : providersFor(p.family())) {
        QStringList hosts;
        for (const QString &o : providerOrigins(provider)) {
            hosts << QUrl(o).host();
            origins << o;
        }
        shown << tr("%1 (%2)").arg(providerName(provider), hosts.join(QStringLiteral(", ")));
    }
    shown << tr("this server");
    m_checkoutHosts->setText(shown.join(QStringLiteral("; ")));
    m_checkoutHosts->setToolTip(origins.join(u'\n'));
    const QString why = whyNotReady();
    m_test->setEnabled(why.isEmpty() && !m_runner->isRunning());
    m_test->setToolTip(why.isEmpty() ? tr("Ask the server, with only the reads its document lists") : why);
    QPushButton *saveButton = m_buttons->button(QDialogButtonBox::Save);
    saveButton->setEnabled(why.isEmpty());
    saveButton->setToolTip(why.isEmpty() ? tr("Test the connection and save it") : why);
}

void ConnectionDialog::testConnection()
{
    if (!whyNotReady().isEmpty() || m_runner->isRunning())
        return;
    m_results->clear();
    m_sample->clear();
    m_test->setEnabled(false);
    m_runner->start(profile());
}

void ConnectionDialog::showReport(const ConnectionReport &report)
{
    m_report = report;
    m_tested = true;
    m_test->setEnabled(whyNotReady().isEmpty());
    m_results->clear();
    for (const ConnectionReport::Line &line : report.lines) {
        const QString mark = line.kind == ConnectionReport::Line::Kind::Passed ? QStringLiteral("✓ ")
            : line.kind == ConnectionReport::Line::Kind::Failed                ? QStringLiteral("✗ ")
                                                                               : QStringLiteral("· ");
        m_results->addItem(mark + line.text);
    }
    m_sample->setText(report.sample.isEmpty()
            ? QString()
            : tr("<b>%1</b> If not, change the currency or the units.").arg(report.sample.toHtmlEscaped()));
    if (report.works())
        m_message->show(MessageBar::Kind::Success, tr("The connection works."));
    else
        m_message->show(MessageBar::Kind::Error, report.failure);
    emit testFinished(report);
    if (m_saveAfterTest) {
        m_saveAfterTest = false;
        save();
    }
}

void ConnectionDialog::save()
{
    if (!whyNotReady().isEmpty())
        return;
    if (!m_tested) {
        m_saveAfterTest = true;
        testConnection();
        return;
    }
    if (m_report.works()) {
        accept();
        return;
    }
    // Never saved silently: the reason is said, and the person decides.
    const auto answer = QMessageBox::warning(this, tr("The connection does not work"),
        tr("%1\n\nSave it anyway? The console will say the same when it opens this connection.").arg(m_report.failure),
        QMessageBox::Save | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer == QMessageBox::Save)
        accept();
}

} // namespace bc
