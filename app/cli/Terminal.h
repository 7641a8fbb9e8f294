#pragma once

#include <QByteArray>
#include <QString>

// The terminal hoshu-cli talks to: unbuffered writes of remote output, messages
// on stderr, and questions (secrets without echo) only when a person is there.
class Terminal
{
public:
    static bool stdinIsInteractive();
    static void writeOut(const QByteArray &data);
    static void writeErr(const QByteArray &data);
    static void message(const QString &text);      // stderr, with a newline
    static void print(const QString &text);        // stdout, with a newline
    // Reads one line; echo off for secrets. Empty on EOF.
    static QByteArray readLine(const QString &prompt, bool secret);
    // Reads one line from stdin without a prompt (for --password-stdin).
    static QByteArray readStdinLine();
};
