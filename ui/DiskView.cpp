#include "DiskView.h"

#include "DashboardText.h"
#include "UiIcons.h"
#include "checks/FindingText.h"
#include "checks/FindingVerdicts.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateTimeAxis>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QValueAxis>
#include <QVBoxLayout>

namespace {
constexpr double GB = 1024.0 * 1024.0 * 1024.0;

QTableWidget *table(const QStringList &headers, const QString &name, QWidget *parent)
{
    auto *t = new QTableWidget(0, int(headers.size()), parent);
    t->setObjectName(name);
    t->setHorizontalHeaderLabels(headers);
    t->verticalHeader()->hide();
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}

QTableWidgetItem *item(const QString &text, Qt::Alignment align = Qt::AlignLeft | Qt::AlignVCenter)
{
    auto *i = new QTableWidgetItem(text);
    i->setTextAlignment(align);
    return i;
}
} // namespace

DiskView::DiskView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("diskView"));
    m_filesystems = table({tr("Filesystem"), tr("Used"), tr("Size"), tr("Use")}, QStringLiteral("filesystemTable"), this);

    auto *breakdownBox = new QGroupBox(tr("What uses the space (slow check)"), this);
    m_breakdown = table({tr("What"), tr("Size"), tr("Where")}, QStringLiteral("breakdownTable"), breakdownBox);
    m_breakdownAge = new QLabel(breakdownBox);
    m_breakdownAge->setObjectName(QStringLiteral("breakdownAgeLabel"));
    m_breakdownAge->setTextFormat(Qt::PlainText); // may carry a reason from the server
    m_breakdownAge->setWordWrap(true);
    m_measure = new QPushButton(tr("Measure Now (slow)"), breakdownBox);
    m_measure->setObjectName(QStringLiteral("measureNowButton"));
    m_measure->setToolTip(tr("Runs du over the media, the database and the installed software. Read-only, "
                             "but it can take a minute on a big server."));
    connect(m_measure, &QPushButton::clicked, this, &DiskView::measureRequested);
    auto *ageRow = new QHBoxLayout;
    ageRow->addWidget(m_breakdownAge, 1);
    ageRow->addWidget(m_measure);
    auto *breakdownLayout = new QVBoxLayout(breakdownBox);
    breakdownLayout->addLayout(ageRow);
    breakdownLayout->addWidget(m_breakdown);

    auto *historyBox = new QGroupBox(tr("Used space over time"), this);
    m_mountCombo = new QComboBox(historyBox);
    m_mountCombo->setObjectName(QStringLiteral("historyMountCombo"));
    m_mountCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_mountCombo, &QComboBox::currentTextChanged, this, [this](const QString &mount) {
        if (!mount.isEmpty())
            Q_EMIT historyMountChanged(mount);
    });
    m_projectionLabel = new QLabel(historyBox);
    m_projectionLabel->setObjectName(QStringLiteral("projectionLabel"));
    m_projectionLabel->setTextFormat(Qt::PlainText); // names the server's mount point
    m_projectionLabel->setWordWrap(true);

    m_chart = new QChart;
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_used = new QLineSeries(m_chart);
    m_used->setName(tr("Used"));
    m_projection = new QLineSeries(m_chart);
    m_projection->setName(tr("Projection to full"));
    QPen dashed(QColor(0xcf, 0x22, 0x2e), 2, Qt::DashLine);
    m_projection->setPen(dashed);
    m_size = new QLineSeries(m_chart);
    m_size->setName(tr("Full"));
    m_size->setPen(QPen(QColor(0x8c, 0x95, 0x9f), 1, Qt::DotLine));
    for (QLineSeries *s : {m_used, m_projection, m_size})
        m_chart->addSeries(s);
    auto *x = new QDateTimeAxis(m_chart);
    x->setFormat(QStringLiteral("MM-dd"));
    auto *y = new QValueAxis(m_chart);
    y->setTitleText(tr("GB"));
    y->setLabelFormat(QStringLiteral("%.1f"));
    m_chart->addAxis(x, Qt::AlignBottom);
    m_chart->addAxis(y, Qt::AlignLeft);
    for (QLineSeries *s : {m_used, m_projection, m_size}) {
        s->attachAxis(x);
        s->attachAxis(y);
    }
    m_chartView = new QChartView(m_chart, historyBox);
    m_chartView->setObjectName(QStringLiteral("diskHistoryChart"));
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumHeight(180);

    auto *historyTop = new QHBoxLayout;
    historyTop->addWidget(new QLabel(tr("Filesystem:"), historyBox));
    historyTop->addWidget(m_mountCombo);
    historyTop->addWidget(m_projectionLabel, 1);
    auto *historyLayout = new QVBoxLayout(historyBox);
    historyLayout->addLayout(historyTop);
    historyLayout->addWidget(m_chartView, 1);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("diskSplitter"));
    splitter->addWidget(m_filesystems);
    splitter->addWidget(breakdownBox);
    splitter->addWidget(historyBox);
    splitter->setStretchFactor(2, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);
    clear();
}

