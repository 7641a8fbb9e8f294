// SFTP downloads over one real SSH connection (a real sshd on loopback): the whole file
// verified by its SHA-256, a wrong checksum refused, cancel and dropped connections leave a
// .part that the next download continues, a file changed on the server starts over, and
// the local files are the owner's only.
#include "RandomFile.h"
#include "SshdFixture.h"
#include "TransferWatch.h"

#include "ssh/SftpDownload.h"
#include "ssh/SshConnection.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

#include <sys/stat.h>

namespace {
constexpr qint64 SmallSize = 8 * 1024 * 1024 + 12345; // not a whole number of 64 KiB chunks
constexpr qint64 LargeSize = 128 * 1024 * 1024; // long enough to be stopped half-way on loopback
} // namespace

class TestSftpDownload : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void wholeFileVerified();
    void privateFilesAndDirectories();
    void wrongChecksumRefused();
    void invalidChecksumRefused();
    void cancelKeepsPartThenResumes();
    void droppedConnectionThenResumes();
    void changedOnServerStartsOver_data();
    void changedOnServerStartsOver();
    void missingRemoteFileNamedSafely();
    void directoryRefused();

private:
    SftpDownloadRequest request(const QString &remote, const QByteArray &sha, const QString &local) const;
    // Starts a download of the large file and cancels it once some, not all, of it arrived.
    qint64 interruptedDownload(const QString &remote, const QString &local, bool killConnection = false);

    SshdFixture m_sshd;
    QTemporaryDir m_remoteDir; // "the server's" side: the same machine, reached over SFTP
    QString m_small;
    QByteArray m_smallSha;
    QString m_large;
    QByteArray m_largeSha;
    std::unique_ptr<QTemporaryDir> m_localDir;
    std::unique_ptr<SshConnection> m_conn;
};

void TestSftpDownload::initTestCase()
{
    QVERIFY2(m_sshd.start(), qPrintable(m_sshd.errorString()));
    // After sshd made its files (and /run/sshd): from here on, nothing to hide behind, the
    // downloads' files and directories get exactly the modes Hoshu asks for.
    ::umask(0);
    QVERIFY(m_remoteDir.isValid());
    m_small = m_remoteDir.filePath(QStringLiteral("small.bundle"));
    m_smallSha = writeRandomFile(m_small, SmallSize, 1);
    m_large = m_remoteDir.filePath(QStringLiteral("large.bundle"));
    m_largeSha = writeRandomFile(m_large, LargeSize, 2);
    QVERIFY(!m_smallSha.isEmpty() && !m_largeSha.isEmpty());
}

void TestSftpDownload::init()
{
    m_localDir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_localDir->isValid());
    m_conn = std::make_unique<SshConnection>(m_sshd.params());
    QVERIFY(connectNow(*m_conn));
}

void TestSftpDownload::cleanup()
{
    m_conn.reset();
    m_localDir.reset();
}

SftpDownloadRequest TestSftpDownload::request(const QString &remote, const QByteArray &sha, const QString &local) const
{
    return SftpDownloadRequest{remote, local, sha};
}

void TestSftpDownload::wholeFileVerified()
{
    const QString local = m_localDir->filePath(QStringLiteral("small.bundle"));
    TransferWatch w(m_conn->download(request(m_small, m_smallSha, local)));
    QVERIFY(w.waitForEnd());
    QVERIFY2(w.finished, qPrintable(w.error.message()));
    QCOMPARE(w.ends, 1);
    QCOMPARE(sha256OfFile(local), m_smallSha);
    QCOMPARE(QFileInfo(local).size(), SmallSize);
    QCOMPARE(w.transfer->sha256(), m_smallSha);
    QCOMPARE(w.transfer->resumedFrom(), 0);
    QCOMPARE(w.transfer->bytesTransferred(), SmallSize);
    QVERIFY(w.monotonic);
    QCOMPARE(w.lastDone, SmallSize);
    QCOMPARE(w.lastTotal, SmallSize);
    QVERIFY(!QFileInfo::exists(local + QStringLiteral(".part")));
    QVERIFY(!QFileInfo::exists(local + QStringLiteral(".part.info")));
}

