#include "LogFindBar.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QStyle>
#include <QToolButton>

LogFindBar::LogFindBar(QWidget *parent)
    : QWidget(parent)
    , m_field(new QLineEdit(this))
    , m_previous(new QToolButton(this))
    , m_next(new QToolButton(this))
    , m_matchCase(new QCheckBox(tr("Match case"), this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("logFindBar"));
    m_field->setObjectName(QStringLiteral("logFindField"));
    m_field->setPlaceholderText(tr("Find in log"));
    m_field->setClearButtonEnabled(true);
    m_previous->setObjectName(QStringLiteral("logFindPrevious"));
    m_previous->setText(tr("Previous"));
    m_previous->setToolTip(tr("Find previous (Shift+Enter)"));
    m_previous->setIcon(style()->standardIcon(QStyle::SP_ArrowUp));
    m_previous->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_next->setObjectName(QStringLiteral("logFindNext"));
    m_next->setText(tr("Next"));
    m_next->setToolTip(tr("Find next (Enter)"));
    m_next->setIcon(style()->standardIcon(QStyle::SP_ArrowDown));
    m_next->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_matchCase->setObjectName(QStringLiteral("logFindMatchCase"));
    m_status->setObjectName(QStringLiteral("logFindStatus"));
    m_field->installEventFilter(this);

    auto *close = new QToolButton(this);
    close->setObjectName(QStringLiteral("logFindClose"));
    close->setIcon(style()->standardIcon(QStyle::SP_DialogCloseButton));
    close->setToolTip(tr("Close the search bar (Esc)"));
    close->setAutoRaise(true);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    layout->addWidget(m_field, 1);
    layout->addWidget(m_previous);
    layout->addWidget(m_next);
    layout->addWidget(m_matchCase);
    layout->addWidget(m_status);
    layout->addWidget(close);

    connect(m_field, &QLineEdit::returnPressed, this, [this] { Q_EMIT findRequested(text(), false); });
    connect(m_field, &QLineEdit::textChanged, this, [this](const QString &t) {
        m_status->clear();
        Q_EMIT textChanged(t);
    });
    connect(m_previous, &QToolButton::clicked, this, [this] { Q_EMIT findRequested(text(), true); });
    connect(m_next, &QToolButton::clicked, this, [this] { Q_EMIT findRequested(text(), false); });
    connect(m_matchCase, &QCheckBox::toggled, this, [this] { Q_EMIT textChanged(text()); });
    connect(close, &QToolButton::clicked, this, [this] {
        hide();
        Q_EMIT closed();
    });
}

QString LogFindBar::text() const
{
    return m_field->text();
}

Qt::CaseSensitivity LogFindBar::caseSensitivity() const
{
    return m_matchCase->isChecked() ? Qt::CaseSensitive : Qt::CaseInsensitive;
}

void LogFindBar::activate()
{
    show();
    m_field->setFocus(Qt::ShortcutFocusReason);
    m_field->selectAll();
}

void LogFindBar::setResult(bool found)
{
    // Text, not only a red field: the result must be readable without colour.
    m_status->setText(found ? QString() : tr("Not found"));
}

void LogFindBar::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        hide();
        Q_EMIT closed();
        return;
    }
    QWidget::keyPressEvent(event);
}

bool LogFindBar::eventFilter(QObject *watched, QEvent *event)
{
    // Shift+Enter must search backwards; QLineEdit would report it as a plain Enter.
    if (watched == m_field && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)
            && (key->modifiers() & Qt::ShiftModifier)) {
            Q_EMIT findRequested(text(), true);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}
