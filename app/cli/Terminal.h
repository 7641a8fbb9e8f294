#pragma once

#include "common/SecretBytes.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QString>

// The terminal hoshu-cli talks to: unbuffered writes of remote output, messages
// on stderr, and questions (secrets without echo) only when a person is there.
// Every text printed through message(), print(), printJson() and the prompt of
// readLine() goes through TerminalText::escaped (line breaks kept): whatever a
// server put into it, no control character or escape sequence reaches the
// terminal. writeOut()/writeErr() write bytes exactly as given.
class Terminal
{
public:
    static bool stdinIsInteractive();
    static bool stderrIsInteractive(); // a person sees stderr: progress lines make sense
    static void writeOut(const QByteArray &data);
    static void writeErr(const QByteArray &data);
    static void message(const QString &text);      // stderr, with a newline
    static void print(const QString &text);        // stdout, with a newline
    // stdout: the document, indented. Characters a terminal would obey occur only
    // inside strings there, and are replaced by their JSON \u escapes: the
    // document parses to exactly the same values.
    static void printJson(const QJsonDocument &document);
    // Asks and reads one line (not for secrets: see readSecretLine). Empty on EOF.
    static QByteArray readLine(const QString &prompt);
    // Reads one line from stdin without a prompt.
    static QByteArray readStdinLine();
    // Secrets: read byte by byte straight into a SecretBytes, so no stdio or iostream
    // buffer keeps a copy. readSecretLine asks with echo off; readStdinSecret does not
    // ask (--password-stdin, --sudo-password-stdin).
    static SecretBytes readSecretLine(const QString &prompt);
    static SecretBytes readStdinSecret();
};
