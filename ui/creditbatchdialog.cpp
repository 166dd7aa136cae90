#include "creditbatchdialog.h"

#include "messagebar.h"

#include "core/creditbatchrun.h"
#include "core/session.h"
#include "core/sessionstore.h"
#include "models/tone.h"
#include "models/words.h"

#include <QCheckBox>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QSignalBlocker>
#include <QTableView>

namespace bc {

namespace {

using creditbatch::Outcome;

QString problemsOf(const CreditBatchDialog::Line &l)
{
    if (l.result.outcome != Outcome::NotSent && l.result.outcome != Outcome::Skipped)
        return l.result.message.isEmpty()
            ? creditbatch::outcomeText(l.result.outcome)
            : creditbatch::outcomeText(l.result.outcome) + QStringLiteral(": ") + l.result.message;
    QStringList words;
    for (creditbatch::Problem p : l.row.problems)
        words << creditbatch::problemText(p);
    return words.isEmpty() ? CreditBatchDialog::tr("Ready") : words.join(QStringLiteral("; "));
}

} // namespace

CreditBatchDialog::CreditBatchDialog(Session *session, QWidget *parent)
    : ChangeDialog(tr("Adjust many customers' credits"), tr("Apply batch"), parent), m_session(session)
{
    setObjectName(QStringLiteral("creditBatchDialog"));
    auto *intro = new QLabel(tr("One row a customer: the customer's id, email or name; the credits to add (+500) "
                                "or take (-200); a reason code; a note. A first line may name the columns in any "
                                "order. Nothing is sent until you apply the batch."),
        this);
    intro->setWordWrap(true);
    addAboveForm(intro);
    m_paste = new QPlainTextEdit(this);
    m_paste->setObjectName(QStringLiteral("pasteEdit"));
    m_paste->setAccessibleName(tr("Rows to adjust"));
    m_paste->setPlaceholderText(tr("Paste rows from a spreadsheet here, or open a CSV file"));
    m_paste->setTabChangesFocus(true);
    m_paste->setMaximumHeight(110);
    addAboveForm(m_paste);
    auto *buttons = new QWidget(this);
    auto *row = new QHBoxLayout(buttons);
    row->setContentsMargins(0, 0, 0, 0);
    auto *open = new QPushButton(tr("&Open CSV file…"), buttons);
    m_check = new QPushButton(tr("C&heck rows"), buttons);
    m_check->setObjectName(QStringLiteral("checkButton"));
    row->addWidget(open);
    row->addWidget(m_check);
    row->addStretch();
    addAboveForm(buttons);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("batchSummary"));
    m_summary->setWordWrap(true);
    addAboveForm(m_summary);

