#pragma once

#include "backups/BundleLine.h"
#include "catalog/Action.h"

#include <QList>
#include <QMap>
#include <QObject>

class ActionRunner;
class AuditLog;
class ServerSession;

// Asks a server which backup bundles it has: runs the read-only catalog action
// backup.list (no confirmation, beside any other run: its own runner, recorded
// in the audit log like every run) and reads its hoshu-bundle: lines with
// BundleLine, strictly. Its output does not go to the log pane: the Backups tab
// shows the result. Exactly one of listed/failed per list().
class BundleLister : public QObject
{
    Q_OBJECT

public:
    BundleLister(ServerSession *session, QObject *parent = nullptr);

    void setAuditLog(AuditLog *log);
    // False with *error when the action cannot run (not in the catalog, a bad parameter, a list running).
    bool list(const Action &action, const QMap<QString, QString> &params, QString *error);
    bool isListing() const { return m_listing; }
    void cancel();

Q_SIGNALS:
    void listed(const QList<BundleLine> &bundles); // oldest first, as the server lists them
    void failed(const QString &message); // translated, plain text (may quote the server)

private:
    ActionRunner *m_runner;
    QByteArray m_out;
    QByteArray m_err;
    bool m_listing = false;
};
