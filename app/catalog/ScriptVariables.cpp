#include "catalog/ScriptVariables.h"

#include <QRegularExpression>

namespace {

bool isNameStart(QChar c)
{
    return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
        || c == QLatin1Char('_');
}

bool isNameChar(QChar c)
{
    return isNameStart(c) || (c >= QLatin1Char('0') && c <= QLatin1Char('9'));
}

bool isWordBoundary(QChar c)
{
    return c.isSpace() || QStringLiteral(";&|()").contains(c);
}

bool isLowercaseName(const QString &name)
{
    static const QRegularExpression re(QStringLiteral("\\A[a-z_][a-z0-9_]*\\z"));
    return name != QLatin1String("_") && re.match(name).hasMatch();
}

} // namespace

QList<ScriptVariables::Reference> ScriptVariables::lowercaseReferences(const QString &script)
{
    QList<Reference> refs;
    enum class State { Normal, Single, Double } state = State::Normal;
    int line = 0;
    const int n = int(script.size());
    for (int i = 0; i < n; ++i) {
        const QChar c = script.at(i);
        if (c == QLatin1Char('\n'))
            ++line;
        if (state == State::Single) {
            if (c == QLatin1Char('\''))
                state = State::Normal;
            continue;
        }
        if (c == QLatin1Char('\\')) {
            if (i + 1 < n && script.at(i + 1) == QLatin1Char('\n'))
                ++line;
            ++i; // the escaped character is literal
            continue;
        }
        if (state == State::Normal) {
            if (c == QLatin1Char('\'')) {
                state = State::Single;
                continue;
            }
            if (c == QLatin1Char('#') && (i == 0 || isWordBoundary(script.at(i - 1)))) {
                while (i + 1 < n && script.at(i + 1) != QLatin1Char('\n'))
                    ++i;
                continue;
            }
        }
        if (c == QLatin1Char('"')) {
            state = state == State::Double ? State::Normal : State::Double;
            continue;
        }
        if (c != QLatin1Char('$') || i + 1 >= n)
            continue;
        int j = i + 1;
        if (script.at(j) == QLatin1Char('{')) {
            ++j;
            if (j < n && script.at(j) == QLatin1Char('#'))
                ++j; // ${#name}: length
        }
        if (j >= n || !isNameStart(script.at(j)))
            continue;
        int k = j;
        while (k < n && isNameChar(script.at(k)))
            ++k;
        const QString name = script.mid(j, k - j);
        if (isLowercaseName(name))
            refs.append({name, line});
        i = k - 1;
    }
    return refs;
}

QSet<QString> ScriptVariables::assignedNames(const QString &script)
{
    QSet<QString> names;
    static const QRegularExpression assignment(QStringLiteral("(?:^|[\\s;&|(!{])([a-z_][a-z0-9_]*)="),
                                               QRegularExpression::MultilineOption);
    static const QRegularExpression forLoop(QStringLiteral("\\bfor\\s+([a-z_][a-z0-9_]*)\\b"));
    static const QRegularExpression local(QStringLiteral("\\blocal\\s+([a-z_][a-z0-9_]*)\\b"));
    static const QRegularExpression read(
        QStringLiteral("\\bread(?:\\s+-[A-Za-z]+)*((?:[ \\t]+[a-z_][a-z0-9_]*)+)"));
    for (const QRegularExpression *re : {&assignment, &forLoop, &local}) {
        auto it = re->globalMatch(script);
        while (it.hasNext())
            names.insert(it.next().captured(1));
    }
    auto it = read.globalMatch(script);
    while (it.hasNext()) {
        const QStringList words = it.next().captured(1).split(QRegularExpression(QStringLiteral("[ \\t]+")),
                                                              Qt::SkipEmptyParts);
        for (const QString &w : words)
            names.insert(w);
    }
    return names;
}
