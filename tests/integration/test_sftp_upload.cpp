// SFTP uploads over one real SSH connection (a real sshd on loopback): the file lands in a
// private directory under the login user's home with its SHA-256 intact, the handle names
// its absolute path, a cancelled or dropped upload leaves a .part that the next upload of
// the same content continues, and a file that is not what the caller's checksum says is
// never put into place.
#include "RandomFile.h"
#include "SshdFixture.h"
#include "TransferWatch.h"

#include "ssh/SftpDownload.h"
#include "ssh/SshConnection.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <memory>

namespace {
constexpr qint64 SmallSize = 3 * 1024 * 1024 + 777; // not a whole number of chunks
constexpr qint64 LargeSize = 96 * 1024 * 1024; // long enough to be stopped half-way on loopback
} // namespace

class TestSftpUpload : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void wholeFileIntoAPrivateDirectory();
    void wrongChecksumNeverInPlace();
    void cancelKeepsPartThenResumes();
    void droppedConnectionThenResumes();

private:
    SftpUploadRequest request(const QString &local, const QByteArray &sha) const;
    QString remoteDir() const { return QDir::home().filePath(m_dirName); } // sshd logs in as this user
    qint64 interruptedUpload(bool killConnection);

    SshdFixture m_sshd;
    QTemporaryDir m_localDir;
    QString m_small;
    QByteArray m_smallSha;
    QString m_large;
    QByteArray m_largeSha;
    QString m_dirName;
    std::unique_ptr<SshConnection> m_conn;
};

void TestSftpUpload::initTestCase()
{
    QVERIFY2(m_sshd.start(), qPrintable(m_sshd.errorString()));
    QVERIFY(m_localDir.isValid());
    m_small = m_localDir.filePath(QStringLiteral("mastodon-bundle-small.tar"));
    m_smallSha = writeRandomFile(m_small, SmallSize, 3);
    m_large = m_localDir.filePath(QStringLiteral("mastodon-bundle-large.tar"));
    m_largeSha = writeRandomFile(m_large, LargeSize, 4);
    QVERIFY(!m_smallSha.isEmpty() && !m_largeSha.isEmpty());
}

void TestSftpUpload::init()
{
    m_dirName = QStringLiteral("hoshu-test-upload-") + QUuid::createUuid().toString(QUuid::Id128).left(12);
    m_conn = std::make_unique<SshConnection>(m_sshd.params());
    QVERIFY(connectNow(*m_conn));
}

void TestSftpUpload::cleanup()
{
    m_conn.reset();
    QDir(remoteDir()).removeRecursively();
}

SftpUploadRequest TestSftpUpload::request(const QString &local, const QByteArray &sha) const
{
    return SftpUploadRequest{local, m_dirName, QFileInfo(local).fileName(), sha};
}

void TestSftpUpload::wholeFileIntoAPrivateDirectory()
{
    TransferWatch w(m_conn->upload(request(m_small, m_smallSha)));
    QVERIFY(w.waitForEnd());
    QVERIFY2(w.finished, qPrintable(w.error.message()));
    const QString target = remoteDir() + QStringLiteral("/mastodon-bundle-small.tar");
    QCOMPARE(w.transfer->remotePath(), QFileInfo(target).absoluteFilePath());
    QCOMPARE(sha256OfFile(target), m_smallSha);
    QCOMPARE(w.transfer->sha256(), m_smallSha);
    QCOMPARE(w.transfer->resumedFrom(), 0);
    QCOMPARE(w.transfer->bytesTransferred(), SmallSize);
    QCOMPARE(w.lastDone, SmallSize);
    QCOMPARE(w.lastTotal, SmallSize);
    QCOMPARE(fileMode(target), 0600);
    QCOMPARE(fileMode(remoteDir()), 0700);
    QCOMPARE(QDir(remoteDir()).entryList(QDir::Files).size(), 1); // no .part left
}

void TestSftpUpload::wrongChecksumNeverInPlace()
{
    TransferWatch w(m_conn->upload(request(m_small, m_largeSha)));
    QVERIFY(w.waitForEnd());
    QVERIFY(!w.finished);
    QCOMPARE(w.error.kind, TransferError::Kind::ChecksumMismatch);
    QVERIFY(!QFileInfo::exists(remoteDir() + QStringLiteral("/mastodon-bundle-small.tar")));
    QVERIFY(QDir(remoteDir()).entryList(QDir::Files).isEmpty()); // nor a .part to resume from
}

// Starts the large upload and stops it once some, not all, of it is written.
qint64 TestSftpUpload::interruptedUpload(bool killConnection)
{
    TransferWatch w(m_conn->upload(request(m_large, m_largeSha)));
    bool stopped = false;
    w.onProgress = [&](qint64 done, qint64 total) {
        if (stopped || done <= 0 || done >= total)
            return;
        stopped = true;
        if (killConnection)
            QVERIFY(m_sshd.killConnections());
        else
            w.transfer->cancel();
    };
    if (!w.waitForEnd() || w.finished) {
        qWarning("the upload was not interrupted");
        return -1;
    }
    const auto expected = killConnection ? TransferError::Kind::Connection : TransferError::Kind::Cancelled;
    if (w.error.kind != expected) {
        qWarning("unexpected error: %s", qPrintable(w.error.message()));
        return -1;
    }
    const QStringList parts = QDir(remoteDir()).entryList({QStringLiteral("*.part")}, QDir::Files);
    if (parts.size() != 1 || !parts.first().contains(QString::fromLatin1(m_largeSha.left(16)))) {
        qWarning("parts: %s", qPrintable(parts.join(QLatin1Char(','))));
        return -1;
    }
    return QFileInfo(remoteDir() + QLatin1Char('/') + parts.first()).size();
}

void TestSftpUpload::cancelKeepsPartThenResumes()
{
    const qint64 kept = interruptedUpload(false);
    QVERIFY2(kept > 0 && kept < LargeSize, qPrintable(QString::number(kept)));
    QVERIFY(!QFileInfo::exists(remoteDir() + QStringLiteral("/mastodon-bundle-large.tar")));
    TransferWatch again(m_conn->upload(request(m_large, m_largeSha)));
    QVERIFY(again.waitForEnd());
    QVERIFY2(again.finished, qPrintable(again.error.message()));
    QCOMPARE(again.transfer->resumedFrom(), kept);
    QCOMPARE(again.transfer->bytesTransferred(), LargeSize - kept);
    QCOMPARE(sha256OfFile(remoteDir() + QStringLiteral("/mastodon-bundle-large.tar")), m_largeSha);
    QVERIFY(QDir(remoteDir()).entryList({QStringLiteral("*.part")}, QDir::Files).isEmpty());
}

void TestSftpUpload::droppedConnectionThenResumes()
{
    const qint64 kept = interruptedUpload(true);
    QVERIFY2(kept > 0 && kept < LargeSize, qPrintable(QString::number(kept)));
    m_conn = std::make_unique<SshConnection>(m_sshd.params());
    QVERIFY(connectNow(*m_conn));
    TransferWatch again(m_conn->upload(request(m_large, m_largeSha)));
    QVERIFY(again.waitForEnd());
    QVERIFY2(again.finished, qPrintable(again.error.message()));
    QVERIFY(again.transfer->resumedFrom() > 0);
    QCOMPARE(sha256OfFile(remoteDir() + QStringLiteral("/mastodon-bundle-large.tar")), m_largeSha);
}

QTEST_GUILESS_MAIN(TestSftpUpload)
#include "test_sftp_upload.moc"
