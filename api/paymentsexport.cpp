#include "paymentsexport.h"

#include "models/words.h"

#include <QDateTime>

namespace bc {

namespace {

QString normalised(const QString &header)
{
    QString out;
    for (QChar c : header)
        if (c.isLetterOrNumber())
            out += c.toLower();
    return out;
}

QDateTime timeOf(const QString &text)
{
    QString t = text.trimmed();
    bool isNumber = false;
    const qint64 n = t.toLongLong(&isNumber);
    if (isNumber)
        return n > 100'000'000'000LL ? QDateTime::fromMSecsSinceEpoch(n, Qt::UTC)
                                     : QDateTime::fromSecsSinceEpoch(n, Qt::UTC);
    if (t.size() > 10 && t.at(10) == u' ') // "2026-11-22 10:00:00", as spreadsheets and SQL write it
        t[10] = u'T';
    QDateTime at = QDateTime::fromString(t, Qt::ISODateWithMs);
    if (!at.isValid())
        at = QDateTime::fromString(t, Qt::ISODate);
    if (at.isValid() && at.timeSpec() == Qt::LocalTime)
        at.setTimeSpec(Qt::UTC); // an export without a zone: the server's UTC
    if (!at.isValid())
        at = QDateTime(QDate::fromString(t, Qt::ISODate), QTime(0, 0), Qt::UTC);
    return at;
}

} // namespace

PaymentsExportReader::PaymentsExportReader(const AmountConvention &convention)
    : m_convention(convention),
      m_reader(std::make_unique<csv::Reader>([this](const QStringList &cells) { return row(cells); }))
{ }

PaymentsExportReader::~PaymentsExportReader() = default;

void PaymentsExportReader::readHeader(const QStringList &cells)
{
    static const QList<std::pair<Field, QStringList>> names = {
        {Field::Id, {"paymentid", "id", "payment"}},
        {Field::CreatedAt, {"createdat", "created", "date", "paidat", "capturedat", "time", "timestamp"}},
        {Field::OrgId, {"orgid", "organisationid", "organizationid", "customerid", "accountid"}},
        {Field::OrgName,
            {"orgname", "organisation", "organization", "organisationname", "organizationname", "customer",
                "customername", "account", "accountname"}},
        {Field::InvoiceId, {"invoiceid"}},
        {Field::InvoiceNumber, {"invoicenumber", "invoiceno", "invoice"}},
        {Field::ProviderPaymentId, {"providerpaymentid", "razorpaypaymentid", "gatewaypaymentid"}},
        {Field::ProviderOrderId, {"providerorderid", "razorpayorderid", "orderid"}},
        {Field::Method, {"method", "paymentmethod"}},
        {Field::Status, {"status", "state"}},
        {Field::Amount, {"amount", "total", "amountpaid"}},
        {Field::Currency, {"currency", "currencycode"}},
    };
    QSet<Field> taken;
    for (const QString &cell : cells) {
        const QString name = normalised(cell);
        Field field = Field::Extra;
        for (const auto &[f, spellings] : names)
            if (!taken.contains(f) && spellings.contains(name)) {
                field = f;
                break;
            }
        if (field == Field::Extra)
            m_extraHeaders << cell.trimmed();
        else
            taken.insert(field);
        m_fields << field;
    }
    m_headerRead = true;
}

bool PaymentsExportReader::row(const QStringList &cells)
{
    if (!m_headerRead) {
        readHeader(cells);
        return true;
    }
    if (cells.size() == 1 && cells.first().isEmpty())
        return true; // a blank line
    Payment p;
    QString amountText, currency = m_convention.currency;
    for (qsizetype i = 0; i < cells.size() && i < m_fields.size(); ++i) {
        const QString v = csv::plain(cells.at(i)).trimmed();
        switch (m_fields.at(i)) {
        case Field::Id:
            p.id = v;
            break;
        case Field::CreatedAt:
            p.createdAt = timeOf(v);
            break;
        case Field::OrgId:
            p.orgId = v;
            break;
        case Field::OrgName:
            p.orgName = v;
            break;
        case Field::InvoiceId:
            p.invoiceId = v;
            break;
        case Field::InvoiceNumber:
            p.invoiceNumber = v;
            break;
        case Field::ProviderPaymentId:
            p.providerPaymentId = v;
            break;
        case Field::ProviderOrderId:
            p.providerOrderId = v;
            break;
        case Field::Method:
            p.method = readWireWord(v, PaymentMethod::Other);
            break;
        case Field::Status:
            p.status = readWireWord(v, PaymentStatus::Other);
            break;
        case Field::Amount:
            amountText = v;
            break;
        case Field::Currency:
            if (!v.isEmpty())
                currency = v.toUpper();
            break;
        case Field::Extra:
            p.extras.append({m_extraHeaders.at(p.extras.size()), v});
            break;
        }
    }
    const qint64 line = m_reader->rows();
    if (currency.isEmpty()) {
        m_error = QStringLiteral("row %1: no currency for the amount (set one in the connection)").arg(line);
        return false;
    }
    MoneyParseError e = MoneyParseError::None;
    p.amount = Money::parse(amountText, currency, &e); // "All amount fields are strings in major units"
    if (!p.amount.isValid()) {
        m_error = QStringLiteral("row %1: amount: %2").arg(line).arg(Money::parseErrorMessage(e, amountText, currency));
        return false;
    }
    if (p.id.isEmpty())
        p.id = p.providerPaymentId.isEmpty() ? QStringLiteral("row-%1").arg(line) : p.providerPaymentId;
    m_out->append(std::move(p));
    return true;
}

bool PaymentsExportReader::feed(QByteArrayView bytes, QList<Payment> *out, QString *error)
{
    m_out = out;
    if (!m_reader->feed(bytes)) {
        *error = m_error;
        return false;
    }
    return true;
}

bool PaymentsExportReader::finish(QList<Payment> *out, QString *error)
{
    m_out = out;
    if (!m_reader->finish()) {
        *error = m_error;
        return false;
    }
    if (!m_headerRead) {
        *error = QStringLiteral("the export is empty: not even a header row");
        return false;
    }
    return true;
}

} // namespace bc
