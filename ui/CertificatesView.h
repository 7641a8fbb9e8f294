#pragma once

#include "checks/Finding.h"
#include "probes/Snapshot.h"

#include <QWidget>

class DashboardTable;
class QLabel;

// Certificates: each domain's expiry on disk and as served, days left, and
// whether renewal is scheduled (moment 4: renewed but not loaded).
class CertificatesView : public QWidget
{
    Q_OBJECT

public:
    explicit CertificatesView(QWidget *parent = nullptr);
    // The rows show the snapshot's state; each row's verdict comes from the findings.
    void setSnapshot(const Snapshot &snapshot, const QList<Finding> &findings);
    void clear();
    DashboardTable *table() const { return m_table; }
    QString renewalText() const;

private:
    DashboardTable *m_table;
    QLabel *m_renewal;
};
