// SPDX-License-Identifier: GPL-3.0-or-later
#include "metricspanel.h"

#include "display/frenchformat.h"
#include "project/projectdocument.h"

#include <QAction>
#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMimeData>
#include <QPainter>
#include <QPainterPath>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace {

using Nature = MetricTaxonomy::Nature;
constexpr int kSourcesNamed = 12;
constexpr int kTrendPoints = 200;
constexpr Nature kNatures[]
    = {Nature::Stock, Nature::Cumulative, Nature::AnnualFlow, Nature::OneOff, Nature::Rate};

// The sparkline: the metric's figures in date order, scaled to the cell, the last one dotted.
class TrendDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        // The cell's background and selection, no text.
        QStyleOptionViewItem cell(option);
        initStyleOption(&cell, index);
        cell.text.clear();
        QStyle *style = option.widget ? option.widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &cell, painter, option.widget);
        const QList<double> values = index.data(MetricsModel::TrendRole).value<QList<double>>();
        if (values.isEmpty())
            return;
        const QRectF box = QRectF(option.rect).adjusted(4, 4, -4, -4);
        const auto [lo, hi] = std::minmax_element(values.cbegin(), values.cend());
        const double span = *hi - *lo;
        auto at = [&](qsizetype i) {
            const double x = values.size() == 1
                ? box.center().x()
                : box.left() + box.width() * double(i) / double(values.size() - 1);
            const double y
                = span <= 0 ? box.center().y() : box.bottom() - box.height() * (values[i] - *lo) / span;
            return QPointF(x, y);
        };
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        const QColor ink = option.state & QStyle::State_Selected ? option.palette.highlightedText().color()
                                                                 : option.palette.text().color();
        painter->setPen(QPen(ink, 1.2));
        QPainterPath path(at(0));
        for (qsizetype i = 1; i < values.size(); ++i)
            path.lineTo(at(i));
        painter->drawPath(path);
        painter->setBrush(ink);
        painter->drawEllipse(at(values.size() - 1), 2, 2);
        painter->restore();
    }
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        return QStyledItemDelegate::sizeHint(option, index).expandedTo(QSize(80, 0));
    }
};

QString period(const PartialDate &from, const PartialDate &to)
{
    if (from.isNull())
        return {};
    if (from == to)
        return FrenchFormat::date(from);
    return FrenchFormat::date(from) + QStringLiteral(" – ") + FrenchFormat::date(to);
}

} // namespace

MetricsModel::MetricsModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void MetricsModel::setDocument(ProjectDocument *doc)
{
    m_doc = doc;
    refresh();
}

void MetricsModel::refresh()
{
    beginResetModel();
    m_rows.clear();
    if (m_doc) {
        const QList<Article> articles = m_doc->effectiveArticles();
        const MetricRules &rules = m_doc->metricRules();
        for (const MetricSet::Metric &m : m_doc->metrics().metrics()) {
            Row row;
            row.id = m.id;
            row.label = m_doc->metricLabel(m.id);
            row.unit = m.unit;
            row.nature = m.nature;
            row.natureSet = rules.hasNature(m.id);
            row.named = m.named;
            row.preset = m.preset;
            row.claims = int(m.claims.size());
            QList<std::pair<int, double>> dated; // sort key, value
            QSet<QString> sources;
            for (const auto &[a, c] : m.claims) {
                const Article &article = articles[a];
                const QString source = article.outlet.isEmpty() ? article.title : article.outlet;
                if (!sources.contains(source)) {
                    sources.insert(source);
                    // The tooltip names the first few; the column counts them all.
                    if (row.sources.size() < kSourcesNamed)
                        row.sources << source;
                }
                const Claim &claim = article.claims[c];
                if (claim.asOf.isNull() || std::isnan(claim.value))
                    continue;
                if (row.from.isNull() || claim.asOf.sortKey() < row.from.sortKey())
                    row.from = claim.asOf;
                if (row.to.isNull() || claim.asOf.sortKey() > row.to.sortKey())
                    row.to = claim.asOf;
                dated.append({claim.asOf.sortKey(), claim.value});
            }
            row.sourceCount = int(sources.size());
            std::stable_sort(dated.begin(), dated.end(),
                             [](const auto &x, const auto &y) { return x.first < y.first; });
            // A sparkline is some eighty pixels wide: at most a few hundred points, evenly picked.
            const qsizetype step = std::max<qsizetype>(1, dated.size() / kTrendPoints);
            for (qsizetype i = 0; i < dated.size(); i += step)
                row.trend << dated[i].second;
            if (!dated.isEmpty() && (dated.size() - 1) % step != 0)
                row.trend << dated.last().second;
            row.dated = int(dated.size());
            m_rows.append(row);
        }
    }
    endResetModel();
}

