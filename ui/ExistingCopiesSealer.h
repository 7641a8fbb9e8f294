#pragma once

#include "common/SecretBytes.h"

#include <QObject>

class QWidget;

// Once the copies' encryption is turned on in Settings: offers to encrypt the copies already
// on this computer too (made before, still plain), then does it off the GUI thread while a
// busy dialog shows, and says how it went. Nothing happens without the user's yes.
class ExistingCopiesSealer : public QObject
{
    Q_OBJECT

public:
    ExistingCopiesSealer(const QString &copiesRoot, const SecretBytes &passphrase, QWidget *window);

    // Asks (when there is anything to encrypt) and starts; deletes itself when done.
    void offer();

Q_SIGNALS:
    void sealed(int count); // the copies' folder changed: the Backups tabs list it again

private:
    QString m_root;
    SecretBytes m_passphrase;
    QWidget *m_window;
};
