#pragma once

#include <QString>

// One section of the probe script's output: its text and the exit status of the
// shell function that printed it (-1 when the exit line is missing: cut short).
struct ProbeSection
{
    QString name;
    QString text;
    int exitStatus = -1;
    // The script prints every section once: more than one section of this name
    // means the output was tampered with, and none of them is to be believed.
    bool repeated = false;
};
