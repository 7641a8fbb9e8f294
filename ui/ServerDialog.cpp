#include "ServerDialog.h"

#include "HostKeyChangedDialog.h"
#include "HostKeyDialog.h"
#include "common/AppPaths.h"
#include "session/ServerSession.h" // before ConnectionTester.h: its inline QPointer use needs the full type
#include "session/ConnectionTester.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QTextStream>
#include <QToolButton>
#include <QVBoxLayout>

using AuthMethod = ServerProfile::AuthMethod;
using RootAccess = ServerProfile::RootAccess;

ServerDialog::ServerDialog(QWidget *parent)
    : QDialog(parent)
    , m_name(new QLineEdit(this))
    , m_host(new QLineEdit(this))
    , m_port(new QSpinBox(this))
    , m_user(new QLineEdit(this))
    , m_auth(new QComboBox(this))
    , m_keyFile(new QLineEdit(this))
    , m_browseKey(new QToolButton(this))
    , m_secretLabel(new QLabel(this))
    , m_secret(new QLineEdit(this))
    , m_remember(new QCheckBox(tr("Remember in the system &keychain"), this))
    , m_rootAccess(new QComboBox(this))
    , m_deployment(new QComboBox(this))
    , m_mastodonDir(new QLineEdit(this))
    , m_detectLayout(new QCheckBox(tr("Detect &automatically"), this))
    , m_layoutSource(new QLabel(this))
    , m_detectedDomainLabel(new QLabel(tr("Detected domain:"), this))
    , m_detectedDomain(new QLabel(this))
    , m_detectedBackupsLabel(new QLabel(tr("Detected backups:"), this))
    , m_detectedBackups(new QLabel(this))
    , m_validation(new QLabel(this))
    , m_test(new QPushButton(tr("&Test Connection"), this))
    , m_testBusy(new QProgressBar(this))
    , m_testResult(new QLabel(this))
{
    setObjectName(QStringLiteral("serverDialog"));
    setWindowTitle(tr("Add Server"));

    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_name->setPlaceholderText(tr("e.g. my-instance"));
    m_host->setObjectName(QStringLiteral("hostEdit"));
    m_host->setPlaceholderText(tr("host name, IP address or ~/.ssh/config alias"));
    const QStringList aliases = sshConfigHosts(AppPaths::userSshDir() + QStringLiteral("/config"));
    if (!aliases.isEmpty()) {
        auto *completer = new QCompleter(aliases, m_host);
        completer->setCaseSensitivity(Qt::CaseInsensitive);
        m_host->setCompleter(completer);
    }
    m_port->setObjectName(QStringLiteral("portSpin"));
    m_port->setRange(0, 65535);
    m_port->setSpecialValueText(tr("Default"));
    m_port->setToolTip(tr("“Default” uses the port from ~/.ssh/config, or 22."));
    m_user->setObjectName(QStringLiteral("userEdit"));
    m_user->setPlaceholderText(tr("from ~/.ssh/config, or your login name"));

    m_auth->setObjectName(QStringLiteral("authCombo"));
    m_auth->addItem(tr("Automatic (ssh-agent and default keys, then password)"), int(AuthMethod::Auto));
    m_auth->addItem(tr("ssh-agent"), int(AuthMethod::Agent));
    m_auth->addItem(tr("Key file"), int(AuthMethod::KeyFile));
    m_auth->addItem(tr("Password"), int(AuthMethod::Password));
    m_keyFile->setObjectName(QStringLiteral("keyFileEdit"));
    m_keyFile->setPlaceholderText(tr("~/.ssh/id_ed25519"));
    m_browseKey->setObjectName(QStringLiteral("keyFileBrowse"));
    m_browseKey->setText(tr("Browse…"));
    m_secret->setObjectName(QStringLiteral("secretEdit"));
    m_secret->setEchoMode(QLineEdit::Password);
    m_secret->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
    m_secretLabel->setBuddy(m_secret);
    m_remember->setObjectName(QStringLiteral("rememberSecretCheck"));
    m_remember->setChecked(true);
    m_remember->setToolTip(tr("Stored by your operating system's keychain, never in a Hoshu file."));

    m_rootAccess->setObjectName(QStringLiteral("rootAccessCombo"));
    m_rootAccess->addItem(tr("Already root (the user is root)"), int(RootAccess::AlreadyRoot));
    m_rootAccess->addItem(tr("sudo without a password"), int(RootAccess::SudoNoPassword));
    m_rootAccess->addItem(tr("sudo with a password (asked when needed)"), int(RootAccess::SudoWithPassword));
    m_deployment->setObjectName(QStringLiteral("deploymentCombo"));
    m_deployment->addItem(tr("systemd (native installation)"), ServerProfile::deploymentSystemd());
    m_deployment->addItem(tr("Docker Compose"), ServerProfile::deploymentDocker());
    m_mastodonDir->setObjectName(QStringLiteral("mastodonDirEdit"));
    m_detectLayout->setObjectName(QStringLiteral("detectLayoutCheck"));
    m_detectLayout->setToolTip(tr("Each refresh reads how Mastodon runs on the server (systemd or Docker Compose, "
                                  "and its directory) and updates these two fields. Changing either field turns "
                                  "this off."));
    m_layoutSource->setObjectName(QStringLiteral("layoutSourceLabel"));
    for (QLabel *label : {m_detectedDomain, m_detectedBackups}) {
        label->setTextFormat(Qt::PlainText);
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_detectedDomain->setObjectName(QStringLiteral("detectedDomainLabel"));
    m_detectedBackups->setObjectName(QStringLiteral("detectedBackupsLabel"));

    m_validation->setObjectName(QStringLiteral("validationLabel"));
    m_validation->setWordWrap(true);
    m_validation->setTextFormat(Qt::PlainText);
    m_validation->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_test->setObjectName(QStringLiteral("testConnectionButton"));
    m_test->setAutoDefault(false);
    m_testBusy->setObjectName(QStringLiteral("testBusyIndicator"));
    m_testBusy->setRange(0, 0);
    m_testBusy->setMaximumWidth(100);
    m_testBusy->setTextVisible(false);
    m_testBusy->hide();
    m_testResult->setObjectName(QStringLiteral("testResultLabel"));
    m_testResult->setWordWrap(true);
    m_testResult->setTextFormat(Qt::PlainText);
    m_testResult->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);

    auto *keyRow = new QHBoxLayout;
    keyRow->addWidget(m_keyFile, 1);
    keyRow->addWidget(m_browseKey);

    auto *form = new QFormLayout;
    auto addRow = [&](const QString &text, QWidget *field) {
        auto *label = new QLabel(text, this);
        label->setBuddy(field);
        form->addRow(label, field);
    };
    addRow(tr("&Name:"), m_name);
    addRow(tr("&Host:"), m_host);
    addRow(tr("&Port:"), m_port);
    addRow(tr("&User:"), m_user);
    addRow(tr("&Authentication:"), m_auth);
    auto *keyLabel = new QLabel(tr("&Key file:"), this);
    keyLabel->setBuddy(m_keyFile);
    form->addRow(keyLabel, keyRow);
    form->addRow(m_secretLabel, m_secret);
    form->addRow(QString(), m_remember);
    addRow(tr("&Root access:"), m_rootAccess);
    addRow(tr("&Deployment:"), m_deployment);
    addRow(tr("&Mastodon directory:"), m_mastodonDir);
    auto *detectRow = new QHBoxLayout;
    detectRow->addWidget(m_detectLayout);
    detectRow->addWidget(m_layoutSource, 1);
    form->addRow(QString(), detectRow);
    form->addRow(m_detectedDomainLabel, m_detectedDomain);
    form->addRow(m_detectedBackupsLabel, m_detectedBackups);
    setDetected(LayoutDetection::Detected());

    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_test);
    testRow->addWidget(m_testBusy);
    testRow->addStretch();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setObjectName(QStringLiteral("okButton"));
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (validationErrors().isEmpty())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_validation);
    layout->addLayout(testRow);
    layout->addWidget(m_testResult);
    layout->addStretch();
    layout->addWidget(buttons);

    // Defaults of a new profile.
    setProfile(ServerProfile());
    m_editing = false;
    m_nameEdited = false;
    m_rootEdited = false;
    setWindowTitle(tr("Add Server"));

    connect(m_name, &QLineEdit::textEdited, this, [this] { m_nameEdited = true; });
    connect(m_host, &QLineEdit::textChanged, this, [this](const QString &host) {
        // Until the user names the server, the host is a good name.
        if (!m_nameEdited && !m_editing)
            m_name->setText(host.trimmed());
    });
    connect(m_user, &QLineEdit::textChanged, this, [this](const QString &user) {
        if (m_rootEdited || m_editing)
            return;
        const int index = m_rootAccess->findData(int(ServerProfile::defaultRootAccessFor(user.trimmed())));
        if (index >= 0)
            m_rootAccess->setCurrentIndex(index);
    });
    connect(m_rootAccess, &QComboBox::activated, this, [this] { m_rootEdited = true; });
    // A layout the user sets by hand is an override: detection must not undo it.
    connect(m_deployment, &QComboBox::activated, this, [this] { m_detectLayout->setChecked(false); });
    connect(m_mastodonDir, &QLineEdit::textEdited, this, [this] { m_detectLayout->setChecked(false); });
    connect(m_detectLayout, &QCheckBox::toggled, this, [this](bool on) {
        if (on)
            applyDetectedLayout();
        updateLayoutSource();
    });
    for (QLineEdit *edit : {m_name, m_host, m_user, m_keyFile, m_mastodonDir})
        connect(edit, &QLineEdit::textChanged, this, &ServerDialog::revalidate);
    connect(m_port, &QSpinBox::valueChanged, this, &ServerDialog::revalidate);
    for (QComboBox *combo : {m_auth, m_rootAccess, m_deployment})
        connect(combo, &QComboBox::currentIndexChanged, this, &ServerDialog::revalidate);
    connect(m_auth, &QComboBox::currentIndexChanged, this, &ServerDialog::updateAuthFields);
    connect(m_browseKey, &QToolButton::clicked, this, &ServerDialog::browseKeyFile);
    connect(m_test, &QPushButton::clicked, this, &ServerDialog::startTest);

    updateAuthFields();
    revalidate();
    m_name->setFocus();
}

