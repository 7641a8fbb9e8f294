#include "probes/MastodonVersionParser.h"

#include "probes/ProbeText.h"
#include "probes/Tampering.h"

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
    QStringList rb, tags, own;
    for (const QString &line : ProbeText::lines(text)) {
        if (line.startsWith(QLatin1String("rb ")))
            rb << ProbeText::unescape(line.mid(3));
        else if (line.startsWith(QLatin1String("git_tag ")))
            tags << line.mid(8).trimmed();
        else
            own << line;
    }
    QString repeated;
    const auto kv = ProbeText::keyValues(own.join(QLatin1Char('\n')), &repeated);
    if (!repeated.isEmpty()) {
        MastodonVersion v;
        v.status = Tampering::repeatedKey(repeated);
        return v;
    }
    static const QRegularExpression hex(QStringLiteral("^(?:[0-9a-f]{40}|[0-9a-f]{64})$"));
    const QString commit = kv.value(QStringLiteral("git_commit")).trimmed();
    const auto withCommit = [&](MastodonVersion v) {
        if (hex.match(commit).hasMatch())
            v.commit = commit;
        return v;
    };
    const QString source = kv.value(QStringLiteral("source"));
    if (source == QLatin1String("version.rb")) {
        const QString file = rb.join(QLatin1Char('\n'));
        MastodonVersion v;
        v.major = rubyNumber(file, QStringLiteral("major"));
        v.minor = rubyNumber(file, QStringLiteral("minor"));
        v.patch = rubyNumber(file, QStringLiteral("patch"));
        if (v.major >= 0 && v.minor >= 0 && v.patch >= 0) {
            v.prerelease = rubyString(file, QStringLiteral("default_prerelease"));
            if (v.prerelease.isEmpty())
                v.prerelease = rubyString(file, QStringLiteral("prerelease"));
            v.source = source;
            v.status = ParseStatus::good();
            return withCommit(v);
        }
    }
    for (const QString &tag : std::as_const(tags)) {
        const MastodonVersion v = fromTag(tag, QStringLiteral("git"));
        if (v.status.ok)
            return withCommit(v);
    }
    const QString image = ProbeText::unescape(kv.value(QStringLiteral("image"))).trimmed();
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
