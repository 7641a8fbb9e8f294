#include "TransferProgressLine.h"

#include "cli/Terminal.h"

#include <QLocale>
#include <QString>

void TransferProgressLine::start()
{
    m_clock.start();
}

qint64 TransferProgressLine::rate(qint64 bytes) const
{
    const double seconds = qMax<qint64>(1, m_clock.elapsed()) / 1000.0;
    return qint64(double(bytes) / seconds);
}

void TransferProgressLine::update(qint64 done, qint64 total, qint64 resumedFrom)
{
    if (!Terminal::stderrIsInteractive() || total <= 0)
        return;
    const QLocale locale;
    Terminal::writeErr(QStringLiteral("\r%1 %2 / %3 (%4/s)   ")
                           .arg(locale.toString(100.0 * double(done) / double(total), 'f', 0) + QLatin1Char('%'),
                                locale.formattedDataSize(done), locale.formattedDataSize(total),
                                locale.formattedDataSize(rate(done - resumedFrom)))
                           .toUtf8());
    m_shown = true;
}

void TransferProgressLine::end()
{
    if (m_shown)
        Terminal::writeErr("\n");
    m_shown = false;
}
