#include "LockHolderProcess.h"

#include <csignal>
#include <sys/types.h>

LockHolderProcess::~LockHolderProcess()
{
    release();
}

bool LockHolderProcess::start(const QStringList &args, QString *error)
{
    const QString program = qEnvironmentVariable("HOSHU_LOCK_HOLDER");
    if (program.isEmpty()) {
        *error = QStringLiteral("HOSHU_LOCK_HOLDER is not set: run this test through ctest");
        return false;
    }
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process.start(program, args);
    if (!m_process.waitForStarted(10000)) {
        *error = m_process.errorString();
        return false;
    }
    QByteArray line;
    while (!line.endsWith('\n') && m_process.waitForReadyRead(10000))
        line += m_process.readLine();
    if (line.trimmed() != "locked") {
        *error = QStringLiteral("lock_holder said: ") + QString::fromUtf8(line.trimmed());
        return false;
    }
    return true;
}

void LockHolderProcess::release()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.closeWriteChannel();
    if (!m_process.waitForFinished(10000))
        crash();
}

void LockHolderProcess::crash()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    ::kill(pid_t(m_process.processId()), SIGKILL);
    m_process.waitForFinished(10000);
}
