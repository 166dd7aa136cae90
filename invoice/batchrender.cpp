#include "batchrender.h"

#include "logging.h"
#include "pdffontnames.h"

#include "models/invoicejson.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMutex>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QSaveFile>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <thread>
#include <vector>

namespace bc {

InvoiceBatchRenderer::InvoiceBatchRenderer(InvoiceRenderOptions options)
    : m_renderer(options), m_options(std::move(options))
{ }

bool InvoiceBatchRenderer::parseInvoices(const QByteArray &json, QList<Invoice> *invoices, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error =
            QStringLiteral("Not valid JSON at offset %1: %2.").arg(parseError.offset).arg(parseError.errorString());
        return false;
    }
    // Full invoices only: the list endpoint answers summaries without lines, which cannot print.
    if (!doc.isArray()) {
        *error =
            QStringLiteral("Expected a JSON array of invoices (each as GET /api/billing/invoices/{id} returns it).");
        return false;
    }
    const QJsonArray array = doc.array();
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

QString InvoiceBatchRenderer::fileNameFor(const Invoice &invoice, QSet<QString> *taken)
{
    QString base = invoice.number.isEmpty() ? invoice.id : invoice.number;
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9._-]"));
    base.replace(unsafe, QStringLiteral("_"));
    if (base.isEmpty() || base.startsWith(u'.'))
        base.prepend(QStringLiteral("invoice_"));
    base = base.left(120);
    QString name = base + QStringLiteral(".pdf");
    if (taken) {
        for (int n = 2; taken->contains(name.toLower()); ++n)
            name = QStringLiteral("%1_%2.pdf").arg(base).arg(n);
        taken->insert(name.toLower()); // case-insensitive file systems too
    }
    return name;
}

MergedInvoicePdf::MergedInvoicePdf(InvoiceRenderOptions options)
    : m_options(options), m_renderer(std::move(options)) { }

MergedInvoicePdf::~MergedInvoicePdf()
{
    cancel();
}

bool MergedInvoicePdf::open(const QString &file, QString *error)
{
    cancel();
    m_path = file;
    m_file = std::make_unique<QSaveFile>(file);
    if (!m_file->open(QIODevice::WriteOnly)) {
        *error = QStringLiteral("Cannot write %1: %2.").arg(file, m_file->errorString());
        m_file.reset();
        return false;
    }
    m_fixer = std::make_unique<PdfFontNameFixer>(m_file.get()); // fonts named as subsets
    m_writer = std::make_unique<QPdfWriter>(m_fixer.get());
    m_writer->setPageSize(m_options.pageSize);
    m_writer->setPageMargins(QMarginsF(0, 0, 0, 0));
    m_writer->setResolution(m_options.resolution);
    m_writer->setCreator(QStringLiteral("Billing Console"));
    m_writer->setTitle(QStringLiteral("Invoices"));
    if (!m_painter.begin(m_writer.get())) {
        *error = QStringLiteral("Could not start the PDF writer.");
        cancel();
        return false;
    }
    return true;
}

void MergedInvoicePdf::add(const Invoice &invoice)
{
    if (!m_painter.isActive())
        return;
    m_renderer.paint(invoice, m_painter, *m_writer, m_count > 0);
    ++m_count;
}

bool MergedInvoicePdf::commit(QString *error)
{
    if (!m_file) {
        *error = QStringLiteral("No PDF is open.");
        return false;
    }
    if (m_count == 0) {
        *error = QStringLiteral("No invoices to write; %1 was not created.").arg(m_path);
        cancel();
        return false;
    }
    m_painter.end();
    m_writer.reset(); // flushes the trailer into the file
    const bool ok = m_fixer->finish() && m_file->commit();
    m_fixer.reset();
    if (!ok)
        *error = QStringLiteral("Could not save %1: %2.").arg(m_path, m_file->errorString());
    qCDebug(lcInvoice) << "merged" << m_count << "invoices into" << m_path << (ok ? "" : "(failed)");
    m_file.reset();
    m_count = 0;
    return ok;
}

