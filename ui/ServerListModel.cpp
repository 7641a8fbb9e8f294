#include "ServerListModel.h"

#include "DashboardText.h"
#include "UiIcons.h"

#include <QApplication>
#include <QFontMetrics>

ServerListModel::ServerListModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void ServerListModel::setProfiles(const QList<ServerProfile> &profiles)
{
    beginResetModel();
    m_entries.clear();
    for (const ServerProfile &profile : profiles)
        m_entries.append(Entry{profile, SshConnection::State::Disconnected, false, QString()});
    endResetModel();
}

void ServerListModel::addProfile(const ServerProfile &profile)
{
    const int row = int(m_entries.size());
    beginInsertRows(QModelIndex(), row, row);
    m_entries.append(Entry{profile, SshConnection::State::Disconnected, false, QString()});
    endInsertRows();
}

void ServerListModel::updateProfile(const ServerProfile &profile)
{
    const int row = rowOf(profile.id);
    if (row < 0)
        return;
    m_entries[row].profile = profile;
    emitChanged(row);
}

void ServerListModel::removeProfile(const QString &id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    beginRemoveRows(QModelIndex(), row, row);
    m_entries.removeAt(row);
    endRemoveRows();
}

void ServerListModel::setState(const QString &id, SshConnection::State state, const QString &errorTitle)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    m_entries[row].state = state;
    m_entries[row].errorTitle = state == SshConnection::State::Failed ? errorTitle : QString();
    emitChanged(row);
}

void ServerListModel::setBusy(const QString &id, bool busy)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    m_entries[row].busy = busy;
    emitChanged(row);
}

void ServerListModel::setHealth(const QString &id, Severity worst)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    m_entries[row].healthKnown = true;
    m_entries[row].health = worst;
    emitChanged(row);
}

int ServerListModel::rowOf(const QString &id) const
{
    for (int i = 0; i < m_entries.size(); ++i) {
        if (m_entries[i].profile.id == id)
            return i;
    }
    return -1;
}

QString ServerListModel::idAt(int row) const
{
    return row >= 0 && row < m_entries.size() ? m_entries[row].profile.id : QString();
}

ServerProfile ServerListModel::profileAt(int row) const
{
    return row >= 0 && row < m_entries.size() ? m_entries[row].profile : ServerProfile();
}

QString ServerListModel::stateText(SshConnection::State state, bool busy)
{
    switch (state) {
    case SshConnection::State::Disconnected:
        return tr("Not connected");
    case SshConnection::State::Connecting:
        return tr("Connecting…");
    case SshConnection::State::AwaitingHostKeyDecision:
        return tr("Waiting for your host key decision");
    case SshConnection::State::Connected:
        return busy ? tr("Connected, running an action") : tr("Connected");
    case SshConnection::State::Failed:
        return tr("Connection failed");
    }
    return QString();
}

int ServerListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant ServerListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return QVariant();
    const Entry &e = m_entries[index.row()];
    switch (role) {
    case Qt::DisplayRole: {
        QString state = stateText(e.state, e.busy);
        if (e.healthKnown)
            state = tr("%1 · %2").arg(state, SeverityInfo::displayName(e.health));
        return QStringLiteral("%1\n%2 — %3").arg(e.profile.name, e.profile.displayAddress(), state);
    }
    case Qt::DecorationRole:
        // While connecting or running an action the connection icon says what happens;
        // otherwise the last check's verdict.
        if (e.healthKnown && !e.busy && e.state != SshConnection::State::Connecting)
            return UiIcons::severity(e.health);
        return UiIcons::connectionState(e.state, e.busy);
    case HealthRole:
        return e.healthKnown ? SeverityInfo::id(e.health) : QString();
    case Qt::SizeHintRole: {
        // Two lines; Japanese glyphs come from a fallback font that is taller
        // than the default font's metrics, so leave room for it.
        const QFontMetrics fm(QApplication::font());
        return QSize(0, fm.lineSpacing() * 2 + fm.lineSpacing() / 2 + 6);
    }
    case Qt::ToolTipRole: {
        QString tip = QStringLiteral("%1 (%2)\n%3").arg(e.profile.name, e.profile.displayAddress(),
                                                       stateText(e.state, e.busy));
        if (!e.errorTitle.isEmpty())
            tip += QLatin1Char('\n') + e.errorTitle;
        return DashboardText::plainToolTip(tip); // the error may quote the server
    }
    case Qt::AccessibleTextRole:
        return QStringLiteral("%1, %2").arg(e.profile.name, stateText(e.state, e.busy));
    case IdRole:
        return e.profile.id;
    case StateRole:
        return int(e.state);
    case BusyRole:
        return e.busy;
    case NameRole:
        return e.profile.name;
    case AddressRole:
        return e.profile.displayAddress();
    case StateTextRole:
        return stateText(e.state, e.busy);
    default:
        return QVariant();
    }
}

void ServerListModel::emitChanged(int row)
{
    const QModelIndex i = index(row);
    Q_EMIT dataChanged(i, i);
}
