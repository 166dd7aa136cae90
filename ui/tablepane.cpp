#include "tablepane.h"

#include "messagebar.h"

#include "core/session.h"
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
      m_view(new QTableView(this)), m_proxy(new QSortFilterProxyModel(this)), m_message(new MessageBar(this)),
      m_status(new QLabel(this))
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
    layout->addWidget(m_view, 1);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    enableColumnChooser(m_view, m_session, name);
    connect(m_session, &Session::ready, this, [this] { refresh(); });
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
            QObject::connect(a, &QAction::toggled, header, [header, c, save](bool on) {
                header->setSectionHidden(c, !on);
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

void TablePane::setSourceModel(QAbstractItemModel *model)
{
    m_proxy->setSourceModel(model);
}

void TablePane::fitColumns(int maxWidth)
{
    m_view->resizeColumnsToContents();
    for (int c = 0; c < m_view->model()->columnCount(); ++c)
        if (m_view->columnWidth(c) > maxWidth)
            m_view->setColumnWidth(c, maxWidth);
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

} // namespace bc
