#include "reconciliation.h"

#include "csv.h"
#include "dates.h"
#include "sha256.h"
#include "words.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QLocale>
#include <QTimeZone>

#include <algorithm>

namespace bc {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Reconciliation", text);
}

constexpr int fieldCount = int(ReportField::SettlementId) + 1;

// Days since 1970-01-01 of a civil date (proleptic Gregorian), without QDate's per-call cost.
qint64 daysFromCivil(qint64 y, unsigned m, unsigned d)
{
    y -= m <= 2;
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = unsigned(y - era * 400);
    const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + qint64(doe) - 719468;
}

bool digitsAt(QByteArrayView s, qsizetype at, int count, int *value)
{
    if (at + count > s.size())
        return false;
    int v = 0;
    for (int i = 0; i < count; ++i) {
        const char c = s[at + i];
        if (c < '0' || c > '9')
            return false;
        v = v * 10 + (c - '0');
    }
    *value = v;
    return true;
}

// A report's time: seconds since the epoch ("1700000000", Razorpay's API), "2026-11-03",
// "2026-11-03 12:34[:56]" or with T and Z (Stripe's *_utc), "03/11/2026 12:34:56" (day first, as
// Razorpay's dashboard writes). All UTC. 0 for an empty cell; nullopt for anything else.
std::optional<qint64> timeOf(QByteArrayView s)
{
    s = s.trimmed();
    if (s.isEmpty())
        return 0;
    bool allDigits = s.size() <= 12;
    for (char c : s)
        allDigits = allDigits && c >= '0' && c <= '9';
    if (allDigits)
        return s.toLongLong();
    int y = 0, mo = 0, d = 0, h = 0, mi = 0, sec = 0;
    qsizetype at = 0;
    if (s.size() >= 10 && s[4] == '-' && s[7] == '-') {
        if (!digitsAt(s, 0, 4, &y) || !digitsAt(s, 5, 2, &mo) || !digitsAt(s, 8, 2, &d))
            return std::nullopt;
        at = 10;
    } else if (s.size() >= 10 && s[2] == '/' && s[5] == '/') {
        if (!digitsAt(s, 0, 2, &d) || !digitsAt(s, 3, 2, &mo) || !digitsAt(s, 6, 4, &y))
            return std::nullopt;
        at = 10;
    } else {
        return std::nullopt;
    }
    if (at < s.size()) {
        if (s[at] != ' ' && s[at] != 'T')
            return std::nullopt;
        if (!digitsAt(s, at + 1, 2, &h) || at + 3 >= s.size() || s[at + 3] != ':' || !digitsAt(s, at + 4, 2, &mi))
            return std::nullopt;
        at += 6;
        if (at < s.size() && s[at] == ':') {
            if (!digitsAt(s, at + 1, 2, &sec))
                return std::nullopt;
            at += 3;
        }
        if (at < s.size() && s[at] == 'Z')
            ++at;
        if (at != s.size())
            return std::nullopt;
    }
    if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || sec > 60)
        return std::nullopt;
    return daysFromCivil(y, unsigned(mo), unsigned(d)) * 86400 + h * 3600 + mi * 60 + sec;
}

struct Amount
{
    qint64 mantissa = 0;
    int decimals = 0; // digits after the point
    bool point = false;
};

// "-12.50", "1250", "": exact, refusing exponents, grouping and anything past 18 digits.
std::optional<Amount> amountOf(QByteArrayView s)
{
    s = s.trimmed();
    Amount a;
    if (s.isEmpty())
        return a;
    qsizetype i = 0;
    bool negative = false;
    if (s[0] == '-') {
        negative = true;
        ++i;
    }
    int digits = 0;
    for (; i < s.size(); ++i) {
        const char c = s[i];
        if (c == '.' && !a.point) {
            a.point = true;
            continue;
        }
        if (c < '0' || c > '9' || ++digits > 18)
            return std::nullopt;
        a.mantissa = a.mantissa * 10 + (c - '0');
        if (a.point)
            ++a.decimals;
    }
    if (digits == 0)
        return std::nullopt;
    if (negative)
        a.mantissa = -a.mantissa;
    return a;
}

// The amount in minor units of a currency with `exponent` decimals, read as major units.
std::optional<qint64> majorToMinor(const Amount &a, int exponent)
{
    if (a.decimals > exponent)
        return std::nullopt;
    qint64 v = a.mantissa;
    for (int i = a.decimals; i < exponent; ++i)
        if (__builtin_mul_overflow(v, qint64(10), &v))
            return std::nullopt;
    return v;
}

