#pragma once

#include "checks/ServerSummary.h"
#include "servers/ServerProfile.h"

#include <QAbstractTableModel>
#include <QDateTime>

// The morning look: one row per server with its version, worst finding, disk,
// certificate, services, queues and last refresh. Each row changes on its own
// (a slow server never holds back the others). State is icon + text, never colour alone.
class OverviewModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, VersionColumn, StatusColumn, DiskColumn, CertColumn, ServicesColumn, QueuesColumn,
                  RefreshColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, SortRole, SeverityRole, RefreshingRole };

    explicit OverviewModel(QObject *parent = nullptr);

    void setProfiles(const QList<ServerProfile> &profiles);
    void addProfile(const ServerProfile &profile);
    void updateProfile(const ServerProfile &profile);
    void removeProfile(const QString &id);

    void setRefreshing(const QString &id, bool refreshing);
    void setResult(const QString &id, const Snapshot &snapshot, const QList<Finding> &findings,
                   const QDateTime &time = QDateTime::currentDateTimeUtc());
    // The refresh failed: the row keeps its last numbers but says it could not refresh.
    void setFailed(const QString &id, const QString &message);
    // Relative times ("2 min ago") move on: call every now and then.
    void updateTimes();
    // For tests and screenshots: the clock the relative times are measured against.
    void setNow(const QDateTime &now) { m_fixedNow = now; }

    int rowOf(const QString &id) const;
    QString idAt(int row) const;
    bool isRefreshing(const QString &id) const;
    bool hasResult(const QString &id) const;
    ServerSummary summary(const QString &id) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Entry
    {
        QString id;
        QString name;
        QString address;
        bool refreshing = false;
        bool hasResult = false;
        QString error; // the last refresh failed with this
        QDateTime lastRefresh;
        ServerSummary summary;
    };
    QVariant display(const Entry &e, int column) const;
    QVariant sortValue(const Entry &e, int column) const;
    QVariant tooltip(const Entry &e, int column) const;
    QIcon icon(const Entry &e, int column) const;
    QDateTime now() const;
    void emitRow(int row);

    QList<Entry> m_entries;
    QDateTime m_fixedNow;
};