ServerDialog::~ServerDialog() = default;

void ServerDialog::setProfile(const ServerProfile &profile)
{
    m_original = profile;
    m_editing = true;
    m_nameEdited = true;
    m_rootEdited = true;
    setWindowTitle(tr("Edit Server"));
    m_name->setText(profile.name);
    m_host->setText(profile.host);
    m_port->setValue(profile.port);
    m_user->setText(profile.user);
    m_auth->setCurrentIndex(qMax(0, m_auth->findData(int(profile.auth))));
    m_keyFile->setText(profile.keyFile);
    m_rootAccess->setCurrentIndex(qMax(0, m_rootAccess->findData(int(profile.rootAccess))));
    const int deployment = m_deployment->findData(profile.deployment);
    m_deployment->setCurrentIndex(qMax(0, deployment));
    m_mastodonDir->setText(profile.mastodonDir);
    m_detectLayout->setChecked(profile.detectLayout);
    updateLayoutSource();
    // The stored secret is never read back into the dialog.
    m_secret->setPlaceholderText(profile.id.isEmpty() ? QString() : tr("Leave empty to keep the saved one"));
    updateAuthFields();
    revalidate();
}

ServerProfile ServerDialog::profile() const
{
    ServerProfile p = m_original;
    p.name = m_name->text().trimmed();
    p.host = m_host->text().trimmed();
    p.port = quint16(m_port->value());
    p.user = m_user->text().trimmed();
    p.auth = AuthMethod(m_auth->currentData().toInt());
    p.keyFile = m_keyFile->isEnabled() ? m_keyFile->text().trimmed() : QString();
    p.rootAccess = RootAccess(m_rootAccess->currentData().toInt());
    p.deployment = m_deployment->currentData().toString();
    p.mastodonDir = m_mastodonDir->text().trimmed();
    p.detectLayout = m_detectLayout->isChecked();
    return p;
}

