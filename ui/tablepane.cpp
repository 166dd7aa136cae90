#include "tablepane.h"

#include "messagebar.h"

#include "core/session.h"
#include "models/itemdatarole.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace bc {

TablePane::TablePane(Session *session, PaneInfo paneInfo, QWidget *parent)
    : Pane(session, std::move(paneInfo), parent), m_name(id()), m_toolbar(new QToolBar(this)),
      m_controls(new QVBoxLayout), m_filters(new QHBoxLayout), m_filter(new QLineEdit(this)),
      m_view(new QTableView(this)), m_proxy(new QSortFilterProxyModel(this)), m_split(new QSplitter(this)),
      m_status(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    m_toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    layout->addWidget(m_toolbar);
    layout->addLayout(m_controls);
    m_filter->setObjectName(QStringLiteral("filterEdit"));
    m_filter->setPlaceholderText(tr("Filter"));
    m_filter->setAccessibleName(tr("Filter rows"));
    m_filter->setClearButtonEnabled(true);
    m_filters->addWidget(m_filter, 1);
    layout->addLayout(m_filters);
    layout->addWidget(messageBar());
    m_proxy->setSortRole(SortRole);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_view->setModel(m_proxy);
    m_view->setObjectName(m_name + QStringLiteral("View"));
    m_view->setAccessibleName(info().title);
    m_view->setSortingEnabled(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    // Columns sized to their contents; the last one is not stretched over the free width.
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->horizontalHeader()->setSectionsMovable(true);
    m_split->addWidget(m_view);
    m_split->setChildrenCollapsible(false);
    layout->addWidget(m_split, 1);
    m_status->setObjectName(QStringLiteral("statusLine"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);
    connect(m_filter, &QLineEdit::textChanged, this, &TablePane::applyTextFilter);
    enableColumnChooser(m_view, m_session, m_name);
}

namespace {
QString layoutKey(Session *session, const QString &name)
{
    return QStringLiteral("layouts/%1/%2").arg(QString::fromLatin1(session->profile().name.toUtf8().toHex()), name);
}
} // namespace

void enableColumnChooser(QTableView *view, Session *session, const QString &name)
{
    QHeaderView *header = view->horizontalHeader();
    header->setSectionsMovable(true);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    auto save = [session, header, name] {
        if (!session->profile().name.isEmpty())
            QSettings().setValue(layoutKey(session, name), header->saveState());
    };
    QObject::connect(header, &QWidget::customContextMenuRequested, header, [view, header, save](const QPoint &pos) {
        QMenu menu(view);
        for (int c = 0; c < header->count(); ++c) {
            QAction *a = menu.addAction(view->model()->headerData(c, Qt::Horizontal).toString());
            a->setCheckable(true);
            a->setChecked(!header->isSectionHidden(c));
            QObject::connect(a, &QAction::toggled, header, [view, header, c, save](bool on) {
                header->setSectionHidden(c, !on);
                if (on) { // sized to what it shows now (fitColumns() leaves hidden columns alone)
                    view->resizeColumnToContents(c);
                    view->setColumnWidth(c, std::min(view->columnWidth(c), TablePane::kMaxFittedWidth));
                }
                save();
            });
        }
        menu.exec(header->mapToGlobal(pos));
    });
    QObject::connect(header, &QHeaderView::sectionMoved, header, save);
    QObject::connect(header, &QHeaderView::sortIndicatorChanged, header, save);
    QObject::connect(session, &Session::ready, header, [session, header, name] {
        const QByteArray state = QSettings().value(layoutKey(session, name)).toByteArray();
        if (!state.isEmpty())
            header->restoreState(state);
    });
}

void TablePane::setSourceModel(QAbstractItemModel *model, QSortFilterProxyModel *proxy)
{
    if (proxy && proxy != m_proxy) {
        m_proxy->deleteLater();
        m_proxy = proxy;
        m_view->setModel(m_proxy);
    }
    m_proxy->setSourceModel(model);
}

void TablePane::setDirectModel(QAbstractItemModel *model)
{
    m_view->setModel(model);
    m_proxy->deleteLater();
    m_proxy = nullptr;
}

void TablePane::applyTextFilter(const QString &text)
{
    if (m_proxy)
        m_proxy->setFilterFixedString(text);
}

void TablePane::addFilter(QWidget *widget, int stretch)
{
    m_filters->addWidget(widget, stretch);
}

QHBoxLayout *TablePane::addControlRow()
{
    auto *row = new QHBoxLayout;
    m_controls->addLayout(row);
    return row;
}

void TablePane::setDetailPanel(QWidget *panel)
{
    m_split->addWidget(panel);
    m_split->setStretchFactor(0, 3);
    m_split->setStretchFactor(1, 2);
}

void TablePane::fitColumns(int maxWidth)
{
    // Visible columns only: hidden ones (technical details, often long bodies) are sized when
    // they are shown (the header's column menu does that).
    for (int c = 0; c < m_view->model()->columnCount(); ++c) {
        if (m_view->isColumnHidden(c))
            continue;
        m_view->resizeColumnToContents(c);
        if (m_view->columnWidth(c) > maxWidth)
            m_view->setColumnWidth(c, maxWidth);
    }
}

QAction *TablePane::addPaneAction(const QString &text, const QKeySequence &shortcut)
{
    QAction *a = m_toolbar->addAction(text);
    if (!shortcut.isEmpty()) {
        a->setShortcut(shortcut);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(a);
    }
    return a;
}

void TablePane::addOpenCustomerAction()
{
    QAction *open = addPaneAction(tr("Open &customer"), QKeySequence(QStringLiteral("Ctrl+Shift+O")));
    open->setObjectName(QStringLiteral("openCustomerAction"));
    open->setToolTip(tr("Everything about the customer of the selected row (Ctrl+Shift+O)"));
    const auto update = [this, open] { open->setEnabled(customerAt(currentSourceRow()).has_value()); };
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, open, update);
    connect(m_view->model(), &QAbstractItemModel::modelReset, open, update);
    connect(open, &QAction::triggered, this, [this] {
        if (const std::optional<OrgSummary> customer = customerAt(currentSourceRow()))
            emit customerRequested(*customer);
    });
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_view->addAction(open);
    update();
}

QAction *TablePane::addRefreshAction()
{
    QAction *a = addPaneAction(tr("Refresh"), QKeySequence::Refresh);
    connect(a, &QAction::triggered, this, &TablePane::refresh);
    m_toolbar->addSeparator();
    return a;
}

QString TablePane::statusText() const
{
    return m_status->text();
}

void TablePane::setStatus(const QString &text)
{
    m_status->setText(text);
}

void TablePane::showFreshnessOr(const QDateTime &fetchedAt, const QString &whenEmpty)
{
    if (fetchedAt.isValid())
        messageBar()->showFreshness(fetchedAt);
    else if (!whenEmpty.isEmpty())
        messageBar()->show(MessageBar::Kind::Info, whenEmpty);
    else
        messageBar()->clearUnlessSuccess();
}

int TablePane::currentSourceRow() const
{
    const QModelIndex current = m_view->selectionModel() ? m_view->selectionModel()->currentIndex() : QModelIndex();
    if (!current.isValid())
        return -1;
    return m_proxy ? m_proxy->mapToSource(current).row() : current.row();
}

QList<int> TablePane::selectedSourceRows() const
{
    QList<int> rows;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        rows << (m_proxy ? m_proxy->mapToSource(index).row() : index.row());
    std::sort(rows.begin(), rows.end());
    return rows;
}

} // namespace bc
