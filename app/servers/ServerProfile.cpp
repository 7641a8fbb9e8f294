#include "ServerProfile.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QJsonArray>
#include <QRegularExpression>
#include <QUrl>
#include <QUuid>

#include <algorithm>

namespace {

constexpr int kMaxNameLength = 64;

bool isControl(char32_t c)
{
    const auto cat = QChar::category(c);
    return cat == QChar::Other_Control || cat == QChar::Other_Surrogate || cat == QChar::Separator_Line
        || cat == QChar::Separator_Paragraph;
}

// Spaces and invisible format characters (zero-width space...) at either end
// make two names look identical while differing.
bool isBlankAtEdge(char32_t c)
{
    return QChar::isSpace(c) || QChar::category(c) == QChar::Other_Format;
}

void validateName(const QString &name, QStringList *errors)
{
    const QList<uint> chars = name.toUcs4();
    if (chars.isEmpty()) {
        errors->append(QCoreApplication::translate("ServerProfile", "The name is empty."));
        return;
    }
    if (chars.size() > kMaxNameLength)
        errors->append(
            QCoreApplication::translate("ServerProfile", "The name is longer than %1 characters.").arg(kMaxNameLength));
    if (std::any_of(chars.begin(), chars.end(), [](uint c) { return isControl(c); }))
        errors->append(QCoreApplication::translate("ServerProfile", "The name must not contain control characters."));
    if (isBlankAtEdge(chars.first()) || isBlankAtEdge(chars.last()))
        errors->append(QCoreApplication::translate("ServerProfile", "The name must not begin or end with a space."));
    if (name.contains(QLatin1Char('/')))
        errors->append(QCoreApplication::translate("ServerProfile", "The name must not contain “/”."));
}

bool isDottedQuadLike(const QString &host)
{
    static const QRegularExpression digitsAndDots(QStringLiteral("^[0-9.]+$"));
    return digitsAndDots.match(host).hasMatch();
}

bool isValidIpv4(const QString &host)
{
    static const QRegularExpression quad(QStringLiteral("^([0-9]{1,3})\\.([0-9]{1,3})\\.([0-9]{1,3})\\.([0-9]{1,3})$"));
    const auto m = quad.match(host);
    if (!m.hasMatch())
        return false;
    for (int i = 1; i <= 4; ++i) {
        if (m.captured(i).toInt() > 255)
            return false;
    }
    return true;
}

// A DNS name or an ~/.ssh/config alias: letters, digits, '_', '-', '.', no
// empty label, labels of at most 63 and a total of at most 253 characters.
bool isValidHostName(const QString &host)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9_][A-Za-z0-9_.-]*$"));
    if (host.size() > 253 || !re.match(host).hasMatch())
        return false;
    QString body = host;
    if (body.endsWith(QLatin1Char('.')))
        body.chop(1); // a fully qualified "example.org."
    const QStringList labels = body.split(QLatin1Char('.'));
    return std::all_of(labels.begin(), labels.end(), [](const QString &l) { return !l.isEmpty() && l.size() <= 63; });
}

void validateHost(const QString &host, QStringList *errors)
{
    if (host.isEmpty()) {
        errors->append(QCoreApplication::translate("ServerProfile", "The host is empty."));
        return;
    }
    const QList<uint> chars = host.toUcs4();
    if (std::any_of(chars.begin(), chars.end(), [](uint c) { return isControl(c) || QChar::isSpace(c); })) {
        errors->append(
            QCoreApplication::translate("ServerProfile", "The host must not contain spaces or control characters."));
        return;
    }
    // ssh and ProxyCommand would read a leading '-' as an option.
    if (host.startsWith(QLatin1Char('-'))) {
        errors->append(QCoreApplication::translate("ServerProfile", "The host must not begin with “-”."));
        return;
    }
    bool ok = false;
    if (host.contains(QLatin1Char(':'))) {
        QHostAddress address;
        ok = address.setAddress(host) && address.protocol() == QAbstractSocket::IPv6Protocol;
    } else if (isDottedQuadLike(host)) {
        ok = isValidIpv4(host);
    } else {
        // Internationalised names (例え.jp) are checked in their ASCII form.
        const QString ascii = QString::fromLatin1(QUrl::toAce(host));
        ok = !ascii.isEmpty() && isValidHostName(ascii);
    }
    if (!ok)
        errors->append(QCoreApplication::translate(
            "ServerProfile", "The host “%1” is not a host name, an IP address or an SSH alias.")
                           .arg(host));
}

void validateUser(const QString &user, QStringList *errors)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z_][A-Za-z0-9_.-]{0,31}$"));
    if (!user.isEmpty() && !re.match(user).hasMatch())
        errors->append(QCoreApplication::translate("ServerProfile",
            "The user name “%1” is not valid: use at most 32 letters, digits, “_”, “.” "
            "or “-”, beginning with a letter or “_”.")
                           .arg(user));
}

