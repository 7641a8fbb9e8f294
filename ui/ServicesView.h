#pragma once

#include "probes/Snapshot.h"

#include <QWidget>

class DashboardTable;

// Services: each unit (or compose service) with its state, since when, restarts and memory.
class ServicesView : public QWidget
{
    Q_OBJECT

public:
    explicit ServicesView(QWidget *parent = nullptr);
    void setSnapshot(const Snapshot &snapshot);
    void clear();
    DashboardTable *table() const { return m_table; }

private:
    DashboardTable *m_table;
};
