#pragma once

#include "checks/Severity.h"

#include "servers/ServerProfile.h"
#include "ssh/SshConnection.h"

#include <QAbstractListModel>

// The server sidebar: one row per profile with its name, address and
// connection state (icon AND text: never colour alone).
class ServerListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role { IdRole = Qt::UserRole + 1, StateRole, BusyRole, NameRole, AddressRole, StateTextRole, HealthRole };

    explicit ServerListModel(QObject *parent = nullptr);

    void setProfiles(const QList<ServerProfile> &profiles);
    void addProfile(const ServerProfile &profile);
    void updateProfile(const ServerProfile &profile);
    void removeProfile(const QString &id);
    void setState(const QString &id, SshConnection::State state, const QString &errorTitle = QString());
    void setBusy(const QString &id, bool busy);
    // The worst finding of the last check: the row's icon shows it (a critical
    // server is not a green tick because its connection works).
    void setHealth(const QString &id, Severity worst);

    int rowOf(const QString &id) const;
    QString idAt(int row) const;
    ServerProfile profileAt(int row) const;

    static QString stateText(SshConnection::State state, bool busy);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    struct Entry
    {
        ServerProfile profile;
        SshConnection::State state = SshConnection::State::Disconnected;
        bool busy = false;
        QString errorTitle;
        bool healthKnown = false;
        Severity health = Severity::Unknown;
    };
    void emitChanged(int row);

    QList<Entry> m_entries;
};
