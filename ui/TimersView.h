#pragma once

#include "probes/Snapshot.h"

#include <QWidget>

class DashboardTable;

// Timers: each scheduled job with its next and last run and how the last run ended.
class TimersView : public QWidget
{
    Q_OBJECT

public:
    explicit TimersView(QWidget *parent = nullptr);
    void setSnapshot(const Snapshot &snapshot);
    void clear();
    DashboardTable *table() const { return m_table; }

private:
    DashboardTable *m_table;
};
