// LayoutDetection over the probe's real `detect` sections (tests/fixtures/probes/sections/*/detect*.txt;
// constructed-docker-compose/ is hand-made, see the fixtures' README), and the profile's
// "detect_layout" key in servers.json.

#include "probes/DetectionParser.h"
#include "probes/EnvHintsParser.h"
#include "probes/LayoutDetection.h"
#include "probes/SystemdShowParser.h"
#include "servers/ProfileJson.h"

#include <QFile>
#include <QtTest>

#include <optional>

namespace {

QString sections()
{
    return QStringLiteral(HOSHU_FIXTURES_DIR "/probes/sections/");
}

QString readFixture(const QString &relative)
{
    QFile f(sections() + relative);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(f.fileName()));
    return QString::fromUtf8(f.readAll());
}

// A snapshot holding only what detection reads: the detect section, and
// optionally the units (native evidence) and the env hints (domain).
Snapshot snapshotFrom(const QString &detectText, const QString &unitsText = {}, const QString &envText = {})
{
    Snapshot s;
    s.detection = DetectionParser::parse(detectText);
    if (!unitsText.isEmpty())
        s.units = SystemdShowParser::parse(unitsText, 0);
    if (!envText.isEmpty())
        s.env = EnvHintsParser::parse(envText);
    return s;
}

ServerProfile profileWith(const QString &deployment, const QString &dir, bool detect = true)
{
    ServerProfile p;
    p.name = QStringLiteral("s");
    p.host = QStringLiteral("example.org");
    p.deployment = deployment;
    p.mastodonDir = dir;
    p.detectLayout = detect;
    return p;
}

} // namespace