    const QLocale locale;
    using Col = RecordTableModel<Line>::Column;
    const auto tone = [](const Line &l) -> QVariant {
        if (l.result.outcome == Outcome::Refused || (!l.row.ok() && l.result.outcome != Outcome::AlreadyApplied))
            return toneColour(Tone::Negative);
        if (l.result.outcome == Outcome::Applied || l.result.outcome == Outcome::AlreadyApplied)
            return toneColour(Tone::Positive);
        return {};
    };
    const auto known = [](const Line &l) { return l.row.customer && l.row.customer->balanceKnown; };
    m_model = new RecordTableModel<Line>(
        {
            Col{tr("Line"), [](const Line &l) { return l.row.input.line; }, {}, Qt::AlignRight | Qt::AlignVCenter},
            Col{tr("Customer"),
                [](const Line &l) { return l.row.customer ? l.row.customer->name : l.row.input.customer; }},
            Col{tr("Balance now"),
                [known, locale](const Line &l) {
                    return known(l) ? QVariant(locale.toString(l.row.balanceBefore)) : QVariant(tr("Not known"));
                },
                [](const Line &l) { return l.row.balanceBefore; }, Qt::AlignRight | Qt::AlignVCenter},
            Col{tr("Change"),
                [locale](const Line &l) {
                    if (l.row.problems.contains(creditbatch::Problem::BadAmount))
                        return l.row.input.amount; // as typed: it is what needs mending
                    return l.row.change > 0 ? u'+' + locale.toString(l.row.change) : locale.toString(l.row.change);
                },
                [](const Line &l) { return l.row.change; }, Qt::AlignRight | Qt::AlignVCenter},
            Col{tr("Balance after"),
                [known, locale](const Line &l) {
                    if (l.result.balanceKnown)
                        return QVariant(locale.toString(l.result.balanceAfter));
                    return known(l) ? QVariant(locale.toString(l.row.balanceAfter)) : QVariant(tr("Not known"));
                },
                [](const Line &l) { return l.row.balanceAfter; }, Qt::AlignRight | Qt::AlignVCenter},
            Col{tr("Reason"), [](const Line &l) { return label(l.row.reason); }},
            Col{tr("Problems or outcome"), problemsOf, {}, Qt::AlignLeft | Qt::AlignVCenter, tone},
        },
        this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("batchTable"));
    m_table->setModel(m_model);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setMinimumHeight(220);
    addAboveForm(m_table);

    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("batchReason"));
    m_reason->setAccessibleName(tr("Reason for the batch"));
    m_reason->setPlaceholderText(tr("e.g. Outage of 1 December, ticket 4711 — kept with every row"));
    m_allowNegative = new QCheckBox(tr("Allow balances to go below zero"), this);
    m_allowNegative->setObjectName(QStringLiteral("allowNegative"));
    m_skipProblems = new QCheckBox(tr("Skip the rows with problems and apply the others"), this);
    m_skipProblems->setObjectName(QStringLiteral("skipProblems"));
    addField(tr("&Reason:"), m_reason);
    addField(QString(), m_allowNegative);
    addField(QString(), m_skipProblems);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("batchProgress"));
    m_progress->hide();
    addBelowForm(m_progress);
    m_save = new QPushButton(tr("&Save result…"), this);
    m_save->setObjectName(QStringLiteral("saveResult"));
    m_save->hide();
    addBelowForm(m_save);

    connect(open, &QPushButton::clicked, this, &CreditBatchDialog::openFile);
    connect(m_check, &QPushButton::clicked, this, &CreditBatchDialog::check);
    connect(m_paste, &QPlainTextEdit::textChanged, this, [this] {
        m_checked = false;
        update();
    });
    connect(m_reason, &QLineEdit::textChanged, this, &CreditBatchDialog::update);
    connect(m_skipProblems, &QCheckBox::toggled, this, &CreditBatchDialog::update);
    connect(m_allowNegative, &QCheckBox::toggled, this, [this] {
        if (m_checked)
            showPreview(); // the balances below zero change their verdict
    });
    connect(m_save, &QPushButton::clicked, this, &CreditBatchDialog::saveResult);
    connect(this, &ChangeDialog::confirmed, this, &CreditBatchDialog::apply);
    update();
    resize(860, 640);
}

void CreditBatchDialog::setText(const QByteArray &text)
{
    m_paste->setPlainText(QString::fromUtf8(text));
    check();
}

void CreditBatchDialog::openFile()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Open rows to adjust"), {}, tr("CSV files (*.csv *.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        messageBar()->show(MessageBar::Kind::Error, tr("Cannot read %1: %2").arg(path, file.errorString()));
        return;
    }
    setText(file.readAll());
}

void CreditBatchDialog::check()
{
    QString error;
    if (!creditbatch::read(m_paste->toPlainText().toUtf8(), &m_rows, &error)) {
        m_checked = false;
        m_model->setRecords({});
        m_summary->setText(error);
        update();
        return;
    }
    setBusy(true, tr("Looking up %n customer(s)…", nullptr, int(m_rows.size())));
    const int lookup = ++m_lookup;
    lookUpCustomers(m_session->credits(), m_rows, this,
        [this, lookup](const std::optional<QList<OrgSummary>> &customers, const QString &why) {
            if (lookup != m_lookup)
                return;
            setBusy(false);
            if (!customers) {
                messageBar()->show(MessageBar::Kind::Error, tr("The customers could not be looked up: %1").arg(why));
                update();
                return;
            }
            m_customers = *customers;
            m_checked = true;
            showPreview();
        });
}

void CreditBatchDialog::showPreview()
{
    m_preview = creditbatch::preview(m_rows, m_customers, m_allowNegative->isChecked());
    showLines();
}

void CreditBatchDialog::resume(const creditbatch::SavedBatch &batch)
{
    m_preview = batch.preview;
    m_checked = true;
    m_reason->setText(batch.reason);
    {
        const QSignalBlocker blocker(m_allowNegative);
        m_allowNegative->setChecked(batch.allowNegative);
    }
    m_skipProblems->setChecked(m_preview.problemRows > 0);
    // The batch stays as it was confirmed: its rows, keys and consent are not edited on resume.
    for (QWidget *w : std::initializer_list<QWidget *>{m_paste, m_check, m_allowNegative, m_skipProblems})
        w->setEnabled(false);
    showLines();
    m_summary->setText(m_summary->text() + u' '
        + tr("Resuming batch %1 as it was confirmed: rows the server already applied answer “applied earlier”.")
              .arg(m_preview.batchId));
}