QString MetricsModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row].id : QString();
}

int MetricsModel::rowOf(const QString &id) const
{
    for (int r = 0; r < m_rows.size(); ++r) {
        if (m_rows[r].id == id)
            return r;
    }
    return -1;
}

int MetricsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MetricsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MetricsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &r = m_rows[index.row()];
    if (role == IdRole)
        return r.id;
    if (role == TrendRole)
        return QVariant::fromValue(r.trend);
    if (role == SortRole) {
        switch (index.column()) {
        case ClaimsColumn:
            return r.claims;
        case SourcesColumn:
            return r.sourceCount;
        case PeriodColumn:
            return r.from.sortKey();
        case TrendColumn:
            return r.dated;
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    if (role == Qt::DisplayRole || role == Qt::EditRole) {
        switch (index.column()) {
        case NameColumn:
            return r.label;
        case ClaimsColumn:
            return r.claims;
        case SourcesColumn:
            return r.sourceCount;
        case PeriodColumn:
            return period(r.from, r.to);
        case UnitColumn:
            return r.unit;
        case NatureColumn:
            return MetricTaxonomy::natureText(r.nature);
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (index.column()) {
        case NameColumn: {
            QString tip = r.label + QStringLiteral("\n") + tr("Id: %1").arg(r.id);
            if (!r.preset.isEmpty())
                tip += u'\n' + tr("From the preset taxonomy");
            if (r.named)
                tip += u'\n' + tr("Named by the journalist");
            return QString(tip + u'\n'
                           + tr("Double-click to rename; drag onto another metric to merge them."));
        }
        case SourcesColumn:
            return r.sourceCount > r.sources.size()
                ? QString(r.sources.join(u'\n') + u'\n'
                          + tr("… and %n more", nullptr, r.sourceCount - int(r.sources.size())))
                : r.sources.join(u'\n');
        case NatureColumn:
            return r.natureSet ? tr("Set by the journalist") : tr("Given by Bilan from the claims' words");
        case TrendColumn:
            return r.dated == 0 ? tr("No dated figure")
                                : tr("%n dated figure(s), %1", nullptr, r.dated).arg(period(r.from, r.to));
        default:
            return {};
        }
    }
    if (role == Qt::FontRole && index.column() == NatureColumn && r.natureSet) {
        QFont f;
        f.setItalic(true);
        return f;
    }
    if (role == Qt::TextAlignmentRole && (index.column() == ClaimsColumn || index.column() == SourcesColumn))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant MetricsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Metric");
    case ClaimsColumn:
        return tr("Claims");
    case SourcesColumn:
        return tr("Sources");
    case PeriodColumn:
        return tr("Dates");
    case UnitColumn:
        return tr("Unit");
    case NatureColumn:
        return tr("Nature");
    case TrendColumn:
        return tr("Over time");
    default:
        return {};
    }
}

Qt::ItemFlags MetricsModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (m_doc && !m_doc->isReadOnly()) {
        f |= Qt::ItemIsDragEnabled | Qt::ItemIsDropEnabled;
        if (index.column() == NameColumn)
            f |= Qt::ItemIsEditable;
    }
    return f;
}

bool MetricsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!m_doc || role != Qt::EditRole || index.column() != NameColumn || index.row() >= m_rows.size())
        return false;
    const QString id = m_rows[index.row()].id;
    if (value.toString().trimmed() == m_rows[index.row()].label)
        return false;
    const QString name = value.toString();
    editLater(tr("The metric was not renamed"),
              [id, name](ProjectDocument &doc) { return doc.renameMetric(id, name); });
    return true;
}