ReportEntry entryOf(ReportProvider provider, QByteArrayView kind)
{
    kind = kind.trimmed();
    const auto is = [kind](const char *word) { return QLatin1StringView(kind).compare(QLatin1StringView(word), Qt::CaseInsensitive) == 0; };
    if (provider == ReportProvider::Razorpay) {
        if (is("payment"))
            return ReportEntry::Payment;
        if (is("refund"))
            return ReportEntry::Refund;
        if (is("settlement"))
            return ReportEntry::Payout;
        return ReportEntry::Other; // adjustment, transfer, dispute
    }
    if (is("charge"))
        return ReportEntry::Payment;
    if (is("refund"))
        return ReportEntry::Refund;
    if (is("payout"))
        return ReportEntry::Payout;
    return ReportEntry::Other; // fee, dispute, dispute_reversal, refund_failure, …
}

bool addChecked(qint64 &sum, qint64 value, bool &overflowed)
{
    if (overflowed || __builtin_add_overflow(sum, value, &sum)) {
        overflowed = true;
        return false;
    }
    return true;
}

} // namespace

std::optional<ReportProvider> reportProviderFromName(QStringView name)
{
    if (name.compare(u"razorpay", Qt::CaseInsensitive) == 0)
        return ReportProvider::Razorpay;
    if (name.compare(u"stripe", Qt::CaseInsensitive) == 0)
        return ReportProvider::Stripe;
    return std::nullopt;
}

QString reportProviderName(ReportProvider provider)
{
    return provider == ReportProvider::Razorpay ? QStringLiteral("Razorpay") : QStringLiteral("Stripe");
}

QString reportProviderKey(ReportProvider provider)
{
    return provider == ReportProvider::Razorpay ? QStringLiteral("razorpay") : QStringLiteral("stripe");
}

QString reportName(ReportProvider provider)
{
    return provider == ReportProvider::Razorpay ? tr("Razorpay settlement reconciliation report")
                                                : tr("Stripe itemised balance change or payout reconciliation report");
}

const QList<ReportColumn> &reportColumns()
{
    using F = ReportField;
    constexpr auto R = ReportProvider::Razorpay;
    constexpr auto S = ReportProvider::Stripe;
    // Razorpay: the settlement reconciliation report (Reports › Settlements, and the API's
    // /settlements/recon/combined items): one row per payment, refund, adjustment or transfer in a
    // settlement. Stripe: the itemised balance change from activity and payout reconciliation
    // reports (balance_change_from_activity.itemized.*, payout_reconciliation.itemized.*).
    static const QList<ReportColumn> columns{
        {R, F::EntryId, {QStringLiteral("entity_id")}, true},
        {R, F::Kind, {QStringLiteral("type")}, true},
        {R, F::PaymentId, {QStringLiteral("payment_id")}, false},
        {R, F::Currency, {QStringLiteral("currency")}, true},
        {R, F::Gross, {QStringLiteral("amount")}, true},
        {R, F::Fee, {QStringLiteral("fee"), QStringLiteral("fees")}, false},
        {R, F::Tax, {QStringLiteral("tax")}, false},
        {R, F::Credit, {QStringLiteral("credit")}, false},
        {R, F::Debit, {QStringLiteral("debit")}, false},
        {R, F::Created, {QStringLiteral("created_at")}, false},
        {R, F::Settled, {QStringLiteral("settled_at")}, false},
        {R, F::SettlementId, {QStringLiteral("settlement_id")}, false},
        {S, F::EntryId, {QStringLiteral("balance_transaction_id")}, true},
        {S, F::Kind, {QStringLiteral("reporting_category")}, true},
        {S, F::PaymentId, {QStringLiteral("payment_intent_id")}, false},
        {S, F::OtherPaymentId, {QStringLiteral("charge_id"), QStringLiteral("source_id")}, false},
        {S, F::Currency, {QStringLiteral("currency")}, true},
        {S, F::Gross, {QStringLiteral("gross")}, true},
        {S, F::Fee, {QStringLiteral("fee")}, false},
        {S, F::Net, {QStringLiteral("net")}, false},
        {S, F::Created,
            {QStringLiteral("charge_created_utc"), QStringLiteral("charge_created"), QStringLiteral("created_utc"),
                QStringLiteral("created")},
            false},
        {S, F::Settled,
            {QStringLiteral("available_on_utc"), QStringLiteral("available_on"),
                QStringLiteral("automatic_payout_effective_at_utc"), QStringLiteral("automatic_payout_effective_at")},
            false},
        {S, F::SettlementId, {QStringLiteral("automatic_payout_id")}, false},
    };
    return columns;
}

