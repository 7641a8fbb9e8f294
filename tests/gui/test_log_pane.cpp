#include "LogPane.h"

#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QLocale>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>

using Channel = LogPane::Channel;

class TestLogPane : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void lineSplitAcrossChunks();
    void lineSplitAcrossFlushes();
    void utf8SplitAcrossChunks_data();
    void utf8SplitAcrossChunks();
    void stderrIsMarked();
    void interleavedChannelsKeepTheirLines();
    void ansiRenderedNotShown();
    void carriageReturnOverwrites();
    void blankLinesKept();
    void runHeaderAndFooter();
    void unterminatedLastLineEndsAtFooter();
    void limitDropsOldestAndSaysSo_data();
    void limitDropsOldestAndSaysSo();
    void manyLinesInChunks();
    void saveWritesWhatIsShown();
    void searchFinds();
    void clearResets();
    void longLineWithoutNewlineIsCut_data();
    void longLineWithoutNewlineIsCut();
    void cutNeverSplitsACharacter();
    void progressBarIsNeverCut();
    void fallingBehindDropsOldestAndSaysSo();
    void documentBoundedInCharacters();
};

namespace {
constexpr qsizetype Chunk = 64 * 1024; // what the SSH layer delivers at a time
QString sizeText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}
} // namespace

void TestLogPane::lineSplitAcrossChunks()
{
    LogPane pane;
    pane.appendOutput("hel", Channel::Stdout);
    pane.appendOutput("lo\nwor", Channel::Stdout);
    pane.appendOutput("ld\n", Channel::Stdout);
    pane.flush();
    QCOMPARE(pane.lineCount(), 2);
    QCOMPARE(pane.lineText(0), QStringLiteral("hello"));
    QCOMPARE(pane.lineText(1), QStringLiteral("world"));
}

void TestLogPane::lineSplitAcrossFlushes()
{
    // The first half is shown at once (a prompt or progress line must be
    // visible), and the second half continues the same line.
    LogPane pane;
    pane.appendOutput("Downloading ", Channel::Stdout);
    pane.flush();
    QCOMPARE(pane.lineCount(), 1);
    QCOMPARE(pane.lineText(0), QStringLiteral("Downloading "));
    pane.appendOutput("done\nnext", Channel::Stdout);
    QTRY_COMPARE(pane.lineCount(), 2); // through the flush timer this time
    QCOMPARE(pane.lineText(0), QStringLiteral("Downloading done"));
    QCOMPARE(pane.lineText(1), QStringLiteral("next"));
}

void TestLogPane::utf8SplitAcrossChunks_data()
{
    QTest::addColumn<int>("splitAt");
    const QByteArray text = QStringLiteral("保守🐘ok\n").toUtf8();
    for (int i = 1; i < text.size(); ++i)
        QTest::addRow("byte %d", i) << i;
}

void TestLogPane::utf8SplitAcrossChunks()
{
    QFETCH(int, splitAt);
    const QByteArray text = QStringLiteral("保守🐘ok\n").toUtf8();
    LogPane pane;
    pane.appendOutput(text.left(splitAt), Channel::Stdout);
    pane.flush();
    pane.appendOutput(text.mid(splitAt), Channel::Stdout);
    pane.flush();
    QCOMPARE(pane.lineCount(), 1);
    QCOMPARE(pane.lineText(0), QStringLiteral("保守🐘ok"));
}

void TestLogPane::stderrIsMarked()
{
    LogPane pane;
    pane.appendOutput("fine\n", Channel::Stdout);
    pane.appendOutput("oops\n", Channel::Stderr);
    pane.flush();
    QCOMPARE(pane.lineCount(), 2);
    QCOMPARE(pane.lineKind(0), LogView::LineKind::Stdout);
    QCOMPARE(pane.lineKind(1), LogView::LineKind::Stderr);
    // Marked by more than colour: a "!" marker (gutter and saved file)...
    const QStringList lines = pane.exportText().split(QLatin1Char('\n'));
    QVERIFY2(lines.at(1).endsWith(QStringLiteral(" ! oops")), qPrintable(lines.at(1)));
    QVERIFY2(lines.at(0).endsWith(QStringLiteral("   fine")), qPrintable(lines.at(0)));
    // ...and by colour.
    const QTextBlock out = pane.view()->document()->findBlockByNumber(0);
    const QTextBlock err = pane.view()->document()->findBlockByNumber(1);
    QVERIFY(out.begin().fragment().charFormat().foreground() != err.begin().fragment().charFormat().foreground());
}

