#include "backups/CopyCipher.h"

#include "backups/GpgProgram.h"
#include "common/Sha256.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>

#include <functional>

namespace {

constexpr QFileDevice::Permissions kOwnerFile = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr qsizetype kStderrKept = 8192;

struct GpgRun
{
    bool started = false;
    int exitCode = -1;
    bool crashed = false;
    QByteArray stderrText;
    QString startError;
};

// Runs gpg with the passphrase as its first line of input; what it writes to standard
// output goes to SINK (when given) as it comes.
GpgRun runGpg(const QStringList &arguments, const SecretBytes &passphrase,
              const std::function<void(const QByteArray &)> &sink)
{
    GpgRun run;
    QProcess gpg;
    gpg.setProgram(GpgProgram::path());
    gpg.setArguments(GpgProgram::baseArguments() + arguments);
    // Its messages in English whatever the desktop's language: they are matched below.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_MESSAGES"), QStringLiteral("C"));
    env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("C"));
    gpg.setProcessEnvironment(env);
    if (!sink)
        gpg.setStandardOutputFile(QProcess::nullDevice());
    gpg.start();
    if (!gpg.waitForStarted(-1)) {
        run.startError = gpg.errorString();
        return run;
    }
    run.started = true;
    gpg.write(passphrase.rawView());
    gpg.write("\n", 1);
    gpg.closeWriteChannel();
    const auto takeStderr = [&] {
        run.stderrText += gpg.readAllStandardError();
        if (run.stderrText.size() > kStderrKept)
            run.stderrText = run.stderrText.right(kStderrKept);
    };
    while (gpg.state() != QProcess::NotRunning) {
        gpg.waitForReadyRead(1000);
        if (sink) {
            const QByteArray chunk = gpg.readAllStandardOutput();
            if (!chunk.isEmpty())
                sink(chunk);
        }
        takeStderr();
    }
    gpg.waitForFinished(-1);
    if (sink) {
        const QByteArray rest = gpg.readAllStandardOutput();
        if (!rest.isEmpty())
            sink(rest);
    }
    takeStderr();
    run.crashed = gpg.exitStatus() == QProcess::CrashExit;
    run.exitCode = gpg.exitCode();
    return run;
}

bool isWrongPassphrase(const GpgRun &run)
{
    return run.started && !run.crashed && run.stderrText.contains("Bad session key");
}

// gpg's last words, one line of printable text (it may quote a file name).
QString lastLine(const QByteArray &text)
{
    const QList<QByteArray> lines = text.trimmed().split('\n');
    QString line = QString::fromUtf8(lines.isEmpty() ? QByteArray() : lines.constLast()).trimmed();
    for (QChar &c : line)
        if (!c.isPrint())
            c = QLatin1Char('?');
    return line.left(300);
}

QString failure(const GpgRun &run, const QString &path, bool opening)
{
    const QString file = QDir::toNativeSeparators(path);
    if (GpgProgram::path().isEmpty())
        return GpgProgram::missingReason();
    if (!run.started)
        return CopyCipher::tr("gpg could not be started (%1): %2").arg(GpgProgram::path(), run.startError);
    if (opening && isWrongPassphrase(run))
        return CopyCipher::tr("The passphrase does not open %1: it was encrypted with another one.").arg(file);
    if (opening && (run.stderrText.contains("no valid OpenPGP data") || run.stderrText.contains("unexpected EOF")
                    || run.stderrText.contains("Invalid packet") || run.stderrText.contains("problem reading source")))
        return CopyCipher::tr("%1 is not a whole encrypted copy (cut short or damaged).").arg(file);
    const QString said = lastLine(run.stderrText);
    const QString how = run.crashed ? CopyCipher::tr("gpg stopped abnormally")
                                    : CopyCipher::tr("gpg ended with status %1").arg(run.exitCode);
    return (opening ? CopyCipher::tr("Could not open %1: %2.") : CopyCipher::tr("Could not encrypt %1: %2."))
               .arg(file, said.isEmpty() ? how : how + QStringLiteral(" (") + said + QLatin1Char(')'));
}

