#include "MainWindow.h"
#include "UiIcons.h"
#include "common/AppPaths.h"
#include "common/Translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QSettings>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Hoshu"));
    QApplication::setOrganizationName(QStringLiteral("Hoshu"));
    QApplication::setApplicationVersion(QStringLiteral(HOSHU_VERSION));
    QApplication::setWindowIcon(UiIcons::application());
    QGuiApplication::setDesktopFileName(QStringLiteral("hoshu"));

    // The language must be known before any translated text, including --help.
    QCommandLineParser parser;
    const QCommandLineOption langOption(QStringList{QStringLiteral("lang")},
                                        QStringLiteral("Language of the interface: ja or en."),
                                        QStringLiteral("language"));
    parser.addOption(langOption);
    parser.addHelpOption();
    parser.addVersionOption();
    parser.process(app);

    // Priority: --lang, then HOSHU_LANG, then the choice made in the Language
    // menu, then the system locale (Translations handles the last two steps).
    QString language = parser.value(langOption);
    if (language.isEmpty() && qEnvironmentVariableIsEmpty("HOSHU_LANG")) {
        const QSettings settings(MainWindow::settingsFile(), QSettings::IniFormat);
        language = settings.value(QStringLiteral("ui/language")).toString();
    }
    Translations::install(app, language);
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Desktop console for people who run their own Mastodon servers."));

    MainWindow window;
    window.show();
    return QApplication::exec();
}