void MergedInvoicePdf::cancel()
{
    if (m_painter.isActive())
        m_painter.end();
    m_writer.reset();
    m_fixer.reset();
    if (m_file)
        m_file->cancelWriting();
    m_file.reset();
    m_count = 0;
}

bool InvoiceBatchRenderer::renderMerged(
    const QList<Invoice> &invoices, const QString &file, QString *error, const Progress &progress) const
{
    MergedInvoicePdf pdf(m_options);
    if (!pdf.open(file, error))
        return false;
    for (qsizetype i = 0; i < invoices.size(); ++i) {
        pdf.add(invoices.at(i));
        if (progress && !progress(int(i + 1), int(invoices.size()))) {
            pdf.cancel();
            *error = QStringLiteral("Cancelled; nothing was written.");
            return false;
        }
    }
    return pdf.commit(error);
}

bool InvoiceBatchRenderer::renderFile(
    const Invoice &invoice, const QString &directory, QSet<QString> *taken, QString *error) const
{
    return writeFile(invoice, QDir(directory).filePath(fileNameFor(invoice, taken)), error);
}

bool InvoiceBatchRenderer::writeFile(const Invoice &invoice, const QString &path, QString *error) const
{
    QSaveFile file(path);
    QString why;
    if (!file.open(QIODevice::WriteOnly) || !m_renderer.renderPdf(invoice, &file, &why) || !file.commit()) {
        *error = QStringLiteral("Could not write %1: %2.").arg(path, why.isEmpty() ? file.errorString() : why);
        return false;
    }
    qCDebug(lcInvoice) << "wrote" << invoice.number << "to" << path;
    return true;
}

bool InvoiceBatchRenderer::renderEach(const QList<Invoice> &invoices, const QString &directory, QString *error,
    const Progress &progress, int threads) const
{
    if (!QDir().mkpath(directory)) {
        *error = QStringLiteral("Cannot create the directory %1.").arg(directory);
        return false;
    }
    // The names in the batch's order, so they do not depend on which thread is first.
    QSet<QString> taken;
    QStringList paths;
    paths.reserve(invoices.size());
    const QDir dir(directory);
    for (const Invoice &invoice : invoices)
        paths.append(dir.filePath(fileNameFor(invoice, &taken)));

    // Each thread takes the next invoice not yet taken: the renderer is stateless (const) and
    // every file has its own writer and painter, so nothing is shared but these counters.
    const qsizetype total = invoices.size();
    std::atomic<qsizetype> next{0};
    std::atomic<qsizetype> done{0};
    std::atomic<bool> stop{false};
    QMutex failure;
    QString firstError;
    const auto drawOne = [&]() -> bool {
        if (stop)
            return false;
        const qsizetype i = next.fetch_add(1);
        if (i >= total)
            return false;
        QString why;
        if (!writeFile(invoices.at(i), paths.at(i), &why)) {
            const QMutexLocker lock(&failure);
            if (firstError.isEmpty())
                firstError = why;
            stop = true;
            return false;
        }
        ++done;
        return true;
    };
    const qsizetype count = std::clamp<qsizetype>(threads > 0 ? threads : QThread::idealThreadCount(), 1, 64);
    std::vector<std::thread> helpers;
    for (qsizetype t = 1; t < std::min(count, total); ++t)
        helpers.emplace_back([&drawOne] {
            while (drawOne()) { }
        });
    bool cancelled = false;
    while (drawOne())
        if (progress && !progress(int(done.load()), int(total))) {
            cancelled = true;
            stop = true;
        }
    for (std::thread &helper : helpers)
        helper.join();
    if (!firstError.isEmpty()) {
        *error = firstError;
        return false;
    }
    if (!cancelled && progress && !progress(int(done.load()), int(total)))
        cancelled = true;
    if (cancelled) {
        *error = QStringLiteral("Cancelled after %1 of %2 invoices.").arg(done.load()).arg(total);
        return false;
    }
    return true;
}

} // namespace bc