void TestLogPane::interleavedChannelsKeepTheirLines()
{
    LogPane pane;
    pane.appendOutput("a1\n", Channel::Stdout);
    pane.appendOutput("e1\n", Channel::Stderr);
    pane.appendOutput("a2\n", Channel::Stdout);
    pane.flush();
    QCOMPARE(pane.lineCount(), 3);
    QCOMPARE(pane.lineText(1), QStringLiteral("e1"));
    QCOMPARE(pane.lineKind(1), LogView::LineKind::Stderr);
    QCOMPARE(pane.lineText(2), QStringLiteral("a2"));
    QCOMPARE(pane.lineKind(2), LogView::LineKind::Stdout);
}

void TestLogPane::ansiRenderedNotShown()
{
    LogPane pane;
    pane.appendOutput("\x1b[1;31mred\x1b[0m plain\x1b[2K\x1b[10A\n\x1b[38;5;200mx\x1b]0;title\x07y\n",
                      Channel::Stdout);
    pane.flush();
    QCOMPARE(pane.lineCount(), 2);
    QCOMPARE(pane.lineText(0), QStringLiteral("red plain"));
    QCOMPARE(pane.lineText(1), QStringLiteral("xy"));
    const QTextBlock block = pane.view()->document()->findBlockByNumber(0);
    const QTextCharFormat red = block.begin().fragment().charFormat();
    QCOMPARE(red.fontWeight(), int(QFont::Bold));
    QVERIFY(red.foreground().style() != Qt::NoBrush);
}

void TestLogPane::carriageReturnOverwrites()
{
    LogPane pane;
    pane.appendOutput("10%\r20%\r", Channel::Stdout);
    pane.flush();
    pane.appendOutput("100%\r\ndone\r\n", Channel::Stdout);
    pane.flush();
    QCOMPARE(pane.lineCount(), 2);
    QCOMPARE(pane.lineText(0), QStringLiteral("100%"));
    QCOMPARE(pane.lineText(1), QStringLiteral("done"));
}

void TestLogPane::blankLinesKept()
{
    LogPane pane;
    pane.appendOutput("a\n\n\nb\n", Channel::Stdout);
    pane.flush();
    QCOMPARE(pane.lineCount(), 4);
    QCOMPARE(pane.lineText(1), QString());
    QCOMPARE(pane.lineText(3), QStringLiteral("b"));
}

void TestLogPane::runHeaderAndFooter()
{
    LogPane pane;
    pane.beginRun(QStringLiteral("Restart Mastodon"), QStringLiteral("systemctl restart mastodon-web"));
    QVERIFY(pane.isRunning());
    QVERIFY(pane.findChild<QWidget *>(QStringLiteral("cancelRunButton")));
    pane.appendOutput("ok\n", Channel::Stdout);
    pane.endRun(3, 2500);
    QVERIFY(!pane.isRunning());
    QCOMPARE(pane.lineCount(), 4);
    QCOMPARE(pane.lineKind(0), LogView::LineKind::Header);
    QVERIFY(pane.lineText(0).contains(QStringLiteral("Restart Mastodon")));
    QCOMPARE(pane.lineText(1), QStringLiteral("$ systemctl restart mastodon-web"));
    QCOMPARE(pane.lineText(2), QStringLiteral("ok"));
    QCOMPARE(pane.lineKind(3), LogView::LineKind::FooterError);
    QVERIFY2(pane.lineText(3).contains(QLatin1Char('3')), qPrintable(pane.lineText(3)));
    QVERIFY2(pane.lineText(3).contains(LogPane::formatDuration(2500)), qPrintable(pane.lineText(3)));

    pane.beginRun(QStringLiteral("Check"), QStringLiteral("true"));
    pane.endRunWithError(QStringLiteral("Connection lost"), 10);
    QCOMPARE(pane.lineKind(pane.lineCount() - 1), LogView::LineKind::FooterError);
    QVERIFY(pane.lineText(pane.lineCount() - 1).contains(QStringLiteral("Connection lost")));
}