// Creates PATH.part readable by this user only, before gpg writes into it.
bool preparePart(const QString &part, QString *error)
{
    QFile::remove(part);
    QFile f(part);
    if (!f.open(QIODevice::WriteOnly) || !f.setPermissions(kOwnerFile)) {
        *error = CopyCipher::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(part), f.errorString());
        return false;
    }
    return true;
}

bool transform(const QString &from, const QString &to, const QStringList &how, const SecretBytes &passphrase,
               bool opening, QString *error, bool *wrongPassphrase)
{
    QString why;
    if (wrongPassphrase)
        *wrongPassphrase = false;
    if (GpgProgram::path().isEmpty()) {
        why = GpgProgram::missingReason();
    } else if (!QFileInfo(from).isFile()) {
        why = CopyCipher::tr("Cannot read %1.").arg(QDir::toNativeSeparators(from));
    } else {
        const QString part = to + QStringLiteral(".part");
        if (preparePart(part, &why)) {
            const GpgRun run = runGpg(how + QStringList{QStringLiteral("--output"), part, from}, passphrase, {});
            if (run.started && !run.crashed && run.exitCode == 0) {
                QFile::remove(to);
                if (QFile::setPermissions(part, kOwnerFile) && QFile::rename(part, to))
                    return true;
                why = CopyCipher::tr("Cannot save %1.").arg(QDir::toNativeSeparators(to));
            } else {
                why = failure(run, from, opening);
                if (wrongPassphrase)
                    *wrongPassphrase = opening && isWrongPassphrase(run);
            }
            QFile::remove(part);
        }
    }
    if (error)
        *error = why;
    return false;
}

} // namespace

bool CopyCipher::encrypt(const QString &plainPath, const QString &encryptedPath, const SecretBytes &passphrase,
                         QString *error)
{
    const QStringList how = {QStringLiteral("--symmetric"), QStringLiteral("--cipher-algo"), QStringLiteral("AES256"),
                             QStringLiteral("--compress-algo"), QStringLiteral("none")};
    return transform(plainPath, encryptedPath, how, passphrase, false, error, nullptr);
}

bool CopyCipher::sealCopy(const QString &plainPath, const SecretBytes &passphrase, QString *error)
{
    const QString sealed = plainPath + suffix();
    if (!encrypt(plainPath, sealed, passphrase, error))
        return false;
    if (QFile::remove(plainPath))
        return true;
    QFile::remove(sealed);
    if (error)
        *error = tr("Cannot remove %1.").arg(QDir::toNativeSeparators(plainPath));
    return false;
}

bool CopyCipher::decrypt(const QString &encryptedPath, const QString &plainPath, const SecretBytes &passphrase,
                         QString *error, bool *wrongPassphrase)
{
    return transform(encryptedPath, plainPath, {QStringLiteral("--decrypt")}, passphrase, true, error, wrongPassphrase);
}

bool CopyCipher::decryptedSha256(const QString &encryptedPath, const SecretBytes &passphrase, QString *sha256,
                                 QString *error)
{
    if (GpgProgram::path().isEmpty() || !QFileInfo(encryptedPath).isFile()) {
        if (error)
            *error = GpgProgram::path().isEmpty() ? GpgProgram::missingReason()
                                                  : tr("Cannot read %1.").arg(QDir::toNativeSeparators(encryptedPath));
        return false;
    }
    Sha256 hash;
    const GpgRun run = runGpg({QStringLiteral("--decrypt"), encryptedPath}, passphrase,
                              [&hash](const QByteArray &chunk) { hash.addData(chunk); });
    if (!run.started || run.crashed || run.exitCode != 0) {
        if (error)
            *error = failure(run, encryptedPath, true);
        return false;
    }
    if (sha256)
        *sha256 = QString::fromLatin1(hash.hexDigest());
    return true;
}

QString CopyCipher::passphraseProblem(const SecretBytes &passphrase)
{
    if (passphrase.contains('\n') || passphrase.contains('\r'))
        return tr("The passphrase must be one line.");
    int characters = 0; // UTF-8 lead bytes, without a QString copy of the secret
    for (std::size_t i = 0; i < passphrase.size(); ++i)
        characters += (static_cast<unsigned char>(passphrase.constData()[i]) & 0xC0) != 0x80;
    if (characters < MinimumLength)
        return tr("The passphrase needs at least %n characters.", nullptr, MinimumLength);
    return {};
}
