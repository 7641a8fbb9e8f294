#include "TransferRow.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>

namespace {
constexpr int kSteps = 1000;
} // namespace

TransferRow::TransferRow(QWidget *parent)
    : QWidget(parent)
    , m_bar(new QProgressBar(this))
    , m_label(new QLabel(this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
{
    m_bar->setObjectName(QStringLiteral("backupsProgress"));
    m_bar->setRange(0, kSteps);
    m_label->setObjectName(QStringLiteral("backupsProgressText"));
    m_label->setTextFormat(Qt::PlainText); // it names files the server chose
    m_cancel->setObjectName(QStringLiteral("backupsCancelButton"));
    m_cancel->setToolTip(tr("Stop the transfer; what arrived is kept and the next one continues from there"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_bar, 2);
    layout->addWidget(m_label, 3);
    layout->addWidget(m_cancel);
    connect(m_cancel, &QPushButton::clicked, this, &TransferRow::cancelRequested);
    hide();
}

void TransferRow::begin(const QString &text)
{
    m_bar->setRange(0, kSteps);
    m_bar->setValue(0);
    m_cancel->setEnabled(true);
    m_label->setText(text);
    show();
}

void TransferRow::busy(const QString &text)
{
    m_bar->setRange(0, 0);
    m_label->setText(text);
    m_cancel->setEnabled(false);
    show();
}

void TransferRow::update(const QString &format, const QString &name, qint64 done, qint64 total, qint64 bytesPerSecond)
{
    const QLocale locale;
    m_bar->setValue(total > 0 ? int(double(done) / double(total) * kSteps) : 0);
    m_label->setText(format.arg(name, locale.formattedDataSize(done), locale.formattedDataSize(qMax<qint64>(0, total)),
                                locale.formattedDataSize(bytesPerSecond)));
}
