#pragma once

#include "common/SecretBytes.h"

#include "probes/LayoutDetection.h"
#include "servers/SecretStore.h"
#include "servers/ServerProfile.h"
#include "ssh/SshError.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QToolButton;
class ConnectionTester;

// Add or edit a server. OK stays disabled while ServerProfile::validate()
// (or a duplicate name) has something to say, and the messages are shown
// under the form. "Test connection" runs in the background.
class ServerDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ServerDialog(QWidget *parent = nullptr);
    ~ServerDialog() override;

    // Edit mode: fills the fields and keeps the id (and unknown keys).
    void setProfile(const ServerProfile &profile);
    ServerProfile profile() const;
    // Names of the OTHER servers, for the uniqueness check.
    void setExistingNames(const QStringList &names);
    // What the last refresh detected on the server (shown read-only; ticking
    // "Detect automatically" again puts the detected layout into the fields).
    void setDetected(const LayoutDetection::Detected &detected);
    QStringList validationErrors() const;

    // The password or key passphrase typed (empty = none typed / keep the stored one).
    SecretBytes secret() const;
    SecretStore::Kind secretKind() const;
    bool rememberSecret() const;

    bool isTesting() const;
    QString testResultText() const;

    // Host aliases from an OpenSSH client config (no wildcards), for completion.
    static QStringList sshConfigHosts(const QString &configPath);

public Q_SLOTS:
    void done(int result) override;

private:
    void revalidate();
    void updateAuthFields();
    void updateLayoutSource();
    void applyDetectedLayout();
    void browseKeyFile();
    void startTest();
    void setTesting(bool testing);
    void showTestFailure(const SshError &error);

    ServerProfile m_original;
    bool m_editing = false;
    bool m_nameEdited = false;
    bool m_rootEdited = false;
    QStringList m_existingNameKeys;

    QLineEdit *m_name;
    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_user;
    QComboBox *m_auth;
    QLineEdit *m_keyFile;
    QToolButton *m_browseKey;
    QLabel *m_secretLabel;
    QLineEdit *m_secret;
    QCheckBox *m_remember;
    QComboBox *m_rootAccess;
    QComboBox *m_deployment;
    QLineEdit *m_mastodonDir;
    QCheckBox *m_detectLayout;
    QLabel *m_layoutSource;
    QLabel *m_detectedDomainLabel;
    QLabel *m_detectedDomain;
    QLabel *m_detectedBackupsLabel;
    QLabel *m_detectedBackups;
    LayoutDetection::Detected m_detected;
    QLabel *m_validation;
    QPushButton *m_test;
    QProgressBar *m_testBusy;
    QLabel *m_testResult;
    QPushButton *m_ok;
    ConnectionTester *m_tester = nullptr;
};