class TestLayoutDetection : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void apply_data()
    {
        QTest::addColumn<QString>("detect");  // fixture path, or "inline:" + section text
        QTest::addColumn<QString>("units");   // fixture path or empty
        QTest::addColumn<QString>("deployment");
        QTest::addColumn<QString>("dir");
        QTest::addColumn<bool>("detectLayout");
        QTest::addColumn<QString>("wantDeployment"); // empty: nullopt expected
        QTest::addColumn<QString>("wantDir");

        const QString testhost = QStringLiteral("debian-12-testhost/detect.txt");
        const QString testhostUnits = QStringLiteral("debian-12-testhost/units.txt");
        const QString docker = QStringLiteral("constructed-docker-compose/detect.txt");
        const QString checkout = QStringLiteral("constructed-docker-compose/detect--repo-checkout.txt");
        const QString container = QStringLiteral("debian-12-container/detect.txt");
        const QString live = QStringLiteral("/home/mastodon/live");
        const QString systemd = QStringLiteral("systemd");
        const QString dockerKind = QStringLiteral("docker");

        QTest::newRow("testhost: wrong dir fixed") << testhost << QString() << systemd << QStringLiteral("/srv/wrong")
                                                   << true << systemd << live;
        QTest::newRow("testhost: already right") << testhost << QString() << systemd << live << true << QString()
                                                 << QString();
        QTest::newRow("testhost: docker profile on a native host")
            << testhost << QString() << dockerKind << live << true << systemd << live;
        QTest::newRow("testhost: overridden by the user")
            << testhost << QString() << systemd << QStringLiteral("/srv/wrong") << false << QString() << QString();
        QTest::newRow("container without Mastodon: nothing to say")
            << container << QString() << systemd << QStringLiteral("/srv/wrong") << true << QString() << QString();
        QTest::newRow("docker compose: default profile fixed")
            << docker << QString() << systemd << live << true << dockerKind << QStringLiteral("/opt/mastodon");
        QTest::newRow("docker compose: already right")
            << docker << QString() << dockerKind << QStringLiteral("/opt/mastodon") << true << QString() << QString();
        QTest::newRow("docker compose: overridden by the user")
            << docker << QString() << systemd << live << false << QString() << QString();
        QTest::newRow("repo checkout run by compose") << checkout << QString() << systemd << live << true << dockerKind
                                                      << live;
        // The same checkout with mastodon-*.service units loaded is a native install.
        QTest::newRow("repo checkout with native units") << checkout << testhostUnits << systemd << live << true
                                                         << QString() << QString();
        QTest::newRow("repo checkout with native units, docker profile")
            << checkout << testhostUnits << dockerKind << live << true << systemd << live;
        QTest::newRow("two native dirs: ambiguous")
            << QStringLiteral("inline:systemd=yes\ndir /home/mastodon/live env code\ndir /home/other/live env code\n")
            << QString() << systemd << QStringLiteral("/srv/wrong") << true << QString() << QString();
        QTest::newRow("two native dirs, the profile's is one of them")
            << QStringLiteral("inline:systemd=yes\ndir /home/mastodon/live env code\ndir /home/other/live env code\n")
            << QString() << systemd << QStringLiteral("/home/other/live") << true << QString() << QString();
        QTest::newRow("code without env is no Mastodon dir")
            << QStringLiteral("inline:systemd=yes\ndir /home/mastodon/live code\n") << QString() << systemd
            << QStringLiteral("/srv/wrong") << true << QString() << QString();
        QTest::newRow("unreadable section") << QStringLiteral("inline:sh: 1: syntax error\n") << QString() << systemd
                                            << QStringLiteral("/srv/wrong") << true << QString() << QString();
    }

    void apply()
    {
        QFETCH(QString, detect);
        QFETCH(QString, units);
        QFETCH(QString, deployment);
        QFETCH(QString, dir);
        QFETCH(bool, detectLayout);
        QFETCH(QString, wantDeployment);
        QFETCH(QString, wantDir);
        const QString text = detect.startsWith(QLatin1String("inline:")) ? detect.mid(7) : readFixture(detect);
        const Snapshot snap = snapshotFrom(text, units.isEmpty() ? QString() : readFixture(units));
        const ServerProfile before = profileWith(deployment, dir, detectLayout);
        const std::optional<ServerProfile> after = LayoutDetection::apply(before, snap);
        if (wantDeployment.isEmpty()) {
            QVERIFY2(!after, after ? qPrintable(after->deployment + QLatin1Char(' ') + after->mastodonDir) : "");
            return;
        }
        QVERIFY(after.has_value());
        QCOMPARE(after->deployment, wantDeployment);
        QCOMPARE(after->mastodonDir, wantDir);
        QVERIFY(after->detectLayout);
        // Nothing else of the profile changes.
        ServerProfile rest = *after;
        rest.deployment = before.deployment;
        rest.mastodonDir = before.mastodonDir;
        QCOMPARE(rest, before);
        // Applying again to the result says nothing more: no refresh loop.
        QVERIFY(!LayoutDetection::apply(*after, snap));
    }

    void detectedShowsDomainAndBackups()
    {
        const Snapshot snap = snapshotFrom(readFixture(QStringLiteral("debian-12-testhost/detect.txt")), {},
                                           readFixture(QStringLiteral("debian-12-testhost/env.txt")));
        const LayoutDetection::Detected d = LayoutDetection::detected(snap);
        QVERIFY(d.known);
        QCOMPARE(d.deployment, QStringLiteral("systemd"));
        QCOMPARE(d.mastodonDir, QStringLiteral("/home/mastodon/live"));
        QCOMPARE(d.domain, QStringLiteral("pr1.test"));
        QCOMPARE(d.backupDirs, QStringList{QStringLiteral("/var/backups/mastodon")});

        const LayoutDetection::Detected none = LayoutDetection::detected(Snapshot());
        QVERIFY(!none.known);
        QVERIFY(none.deployment.isEmpty() && none.mastodonDir.isEmpty() && none.domain.isEmpty());
    }

    void summaryLine()
    {
        const Snapshot snap = snapshotFrom(readFixture(QStringLiteral("debian-12-testhost/detect.txt")), {},
                                           readFixture(QStringLiteral("debian-12-testhost/env.txt")));
        ServerProfile p = profileWith(QStringLiteral("systemd"), QStringLiteral("/home/mastodon/live"));
        QCOMPARE(LayoutDetection::summaryLine(p, snap),
                 QStringLiteral("systemd · /home/mastodon/live · pr1.test · backups: /var/backups/mastodon"));
        // The user's overrides win over what was detected.
        p.extra.insert(QStringLiteral("domain"), QStringLiteral("example.social"));
        p.extra.insert(QStringLiteral("backupDirs"), QJsonArray{QStringLiteral("/srv/backup"), QStringLiteral("/mnt/b")});
        QCOMPARE(LayoutDetection::summaryLine(p, snap),
                 QStringLiteral("systemd · /home/mastodon/live · example.social · backups: /srv/backup, /mnt/b"));
        // Nothing detected yet: the profile's layout alone.
        QCOMPARE(LayoutDetection::summaryLine(profileWith(QStringLiteral("docker"), QStringLiteral("/opt/mastodon")),
                                              Snapshot()),
                 QStringLiteral("docker · /opt/mastodon"));
    }

    void detectedMessage()
    {
        QCOMPARE(LayoutDetection::detectedMessage(profileWith(QStringLiteral("docker"), QStringLiteral("/opt/mastodon"))),
                 QStringLiteral("Detected: docker compose in /opt/mastodon"));
        QCOMPARE(LayoutDetection::detectedMessage(
                     profileWith(QStringLiteral("systemd"), QStringLiteral("/home/mastodon/live"))),
                 QStringLiteral("Detected: systemd in /home/mastodon/live"));
    }

    // ---- the profile's detect_layout in servers.json ----

    void jsonRoundTripKeepsDetectLayout_data()
    {
        QTest::addColumn<bool>("detect");
        QTest::newRow("on") << true;
        QTest::newRow("off (overridden)") << false;
    }

    void jsonRoundTripKeepsDetectLayout()
    {
        QFETCH(bool, detect);
        ServerProfile p = profileWith(QStringLiteral("docker"), QStringLiteral("/opt/mastodon"), detect);
        p.id = QStringLiteral("6f1c2a4e-8d1b-4f7a-9a51-0c3e2b7d9f10");
        p.extra.insert(QStringLiteral("futureKey"), QStringLiteral("kept"));
        const QByteArray bytes = ProfileJson::toBytes(p);
        QVERIFY2(bytes.contains(detect ? "\"detect_layout\": true" : "\"detect_layout\": false"), bytes.constData());
        QString error;
        const auto back = ProfileJson::fromBytes(bytes, &error);
        QVERIFY2(back.has_value(), qPrintable(error));
        QCOMPARE(back->detectLayout, detect);
        QCOMPARE(*back, p);
        QVERIFY(!back->extra.contains(QStringLiteral("detect_layout")));
    }

    void oldFileWithoutTheKeyDetects()
    {
        // A servers.json written before detect_layout existed.
        const QByteArray old = R"({"schema": 1, "servers": [{"id": "6f1c2a4e-8d1b-4f7a-9a51-0c3e2b7d9f10",
            "name": "old", "host": "old.example", "port": 0, "user": "mastodon", "auth": "auto", "keyFile": "",
            "rootAccess": "sudo", "deployment": "systemd", "mastodonDir": "/home/mastodon/live",
            "domain": "old.example", "thresholds": {"disk_warning": 70}}]})";
        const ProfileJson::ParsedFile parsed = ProfileJson::parseFile(old);
        QCOMPARE(int(parsed.result), int(ProfileJson::ParsedFile::Result::Ok));
        QCOMPARE(parsed.servers.size(), 1);
        const ServerProfile &p = parsed.servers.constFirst();
        QVERIFY(p.detectLayout);
        QCOMPARE(p.extra.value(QStringLiteral("domain")).toString(), QStringLiteral("old.example"));
        QCOMPARE(p.extra.value(QStringLiteral("thresholds")).toObject().value(QStringLiteral("disk_warning")).toInt(), 70);
        // Written back: the new key appears, the unknown ones stay.
        const QByteArray again = ProfileJson::serializeFile(parsed.servers);
        QVERIFY(again.contains("\"detect_layout\": true"));
        QVERIFY(again.contains("\"disk_warning\": 70"));
    }

    void detectLayoutMustBeABoolean()
    {
        QString error;
        QVERIFY(!ProfileJson::fromBytes(R"({"name":"n","host":"h","detect_layout":"yes"})", &error));
        QVERIFY2(error.contains(QLatin1String("detect_layout")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestLayoutDetection)
#include "test_layout_detection.moc"