void DiskView::clear()
{
    m_filesystems->setRowCount(0);
    m_breakdown->setRowCount(0);
    m_breakdownAge->setText(tr("Not measured yet."));
    m_mountCombo->clear();
    setHistory(QString(), {}, 0);
}

void DiskView::setSnapshot(const Snapshot &snapshot, const QList<Finding> &findings)
{
    m_findings = findings;
    m_usableBytes.clear();
    for (const Filesystem &fs : snapshot.disks.filesystems)
        m_usableBytes.insert(fs.mount, fs.usedBytes + fs.availBytes);
    fillFilesystems(snapshot);
    fillBreakdown(snapshot);
    const QString keep = m_mountCombo->currentText();
    QStringList mounts;
    for (const Filesystem &fs : snapshot.disks.filesystems)
        mounts << fs.mount;
    QStringList shown;
    for (int i = 0; i < m_mountCombo->count(); ++i)
        shown << m_mountCombo->itemText(i);
    if (mounts != shown) {
        const QSignalBlocker block(m_mountCombo);
        m_mountCombo->clear();
        m_mountCombo->addItems(mounts);
        // The fullest filesystem is the interesting one by default.
        int best = mounts.indexOf(keep);
        if (best < 0) {
            int pct = -1;
            for (int i = 0; i < snapshot.disks.filesystems.size(); ++i) {
                if (snapshot.disks.filesystems.at(i).usedPercent() > pct) {
                    pct = snapshot.disks.filesystems.at(i).usedPercent();
                    best = i;
                }
            }
        }
        m_mountCombo->setCurrentIndex(qMax(0, best));
    }
    if (!m_mountCombo->currentText().isEmpty())
        Q_EMIT historyMountChanged(m_mountCombo->currentText());
}

void DiskView::fillFilesystems(const Snapshot &snap)
{
    m_filesystems->setRowCount(0);
    if (!snap.disks.status.ok) {
        m_filesystems->setRowCount(1);
        m_filesystems->setItem(0, 0, item(tr("Could not read: %1").arg(snap.disks.status.reason)));
        m_filesystems->item(0, 0)->setIcon(UiIcons::severity(Severity::Unknown));
        return;
    }
    const QList<Filesystem> &list = snap.disks.filesystems;
    const FindingVerdicts verdicts(m_findings);
    m_filesystems->setRowCount(int(list.size()));
    for (int row = 0; row < list.size(); ++row) {
        const Filesystem &fs = list.at(row);
        const int pct = fs.usedPercent();
        const Severity sev = verdicts.severity({QStringLiteral("disk.usage_high"), QStringLiteral("disk.full_soon")},
                                               fs.mount);
        auto *mount = item(fs.mount);
        mount->setIcon(UiIcons::severity(sev));
        mount->setData(Qt::UserRole, SeverityInfo::id(sev));
        mount->setToolTip(DashboardText::plainToolTip(QStringLiteral("%1 (%2)").arg(fs.device, fs.type)));
        m_filesystems->setItem(row, 0, mount);
        m_filesystems->setItem(row, 1, item(FindingText::size(fs.usedBytes), Qt::AlignRight | Qt::AlignVCenter));
        m_filesystems->setItem(row, 2, item(FindingText::size(fs.sizeBytes), Qt::AlignRight | Qt::AlignVCenter));
        auto *bar = new QProgressBar(m_filesystems);
        bar->setObjectName(QStringLiteral("diskBar_") + fs.mount);
        bar->setRange(0, 100);
        bar->setValue(qBound(0, pct, 100));
        bar->setFormat(tr("%1% used, %2 free").arg(pct).arg(FindingText::size(fs.availBytes)));
        bar->setTextVisible(true);
        m_filesystems->setCellWidget(row, 3, bar);
        // The hidden item carries the percentage for tests and accessibility.
        auto *pctItem = item(QString::number(pct));
        pctItem->setData(Qt::UserRole, pct);
        m_filesystems->setItem(row, 3, pctItem);
    }
    // Show every filesystem without scrolling (up to a handful); the chart gets the rest.
    m_filesystems->resizeRowsToContents();
    const int rows = qMin(int(list.size()), 6);
    int h = m_filesystems->horizontalHeader()->height() + 2 * m_filesystems->frameWidth();
    for (int r = 0; r < rows; ++r)
        h += m_filesystems->rowHeight(r);
    m_filesystems->setMinimumHeight(h);
}

