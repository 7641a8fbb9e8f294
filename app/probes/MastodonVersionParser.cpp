#include "probes/MastodonVersionParser.h"

#include "probes/ProbeText.h"

#include <QRegularExpression>

QString MastodonVersion::toString() const
{
    if (major < 0)
        return {};
    QString v = QStringLiteral("%1.%2.%3").arg(major).arg(minor).arg(patch);
    if (!prerelease.isEmpty())
        v += QLatin1Char('-') + prerelease;
    return v;
}

namespace {
// def major\n  4\nend   or   def major; 4; end   or  def major = 4
int rubyNumber(const QString &text, const QString &name)
{
    const QRegularExpression re(QStringLiteral(R"(def\s+%1\b\s*(?:;|=|\(\s*\))?\s*(\d{1,4})\b)").arg(name));
    const QRegularExpressionMatch m = re.match(text);
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}
QString rubyString(const QString &text, const QString &name)
{
    const QRegularExpression re(QStringLiteral(R"(def\s+%1\b\s*;?\s*'([0-9A-Za-z.-]{0,40})')").arg(name));
    const QRegularExpressionMatch m = re.match(text);
    return m.hasMatch() ? m.captured(1) : QString();
}
} // namespace

MastodonVersion MastodonVersionParser::fromTag(const QString &tag, const QString &source)
{
    static const QRegularExpression re(
        QStringLiteral(R"((?:^|[:/])v?(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?:-((?:alpha|beta|rc)\.?\d{0,3}))?(?:-\d+-g[0-9a-f]+)?$)"));
    MastodonVersion v;
    const QRegularExpressionMatch m = re.match(tag.trimmed());
    if (!m.hasMatch()) {
        v.status = ParseStatus::bad(QStringLiteral("not a version: ") + tag.left(100));
        return v;
    }
    v.major = m.captured(1).toInt();
    v.minor = m.captured(2).toInt();
    v.patch = m.captured(3).toInt();
    v.prerelease = m.captured(4);
    v.source = source;
    v.status = ParseStatus::good();
    return v;
}

MastodonVersion MastodonVersionParser::parse(const QString &text)
{
    const auto kv = ProbeText::keyValues(text);
    const QString source = kv.value(QStringLiteral("source"));
    if (source == QLatin1String("version.rb")) {
        MastodonVersion v;
        v.major = rubyNumber(text, QStringLiteral("major"));
        v.minor = rubyNumber(text, QStringLiteral("minor"));
        v.patch = rubyNumber(text, QStringLiteral("patch"));
        if (v.major >= 0 && v.minor >= 0 && v.patch >= 0) {
            v.prerelease = rubyString(text, QStringLiteral("default_prerelease"));
            if (v.prerelease.isEmpty())
                v.prerelease = rubyString(text, QStringLiteral("prerelease"));
            v.source = source;
            v.status = ParseStatus::good();
            return v;
        }
    }
    const QString described = kv.value(QStringLiteral("git_describe")).trimmed();
    if (!described.isEmpty()) {
        MastodonVersion v = fromTag(described, QStringLiteral("git"));
        if (v.status.ok)
            return v;
    }
    const QString image = kv.value(QStringLiteral("image")).trimmed();
    if (!image.isEmpty()) {
        MastodonVersion v = fromTag(image, QStringLiteral("image"));
        if (v.status.ok)
            return v;
    }
    MastodonVersion v;
    v.status = ParseStatus::bad(source == QLatin1String("none") ? QStringLiteral("lib/mastodon/version.rb not found")
                                                                : QStringLiteral("version unreadable: ") + ProbeText::firstLine(text));
    return v;
}
