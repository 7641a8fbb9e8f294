#include "BackupsCommand.h"

#include "backups/CopiesPassphrase.h"
#include "backups/CopyState.h"
#include "backups/DesktopBackupFolder.h"
#include "cli/ExitCode.h"
#include "cli/Terminal.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <algorithm>

namespace {

struct LocalCopy
{
    DesktopCopy copy;
    CopyState::State state; // with --verify, a recorded copy is read again
    bool onServer = false;
};

QList<LocalCopy> localCopies(const QString &root, const QString &server, bool verify, const QList<BundleLine> &onServer)
{
    QList<LocalCopy> out;
    const QList<DesktopCopy> copies = DesktopBackupFolder(root).list(server);
    // Encrypted copies are read again through gpg, with the passphrase from the keychain.
    SecretBytes passphrase;
    const bool anyEncrypted =
        std::any_of(copies.cbegin(), copies.cend(), [](const DesktopCopy &c) { return c.encrypted; });
    if (verify && anyEncrypted) {
        QString error;
        if (!CopiesPassphrase::readBlocking(&passphrase, &error))
            Terminal::message(error);
    }
    for (const DesktopCopy &c : copies) {
        LocalCopy l{c, CopyState::of(c, verify, passphrase.isEmpty() ? nullptr : &passphrase), false};
        for (const BundleLine &b : onServer)
            l.onServer = l.onServer || CopyState::sameBundle(b, c);
        out << l;
    }
    return out;
}

QString age(const QDateTime &made)
{
    if (!made.isValid())
        return BackupsCommand::tr("made: unknown");
    const qint64 hours = made.secsTo(QDateTime::currentDateTimeUtc()) / 3600;
    if (hours < 48)
        return BackupsCommand::tr("%n hour(s) old", nullptr, int(qMax<qint64>(0, hours)));
    return BackupsCommand::tr("%n day(s) old", nullptr, int(hours / 24));
}

} // namespace

BackupsCommand::BackupsCommand(const Options &options, SecretStore *secrets, AuditLog *audit, QObject *parent)
    : QObject(parent)
    , m_options(options)
{
    RunCommand::Options run = options.run;
    run.keepOutput = true;
    run.streamStdout = false; // the lines are read, then printed as a list (or JSON)
    m_options.run.sudoPassword.clear();
    m_run = new RunCommand(run, secrets, audit, this);
    connect(m_run, &RunCommand::done, this, &BackupsCommand::onListed);
}

void BackupsCommand::start()
{
    const int early = m_run->start();
    if (early >= 0)
        Q_EMIT done(early);
}

void BackupsCommand::interrupt()
{
    m_run->interrupt();
}

void BackupsCommand::onListed(int exitCode)
{
    const bool reached = exitCode == ExitCode::Ok;
    const QList<BundleLine> onServer = reached ? BundleLine::findAll(m_run->output()) : QList<BundleLine>();
    if (m_options.json)
        printJson(onServer, reached);
    else
        printText(onServer, reached);
    Q_EMIT done(exitCode);
}

void BackupsCommand::printText(const QList<BundleLine> &onServer, bool reached) const
{
    const QLocale locale;
    const QString &server = m_options.run.profile.name;
    const QString dir = m_options.run.params.value(QStringLiteral("dir"), QStringLiteral("/var/backups/mastodon"));
    QStringList lines;
    if (!reached) {
        lines << tr("On the server: not reached, see above.");
    } else {
        lines << tr("On the server, in %1: %n bundle(s)", nullptr, int(onServer.size())).arg(dir);
        for (auto it = onServer.crbegin(); it != onServer.crend(); ++it) // newest first
            lines << QStringLiteral("  %1  %2  %3  SHA-256 %4")
                         .arg(it->fileName(), locale.formattedDataSize(it->size),
                              age(DesktopBackupFolder::stampOf(it->fileName())), it->sha256.left(16) + QChar(0x2026));
    }
    const DesktopBackupFolder folder(m_options.copiesRoot);
    const QList<LocalCopy> copies = localCopies(m_options.copiesRoot, server, m_options.verify, onServer);
    lines << tr("On this computer, in %1: %n copy(ies)", nullptr, int(copies.size()))
                 .arg(QDir::toNativeSeparators(folder.serverDir(server)));
    for (const LocalCopy &l : copies) {
        QString line = QStringLiteral("  %1  %2  %3  %4")
                           .arg(l.copy.fileName, locale.formattedDataSize(l.copy.size), age(l.copy.madeUtc),
                                CopyState::text(l.state));
        if (l.onServer)
            line += tr(", also on the server");
        lines << line;
    }
    if (copies.isEmpty())
        lines << tr("  No copy off the server yet: hoshu-cli backup %1 --download DIR").arg(server);
    Terminal::print(lines.join(QLatin1Char('\n')));
}

void BackupsCommand::printJson(const QList<BundleLine> &onServer, bool reached) const
{
    const QString &server = m_options.run.profile.name;
    QJsonArray serverArray;
    for (const BundleLine &b : onServer) {
        const QDateTime made = DesktopBackupFolder::stampOf(b.fileName());
        serverArray.append(QJsonObject{{QStringLiteral("path"), b.path},
                                       {QStringLiteral("size"), b.size},
                                       {QStringLiteral("sha256"), b.sha256},
                                       {QStringLiteral("made"), made.isValid() ? made.toString(Qt::ISODate) : QString()}});
    }
    QJsonArray localArray;
    for (const LocalCopy &l : localCopies(m_options.copiesRoot, server, m_options.verify, onServer)) {
        localArray.append(QJsonObject{
            {QStringLiteral("path"), l.copy.path},
            {QStringLiteral("size"), l.copy.size},
            {QStringLiteral("sha256"), l.copy.sha256},
            {QStringLiteral("encrypted"), l.copy.encrypted},
            {QStringLiteral("checksum"), CopyState::id(l.state)},
            {QStringLiteral("made"), l.copy.madeUtc.isValid() ? l.copy.madeUtc.toString(Qt::ISODate) : QString()},
            {QStringLiteral("onServer"), l.onServer}});
    }
    QJsonObject root{{QStringLiteral("server"), server},
                     {QStringLiteral("reached"), reached},
                     {QStringLiteral("copiesDir"), DesktopBackupFolder(m_options.copiesRoot).serverDir(server)},
                     {QStringLiteral("local"), localArray}};
    root.insert(QStringLiteral("onServer"), reached ? QJsonValue(serverArray) : QJsonValue());
    Terminal::printJson(QJsonDocument(root));
}
