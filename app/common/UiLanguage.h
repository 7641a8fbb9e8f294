#pragma once

#include <QString>

// The language the UI shows texts in: "ja" or "en". Catalog texts (titles,
// descriptions) come in both languages and pick one through this.
class UiLanguage
{
public:
    // "ja" or "en". Defaults to Japanese when the system locale is Japanese.
    static QString current();
    // Accepts "ja", "en" or a locale name such as "ja_JP"; anything else means English.
    static void set(const QString &language);
    static bool isJapanese() { return current() == QLatin1String("ja"); }
};
