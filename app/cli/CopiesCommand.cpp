#include "CopiesCommand.h"

#include "backups/CopiesFolder.h"
#include "backups/CopiesPassphrase.h"
#include "backups/CopyCipher.h"
#include "backups/DesktopBackupFolder.h"
#include "backups/GpgProgram.h"
#include "cli/CommandLine.h"
#include "cli/ExitCode.h"
#include "cli/Terminal.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>

int CopiesCommand::run(const QStringList &args)
{
    CommandLine cl({}, {QStringLiteral("json"), QStringLiteral("off"), QStringLiteral("passphrase-stdin"),
                        QStringLiteral("existing")});
    QString error;
    const QString usage = tr("Usage: hoshu-cli copies [--json]\n"
                             "       hoshu-cli copies encrypt --passphrase-stdin | --existing | --off");
    if (!cl.parse(args, &error) || cl.positionals().size() > 1) {
        Terminal::message(error.isEmpty() ? usage : error);
        return ExitCode::Usage;
    }
    if (cl.positionals().isEmpty())
        return show(cl.isSet(QStringLiteral("json")));
    const int choices = int(cl.isSet(QStringLiteral("off"))) + int(cl.isSet(QStringLiteral("passphrase-stdin")))
        + int(cl.isSet(QStringLiteral("existing")));
    if (cl.positionals().constFirst() != QLatin1String("encrypt") || choices != 1) {
        Terminal::message(usage);
        return ExitCode::Usage;
    }
    if (cl.isSet(QStringLiteral("existing")))
        return encryptExisting();
    return cl.isSet(QStringLiteral("off")) ? encryptNoMore() : encryptFromStdin();
}

int CopiesCommand::show(bool json)
{
    const QString folder = QDir::toNativeSeparators(CopiesFolder::current());
    const bool encrypts = CopiesFolder::encrypts();
    const QString gpg = GpgProgram::path();
    if (json) {
        Terminal::printJson(QJsonDocument(QJsonObject{{QStringLiteral("folder"), folder},
                                                      {QStringLiteral("encrypted"), encrypts},
                                                      {QStringLiteral("gpg"), gpg},
                                                      {QStringLiteral("keepUpToDate"), CopiesFolder::keepsUpToDate()}}));
        return ExitCode::Ok;
    }
    Terminal::print(tr("Copies kept in: %1").arg(folder));
    Terminal::print(encrypts ? tr("New copies are encrypted with the passphrase in the keychain (open one: gpg -d "
                                  "NAME.tar.gpg > NAME.tar).")
                             : tr("New copies are not encrypted."));
    Terminal::print(gpg.isEmpty() ? GpgProgram::missingReason() : tr("gpg: %1").arg(QDir::toNativeSeparators(gpg)));
    return ExitCode::Ok;
}

int CopiesCommand::encryptNoMore()
{
    QString error;
    if (!CopiesFolder::setEncrypts(false, &error)) {
        Terminal::message(error);
        return ExitCode::CantCreate;
    }
    Terminal::message(tr("New copies are no longer encrypted. The copies encrypted before stay as they are; their "
                         "passphrase stays in the keychain."));
    return ExitCode::Ok;
}

int CopiesCommand::encryptFromStdin()
{
    QString error;
    if (!GpgProgram::isAvailable()) {
        Terminal::message(GpgProgram::missingReason());
        return ExitCode::Unavailable;
    }
    const SecretBytes passphrase = Terminal::readStdinSecret();
    if (const QString problem = CopyCipher::passphraseProblem(passphrase); !problem.isEmpty()) {
        Terminal::message(problem);
        return ExitCode::InvalidParameter;
    }
    // The passphrase first: the setting never says "encrypted" without one to encrypt with.
    if (!CopiesPassphrase::storeBlocking(passphrase, &error) || !CopiesFolder::setEncrypts(true, &error)) {
        Terminal::message(error);
        return ExitCode::CantCreate;
    }
    Terminal::message(tr("New copies are encrypted with this passphrase, kept in the keychain. Keep it somewhere else "
                         "as well: without it nobody can open the copies, Hoshu included."));
    if (const qsizetype plain = DesktopBackupFolder(CopiesFolder::current()).plainCopies().size(); plain > 0)
        Terminal::message(tr("%n copy(ies) already here are not encrypted: hoshu-cli copies encrypt --existing", nullptr,
                             int(plain)));
    return ExitCode::Ok;
}

int CopiesCommand::encryptExisting()
{
    SecretBytes passphrase;
    QString error;
    if (!CopiesFolder::encrypts() || !CopiesPassphrase::readBlocking(&passphrase, &error)) {
        Terminal::message(CopiesFolder::encrypts() ? error
                                                   : tr("The copies are not encrypted: first hoshu-cli copies encrypt "
                                                        "--passphrase-stdin"));
        return ExitCode::Unavailable;
    }
    const QList<DesktopCopy> plain = DesktopBackupFolder(CopiesFolder::current()).plainCopies();
    int failed = 0;
    for (const DesktopCopy &c : plain) {
        if (CopyCipher::sealCopy(c.path, passphrase, &error)) {
            Terminal::message(tr("Encrypted: %1").arg(QDir::toNativeSeparators(c.path + CopyCipher::suffix())));
        } else {
            Terminal::message(error);
            ++failed;
        }
    }
    Terminal::message(tr("%n copy(ies) encrypted.", nullptr, int(plain.size()) - failed));
    return failed == 0 ? ExitCode::Ok : ExitCode::CantCreate;
}