void validateMastodonDir(const QString &dir, QStringList *errors)
{
    static const QRegularExpression re(QStringLiteral("^/[A-Za-z0-9._/+-]*$"));
    if (!re.match(dir).hasMatch()) {
        errors->append(QCoreApplication::translate("ServerProfile",
            "The Mastodon directory must be an absolute path made of letters, digits "
            "and “._/+-”."));
        return;
    }
    if (dir.split(QLatin1Char('/')).contains(QStringLiteral("..")))
        errors->append(QCoreApplication::translate("ServerProfile", "The Mastodon directory must not contain “..”."));
}

} // namespace

ServerProfile::RootAccess ServerProfile::defaultRootAccessFor(const QString &user)
{
    return user == QLatin1String("root") ? RootAccess::AlreadyRoot : RootAccess::SudoNoPassword;
}

QStringList ServerProfile::validate() const
{
    QStringList errors;
    if (!id.isEmpty() && (QUuid::fromString(id).isNull() || id.startsWith(QLatin1Char('{'))))
        errors.append(QCoreApplication::translate("ServerProfile", "The ID “%1” is not a valid UUID.").arg(id));
    validateName(name, &errors);
    validateHost(host, &errors);
    // port: quint16 cannot hold anything outside 0..65535 (ProfileJson checks the file).
    validateUser(user, &errors);
    if (auth == AuthMethod::KeyFile && keyFile.isEmpty())
        errors.append(
            QCoreApplication::translate("ServerProfile", "The key file must be set when signing in with a key file."));
    const QList<uint> keyChars = keyFile.toUcs4();
    if (std::any_of(keyChars.begin(), keyChars.end(), [](uint c) { return isControl(c); }))
        errors.append(
            QCoreApplication::translate("ServerProfile", "The key file path must not contain control characters."));
    if (deployment != deploymentSystemd() && deployment != deploymentDocker())
        errors.append(
            QCoreApplication::translate("ServerProfile", "The deployment “%1” is not known: use “systemd” or “docker”.")
                .arg(deployment));
    validateMastodonDir(mastodonDir, &errors);
    return errors;
}

QString ServerProfile::displayAddress() const
{
    QString address;
    if (!user.isEmpty())
        address += user + QLatin1Char('@');
    const bool ipv6 = host.contains(QLatin1Char(':'));
    if (port != 0 && ipv6)
        address += QLatin1Char('[') + host + QLatin1Char(']');
    else
        address += host;
    if (port != 0)
        address += QLatin1Char(':') + QString::number(port);
    return address;
}

QString ServerProfile::nameKey(const QString &name)
{
    return name.normalized(QString::NormalizationForm_KC).toCaseFolded();
}

bool operator==(const ServerProfile &a, const ServerProfile &b)
{
    return a.id == b.id && a.name == b.name && a.host == b.host && a.port == b.port && a.user == b.user
        && a.auth == b.auth && a.keyFile == b.keyFile && a.rootAccess == b.rootAccess && a.deployment == b.deployment
        && a.mastodonDir == b.mastodonDir && a.detectLayout == b.detectLayout && a.extra == b.extra;
}

namespace {
const QString KeyBackupDir = QStringLiteral("backupDir");
const QString KeyBackupDirs = QStringLiteral("backupDirs");
const QString KeyDomain = QStringLiteral("domain");
const QString KeyHttpAddress = QStringLiteral("http_address");
const QString KeyHttpCaFile = QStringLiteral("http_ca_file");
const QString KeyThresholds = QStringLiteral("thresholds");

bool isUsableBackupDir(const QString &dir)
{
    const QList<uint> chars = dir.toUcs4();
    return dir.startsWith(QLatin1Char('/')) && std::none_of(chars.begin(), chars.end(), [](uint c) { return isControl(c); });
}

void setOrRemove(QJsonObject *extra, const QString &key, const QString &value)
{
    if (value.isEmpty())
        extra->remove(key);
    else
        extra->insert(key, value);
}
} // namespace

QStringList ServerProfile::backupDirs() const
{
    QList<QJsonValue> values{extra.value(KeyBackupDir)};
    const QJsonArray many = extra.value(KeyBackupDirs).toArray();
    values.append(QList<QJsonValue>(many.begin(), many.end()));
    QStringList dirs;
    for (const QJsonValue &v : std::as_const(values)) {
        const QString dir = v.toString();
        if (v.isString() && isUsableBackupDir(dir) && !dirs.contains(dir))
            dirs << dir;
    }
    return dirs;
}

QString ServerProfile::domain() const
{
    return extra.value(KeyDomain).toString().trimmed();
}

void ServerProfile::setDomain(const QString &domain)
{
    setOrRemove(&extra, KeyDomain, domain.trimmed());
}

QString ServerProfile::httpAddress() const
{
    return extra.value(KeyHttpAddress).toString().trimmed();
}

void ServerProfile::setHttpAddress(const QString &address)
{
    setOrRemove(&extra, KeyHttpAddress, address.trimmed());
}

QString ServerProfile::httpCaFile() const
{
    return extra.value(KeyHttpCaFile).toString().trimmed();
}

void ServerProfile::setHttpCaFile(const QString &path)
{
    setOrRemove(&extra, KeyHttpCaFile, path.trimmed());
}

QJsonObject ServerProfile::thresholds() const
{
    return extra.value(KeyThresholds).toObject();
}
