#pragma once

#include <QJsonObject>

struct Finding;
struct FindingRemedy;
struct RemedyStep;

// A finding as hoshu-cli's JSON carries it: the verdict, the same texts the GUI
// shows (title, message, why it matters, what to do) and the remedy.
class FindingJson
{
public:
    static QJsonObject toJson(const Finding &finding);
    static QJsonObject toJson(const FindingRemedy &remedy);
    static QJsonObject toJson(const RemedyStep &step); // {action, params}
};
