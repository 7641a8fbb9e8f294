#pragma once

#include "checks/Severity.h"

#include <QTableWidget>

// The read-only table the Certificates, Services and Timers tabs share, with a
// line above it for "could not read" and similar notes.
class DashboardTable : public QTableWidget
{
    Q_OBJECT

public:
    DashboardTable(const QStringList &headers, const QString &objectName, QWidget *parent = nullptr);

    // Appends a row; the first cell gets the severity icon (icon AND text: never colour alone).
    // Cells are plain text (the item delegate never renders markup); so is the tool tip.
    int addRow(const QStringList &cells, Severity severity, const QString &tooltip = QString());
    // A whole-row note ("Could not read the services: ...").
    void setNote(const QString &text, Severity severity);
    void clearRows();
};
