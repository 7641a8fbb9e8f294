#pragma once

#include <QCoreApplication>
#include <QString>

struct Finding;

// A finding's message, built from its id, severity and evidence at display time
// (so it follows the UI language). Titles and advice: FindingCatalog.
class FindingText
{
    Q_DECLARE_TR_FUNCTIONS(Finding)

public:
    static QString message(const Finding &finding);
    static QString size(qint64 bytes); // "2.1 GB"
};
