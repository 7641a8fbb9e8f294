#include "Terminal.h"

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
    writeErr(text.toUtf8() + '\n');
}

void Terminal::print(const QString &text)
{
    writeOut(text.toUtf8() + '\n');
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

QByteArray Terminal::readLine(const QString &prompt, bool secret)
{
    writeErr(prompt.toUtf8());
#ifdef Q_OS_WIN
    HANDLE in = GetStdHandle(STD_INPUT_HANDLE);
    DWORD mode = 0;
    const bool restore = secret && GetConsoleMode(in, &mode);
    if (restore)
        SetConsoleMode(in, mode & ~ENABLE_ECHO_INPUT);
    QByteArray line = readStdinLine();
    if (restore)
        SetConsoleMode(in, mode);
#else
    termios old {};
    const bool restore = secret && tcgetattr(STDIN_FILENO, &old) == 0;
    if (restore) {
        termios quiet = old;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    }
    QByteArray line = readStdinLine();
    if (restore)
        tcsetattr(STDIN_FILENO, TCSANOW, &old);
#endif
    if (secret)
        writeErr("\n");
    return line;
}
