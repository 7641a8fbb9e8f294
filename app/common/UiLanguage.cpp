#include "common/UiLanguage.h"

#include <QLocale>
#include <QReadWriteLock>

namespace {

QString normalized(const QString &language)
{
    return language.startsWith(QLatin1String("ja"), Qt::CaseInsensitive) ? QStringLiteral("ja")
                                                                           : QStringLiteral("en");
}

// Read from worker threads too (Action::title()), so guarded.
QReadWriteLock &lock()
{
    static QReadWriteLock l;
    return l;
}

QString &storage()
{
    static QString language = QLocale::system().language() == QLocale::Japanese ? QStringLiteral("ja")
                                                                               : QStringLiteral("en");
    return language;
}

} // namespace

QString UiLanguage::current()
{
    QReadLocker locker(&lock());
    return storage();
}

void UiLanguage::set(const QString &language)
{
    QWriteLocker locker(&lock());
    storage() = normalized(language);
}
