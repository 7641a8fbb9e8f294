#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QMap>
#include <QObject>
#include <QSslCertificate>
#include <QSslKey>

class QSslServer;
class QSslSocket;

// An HTTPS server on 127.0.0.1 (a free port) for HttpProbe's tests: answers
// fixed routes, records every request, counts every connection, and can
// trickle an answer one byte every 500 ms (for at most two minutes).
class LocalHttpsServer : public QObject
{
    Q_OBJECT

public:
    struct Route
    {
        int status = 200;
        QByteArray contentType = "text/plain";
        QByteArray body;
        QByteArray location; // for 3xx
        // One byte every 500 ms: the whole answer from its status line on, or
        // (TrickleBody) the headers at once and then the body.
        enum class Trickle { No, All, Body };
        Trickle trickle = Trickle::No;
    };
    struct Request
    {
        QByteArray method;
        QByteArray path;
        QByteArray host;
    };
    // A test CA and a certificate for the given DNS names, made with the openssl
    // tool in dir. False with the reason when openssl is missing or fails.
    struct Tls
    {
        QSslCertificate ca;
        QSslCertificate certificate;
        QSslKey key;
    };
    static bool makeTls(const QString &dir, const QStringList &dnsNames, Tls *tls, QString *error);

    explicit LocalHttpsServer(const Tls &tls, QObject *parent = nullptr);
    ~LocalHttpsServer() override;

    bool listen(QString *error);
    quint16 port() const;
    void setRoute(const QByteArray &path, const Route &route) { m_routes.insert(path, route); }

    int connectionCount() const { return m_connections; }
    QList<Request> requests() const { return m_requests; }

private:
    void onReadyRead(QSslSocket *socket);
    void answer(QSslSocket *socket, const Route &route, bool head);
    void trickle(QSslSocket *socket, const QByteArray &bytes);

    QSslServer *m_server;
    QMap<QByteArray, Route> m_routes;
    QList<Request> m_requests;
    int m_connections = 0;
};
