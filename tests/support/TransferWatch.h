#pragma once

#include "ssh/SftpDownload.h"
#include "ssh/TransferError.h"

#include <QByteArray>
#include <QString>

#include <functional>
#include <memory>

class SshConnection;

// Follows one SFTP transfer's signals (a download or an upload) to its end.
struct TransferWatch
{
    explicit TransferWatch(SftpDownload *transfer);
    bool waitForEnd(int ms = 120000);

    std::unique_ptr<SftpDownload> transfer;
    std::function<void(qint64, qint64)> onProgress;
    int progressSignals = 0;
    qint64 firstDone = -1;
    qint64 lastDone = -1;
    qint64 lastTotal = -1;
    bool monotonic = true;
    int ends = 0;
    bool finished = false;
    TransferError error;
};

QByteArray sha256OfFile(const QString &path); // lower-case hex; empty if unreadable
int fileMode(const QString &path); // permission bits, -1 if absent
bool connectNow(SshConnection &connection); // opens it and waits (20 s) until connected or failed
