#include "BackupsView.h"

#include "BackupsTable.h"
#include "BundleLister.h"
#include "DashboardText.h"
#include "LogPane.h"
#include "MessageBanner.h"
#include "RestoreSender.h"
#include "SecretPromptDialog.h"
#include "TransferRow.h"
#include "ServerWorkspace.h"
#include "UiIcons.h"
#include "backups/BundleDownload.h"
#include "backups/CopiesPassphrase.h"
#include "backups/CopiesFolder.h"
#include "backups/CopyVerifier.h"
#include "backups/DesktopBackupFolder.h"
#include "session/ActionRunner.h"
#include "session/ServerSession.h"
#include "ssh/TransferError.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>
#include <memory>
#include <utility>

namespace {
const QString kBundleAction = QStringLiteral("backup.bundle");
const QString kListAction = QStringLiteral("backup.list");
const QString kRestoreAction = QStringLiteral("backup.restore");
constexpr qsizetype kMaxRunOutput = 64 * 1024; // the run's tail, where its bundle line is
// pullIfDue(): a copy here younger than this is fresh enough (the server's own schedule
// makes one bundle a day; a little less than a day keeps the pull from drifting later).
constexpr qint64 kPullAfterSeconds = 20 * 3600;
} // namespace

BackupsView::BackupsView(ServerWorkspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_copiesRoot(CopiesFolder::current())
    , m_lister(new BundleLister(workspace->session(), this))
    , m_sender(new RestoreSender(workspace->session(), this))
    , m_verifier(new CopyVerifier(this))
    , m_summary(new QLabel(this))
    , m_banner(new MessageBanner(this))
    , m_table(new BackupsTable(this))
    , m_listButton(new QPushButton(UiIcons::refreshing(), tr("Show the b&undles on the server"), this))
    , m_backupButton(new QPushButton(tr("&Back up now…"), this))
    , m_downloadButton(new QPushButton(tr("&Download to this computer"), this))
    , m_checkButton(new QPushButton(tr("&Check the copies"), this))
    , m_restoreButton(new QPushButton(tr("&Restore from a copy…"), this))
    , m_openButton(new QPushButton(tr("&Open the folder"), this))
    , m_transfer(new TransferRow(this))
{
    setObjectName(QStringLiteral("backupsView"));
    m_lister->setAuditLog(workspace->auditLog());
    m_summary->setObjectName(QStringLiteral("backupsSummary"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_banner->setObjectName(QStringLiteral("backupsBanner"));
    m_listButton->setObjectName(QStringLiteral("backupsListButton"));
    m_listButton->setToolTip(tr("Ask the server which bundles it has (read-only)"));
    m_backupButton->setObjectName(QStringLiteral("backupsBackupButton"));
    m_backupButton->setToolTip(tr("Make a bundle on the server now, then copy it to this computer"));
    m_downloadButton->setObjectName(QStringLiteral("backupsDownloadButton"));
    m_downloadButton->setToolTip(tr("Copy the selected bundle from the server to this computer; an interrupted "
                                    "copy continues where it stopped"));
    m_checkButton->setObjectName(QStringLiteral("backupsCheckButton"));
    m_checkButton->setToolTip(tr("Read every copy on this computer again and compare it with the SHA-256 "
                                 "recorded when it was copied"));
    m_restoreButton->setObjectName(QStringLiteral("backupsRestoreButton"));
    m_restoreButton->setToolTip(tr("Send a copy on this computer to this server and restore it there: its "
                                   "database, configuration, certificates and Redis data are replaced (you "
                                   "confirm with the server's name, and see what is replaced first)"));
    m_openButton->setObjectName(QStringLiteral("backupsOpenButton"));
    m_openButton->setToolTip(tr("Open this server's copies folder in the file manager"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_listButton);
    buttons->addWidget(m_backupButton);
    buttons->addWidget(m_downloadButton);
    buttons->addWidget(m_checkButton);
    buttons->addWidget(m_restoreButton);
    buttons->addStretch(1);
    buttons->addWidget(m_openButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_summary);
    layout->addLayout(buttons);
    layout->addWidget(m_banner);
    layout->addWidget(m_transfer);
    layout->addWidget(m_table, 1);

    connect(m_listButton, &QPushButton::clicked, this, &BackupsView::listServer);
    connect(m_backupButton, &QPushButton::clicked, this, &BackupsView::backUpNow);
    connect(m_downloadButton, &QPushButton::clicked, this, &BackupsView::downloadSelected);
    connect(m_checkButton, &QPushButton::clicked, this, &BackupsView::checkCopies);
    connect(m_restoreButton, &QPushButton::clicked, this, &BackupsView::restoreFromCopy);
    connect(m_sender, &RestoreSender::progress, this, [this](qint64 done, qint64 total) {
        m_transfer->update(tr("%1: %2 of %3 sent for the restore, %4/s"), m_sender->copy().bundleName, done, total,
                           m_sender->bytesPerSecond());
    });
    connect(m_sender, &RestoreSender::opening, this,
            [this] { m_transfer->busy(tr("Opening the encrypted copy %1 …").arg(m_sender->copy().fileName)); });
    connect(m_sender, &RestoreSender::passphraseNeeded, this, &BackupsView::askCopiesPassphrase);
    connect(m_sender, &RestoreSender::sending, this,
            [this] { m_transfer->begin(tr("Sending %1 to the server …").arg(m_sender->copy().bundleName)); });
    connect(m_sender, &RestoreSender::sent, this, &BackupsView::onSentForRestore);
    connect(m_sender, &RestoreSender::failed, this, [this](const QString &message, bool cancelled) {
        m_transfer->hide();
        updateButtons();
        showMessage(cancelled ? MessageBanner::Level::Information : MessageBanner::Level::Error, message);
        Q_EMIT sendEnded(false);
    });
    connect(m_transfer, &TransferRow::cancelRequested, this, &BackupsView::cancelDownload);
    connect(m_openButton, &QPushButton::clicked, this, [this] {
        const DesktopBackupFolder folder(m_copiesRoot);
        const QString name = m_workspace ? m_workspace->profile().name : QString();
        const QString dir = QFileInfo::exists(folder.serverDir(name)) ? folder.serverDir(name) : folder.root();
        QDesktopServices::openUrl(QUrl::fromLocalFile(dir));
    });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &BackupsView::updateButtons);
    connect(m_verifier, &CopyVerifier::finished, this, &BackupsView::onCopiesChecked);

    connect(m_lister, &BundleLister::listed, this, [this](const QList<BundleLine> &bundles) {
        m_onServer = bundles;
        std::reverse(m_onServer.begin(), m_onServer.end()); // newest first
        m_serverListed = true;
        m_listedAt.start();
        m_listError.clear();
        reloadCopies();
        Q_EMIT listed(true);
        if (std::exchange(m_copyNewestAfterList, false))
            copyNewest();
    });
    connect(m_lister, &BundleLister::failed, this, [this](const QString &message) {
        m_listError = message;
        m_listedAt.invalidate();
        showMessage(MessageBanner::Level::Warning, message);
        reloadCopies();
        m_copyNewestAfterList = false;
        m_quietPull = false;
        Q_EMIT listed(false);
    });

    // A backup.bundle run on this server (from here or the Actions tab): its last line names the bundle.
    connect(workspace, &ServerWorkspace::runningChanged, this, [this](const QString &, bool running) {
        if (running && m_workspace) {
            m_collecting = m_workspace->lastRunActionId() == kBundleAction;
            m_runOutput.clear();
            if (!m_collecting)
                m_downloadAfterRun = false;
        }
        updateButtons();
    });
    // "Back up now" whose confirmation was cancelled: a later backup.bundle run from the Actions
    // tab is not a request to copy its bundle here.
    connect(workspace, &ServerWorkspace::actionNotStarted, this, [this](const QString &actionId) {
        if (actionId == kBundleAction)
            m_downloadAfterRun = false;
    });
    ActionRunner *runner = workspace->runner();
    connect(runner, &ActionRunner::outputReady, this, [this](const QByteArray &data, RemoteProcess::Channel channel) {
        if (!m_collecting || channel != RemoteProcess::Channel::Stdout)
            return;
        m_runOutput += data;
        if (m_runOutput.size() > kMaxRunOutput)
            m_runOutput = m_runOutput.right(kMaxRunOutput);
    });
    connect(runner, &ActionRunner::finished, this, [this](int exitStatus, qint64) { onBundleRunEnded(exitStatus); });
    connect(runner, &ActionRunner::failed, this, [this](const SshError &, qint64) { onBundleRunEnded(-1); });

    reloadCopies();
}

BackupsView::~BackupsView() = default;

void BackupsView::setCatalog(const Catalog &catalog)
{
    m_catalog = catalog;
    updateButtons();
}

void BackupsView::setCopiesRoot(const QString &root)
{
    if (root == m_copiesRoot || isTransferring())
        return;
    m_copiesRoot = root;
    m_table->forgetChecks();
    reloadCopies();
}

void BackupsView::setBundleDir(const QString &dir)
{
    m_bundleDir = dir;
}

QMap<QString, QString> BackupsView::dirParams() const
{
    QMap<QString, QString> params;
    if (!m_bundleDir.isEmpty())
        params.insert(QStringLiteral("dir"), m_bundleDir);
    return params;
}

bool BackupsView::isListing() const
{
    return m_lister->isListing();
}

void BackupsView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    reloadCopies();
    // Listed when first shown, and again when the last list is a while old.
    const bool stale = !m_listedAt.isValid() || m_listedAt.hasExpired(5 * 60 * 1000);
    if (stale && m_listError.isEmpty() && !isListing())
        listServer();
}

void BackupsView::showMessage(MessageBanner::Level level, const QString &text)
{
    m_banner->hide(); // a new message replaces the last one
    m_banner->showMessage(level, text);
}

void BackupsView::listServer()
{
    const Action *action = m_catalog.find(kListAction);
    if (!m_workspace || !action)
        return;
    QString error;
    if (!m_lister->list(*action, dirParams(), &error)) {
        if (!isListing())
            showMessage(MessageBanner::Level::Warning, error);
        return;
    }
    m_listError.clear();
    updateSummary();
    updateButtons();
}

void BackupsView::reloadCopies()
{
    const QString name = m_workspace ? m_workspace->profile().name : QString();
    m_copies = DesktopBackupFolder(m_copiesRoot).list(name);
    fill();
}

void BackupsView::fill()
{
    const QString name = m_workspace ? m_workspace->profile().name : QString();
    m_table->fill(BackupInventory::merge(m_onServer, m_copies), DesktopBackupFolder(m_copiesRoot).serverDir(name));
    updateSummary();
    updateButtons();
}

void BackupsView::updateSummary()
{
    const QString name = m_workspace ? m_workspace->profile().name : QString();
    const QString dir = m_bundleDir.isEmpty() ? QStringLiteral("/var/backups/mastodon") : m_bundleDir;
    QString server;
    if (isListing())
        server = tr("Asking the server for its bundles…");
    else if (!m_listError.isEmpty())
        server = tr("On the server: not listed (see the message below).");
    else if (!m_serverListed)
        server = tr("On the server: not listed yet.");
    else
        server = tr("On the server, in %1: %n bundle(s).", nullptr, int(m_onServer.size())).arg(dir);
    const QString here = tr("On this computer, in %1: %n copy(ies).", nullptr, int(m_copies.size()))
                             .arg(QDir::toNativeSeparators(DesktopBackupFolder(m_copiesRoot).serverDir(name)));
    m_summary->setText(server + QLatin1Char('\n') + here);
}

void BackupsView::updateButtons()
{
    const bool running = m_workspace && m_workspace->isRunning();
    const bool downloading = isTransferring();
    m_restoreButton->setEnabled(m_catalog.find(kRestoreAction) && !running && !downloading);
    m_listButton->setEnabled(m_catalog.find(kListAction) && !isListing());
    m_backupButton->setEnabled(m_catalog.find(kBundleAction) && !running && !downloading);
    const BackupInventory::Entry *selected = m_table->selectedEntry();
    const bool onlyOnServer = selected && selected->onServer && !selected->copy;
    m_downloadButton->setEnabled(onlyOnServer && !downloading);
    m_checkButton->setEnabled(!m_verifier->isRunning() && !m_copies.isEmpty());
    m_backupButton->setToolTip(running ? tr("An action is running on this server; wait for it to finish")
                                       : tr("Make a bundle on the server now, then copy it to this computer"));
}

void BackupsView::backUpNow()
{
    if (!m_catalog.find(kBundleAction) || isTransferring())
        return;
    m_downloadAfterRun = true;
    Q_EMIT actionRequested(kBundleAction, dirParams());
}

void BackupsView::onBundleRunEnded(int exitStatus)
{
    if (!m_collecting)
        return;
    m_collecting = false;
    const bool download = m_downloadAfterRun;
    m_downloadAfterRun = false;
    const auto bundle = exitStatus == 0 ? BundleLine::findLast(QString::fromUtf8(m_runOutput)) : std::nullopt;
    m_runOutput.clear();
    if (download && exitStatus == 0 && !bundle)
        showMessage(MessageBanner::Level::Error,
                    tr("The backup ran, but its output does not end with the bundle line Hoshu reads "
                       "(hoshu-bundle: path=… size=… sha256=…), so Hoshu cannot tell which file it made. "
                       "See the log below."));
    if (download && bundle)
        startDownload(*bundle);
    listServer();
}

void BackupsView::downloadSelected()
{
    const BackupInventory::Entry *selected = m_table->selectedEntry();
    if (!selected || !selected->onServer || isTransferring())
        return;
    startDownload(*selected->onServer);
}

void BackupsView::copyNewest()
{
    if (isTransferring())
        return;
    const bool fresh = m_serverListed && m_listError.isEmpty() && m_listedAt.isValid()
        && !m_listedAt.hasExpired(60 * 1000);
    if (!fresh) {
        m_copyNewestAfterList = true;
        if (!isListing())
            listServer();
        m_copyNewestAfterList = isListing(); // not started: its message says why
        return;
    }
    const bool quiet = std::exchange(m_quietPull, false);
    if (m_onServer.isEmpty()) {
        if (quiet)
            return;
        showMessage(MessageBanner::Level::Warning,
                    tr("There is no bundle on the server to copy. Press Back up now: it makes one and copies it "
                       "here."));
        return;
    }
    const BundleLine &newest = m_onServer.constFirst();
    for (const DesktopCopy &copy : std::as_const(m_copies)) {
        if (copy.bundleName == newest.fileName()) {
            if (quiet)
                return;
            showMessage(MessageBanner::Level::Information,
                        tr("The newest bundle on the server, %1, is already on this computer.").arg(newest.fileName()));
            return;
        }
    }
    startDownload(newest);
}

void BackupsView::whenConnected(const std::function<void()> &then)
{
    // Connected first (a key login, or the usual questions), then done; a connection that
    // fails drops the request, so a later reconnect does not start anything unasked.
    ServerSession *session = m_workspace->session();
    auto onConnected = std::make_shared<QMetaObject::Connection>();
    auto onFailed = std::make_shared<QMetaObject::Connection>();
    *onConnected = connect(session, &ServerSession::connected, this, [onConnected, onFailed, then] {
        QObject::disconnect(*onConnected);
        QObject::disconnect(*onFailed);
        then();
    });
    *onFailed = connect(session, &ServerSession::failed, this, [onConnected, onFailed](const SshError &) {
        QObject::disconnect(*onConnected);
        QObject::disconnect(*onFailed);
    });
    session->connectToServer();
}

bool BackupsView::pullIfDue()
{
    if (!m_workspace || isTransferring() || isListing() || m_workspace->isRunning()
        || !m_workspace->session()->isConnected())
        return false;
    reloadCopies();
    const QDateTime newest = DesktopBackupFolder::newestMade(m_copies);
    if (!newest.isValid()) // never a first copy unasked
        return false;
    if (newest.secsTo(QDateTime::currentDateTimeUtc()) < kPullAfterSeconds)
        return false;
    m_quietPull = true;
    copyNewest();
    return isListing() || isDownloading();
}

void BackupsView::startDownload(const BundleLine &bundle)
{
    if (!m_workspace || isTransferring())
        return;
    ServerSession *session = m_workspace->session();
    if (!session->isConnected()) {
        whenConnected([this, bundle] { startDownload(bundle); });
        return;
    }
    m_download = new BundleDownload(m_copiesRoot, m_workspace->profile().name, bundle, this);
    m_download->setKeepCopies(m_keep);
    QString error;
    if (!m_download->start([session](const SftpDownloadRequest &r) { return session->download(r); }, &error)) {
        delete m_download;
        showMessage(MessageBanner::Level::Error, error);
        Q_EMIT downloadEnded(false);
        return;
    }
    connect(m_download, &BundleDownload::progress, this, &BackupsView::onProgress);
    connect(m_download, &BundleDownload::encrypting, this,
            [this] { m_transfer->busy(tr("Encrypting %1 on this computer …").arg(m_download->bundle().fileName())); });
    connect(m_download, &BundleDownload::finished, this, &BackupsView::onDownloaded);
    connect(m_download, &BundleDownload::failed, this, &BackupsView::onDownloadFailed);
    m_banner->hide();
    m_transfer->begin(tr("Copying %1 …").arg(bundle.fileName()));
    updateButtons();
}

void BackupsView::onProgress(qint64 done, qint64 total)
{
    if (!m_download)
        return;
    m_transfer->update(tr("%1: %2 of %3, %4/s"), m_download->bundle().fileName(), done, total,
                       m_download->bytesPerSecond());
}

void BackupsView::onDownloaded()
{
    const QLocale locale;
    const QString path = m_download->localPath();
    const QFileInfo info(path);
    // The download compared every byte with the server's SHA-256: this copy is verified.
    m_table->remember(DesktopBackupFolder::copyAt(path), CopyState::State::Verified);
    QString text = (m_download->isEncrypted() ? tr("Copied to %1 (%2, %3/s) and encrypted; its SHA-256 is the server's.")
                                              : tr("Copied to %1 (%2, %3/s); its SHA-256 is the server's."))
                       .arg(QDir::toNativeSeparators(path), locale.formattedDataSize(m_download->bundle().size),
                            locale.formattedDataSize(m_download->bytesPerSecond()));
    const bool notEncrypted = !m_download->encryptionError().isEmpty();
    if (notEncrypted)
        text += QLatin1Char('\n') + m_download->encryptionError();
    if (!m_download->removedMessage().isEmpty())
        text += QLatin1Char('\n') + m_download->removedMessage();
    const bool pruneFailed = !m_download->pruneError().isEmpty();
    if (pruneFailed)
        text += QLatin1Char('\n') + m_download->pruneError();
    endDownload();
    showMessage(pruneFailed || notEncrypted ? MessageBanner::Level::Warning : MessageBanner::Level::Information, text);
    Q_EMIT downloadEnded(true);
}

void BackupsView::onDownloadFailed(const TransferError &error)
{
    endDownload();
    showMessage(error.kind == TransferError::Kind::Cancelled ? MessageBanner::Level::Information
                                                             : MessageBanner::Level::Error,
                error.message());
    Q_EMIT downloadEnded(false);
}

void BackupsView::endDownload()
{
    if (m_download)
        m_download->deleteLater();
    m_download = nullptr;
    m_transfer->hide();
    reloadCopies();
}

void BackupsView::cancelDownload()
{
    if (m_download)
        m_download->cancel(); // the .part stays: the next download continues from there
    m_sender->cancel(); // likewise on the server
}

bool BackupsView::isSending() const
{
    return m_sender->isSending();
}

void BackupsView::restoreFromCopy()
{
    if (!m_workspace || isTransferring())
        return;
    const BackupInventory::Entry *entry = m_table->selectedEntry();
    const std::optional<DesktopCopy> selected = entry ? entry->copy : std::nullopt;
    if (const auto copy = RestoreSender::askForCopy(this, m_workspace->profile().name, m_copiesRoot, selected))
        sendForRestore(*copy);
}

void BackupsView::sendForRestore(const DesktopCopy &copy)
{
    if (!m_workspace || isTransferring())
        return;
    if (const QString why = RestoreSender::refusal(copy); !why.isEmpty()) {
        showMessage(MessageBanner::Level::Error, why);
        Q_EMIT sendEnded(false);
        return;
    }
    if (!m_workspace->session()->isConnected()) {
        whenConnected([this, copy] { sendForRestore(copy); });
        return;
    }
    QString error;
    if (!m_sender->start(copy, &error)) {
        showMessage(MessageBanner::Level::Error, error);
        Q_EMIT sendEnded(false);
        return;
    }
    m_banner->hide();
    updateButtons();
}

void BackupsView::askCopiesPassphrase(const QString &why)
{
    // Typed for this copy only: the keychain's passphrase is what new copies are made with.
    auto *dialog = new SecretPromptDialog(SecretStore::Kind::CopiesPassphrase, QString(),
                                          why + QLatin1Char('\n')
                                              + tr("Type the passphrase %1 was encrypted with.").arg(m_sender->copy().fileName),
                                          this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, [this, dialog](int result) {
        if (result == QDialog::Accepted)
            m_sender->providePassphrase(dialog->takeSecret());
        else
            m_sender->abandon();
    });
    dialog->open();
}

void BackupsView::onSentForRestore(const QString &remotePath, const QString &sha256)
{
    m_transfer->hide();
    updateButtons();
    showMessage(MessageBanner::Level::Information,
                tr("%1 is on the server as %2, its SHA-256 checked. Confirm the restore to go on; cancelled, it "
                   "stays there and nothing else changes.")
                    .arg(m_sender->copy().fileName, remotePath));
    Q_EMIT sendEnded(true);
    Q_EMIT actionRequested(kRestoreAction, {{QStringLiteral("bundle"), remotePath}, {QStringLiteral("sha256"), sha256}});
}

void BackupsView::checkCopies()
{
    if (m_verifier->isRunning() || m_copies.isEmpty())
        return;
    m_checkButton->setEnabled(false);
    m_checkButton->setText(tr("Checking the copies…"));
    const bool anyEncrypted =
        std::any_of(m_copies.cbegin(), m_copies.cend(), [](const DesktopCopy &c) { return c.encrypted; });
    if (!anyEncrypted) {
        m_verifier->start(m_copies);
        return;
    }
    // Encrypted copies are read through gpg: the passphrase first (without it they are unopenable).
    CopiesPassphrase::fetch(this, [this](bool found, const SecretBytes &passphrase, const QString &) {
        if (!m_verifier->start(m_copies, found ? passphrase : SecretBytes()))
            m_checkButton->setText(tr("&Check the copies"));
    });
}

void BackupsView::onCopiesChecked(const QList<DesktopCopy> &copies, const QList<CopyState::State> &states)
{
    qsizetype damaged = 0;
    qsizetype unopenable = 0;
    for (qsizetype i = 0; i < copies.size() && i < states.size(); ++i) {
        const DesktopCopy &c = copies.at(i);
        if (c.checksum == DesktopCopy::Checksum::Recorded)
            m_table->remember(c, states.at(i));
        damaged += states.at(i) == CopyState::State::Damaged;
        unopenable += states.at(i) == CopyState::State::Unopenable;
    }
    m_checkButton->setText(tr("&Check the copies"));
    reloadCopies();
    if (damaged > 0)
        showMessage(MessageBanner::Level::Error,
                    tr("%n copy(ies) on this computer are DAMAGED: they are not what was copied. Copy the "
                       "bundle again from the server.",
                       nullptr, int(damaged)));
    else if (unopenable > 0)
        showMessage(MessageBanner::Level::Error,
                    tr("%n encrypted copy(ies) cannot be opened with the passphrase in the keychain (or gpg is "
                       "missing): set the passphrase they were made with in Settings.",
                       nullptr, int(unopenable)));
    else
        showMessage(MessageBanner::Level::Information,
                    tr("Every copy with a recorded checksum was read again and is what was copied."));
    Q_EMIT copiesChecked();
}
