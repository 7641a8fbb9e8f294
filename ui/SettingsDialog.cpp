#include "SettingsDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

SettingsDialog::SettingsDialog(QWidget *parent)
    : QDialog(parent)
    , m_interval(new QComboBox(this))
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    m_interval->setObjectName(QStringLiteral("autoRefreshCombo"));
    for (int minutes : intervalChoices()) {
        m_interval->addItem(minutes == 0 ? tr("Off (refresh only with F5)")
                                         : tr("Every %n minute(s)", nullptr, minutes),
                            minutes);
    }
    setIntervalMinutes(defaultIntervalMinutes());

    auto *note = new QLabel(tr("A refresh is read-only: it runs one short check script on each server and "
                               "changes nothing. The slow disk measurement runs only when you ask for it."),
                            this);
    note->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("Check every server automatically:"), m_interval);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("settingsButtons"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(buttons);
}

void SettingsDialog::setIntervalMinutes(int minutes)
{
    const int index = m_interval->findData(minutes);
    m_interval->setCurrentIndex(index >= 0 ? index : m_interval->findData(defaultIntervalMinutes()));
}

int SettingsDialog::intervalMinutes() const
{
    return m_interval->currentData().toInt();
}
