// The encryption of the copies on this computer, through the real gpg (GnuPG 2.2 on Debian 12):
// a round trip, a file the plain gpg command opens without Hoshu, owner-only output, and what a
// wrong passphrase, a cut-short file and a missing gpg do (a clear reason, no file left behind).
#include "backups/CopyCipher.h"
#include "backups/DesktopBackupFolder.h"
#include "backups/GpgProgram.h"
#include "common/Sha256.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QTest>

namespace {
const SecretBytes kPassphrase = SecretBytes::fromUtf8(QStringLiteral("correct horse 保守"));

QByteArray randomBytes(int size)
{
    QByteArray data(size, Qt::Uninitialized);
    QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(data.data()), size / 4);
    return data;
}

void write(const QString &path, const QByteArray &data)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    QCOMPARE(f.write(data), qint64(data.size()));
}

QByteArray read(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QString sha(const QByteArray &data)
{
    Sha256 h;
    h.addData(data);
    return QString::fromLatin1(h.hexDigest());
}

const auto kOthers = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther | QFileDevice::WriteOther;
} // namespace

class TestCopyCipher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // gpg must be here: CI installs gnupg (installer/install-deps.sh); a missing one fails.
        QVERIFY2(GpgProgram::isAvailable(), "gpg not found: install gnupg");
        QVERIFY(m_home.isValid());
        QFile::setPermissions(m_home.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        qputenv("GNUPGHOME", QFile::encodeName(m_home.path())); // never the user's own keyrings
    }

    void cleanupTestCase()
    {
        QProcess::execute(QStringLiteral("gpgconf"), {QStringLiteral("--kill"), QStringLiteral("gpg-agent")});
    }

    void roundTripOpensWithPlainGpg()
    {
        QTemporaryDir tmp;
        const QByteArray data = randomBytes(3 * 1024 * 1024 + 17);
        const QString plain = tmp.filePath(QStringLiteral("mastodon-bundle-a-20261201T000000Z.tar"));
        write(plain, data);
        const QString sealed = plain + CopyCipher::suffix();
        QString error;
        QVERIFY2(CopyCipher::encrypt(plain, sealed, kPassphrase, &error), qPrintable(error));
        QVERIFY(QFile::exists(plain)); // the caller decides when the plain one goes
        QVERIFY(!QFile::exists(sealed + QStringLiteral(".part")));
        QVERIFY(!(QFile::permissions(sealed) & kOthers));
        const QByteArray cipherText = read(sealed);
        QVERIFY(cipherText.size() > 1000);
        QVERIFY(!cipherText.contains(data.left(64))); // not stored as it is

        // The user's own way out, without Hoshu: gpg -d with the passphrase.
        QProcess gpg;
        gpg.start(GpgProgram::path(), {QStringLiteral("--batch"), QStringLiteral("--pinentry-mode"),
                                       QStringLiteral("loopback"), QStringLiteral("--passphrase"),
                                       QString::fromUtf8(kPassphrase.rawView()), QStringLiteral("-d"), sealed});
        QVERIFY(gpg.waitForFinished(60000));
        QCOMPARE(gpg.exitCode(), 0);
        QCOMPARE(sha(gpg.readAllStandardOutput()), sha(data));

        QString streamed;
        QVERIFY2(CopyCipher::decryptedSha256(sealed, kPassphrase, &streamed, &error), qPrintable(error));
        QCOMPARE(streamed, sha(data));

        const QString opened = tmp.filePath(QStringLiteral("opened.tar"));
        QVERIFY2(CopyCipher::decrypt(sealed, opened, kPassphrase, &error), qPrintable(error));
        QCOMPARE(sha(read(opened)), sha(data));
        QVERIFY(!(QFile::permissions(opened) & kOthers));
    }

    void wrongPassphraseSaysSoAndLeavesNothing()
    {
        QTemporaryDir tmp;
        const QString plain = tmp.filePath(QStringLiteral("b.tar"));
        write(plain, randomBytes(64 * 1024));
        QString error;
        QVERIFY(CopyCipher::encrypt(plain, plain + QStringLiteral(".gpg"), kPassphrase, &error));
        const QString opened = tmp.filePath(QStringLiteral("opened.tar"));
        bool wrong = false;
        QVERIFY(!CopyCipher::decrypt(plain + QStringLiteral(".gpg"), opened,
                                     SecretBytes::fromUtf8(QStringLiteral("not the one")), &error, &wrong));
        QVERIFY(wrong);
        QVERIFY2(error.contains(QLatin1String("passphrase does not open")), qPrintable(error));
        QVERIFY(!QFile::exists(opened));
        QVERIFY(!QFile::exists(opened + QStringLiteral(".part")));
        QString streamed;
        QVERIFY(!CopyCipher::decryptedSha256(plain + QStringLiteral(".gpg"),
                                             SecretBytes::fromUtf8(QStringLiteral("not the one")), &streamed, &error));
        QVERIFY(streamed.isEmpty());
        QVERIFY2(error.contains(QLatin1String("passphrase does not open")), qPrintable(error));
    }

    void cutShortCopyIsRefused()
    {
        QTemporaryDir tmp;
        const QString plain = tmp.filePath(QStringLiteral("c.tar"));
        write(plain, randomBytes(512 * 1024));
        const QString sealed = plain + QStringLiteral(".gpg");
        QString error;
        QVERIFY(CopyCipher::encrypt(plain, sealed, kPassphrase, &error));
        QFile f(sealed);
        QVERIFY(f.resize(f.size() / 2));
        const QString opened = tmp.filePath(QStringLiteral("opened.tar"));
        bool wrong = true;
        QVERIFY(!CopyCipher::decrypt(sealed, opened, kPassphrase, &error, &wrong));
        QVERIFY(!wrong); // the passphrase was right: the file is what is wrong
        QVERIFY2(error.contains(QLatin1String("not a whole encrypted copy")), qPrintable(error));
        QVERIFY(!QFile::exists(opened));
        QString streamed;
        QVERIFY(!CopyCipher::decryptedSha256(sealed, kPassphrase, &streamed, &error));
    }

    void missingGpgIsExplained()
    {
        QTemporaryDir tmp;
        const QString plain = tmp.filePath(QStringLiteral("d.tar"));
        write(plain, QByteArrayLiteral("data"));
        qputenv("HOSHU_GPG", "/nonexistent/gpg");
        QString error;
        const bool encrypted = CopyCipher::encrypt(plain, plain + QStringLiteral(".gpg"), kPassphrase, &error);
        qunsetenv("HOSHU_GPG");
        QVERIFY(!encrypted);
        QCOMPARE(error, GpgProgram::missingReason());
        QVERIFY(!QFile::exists(plain + QStringLiteral(".gpg")));
        QVERIFY(!QFile::exists(plain + QStringLiteral(".gpg.part")));
    }

    void passphraseRules()
    {
        QVERIFY(!CopyCipher::passphraseProblem(SecretBytes::fromUtf8(QStringLiteral("short"))).isEmpty());
        QVERIFY(!CopyCipher::passphraseProblem(SecretBytes::fromUtf8(QStringLiteral("two\nlines here"))).isEmpty());
        QVERIFY(CopyCipher::passphraseProblem(SecretBytes::fromUtf8(QStringLiteral("eight ch"))).isEmpty());
        // Characters, not bytes: eight Japanese characters are 24 bytes of UTF-8.
        QVERIFY(CopyCipher::passphraseProblem(SecretBytes::fromUtf8(QStringLiteral("保守保守保守保守"))).isEmpty());
        QVERIFY(!CopyCipher::passphraseProblem(SecretBytes::fromUtf8(QStringLiteral("保守保守保守保"))).isEmpty());
    }

    void encryptedCopyIsListedWithItsBundlesRecord()
    {
        QTemporaryDir tmp;
        const DesktopBackupFolder folder(tmp.filePath(QStringLiteral("copies")));
        QString error;
        QVERIFY(folder.prepare(QStringLiteral("web1"), &error));
        const QString name = QStringLiteral("mastodon-bundle-web1-20261202T030405Z.tar");
        const QString plain = folder.pathFor(QStringLiteral("web1"), name);
        const QByteArray data = randomBytes(200 * 1024);
        write(plain, data);
        QVERIFY(DesktopBackupFolder::recordChecksum(plain, sha(data), &error));
        QVERIFY(CopyCipher::encrypt(plain, plain + CopyCipher::suffix(), kPassphrase, &error));
        QVERIFY(QFile::remove(plain));

        const QList<DesktopCopy> copies = folder.list(QStringLiteral("web1"));
        QCOMPARE(copies.size(), 1);
        const DesktopCopy &c = copies.constFirst();
        QVERIFY(c.encrypted);
        QCOMPARE(c.fileName, name + QStringLiteral(".gpg"));
        QCOMPARE(c.bundleName, name);
        QCOMPARE(c.checksum, DesktopCopy::Checksum::Recorded);
        QCOMPARE(c.sha256, sha(data));
        QCOMPARE(c.madeUtc, QDateTime(QDate(2026, 12, 2), QTime(3, 4, 5), QTimeZone::utc()));

        QString actual;
        QVERIFY(!DesktopBackupFolder::verify(c, &actual, nullptr, &error)); // no passphrase: not read
        QVERIFY(actual.isEmpty());
        QVERIFY2(DesktopBackupFolder::verify(c, &actual, &kPassphrase, &error), qPrintable(error));
        QCOMPARE(actual, sha(data));

        QVERIFY(folder.prune(QStringLiteral("web1"), 1, &error).isEmpty());
        // A newer plain copy: keeping one removes the encrypted one with its record.
        const QString newer = folder.pathFor(QStringLiteral("web1"), QStringLiteral("mastodon-bundle-web1-20261203T000000Z.tar"));
        write(newer, QByteArrayLiteral("hello\n"));
        QVERIFY(DesktopBackupFolder::recordChecksum(newer, sha(QByteArrayLiteral("hello\n")), &error));
        QCOMPARE(folder.prune(QStringLiteral("web1"), 1, &error), QStringList{name + QStringLiteral(".gpg")});
        QVERIFY(!QFile::exists(c.path));
        QVERIFY(!QFile::exists(c.checksumPath()));
        QVERIFY(QFile::exists(newer + QStringLiteral(".sha256")));
    }

    void sealCopyLeavesOneFile()
    {
        QTemporaryDir tmp;
        const DesktopBackupFolder folder(tmp.filePath(QStringLiteral("copies")));
        QString error;
        for (const char *server : {"web1", "web2"})
            QVERIFY(folder.prepare(QLatin1String(server), &error));
        const auto make = [&](const QString &server, const QString &name, bool record) {
            const QString path = folder.pathFor(server, name);
            write(path, QByteArrayLiteral("hello\n"));
            if (record)
                QVERIFY(DesktopBackupFolder::recordChecksum(path, sha(QByteArrayLiteral("hello\n")), &error));
        };
        make(QStringLiteral("web1"), QStringLiteral("mastodon-bundle-web1-20261201T000000Z.tar"), true);
        make(QStringLiteral("web2"), QStringLiteral("mastodon-bundle-web2-20261201T000000Z.tar"), true);
        make(QStringLiteral("web2"), QStringLiteral("mastodon-bundle-web2-20261202T000000Z.tar"), false); // unfinished
        QCOMPARE(folder.plainCopies().size(), 2);
        for (const DesktopCopy &c : folder.plainCopies())
            QVERIFY2(CopyCipher::sealCopy(c.path, kPassphrase, &error), qPrintable(error));
        QVERIFY(folder.plainCopies().isEmpty()); // sealed ones are no plain copies; the unfinished one is none
        const QList<DesktopCopy> web2 = folder.list(QStringLiteral("web2"));
        QCOMPARE(web2.size(), 2);
        QCOMPARE(web2.at(1).fileName, QStringLiteral("mastodon-bundle-web2-20261201T000000Z.tar.gpg"));
        QVERIFY(!QFile::exists(folder.pathFor(QStringLiteral("web2"), QStringLiteral("mastodon-bundle-web2-20261201T000000Z.tar"))));
        QString actual;
        QVERIFY(DesktopBackupFolder::verify(web2.at(1), &actual, &kPassphrase, &error));
        // A copy gpg cannot read stays as it was, and no .gpg is left beside it.
        qputenv("HOSHU_GPG", "/nonexistent/gpg");
        const QString plain = folder.pathFor(QStringLiteral("web2"), QStringLiteral("mastodon-bundle-web2-20261202T000000Z.tar"));
        const bool sealed = CopyCipher::sealCopy(plain, kPassphrase, &error);
        qunsetenv("HOSHU_GPG");
        QVERIFY(!sealed);
        QVERIFY(QFile::exists(plain));
        QVERIFY(!QFile::exists(plain + QStringLiteral(".gpg")));
    }

private:
    QTemporaryDir m_home;
};

QTEST_GUILESS_MAIN(TestCopyCipher)
#include "test_copy_cipher.moc"
