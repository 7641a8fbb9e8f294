#include "MainWindow.h"
#include "UiIcons.h"
#include "common/Translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QSettings>

namespace {

// --lang must be known before any translated text exists (including --help),
// so it is read before the real parser is built.
QString languageFromArguments(const QStringList &args)
{
    for (qsizetype i = 1; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--lang") && i + 1 < args.size())
            return args[i + 1];
        if (args[i].startsWith(QLatin1String("--lang=")))
            return args[i].mid(7);
    }
    return QString();
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Hoshu"));
    QApplication::setOrganizationName(QStringLiteral("Hoshu"));
    QApplication::setApplicationVersion(QStringLiteral(HOSHU_VERSION));
    QApplication::setWindowIcon(UiIcons::application());
    QGuiApplication::setDesktopFileName(QStringLiteral("hoshu"));

    // Priority: --lang, then HOSHU_LANG, then the choice made in the Language
    // menu, then the system locale (Translations handles the last steps).
    QString language = languageFromArguments(QCoreApplication::arguments());
    if (language.isEmpty() && qEnvironmentVariableIsEmpty("HOSHU_LANG")) {
        const QSettings settings(MainWindow::settingsFile(), QSettings::IniFormat);
        language = settings.value(QStringLiteral("ui/language")).toString();
    }
    Translations::install(app, language);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Desktop console for people who run their own Mastodon servers."));
    parser.addOption(QCommandLineOption(QStringList{QStringLiteral("lang")},
                                        QCoreApplication::translate("main", "Language of the interface: ja or en."),
                                        QStringLiteral("ja|en")));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.process(app);

    MainWindow window;
    window.show();
    window.startMonitoring(); // the first dashboard appears without any further question
    return QApplication::exec();
}
