#pragma once

#include "checks/DiskProjection.h"
#include "checks/Finding.h"
#include "probes/Snapshot.h"

#include <QHash>
#include <QWidget>

class QChart;
class QChartView;
class QComboBox;
class QLabel;
class QLineSeries;
class QPushButton;
class QTableWidget;

// Disk: one bar per filesystem, what eats the space (the slow tier, with its
// age), and the used space over time with the projection to full.
class DiskView : public QWidget
{
    Q_OBJECT

public:
    explicit DiskView(QWidget *parent = nullptr);

    // The rows show the snapshot's state; each row's verdict comes from the findings.
    void setSnapshot(const Snapshot &snapshot, const QList<Finding> &findings);
    void clear();
    // The history of one filesystem (oldest first) and its size. The projection to
    // full is the disk.full_soon finding's (given with the snapshot), never a second estimate.
    void setHistory(const QString &mount, const QList<DiskProjection::Point> &points, qint64 sizeBytes);
    void setMeasuring(bool measuring);

    QString historyMount() const;
    QTableWidget *filesystemTable() const { return m_filesystems; }
    QTableWidget *breakdownTable() const { return m_breakdown; }
    QLineSeries *usedSeries() const { return m_used; }
    QLineSeries *projectionSeries() const { return m_projection; }
    QLineSeries *sizeSeries() const { return m_size; }
    QString projectionText() const;

Q_SIGNALS:
    void measureRequested();
    void historyMountChanged(const QString &mount);

private:
    void fillFilesystems(const Snapshot &snapshot);
    void fillBreakdown(const Snapshot &snapshot);

    QTableWidget *m_filesystems;
    QTableWidget *m_breakdown;
    QLabel *m_breakdownAge;
    QPushButton *m_measure;
    QComboBox *m_mountCombo;
    QChart *m_chart;
    QChartView *m_chartView;
    QLineSeries *m_used;
    QLineSeries *m_projection;
    QLineSeries *m_size;
    QLabel *m_projectionLabel;
    QList<Finding> m_findings;
    QHash<QString, qint64> m_usableBytes; // used + available: "full" for Mastodon, as disk.full_soon counts
};