void ServerDialog::setDetected(const LayoutDetection::Detected &detected)
{
    m_detected = detected;
    m_detectedDomain->setText(detected.domain);
    m_detectedBackups->setText(detected.backupDirs.join(QStringLiteral(", ")));
    const bool domainKnown = !detected.domain.isEmpty();
    const bool backupsKnown = !detected.backupDirs.isEmpty();
    m_detectedDomainLabel->setVisible(domainKnown);
    m_detectedDomain->setVisible(domainKnown);
    m_detectedBackupsLabel->setVisible(backupsKnown);
    m_detectedBackups->setVisible(backupsKnown);
    updateLayoutSource();
}

void ServerDialog::applyDetectedLayout()
{
    if (!m_detected.deployment.isEmpty()) {
        const int index = m_deployment->findData(m_detected.deployment);
        if (index >= 0)
            m_deployment->setCurrentIndex(index);
    }
    if (!m_detected.mastodonDir.isEmpty())
        m_mastodonDir->setText(m_detected.mastodonDir);
}

void ServerDialog::updateLayoutSource()
{
    if (!m_detectLayout->isChecked())
        m_layoutSource->setText(tr("Set by you"));
    else if (m_detected.known)
        m_layoutSource->setText(tr("Detected automatically"));
    else
        m_layoutSource->setText(tr("Detected automatically at the next refresh"));
}

