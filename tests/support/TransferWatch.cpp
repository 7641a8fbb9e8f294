#include "TransferWatch.h"

#include "ssh/SshConnection.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTest>

#include <sys/stat.h>

TransferWatch::TransferWatch(SftpDownload *t)
    : transfer(t)
{
    QObject::connect(t, &SftpDownload::progress, t, [this](qint64 done, qint64 total) {
        if (firstDone < 0)
            firstDone = done;
        if (done < lastDone)
            monotonic = false;
        lastDone = done;
        lastTotal = total;
        ++progressSignals;
        if (onProgress)
            onProgress(done, total);
    });
    QObject::connect(t, &SftpDownload::finished, t, [this] {
        ++ends;
        finished = true;
    });
    QObject::connect(t, &SftpDownload::failed, t, [this](const TransferError &e) {
        ++ends;
        error = e;
    });
}

bool TransferWatch::waitForEnd(int ms)
{
    return QTest::qWaitFor([this] { return ends > 0; }, ms);
}

QByteArray sha256OfFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&f);
    return hash.result().toHex();
}

int fileMode(const QString &path)
{
    struct stat st
    { };
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? int(st.st_mode & 07777) : -1;
}

bool connectNow(SshConnection &c)
{
    c.open();
    (void)QTest::qWaitFor(
        [&c] { return c.state() == SshConnection::State::Connected || c.state() == SshConnection::State::Failed; },
        20000);
    if (c.state() != SshConnection::State::Connected)
        qWarning("connect failed: %s", qPrintable(c.lastError().message()));
    return c.state() == SshConnection::State::Connected;
}
