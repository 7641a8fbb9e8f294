#include "OverviewModel.h"

#include "DashboardText.h"
#include "UiIcons.h"

#include <QLocale>

#include <limits>

OverviewModel::OverviewModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void OverviewModel::setProfiles(const QList<ServerProfile> &profiles)
{
    beginResetModel();
    m_entries.clear();
    for (const ServerProfile &p : profiles)
        m_entries.append(Entry{p.id, p.name, p.displayAddress(), false, false, {}, {}, {}});
    endResetModel();
}

void OverviewModel::addProfile(const ServerProfile &profile)
{
    if (rowOf(profile.id) >= 0)
        return;
    const int row = int(m_entries.size());
    beginInsertRows({}, row, row);
    m_entries.append(Entry{profile.id, profile.name, profile.displayAddress(), false, false, {}, {}, {}});
    endInsertRows();
}

void OverviewModel::updateProfile(const ServerProfile &profile)
{
    const int row = rowOf(profile.id);
    if (row < 0)
        return;
    m_entries[row].name = profile.name;
    m_entries[row].address = profile.displayAddress();
    emitRow(row);
}

void OverviewModel::removeProfile(const QString &id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_entries.removeAt(row);
    endRemoveRows();
}

void OverviewModel::setRefreshing(const QString &id, bool refreshing)
{
    const int row = rowOf(id);
    if (row < 0 || m_entries[row].refreshing == refreshing)
        return;
    m_entries[row].refreshing = refreshing;
    emitRow(row);
}

void OverviewModel::setResult(const QString &id, const Snapshot &snapshot, const QList<Finding> &findings,
                              const QDateTime &time)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    Entry &e = m_entries[row];
    e.summary = ServerSummary::summarize(snapshot, findings);
    e.hasResult = true;
    e.refreshing = false;
    e.error.clear();
    e.lastRefresh = time;
    emitRow(row);
}

void OverviewModel::setFailed(const QString &id, const QString &message)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    m_entries[row].refreshing = false;
    m_entries[row].error = message;
    emitRow(row);
}

void OverviewModel::updateTimes()
{
    if (!m_entries.isEmpty())
        Q_EMIT dataChanged(index(0, RefreshColumn), index(rowCount() - 1, RefreshColumn));
}

int OverviewModel::rowOf(const QString &id) const
{
    for (int i = 0; i < m_entries.size(); ++i) {
        if (m_entries.at(i).id == id)
            return i;
    }
    return -1;
}

QString OverviewModel::idAt(int row) const
{
    return row >= 0 && row < m_entries.size() ? m_entries.at(row).id : QString();
}

bool OverviewModel::isRefreshing(const QString &id) const
{
    const int row = rowOf(id);
    return row >= 0 && m_entries.at(row).refreshing;
}

bool OverviewModel::hasResult(const QString &id) const
{
    const int row = rowOf(id);
    return row >= 0 && m_entries.at(row).hasResult;
}

ServerSummary OverviewModel::summary(const QString &id) const
{
    const int row = rowOf(id);
    return row >= 0 ? m_entries.at(row).summary : ServerSummary();
}

int OverviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int OverviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QDateTime OverviewModel::now() const
{
    return m_fixedNow.isValid() ? m_fixedNow : QDateTime::currentDateTimeUtc();
}

QVariant OverviewModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const Entry &e = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(e, index.column());
    case Qt::DecorationRole:
        return icon(e, index.column());
    case Qt::ToolTipRole:
        return tooltip(e, index.column());
    case Qt::TextAlignmentRole:
        if (index.column() == DiskColumn || index.column() == CertColumn || index.column() == ServicesColumn
            || index.column() == QueuesColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case IdRole:
        return e.id;
    case SortRole:
        return sortValue(e, index.column());
    case SeverityRole:
        return e.hasResult ? SeverityInfo::id(e.summary.worst) : QString();
    case RefreshingRole:
        return e.refreshing;
    default:
        return {};
    }
}