void TestSftpDownload::privateFilesAndDirectories()
{
    const QString dir = m_localDir->filePath(QStringLiteral("backups/example.social"));
    const QString local = dir + QStringLiteral("/small.bundle");
    TransferWatch w(m_conn->download(request(m_small, m_smallSha, local)));
    QVERIFY(w.waitForEnd());
    QVERIFY2(w.finished, qPrintable(w.error.message()));
    QCOMPARE(fileMode(local), 0600);
    QCOMPARE(fileMode(dir), 0700);
    QCOMPARE(fileMode(m_localDir->filePath(QStringLiteral("backups"))), 0700);
}

void TestSftpDownload::wrongChecksumRefused()
{
    const QString local = m_localDir->filePath(QStringLiteral("small.bundle"));
    const QByteArray wrong = QCryptographicHash::hash("something else", QCryptographicHash::Sha256).toHex();
    TransferWatch w(m_conn->download(request(m_small, wrong, local)));
    QVERIFY(w.waitForEnd());
    QVERIFY(!w.finished);
    QCOMPARE(w.error.kind, TransferError::Kind::ChecksumMismatch);
    QVERIFY2(w.error.message().contains(local), qPrintable(w.error.message()));
    QVERIFY(!QFileInfo::exists(local));
    QVERIFY(!QFileInfo::exists(local + QStringLiteral(".part"))); // no prefix to resume from either
}

void TestSftpDownload::invalidChecksumRefused()
{
    const QString local = m_localDir->filePath(QStringLiteral("small.bundle"));
    TransferWatch w(m_conn->download(request(m_small, QByteArrayLiteral("not-a-checksum"), local)));
    QVERIFY(w.waitForEnd());
    QCOMPARE(w.error.kind, TransferError::Kind::InvalidChecksum);
    QVERIFY(!QFileInfo::exists(local));
    QVERIFY(!QFileInfo::exists(local + QStringLiteral(".part")));
}

qint64 TestSftpDownload::interruptedDownload(const QString &remote, const QString &local, bool killConnection)
{
    TransferWatch w(m_conn->download(request(remote, m_largeSha, local)));
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
    if (!w.waitForEnd())
        return -1;
    if (w.finished) {
        qWarning("the download finished before it could be interrupted");
        return -1;
    }
    const auto expected = killConnection ? TransferError::Kind::Connection : TransferError::Kind::Cancelled;
    if (w.error.kind != expected) {
        qWarning("unexpected error: %s", qPrintable(w.error.message()));
        return -1;
    }
    return QFileInfo(local + QStringLiteral(".part")).size();
}

void TestSftpDownload::cancelKeepsPartThenResumes()
{
    const QString local = m_localDir->filePath(QStringLiteral("large.bundle"));
    const qint64 kept = interruptedDownload(m_large, local);
    QVERIFY2(kept > 0 && kept < LargeSize, qPrintable(QString::number(kept)));
    QVERIFY(!QFileInfo::exists(local));
    QCOMPARE(fileMode(local + QStringLiteral(".part")), 0600);

    TransferWatch again(m_conn->download(request(m_large, m_largeSha, local)));
    QVERIFY(again.waitForEnd());
    QVERIFY2(again.finished, qPrintable(again.error.message()));
    QCOMPARE(again.transfer->resumedFrom(), kept);
    QCOMPARE(again.transfer->bytesTransferred(), LargeSize - kept);
    QCOMPARE(sha256OfFile(local), m_largeSha);
    QVERIFY(!QFileInfo::exists(local + QStringLiteral(".part")));
}

void TestSftpDownload::droppedConnectionThenResumes()
{
    const QString local = m_localDir->filePath(QStringLiteral("large.bundle"));
    const qint64 kept = interruptedDownload(m_large, local, true);
    QVERIFY2(kept > 0 && kept < LargeSize, qPrintable(QString::number(kept)));
    QVERIFY(!QFileInfo::exists(local));

    m_conn = std::make_unique<SshConnection>(m_sshd.params()); // a new connection, as after a reconnect
    QVERIFY(connectNow(*m_conn));
    TransferWatch again(m_conn->download(request(m_large, m_largeSha, local)));
    QVERIFY(again.waitForEnd());
    QVERIFY2(again.finished, qPrintable(again.error.message()));
    QCOMPARE(again.transfer->resumedFrom(), kept);
    QVERIFY(again.transfer->bytesTransferred() < LargeSize);
    QCOMPARE(sha256OfFile(local), m_largeSha);
}

