#pragma once

#include <QString>

class QCoreApplication;

// Loads Hoshu's own translations (embedded .qm) and Qt's for the chosen
// language, and sets UiLanguage so catalog texts follow.
class Translations
{
public:
    // language: "ja", "en", a locale name, or empty for the system's.
    // HOSHU_LANG overrides the system locale when language is empty.
    static void install(QCoreApplication &app, const QString &language = {});
};
