#pragma once

#include "backups/CopyState.h"
#include "backups/DesktopCopy.h"
#include "common/SecretBytes.h"

#include <QList>
#include <QObject>

class FileWorkJob;

// Reads copies on this computer again (CopyState::of with verify), in a thread of its
// own: a bundle may be gigabytes, and the window must stay responsive meanwhile.
class CopyVerifier : public QObject
{
    Q_OBJECT

public:
    explicit CopyVerifier(QObject *parent = nullptr);
    ~CopyVerifier() override; // waits for a check under way (it only reads local files)

    // An encrypted copy is read through gpg with PASSPHRASE (none: it is Unopenable).
    bool start(const QList<DesktopCopy> &copies, const SecretBytes &passphrase = {}); // false while a check runs
    bool isRunning() const;

Q_SIGNALS:
    // states.at(i) is what copies.at(i) was found to be.
    void finished(const QList<DesktopCopy> &copies, const QList<CopyState::State> &states);

private:
    FileWorkJob *m_job;
};
