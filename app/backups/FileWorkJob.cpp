#include "backups/FileWorkJob.h"

#include <QThread>

#include <memory>

FileWorkJob::FileWorkJob(QObject *parent)
    : QObject(parent)
{ }

FileWorkJob::~FileWorkJob()
{
    if (m_thread) {
        m_thread->disconnect(this);
        m_thread->wait();
        delete m_thread;
    }
}

bool FileWorkJob::start(const Work &work)
{
    if (m_thread)
        return false;
    struct Outcome
    {
        bool ok = false;
        QString error;
    };
    auto outcome = std::make_shared<Outcome>();
    m_thread = QThread::create([work, outcome] { outcome->ok = work(&outcome->error); });
    connect(m_thread, &QThread::finished, this, [this, outcome] {
        m_thread->deleteLater();
        m_thread = nullptr;
        Q_EMIT finished(outcome->ok, outcome->error);
    });
    m_thread->start();
    return true;
}