void CreditBatchDialog::showLines()
{
    QList<Line> lines;
    lines.reserve(m_preview.rows.size());
    for (const creditbatch::PreviewRow &row : m_preview.rows)
        lines.append({row, {row.ok() ? Outcome::NotSent : Outcome::Skipped, 0, false, {}, {}}});
    m_model->setRecords(lines);
    m_table->resizeColumnsToContents();
    const QLocale locale;
    m_summary->setText(tr("%n row(s); %1 with problems; total change %2 credits.", nullptr, int(m_preview.rows.size()))
                           .arg(locale.toString(m_preview.problemRows),
                               (m_preview.totalChange > 0 ? QStringLiteral("+") : QString())
                                   + locale.toString(m_preview.totalChange)));
    update();
}

void CreditBatchDialog::update()
{
    QString why;
    if (m_run)
        why = tr("The batch is being applied.");
    else if (!m_checked)
        why = tr("Check the rows first.");
    else if (m_preview.problemRows > 0 && !m_skipProblems->isChecked())
        why = tr("Mend the rows with problems, or tick the box to skip them.");
    else if (m_preview.problemRows == m_preview.rows.size())
        why = tr("No row can be applied.");
    else if (m_reason->text().trimmed().isEmpty())
        why = tr("Write why this batch is applied; it is kept with every row.");
    setReady(why, tr("Sends each row once, with its own key"));
}

void CreditBatchDialog::apply()
{
    if (!m_checked || m_run)
        return;
    m_run = new CreditBatchRun(
        m_session->credits(), m_preview, m_reason->text().trimmed(), m_allowNegative->isChecked(), this);
    m_run->keepIn(m_session->store()); // until every row is answered: Pending changes can resume it
    m_progress->setRange(0, int(m_preview.rows.size()));
    m_progress->setValue(0);
    m_progress->show();
    m_save->hide();
    m_paste->setReadOnly(true);
    cancelButton()->setText(tr("Stop"));
    connect(m_run, &CreditBatchRun::progress, this, [this](int done, int) {
        m_progress->setValue(done);
        const QList<creditbatch::RowResult> &results = m_run->results();
        for (int i = 0; i < done && i < results.size(); ++i)
            if (results.at(i).outcome != m_model->at(i)->result.outcome)
                m_model->replace(i, {m_preview.rows.at(i), results.at(i)});
    });
    connect(m_run, &CreditBatchRun::finished, this, &CreditBatchDialog::finished);
    update();
    m_run->start();
}

void CreditBatchDialog::finished(bool stopped)
{
    const QList<creditbatch::RowResult> &results = m_run->results();
    for (int i = 0; i < results.size(); ++i)
        m_model->replace(i, {m_preview.rows.at(i), results.at(i)});
    const int done = m_run->count(Outcome::Applied);
    const int refused = m_run->count(Outcome::Refused);
    const int notSent = m_run->count(Outcome::NotSent);
    const QString summary = m_run->summary();
    m_run->journal(m_session->store(), m_reason->text().trimmed(), stopped);
    messageBar()->show(refused + notSent > 0 ? MessageBar::Kind::Error : MessageBar::Kind::Success,
        notSent > 0 ? summary + u' ' + tr("Apply again to send the rest: no row is applied twice.") : summary);
    m_run->deleteLater();
    m_run = nullptr;
    m_progress->hide();
    m_save->show();
    m_paste->setReadOnly(false);
    cancelButton()->setText(tr("Close"));
    cancelButton()->setEnabled(true);
    update();
    if (done > 0)
        emit applied();
}

void CreditBatchDialog::saveResult()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the batch's result"),
        QStringLiteral("credit-batch-%1.csv").arg(m_preview.batchId), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QList<creditbatch::RowResult> results;
    for (const Line &l : m_model->records())
        results.append(l.result);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(creditbatch::resultCsv(m_preview, results)) < 0
        || !file.commit()) {
        messageBar()->show(MessageBar::Kind::Error, tr("Cannot write %1: %2").arg(path, file.errorString()));
        return;
    }
    messageBar()->show(MessageBar::Kind::Success, tr("Saved the result to %1.").arg(path));
}

void CreditBatchDialog::reject()
{
    if (m_run) {
        m_run->cancel(); // the row in flight ends; finished() says what was sent
        cancelButton()->setEnabled(false);
        return;
    }
    ChangeDialog::reject();
}

} // namespace bc
