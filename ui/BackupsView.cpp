#include "BackupsView.h"

#include "BundleLister.h"
#include "DashboardTable.h"
#include "DashboardText.h"
#include "LogPane.h"
#include "MessageBanner.h"
#include "ServerWorkspace.h"
#include "UiIcons.h"
#include "backups/BundleDownload.h"
#include "backups/CopyVerifier.h"
#include "backups/DesktopBackupFolder.h"
#include "backups/CopiesFolder.h"
#include "session/ActionRunner.h"
#include "session/ServerSession.h"
#include "ssh/TransferError.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
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
constexpr qsizetype kMaxRunOutput = 64 * 1024; // the run's tail, where its bundle line is
constexpr int kProgressSteps = 1000;
// pullIfDue(): a copy here younger than this is fresh enough (the server's own schedule
// makes one bundle a day; a little less than a day keeps the pull from drifting later).
constexpr qint64 kPullAfterSeconds = 20 * 3600;
} // namespace

BackupsView::BackupsView(ServerWorkspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_copiesRoot(CopiesFolder::current())
    , m_lister(new BundleLister(workspace->session(), this))
    , m_verifier(new CopyVerifier(this))
    , m_summary(new QLabel(this))
    , m_banner(new MessageBanner(this))
    , m_table(new DashboardTable({tr("Bundle"), tr("Where"), tr("Made"), tr("Size"), tr("Checksum")},
                                 QStringLiteral("backupsTable"), this))
    , m_listButton(new QPushButton(UiIcons::refreshing(), tr("Show the b&undles on the server"), this))
    , m_backupButton(new QPushButton(tr("&Back up now…"), this))
    , m_downloadButton(new QPushButton(tr("&Download to this computer"), this))
    , m_checkButton(new QPushButton(tr("&Check the copies"), this))
    , m_openButton(new QPushButton(tr("&Open the folder"), this))
    , m_progressRow(new QWidget(this))
    , m_progress(new QProgressBar(this))
    , m_progressText(new QLabel(this))
    , m_cancelButton(new QPushButton(tr("Cancel"), this))
{
    setObjectName(QStringLiteral("backupsView"));
    m_lister->setAuditLog(workspace->auditLog());
    m_summary->setObjectName(QStringLiteral("backupsSummary"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_banner->setObjectName(QStringLiteral("backupsBanner"));
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
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
    m_openButton->setObjectName(QStringLiteral("backupsOpenButton"));
    m_openButton->setToolTip(tr("Open this server's copies folder in the file manager"));
    m_progress->setObjectName(QStringLiteral("backupsProgress"));
    m_progress->setRange(0, kProgressSteps);
    m_progressText->setObjectName(QStringLiteral("backupsProgressText"));
    m_progressText->setTextFormat(Qt::PlainText);
    m_cancelButton->setObjectName(QStringLiteral("backupsCancelButton"));
    m_cancelButton->setToolTip(tr("Stop the copy; what arrived is kept and the next download continues from there"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_listButton);
    buttons->addWidget(m_backupButton);
    buttons->addWidget(m_downloadButton);
    buttons->addWidget(m_checkButton);
    buttons->addStretch(1);
    buttons->addWidget(m_openButton);
    auto *progress = new QHBoxLayout(m_progressRow);
    progress->setContentsMargins(0, 0, 0, 0);
    progress->addWidget(m_progress, 2);
    progress->addWidget(m_progressText, 3);
    progress->addWidget(m_cancelButton);
    m_progressRow->hide();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_summary);
    layout->addLayout(buttons);
    layout->addWidget(m_banner);
    layout->addWidget(m_progressRow);
    layout->addWidget(m_table, 1);

    connect(m_listButton, &QPushButton::clicked, this, &BackupsView::listServer);
    connect(m_backupButton, &QPushButton::clicked, this, &BackupsView::backUpNow);
    connect(m_downloadButton, &QPushButton::clicked, this, &BackupsView::downloadSelected);
    connect(m_checkButton, &QPushButton::clicked, this, &BackupsView::checkCopies);
    connect(m_cancelButton, &QPushButton::clicked, this, &BackupsView::cancelDownload);
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
    if (root == m_copiesRoot || isDownloading())
        return;
    m_copiesRoot = root;
    m_checked.clear();
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

CopyState::State BackupsView::stateOf(const DesktopCopy &copy) const
{
    const auto checked = m_checked.constFind(copy.path);
    if (checked != m_checked.constEnd() && checked->size == copy.size && checked->modified == copy.modified
        && copy.checksum == DesktopCopy::Checksum::Recorded)
        return checked->state;
    return CopyState::of(copy, false);
}

void BackupsView::fill()
{
    m_rows = BackupInventory::merge(m_onServer, m_copies);
    const QString selected = m_table->currentRow() >= 0 && m_table->currentRow() < m_rows.size()
        ? m_table->item(m_table->currentRow(), NameColumn)->text()
        : QString();
    m_table->setRowCount(0);
    m_table->setRowCount(int(m_rows.size()));
    int reselect = -1;
    for (int row = 0; row < m_rows.size(); ++row) {
        fillRow(row, m_rows.at(row));
        if (m_rows.at(row).fileName == selected)
            reselect = row;
    }
    if (reselect >= 0)
        m_table->selectRow(reselect);
    updateSummary();
    updateButtons();
}

void BackupsView::fillRow(int row, const BackupInventory::Entry &r)
{
    const QLocale locale;
    QString where;
    QString checksum;
    QString path;
    bool damaged = false;
    if (r.copy) {
        const CopyState::State state = stateOf(*r.copy);
        damaged = state == CopyState::State::Damaged;
        checksum = CopyState::text(state);
        where = r.onServer ? tr("server and this computer") : tr("this computer");
        path = QDir::toNativeSeparators(r.copy->path);
        if (r.onServer)
            path += QLatin1Char('\n') + r.onServer->path;
    } else {
        where = tr("server");
        checksum = tr("recorded on the server");
        path = r.onServer->path;
        const QString part =
            DesktopBackupFolder(m_copiesRoot).pathFor(m_workspace ? m_workspace->profile().name : QString(), r.fileName)
            + QStringLiteral(".part");
        const QFileInfo partInfo(part);
        if (partInfo.exists())
            where = tr("server (%1 of %2 copied here)")
                        .arg(locale.formattedDataSize(partInfo.size()), locale.formattedDataSize(r.onServer->size));
    }
    const qint64 size = r.size();
    const QStringList cells{r.fileName, where, DashboardText::relativeTime(r.made), locale.formattedDataSize(size),
                            checksum};
    const QStringList tips{path, where, DashboardText::dateTime(r.made), tr("%1 bytes").arg(locale.toString(size)),
                           r.copy && !r.copy->sha256.isEmpty() ? QStringLiteral("SHA-256 ") + r.copy->sha256
                               : r.onServer                    ? QStringLiteral("SHA-256 ") + r.onServer->sha256
                                                               : checksum};
    for (int column = 0; column < ColumnCount; ++column) {
        auto *item = new QTableWidgetItem(cells.at(column));
        item->setToolTip(DashboardText::plainToolTip(tips.at(column)));
        if (column == SizeColumn)
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        if (damaged) {
            item->setForeground(QColor(0xb0, 0x00, 0x20));
            QFont bold = item->font();
            bold.setBold(true);
            item->setFont(bold);
        }
        m_table->setItem(row, column, item);
    }
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
    const bool downloading = isDownloading();
    m_listButton->setEnabled(m_catalog.find(kListAction) && !isListing());
    m_backupButton->setEnabled(m_catalog.find(kBundleAction) && !running && !downloading);
    const int row = m_table->currentRow();
    const bool onlyOnServer = row >= 0 && row < m_rows.size() && m_rows.at(row).onServer && !m_rows.at(row).copy;
    m_downloadButton->setEnabled(onlyOnServer && !downloading);
    m_checkButton->setEnabled(!m_verifier->isRunning() && !m_copies.isEmpty());
    m_backupButton->setToolTip(running ? tr("An action is running on this server; wait for it to finish")
                                       : tr("Make a bundle on the server now, then copy it to this computer"));
}

void BackupsView::backUpNow()
{
    if (!m_catalog.find(kBundleAction) || isDownloading())
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
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_rows.size() || !m_rows.at(row).onServer || isDownloading())
        return;
    startDownload(*m_rows.at(row).onServer);
}

void BackupsView::copyNewest()
{
    if (isDownloading())
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
        if (QFileInfo(copy.path).fileName() == newest.fileName()) {
            if (quiet)
                return;
            showMessage(MessageBanner::Level::Information,
                        tr("The newest bundle on the server, %1, is already on this computer.").arg(newest.fileName()));
            return;
        }
    }
    startDownload(newest);
}

bool BackupsView::pullIfDue()
{
    if (!m_workspace || isDownloading() || isListing() || m_workspace->isRunning()
        || !m_workspace->session()->isConnected())
        return false;
    reloadCopies();
    if (m_copies.isEmpty())
        return false;
    QDateTime newest;
    for (const DesktopCopy &c : std::as_const(m_copies)) {
        const QDateTime made = c.madeUtc.isValid() ? c.madeUtc : c.modified.toUTC();
        if (!newest.isValid() || made > newest)
            newest = made;
    }
    if (newest.secsTo(QDateTime::currentDateTimeUtc()) < kPullAfterSeconds)
        return false;
    m_quietPull = true;
    copyNewest();
    return isListing() || isDownloading();
}

void BackupsView::startDownload(const BundleLine &bundle)
{
    if (!m_workspace || isDownloading())
        return;
    ServerSession *session = m_workspace->session();
    if (!session->isConnected()) {
        // Connected first (a key login, or the usual questions), then copied; a connection
        // that fails drops the request, so a later reconnect does not start a copy unasked.
        auto onConnected = std::make_shared<QMetaObject::Connection>();
        auto onFailed = std::make_shared<QMetaObject::Connection>();
        *onConnected = connect(session, &ServerSession::connected, this, [this, onConnected, onFailed, bundle] {
            QObject::disconnect(*onConnected);
            QObject::disconnect(*onFailed);
            startDownload(bundle);
        });
        *onFailed = connect(session, &ServerSession::failed, this, [onConnected, onFailed](const SshError &) {
            QObject::disconnect(*onConnected);
            QObject::disconnect(*onFailed);
        });
        session->connectToServer();
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
    connect(m_download, &BundleDownload::finished, this, &BackupsView::onDownloaded);
    connect(m_download, &BundleDownload::failed, this, &BackupsView::onDownloadFailed);
    m_banner->hide();
    m_progress->setValue(0);
    m_progressText->setText(tr("Copying %1 …").arg(bundle.fileName()));
    m_progressRow->show();
    updateButtons();
}

void BackupsView::onProgress(qint64 done, qint64 total)
{
    if (!m_download)
        return;
    const QLocale locale;
    m_progress->setValue(total > 0 ? int(double(done) / double(total) * kProgressSteps) : 0);
    m_progressText->setText(tr("%1: %2 of %3, %4/s")
                                .arg(m_download->bundle().fileName(), locale.formattedDataSize(done),
                                     locale.formattedDataSize(qMax<qint64>(0, total)),
                                     locale.formattedDataSize(m_download->bytesPerSecond())));
}

void BackupsView::onDownloaded()
{
    const QLocale locale;
    const QString path = m_download->localPath();
    const QFileInfo info(path);
    // The download compared every byte with the server's SHA-256: this copy is verified.
    m_checked.insert(path, {info.size(), info.lastModified(), CopyState::State::Verified});
    QString text = tr("Copied to %1 (%2, %3/s); its SHA-256 is the server's.")
                       .arg(QDir::toNativeSeparators(path), locale.formattedDataSize(m_download->bundle().size),
                            locale.formattedDataSize(m_download->bytesPerSecond()));
    if (!m_download->removedMessage().isEmpty())
        text += QLatin1Char('\n') + m_download->removedMessage();
    const bool pruneFailed = !m_download->pruneError().isEmpty();
    if (pruneFailed)
        text += QLatin1Char('\n') + m_download->pruneError();
    endDownload();
    showMessage(pruneFailed ? MessageBanner::Level::Warning : MessageBanner::Level::Information, text);
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
    m_progressRow->hide();
    reloadCopies();
}

void BackupsView::cancelDownload()
{
    if (m_download)
        m_download->cancel(); // the .part stays: the next download continues from there
}

void BackupsView::checkCopies()
{
    if (m_verifier->isRunning() || m_copies.isEmpty())
        return;
    m_verifier->start(m_copies);
    m_checkButton->setEnabled(false);
    m_checkButton->setText(tr("Checking the copies…"));
}

void BackupsView::onCopiesChecked(const QList<DesktopCopy> &copies, const QList<CopyState::State> &states)
{
    qsizetype damaged = 0;
    for (qsizetype i = 0; i < copies.size() && i < states.size(); ++i) {
        const DesktopCopy &c = copies.at(i);
        if (c.checksum == DesktopCopy::Checksum::Recorded)
            m_checked.insert(c.path, {c.size, c.modified, states.at(i)});
        if (states.at(i) == CopyState::State::Damaged)
            ++damaged;
    }
    m_checkButton->setText(tr("&Check the copies"));
    reloadCopies();
    if (damaged > 0)
        showMessage(MessageBanner::Level::Error,
                    tr("%n copy(ies) on this computer are DAMAGED: they are not what was copied. Copy the "
                       "bundle again from the server.",
                       nullptr, int(damaged)));
    else
        showMessage(MessageBanner::Level::Information,
                    tr("Every copy with a recorded checksum was read again and is what was copied."));
    Q_EMIT copiesChecked();
}
