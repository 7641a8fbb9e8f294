#include "backups/CopyVerifier.h"

#include <QThread>

#include <memory>

CopyVerifier::CopyVerifier(QObject *parent)
    : QObject(parent)
{ }

CopyVerifier::~CopyVerifier()
{
    if (m_thread) {
        m_thread->disconnect(this);
        m_thread->wait();
        delete m_thread;
    }
}

bool CopyVerifier::start(const QList<DesktopCopy> &copies, const SecretBytes &passphrase)
{
    if (m_thread)
        return false;
    auto states = std::make_shared<QList<CopyState::State>>();
    m_thread = QThread::create([copies, states, passphrase] {
        for (const DesktopCopy &c : copies)
            states->append(CopyState::of(c, true, passphrase.isEmpty() ? nullptr : &passphrase));
    });
    connect(m_thread, &QThread::finished, this, [this, copies, states] {
        m_thread->deleteLater();
        m_thread = nullptr;
        Q_EMIT finished(copies, *states);
    });
    m_thread->start();
    return true;
}
