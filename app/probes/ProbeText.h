#pragma once

#include <QDateTime>
#include <QMap>
#include <QString>
#include <QStringList>

// Small pure helpers the section parsers share: lines, key=value pairs and the
// date and size formats of the tools the probe runs.
class ProbeText
{
public:
    static QStringList lines(const QString &text); // without empty lines, trimmed of '\r'
    // "KEY=value" lines (first '=' splits). The probe prints each key once: a key seen
    // again is tampering, named in *repeated (the first one; empty when none).
    static QMap<QString, QString> keyValues(const QString &text, QString *repeated);
    // A value lib.sh printed with esc(): "\ooo" (three octal digits) is that byte, so
    // "\012" is a newline and "\134" a backslash; everything else is as printed.
    static QString unescape(const QString &text);
    // systemd's "Sun 2026-11-22 05:45:37 UTC" (zone: UTC/GMT or the server's own,
    // given as its offset) or "@1700000000"; invalid for "", "n/a", "0" or garbage.
    static QDateTime systemdTime(const QString &text, int serverUtcOffsetSec);
    // OpenSSL's "Jan 21 05:45:33 2027 GMT" (the day may be space padded).
    static QDateTime opensslTime(const QString &text);
    // "104.0M", "1.5G", "512B", "16K": bytes, -1 when unreadable (1024-based, as journalctl).
    static qint64 humanSize(const QString &text);
    // The first line of a text, shortened, for a ParseStatus reason.
    static QString firstLine(const QString &text);
    // "+0900" -> 32400; 0 when unreadable.
    static int utcOffsetSeconds(const QString &text);
    // Seconds since the epoch, possibly fractional or in milliseconds; invalid if not a number.
    static QDateTime epoch(const QString &text);
};