void DiskView::fillBreakdown(const Snapshot &snap)
{
    m_breakdown->setRowCount(0);
    const DiskUsage &du = snap.diskUsage;
    if (!du.status.collected) {
        m_breakdownAge->setText(tr("Not measured yet. Measuring walks through the media and the database, "
                                   "so it runs only when you ask or on the slow schedule."));
        return;
    }
    if (!du.status.ok) {
        m_breakdownAge->setText(tr("Could not measure: %1").arg(du.status.reason));
        return;
    }
    m_breakdownAge->setText(tr("Measured %1 (%2).")
                                .arg(DashboardText::relativeTime(snap.slowTakenAt),
                                     DashboardText::dateTime(snap.slowTakenAt)));
    struct Row { QString role; QString label; };
    const QList<Row> rows = {
        {QStringLiteral("media_cache"), tr("Remote media cache")},
        {QStringLiteral("media"), tr("All media (public/system)")},
        {QStringLiteral("pg_base"), tr("PostgreSQL data")},
        {QStringLiteral("pg_wal"), tr("PostgreSQL WAL (pg_wal)")},
        {QStringLiteral("node_modules"), tr("node_modules")},
        {QStringLiteral("vendor"), tr("vendor (Ruby gems)")},
        {QStringLiteral("rubies"), tr("Installed Rubies (~/.rbenv/versions)")},
        {QStringLiteral("yarn_cache"), tr("Yarn cache")},
    };
    auto add = [this](const QString &label, qint64 bytes, const QString &where) {
        const int r = m_breakdown->rowCount();
        m_breakdown->insertRow(r);
        m_breakdown->setItem(r, 0, item(label));
        auto *size = item(bytes < 0 ? DashboardText::dash() : FindingText::size(bytes), Qt::AlignRight | Qt::AlignVCenter);
        size->setData(Qt::UserRole, bytes);
        m_breakdown->setItem(r, 1, size);
        m_breakdown->setItem(r, 2, item(where));
    };
    for (const Row &row : rows) {
        const qint64 bytes = du.bytes(row.role);
        if (bytes < 0)
            continue;
        QString where;
        for (auto it = du.bytesByPath.cbegin(); it != du.bytesByPath.cend(); ++it) {
            if (it.value() == bytes) { where = it.key(); break; }
        }
        if (row.role == QLatin1String("rubies") && !du.rubyVersions.isEmpty())
            where = tr("%1 (in use: %2)").arg(du.rubyVersions.join(QStringLiteral(", ")), du.rubyCurrent);
        add(row.label, bytes, where);
    }
    if (snap.dumps.status.ok) {
        qint64 total = 0;
        QStringList paths;
        for (const FileEntry &f : snap.dumps.files) {
            total += f.sizeBytes;
            paths << f.path;
        }
        add(tr("Stray database dumps (%n file(s))", nullptr, int(snap.dumps.files.size())), total,
            paths.join(QStringLiteral(", ")));
    }
    if (snap.journal.status.ok)
        add(tr("System journal"), snap.journal.bytes, QStringLiteral("/var/log/journal"));
}