namespace {

// Reads one report file row by row: the header mapped through reportColumns(), then each row into
// a ReportRow with exact amounts, and at the end Razorpay's paise-or-rupees decision applied.
class ReportReader
{
    Q_DECLARE_TR_FUNCTIONS(bc::ReportReader)

public:
    explicit ReportReader(ReportProvider provider)
        : m_provider(provider)
        , m_major(provider == ReportProvider::Stripe) // Razorpay: decided by the file (see finish())
    {
        m_report.provider = provider;
        m_at.fill(-1);
    }

    // Called for every row of the CSV; false stops the reader.
    bool row(const csv::RowView &row, const std::function<bool()> &cancelled)
    {
        ++m_line;
        if (row.size() == 1 && row.at(0).trimmed().isEmpty())
            return true; // blank lines, before the header or between rows
        if (!m_headerRead)
            return readHeader(row);
        if (cancelled && (m_line & 0xfff) == 0 && cancelled())
            return false;
        readRow(row);
        return true;
    }

    // Room for the whole file at once, judged from its first piece: growing by doubling would
    // hold the old and the new copy together at the peak.
    void reserveFor(qint64 totalBytes)
    {
        if (m_report.rows.empty() || totalBytes <= m_report.bytes || m_report.bytes <= 0)
            return;
        const auto scaled = [&](qint64 n) { return n * totalBytes / m_report.bytes * 105 / 100; };
        m_report.rows.reserve(size_t(scaled(qint64(m_report.rows.size()))) + 1024);
        m_report.ids.reserve(qsizetype(scaled(m_report.ids.size())) + 4096);
    }

    ProviderReport &report() { return m_report; }

    ProviderReport finish()
    {
        if (!m_report.error.isEmpty())
            return std::move(m_report);
        if (!m_headerRead) {
            m_report.error = tr("The file is empty: a %1 starts with a header row.").arg(reportName(m_provider));
            return std::move(m_report);
        }
        if (m_major && m_provider == ReportProvider::Razorpay)
            scaleRowsReadAsPaise();
        return std::move(m_report);
    }

private:
    // A row that cannot be read is counted and kept with its line (the first 100); the file goes on.
    bool refuse(const QString &message)
    {
        ++m_report.problemCount;
        if (m_report.problems.size() < 100)
            m_report.problems.append({m_line, message});
        return false;
    }

    QByteArrayView cell(const csv::RowView &row, ReportField f) const
    {
        const qsizetype i = m_at[size_t(f)];
        return i >= 0 && i < row.size() ? row.at(i) : QByteArrayView();
    }

    bool has(ReportField f) const { return m_at[size_t(f)] >= 0; }

    bool readHeader(const csv::RowView &row)
    {
        QHash<QString, qsizetype> keys;
        for (qsizetype i = 0; i < row.size(); ++i)
            keys.insert(csv::headerKey(row.text(i)), i);
        QStringList missing;
        for (const ReportColumn &c : reportColumns()) {
            if (c.provider != m_provider)
                continue;
            for (const QString &name : c.names) {
                const auto it = keys.constFind(csv::headerKey(name));
                if (it != keys.cend()) {
                    m_at[size_t(c.field)] = *it;
                    break;
                }
            }
            if (c.required && !has(c.field))
                missing << c.names.first();
        }
        if (m_provider == ReportProvider::Stripe && !has(ReportField::PaymentId) && !has(ReportField::OtherPaymentId))
            missing << QStringLiteral("payment_intent_id/charge_id");
        if (!missing.isEmpty()) {
            m_report.error = tr("This is not a %1: it has no %2 column.")
                                 .arg(reportName(m_provider), missing.join(QStringLiteral(", ")));
            return false;
        }
        m_headerRead = true;
        return true;
    }

    // The row's currency, upper case, from the short list of those seen; false when it is none.
    bool readCurrency(const csv::RowView &row, ReportRow &r)
    {
        const QByteArrayView cur = cell(row, ReportField::Currency).trimmed();
        if (cur.size() != 3 || QLatin1StringView(cur).compare(m_lastCurrency, Qt::CaseInsensitive) != 0) {
            const QString code = QString::fromLatin1(cur).toUpper();
            const int exponent = currencyExponent(code);
            if (exponent < 0)
                return refuse(tr("Line %1: “%2” is not a currency.").arg(m_line).arg(QString::fromUtf8(cur)));
            qsizetype index = m_report.currencies.indexOf(code);
            if (index < 0) {
                if (m_report.currencies.size() >= 0xffff)
                    return refuse(tr("Line %1: too many currencies in one report.").arg(m_line));
                m_report.currencies.append(code);
                index = m_report.currencies.size() - 1;
            }
            m_lastCurrency = code;
            m_lastIndex = quint16(index);
            m_lastExponent = exponent;
        }
        r.currency = m_lastIndex;
        return true;
    }