void ServerDialog::setExistingNames(const QStringList &names)
{
    m_existingNameKeys.clear();
    for (const QString &name : names)
        m_existingNameKeys.append(ServerProfile::nameKey(name));
    revalidate();
}

QStringList ServerDialog::validationErrors() const
{
    const ServerProfile p = profile();
    QStringList errors = p.validate();
    if (!p.name.isEmpty() && m_existingNameKeys.contains(ServerProfile::nameKey(p.name)))
        errors.prepend(tr("A server named “%1” already exists. Choose another name.").arg(p.name));
    return errors;
}

void ServerDialog::revalidate()
{
    const QStringList errors = validationErrors();
    m_ok->setEnabled(errors.isEmpty());
    m_validation->setVisible(!errors.isEmpty());
    QStringList lines;
    for (const QString &error : errors)
        lines << QStringLiteral("• ") + error;
    m_validation->setText(lines.join(QLatin1Char('\n')));
}

void ServerDialog::updateAuthFields()
{
    const auto method = AuthMethod(m_auth->currentData().toInt());
    const bool keyFile = method == AuthMethod::KeyFile || method == AuthMethod::Auto;
    m_keyFile->setEnabled(keyFile);
    m_browseKey->setEnabled(keyFile);
    m_keyFile->setPlaceholderText(method == AuthMethod::Auto ? tr("optional: ~/.ssh/id_ed25519")
                                                             : tr("~/.ssh/id_ed25519"));
    const bool hasSecret = method != AuthMethod::Agent;
    m_secret->setEnabled(hasSecret);
    m_remember->setEnabled(hasSecret);
    if (method == AuthMethod::KeyFile)
        m_secretLabel->setText(tr("Key &passphrase:"));
    else if (method == AuthMethod::Auto)
        m_secretLabel->setText(tr("&Password (optional):"));
    else
        m_secretLabel->setText(tr("&Password:"));
}

void ServerDialog::browseKeyFile()
{
    const QString start = m_keyFile->text().isEmpty() ? AppPaths::userSshDir() : m_keyFile->text();
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose a Private Key"), start,
                                                      tr("Private keys (id_* *.pem *.key);;All files (*)"));
    if (!path.isEmpty())
        m_keyFile->setText(QDir::toNativeSeparators(path));
}

SecretBytes ServerDialog::secret() const
{
    return m_secret->isEnabled() ? SecretBytes::fromUtf8(m_secret->text()) : SecretBytes();
}

