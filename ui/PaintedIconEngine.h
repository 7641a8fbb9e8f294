#pragma once

#include <QIconEngine>

#include <functional>

// An icon drawn with QPainter at whatever size and device pixel ratio is asked
// for: crisp at high DPI, and no dependency on an icon theme or the SVG plugin
// (neither exists on CI or on a bare Windows install).
class PaintedIconEngine : public QIconEngine
{
public:
    using PaintFunction = std::function<void(QPainter *painter, const QRectF &rect, QIcon::Mode mode)>;

    explicit PaintedIconEngine(PaintFunction paint);

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override;
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override;
    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state, qreal scale) override;
    QIconEngine *clone() const override;
    QString key() const override;

private:
    PaintFunction m_paint;
};