    // Every amount exact from its text, or the row refused.
    bool readAmounts(const csv::RowView &row, ReportRow &r)
    {
        static constexpr ReportField fields[] = {ReportField::Gross, ReportField::Fee, ReportField::Tax,
            ReportField::Credit, ReportField::Debit, ReportField::Net};
        constexpr size_t count = std::size(fields);
        std::array<Amount, count> amounts;
        bool point = false;
        for (size_t i = 0; i < count; ++i) {
            const QByteArrayView text = cell(row, fields[i]);
            const auto a = amountOf(text);
            if (!a)
                return refuse(tr("Line %1: “%2” is not an amount.").arg(m_line).arg(QString::fromUtf8(text)));
            amounts[i] = *a;
            point = point || a->point;
        }
        if (cell(row, ReportField::Gross).trimmed().isEmpty())
            return refuse(tr("Line %1: the amount is empty.").arg(m_line));
        m_major = m_major || point;
        std::array<qint64, count> minor{};
        for (size_t i = 0; i < count; ++i) {
            const std::optional<qint64> v = m_major ? majorToMinor(amounts[i], m_lastExponent)
                                                    : std::optional<qint64>(amounts[i].mantissa);
            if (!v)
                return refuse(tr("Line %1: “%2” has more decimals than %3 has, or is too large.")
                                   .arg(m_line)
                                   .arg(QString::fromUtf8(cell(row, fields[i])), m_lastCurrency)),
                       false;
            minor[i] = *v;
        }
        r.majorCells = m_major ? 0 : 1; // read as minor units; scaled in finish() if the file turns out major
        r.gross = minor[0];
        r.fee = minor[1];
        r.tax = minor[2];
        if (m_provider == ReportProvider::Stripe) {
            r.net = has(ReportField::Net) ? minor[5] : r.gross - r.fee;
            return true;
        }
        bool overflowed = false;
        if (has(ReportField::Credit) || has(ReportField::Debit)) {
            r.net = minor[3];
            addChecked(r.net, -minor[4], overflowed);
        } else if (r.entry == ReportEntry::Payment) {
            r.net = r.gross;
            addChecked(r.net, -r.fee, overflowed);
        } else {
            r.net = -r.gross; // refunds and the rest, taken from the settlement
        }
        if (overflowed)
            return refuse(tr("Line %1: the amounts are too large to add up.").arg(m_line));
        return true;
    }

    void putId(QByteArrayView id, quint32 *offset, quint32 *length)
    {
        id = id.trimmed();
        *offset = quint32(m_report.ids.size());
        *length = quint32(id.size());
        m_report.ids.append(id.data(), id.size());
    }

    // The row kept, or refused with its reason.
    bool readRow(const csv::RowView &row)
    {
        ReportRow r;
        r.line = m_line;
        r.entry = entryOf(m_provider, cell(row, ReportField::Kind));
        if (!readCurrency(row, r) || !readAmounts(row, r))
            return false;
        const auto created = timeOf(cell(row, ReportField::Created));
        const auto settled = timeOf(cell(row, ReportField::Settled));
        if (!created || !settled)
            return refuse(tr("Line %1: “%2” is not a date.")
                               .arg(m_line)
                               .arg(QString::fromUtf8(
                                   cell(row, created ? ReportField::Settled : ReportField::Created))));
        r.created = *created;
        r.settled = *settled;
        QByteArrayView paymentId = cell(row, ReportField::PaymentId).trimmed();
        if (paymentId.isEmpty() && m_provider == ReportProvider::Razorpay && r.entry == ReportEntry::Payment)
            paymentId = cell(row, ReportField::EntryId); // a payment row's own id is the payment's
        putId(paymentId, &r.paymentId, &r.paymentIdLength);
        putId(cell(row, ReportField::OtherPaymentId), &r.otherId, &r.otherIdLength);
        if ((r.entry == ReportEntry::Payment || r.entry == ReportEntry::Refund) && r.paymentIdLength == 0
            && r.otherIdLength == 0)
            return refuse(tr("Line %1: a payment or refund without a payment id.").arg(m_line));
        m_report.rows.push_back(r);
        return true;
    }