void TestSftpDownload::changedOnServerStartsOver_data()
{
    // Each change is caught by one part of the .part's record alone: the expected checksum
    // stays the same in the first two rows, the mtime in the second.
    QTest::addColumn<QString>("change");
    QTest::newRow("touched: same bytes, newer mtime") << QStringLiteral("touch");
    QTest::newRow("grown, mtime put back, old checksum expected") << QStringLiteral("grow");
    QTest::newRow("a new bundle with its own checksum") << QStringLiteral("rewrite");
}

void TestSftpDownload::changedOnServerStartsOver()
{
    QFETCH(QString, change);
    const QString remote = m_remoteDir.filePath(QStringLiteral("changing.bundle"));
    QVERIFY(QFile::remove(remote) || !QFileInfo::exists(remote));
    QVERIFY(QFile::copy(m_large, remote));
    const QDateTime mtime = QFileInfo(remote).lastModified();
    const QString local = m_localDir->filePath(QStringLiteral("changing.bundle"));
    const qint64 kept = interruptedDownload(remote, local);
    QVERIFY2(kept > 0 && kept < LargeSize, qPrintable(QString::number(kept)));

    QByteArray expected = m_largeSha;
    QFile f(remote);
    if (change == QLatin1String("grow")) {
        QVERIFY(f.open(QIODevice::Append));
        QVERIFY(f.write(QByteArray(4096, 'x')) == 4096);
        QVERIFY(f.flush()); // before the mtime is put back, or the write would move it again
        QVERIFY(f.setFileTime(mtime, QFileDevice::FileModificationTime));
    } else {
        if (change == QLatin1String("rewrite"))
            expected = writeRandomFile(remote, LargeSize, 3);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.setFileTime(mtime.addSecs(60), QFileDevice::FileModificationTime));
    }
    f.close();

    TransferWatch again(m_conn->download(request(remote, expected, local)));
    QVERIFY(again.waitForEnd());
    QCOMPARE(again.firstDone, 0); // from the start, not from the .part
    if (change == QLatin1String("grow")) {
        QCOMPARE(again.error.kind, TransferError::Kind::ChecksumMismatch); // what the caller expected is gone
        QVERIFY(!QFileInfo::exists(local));
        return;
    }
    QVERIFY2(again.finished, qPrintable(again.error.message()));
    QCOMPARE(again.transfer->resumedFrom(), 0);
    QCOMPARE(again.transfer->bytesTransferred(), LargeSize);
    QCOMPARE(sha256OfFile(local), expected);
}

void TestSftpDownload::missingRemoteFileNamedSafely()
{
    // A name as a hostile server could hand out: it must not reach a terminal as an escape sequence.
    const QString remote = m_remoteDir.filePath(QStringLiteral("no-such\x1b]52;c;aGk=\x07.bundle"));
    const QString local = m_localDir->filePath(QStringLiteral("missing.bundle"));
    TransferWatch w(m_conn->download(request(remote, m_smallSha, local)));
    QVERIFY(w.waitForEnd());
    QCOMPARE(w.error.kind, TransferError::Kind::RemoteFile);
    QCOMPARE(w.error.path, remote);
    const QString message = w.error.message();
    QVERIFY2(message.contains(QStringLiteral("no-such\\u001b]52;c;aGk=\\u0007.bundle")), qPrintable(message));
    QVERIFY(!message.contains(QChar(0x1b)));
    QVERIFY(!QFileInfo::exists(local));
    QCOMPARE(m_conn->state(), SshConnection::State::Connected); // one failed file does not end the connection
}

void TestSftpDownload::directoryRefused()
{
    const QString local = m_localDir->filePath(QStringLiteral("dir.bundle"));
    TransferWatch w(m_conn->download(request(m_remoteDir.path(), m_smallSha, local)));
    QVERIFY(w.waitForEnd());
    QCOMPARE(w.error.kind, TransferError::Kind::NotRegularFile);
    QVERIFY(!QFileInfo::exists(local));
}

QTEST_GUILESS_MAIN(TestSftpDownload)
#include "test_sftp_download.moc"
