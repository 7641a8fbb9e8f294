#pragma once

#include <QWidget>

class OverviewModel;
class QLabel;
class QSortFilterProxyModel;
class QTableView;
class QTimer;

// Every server in one sortable table. Double-click (or Enter) opens that server.
class OverviewView : public QWidget
{
    Q_OBJECT

public:
    explicit OverviewView(OverviewModel *model, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }

Q_SIGNALS:
    void openServerRequested(const QString &id);

protected:
    // The model's tool tips are plain text (messages naming the server's files,
    // domains, mount points); the table shows them as such, never as markup.
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateHint();

    OverviewModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_table;
    QLabel *m_hint;
    QTimer *m_clock;
};
