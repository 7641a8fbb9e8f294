#include "servers/ProfileJson.h"
#include "servers/ServerProfile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

class TestServerProfile : public QObject
{
    Q_OBJECT

private:
    static ServerProfile validProfile()
    {
        ServerProfile p;
        p.name = QStringLiteral("prod");
        p.host = QStringLiteral("example.org");
        return p;
    }

    // Runs validate() and checks the outcome; bad values must produce exactly a
    // message that names the field (English source strings).
    static void checkField(const ServerProfile &p, bool valid, const QString &fieldWord)
    {
        const QStringList errors = p.validate();
        if (valid) {
            QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('|'))));
        } else {
            QVERIFY(!errors.isEmpty());
            for (const QString &e : errors)
                QVERIFY2(e.contains(fieldWord, Qt::CaseInsensitive), qPrintable(e));
        }
    }

private Q_SLOTS:
    void defaults()
    {
        const ServerProfile p;
        QCOMPARE(p.port, quint16(0));
        QCOMPARE(p.auth, ServerProfile::AuthMethod::Auto);
        QCOMPARE(p.rootAccess, ServerProfile::RootAccess::SudoNoPassword);
        QCOMPARE(p.deployment, QStringLiteral("systemd"));
        QCOMPARE(p.mastodonDir, QStringLiteral("/home/mastodon/live"));
        QVERIFY(validProfile().validate().isEmpty());
        QCOMPARE(ServerProfile::defaultRootAccessFor(QStringLiteral("root")), ServerProfile::RootAccess::AlreadyRoot);
        QCOMPARE(ServerProfile::defaultRootAccessFor(QStringLiteral("mastodon")),
                 ServerProfile::RootAccess::SudoNoPassword);
    }

    void name_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("valid");
        QTest::newRow("plain") << QStringLiteral("prod") << true;
        QTest::newRow("japanese") << QStringLiteral("本番サーバ") << true;
        QTest::newRow("inner space") << QStringLiteral("My server 2") << true;
        QTest::newRow("one char") << QStringLiteral("a") << true;
        QTest::newRow("64 chars") << QString(64, QLatin1Char('x')) << true;
        QTest::newRow("64 kanji") << QString(64, QChar(0x9BD6)) << true;
        QTest::newRow("emoji counts as one") << (QString(63, QLatin1Char('x')) + QStringLiteral("🐘")) << true;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("65 chars") << QString(65, QLatin1Char('x')) << false;
        QTest::newRow("leading space") << QStringLiteral(" prod") << false;
        QTest::newRow("trailing space") << QStringLiteral("prod ") << false;
        QTest::newRow("leading ideographic space") << QStringLiteral("\u3000本番") << false;
        QTest::newRow("trailing zero-width space") << QStringLiteral("prod\u200B") << false;
        QTest::newRow("slash") << QStringLiteral("a/b") << false;
        QTest::newRow("tab") << QStringLiteral("a\tb") << false;
        QTest::newRow("newline") << QStringLiteral("a\nb") << false;
        QTest::newRow("escape") << QStringLiteral("a\x1b[31mb") << false;
        QTest::newRow("line separator") << QStringLiteral("a\u2028b") << false;
    }
    void name()
    {
        QFETCH(QString, name);
        QFETCH(bool, valid);
        ServerProfile p = validProfile();
        p.name = name;
        checkField(p, valid, QStringLiteral("name"));
    }

    void host_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<bool>("valid");
        QTest::newRow("fqdn") << QStringLiteral("mastodon.example.social") << true;
        QTest::newRow("fqdn with root dot") << QStringLiteral("example.org.") << true;
        QTest::newRow("ssh alias") << QStringLiteral("my-vps") << true;
        QTest::newRow("alias with underscore") << QStringLiteral("prod_1") << true;
        QTest::newRow("ipv4") << QStringLiteral("192.0.2.10") << true;
        QTest::newRow("ipv6") << QStringLiteral("2001:db8::1") << true;
        QTest::newRow("ipv6 loopback") << QStringLiteral("::1") << true;
        QTest::newRow("idn") << QStringLiteral("例え.jp") << true;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("space") << QStringLiteral("exa mple.org") << false;
        QTest::newRow("newline") << QStringLiteral("example.org\n") << false;
        QTest::newRow("option injection") << QStringLiteral("-oProxyCommand=sh") << false;
        QTest::newRow("ipv4 octet too big") << QStringLiteral("192.0.2.999") << false;
        QTest::newRow("three octets") << QStringLiteral("192.0.2") << false;
        QTest::newRow("empty label") << QStringLiteral("a..b") << false;
        QTest::newRow("user in host") << QStringLiteral("root@example.org") << false;
        QTest::newRow("bracketed ipv6") << QStringLiteral("[::1]") << false;
        QTest::newRow("host with port") << QStringLiteral("example.org:22") << false;
        QTest::newRow("bad ipv6") << QStringLiteral("2001:db8:::1:g") << false;
        QTest::newRow("label of 64") << (QString(64, QLatin1Char('a')) + QStringLiteral(".org")) << false;
        QTest::newRow("shell chars") << QStringLiteral("a;rm") << false;
    }
    void host()
    {
        QFETCH(QString, host);
        QFETCH(bool, valid);
        ServerProfile p = validProfile();
        p.host = host;
        checkField(p, valid, QStringLiteral("host"));
    }

    void user_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<bool>("valid");
        QTest::newRow("empty means ssh config") << QString() << true;
        QTest::newRow("mastodon") << QStringLiteral("mastodon") << true;
        QTest::newRow("root") << QStringLiteral("root") << true;
        QTest::newRow("underscore start") << QStringLiteral("_admin") << true;
        QTest::newRow("dots and dashes") << QStringLiteral("a.b-c_d") << true;
        QTest::newRow("32 chars") << QString(32, QLatin1Char('u')) << true;
        QTest::newRow("33 chars") << QString(33, QLatin1Char('u')) << false;
        QTest::newRow("digit start") << QStringLiteral("1abc") << false;
        QTest::newRow("dash start") << QStringLiteral("-x") << false;
        QTest::newRow("space") << QStringLiteral("a b") << false;
        QTest::newRow("at") << QStringLiteral("a@b") << false;
        QTest::newRow("japanese") << QStringLiteral("ユーザ") << false;
    }
    void user()
    {
        QFETCH(QString, user);
        QFETCH(bool, valid);
        ServerProfile p = validProfile();
        p.user = user;
        checkField(p, valid, QStringLiteral("user"));
    }

    void port_data()
    {
        QTest::addColumn<QByteArray>("portJson");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<int>("expected");
        QTest::newRow("absent") << QByteArray() << true << 0;
        QTest::newRow("zero") << QByteArray("0") << true << 0;
        QTest::newRow("22") << QByteArray("22") << true << 22;
        QTest::newRow("max") << QByteArray("65535") << true << 65535;
        QTest::newRow("too big") << QByteArray("65536") << false << 0;
        QTest::newRow("negative") << QByteArray("-1") << false << 0;
        QTest::newRow("fraction") << QByteArray("22.5") << false << 0;
        QTest::newRow("text") << QByteArray("\"abc\"") << false << 0;
        QTest::newRow("numeric text") << QByteArray("\"22\"") << false << 0;
        QTest::newRow("null") << QByteArray("null") << false << 0;
        QTest::newRow("huge") << QByteArray("18446744073709551615") << false << 0;
    }
    // quint16 cannot go out of range in memory; the file is where ports are checked.
    void port()
    {
        QFETCH(QByteArray, portJson);
        QFETCH(bool, valid);
        QFETCH(int, expected);
        QByteArray json = "{\"name\":\"a\",\"host\":\"b\"";
        if (!portJson.isEmpty())
            json += ",\"port\":" + portJson;
        json += '}';
        QString error;
        const auto p = ProfileJson::fromBytes(json, &error);
        QCOMPARE(p.has_value(), valid);
        if (valid)
            QCOMPARE(int(p->port), expected);
        else
            QVERIFY2(error.contains(QStringLiteral("port")), qPrintable(error));
    }

    void mastodonDir_data()
    {
        QTest::addColumn<QString>("dir");
        QTest::addColumn<bool>("valid");
        QTest::newRow("default") << QStringLiteral("/home/mastodon/live") << true;
        QTest::newRow("opt") << QStringLiteral("/opt/mastodon") << true;
        QTest::newRow("plus and dot") << QStringLiteral("/srv/m+1/v4.2") << true;
        QTest::newRow("root") << QStringLiteral("/") << true;
        QTest::newRow("relative") << QStringLiteral("home/mastodon/live") << false;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("tilde") << QStringLiteral("~/live") << false;
        QTest::newRow("space") << QStringLiteral("/home/mastodon live") << false;
        QTest::newRow("shell") << QStringLiteral("/home/$(reboot)") << false;
        QTest::newRow("quote") << QStringLiteral("/home/'x") << false;
        QTest::newRow("dotdot") << QStringLiteral("/home/mastodon/../root") << false;
        QTest::newRow("japanese") << QStringLiteral("/home/マストドン") << false;
    }
    void mastodonDir()
    {
        QFETCH(QString, dir);
        QFETCH(bool, valid);
        ServerProfile p = validProfile();
        p.mastodonDir = dir;
        checkField(p, valid, QStringLiteral("Mastodon directory"));
    }

    void deployment_data()
    {
        QTest::addColumn<QString>("deployment");
        QTest::addColumn<bool>("valid");
        QTest::newRow("systemd") << QStringLiteral("systemd") << true;
        QTest::newRow("docker") << QStringLiteral("docker") << true;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("uppercase") << QStringLiteral("Docker") << false;
        QTest::newRow("kubernetes") << QStringLiteral("kubernetes") << false;
    }
    void deployment()
    {
        QFETCH(QString, deployment);
        QFETCH(bool, valid);
        ServerProfile p = validProfile();
        p.deployment = deployment;
        checkField(p, valid, QStringLiteral("deployment"));
    }

    void keyFileAndId()
    {
        ServerProfile p = validProfile();
        p.auth = ServerProfile::AuthMethod::KeyFile;
        checkField(p, false, QStringLiteral("key file"));
        p.keyFile = QStringLiteral("/home/me/.ssh/id_ed25519");
        checkField(p, true, QString());
        p.keyFile = QStringLiteral("/home/me/.ssh/id\n");
        checkField(p, false, QStringLiteral("key file"));

        p = validProfile();
        p.id = QStringLiteral("not-a-uuid");
        checkField(p, false, QStringLiteral("ID"));
        p.id = QStringLiteral("{6f1c3b9e-2f4a-4c1e-9a55-0b7d1c2e3f40}");
        checkField(p, false, QStringLiteral("ID"));
        p.id = QStringLiteral("6f1c3b9e-2f4a-4c1e-9a55-0b7d1c2e3f40");
        checkField(p, true, QString());
    }

    void severalErrorsAtOnce()
    {
        ServerProfile p;
        p.name = QStringLiteral(" x");
        p.host = QStringLiteral("a b");
        p.user = QStringLiteral("9");
        QCOMPARE(p.validate().size(), 3);
    }

    void displayAddress_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("expected");
        QTest::newRow("all") << QStringLiteral("mastodon") << QStringLiteral("example.org") << 2222
                             << QStringLiteral("mastodon@example.org:2222");
        QTest::newRow("alias only") << QString() << QStringLiteral("vps") << 0 << QStringLiteral("vps");
        QTest::newRow("user no port") << QStringLiteral("root") << QStringLiteral("192.0.2.1") << 0
                                      << QStringLiteral("root@192.0.2.1");
        QTest::newRow("ipv6 with port") << QStringLiteral("root") << QStringLiteral("2001:db8::1") << 22
                                        << QStringLiteral("root@[2001:db8::1]:22");
        QTest::newRow("ipv6 without port") << QString() << QStringLiteral("::1") << 0 << QStringLiteral("::1");
    }
    void displayAddress()
    {
        QFETCH(QString, user);
        QFETCH(QString, host);
        QFETCH(int, port);
        QFETCH(QString, expected);
        ServerProfile p = validProfile();
        p.user = user;
        p.host = host;
        p.port = quint16(port);
        QCOMPARE(p.displayAddress(), expected);
    }

    void nameKeyFoldsCaseAndWidth()
    {
        QCOMPARE(ServerProfile::nameKey(QStringLiteral("Prod")), ServerProfile::nameKey(QStringLiteral("prod")));
        QCOMPARE(ServerProfile::nameKey(QStringLiteral("ＰＲＯＤ")), ServerProfile::nameKey(QStringLiteral("prod")));
        QVERIFY(ServerProfile::nameKey(QStringLiteral("本番")) != ServerProfile::nameKey(QStringLiteral("検証")));
    }

    void jsonRoundTrip_data()
    {
        QTest::addColumn<int>("auth");
        QTest::addColumn<int>("root");
        for (int a = 0; a < 4; ++a) {
            for (int r = 0; r < 3; ++r)
                QTest::addRow("auth%d root%d", a, r) << a << r;
        }
    }
    void jsonRoundTrip()
    {
        QFETCH(int, auth);
        QFETCH(int, root);
        ServerProfile p;
        p.id = QStringLiteral("6f1c3b9e-2f4a-4c1e-9a55-0b7d1c2e3f40");
        p.name = QStringLiteral("本番サーバ");
        p.host = QStringLiteral("2001:db8::1");
        p.port = 2222;
        p.user = QStringLiteral("mastodon");
        p.auth = ServerProfile::AuthMethod(auth);
        p.keyFile = QStringLiteral("/home/me/.ssh/鍵");
        p.rootAccess = ServerProfile::RootAccess(root);
        p.deployment = QStringLiteral("docker");
        p.mastodonDir = QStringLiteral("/opt/mastodon");
        QString error;
        const auto back = ProfileJson::fromBytes(ProfileJson::toBytes(p), &error);
        QVERIFY2(back.has_value(), qPrintable(error));
        QVERIFY(*back == p);
    }

    void unknownKeysPreserved()
    {
        const QByteArray json = R"({"name":"n","host":"h","futureFlag":true,"tags":["a","b"],
            "nested":{"x":1.5,"y":null},"big":9007199254740993,"note":"メモ"})";
        QString error;
        const auto p = ProfileJson::fromBytes(json, &error);
        QVERIFY2(p.has_value(), qPrintable(error));
        QCOMPARE(p->extra.size(), 5);
        QCOMPARE(p->extra.value(QStringLiteral("note")).toString(), QStringLiteral("メモ"));
        QCOMPARE(p->extra.value(QStringLiteral("tags")).toArray().size(), 2);

        const QByteArray written = ProfileJson::toBytes(*p);
        const QJsonObject reread = QJsonDocument::fromJson(written).object();
        QCOMPARE(reread.value(QStringLiteral("futureFlag")).toBool(), true);
        QCOMPARE(reread.value(QStringLiteral("nested")).toObject().value(QStringLiteral("x")).toDouble(), 1.5);
        QVERIFY(reread.value(QStringLiteral("nested")).toObject().contains(QStringLiteral("y")));
        QVERIFY2(written.contains("9007199254740993"), written.constData()); // integers kept exactly
        const auto again = ProfileJson::fromBytes(written, &error);
        QVERIFY(again.has_value());
        QVERIFY(*again == *p);
    }

    void extraCannotShadowKnownKeys()
    {
        ServerProfile p = validProfile();
        p.extra.insert(QStringLiteral("host"), QStringLiteral("evil.example"));
        const auto back = ProfileJson::fromBytes(ProfileJson::toBytes(p), nullptr);
        QVERIFY(back.has_value());
        QCOMPARE(back->host, QStringLiteral("example.org"));
        QVERIFY(back->extra.isEmpty());
    }

    // The extra keys Hoshu reads, typed (issue 8): one validation for the backup
    // directories, whoever reads them (ProbeRunner, LayoutDetection).
    void backupDirsAreValidated()
    {
        ServerProfile p = validProfile();
        p.extra.insert(QStringLiteral("backupDir"), QStringLiteral("/srv/backup"));
        p.extra.insert(QStringLiteral("backupDirs"),
                       QJsonArray{QStringLiteral("/srv/backup"), QStringLiteral("relative/dir"),
                                  QStringLiteral("/bad\nline"), QStringLiteral("/esc\x1b[31m"), 5,
                                  QStringLiteral(""), QStringLiteral("/mnt/b")});
        QCOMPARE(p.backupDirs(), QStringList({QStringLiteral("/srv/backup"), QStringLiteral("/mnt/b")}));
        QCOMPARE(validProfile().backupDirs(), QStringList());
    }

    void httpSettingsRoundTrip()
    {
        ServerProfile p = validProfile();
        p.setDomain(QStringLiteral(" example.social "));
        p.setHttpAddress(QStringLiteral("192.0.2.5"));
        p.setHttpCaFile(QStringLiteral("/etc/ca.pem"));
        const auto back = ProfileJson::fromBytes(ProfileJson::toBytes(p), nullptr);
        QVERIFY(back.has_value());
        QCOMPARE(back->domain(), QStringLiteral("example.social"));
        QCOMPARE(back->httpAddress(), QStringLiteral("192.0.2.5"));
        QCOMPARE(back->httpCaFile(), QStringLiteral("/etc/ca.pem"));
        p.setDomain(QString()); // empty: the key goes, the .env's domain is used again
        QVERIFY(!p.extra.contains(QStringLiteral("domain")));
    }

    void missingKeysGetDefaults()
    {
        auto p = ProfileJson::fromBytes(R"({"name":"n","host":"h"})", nullptr);
        QVERIFY(p.has_value());
        QVERIFY(p->id.isEmpty());
        QCOMPARE(p->auth, ServerProfile::AuthMethod::Auto);
        QCOMPARE(p->rootAccess, ServerProfile::RootAccess::SudoNoPassword);
        p = ProfileJson::fromBytes(R"({"name":"n","host":"h","user":"root"})", nullptr);
        QVERIFY(p.has_value());
        QCOMPARE(p->rootAccess, ServerProfile::RootAccess::AlreadyRoot);
    }

    void readableEnumNames()
    {
        ServerProfile p = validProfile();
        p.auth = ServerProfile::AuthMethod::KeyFile;
        p.keyFile = QStringLiteral("/k");
        p.rootAccess = ServerProfile::RootAccess::AlreadyRoot;
        QJsonObject o = QJsonDocument::fromJson(ProfileJson::toBytes(p)).object();
        QCOMPARE(o.value(QStringLiteral("auth")).toString(), QStringLiteral("keyFile"));
        QCOMPARE(o.value(QStringLiteral("rootAccess")).toString(), QStringLiteral("alreadyRoot"));
        p.auth = ServerProfile::AuthMethod::Password;
        p.rootAccess = ServerProfile::RootAccess::SudoWithPassword;
        const QByteArray bytes = ProfileJson::toBytes(p).toLower();
        QVERIFY2(!bytes.contains("password") && !bytes.contains("passphrase"), bytes.constData());
    }

    void badEntries_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("not an object") << QByteArray("[1]") << QString();
        QTest::newRow("no name") << QByteArray(R"({"host":"h"})") << QStringLiteral("name");
        QTest::newRow("no host") << QByteArray(R"({"name":"n"})") << QStringLiteral("host");
        QTest::newRow("name is a number") << QByteArray(R"({"name":5,"host":"h"})") << QStringLiteral("name");
        QTest::newRow("host is null") << QByteArray(R"({"name":"n","host":null})") << QStringLiteral("host");
        QTest::newRow("unknown auth") << QByteArray(R"({"name":"n","host":"h","auth":"fido"})") << QStringLiteral("auth");
        QTest::newRow("rootAccess number") << QByteArray(R"({"name":"n","host":"h","rootAccess":1})")
                                           << QStringLiteral("rootAccess");
        QTest::newRow("invalid host") << QByteArray(R"({"name":"n","host":"-x"})") << QStringLiteral("host");
        QTest::newRow("invalid dir") << QByteArray(R"({"name":"n","host":"h","mastodonDir":"x"})")
                                     << QStringLiteral("Mastodon directory");
        QTest::newRow("not json") << QByteArray("{") << QStringLiteral("JSON");
    }
    void badEntries()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, mentions);
        QString error;
        QVERIFY(!ProfileJson::fromBytes(json, &error).has_value());
        QVERIFY(!error.isEmpty());
        QVERIFY2(error.contains(mentions), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestServerProfile)
#include "test_server_profile.moc"
