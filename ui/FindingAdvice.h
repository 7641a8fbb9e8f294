#pragma once

#include <QCoreApplication>
#include <QString>

// "Why it matters": one sentence per finding id, for people who are not
// professional admins. Empty for ids without one.
class FindingAdvice
{
    Q_DECLARE_TR_FUNCTIONS(FindingAdvice)

public:
    static QString whyItMatters(const QString &id);
};
