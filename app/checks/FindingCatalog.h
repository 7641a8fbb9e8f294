#pragma once

#include "checks/FindingRemedy.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

struct Finding;

// The one list of everything Hoshu checks: for each finding id its family, its
// title, why it matters, what to do, and the remedy (FindingRemedy). The rules
// (ServiceRules, DiskRules…) decide the severity and gather the evidence; the
// message with the numbers is FindingText's. Every view, the Overview and
// hoshu-cli read titles, advice and fixes from here, never from a copy.
class FindingCatalog
{
    Q_DECLARE_TR_FUNCTIONS(FindingCatalog)

public:
    struct Entry
    {
        const char *id;
        const char *family;   // "disk", "cert", "service"…: groups the views
        const char *title;    // what is checked ("Disk space"); the texts are translated when asked for
        const char *problem;  // the same when it is wrong, as a headline ("Disk nearly full")
        const char *why;
        const char *whatToDo;
    };

    static const QList<Entry> &entries(); // in the order the checks are shown
    static const Entry *entry(const QString &id);
    static QStringList ids();

    static QString title(const QString &id);        // the id itself when unknown
    static QString problemTitle(const QString &id); // the id itself when unknown
    static QString whyItMatters(const QString &id); // empty when unknown
    static QString whatToDo(const QString &id);     // empty when unknown

    // The remedy for this finding on this kind of deployment ("systemd",
    // "docker"), parameters filled in from its subject and evidence; mastodonMajor
    // is -1 when unknown. Kind::None only for an id the catalog does not know.
    static FindingRemedy remedy(const Finding &finding, const QString &deployment, int mastodonMajor = -1);
};