void TestLogPane::unterminatedLastLineEndsAtFooter()
{
    LogPane pane;
    pane.beginRun(QStringLiteral("T"), QStringLiteral("printf x"));
    pane.appendOutput("no newline\xe4", Channel::Stdout); // and a truncated UTF-8 sequence
    pane.endRun(0, 5);
    pane.beginRun(QStringLiteral("T2"), QStringLiteral("echo"));
    pane.appendOutput("\x81\n", Channel::Stdout); // must not complete the previous run's byte
    pane.flush();
    QCOMPARE(pane.lineText(2), QStringLiteral("no newline"));
    QCOMPARE(pane.lineKind(3), LogView::LineKind::Footer);
    QVERIFY(!pane.lineText(pane.lineCount() - 1).contains(QStringLiteral("䁁")));
}

void TestLogPane::limitDropsOldestAndSaysSo_data()
{
    QTest::addColumn<int>("linesPerFlush");
    QTest::newRow("all at once (skipped before insertion)") << 250;
    QTest::newRow("ten at a time (trimmed by the document)") << 10;
}

void TestLogPane::limitDropsOldestAndSaysSo()
{
    QFETCH(int, linesPerFlush);
    LogPane pane;
    pane.setMaximumLines(100);
    auto *notice = pane.findChild<QLabel *>(QStringLiteral("droppedLinesNotice"));
    QVERIFY(notice);
    QVERIFY(notice->isHidden());
    for (int i = 0; i < 250; ++i) {
        pane.appendOutput(QByteArray("line ") + QByteArray::number(i) + '\n', Channel::Stdout);
        if ((i + 1) % linesPerFlush == 0)
            pane.flush();
    }
    pane.flush();
    QCOMPARE(pane.lineCount(), 100);
    QCOMPARE(pane.lineText(0), QStringLiteral("line 150"));
    QCOMPARE(pane.lineText(99), QStringLiteral("line 249"));
    QCOMPARE(pane.droppedLines(), qint64(150));
    QVERIFY(!notice->isHidden());
    QVERIFY2(notice->text().contains(QStringLiteral("150")), qPrintable(notice->text()));
}

void TestLogPane::manyLinesInChunks()
{
    LogPane pane;
    pane.resize(800, 400);
    pane.show(); // a visible view does layout work too: measure the real thing
    QByteArray all;
    const int total = 200000;
    for (int i = 0; i < total; ++i)
        all += "output line " + QByteArray::number(i) + '\n';
    QElapsedTimer clock;
    clock.start();
    // Odd chunk size so that lines are cut everywhere.
    for (qsizetype pos = 0; pos < all.size(); pos += 4093) {
        pane.appendOutput(all.mid(pos, 4093), Channel::Stdout);
        // Flushed as the 50 ms timer would, but at fixed points: on a loaded machine the
        // timer can fall behind and the pending cap then (rightly) drops lines.
        if ((pos / 4093) % 20 == 0) {
            pane.flush();
            QCoreApplication::processEvents();
        }
    }
    const QString last = QStringLiteral("output line %1").arg(total - 1);
    QTRY_COMPARE_WITH_TIMEOUT(pane.lineText(pane.lineCount() - 1), last, 60000);
    qInfo("200,000 lines shown in %lld ms", qint64(clock.elapsed()));
    QCOMPARE(pane.lineCount(), pane.maximumLines());
    QCOMPARE(pane.droppedLines(), qint64(total - pane.maximumLines()));
    QCOMPARE(pane.lineText(0), QStringLiteral("output line %1").arg(total - pane.maximumLines()));
    // Lines are contiguous: spot-check the middle.
    QCOMPARE(pane.lineText(50000), QStringLiteral("output line %1").arg(total - pane.maximumLines() + 50000));
}

