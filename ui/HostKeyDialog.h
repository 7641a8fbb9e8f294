#pragma once

#include "ssh/HostKeyInfo.h"

#include <QDialog>

class QPushButton;

// First contact with a server: shows its host key fingerprint and how to check
// it on the server's console. Trust is never the default button.
class HostKeyDialog : public QDialog
{
    Q_OBJECT

public:
    explicit HostKeyDialog(const HostKeyInfo &info, QWidget *parent = nullptr);

    QString fingerprintText() const;
    // The command that prints the same fingerprint on the server.
    static QString verifyCommand(const QString &keyType);

private:
    HostKeyInfo m_info;
};
