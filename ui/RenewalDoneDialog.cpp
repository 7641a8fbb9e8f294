#include "RenewalDoneDialog.h"

#include "servers/RenewalRecord.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

RenewalDoneDialog::RenewalDoneDialog(const QString &what, const QDate &due, QWidget *parent)
    : QDialog(parent)
    , m_what(what)
    , m_date(new QDateEdit(this))
{
    setObjectName(QStringLiteral("renewalDoneDialog"));
    setWindowTitle(tr("Mark as renewed"));
    const QDate today = QDate::currentDate();
    auto *text = new QLabel(tr("You renewed or paid “%1”. When is it due next? Hoshu reminds you again before "
                               "that day.").arg(what),
                            this);
    text->setTextFormat(Qt::PlainText); // the name is the user's own, still never markup
    text->setWordWrap(true);
    m_date->setObjectName(QStringLiteral("nextDueEdit"));
    m_date->setCalendarPopup(true);
    m_date->setMinimumDate(today.addDays(1));
    m_date->setDate(RenewalRecord::suggestedNextDue(due, today));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Record"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addWidget(m_date);
    layout->addWidget(buttons);
}

QDate RenewalDoneDialog::nextDue() const
{
    return m_date->date();
}
