#pragma once

#include <QDate>
#include <QDialog>

class QDateEdit;

// "Mark as renewed…" on a renewal.due card: asks when the renewed thing
// (rent, domain) is due next. Opened non-modal; accepted() then nextDue().
class RenewalDoneDialog : public QDialog
{
    Q_OBJECT

public:
    RenewalDoneDialog(const QString &what, const QDate &due, QWidget *parent = nullptr);
    QString what() const { return m_what; }
    QDate nextDue() const;

private:
    QString m_what;
    QDateEdit *m_date;
};
