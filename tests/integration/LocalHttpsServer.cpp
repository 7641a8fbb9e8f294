#include "LocalHttpsServer.h"

#include <QDir>
#include <QFile>
#include <QPointer>
#include <QProcess>
#include <QSslConfiguration>
#include <QSslServer>
#include <QSslSocket>
#include <QTimer>

namespace {
bool openssl(const QString &dir, const QStringList &args, QString *error)
{
    QProcess p;
    p.setWorkingDirectory(dir);
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QStringLiteral("openssl"), args);
    if (!p.waitForStarted(10000)) {
        *error = QStringLiteral("openssl cannot be started (install it: apt install openssl): ") + p.errorString();
        return false;
    }
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        *error = QStringLiteral("openssl %1 failed: %2").arg(args.join(QLatin1Char(' ')),
                                                            QString::fromUtf8(p.readAll()));
        return false;
    }
    return true;
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200: return "OK";
    case 301: return "Moved Permanently";
    case 302: return "Found";
    case 404: return "Not Found";
    default: return "Status";
    }
}
} // namespace

bool LocalHttpsServer::makeTls(const QString &dir, const QStringList &dnsNames, Tls *tls, QString *error)
{
    const QStringList ec{QStringLiteral("-newkey"), QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                         QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes")};
    QStringList san;
    for (const QString &name : dnsNames)
        san << QStringLiteral("DNS:") + name;
    QFile ext(QDir(dir).filePath(QStringLiteral("leaf.ext")));
    if (!ext.open(QIODevice::WriteOnly)) {
        *error = ext.errorString();
        return false;
    }
    ext.write("basicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\nsubjectAltName=" + san.join(QLatin1Char(',')).toUtf8()
              + "\n");
    ext.close();
    if (!openssl(dir, QStringList{QStringLiteral("req"), QStringLiteral("-x509")} + ec
                          + QStringList{QStringLiteral("-keyout"), QStringLiteral("ca.key"), QStringLiteral("-out"),
                                        QStringLiteral("ca.pem"), QStringLiteral("-days"), QStringLiteral("2"),
                                        QStringLiteral("-subj"), QStringLiteral("/CN=Hoshu HttpProbe Test CA"),
                                        QStringLiteral("-addext"), QStringLiteral("basicConstraints=critical,CA:TRUE"),
                                        QStringLiteral("-addext"), QStringLiteral("keyUsage=critical,keyCertSign")},
                 error)
        || !openssl(dir, QStringList{QStringLiteral("req")} + ec
                             + QStringList{QStringLiteral("-keyout"), QStringLiteral("leaf.key"), QStringLiteral("-out"),
                                           QStringLiteral("leaf.csr"), QStringLiteral("-subj"),
                                           QStringLiteral("/CN=") + dnsNames.value(0)},
                    error)
        || !openssl(dir, {QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), QStringLiteral("leaf.csr"),
                          QStringLiteral("-CA"), QStringLiteral("ca.pem"), QStringLiteral("-CAkey"), QStringLiteral("ca.key"),
                          QStringLiteral("-CAcreateserial"), QStringLiteral("-out"), QStringLiteral("leaf.pem"),
                          QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-extfile"), QStringLiteral("leaf.ext")},
                    error))
        return false;
    const QList<QSslCertificate> ca = QSslCertificate::fromPath(QDir(dir).filePath(QStringLiteral("ca.pem")));
    const QList<QSslCertificate> leaf = QSslCertificate::fromPath(QDir(dir).filePath(QStringLiteral("leaf.pem")));
    QFile keyFile(QDir(dir).filePath(QStringLiteral("leaf.key")));
    if (ca.isEmpty() || leaf.isEmpty() || !keyFile.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("openssl wrote no usable certificate in ") + dir;
        return false;
    }
    tls->ca = ca.constFirst();
    tls->certificate = leaf.constFirst();
    tls->key = QSslKey(keyFile.readAll(), QSsl::Ec);
    if (tls->key.isNull()) {
        *error = QStringLiteral("the test key cannot be read");
        return false;
    }
    return true;
}

LocalHttpsServer::LocalHttpsServer(const Tls &tls, QObject *parent)
    : QObject(parent)
    , m_server(new QSslServer(this))
{
    QSslConfiguration conf = QSslConfiguration::defaultConfiguration();
    conf.setLocalCertificate(tls.certificate);
    conf.setPrivateKey(tls.key);
    conf.setPeerVerifyMode(QSslSocket::VerifyNone);
    m_server->setSslConfiguration(conf);
    m_server->setHandshakeTimeout(5000);
    // Counted before the handshake: a probe that only connects has contacted us.
    connect(m_server, &QSslServer::startedEncryptionHandshake, this, [this](QSslSocket *) { ++m_connections; });
    connect(m_server, &QTcpServer::pendingConnectionAvailable, this, [this] {
        while (QTcpSocket *tcp = m_server->nextPendingConnection()) {
            auto *socket = qobject_cast<QSslSocket *>(tcp);
            socket->setParent(this);
            connect(socket, &QSslSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
            connect(socket, &QSslSocket::disconnected, socket, &QObject::deleteLater);
            if (socket->bytesAvailable() > 0)
                onReadyRead(socket);
        }
    });
}

LocalHttpsServer::~LocalHttpsServer() = default;

bool LocalHttpsServer::listen(QString *error)
{
    if (m_server->listen(QHostAddress::LocalHost, 0))
        return true;
    *error = m_server->errorString();
    return false;
}

quint16 LocalHttpsServer::port() const
{
    return m_server->serverPort();
}

void LocalHttpsServer::onReadyRead(QSslSocket *socket)
{
    QByteArray buffer = socket->property("buffer").toByteArray() + socket->readAll();
    socket->setProperty("buffer", buffer);
    const int end = buffer.indexOf("\r\n\r\n");
    if (end < 0 || socket->property("answered").toBool())
        return;
    socket->setProperty("answered", true);
    const QList<QByteArray> lines = buffer.left(end).split('\n');
    const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
    Request request;
    request.method = first.value(0);
    request.path = first.value(1);
    for (const QByteArray &line : lines) {
        if (line.toLower().startsWith("host:"))
            request.host = line.mid(5).trimmed();
    }
    m_requests << request;
    Route route;
    route.status = 404;
    route.body = "not found\n";
    route = m_routes.value(request.path, route);
    answer(socket, route, request.method == "HEAD");
}

void LocalHttpsServer::answer(QSslSocket *socket, const Route &route, bool head)
{
    QByteArray bytes = "HTTP/1.1 " + QByteArray::number(route.status) + ' ' + reasonPhrase(route.status) + "\r\n";
    bytes += "Content-Type: " + route.contentType + "\r\n";
    if (!route.location.isEmpty())
        bytes += "Location: " + route.location + "\r\n";
    if (route.trickle != Route::Trickle::No) {
        bytes += "Content-Length: 1000000\r\n\r\n";
        if (route.trickle == Route::Trickle::Body) {
            socket->write(bytes);
            bytes.clear();
        }
        bytes += QByteArray(1000, 'x');
        trickle(socket, bytes);
        return;
    }
    bytes += "Content-Length: " + QByteArray::number(route.body.size()) + "\r\nConnection: close\r\n\r\n";
    if (!head)
        bytes += route.body;
    socket->write(bytes);
    socket->disconnectFromHost();
}

void LocalHttpsServer::trickle(QSslSocket *socket, const QByteArray &bytes)
{
    auto *timer = new QTimer(socket);
    auto sent = std::make_shared<int>(0);
    const QPointer<QSslSocket> guard(socket);
    connect(timer, &QTimer::timeout, socket, [guard, timer, sent, bytes] {
        // One byte every 500 ms keeps any inactivity timeout quiet; 240 bytes (two minutes) at most.
        if (!guard || *sent >= 240 || *sent >= bytes.size()) {
            timer->stop();
            if (guard)
                guard->abort();
            return;
        }
        guard->write(bytes.mid(*sent, 1));
        ++*sent;
    });
    timer->start(500);
}
