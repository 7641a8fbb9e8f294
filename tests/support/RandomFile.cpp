#include "RandomFile.h"

#include "common/Sha256.h"

#include <QFile>
#include <QRandomGenerator>

QByteArray writeRandomFile(const QString &path, qint64 size, quint32 seed)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {};
    QRandomGenerator rng(seed);
    Sha256 hash;
    QByteArray block(4 * 1024 * 1024, Qt::Uninitialized);
    for (qint64 left = size; left > 0;) {
        rng.fillRange(reinterpret_cast<quint32 *>(block.data()), block.size() / 4);
        const qint64 n = qMin<qint64>(left, block.size());
        if (f.write(block.constData(), n) != n)
            return {};
        hash.addData(QByteArrayView(block.constData(), n));
        left -= n;
    }
    return f.flush() ? hash.hexDigest() : QByteArray();
}