SecretStore::Kind ServerDialog::secretKind() const
{
    return AuthMethod(m_auth->currentData().toInt()) == AuthMethod::KeyFile ? SecretStore::Kind::KeyPassphrase
                                                                             : SecretStore::Kind::Password;
}

bool ServerDialog::rememberSecret() const
{
    return m_remember->isEnabled() && m_remember->isChecked();
}

bool ServerDialog::isTesting() const
{
    return m_tester && m_tester->isRunning();
}

QString ServerDialog::testResultText() const
{
    return m_testResult->text();
}

void ServerDialog::setTesting(bool testing)
{
    m_testBusy->setVisible(testing);
    m_test->setText(testing ? tr("Stop &Test") : tr("&Test Connection"));
    if (testing)
        m_testResult->setText(tr("Connecting to %1…").arg(profile().displayAddress()));
}

void ServerDialog::startTest()
{
    if (isTesting()) {
        m_tester->abort();
        setTesting(false);
        m_testResult->setText(tr("Test stopped."));
        return;
    }
    const QStringList errors = validationErrors();
    if (!errors.isEmpty()) {
        m_testResult->setText(tr("Fix the fields above first."));
        return;
    }
    if (!m_tester) {
        m_tester = new ConnectionTester(this);
        connect(m_tester, &ConnectionTester::succeeded, this, [this](const QString &summary) {
            setTesting(false);
            m_testResult->setText(summary.isEmpty() ? tr("Connected successfully.")
                                                    : tr("Connected successfully.\n%1").arg(summary));
        });
        connect(m_tester, &ConnectionTester::failed, this, [this](const SshError &error) {
            setTesting(false);
            showTestFailure(error);
        });
        connect(m_tester, &ConnectionTester::hostKeyNeedsApproval, this, [this](const HostKeyInfo &info) {
            auto *dialog = new HostKeyDialog(info, this);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            connect(dialog, &QDialog::finished, this, [this, info](int result) {
                if (!m_tester)
                    return;
                if (result == QDialog::Accepted)
                    m_tester->acceptHostKey(info.fingerprintSha256);
                else
                    m_tester->rejectHostKey();
            });
            dialog->open();
        });
    }
    setTesting(true);
    const SecretBytes typed = secret();
    const bool passphrase = secretKind() == SecretStore::Kind::KeyPassphrase;
    m_tester->test(profile(), passphrase ? SecretBytes() : typed, passphrase ? typed : SecretBytes());
}

void ServerDialog::showTestFailure(const SshError &error)
{
    QString text = error.title();
    if (!error.explanation().isEmpty())
        text += QLatin1Char('\n') + error.explanation();
    if (!error.detail.isEmpty())
        text += QLatin1Char('\n') + tr("Technical detail: %1").arg(error.detail);
    m_testResult->setText(text);
    if (error.kind == SshError::Kind::HostKeyChanged) {
        HostKeyInfo info;
        info.host = profile().host;
        auto *dialog = new HostKeyChangedDialog(profile().name, error, info, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    }
}

void ServerDialog::done(int result)
{
    if (m_tester)
        m_tester->abort(); // closing the dialog must not leave a connection behind
    QDialog::done(result);
}

QStringList ServerDialog::sshConfigHosts(const QString &configPath)
{
    QStringList hosts;
    QFile file(configPath);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return hosts;
    QTextStream in(&file);
    while (!in.atEnd()) {
        const QString line = in.readLine().trimmed();
        if (!line.startsWith(QLatin1String("host"), Qt::CaseInsensitive))
            continue;
        const QStringList words = line.split(QRegularExpression(QStringLiteral("[\\s=]+")), Qt::SkipEmptyParts);
        if (words.isEmpty() || words.first().compare(QLatin1String("host"), Qt::CaseInsensitive) != 0)
            continue;
        for (qsizetype i = 1; i < words.size(); ++i) {
            const QString &word = words[i];
            if (!word.contains(QLatin1Char('*')) && !word.contains(QLatin1Char('?')) && !word.startsWith(QLatin1Char('!'))
                && !hosts.contains(word))
                hosts.append(word);
        }
    }
    return hosts;
}
