#pragma once

#include "checks/Finding.h"
#include "probes/Snapshot.h"

#include <QWidget>

class DashboardTable;

// Services: each unit (or compose service) with its state, since when, restarts and memory.
class ServicesView : public QWidget
{
    Q_OBJECT

public:
    explicit ServicesView(QWidget *parent = nullptr);
    // The rows show the snapshot's state; each row's verdict comes from the findings.
    void setSnapshot(const Snapshot &snapshot, const QList<Finding> &findings);
    void clear();
    DashboardTable *table() const { return m_table; }

private:
    DashboardTable *m_table;
};