void TestLogPane::saveWritesWhatIsShown()
{
    LogPane pane;
    pane.beginRun(QStringLiteral("Disk usage"), QStringLiteral("df -h"));
    pane.appendOutput("Filesystem Size\n/dev/vda1 25G 保守\n", Channel::Stdout);
    pane.appendOutput("warning\n", Channel::Stderr);
    pane.endRun(0, 120);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("log.txt"));
    QString error;
    QVERIFY2(pane.saveToFile(path, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString saved = QString::fromUtf8(file.readAll());
    QCOMPARE(saved, pane.exportText());
    const QStringList lines = saved.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), pane.lineCount());
    QVERIFY(lines.at(3).endsWith(QStringLiteral("   /dev/vda1 25G 保守")));
    QVERIFY(lines.at(4).endsWith(QStringLiteral(" ! warning")));
    // Every line starts with its time.
    QVERIFY(QRegularExpression(QStringLiteral("^\\d\\d:\\d\\d:\\d\\d ")).match(lines.at(3)).hasMatch());

    QVERIFY(!pane.saveToFile(dir.filePath(QStringLiteral("no/such/dir/log.txt")), &error));
    QVERIFY(!error.isEmpty());
}

void TestLogPane::searchFinds()
{
    LogPane pane;
    pane.appendOutput("alpha\nbeta needle\ngamma\nNeedle again\n", Channel::Stdout);
    QVERIFY(pane.find(QStringLiteral("needle")));
    QCOMPARE(pane.view()->textCursor().selectedText(), QStringLiteral("needle"));
    QCOMPARE(pane.view()->textCursor().blockNumber(), 1);
    QVERIFY(pane.find(QStringLiteral("needle"))); // case-insensitive: the second one
    QCOMPARE(pane.view()->textCursor().blockNumber(), 3);
    QVERIFY(pane.find(QStringLiteral("needle"))); // wraps around
    QCOMPARE(pane.view()->textCursor().blockNumber(), 1);
    QVERIFY(pane.find(QStringLiteral("needle"), true)); // backwards wraps to the last
    QCOMPARE(pane.view()->textCursor().blockNumber(), 3);
    QVERIFY(pane.find(QStringLiteral("Needle"), false, Qt::CaseSensitive));
    QCOMPARE(pane.view()->textCursor().blockNumber(), 3);
    QVERIFY(!pane.find(QStringLiteral("NEEDLE"), false, Qt::CaseSensitive));
    QVERIFY(!pane.find(QStringLiteral("absent")));
    pane.resize(600, 300);
    pane.show();
    QVERIFY(pane.find(QStringLiteral("a")));
    QVERIFY2(pane.view()->extraSelections().size() >= 5, "visible matches are highlighted");
}

void TestLogPane::clearResets()
{
    LogPane pane;
    pane.setMaximumLines(100);
    for (int i = 0; i < 300; ++i)
        pane.appendOutput("x\n", Channel::Stdout);
    pane.flush();
    QVERIFY(pane.droppedLines() > 0);
    pane.clear();
    QCOMPARE(pane.lineCount(), 0);
    QCOMPARE(pane.droppedLines(), qint64(0));
    QVERIFY(pane.findChild<QLabel *>(QStringLiteral("droppedLinesNotice"))->isHidden());
    pane.appendOutput("after\n", Channel::Stdout);
    pane.flush();
    QCOMPARE(pane.lineCount(), 1);
    QCOMPARE(pane.lineText(0), QStringLiteral("after"));
}

void TestLogPane::longLineWithoutNewlineIsCut_data()
{
    QTest::addColumn<int>("flushEvery"); // chunks between flushes; 0: only at the end
    QTest::newRow("never flushed in between") << 0;
    QTest::newRow("flushed after every chunk") << 1;
    QTest::newRow("flushed now and then") << 37;
}

