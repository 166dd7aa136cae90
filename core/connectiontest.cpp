#include "connectiontest.h"

#include "models/words.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QJsonArray>

namespace bc {

namespace {

using Line = ConnectionReport::Line;

} // namespace

QJsonObject ConnectionReport::toJson(const ConnectionProfile &profile) const
{
    QJsonArray offeredKeys, missingKeys, said;
    for (Extension e : offered)
        offeredKeys.append(extensionKey(e));
    for (Extension e : notOffered)
        missingKeys.append(extensionKey(e));
    for (const Line &l : lines)
        said.append(l.text);
    return QJsonObject{{QStringLiteral("profile"), profile.name}, {QStringLiteral("url"), profile.baseUrl.toString()},
        {QStringLiteral("family"), wireWord(profile.family())}, {QStringLiteral("works"), works()},
        {QStringLiteral("reachable"), reachable}, {QStringLiteral("key_accepted"), keyAccepted},
        {QStringLiteral("role"),
            QJsonObject{{QStringLiteral("declared"), roleToString(profile.role)},
                {QStringLiteral("confirmed"), roleConfirmed ? QJsonValue(*roleConfirmed) : QJsonValue()},
                {QStringLiteral("server"),
                    serverRole == Role::Unknown ? QJsonValue() : QJsonValue(roleToString(serverRole))}}},
        {QStringLiteral("extensions_offered"), offeredKeys}, {QStringLiteral("extensions_not_offered"), missingKeys},
        {QStringLiteral("sample"), sample.isEmpty() ? QJsonValue() : QJsonValue(sample)},
        {QStringLiteral("reason"), failure.isEmpty() ? QJsonValue() : QJsonValue(failure)},
        {QStringLiteral("lines"), said}};
}

ConnectionTest::ConnectionTest(QObject *parent) : QObject(parent) { }

void ConnectionTest::start(const ConnectionProfile &profile)
{
    cancel();
    m_profile = profile;
    m_report = {};
    m_transport = new ApiTransport(this);
    m_transport->setBaseUrl(profile.baseUrl);
    m_transport->setApiKey(profile.apiKey);
    m_transport->setMaxRetries(0); // a person is waiting: say at once what is wrong
    m_org = new OrgBillingConnector(m_transport, m_transport);
    m_org->setAmountConvention(profile.amountsFor(Family::OrgBilling));
    m_credits = new CreditsConnector(m_transport, m_transport);
    m_credits->setAmountConvention(profile.amountsFor(Family::Credits));
    m_tier = new TierBillingConnector(m_transport, m_transport);
    m_platform = new PlatformChargesConnector(m_transport, profile.companyId, profile.extensionId, m_transport);
    m_platform->setAmountConvention(profile.amountsFor(Family::Platform));
    if (!profile.baseUrl.isValid() || profile.baseUrl.host().isEmpty()
        || (profile.baseUrl.scheme() != QLatin1String("https") && profile.baseUrl.scheme() != QLatin1String("http"))) {
        m_report.failure = QCoreApplication::translate(
            "ConnectionTest", "The address must be an http:// or https:// URL with a host.");
        m_report.lines.append({Line::Kind::Failed, m_report.failure});
        QMetaObject::invokeMethod(this, &ConnectionTest::finish, Qt::QueuedConnection);
        return;
    }
    if (profile.family() == Family::Platform && (profile.companyId.isEmpty() || profile.extensionId.isEmpty())) {
        m_report.failure =
            QCoreApplication::translate("ConnectionTest", "Platform charges need the company id and the extension id.");
        m_report.lines.append({Line::Kind::Failed, m_report.failure});
        QMetaObject::invokeMethod(this, &ConnectionTest::finish, Qt::QueuedConnection);
        return;
    }
    addHeartbeat();
    addRoleCheck();
    addExtensionProbes();
    addSample();
    QMetaObject::invokeMethod(this, &ConnectionTest::next, Qt::QueuedConnection);
}

void ConnectionTest::cancel()
{
    m_steps.clear();
    if (m_transport) {
        m_transport->deleteLater(); // its calls answer no one once it is gone
        m_transport = nullptr;
    }
}

void ConnectionTest::next()
{
    if (!m_transport)
        return;
    if (m_steps.empty()) {
        finish();
        return;
    }
    Step step = std::move(m_steps.front());
    m_steps.pop_front();
    step();
}

void ConnectionTest::finish()
{
    if (m_report.failure.isEmpty() && !m_report.works())
        m_report.failure = QCoreApplication::translate("ConnectionTest", "The connection does not work.");
    cancel();
    emit finished(m_report);
}

bool ConnectionTest::reachedWith(const ApiError &error)
{
    using Kind = ApiError::Kind;
    if (error.kind == Kind::Network || error.kind == Kind::Timeout || error.kind == Kind::Tls) {
        m_report.failure = QCoreApplication::translate("ConnectionTest", "Could not reach %1: %2")
                               .arg(m_profile.baseUrl.toString(), error.humanMessage());
        m_report.lines.append({Line::Kind::Failed, m_report.failure});
        return false;
    }
    m_report.reachable = true;
    if (error.httpStatus == 401 || error.httpStatus == 403) {
        m_report.failure = QCoreApplication::translate(
            "ConnectionTest", "The server is there, but it does not accept this API key: %1")
                               .arg(error.humanMessage());
        m_report.lines.append(
            {Line::Kind::Failed, QCoreApplication::translate("ConnectionTest", "The server answers.")});
        m_report.lines.append({Line::Kind::Failed, m_report.failure});
        return false;
    }
    if (error.isError()
        && !(error.kind == Kind::Http && error.httpStatus == 404 && m_profile.family() == Family::Platform)) {
        m_report.failure =
            QCoreApplication::translate("ConnectionTest", "The server answered, but not as the %1 document says: %2")
                .arg(label(m_profile.family()), error.humanMessage());
        m_report.lines.append({Line::Kind::Failed, m_report.failure});
        return false;
    }
    m_report.keyAccepted = true;
    m_report.lines.append({Line::Kind::Passed,
        QCoreApplication::translate("ConnectionTest", "The server answers, and accepts this API key.")});
    return true;
}

// The family's one documented read that any key may make.
void ConnectionTest::addHeartbeat()
{
    m_steps.push_back([this] {
        emit progress(QCoreApplication::translate("ConnectionTest", "Reaching the server…"));
        auto done = [this](const ApiError &error) {
            if (reachedWith(error))
                next();
            else
                finish();
        };
        switch (m_profile.family()) {
        case Family::OrgBilling:
            m_org->mySubscription(this, [done](const ApiResult<std::optional<Subscription>> &r) { done(r.error); });
            break;
        case Family::Credits:
            m_credits->balance(this, [done](const ApiResult<qint64> &r) { done(r.error); });
            break;
        case Family::Tier:
            m_tier->status(this, [done](const ApiResult<TierStatus> &r) { done(r.error); });
            break;
        case Family::Platform:
            // No list and no "me" in seed 003: a charge id that cannot exist answers 404 once the
            // key is accepted.
            m_platform->charge(QStringLiteral("000000000000000000000000"), this,
                [done](const ApiResult<PlatformCharge> &r) { done(r.error); });
            break;
        }
    });
}

// The role: from "who am I" when the server has it, else from a documented read only that role
// may make.
void ConnectionTest::addRoleCheck()
{
    m_steps.push_back([this] {
        emit progress(QCoreApplication::translate("ConnectionTest", "Checking the role…"));
        m_org->whoami(this, [this](const ApiResult<json::Identity> &r) {
            probe(Extension::WhoAmI, r.error);
            if (r.ok()) {
                m_report.serverRole = r.value.role;
                m_report.roleConfirmed = r.value.role == m_profile.role;
                m_report.lines.append({*m_report.roleConfirmed ? Line::Kind::Passed : Line::Kind::Failed,
                    *m_report.roleConfirmed
                        ? QCoreApplication::translate("ConnectionTest", "The server confirms this key is %1.")
                              .arg(roleDisplayName(m_profile.role))
                        : QCoreApplication::translate("ConnectionTest", "The server says this key is %1, not %2.")
                              .arg(roleDisplayName(r.value.role), roleDisplayName(m_profile.role))});
                if (!*m_report.roleConfirmed)
                    m_report.failure = m_report.lines.last().text;
                next();
                return;
            }
            checkRoleByRead();
        });
    });
}

// Without "who am I": a documented read that only the declared role may make.
void ConnectionTest::checkRoleByRead()
{
    auto refusedOr = [this](const ApiError &error, const QString &what) {
        if (error.httpStatus == 401 || error.httpStatus == 403) {
            m_report.roleConfirmed = false;
            m_report.failure = QCoreApplication::translate(
                "ConnectionTest", "The server refuses %1 to this key; a %2 key may read it, so this key is not %2.")
                                   .arg(what, roleDisplayName(m_profile.role));
            m_report.lines.append({Line::Kind::Failed, m_report.failure});
        } else if (!error.isError()) {
            m_report.roleConfirmed = true;
            m_report.lines.append({Line::Kind::Passed,
                QCoreApplication::translate(
                    "ConnectionTest", "This key may read %1, which only keys of roles like %2 may.")
                    .arg(what, roleDisplayName(m_profile.role))});
        } else {
            m_report.lines.append({Line::Kind::Note,
                QCoreApplication::translate("ConnectionTest", "Could not check the role: %1")
                    .arg(error.humanMessage())});
        }
        next();
    };
    const Role role = m_profile.role;
    if (m_profile.family() == Family::OrgBilling && role == Role::SuperAdmin) {
        SubscriptionQuery q;
        q.limit = 1;
        m_org->subscriptions(q, this, [refusedOr](const ApiResult<PageOf<Subscription>> &r) {
            refusedOr(r.error, QCoreApplication::translate("ConnectionTest", "every organisation's subscriptions"));
        });
    } else if (m_profile.family() == Family::OrgBilling && (role == Role::Owner || role == Role::Admin)) {
        auto *sink = new QBuffer(this);
        sink->open(QIODevice::WriteOnly);
        const QDate today = QDate::currentDate();
        m_org->exportPayments(today, today, sink, this, [refusedOr, sink](const ApiResult<bool> &r) {
            sink->deleteLater();
            refusedOr(r.error, QCoreApplication::translate("ConnectionTest", "the payments export"));
        });
    } else if (m_profile.family() == Family::Credits && role == Role::SuperAdmin) {
        m_credits->adminPlans(this, [refusedOr](const ApiResult<QList<CreditPlan>> &r) {
            refusedOr(r.error, QCoreApplication::translate("ConnectionTest", "the plans administration"));
        });
    } else if (m_profile.family() == Family::Credits && role == Role::Support) {
        m_credits->allTransactions({}, {}, 1, {}, this, [refusedOr](const ApiResult<PageOf<CreditTransaction>> &r) {
            refusedOr(
                r.error, QCoreApplication::translate("ConnectionTest", "every organisation's credit transactions"));
        });
    } else {
        m_report.lines.append({Line::Kind::Note,
            QCoreApplication::translate("ConnectionTest",
                "This server has no “who am I”: the console takes this key to be %1, as the connection says.")
                .arg(roleDisplayName(role))});
        next();
    }
}

void ConnectionTest::probe(Extension e, const ApiError &error)
{
    if (error.isNotOffered())
        m_report.notOffered.append(e);
    else if (!error.isError())
        m_report.offered.append(e);
}

// Reads of the extensions a server of this family may have; nothing the document lists is
// missed when they are not there.
void ConnectionTest::addExtensionProbes()
{
    auto ask = [this](Extension e, std::function<void(std::function<void(const ApiError &)>)> call) {
        m_steps.push_back([this, e, call] {
            emit progress(QCoreApplication::translate("ConnectionTest", "Looking for %1…").arg(extensionName(e)));
            call([this, e](const ApiError &error) {
                probe(e, error);
                next();
            });
        });
    };
    DateRangeQuery one;
    one.limit = 1;
    switch (m_profile.family()) {
    case Family::OrgBilling:
        ask(Extension::PlanList,
            [this](auto done) { m_org->plans(this, [done](const ApiResult<QList<Plan>> &r) { done(r.error); }); });
        ask(Extension::InvoiceList, [this, one](auto done) {
            m_org->invoices(one, {}, this, [done](const ApiResult<PageOf<Invoice>> &r) { done(r.error); });
        });
        ask(Extension::PaymentList, [this, one](auto done) {
            m_org->payments(one, {}, this, [done](const ApiResult<PageOf<Payment>> &r) { done(r.error); });
        });
        ask(Extension::RevenueReport, [this](auto done) {
            m_org->revenueByMonth(this, [done](const ApiResult<QList<MonthlyAmount>> &r) { done(r.error); });
        });
        break;
    case Family::Credits:
        ask(Extension::CreditsSubscription, [this](auto done) {
            m_credits->currentSubscription(
                this, [done](const ApiResult<std::optional<CreditSubscription>> &r) { done(r.error); });
        });
        if (m_profile.role == Role::SuperAdmin || m_profile.role == Role::Support) {
            ask(Extension::CustomerSearch, [this](auto done) {
                m_credits->organisations({}, this, [done](const ApiResult<QList<OrgSummary>> &r) { done(r.error); });
            });
            ask(Extension::CreditsSummary, [this](auto done) {
                m_credits->summaryByMonth(
                    this, [done](const ApiResult<QList<CreditsConnector::MonthlyCredits>> &r) { done(r.error); });
            });
        }
        break;
    case Family::Platform:
        ask(Extension::ChargeList, [this](auto done) {
            m_platform->charges(this, [done](const ApiResult<QList<PlatformCharge>> &r) { done(r.error); });
        });
        break;
    case Family::Tier:
        break;
    }
    m_steps.push_back([this] {
        QStringList offered, missing;
        for (Extension e : std::as_const(m_report.offered))
            offered << extensionTitle(e);
        for (Extension e : std::as_const(m_report.notOffered))
            missing << extensionTitle(e);
        if (!offered.isEmpty())
            m_report.lines.append({Line::Kind::Note,
                QCoreApplication::translate("ConnectionTest", "Also offers: %1.")
                    .arg(offered.join(QStringLiteral(", ")))});
        if (!missing.isEmpty())
            m_report.lines.append({Line::Kind::Note,
                QCoreApplication::translate("ConnectionTest", "Does not offer (the console does without): %1.")
                    .arg(missing.join(QStringLiteral(", ")))});
        next();
    });
}

// A price read as the connection says bare numbers are, for a person to confirm.
void ConnectionTest::addSample()
{
    if (m_profile.family() != Family::Credits)
        return;
    m_steps.push_back([this] {
        emit progress(QCoreApplication::translate("ConnectionTest", "Reading a price…"));
        m_credits->plans(this, [this](const ApiResult<QList<CreditPlan>> &r) {
            if (r.ok() && !r.value.isEmpty()) {
                const CreditPlan &p = r.value.first();
                m_report.sample = QCoreApplication::translate("ConnectionTest", "%1: %2 a month?")
                                      .arg(p.name, p.priceMonthly.toDisplayString());
                m_report.lines.append({Line::Kind::Note,
                    QCoreApplication::translate("ConnectionTest", "Prices read as: %1").arg(m_report.sample)});
            } else if (!r.ok()) {
                m_report.lines.append({Line::Kind::Failed,
                    QCoreApplication::translate("ConnectionTest", "The plans cannot be read: %1")
                        .arg(r.error.humanMessage())});
                if (r.error.kind == ApiError::Kind::Parse) { // the numbers cannot be read as the connection says
                    m_report.pricesReadable = false;
                    m_report.failure = m_report.lines.last().text;
                }
            }
            next();
        });
    });
}

} // namespace bc
