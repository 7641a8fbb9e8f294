#pragma once

#include <QObject>
#include <QString>

#include <functional>

class QThread;

// Runs one piece of work on files of this computer (gpg over a bundle, reading copies again:
// seconds per GiB) in a thread of its own, so the window stays responsive, and says in the
// caller's thread how it ended.
class FileWorkJob : public QObject
{
    Q_OBJECT

public:
    using Work = std::function<bool(QString *error)>;

    explicit FileWorkJob(QObject *parent = nullptr);
    ~FileWorkJob() override; // waits for the step under way (gpg only reads and writes local files)

    bool start(const Work &work); // false while a step runs
    bool isRunning() const { return m_thread != nullptr; }

Q_SIGNALS:
    void finished(bool ok, const QString &error);

private:
    QThread *m_thread = nullptr;
};