void MetricsModel::editLater(const QString &failure, std::function<Result<void>(ProjectDocument &)> edit)
{
    QMetaObject::invokeMethod(
        this,
        [this, failure, edit = std::move(edit)] {
            if (!m_doc)
                return;
            if (const auto done = edit(*m_doc); !done)
                Q_EMIT problem(failure, done.error());
        },
        Qt::QueuedConnection);
}

QStringList MetricsModel::mimeTypes() const
{
    return {kMimeType};
}

QMimeData *MetricsModel::mimeData(const QModelIndexList &indexes) const
{
    QStringList ids;
    for (const QModelIndex &i : indexes) {
        const QString id = idAt(i.row());
        if (!id.isEmpty() && !ids.contains(id))
            ids << id;
    }
    auto *data = new QMimeData;
    data->setData(kMimeType, ids.join(u'\n').toUtf8());
    return data;
}

bool MetricsModel::canDropMimeData(const QMimeData *data, Qt::DropAction, int, int,
                                   const QModelIndex &parent) const
{
    // Onto a metric, not between two.
    return m_doc && !m_doc->isReadOnly() && parent.isValid() && data->hasFormat(kMimeType);
}

bool MetricsModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                                const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    const QString into = idAt(parent.row());
    const QStringList ids = QString::fromUtf8(data->data(kMimeType)).split(u'\n', Qt::SkipEmptyParts);
    if (ids == QStringList {into})
        return false;
    // Nothing for the view to remove after the drag: the merge is the document's.
    editLater(tr("The metrics were not merged"),
              [ids, into](ProjectDocument &doc) { return doc.mergeMetrics(ids, into); });
    return false;
}

Qt::DropActions MetricsModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

MetricsPanel::MetricsPanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new MetricsModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_summary(new QLabel)
    , m_filter(new QLineEdit)
    , m_view(new QTableView)
    , m_merge(new QAction(this))
    , m_rename(new QAction(this))
    , m_natureMenu(new QMenu(this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(MetricsModel::SortRole);
    m_proxy->setFilterKeyColumn(MetricsModel::NameColumn);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);

    m_view->setObjectName(QStringLiteral("metricsView"));
    m_view->setModel(m_proxy);
    m_view->setItemDelegateForColumn(MetricsModel::TrendColumn, new TrendDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(MetricsModel::ClaimsColumn, Qt::DescendingOrder);
    m_view->setDragDropMode(QAbstractItemView::DragDrop);
    m_view->setDragDropOverwriteMode(true);
    m_view->setDefaultDropAction(Qt::MoveAction);
    m_view->setDropIndicatorShown(true);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideMiddle);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_view->setAccessibleName(tr("Metrics"));

    m_merge->setObjectName(QStringLiteral("mergeMetrics"));
    m_merge->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    m_merge->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_merge, &QAction::triggered, this, &MetricsPanel::mergeSelected);
    m_rename->setObjectName(QStringLiteral("renameMetric"));
    m_rename->setShortcut(QKeySequence(Qt::Key_F2));
    m_rename->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_rename, &QAction::triggered, this, [this] {
        const QModelIndex current = m_view->currentIndex();
        if (current.isValid())
            m_view->edit(current.siblingAtColumn(MetricsModel::NameColumn));
    });
    m_natureMenu->setObjectName(QStringLiteral("metricNature"));
    for (const Nature n : kNatures) {
        QAction *a = m_natureMenu->addAction(QString(), this, [this, n] { setSelectedNature(n); });
        a->setData(int(n));
    }
    m_natureMenu->addSeparator();
    m_natureMenu->addAction(QString(), this, [this] { setSelectedNature(std::nullopt); })->setData(-1);
    m_view->addAction(m_rename);
    m_view->addAction(m_merge);
    m_view->addAction(m_natureMenu->menuAction());

    auto *mergeButton = new QToolButton;
    mergeButton->setDefaultAction(m_merge);
    auto *natureButton = new QToolButton;
    natureButton->setMenu(m_natureMenu);
    natureButton->setPopupMode(QToolButton::InstantPopup);
    natureButton->setObjectName(QStringLiteral("natureButton"));
    auto *row = new QHBoxLayout;
    row->addWidget(m_filter, 1);
    row->addWidget(mergeButton);
    row->addWidget(natureButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_summary);
    layout->addLayout(row);
    layout->addWidget(m_view, 1);

    connect(m_model, &MetricsModel::problem, this, &MetricsPanel::problem);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MetricsPanel::updateActions);
    connect(m_view, &QTableView::clicked, this, [this](const QModelIndex &index) {
        Q_EMIT metricActivated(index.data(MetricsModel::IdRole).toString());
    });
    retranslate();
    updateActions();
}

