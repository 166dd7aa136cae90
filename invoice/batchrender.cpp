#include "batchrender.h"

#include "models/invoicejson.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QSaveFile>

namespace bc {

InvoiceBatchRenderer::InvoiceBatchRenderer(InvoiceRenderOptions options)
    : m_renderer(options), m_options(std::move(options))
{
}

bool InvoiceBatchRenderer::parseInvoices(const QByteArray &json, QList<Invoice> *invoices, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = QStringLiteral("Not valid JSON at offset %1: %2.").arg(parseError.offset).arg(parseError.errorString());
        return false;
    }
    // Also accept the list endpoint's envelope {"invoices": [...]} so a saved API answer works.
    QJsonArray array;
    if (doc.isArray())
        array = doc.array();
    else if (doc.isObject() && doc.object().value(QStringLiteral("invoices")).isArray())
        array = doc.object().value(QStringLiteral("invoices")).toArray();
    else {
        *error = QStringLiteral("Expected a JSON array of invoices.");
        return false;
    }
    invoices->clear();
    invoices->reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonObject object = array.at(i).toObject();
        Invoice inv;
        QString why;
        if (!array.at(i).isObject() || !invoicejson::fromJson(object, &inv, &why)) {
            const QString number = object.value(QStringLiteral("number")).toString();
            *error = QStringLiteral("Invoice %1%2: %3")
                         .arg(i + 1)
                         .arg(number.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(number),
                              array.at(i).isObject() ? why : QStringLiteral("not a JSON object."));
            return false;
        }
        invoices->append(std::move(inv));
    }
    if (invoices->isEmpty()) {
        *error = QStringLiteral("The input holds no invoices.");
        return false;
    }
    return true;
}

QString InvoiceBatchRenderer::fileNameFor(const Invoice &invoice)
{
    QString base = invoice.number.isEmpty() ? invoice.id : invoice.number;
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9._-]"));
    base.replace(unsafe, QStringLiteral("_"));
    if (base.isEmpty() || base.startsWith(u'.'))
        base.prepend(QStringLiteral("invoice_"));
    return base.left(120) + QStringLiteral(".pdf");
}

bool InvoiceBatchRenderer::renderMerged(const QList<Invoice> &invoices, const QString &file,
                                        QString *error, const Progress &progress) const
{
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly)) {
        *error = QStringLiteral("Cannot write %1: %2.").arg(file, out.errorString());
        return false;
    }
    {
        QPdfWriter writer(&out);
        writer.setPageSize(m_options.pageSize);
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        writer.setResolution(m_options.resolution);
        writer.setCreator(QStringLiteral("Billing Console"));
        writer.setTitle(QStringLiteral("Invoices"));
        QPainter painter;
        if (!painter.begin(&writer)) {
            *error = QStringLiteral("Could not start the PDF writer.");
            out.cancelWriting();
            return false;
        }
        for (qsizetype i = 0; i < invoices.size(); ++i) {
            m_renderer.paint(invoices.at(i), painter, writer, i > 0);
            if (progress && !progress(int(i + 1), int(invoices.size()))) {
                painter.end();
                out.cancelWriting();
                *error = QStringLiteral("Cancelled; nothing was written.");
                return false;
            }
        }
        painter.end();
    }
    if (!out.commit()) {
        *error = QStringLiteral("Could not save %1: %2.").arg(file, out.errorString());
        return false;
    }
    return true;
}

bool InvoiceBatchRenderer::renderEach(const QList<Invoice> &invoices, const QString &directory,
                                      QString *error, const Progress &progress) const
{
    if (!QDir().mkpath(directory)) {
        *error = QStringLiteral("Cannot create the directory %1.").arg(directory);
        return false;
    }
    const QDir dir(directory);
    for (qsizetype i = 0; i < invoices.size(); ++i) {
        const QString path = dir.filePath(fileNameFor(invoices.at(i)));
        QSaveFile file(path);
        QString why;
        if (!file.open(QIODevice::WriteOnly) || !m_renderer.renderPdf(invoices.at(i), &file, &why) || !file.commit()) {
            *error = QStringLiteral("Could not write %1: %2.").arg(path, why.isEmpty() ? file.errorString() : why);
            return false;
        }
        if (progress && !progress(int(i + 1), int(invoices.size()))) {
            *error = QStringLiteral("Cancelled after %1 of %2 invoices.").arg(i + 1).arg(invoices.size());
            return false;
        }
    }
    return true;
}

} // namespace bc