    // Rows read before the first amount with a decimal point were taken as paise: the file writes
    // rupees, so they are rupees too.
    void scaleRowsReadAsPaise()
    {
        for (ReportRow &r : m_report.rows) {
            if (!r.majorCells)
                continue;
            const int exponent = currencyExponent(m_report.currencies.at(r.currency));
            for (qint64 *v : {&r.gross, &r.fee, &r.tax, &r.net}) {
                const auto scaled = majorToMinor(Amount{*v, 0, false}, exponent);
                if (!scaled) {
                    m_report.error = tr("Line %1: the amounts are too large.").arg(r.line);
                    return;
                }
                *v = *scaled;
            }
            r.majorCells = 0;
        }
    }

    ProviderReport m_report;
    const ReportProvider m_provider;
    std::array<qsizetype, fieldCount> m_at;
    bool m_headerRead = false;
    bool m_major;
    quint32 m_line = 0;
    QString m_lastCurrency;
    quint16 m_lastIndex = 0;
    int m_lastExponent = 2;
};

} // namespace

ProviderReport readReport(QIODevice *device, ReportProvider provider, const std::function<bool()> &cancelled,
    const std::function<void(qint64)> &progress)
{
    ReportReader reader(provider);
    ProviderReport &report = reader.report();
    csv::Reader csvReader([&](const csv::RowView &row) { return reader.row(row, cancelled); });
    Sha256 hash;
    const qint64 totalBytes = device->isSequential() ? 0 : device->size();
    bool go = true;
    while (go && !device->atEnd()) {
        const QByteArray chunk = device->read(1 << 20);
        if (chunk.isEmpty())
            break;
        report.bytes += chunk.size();
        hash.addData(chunk);
        go = csvReader.feed(chunk);
        if (report.bytes == chunk.size())
            reader.reserveFor(totalBytes);
        if (progress)
            progress(report.bytes);
    }
    if (go)
        csvReader.finish();
    report.sha256 = hash.result().toHex();
    return reader.finish();
}

quint32 ServerPayments::put(QByteArrayView bytes)
{
    const quint32 at = quint32(m_ids.size());
    m_ids.append(bytes.data(), bytes.size());
    return at;
}

void ServerPayments::append(QByteArrayView providerId, QByteArrayView ownId, const Money &amount,
    PaymentStatus status, qint64 created, const QString &customer)
{
    Row r;
    r.minor = amount.minorUnits();
    r.created = created;
    r.status = status;
    r.id = put(providerId);
    r.idLength = quint32(providerId.size());
    r.own = put(ownId);
    r.ownLength = quint32(ownId.size());
    auto cur = m_currencyIndex.constFind(amount.currency());
    if (cur == m_currencyIndex.cend()) {
        m_currencies.append(amount.currency());
        cur = m_currencyIndex.insert(amount.currency(), quint16(m_currencies.size() - 1));
    }
    r.currency = *cur;
    auto who = m_customerIndex.constFind(customer);
    if (who == m_customerIndex.cend()) {
        m_customers.append(customer);
        who = m_customerIndex.insert(customer, quint32(m_customers.size() - 1));
    }
    r.customer = *who;
    m_rows.push_back(r);
}

void ServerPayments::append(const Payment &p)
{
    append(p.providerPaymentId.toUtf8(), p.id.toUtf8(), p.amount, p.status,
        p.createdAt.isValid() ? p.createdAt.toSecsSinceEpoch() : 0, p.orgName.isEmpty() ? p.orgId : p.orgName);
}

QString issueWord(ReconciliationIssue issue)
{
    switch (issue) {
    case ReconciliationIssue::MissingAtProvider:
        return QStringLiteral("missing_at_provider");
    case ReconciliationIssue::UnknownToServer:
        return QStringLiteral("unknown_to_server");
    case ReconciliationIssue::AmountDiffers:
        return QStringLiteral("amount_differs");
    case ReconciliationIssue::CurrencyDiffers:
        return QStringLiteral("currency_differs");
    case ReconciliationIssue::StatusDiffers:
        return QStringLiteral("status_differs");
    case ReconciliationIssue::OutsideRange:
        return QStringLiteral("outside_range");
    case ReconciliationIssue::SettledTwice:
        return QStringLiteral("settled_twice");
    }
    return {};
}

QString issueTitle(ReconciliationIssue issue)
{
    switch (issue) {
    case ReconciliationIssue::MissingAtProvider:
        return tr("Missing at the provider");
    case ReconciliationIssue::UnknownToServer:
        return tr("Unknown to the server");
    case ReconciliationIssue::AmountDiffers:
        return tr("Amount differs");
    case ReconciliationIssue::CurrencyDiffers:
        return tr("Currency differs");
    case ReconciliationIssue::StatusDiffers:
        return tr("Status differs");
    case ReconciliationIssue::OutsideRange:
        return tr("Outside the dates");
    case ReconciliationIssue::SettledTwice:
        return tr("Settled twice");
    }
    return {};
}

