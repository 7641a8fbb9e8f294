#pragma once

#include <QCoreApplication>
#include <QString>
#include <QVariant>
#include <QVariantMap>

// A finding's evidence written for people: labelled values in the user's
// language, sizes and local dates formatted by the locale ("Free: 2.2 GB ·
// Expires: 2026/12/09 5:45"), not `availBytes = 2361393152`. Keys come from the
// rules; every key a rule emits has a label here (test_rules_fire checks).
class EvidenceText
{
    Q_DECLARE_TR_FUNCTIONS(EvidenceText)

public:
    static QString line(const QVariantMap &evidence); // the labelled values, " · " between
    static bool knows(const QString &key);
    static QString label(const QString &key);          // translated; empty for an unknown key
    // One value as people read it: sizes, percentages, days, local date and time.
    static QString value(const QString &key, const QVariant &v);
    // "2026-11-22T05:45:37Z" from a rule as a local date and time; the text itself when it is not a time.
    static QString localTime(const QString &iso);
};
