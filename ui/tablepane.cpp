#include "tablepane.h"

#include "messagebar.h"
#include "session.h"

#include "models/itemdatarole.h"

#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace bc {

TablePane::TablePane(Session *session, const QString &name, QWidget *parent)
    : QWidget(parent), m_session(session), m_name(name), m_toolbar(new QToolBar(this)), m_filter(new QLineEdit(this)),
      m_view(new QTableView(this)), m_proxy(new QSortFilterProxyModel(this)), m_message(new MessageBar(this)), m_status(new QLabel(this))
{
    setObjectName(name + QStringLiteral("Pane"));
    auto *layout = new QVBoxLayout(this);
    m_toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    layout->addWidget(m_toolbar);
    m_extras = new QVBoxLayout;
    layout->addLayout(m_extras);
    m_filter->setObjectName(QStringLiteral("filterEdit"));
    m_filter->setPlaceholderText(tr("Filter"));
    m_filter->setAccessibleName(tr("Filter rows"));
    m_filter->setClearButtonEnabled(true);
    layout->addWidget(m_filter);
    layout->addWidget(m_message);
    m_proxy->setSortRole(SortRole);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_view->setModel(m_proxy);
    m_view->setObjectName(name + QStringLiteral("View"));
    m_view->setSortingEnabled(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionsMovable(true);
    m_view->horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    layout->addWidget(m_view, 1);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    // Column chooser: right-click the header to show or hide columns.
    connect(m_view->horizontalHeader(), &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        QMenu menu(this);
        QHeaderView *header = m_view->horizontalHeader();
        for (int c = 0; c < m_proxy->columnCount(); ++c) {
            QAction *a = menu.addAction(m_proxy->headerData(c, Qt::Horizontal).toString());
            a->setCheckable(true);
            a->setChecked(!header->isSectionHidden(c));
            connect(a, &QAction::toggled, this, [this, header, c](bool on) {
                header->setSectionHidden(c, !on);
                saveLayout();
            });
        }
        menu.exec(header->mapToGlobal(pos));
    });
    connect(m_view->horizontalHeader(), &QHeaderView::sectionMoved, this, &TablePane::saveLayout);
    connect(m_view->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this, &TablePane::saveLayout);
    connect(m_session, &Session::ready, this, [this] {
        restoreLayout();
        refresh();
    });
}

void TablePane::setSourceModel(QAbstractItemModel *model)
{
    m_proxy->setSourceModel(model);
}

void TablePane::setStatus(const QString &text)
{
    m_status->setText(text);
}

int TablePane::currentSourceRow() const
{
    const QModelIndex current = m_view->selectionModel() ? m_view->selectionModel()->currentIndex() : QModelIndex();
    return current.isValid() ? m_proxy->mapToSource(current).row() : -1;
}

QList<int> TablePane::selectedSourceRows() const
{
    QList<int> rows;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        rows << m_proxy->mapToSource(index).row();
    std::sort(rows.begin(), rows.end());
    return rows;
}

QString TablePane::settingsKey() const
{
    return QStringLiteral("layouts/%1/%2").arg(QString::fromLatin1(m_session->profile().name.toUtf8().toHex()), m_name);
}

void TablePane::saveLayout() const
{
    if (m_session->profile().name.isEmpty())
        return;
    QSettings().setValue(settingsKey(), m_view->horizontalHeader()->saveState());
}

void TablePane::restoreLayout()
{
    const QByteArray state = QSettings().value(settingsKey()).toByteArray();
    if (!state.isEmpty())
        m_view->horizontalHeader()->restoreState(state);
}

} // namespace bc
