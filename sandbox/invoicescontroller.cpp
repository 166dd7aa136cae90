#include "invoicescontroller.h"

#include "auth.h"
#include "orgbilling.h"
#include "proration.h"
#include "providersignatures.h"

#include "invoice/invoicerenderer.h"
#include "models/invoicejson.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace bc::sandbox {

void InvoicesController::registerRoutes(Router &router)
{
    route(router, "GET", QStringLiteral("/api/billing/invoices"), &InvoicesController::list, RouteKind::Extension);
    route(router, "GET", QStringLiteral("/api/billing/invoices/{id}"), &InvoicesController::one, RouteKind::Extension);
    route(router, "GET", QStringLiteral("/api/billing/invoices/{id}/pdf"), &InvoicesController::pdf,
        RouteKind::Documented);
}

HttpResponse InvoicesController::list(const HttpRequest &req)
{
    if (auto denied = requireRole(req, kLedgerReaders))
        return *denied;
    Page page;
    if (auto bad = readPage(req, &page))
        return *bad;
    std::optional<qint64> from, to;
    if (auto bad = readDateRange(req, &from, &to))
        return *bad;
    Filter f;
    if (!req.principal->isPlatform())
        f.add(QStringLiteral("i.org_id = ?"), {req.principal->orgId});
    else if (!req.queryValue(QStringLiteral("orgId")).isEmpty())
        f.add(QStringLiteral("i.org_id = ?"), {req.queryValue(QStringLiteral("orgId"))});
    if (from)
        f.add(QStringLiteral("i.issued_at >= ?"), {*from});
    if (to)
        f.add(QStringLiteral("i.issued_at <= ?"), {*to});
    if (!req.queryValue(QStringLiteral("status")).isEmpty())
        f.add(QStringLiteral("i.status = ?"), {req.queryValue(QStringLiteral("status"))});
    addPage(f, page, QStringLiteral("i"));
    QVariantList binds = f.binds;
    binds << page.limit + 1;
    const auto rows =
        ctx.db.all(QStringLiteral("SELECT i.id, i.number, i.org_id, i.subscription_id, i.status, i.currency,"
                                  " i.issued_at, i.subtotal_minor, i.tax_minor, i.total_minor, i.amount_paid_minor,"
                                  " i.created_at, o.name AS org_name FROM invoices i JOIN orgs o ON o.id = i.org_id")
                + f.where() + QStringLiteral(" ORDER BY i.created_at DESC, i.id DESC LIMIT ?"),
            binds);
    QJsonArray data;
    for (const QVariantMap &r : rows)
        data.append(invoiceSummaryJson(r));
    return pagedJson(data, rows, page.limit);
}

HttpResponse InvoicesController::one(const HttpRequest &req)
{
    if (auto denied = requireRole(req, kLedgerReaders))
        return *denied;
    std::optional<HttpResponse> error;
    const auto inv = invoiceFor(req, &error);
    if (!inv)
        return *error;
    return HttpResponse::json(invoicejson::toJson(*inv));
}

HttpResponse InvoicesController::pdf(const HttpRequest &req)
{
    if (auto denied = requireRole(req, kBillingReaders))
        return *denied;
    std::optional<HttpResponse> error;
    const auto inv = invoiceFor(req, &error);
    if (!inv)
        return *error;
    HttpResponse r;
    r.offThread = [invoice = *inv] {
        HttpResponse pdf;
        pdf.contentType = "application/pdf";
        pdf.body = InvoiceRenderer().renderPdf(invoice);
        pdf.withHeader("Cache-Control", "private, max-age=3600");
        pdf.withHeader("Content-Disposition", QByteArray("inline; filename=\"" + invoice.number.toLatin1() + ".pdf\""));
        return pdf;
    };
    return r;
}

std::optional<Invoice> InvoicesController::invoiceFor(const HttpRequest &req, std::optional<HttpResponse> *error)
{
    const QString id = req.params.value(QStringLiteral("id"));
    const auto inv = loadInvoice(ctx, id);
    if (!inv || (!req.principal->isPlatform() && inv->orgId != req.principal->orgId)) {
        *error =
            HttpResponse::error(404, QStringLiteral("not_found"), QStringLiteral("There is no invoice %1.").arg(id));
        return std::nullopt;
    }
    return inv;
}

} // namespace bc::sandbox
