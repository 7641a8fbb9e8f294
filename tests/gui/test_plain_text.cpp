// Server text is shown as text, never as markup: a snapshot whose file names,
// unit states, certificate names, mount points and cron lines carry HTML is put
// into every dashboard tab and the Overview, and every label, tool tip, table
// cell and chart title that shows it must show it literally. (Qt's default for
// labels and tool tips is AutoText: Qt::mightBeRichText() decides, and a file
// named "<font color=green>All OK" would render as green "All OK".)
#include "DashboardText.h"
#include "DiskView.h"
#include "OverviewModel.h"
#include "OverviewView.h"
#include "ServerDashboard.h"
#include "checks/Checker.h"

#include "FixtureSnapshot.h"

#include <QChart>
#include <QChartView>
#include <QHelpEvent>
#include <QLabel>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTextDocument>
#include <QToolTip>

namespace {

const QString Payload = QStringLiteral("<font color=green>All OK</font><b>x</b><img src=\"file:///etc/hostname\">HOSTILE");
const QString Token = QStringLiteral("HOSTILE");

// What a widget shows for `text` in `format`, as plain text.
QString shown(const QString &text, Qt::TextFormat format)
{
    const bool rich = format == Qt::RichText || (format == Qt::AutoText && Qt::mightBeRichText(text));
    if (!rich)
        return text;
    QTextDocument doc;
    doc.setHtml(text);
    return doc.toPlainText();
}

Snapshot hostileSnapshot()
{
    Snapshot s = FixtureSnapshot::load(QStringLiteral("debian-12-testhost-big-journal+stray-dumps+backup-truncated"),
                                       ProbeScript::Tier::Full, QStringLiteral("srv"));
    if (s.dumps.files.isEmpty() || s.disks.filesystems.isEmpty() || s.certs.certs.isEmpty())
        qFatal("the fixture lacks dumps, filesystems or certificates");
    s.dumps.files[0].path = QStringLiteral("/root/") + Payload + QStringLiteral(".sql");
    for (SystemdUnit &u : s.units.units) {
        if (u.id == QLatin1String("mastodon-web.service")) {
            u.activeState = QStringLiteral("failed ") + Payload;
            u.fragmentPath = QStringLiteral("/etc/systemd/system/") + Payload;
        }
    }
    for (SystemdUnit &t : s.timers.units)
        t.fragmentPath = QStringLiteral("/lib/systemd/system/") + Payload;
    s.cron.status.ok = true;
    s.cron.entries.append(CronEntry{QStringLiteral("/etc/cron.d/") + Payload, QStringLiteral("0 3 * * * root certbot renew ")
                                                                                 + Payload,
                                    false});
    s.certs.certs[0].name = Payload + QStringLiteral(".example");
    s.certs.certs[0].dnsNames = {Payload + QStringLiteral(".example")};
    Filesystem &fs = s.disks.filesystems[0];
    fs.device = QStringLiteral("/dev/") + Payload;
    fs.mount = QStringLiteral("/srv/") + Payload;
    fs.usedBytes = fs.sizeBytes - fs.sizeBytes / 50; // 98 % used: the fullest, it gets a finding
    fs.availBytes = fs.sizeBytes / 50;
    return s;
}

struct Sweep
{
    int labels = 0;
    int toolTips = 0;
    int cells = 0;
    QStringList failures;

    void check(const QString &what, const QString &text, Qt::TextFormat format)
    {
        if (!text.contains(Token))
            return;
        const QString visible = shown(text, format);
        if (!visible.contains(Payload))
            failures << QStringLiteral("%1 shows \"%2\" for \"%3\"").arg(what, visible, text);
    }

    void widgets(QWidget *root)
    {
        QList<QWidget *> all = root->findChildren<QWidget *>();
        all.prepend(root);
        for (QWidget *w : std::as_const(all)) {
            if (auto *label = qobject_cast<QLabel *>(w)) {
                labels += label->text().contains(Token) ? 1 : 0;
                check(QStringLiteral("label %1").arg(label->objectName()), label->text(), label->textFormat());
            }
            toolTips += w->toolTip().contains(Token) ? 1 : 0;
            check(QStringLiteral("tool tip of %1").arg(w->objectName()), w->toolTip(), Qt::AutoText);
            if (auto *table = qobject_cast<QTableWidget *>(w)) {
                for (int r = 0; r < table->rowCount(); ++r) {
                    for (int c = 0; c < table->columnCount(); ++c) {
                        const QTableWidgetItem *item = table->item(r, c);
                        if (!item)
                            continue;
                        const QString where = QStringLiteral("%1[%2,%3]").arg(table->objectName()).arg(r).arg(c);
                        // The item delegate paints DisplayRole as plain text; the tool tip is AutoText.
                        cells += item->text().contains(Token) ? 1 : 0;
                        toolTips += item->toolTip().contains(Token) ? 1 : 0;
                        check(QStringLiteral("tool tip of ") + where, item->toolTip(), Qt::AutoText);
                    }
                }
            }
        }
    }
};

} // namespace