void MetricsPanel::setDocument(ProjectDocument *doc)
{
    m_doc = doc;
    refresh();
}

void MetricsPanel::refresh()
{
    const QStringList selected = selectedIds();
    m_model->setDocument(m_doc);
    // The name elided in the middle ("Marrakech — … (jours)"), the numbers and the sparkline
    // beside it visible in a narrow dock; the other columns scroll into view.
    m_view->resizeColumnsToContents();
    m_view->setColumnWidth(
        MetricsModel::NameColumn,
        qMin(m_view->columnWidth(MetricsModel::NameColumn), m_view->fontMetrics().averageCharWidth() * 28));
    m_view->setColumnWidth(MetricsModel::TrendColumn, 90);
    for (const QString &id : selected)
        selectMetric(id);
    retranslate();
    updateActions();
}

QStringList MetricsPanel::selectedIds() const
{
    QStringList ids;
    const QModelIndex current = m_view->currentIndex();
    if (current.isValid() && m_view->selectionModel()->isSelected(current))
        ids << current.data(MetricsModel::IdRole).toString();
    for (const QModelIndex &i : m_view->selectionModel()->selectedRows()) {
        const QString id = i.data(MetricsModel::IdRole).toString();
        if (!ids.contains(id))
            ids << id;
    }
    return ids;
}

bool MetricsPanel::selectMetric(const QString &id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return false;
    const QModelIndex at = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!at.isValid())
        return false;
    m_view->selectionModel()->setCurrentIndex(at, QItemSelectionModel::Select | QItemSelectionModel::Rows);
    m_view->scrollTo(at);
    return true;
}

void MetricsPanel::mergeSelected()
{
    const QStringList ids = selectedIds();
    if (!m_doc || ids.size() < 2)
        return;
    const auto merged = m_doc->mergeMetrics(ids.mid(1), ids.first());
    if (!merged)
        Q_EMIT problem(tr("The metrics were not merged"), merged.error());
}

void MetricsPanel::setSelectedNature(std::optional<MetricTaxonomy::Nature> nature)
{
    if (!m_doc)
        return;
    for (const QString &id : selectedIds()) {
        const auto set = m_doc->setMetricNature(id, nature);
        if (!set) {
            Q_EMIT problem(tr("The nature was not changed"), set.error());
            return;
        }
    }
}

void MetricsPanel::updateActions()
{
    const bool editable = m_doc && !m_doc->isReadOnly();
    const qsizetype selected = selectedIds().size();
    m_merge->setEnabled(editable && selected >= 2);
    m_rename->setEnabled(editable && selected >= 1);
    m_natureMenu->setEnabled(editable && selected >= 1);
}

void MetricsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void MetricsPanel::retranslate()
{
    const int count = m_model->rowCount();
    m_summary->setText(count == 0
                           ? tr("No metric: no claim measures something Bilan could name.")
                           : tr("%n metric(s). Drag a metric onto another to merge them.", nullptr, count));
    m_filter->setPlaceholderText(tr("Filter metrics by name"));
    m_merge->setText(tr("&Merge Selected Metrics"));
    m_rename->setText(tr("&Rename Metric…"));
    m_natureMenu->setTitle(tr("&Nature"));
    if (auto *button = findChild<QToolButton *>(QStringLiteral("natureButton")))
        button->setText(tr("Nature"));
    for (QAction *a : m_natureMenu->actions()) {
        if (a->isSeparator())
            continue;
        const int n = a->data().toInt();
        a->setText(n < 0 ? tr("As Bilan Reads It") : MetricTaxonomy::natureText(Nature(n)));
    }
}