namespace {

// Provider payment id to the server's row: open addressing over a table twice the payments'
// size, each slot the id's hash beside the row, so a miss rarely touches the ids themselves.
struct Index
{
    struct Slot
    {
        quint32 tag = 0;
        quint32 row = 0; // the row + 1; 0 for an empty slot
    };
    std::vector<Slot> table;
    size_t mask = 0;
    const ServerPayments *payments = nullptr;

    explicit Index(const ServerPayments &p) : payments(&p)
    {
        size_t size = 16;
        while (size < size_t(p.size()) * 2)
            size <<= 1;
        table.resize(size);
        mask = size - 1;
        for (qsizetype i = 0; i < p.size(); ++i) {
            const QByteArrayView id = p.providerId(p.at(i));
            if (id.isEmpty() || find(id) >= 0)
                continue; // the first of two rows with one id answers for it
            const size_t h = qHash(id, 0);
            size_t at = h & mask;
            while (table[at].row)
                at = (at + 1) & mask;
            table[at] = {quint32(h >> 32), quint32(i + 1)};
        }
    }

    qint64 find(QByteArrayView id) const
    {
        if (id.isEmpty())
            return -1;
        const size_t h = qHash(id, 0);
        const quint32 tag = quint32(h >> 32);
        for (size_t at = h & mask; table[at].row; at = (at + 1) & mask)
            if (table[at].tag == tag && payments->providerId(payments->at(table[at].row - 1)) == id)
                return table[at].row - 1;
        return -1;
    }
};

// Whether a server payment is one this provider would report, by the id shapes the providers
// document (Razorpay pay_…; Stripe pi_…, ch_…, py_…): a server that takes payments through both
// reconciles each report against its own payments only. An id of neither shape is expected in
// every report (it cannot be told apart, so a missing one is shown, never hidden).
bool reportedBy(ReportProvider provider, QByteArrayView id)
{
    const bool razorpay = id.startsWith("pay_");
    const bool stripe = id.startsWith("pi_") || id.startsWith("ch_") || id.startsWith("py_");
    if (!razorpay && !stripe)
        return true;
    return provider == ReportProvider::Razorpay ? razorpay : stripe;
}

} // namespace