QVariant OverviewModel::display(const Entry &e, int column) const
{
    const ServerSummary &s = e.summary;
    const QLocale locale;
    switch (column) {
    case NameColumn:
        return e.name;
    case VersionColumn:
        return s.version.isEmpty() ? DashboardText::dash() : s.version;
    case StatusColumn:
        if (!e.error.isEmpty())
            return tr("Could not refresh: %1").arg(e.error);
        if (!e.hasResult)
            return e.refreshing ? tr("Checking for the first time…") : tr("Not checked yet");
        if (s.worst == Severity::Ok)
            return tr("OK: all checks passed");
        if (s.problemCount > 1)
            return tr("%1: %2 (+%n more)", nullptr, s.problemCount - 1)
                .arg(SeverityInfo::displayName(s.worst), s.worstTitle);
        return tr("%1: %2").arg(SeverityInfo::displayName(s.worst), s.worstTitle);
    case DiskColumn:
        return s.diskPercent < 0 ? DashboardText::dash() : tr("%1%").arg(s.diskPercent);
    case CertColumn:
        if (!s.certKnown)
            return DashboardText::dash();
        return s.certDaysLeft < 0 ? tr("expired") : tr("%n day(s)", nullptr, int(s.certDaysLeft));
    case ServicesColumn:
        return s.servicesTotal < 0 ? DashboardText::dash()
                                   : tr("%1 of %2 active").arg(s.servicesActive).arg(s.servicesTotal);
    case QueuesColumn:
        if (s.queueTotal < 0)
            return DashboardText::dash();
        return tr("%1 / %2 dead").arg(locale.toString(s.queueTotal),
                                      s.deadJobs < 0 ? QStringLiteral("?") : locale.toString(s.deadJobs));
    case RefreshColumn:
        if (e.refreshing)
            return tr("refreshing…");
        return DashboardText::relativeTime(e.lastRefresh, now());
    default:
        return {};
    }
}

QIcon OverviewModel::icon(const Entry &e, int column) const
{
    if (column == StatusColumn) {
        if (!e.error.isEmpty())
            return UiIcons::severity(Severity::Unknown);
        if (!e.hasResult)
            return e.refreshing ? UiIcons::refreshing() : UiIcons::severity(Severity::Unknown);
        return UiIcons::severity(e.summary.worst);
    }
    if (column == RefreshColumn && e.refreshing)
        return UiIcons::refreshing();
    return {};
}

QVariant OverviewModel::tooltip(const Entry &e, int column) const
{
    switch (column) {
    case NameColumn:
        return e.address;
    case StatusColumn:
        if (!e.error.isEmpty())
            return e.error;
        return e.summary.worstMessage;
    case RefreshColumn:
        return DashboardText::dateTime(e.lastRefresh);
    case CertColumn:
        return e.summary.certDomain;
    case DiskColumn:
        return e.summary.diskMount;
    default:
        return display(e, column);
    }
}

QVariant OverviewModel::sortValue(const Entry &e, int column) const
{
    const ServerSummary &s = e.summary;
    switch (column) {
    case NameColumn:
        return e.name.toLower();
    case VersionColumn: {
        // Numeric compare of "4.10.1" > "4.9.3": pad each part.
        QString key;
        for (const QString &part : s.version.split(QLatin1Char('.')))
            key += part.rightJustified(6, QLatin1Char('0'));
        return key;
    }
    case StatusColumn:
        // Worst first when sorted descending; failed refreshes count as unknown.
        if (!e.error.isEmpty())
            return SeverityInfo::rank(Severity::Unknown) * 1000;
        return e.hasResult ? SeverityInfo::rank(s.worst) * 1000 + s.problemCount : -1;
    case DiskColumn:
        return s.diskPercent;
    case CertColumn:
        return s.certKnown ? s.certDaysLeft : std::numeric_limits<qint64>::max();
    case ServicesColumn:
        return s.servicesTotal < 0 ? -1 : s.servicesTotal - s.servicesActive;
    case QueuesColumn:
        return s.queueTotal;
    case RefreshColumn:
        return e.lastRefresh.isValid() ? e.lastRefresh.toSecsSinceEpoch() : 0;
    default:
        return {};
    }
}

QVariant OverviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn: return tr("Server");
    case VersionColumn: return tr("Mastodon");
    case StatusColumn: return tr("Status");
    case DiskColumn: return tr("Disk");
    case CertColumn: return tr("Certificate");
    case ServicesColumn: return tr("Services");
    case QueuesColumn: return tr("Queues");
    case RefreshColumn: return tr("Last refresh");
    default: return {};
    }
}

void OverviewModel::emitRow(int row)
{
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}
