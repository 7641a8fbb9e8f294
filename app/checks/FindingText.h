#pragma once

#include <QCoreApplication>
#include <QString>

struct Finding;

// The words of the checklist: a short title per finding id and a message built
// from the id, severity and evidence at display time (so it follows the UI language).
class FindingText
{
    Q_DECLARE_TR_FUNCTIONS(Finding)

public:
    static QString title(const QString &id);
    static QString message(const Finding &finding);
    static QString size(qint64 bytes); // "2.1 GB"
};