void DiskView::setMeasuring(bool measuring)
{
    m_measure->setEnabled(!measuring);
    m_measure->setText(measuring ? tr("Measuring…") : tr("Measure Now (slow)"));
}

QString DiskView::historyMount() const
{
    return m_mountCombo->currentText();
}

QString DiskView::projectionText() const
{
    return m_projectionLabel->text();
}

void DiskView::setHistory(const QString &mount, const QList<DiskProjection::Point> &points, qint64 sizeBytes)
{
    m_used->clear();
    m_projection->clear();
    m_size->clear();
    auto *x = qobject_cast<QDateTimeAxis *>(m_chart->axes(Qt::Horizontal).value(0));
    auto *y = qobject_cast<QValueAxis *>(m_chart->axes(Qt::Vertical).value(0));
    if (points.isEmpty() || mount.isEmpty()) {
        m_projectionLabel->setText(mount.isEmpty() ? QString()
                                                   : tr("No history yet: each refresh adds a point."));
        m_chart->setTitle(QString());
        return;
    }
    m_chart->setTitle(mount.toHtmlEscaped()); // a chart title is always rich text
    for (const DiskProjection::Point &p : points)
        m_used->append(double(p.time.toMSecsSinceEpoch()), p.usedBytes / GB);

    QDateTime end = points.last().time;
    const QList<Finding> verdict = FindingVerdicts(m_findings).about({QStringLiteral("disk.full_soon")}, mount);
    const Finding *fullSoon = verdict.isEmpty() ? nullptr : &verdict.constFirst();
    const QDateTime full = fullSoon ? QDateTime::fromString(fullSoon->evidence.value(QStringLiteral("fullAt")).toString(),
                                                            Qt::ISODate)
                                    : QDateTime();
    const qint64 fullBytes = m_usableBytes.value(mount, sizeBytes);
    if (full.isValid() && fullBytes > 0) {
        // From the last measured point to the day the finding says it is full.
        m_projection->append(double(points.last().time.toMSecsSinceEpoch()), points.last().usedBytes / GB);
        m_projection->append(double(full.toMSecsSinceEpoch()), fullBytes / GB);
        end = qMax(end, full);
        const qint64 days = fullSoon->evidence.value(QStringLiteral("days")).toLongLong();
        m_projectionLabel->setText(tr("At this rate %1 is full around %2 (%3).")
                                       .arg(mount, QLocale().toString(full.toLocalTime().date(), QLocale::ShortFormat),
                                            DashboardText::daysLeft(days)));
    } else if (fullSoon) {
        m_projectionLabel->setText(tr("%1 is not filling up.").arg(mount));
    } else {
        m_projectionLabel->setText(tr("%1: too little history yet to tell whether it is filling up.").arg(mount));
    }
    if (fullBytes > 0) {
        m_size->append(double(points.first().time.toMSecsSinceEpoch()), fullBytes / GB);
        m_size->append(double(end.toMSecsSinceEpoch()), fullBytes / GB);
    }
    if (x) {
        const QDateTime start = points.first().time;
        x->setRange(start, end > start ? end : start.addSecs(3600));
        const qint64 span = start.secsTo(end);
        x->setFormat(span > 3 * 86400 ? QStringLiteral("MM-dd") : span > 86400 ? QStringLiteral("MM-dd HH:mm")
                                                                                 : QStringLiteral("HH:mm"));
    }
    if (y) {
        double top = fullBytes / GB;
        for (const DiskProjection::Point &p : points)
            top = qMax(top, p.usedBytes / GB);
        y->setRange(0, top > 0 ? top * 1.05 : 1);
        y->applyNiceNumbers();
        // Small filesystems (a 64 MB volume) still get distinct labels.
        y->setLabelFormat(top < 1 ? QStringLiteral("%.3f") : top < 10 ? QStringLiteral("%.2f") : QStringLiteral("%.1f"));
    }
}
