#pragma once

#include "checks/Finding.h"
#include "probes/Snapshot.h"

#include <QWidget>

class DashboardTable;

// Timers: each scheduled job with its next and last run and how the last run ended.
class TimersView : public QWidget
{
    Q_OBJECT

public:
    explicit TimersView(QWidget *parent = nullptr);
    // The rows show the snapshot's state; each row's verdict comes from the findings.
    void setSnapshot(const Snapshot &snapshot, const QList<Finding> &findings);
    void clear();
    DashboardTable *table() const { return m_table; }

private:
    DashboardTable *m_table;
};
