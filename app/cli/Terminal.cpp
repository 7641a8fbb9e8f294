#include "Terminal.h"

#include "common/TerminalText.h"

#include <cstdio>
#include <iostream>
#include <string>

#ifdef Q_OS_WIN
#include <io.h>
#include <windows.h>
#define HOSHU_ISATTY _isatty
#define HOSHU_FILENO _fileno
#else
#include <termios.h>
#include <unistd.h>
#define HOSHU_ISATTY isatty
#define HOSHU_FILENO fileno
#endif

bool Terminal::stdinIsInteractive()
{
    return HOSHU_ISATTY(HOSHU_FILENO(stdin));
}

bool Terminal::stderrIsInteractive()
{
    return HOSHU_ISATTY(HOSHU_FILENO(stderr));
}

void Terminal::writeOut(const QByteArray &data)
{
    std::fwrite(data.constData(), 1, size_t(data.size()), stdout);
    std::fflush(stdout);
}

void Terminal::writeErr(const QByteArray &data)
{
    std::fwrite(data.constData(), 1, size_t(data.size()), stderr);
    std::fflush(stderr);
}

void Terminal::message(const QString &text)
{
    writeErr(TerminalText::escaped(text, TerminalText::LineBreaks::Keep).toUtf8() + '\n');
}

void Terminal::print(const QString &text)
{
    writeOut(TerminalText::escaped(text, TerminalText::LineBreaks::Keep).toUtf8() + '\n');
}

void Terminal::printJson(const QJsonDocument &document)
{
    print(QString::fromUtf8(document.toJson(QJsonDocument::Indented)).trimmed());
}

QByteArray Terminal::readStdinLine()
{
    std::string line;
    if (!std::getline(std::cin, line))
        return {};
    if (!line.empty() && line.back() == '\r')
        line.pop_back();
    QByteArray result(line.data(), qsizetype(line.size()));
    std::fill(line.begin(), line.end(), '\0');
    return result;
}

SecretBytes Terminal::readStdinSecret()
{
    SecretBytes line;
    char c = 0;
#ifdef Q_OS_WIN
    while (_read(0, &c, 1) == 1 && c != '\n')
#else
    while (::read(STDIN_FILENO, &c, 1) == 1 && c != '\n')
#endif
        line.append(c);
    c = 0;
    if (!line.isEmpty() && line.constData()[line.size() - 1] == '\r') {
        SecretBytes trimmed(line.constData(), line.size() - 1);
        line = std::move(trimmed);
    }
    return line;
}

SecretBytes Terminal::readSecretLine(const QString &prompt)
{
    writeErr(TerminalText::escaped(prompt, TerminalText::LineBreaks::Keep).toUtf8());
#ifdef Q_OS_WIN
    HANDLE in = GetStdHandle(STD_INPUT_HANDLE);
    DWORD mode = 0;
    const bool restore = GetConsoleMode(in, &mode);
    if (restore)
        SetConsoleMode(in, mode & ~ENABLE_ECHO_INPUT);
    SecretBytes line = readStdinSecret();
    if (restore)
        SetConsoleMode(in, mode);
#else
    termios old {};
    const bool restore = tcgetattr(STDIN_FILENO, &old) == 0;
    if (restore) {
        termios quiet = old;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    }
    SecretBytes line = readStdinSecret();
    if (restore)
        tcsetattr(STDIN_FILENO, TCSANOW, &old);
#endif
    writeErr("\n");
    return line;
}

QByteArray Terminal::readLine(const QString &prompt)
{
    writeErr(TerminalText::escaped(prompt, TerminalText::LineBreaks::Keep).toUtf8());
    return readStdinLine();
}
