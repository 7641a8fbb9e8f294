#include "probes/CertificateListParser.h"

#include "probes/ProbeText.h"
#include "probes/Tampering.h"

#include <QRegularExpression>

const CertInfo *CertificateList::find(const QString &name) const
{
    for (const CertInfo &c : certs) {
        if (c.name == name)
            return &c;
    }
    return nullptr;
}

CertificateList CertificateListParser::parseOnDisk(const QString &text)
{
    return parse(text, QStringLiteral("cert "));
}

CertificateList CertificateListParser::parseServed(const QString &text)
{
    return parse(text, QStringLiteral("served "));
}

CertificateList CertificateListParser::parse(const QString &text, const QString &keyword)
{
    CertificateList out;
    static const QRegularExpression fingerprintRe(QStringLiteral(R"(^(?:[0-9A-F]{2}:){31}[0-9A-F]{2}$)"));
    bool sawHeader = false;
    CertInfo *current = nullptr;
    QStringList unknownLines;
    QStringList keysOfCurrent;
    QString repeated;
    const auto once = [&](const QString &what, QStringList *seen) {
        if (seen->contains(what) && repeated.isEmpty())
            repeated = what;
        *seen << what;
    };
    QStringList names;
    const QStringList lines = ProbeText::lines(text);
    for (const QString &line : lines) {
        if (line == QLatin1String("letsencrypt=present")) {
            out.letsencryptPresent = true;
            sawHeader = true;
            continue;
        }
        if (line == QLatin1String("letsencrypt=absent") || line == QLatin1String("openssl=absent")) {
            sawHeader = true;
            continue;
        }
        if (line.startsWith(keyword)) {
            sawHeader = true;
            CertInfo c;
            c.name = ProbeText::unescape(line.mid(keyword.size()).trimmed());
            once(line, &names);
            keysOfCurrent.clear();
            out.certs << c;
            current = &out.certs.last();
            continue;
        }
        if (!current) {
            unknownLines << line;
            continue;
        }
        const qsizetype eq = line.indexOf(QLatin1Char('='));
        const QString key = eq > 0 ? line.left(eq).trimmed() : QString();
        const QString value = eq > 0 ? line.mid(eq + 1).trimmed() : QString();
        static const QStringList known = {QStringLiteral("path"), QStringLiteral("notAfter"), QStringLiteral("notBefore"),
                                          QStringLiteral("subject"), QStringLiteral("dns")};
        if (known.contains(key) || key.endsWith(QLatin1String("Fingerprint"), Qt::CaseInsensitive))
            once(key, &keysOfCurrent);
        if (key == QLatin1String("path")) {
            current->path = ProbeText::unescape(value);
        } else if (key == QLatin1String("notAfter")) {
            current->notAfter = ProbeText::opensslTime(value);
        } else if (key == QLatin1String("notBefore")) {
            current->notBefore = ProbeText::opensslTime(value);
        } else if (key == QLatin1String("subject")) {
            current->subject = value;
        } else if (key.endsWith(QLatin1String("Fingerprint"), Qt::CaseInsensitive)) {
            if (fingerprintRe.match(value.toUpper()).hasMatch())
                current->fingerprint = value.toUpper();
        } else if (key == QLatin1String("dns")) {
            const QStringList parts = value.split(QLatin1Char(','), Qt::SkipEmptyParts);
            for (QString p : parts) {
                p = p.trimmed();
                if (p.startsWith(QLatin1String("DNS:")))
                    current->dnsNames << p.mid(4);
            }
        } else if (current->error.isEmpty()) {
            current->error = line.trimmed().left(200);
        }
    }
    if (!repeated.isEmpty()) {
        out.certs.clear();
        out.status = Tampering::repeatedKey(repeated);
        return out;
    }
    for (CertInfo &c : out.certs) {
        // Dates only count with a fingerprint: half a certificate is no certificate.
        if (!c.notAfter.isValid() || c.fingerprint.isEmpty()) {
            c.notAfter = QDateTime();
            c.notBefore = QDateTime();
            if (c.error.isEmpty())
                c.error = QStringLiteral("no certificate");
        } else {
            c.error.clear();
        }
    }
    if (!sawHeader) {
        out.certs.clear();
        out.status = ParseStatus::bad(QStringLiteral("certificate list unreadable: ")
                                      + ProbeText::firstLine(unknownLines.join(QLatin1Char('\n'))));
        return out;
    }
    out.status = ParseStatus::good();
    return out;
}