class TestPlainText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void dashboardShowsServerTextLiterally();
    void overviewToolTipsAreLiteral();
    void plainToolTipRoundTrips_data();
    void plainToolTipRoundTrips();
};

void TestPlainText::dashboardShowsServerTextLiterally()
{
    const Snapshot snap = hostileSnapshot();
    const QList<Finding> findings = Checker::evaluate(snap);
    ServerDashboard dashboard(nullptr);
    dashboard.resize(1200, 800);
    dashboard.setCurrentServer(QStringLiteral("srv"), QStringLiteral("srv ") + Payload, QStringLiteral("systemd"));
    dashboard.setResult(QStringLiteral("srv"), snap, findings);
    const QDateTime t = QDateTime::currentDateTimeUtc();
    const qint64 size = snap.disks.filesystems[0].sizeBytes;
    dashboard.setHistory(QStringLiteral("srv"), snap.disks.filesystems[0].mount,
                         {{t.addDays(-2), size / 2}, {t.addDays(-1), size * 3 / 4}, {t, size - size / 50}}, size);
    dashboard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dashboard));

    Sweep sweep;
    sweep.widgets(&dashboard);
    QVERIFY2(sweep.failures.isEmpty(), qPrintable(sweep.failures.join(QLatin1Char('\n'))));
    // Not vacuous: the hostile text did reach the views. Finding messages (stray
    // dumps, the stopped service, the full disk), the renewal line, the projection...
    QVERIFY2(sweep.labels >= 5, qPrintable(QString::number(sweep.labels)));
    // ...the unit, timer, certificate and filesystem tool tips...
    QVERIFY2(sweep.toolTips >= 4, qPrintable(QString::number(sweep.toolTips)));
    // ...and the table cells (plain by the delegate).
    QVERIFY2(sweep.cells >= 3, qPrintable(QString::number(sweep.cells)));

    // A chart title is rich text whatever one does: the mount is escaped into it.
    auto *chartView = dashboard.diskView()->findChild<QChartView *>(QStringLiteral("diskHistoryChart"));
    QVERIFY(chartView && chartView->chart());
    QCOMPARE(shown(chartView->chart()->title(), Qt::RichText), snap.disks.filesystems[0].mount);
}

void TestPlainText::overviewToolTipsAreLiteral()
{
    const Snapshot snap = hostileSnapshot();
    const QList<Finding> findings = Checker::evaluate(snap);
    OverviewModel model;
    ServerProfile p;
    p.id = QStringLiteral("srv");
    p.name = QStringLiteral("srv");
    p.host = QStringLiteral("example.org");
    model.setProfiles({p});
    model.setResult(QStringLiteral("srv"), snap, findings, QDateTime::currentDateTimeUtc());
    OverviewView view(&model);
    view.resize(1200, 300);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));

    int checked = 0;
    for (int column : {int(OverviewModel::StatusColumn), int(OverviewModel::DiskColumn), int(OverviewModel::CertColumn)}) {
        const QModelIndex index = view.table()->model()->index(0, column);
        const QString tip = index.data(Qt::ToolTipRole).toString();
        if (!tip.contains(Token))
            continue;
        ++checked;
        const QRect rect = view.table()->visualRect(index);
        QVERIFY2(rect.isValid(), "the cell is on screen");
        QWidget *viewport = view.table()->viewport();
        QHelpEvent event(QEvent::ToolTip, rect.center(), viewport->mapToGlobal(rect.center()));
        QApplication::sendEvent(viewport, &event);
        QTRY_VERIFY(!QToolTip::text().isEmpty());
        QCOMPARE(shown(QToolTip::text(), Qt::AutoText), tip);
        QToolTip::hideText();
        QTRY_VERIFY(QToolTip::text().isEmpty());
    }
    QVERIFY2(checked >= 2, "the worst finding and the fullest mount carry the hostile text");
}

void TestPlainText::plainToolTipRoundTrips_data()
{
    QTest::addColumn<QString>("plain");
    QTest::newRow("markup") << Payload;
    QTest::newRow("entity") << QStringLiteral("&lt;b&gt; is not bold");
    QTest::newRow("doctype") << QStringLiteral("<!DOCTYPE html><p>x</p>");
    QTest::newRow("two lines") << QStringLiteral("/dev/vda1 (ext4)\n<i>second</i>");
    QTest::newRow("japanese") << QStringLiteral("証明書 <b>満杯</b>");
    QTest::newRow("no markup at all") << QStringLiteral("mastodon-web.service");
}

void TestPlainText::plainToolTipRoundTrips()
{
    QFETCH(QString, plain);
    const QString tip = DashboardText::plainToolTip(plain);
    QVERIFY(Qt::mightBeRichText(tip)); // always taken as rich text, so the escapes are honoured
    QCOMPARE(shown(tip, Qt::AutoText), plain);
}

QTEST_MAIN(TestPlainText)
#include "test_plain_text.moc"