Reconciliation reconcile(const ProviderReport &report, const ServerPayments &payments, QDate from, QDate to,
    const std::function<bool()> &cancelled)
{
    Reconciliation result;
    result.from = from;
    result.to = to;
    result.reportRows = qint64(report.rows.size());
    const qint64 start = QDateTime(from, QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch();
    const qint64 end = QDateTime(to.addDays(1), QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch();
    const auto inRange = [start, end](qint64 t) { return t >= start && t < end; };

    const Index index(payments);
    std::vector<quint8> seen(size_t(payments.size()), 0); // 1: a payment row, 2: a refund row

    // Per currency of the report, by its index (no string per row); the server's own currencies
    // join in at the end.
    std::vector<CurrencyTotals> byCurrency(size_t(report.currencies.size()));
    QHash<QString, CurrencyTotals> serverOnly;
    const auto flag = [&](ReconciliationIssue issue, qint64 reportRow, qint64 serverRow, CurrencyTotals &t) {
        result.exceptions.push_back({issue, reportRow, serverRow});
        ++t.exceptions;
    };

    for (size_t ri = 0; ri < report.rows.size(); ++ri) {
        if (cancelled && (ri & 0xffff) == 0 && cancelled()) {
            result.cancelled = true;
            return result;
        }
        const ReportRow &r = report.rows[ri];
        const QString &currency = report.currencies.at(r.currency);
        CurrencyTotals &t = byCurrency[r.currency];
        const bool settledInRange = r.settled ? inRange(r.settled) : (r.created ? inRange(r.created) : true);
        if (settledInRange && r.entry != ReportEntry::Payout)
            addChecked(t.net, r.net, t.overflowed);
        if (r.entry != ReportEntry::Payment && r.entry != ReportEntry::Refund)
            continue;
        qint64 si = index.find(report.paymentId(r));
        if (si < 0)
            si = index.find(report.otherId(r));
        if (r.entry == ReportEntry::Refund) {
            if (settledInRange)
                addChecked(t.refunds, r.gross < 0 ? -r.gross : r.gross, t.overflowed);
            if (si < 0) {
                flag(ReconciliationIssue::OutsideRange, qint64(ri), -1, t);
                continue;
            }
            seen[size_t(si)] |= 2;
            if (payments.at(si).status == PaymentStatus::Captured)
                flag(ReconciliationIssue::StatusDiffers, qint64(ri), si, t);
            continue;
        }
        if (si < 0) {
            flag(r.created && !inRange(r.created) ? ReconciliationIssue::OutsideRange
                                                  : ReconciliationIssue::UnknownToServer,
                qint64(ri), -1, t);
            continue;
        }
        const auto &p = payments.at(si);
        if (seen[size_t(si)] & 1) {
            flag(ReconciliationIssue::SettledTwice, qint64(ri), si, t);
            continue;
        }
        seen[size_t(si)] |= 1;
        if (payments.currency(p) != currency)
            flag(ReconciliationIssue::CurrencyDiffers, qint64(ri), si, t);
        else if (r.gross != p.minor)
            flag(ReconciliationIssue::AmountDiffers, qint64(ri), si, t);
        else if (p.status != PaymentStatus::Captured && p.status != PaymentStatus::Refunded)
            flag(ReconciliationIssue::StatusDiffers, qint64(ri), si, t);
        else if (!settledInRange)
            flag(ReconciliationIssue::OutsideRange, qint64(ri), si, t);
        else {
            ++t.matched;
            ++result.matched;
            addChecked(t.matchedAmount, r.gross, t.overflowed);
            // Razorpay's fee includes the tax on it; Stripe's fee is the fee.
            addChecked(t.fees, report.provider == ReportProvider::Razorpay ? r.fee - r.tax : r.fee, t.overflowed);
            addChecked(t.tax, r.tax, t.overflowed);
        }
    }
    const auto totalsOf = [&](const QString &currency) -> CurrencyTotals & {
        const qsizetype i = report.currencies.indexOf(currency);
        return i >= 0 ? byCurrency[size_t(i)] : serverOnly[currency];
    };
    for (qsizetype si = 0; si < payments.size(); ++si) {
        const auto &p = payments.at(si);
        if (!inRange(p.created) || (!seen[size_t(si)] && !reportedBy(report.provider, payments.providerId(p))))
            continue;
        ++result.serverPayments;
        const bool paid = p.status == PaymentStatus::Captured || p.status == PaymentStatus::Refunded;
        if (paid && !(seen[size_t(si)] & 1))
            flag(ReconciliationIssue::MissingAtProvider, -1, si, totalsOf(payments.currency(p)));
        else if (p.status == PaymentStatus::Refunded && (seen[size_t(si)] & 1) && !(seen[size_t(si)] & 2))
            flag(ReconciliationIssue::StatusDiffers, -1, si, totalsOf(payments.currency(p)));
    }
    for (size_t i = 0; i < byCurrency.size(); ++i)
        result.totals.insert(report.currencies.at(qsizetype(i)), byCurrency[i]);
    for (auto it = serverOnly.cbegin(); it != serverOnly.cend(); ++it)
        result.totals.insert(it.key(), it.value());
    return result;
}

namespace {

QString moneyText(qint64 minor, const QString &currency, const QLocale &locale)
{
    return Money::fromMinor(minor, currency).toDisplayString(locale);
}

QString when(qint64 secs, const QLocale &locale)
{
    return secs ? shortDate(QDateTime::fromSecsSinceEpoch(secs, QTimeZone::utc()), locale) : QString();
}

} // namespace

QString exceptionPaymentId(
    const ReconciliationException &e, const ProviderReport &report, const ServerPayments &payments)
{
    if (e.serverRow >= 0)
        return QString::fromUtf8(payments.providerId(payments.at(e.serverRow)));
    const ReportRow &r = report.rows[size_t(e.reportRow)];
    const QByteArrayView id = report.paymentId(r);
    return QString::fromUtf8(id.isEmpty() ? report.otherId(r) : id);
}

QString exceptionReason(const ReconciliationException &e, const ProviderReport &report,
    const ServerPayments &payments, const QLocale &locale)
{
    const QString provider = reportProviderName(report.provider);
    const ReportRow *r = e.reportRow >= 0 ? &report.rows[size_t(e.reportRow)] : nullptr;
    const ServerPayments::Row *p = e.serverRow >= 0 ? &payments.at(e.serverRow) : nullptr;
    const auto reported = [&] { return moneyText(r->gross, report.currencies.at(r->currency), locale); };
    const auto onServer = [&] { return moneyText(p->minor, payments.currency(*p), locale); };
    switch (e.issue) {
    case ReconciliationIssue::MissingAtProvider:
        if (p->status == PaymentStatus::Refunded)
            return tr("Paid on %1 (%2, refunded since) but not in %3’s report").arg(when(p->created, locale), onServer(), provider);
        return tr("Paid on %1 (%2) but not in %3’s report").arg(when(p->created, locale), onServer(), provider);
    case ReconciliationIssue::UnknownToServer:
        return tr("%1 settled %2 paid on %3; the server has no such payment")
            .arg(provider, reported(), when(r->created, locale));
    case ReconciliationIssue::AmountDiffers:
    case ReconciliationIssue::CurrencyDiffers:
        return tr("The server says %1; %2 says %3").arg(onServer(), provider, reported());
    case ReconciliationIssue::StatusDiffers:
        if (!r)
            return tr("Refunded on the server; %1’s report has no refund").arg(provider);
        if (r->entry == ReportEntry::Refund)
            return tr("Refunded at %1 (%2); still captured on the server").arg(provider, reported());
        return tr("%1 on the server; %2 settled it (%3)").arg(label(p->status), provider, reported());
    case ReconciliationIssue::OutsideRange:
        if (r->entry == ReportEntry::Refund)
            return tr("Refund of %1 for a payment the server did not list for these dates (paid before them, or "
                      "unknown to it)")
                .arg(reported());
        if (!p)
            return tr("Paid on %1, outside the dates reconciled (%2)").arg(when(r->created, locale), reported());
        return tr("Settled on %1, outside the dates reconciled").arg(when(r->settled, locale));
    case ReconciliationIssue::SettledTwice:
        return tr("In %1’s report more than once (again on line %2)").arg(provider).arg(r->line);
    }
    return {};
}

bool writeExceptionsCsv(
    QIODevice *out, const Reconciliation &result, const ProviderReport &report, const ServerPayments &payments)
{
    const QLocale c = QLocale::c();
    const auto iso = [](qint64 secs) {
        return secs ? QDateTime::fromSecsSinceEpoch(secs, QTimeZone::utc()).toString(Qt::ISODate) : QString();
    };
    QByteArray buffer = csv::row({QStringLiteral("issue"), QStringLiteral("reason"),
        QStringLiteral("provider_payment_id"), QStringLiteral("server_payment_id"), QStringLiteral("customer"),
        QStringLiteral("server_amount"), QStringLiteral("provider_amount"), QStringLiteral("currency"),
        QStringLiteral("server_status"), QStringLiteral("paid_at"), QStringLiteral("settled_at"),
        QStringLiteral("report_line")});
    for (const ReconciliationException &e : result.exceptions) {
        const ReportRow *r = e.reportRow >= 0 ? &report.rows[size_t(e.reportRow)] : nullptr;
        const ServerPayments::Row *p = e.serverRow >= 0 ? &payments.at(e.serverRow) : nullptr;
        const QString currency = r ? report.currencies.at(r->currency) : payments.currency(*p);
        buffer += csv::row({issueWord(e.issue), exceptionReason(e, report, payments, c),
            exceptionPaymentId(e, report, payments), p ? QString::fromUtf8(payments.ownId(*p)) : QString(),
            p ? payments.customer(*p) : QString(),
            p ? Money::fromMinor(p->minor, payments.currency(*p)).toWireString() : QString(),
            r ? Money::fromMinor(r->gross, currency).toWireString() : QString(), currency,
            p ? wireWord(p->status) : QString(), iso(p ? p->created : r->created), r ? iso(r->settled) : QString(),
            r ? QString::number(r->line) : QString()});
        if (buffer.size() > (1 << 20)) {
            if (out->write(buffer) != buffer.size())
                return false;
            buffer.clear();
        }
    }
    return out->write(buffer) == buffer.size();
}

QStringList totalsLines(const Reconciliation &result, const QLocale &locale)
{
    QStringList lines;
    for (auto it = result.totals.cbegin(); it != result.totals.cend(); ++it) {
        const CurrencyTotals &t = it.value();
        if (t.overflowed) {
            lines << tr("%1: the sums are too large to add up exactly; no totals given").arg(it.key());
            continue;
        }
        const auto m = [&](qint64 v) { return moneyText(v, it.key(), locale); };
        lines << tr("%1: %2 matched (%3), fees %4, tax on fees %5, refunds %6, net settled %7, %8")
                     .arg(it.key(), locale.toString(t.matched), m(t.matchedAmount), m(t.fees), m(t.tax),
                         m(t.refunds), m(t.net),
                         QCoreApplication::translate("Reconciliation", "%n exceptions", nullptr, int(t.exceptions)));
    }
    return lines;
}

} // namespace bc
