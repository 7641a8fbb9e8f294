#include "probes/Tampering.h"

namespace {
// What is named in the reason came from the server: shown without control characters.
QString shown(const QString &what)
{
    QString out = what.left(100);
    for (QChar &c : out) {
        if (c.unicode() < 0x20 || (c.unicode() >= 0x7f && c.unicode() < 0xa0))
            c = QChar(0xfffd);
    }
    return out;
}
} // namespace

ParseStatus Tampering::repeatedSection(const QString &section)
{
    return ParseStatus::bad(tr("The probe output holds the section \"%1\" more than once: it may have been tampered "
                               "with, so this part is not trusted.")
                                .arg(shown(section)));
}

ParseStatus Tampering::repeatedKey(const QString &what)
{
    return ParseStatus::bad(tr("\"%1\" appears more than once in this part of the probe output: it may have been "
                               "tampered with, so this part is not trusted.")
                                .arg(shown(what)));
}
