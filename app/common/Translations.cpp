#include "Translations.h"

#include "common/UiLanguage.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

void Translations::install(QCoreApplication &app, const QString &language)
{
    QString wanted = language;
    if (wanted.isEmpty())
        wanted = qEnvironmentVariable("HOSHU_LANG");
    if (wanted.isEmpty())
        wanted = QLocale::system().name();
    UiLanguage::set(wanted);
    const QString lang = UiLanguage::current();
    QLocale::setDefault(QLocale(lang == QLatin1String("ja") ? QLocale::Japanese : QLocale::English));

    auto *hoshu = new QTranslator(&app);
    if (hoshu->load(QStringLiteral(":/i18n/hoshu_%1.qm").arg(lang)))
        QCoreApplication::installTranslator(hoshu);
    auto *qt = new QTranslator(&app);
    if (qt->load(QStringLiteral("qtbase_%1").arg(lang), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
}
