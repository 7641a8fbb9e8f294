#pragma once

#include "ssh/HostKeyInfo.h"
#include "ssh/SshError.h"

#include <QDialog>

// A server's host key differs from the one saved: this is NOT a question.
// The dialog explains and offers only Close; there is no "connect anyway".
class HostKeyChangedDialog : public QDialog
{
    Q_OBJECT

public:
    HostKeyChangedDialog(const QString &serverName, const SshError &error, const HostKeyInfo &info,
                         QWidget *parent = nullptr);

    QString text() const { return m_text; }

private:
    QString m_text;
};
