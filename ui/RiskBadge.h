#pragma once

#include "catalog/Risk.h"

#include <QWidget>

class QLabel;

// "⛔ Destructive": the risk of an action as an icon AND a word, never colour alone.
class RiskBadge : public QWidget
{
    Q_OBJECT

public:
    explicit RiskBadge(Risk risk, QWidget *parent = nullptr);

    Risk risk() const { return m_risk; }
    QString text() const;
    // One sentence saying what this level of risk means for the server.
    static QString explanation(Risk risk);

private:
    Risk m_risk;
    QLabel *m_text;
};
