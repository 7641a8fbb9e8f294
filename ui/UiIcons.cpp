#include "UiIcons.h"

#include "PaintedIconEngine.h"

#include <QPainter>
#include <QPainterPath>
#include <QPolygonF>
#include <QtMath>

namespace {

const QColor Blue(0x1f, 0x6f, 0xeb);
const QColor Green(0x1a, 0x7f, 0x37);
const QColor Amber(0xd2, 0x99, 0x22);
const QColor Red(0xcf, 0x22, 0x2e);
const QColor Grey(0x8c, 0x95, 0x9f);

QRectF square(const QRectF &r, qreal margin = 0.08)
{
    const qreal side = qMin(r.width(), r.height());
    QRectF s(0, 0, side, side);
    s.moveCenter(r.center());
    return s.adjusted(side * margin, side * margin, -side * margin, -side * margin);
}

void drawGlyph(QPainter *p, const QRectF &r, const QString &text, const QColor &colour, qreal scale = 0.7)
{
    QFont font = p->font();
    font.setBold(true);
    font.setPixelSize(qMax(6, int(r.height() * scale)));
    p->setFont(font);
    p->setPen(colour);
    p->drawText(r, Qt::AlignCenter, text);
}

void drawCheck(QPainter *p, const QRectF &r)
{
    QPainterPath path;
    path.moveTo(r.left() + r.width() * 0.25, r.top() + r.height() * 0.52);
    path.lineTo(r.left() + r.width() * 0.43, r.top() + r.height() * 0.70);
    path.lineTo(r.left() + r.width() * 0.76, r.top() + r.height() * 0.33);
    p->setPen(QPen(Qt::white, qMax(1.5, r.width() * 0.12), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    p->setBrush(Qt::NoBrush);
    p->drawPath(path);
}

void drawCross(QPainter *p, const QRectF &r)
{
    const qreal a = r.width() * 0.32;
    p->setPen(QPen(Qt::white, qMax(1.5, r.width() * 0.12), Qt::SolidLine, Qt::RoundCap));
    p->drawLine(QPointF(r.left() + a, r.top() + a), QPointF(r.right() - a, r.bottom() - a));
    p->drawLine(QPointF(r.right() - a, r.top() + a), QPointF(r.left() + a, r.bottom() - a));
}

QIcon painted(PaintedIconEngine::PaintFunction f)
{
    return QIcon(new PaintedIconEngine(std::move(f)));
}

QIcon filledCircle(const QColor &colour, void (*inner)(QPainter *, const QRectF &))
{
    return painted([colour, inner](QPainter *p, const QRectF &rect, QIcon::Mode) {
        const QRectF r = square(rect);
        p->setPen(Qt::NoPen);
        p->setBrush(colour);
        p->drawEllipse(r);
        inner(p, r);
    });
}

} // namespace

QIcon UiIcons::application()
{
    return painted([](QPainter *p, const QRectF &rect, QIcon::Mode) {
        const QRectF r = square(rect, 0.04);
        p->setPen(Qt::NoPen);
        p->setBrush(QColor(0x56, 0x3a, 0xcc)); // Mastodon-ish violet
        p->drawRoundedRect(r, r.width() * 0.2, r.width() * 0.2);
        // A simple wrench-like "H" mark: readable at 16 px.
        drawGlyph(p, r, QStringLiteral("H"), Qt::white, 0.72);
    });
}

QIcon UiIcons::risk(Risk risk)
{
    switch (risk) {
    case Risk::ReadOnly:
        return filledCircle(Blue, [](QPainter *p, const QRectF &r) { drawGlyph(p, r, QStringLiteral("i"), Qt::white); });
    case Risk::Safe:
        return filledCircle(Green, drawCheck);
    case Risk::Disruptive:
        return painted([](QPainter *p, const QRectF &rect, QIcon::Mode) {
            const QRectF r = square(rect);
            QPolygonF triangle;
            triangle << QPointF(r.center().x(), r.top()) << r.bottomRight() << r.bottomLeft();
            p->setPen(QPen(Amber, qMax(1.0, r.width() * 0.06), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
            p->setBrush(Amber);
            p->drawPolygon(triangle);
            drawGlyph(p, r.adjusted(0, r.height() * 0.2, 0, 0), QStringLiteral("!"), Qt::black, 0.6);
        });
    case Risk::Destructive:
        return painted([](QPainter *p, const QRectF &rect, QIcon::Mode) {
            const QRectF r = square(rect);
            QPolygonF octagon;
            for (int i = 0; i < 8; ++i) {
                const qreal angle = qDegreesToRadians(22.5 + 45.0 * i);
                octagon << r.center() + QPointF(qCos(angle), qSin(angle)) * (r.width() / 2);
            }
            p->setPen(Qt::NoPen);
            p->setBrush(Red);
            p->drawPolygon(octagon);
            drawCross(p, r);
        });
    }
    return QIcon();
}

QIcon UiIcons::connectionState(SshConnection::State state, bool busy)
{
    if (busy && state == SshConnection::State::Connected) {
        return painted([](QPainter *p, const QRectF &rect, QIcon::Mode) {
            const QRectF r = square(rect);
            p->setPen(Qt::NoPen);
            p->setBrush(Blue);
            p->drawEllipse(r);
            // A "play" triangle: something is running.
            QPolygonF play;
            play << QPointF(r.left() + r.width() * 0.38, r.top() + r.height() * 0.28)
                 << QPointF(r.left() + r.width() * 0.74, r.center().y())
                 << QPointF(r.left() + r.width() * 0.38, r.top() + r.height() * 0.72);
            p->setBrush(Qt::white);
            p->drawPolygon(play);
        });
    }
    switch (state) {
    case SshConnection::State::Connected:
        return filledCircle(Green, drawCheck);
    case SshConnection::State::Failed:
        return filledCircle(Red, drawCross);
    case SshConnection::State::AwaitingHostKeyDecision:
        return painted([](QPainter *p, const QRectF &rect, QIcon::Mode) {
            const QRectF r = square(rect);
            p->setPen(Qt::NoPen);
            p->setBrush(Amber);
            p->drawEllipse(r);
            drawGlyph(p, r, QStringLiteral("?"), Qt::black);
        });
    case SshConnection::State::Connecting:
        return painted([](QPainter *p, const QRectF &rect, QIcon::Mode) {
            const QRectF r = square(rect);
            p->setPen(QPen(Amber, qMax(1.0, r.width() * 0.1)));
            p->setBrush(Qt::NoBrush);
            p->drawEllipse(r.adjusted(1, 1, -1, -1));
            p->setPen(Qt::NoPen);
            p->setBrush(Amber);
            const qreal d = r.width() * 0.14;
            for (int i = -1; i <= 1; ++i)
                p->drawEllipse(QPointF(r.center().x() + i * d * 1.8, r.center().y()), d / 2 + 0.5, d / 2 + 0.5);
        });
    case SshConnection::State::Disconnected:
        break;
    }
    return painted([](QPainter *p, const QRectF &rect, QIcon::Mode) {
        const QRectF r = square(rect);
        p->setPen(QPen(Grey, qMax(1.0, r.width() * 0.1)));
        p->setBrush(Qt::NoBrush);
        p->drawEllipse(r.adjusted(1, 1, -1, -1));
    });
}

QIcon UiIcons::severity(Severity severity)
{
    switch (severity) {
    case Severity::Ok:
        return risk(Risk::Safe); // green circle with a check
    case Severity::Warning:
        return risk(Risk::Disruptive); // amber triangle with "!"
    case Severity::Critical:
        return risk(Risk::Destructive); // red octagon with a cross
    case Severity::Unknown:
        break;
    }
    return painted([](QPainter *p, const QRectF &rect, QIcon::Mode) {
        const QRectF r = square(rect);
        p->setPen(Qt::NoPen);
        p->setBrush(Grey);
        p->drawEllipse(r);
        drawGlyph(p, r, QStringLiteral("?"), Qt::white);
    });
}

QIcon UiIcons::refreshing()
{
    return painted([](QPainter *p, const QRectF &rect, QIcon::Mode) {
        const QRectF r = square(rect, 0.16);
        const qreal w = qMax(1.5, r.width() * 0.14);
        p->setPen(QPen(Blue, w, Qt::SolidLine, Qt::RoundCap));
        p->setBrush(Qt::NoBrush);
        p->drawArc(r, 60 * 16, 280 * 16);
        // Arrow head at the arc's end (angle 60°, counter-clockwise start).
        const QPointF end = r.center() + QPointF(qCos(qDegreesToRadians(60.0)), -qSin(qDegreesToRadians(60.0))) * (r.width() / 2);
        QPolygonF head;
        head << end + QPointF(-w * 2.2, -w * 0.6) << end + QPointF(w * 0.9, -w * 1.6) << end + QPointF(w * 0.4, w * 1.6);
        p->setPen(Qt::NoPen);
        p->setBrush(Blue);
        p->drawPolygon(head);
    });
}