void TestLogPane::longLineWithoutNewlineIsCut()
{
    // 50 MB of output without a single newline (a binary file cat'ed, a minified
    // bundle): one line keeps its start, the rest is counted, nothing grows.
    QFETCH(int, flushEvery);
    LogPane pane;
    QByteArray chunk(Chunk, 'x');
    for (qsizetype i = 0; i < chunk.size(); i += 97)
        chunk[i] = char('a' + i % 26);
    const qint64 total = qint64(50) << 20;
    for (qint64 fed = 0; fed < total; fed += Chunk) {
        pane.appendOutput(chunk, Channel::Stdout);
        QVERIFY2(pane.pendingChars() <= pane.maximumLineBytes(), qPrintable(QString::number(pane.pendingChars())));
        if (flushEvery > 0 && (fed / Chunk) % flushEvery == 0)
            pane.flush();
    }
    pane.flush();
    QCOMPARE(pane.lineCount(), 1);
    QCOMPARE(pane.view()->document()->blockCount(), 1);
    const QString line = pane.lineText(0);
    QVERIFY2(line.size() <= pane.maximumLineBytes() + 64, qPrintable(QString::number(line.size())));
    QVERIFY(line.startsWith(QString::fromLatin1(chunk.left(1000))));
    const QString mark = QStringLiteral("… [line cut: %1 more]").arg(sizeText(total - pane.maximumLineBytes()));
    QVERIFY2(line.endsWith(mark), qPrintable(line.right(80)));
    QVERIFY(pane.view()->document()->characterCount() < 2 * pane.maximumLineBytes());
    // The mark is set apart from the output (a notice's muted colour, no italics: Japanese has
    // no italic face), not just more text.
    QTextBlock block = pane.view()->document()->firstBlock();
    QTextBlock::iterator last;
    for (QTextBlock::iterator it = block.begin(); !it.atEnd(); ++it)
        last = it;
    QCOMPARE(last.fragment().text(), mark);
    QVERIFY(!last.fragment().charFormat().fontItalic());
    QCOMPARE(last.fragment().charFormat().foreground().color(), pane.palette().color(QPalette::PlaceholderText));
    QVERIFY(block.begin().fragment().charFormat().foreground().color() != pane.palette().color(QPalette::PlaceholderText));

    // The line ends; the next ones are whole again, and the cut is in the saved log too.
    pane.appendOutput("\nnext line\n", Channel::Stdout);
    pane.flush();
    QCOMPARE(pane.lineCount(), 2);
    QCOMPARE(pane.lineText(1), QStringLiteral("next line"));
    QVERIFY(pane.lineText(0).endsWith(mark));
    QVERIFY(pane.exportText().contains(mark));
}

void TestLogPane::cutNeverSplitsACharacter()
{
    LogPane pane;
    const QByteArray wide = QStringLiteral("保守🐘").toUtf8(); // 3 + 3 + 4 bytes
    QByteArray all;
    while (all.size() < 200000)
        all += wide;
    // Odd chunks, so that characters are cut by chunk boundaries too.
    for (qsizetype pos = 0; pos < all.size(); pos += 4093)
        pane.appendOutput(all.mid(pos, 4093), Channel::Stdout);
    pane.appendOutput("\nend\n", Channel::Stdout);
    pane.flush();
    QCOMPARE(pane.lineCount(), 2);
    const QString line = pane.lineText(0);
    QVERIFY(!line.contains(QChar::ReplacementCharacter));
    const QString kept = line.left(line.indexOf(QStringLiteral("… [line cut:")));
    QVERIFY(kept.toUtf8().size() <= pane.maximumLineBytes());
    QVERIFY(kept.toUtf8().size() > pane.maximumLineBytes() - 4);
    QVERIFY(QStringLiteral("保守🐘").repeated(10000).startsWith(kept));
    QCOMPARE(pane.lineText(1), QStringLiteral("end"));
}

void TestLogPane::progressBarIsNeverCut()
{
    // "\r" redraws the line: a progress bar that runs for 50 MB is one short line.
    LogPane pane;
    QByteArray chunk;
    int n = 0;
    while (chunk.size() < Chunk)
        chunk += "\rdownloading " + QByteArray::number(n++ % 100) + "%";
    for (qint64 fed = 0; fed < (qint64(50) << 20); fed += chunk.size()) {
        pane.appendOutput(chunk, Channel::Stdout);
        pane.flush(); // as the flush timer would: it keeps up, only the last redraw is inserted
        QVERIFY(!pane.lineText(0).contains(QStringLiteral("line cut")));
    }
    QCOMPARE(pane.notShownBytes(), qint64(0));
    pane.appendOutput("\rdone\n", Channel::Stdout);
    pane.flush();
    QCOMPARE(pane.lineCount(), 1);
    QCOMPARE(pane.lineText(0), QStringLiteral("done"));
}

