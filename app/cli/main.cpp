#include "cli/HoshuCli.h"
#include "common/Translations.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("hoshu"));
    QCoreApplication::setOrganizationName(QStringLiteral("Hoshu"));
    QCoreApplication::setApplicationVersion(QStringLiteral(HOSHU_VERSION));
    Translations::install(app);
    return HoshuCli::exec(app, QCoreApplication::arguments().mid(1));
}
