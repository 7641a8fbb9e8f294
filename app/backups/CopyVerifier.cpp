#include "backups/CopyVerifier.h"

#include "backups/FileWorkJob.h"

#include <memory>

CopyVerifier::CopyVerifier(QObject *parent)
    : QObject(parent)
    , m_job(new FileWorkJob(this))
{ }

CopyVerifier::~CopyVerifier()
{
    delete m_job; // waits for the check under way
}

bool CopyVerifier::isRunning() const
{
    return m_job->isRunning();
}

bool CopyVerifier::start(const QList<DesktopCopy> &copies, const SecretBytes &passphrase)
{
    if (m_job->isRunning())
        return false;
    auto states = std::make_shared<QList<CopyState::State>>();
    m_job->disconnect(this);
    connect(m_job, &FileWorkJob::finished, this, [this, copies, states] { Q_EMIT finished(copies, *states); });
    return m_job->start([copies, states, passphrase](QString *) {
        for (const DesktopCopy &c : copies)
            states->append(CopyState::of(c, true, passphrase.isEmpty() ? nullptr : &passphrase));
        return true;
    });
}
