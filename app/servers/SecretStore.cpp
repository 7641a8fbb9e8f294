#include "SecretStore.h"

#include <QEventLoop>
#include <QPointer>
#include <QTimer>

#include <qt6keychain/keychain.h>

#include <memory>

namespace {

SecretStore::Status toStatus(QKeychain::Error error)
{
    switch (error) {
    case QKeychain::NoError:
        return SecretStore::Status::Ok;
    case QKeychain::EntryNotFound:
        return SecretStore::Status::NotFound;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return SecretStore::Status::AccessDenied;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return SecretStore::Status::NoKeychain;
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError:
        break;
    }
    return SecretStore::Status::OtherError;
}

} // namespace

QString SecretStore::keyFor(const QString &profileId, Kind kind)
{
    switch (kind) {
    case Kind::Password:
        return profileId + QStringLiteral("/password");
    case Kind::KeyPassphrase:
        return profileId + QStringLiteral("/key-passphrase");
    case Kind::SudoPassword:
        return profileId + QStringLiteral("/sudo-password");
    case Kind::CopiesPassphrase:
        return QStringLiteral("copies/passphrase");
    }
    return profileId;
}

SecretStore::SecretStore(QObject *parent)
    : QObject(parent)
{
}

QString SecretStore::statusMessage(Status status)
{
    switch (status) {
    case Status::Ok:
        return tr("The secret is stored in the keychain.");
    case Status::NotFound:
        return tr("No secret is stored in the keychain for this server.");
    case Status::NoKeychain:
        return tr("No keychain is available, so Hoshu cannot remember this secret and will ask each time.");
    case Status::AccessDenied:
        return tr("Access to the keychain was denied, so Hoshu cannot use the stored secret and will ask "
                  "each time.");
    case Status::OtherError:
        break;
    }
    return tr("The keychain reported an error, so Hoshu cannot use the stored secret and will ask each time.");
}

void SecretStore::read(const QString &profileId, Kind kind)
{
    run(Op::Read, profileId, kind, {}, 0, [this, profileId, kind](Status s, const SecretBytes &secret, const QString &m) {
        Q_EMIT readFinished(profileId, kind, s, secret, m);
    });
}

void SecretStore::write(const QString &profileId, Kind kind, const SecretBytes &secret)
{
    run(Op::Write, profileId, kind, secret, 0, [this, profileId, kind](Status s, const SecretBytes &, const QString &m) {
        Q_EMIT writeFinished(profileId, kind, s, m);
    });
}

void SecretStore::remove(const QString &profileId, Kind kind)
{
    run(Op::Remove, profileId, kind, {}, 0, [this, profileId, kind](Status s, const SecretBytes &, const QString &m) {
        Q_EMIT removeFinished(profileId, kind, s, m);
    });
}

void SecretStore::run(Op op, const QString &profileId, Kind kind, const SecretBytes &secret, int attempt, Done done)
{
    if (profileId.isEmpty()) {
        // Answer asynchronously like the keychain would, so callers see one behaviour.
        QTimer::singleShot(0, this, [done]() {
            done(Status::OtherError, {}, tr("A server without an ID cannot have secrets."));
        });
        return;
    }
    QKeychain::Job *job = nullptr;
    // What a write hands to the job: it shares these bytes, so they are zeroed once it finished.
    auto handedOver = std::make_shared<QByteArray>();
    switch (op) {
    case Op::Read:
        job = new QKeychain::ReadPasswordJob(serviceName(), this);
        break;
    case Op::Write: {
        auto *writeJob = new QKeychain::WritePasswordJob(serviceName(), this);
        *handedOver = QByteArray(secret.constData(), qsizetype(secret.size()));
        writeJob->setBinaryData(*handedOver);
        job = writeJob;
        break;
    }
    case Op::Remove:
        job = new QKeychain::DeletePasswordJob(serviceName(), this);
        break;
    }
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // plain text in QSettings is never acceptable
    job->setKey(keyFor(profileId, kind));
    connect(job, &QKeychain::Job::finished, this,
            [this, op, profileId, kind, secret, attempt, done, handedOver](QKeychain::Job *finished) {
        SecretBytes::wipe(*handedOver);
        const QKeychain::Error error = finished->error();
        // At login the Secret Service may not be up yet: one retry before giving up.
        if (m_retryWhenUnavailable && (error == QKeychain::NoBackendAvailable || error == QKeychain::OtherError)
            && attempt == 0) {
            QTimer::singleShot(retryDelayMs, this, [this, op, profileId, kind, secret, done]() {
                run(op, profileId, kind, secret, 1, done);
            });
            return;
        }
        const Status status = toStatus(error);
        SecretBytes value;
        if (op == Op::Read && status == Status::Ok) {
            QByteArray data = static_cast<QKeychain::ReadPasswordJob *>(finished)->binaryData();
            value = SecretBytes::takeFrom(data); // zeroes the job's copy too: it shares these bytes
        }
        QString message;
        if (status == Status::OtherError || status == Status::NoKeychain || status == Status::AccessDenied) {
            message = finished->errorString().isEmpty()
                ? statusMessage(status)
                : tr("%1 (%2)").arg(statusMessage(status), finished->errorString());
        } else if (status == Status::NotFound) {
            message = statusMessage(status);
        }
        done(status, value, message);
    });
    job->start();
}

SecretStore::Status SecretStore::runBlocking(Op op, const QString &profileId, Kind kind, const SecretBytes &secret,
                                             SecretBytes *readSecret, QString *message)
{
    // Shared so a keychain answering after the timeout writes into live memory.
    struct Outcome {
        bool done = false;
        Status status = Status::OtherError;
        SecretBytes secret;
        QString message;
        QPointer<QEventLoop> loop;
    };
    auto outcome = std::make_shared<Outcome>();
    QEventLoop loop;
    outcome->loop = &loop;
    run(op, profileId, kind, secret, 0, [outcome](Status s, const SecretBytes &value, const QString &m) {
        outcome->done = true;
        outcome->status = s;
        outcome->secret = value;
        outcome->message = m;
        if (outcome->loop)
            outcome->loop->quit();
    });
    if (!outcome->done) {
        QTimer timeout;
        timeout.setSingleShot(true);
        connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
        timeout.start(blockingTimeoutMs);
        loop.exec();
    }
    outcome->loop = nullptr;
    if (!outcome->done) {
        outcome->message = tr("The keychain did not answer within %1 seconds.").arg(blockingTimeoutMs / 1000);
        outcome->status = Status::OtherError;
    }
    if (readSecret)
        *readSecret = outcome->secret;
    if (message)
        *message = outcome->message;
    return outcome->status;
}

SecretStore::Status SecretStore::readBlocking(const QString &profileId, Kind kind, SecretBytes *secret, QString *message)
{
    return runBlocking(Op::Read, profileId, kind, {}, secret, message);
}

SecretStore::Status SecretStore::writeBlocking(const QString &profileId, Kind kind, const SecretBytes &secret,
                                               QString *message)
{
    return runBlocking(Op::Write, profileId, kind, secret, nullptr, message);
}

SecretStore::Status SecretStore::removeBlocking(const QString &profileId, Kind kind, QString *message)
{
    return runBlocking(Op::Remove, profileId, kind, {}, nullptr, message);
}