void TestLogPane::fallingBehindDropsOldestAndSaysSo()
{
    // Output comes faster than the log inserts it (no event loop at all here):
    // the waiting text stays bounded, the newest is kept, and the log says how
    // much it left out, where. Long lines, so skipping excess lines cannot help.
    LogPane pane;
    auto *notice = pane.findChild<QLabel *>(QStringLiteral("droppedLinesNotice"));
    QVERIFY(notice && notice->isHidden());
    QByteArray all;
    for (int i = 0; i < 3000; ++i) { // 24 MB, far more than MaxPendingChars
        QByteArray line = "L" + QByteArray::number(i).rightJustified(6, '0') + ' ';
        line += QByteArray(7999 - line.size(), char('a' + i % 26));
        all += line + '\n';
    }
    for (qsizetype pos = 0; pos < all.size(); pos += Chunk) {
        pane.appendOutput(all.mid(pos, Chunk), Channel::Stdout);
        QVERIFY2(pane.pendingChars() <= LogPane::MaxPendingChars, qPrintable(QString::number(pane.pendingChars())));
    }
    QVERIFY(pane.notShownBytes() > 0);
    pane.flush();

    // The gap is marked in the log, once, before the output that was kept.
    int gaps = 0;
    qint64 shownBytes = 0;
    for (int i = 0; i < pane.lineCount(); ++i) {
        if (pane.lineKind(i) == LogView::LineKind::Notice) {
            ++gaps;
            QCOMPARE(pane.lineText(i), QStringLiteral("[%1 of output not shown here: it arrived faster than the log can "
                                                      "show it, and Hoshu keeps no other copy]")
                                           .arg(sizeText(pane.notShownBytes())));
        } else {
            shownBytes += pane.lineText(i).size() + 1;
        }
    }
    QCOMPARE(gaps, 1);
    QCOMPARE(pane.lineKind(0), LogView::LineKind::Notice);
    // Nothing is lost silently: what is shown plus what the notice counts is all of it.
    QCOMPARE(shownBytes + pane.notShownBytes(), qint64(all.size()));
    QVERIFY(pane.lineText(pane.lineCount() - 1).startsWith(QStringLiteral("L002999 ")));
    QVERIFY(!notice->isHidden());
    QVERIFY2(notice->text().contains(sizeText(pane.notShownBytes())), qPrintable(notice->text()));
    QVERIFY2(notice->text().contains(QStringLiteral("keeps no other copy")), qPrintable(notice->text()));

    // More output after the gap: no second gap line for it.
    pane.appendOutput("after\n", Channel::Stdout);
    pane.flush();
    QCOMPARE(pane.lineText(pane.lineCount() - 1), QStringLiteral("after"));
}

void TestLogPane::documentBoundedInCharacters()
{
    // 3,000 lines of 16,000 characters are fewer lines than the limit but 48
    // million characters: the document drops its oldest lines by size too.
    LogPane pane;
    for (int i = 0; i < 3000; ++i) {
        QByteArray line = "line " + QByteArray::number(i) + ' ';
        line += QByteArray(16000 - line.size(), 'y');
        pane.appendOutput(line + '\n', Channel::Stdout);
        if (i % 200 == 0)
            pane.flush();
    }
    pane.flush();
    QVERIFY2(pane.view()->document()->characterCount() <= LogPane::MaxDocumentChars,
             qPrintable(QString::number(pane.view()->document()->characterCount())));
    QVERIFY(pane.droppedLines() > 0);
    QCOMPARE(pane.droppedLines() + pane.lineCount(), qint64(3000));
    QVERIFY(pane.lineText(pane.lineCount() - 1).startsWith(QStringLiteral("line 2999 ")));
    QCOMPARE(pane.lineText(0).left(5), QStringLiteral("line "));
    QCOMPARE(pane.lineText(0).size(), 16000);
}

QTEST_MAIN(TestLogPane)
#include "test_log_pane.moc"
