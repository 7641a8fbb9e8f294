#pragma once

#include <QString>

// How bad a finding is. Order (worst last) follows monitoring plugins when several
// are combined: ok < warning < unknown < critical.
enum class Severity { Ok, Warning, Unknown, Critical };

class SeverityInfo
{
public:
    static int rank(Severity s);            // 0..3 in the order above
    static Severity worst(Severity a, Severity b);
    static QString id(Severity s);          // stable: "ok", "warning", "unknown", "critical"
    static QString displayName(Severity s); // translated
    static int exitCode(Severity s);        // monitoring plugin: 0 ok, 1 warning, 2 critical, 3 unknown
};
