<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>ActionConfirmation</name>
    <message>
        <source>--confirm names “%1”, but this server is “%2”. Nothing was run.</source>
        <translation>--confirm で指定された名前は「%1」ですが、このサーバは「%2」です。何も実行していません。</translation>
    </message>
    <message>
        <source>“%1” is %2 and changes the server %3. It will run:

%4
</source>
        <translation>「%1」は%2の操作で、サーバ %3 を変更します。実際に実行するコマンド:

%4
</translation>
    </message>
    <message>
        <source>Run it again with --confirm %1 to confirm.</source>
        <translation>実行するには --confirm %1 を付けてもう一度実行してください。</translation>
    </message>
    <message>
        <source>Run it again with --yes to confirm.</source>
        <translation>実行するには --yes を付けてもう一度実行してください。</translation>
    </message>
    <message>
        <source>Type the server&apos;s name (%1) to run it: </source>
        <translation>実行するにはサーバ名（%1）を入力してください: </translation>
    </message>
    <message>
        <source>Run it now? [y/N] </source>
        <translation>今すぐ実行しますか? [y/N] </translation>
    </message>
    <message>
        <source>Nothing was run.</source>
        <translation>何も実行していません。</translation>
    </message>
    <message>
        <source>  (nothing to change)</source>
        <translation>  (変更することはありません)</translation>
    </message>
    <message>
        <source>  (more lines were not shown)</source>
        <translation>  (表示していない行があります)</translation>
    </message>
</context>
<context>
    <name>ActionExpander</name>
    <message>
        <source>The action “%1” cannot run on a %2 deployment.</source>
        <translation>操作「%1」は %2 構成のサーバでは実行できません。</translation>
    </message>
    <message>
        <source>The action “%1” has no parameter named “%2”.</source>
        <translation>操作「%1」には「%2」という引数はありません。</translation>
    </message>
    <message>
        <source>Unknown server setting “%1”.</source>
        <translation>不明なサーバ設定「%1」です。</translation>
    </message>
    <message>
        <source>The server setting %1 “%2” is not valid: it must match %3.</source>
        <translation>サーバ設定 %1 の値「%2」は正しくありません。%3 に一致する必要があります。</translation>
    </message>
    <message>
        <source>This build of Hoshu lacks the action prelude (lib.sh): no action can run.</source>
        <translation>この Hoshu のビルドにはアクションの前置き部分(lib.sh)がありません。アクションを実行できません。</translation>
    </message>
</context>
<context>
    <name>ActionPanel</name>
    <message>
        <source>Filter actions</source>
        <translation>アクションを絞り込む</translation>
    </message>
    <message>
        <source>Add a server to get started: Server → Add Server…</source>
        <translation>まずサーバを追加してください: サーバ → サーバを追加...</translation>
    </message>
    <message>
        <source>Actions for %1</source>
        <translation>%1 のアクション</translation>
    </message>
    <message>
        <source>No actions are available for this kind of installation (%1).</source>
        <translation>この種類のインストール (%1) で使えるアクションはありません。</translation>
    </message>
</context>
<context>
    <name>ActionParameter</name>
    <message>
        <source>%1: a value is required.</source>
        <translation>%1: 値を入力してください。</translation>
    </message>
    <message>
        <source>%1: “%2” is not a whole number. Enter a number from %3 to %4.</source>
        <translation>%1: 「%2」は整数ではありません。%3 から %4 までの数を入力してください。</translation>
    </message>
    <message>
        <source>%1: %2 is out of range. Enter a number from %3 to %4.</source>
        <translation>%1: %2 は範囲外です。%3 から %4 までの数を入力してください。</translation>
    </message>
    <message>
        <source>%1: “%2” is not one of the choices: %3.</source>
        <translation>%1: 「%2」は選択肢にありません。選択肢: %3</translation>
    </message>
    <message>
        <source>%1: “%2” is not allowed. It must match the pattern %3.</source>
        <translation>%1: 「%2」は使えません。パターン %3 に一致する必要があります。</translation>
    </message>
</context>
<context>
    <name>ActionRow</name>
    <message>
        <source>Run</source>
        <translation>実行</translation>
    </message>
    <message>
        <source>Run now (changes nothing)</source>
        <translation>すぐに実行します (何も変更しません)</translation>
    </message>
    <message>
        <source>Shows the exact command and asks before running</source>
        <translation>実行する前に、実行するコマンドそのものを表示して確認します</translation>
    </message>
    <message>
        <source>Run: %1</source>
        <translation>実行: %1</translation>
    </message>
</context>
<context>
    <name>ActionRunner</name>
    <message>
        <source>The server is no longer available.</source>
        <translation>このサーバはもう利用できません。</translation>
    </message>
    <message>
        <source>sudo did not accept the password (or this user may not use sudo).</source>
        <translation>sudo がパスワードを受け付けませんでした（またはこのユーザーは sudo を使えません）。</translation>
    </message>
    <message numerus="yes">
        <source>Working out the plan took longer than %n seconds and was stopped.</source>
        <translation>
            <numerusform>実行内容の確認に %n 秒以上かかったため、中止しました。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ActionsCommand</name>
    <message>
        <source>Usage: hoshu-cli actions [--json]</source>
        <translation>使い方: hoshu-cli actions [--json]</translation>
    </message>
    <message>
        <source> (root)</source>
        <translation> (root 権限)</translation>
    </message>
</context>
<context>
    <name>AppPaths</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>フォルダ %1 を作成できません。</translation>
    </message>
</context>
<context>
    <name>AuditCommand</name>
    <message>
        <source>Usage: hoshu-cli audit [NAME] [--json] [--limit N]</source>
        <translation>使い方: hoshu-cli audit [NAME] [--json] [--limit N]</translation>
    </message>
    <message>
        <source>Cannot read the audit log %1: %2</source>
        <translation>監査ログ %1 を読めません: %2</translation>
    </message>
    <message>
        <source>No action has run yet.</source>
        <translation>まだ操作を実行していません。</translation>
    </message>
    <message>
        <source>(the output of this run is no longer kept)</source>
        <translation>(この実行の出力はもう保存されていません)</translation>
    </message>
    <message numerus="yes">
        <source>%n damaged entry(s) skipped.</source>
        <translation>
            <numerusform>壊れた記録 %n 件を読み飛ばしました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Older entries not shown; see --limit.</source>
        <translation>古い記録は表示していません。--limit を参照してください。</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>Cannot write the audit log %1: %2</source>
        <translation>監査ログ %1 に書き込めません: %2</translation>
    </message>
</context>
<context>
    <name>AuditOutputStore</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>フォルダ %1 を作成できません。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>Cannot write the output of the run to %1.</source>
        <translation>実行の出力を %1 に書き込めません。</translation>
    </message>
</context>
<context>
    <name>AuditText</name>
    <message>
        <source>Succeeded</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>開始されませんでした</translation>
    </message>
    <message>
        <source>Not started: %1</source>
        <translation>開始されませんでした: %1</translation>
    </message>
    <message>
        <source>Outcome unknown: %1</source>
        <translation>「結果不明」: %1</translation>
    </message>
    <message>
        <source>the connection dropped</source>
        <translation>接続が切れました</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>失敗: %1</translation>
    </message>
    <message>
        <source>Failed (exit status %1)</source>
        <translation>失敗(終了ステータス %1)</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 時間 %2 分</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(記録なし)</translation>
    </message>
    <message>
        <source> (hoshu-cli)</source>
        <translation>(hoshu-cli)</translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>CSV に書き出す(&amp;C)…</translation>
    </message>
    <message>
        <source>Export &amp;JSON…</source>
        <translation>JSON に書き出す(&amp;J)…</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>By whom</source>
        <translation>実行者</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>コマンド</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>所要時間</translation>
    </message>
    <message>
        <source>Select a run to see its output.</source>
        <translation>実行を選ぶと、その出力を表示します。</translation>
    </message>
    <message>
        <source>Save these runs, with their output, as a CSV file</source>
        <translation>これらの実行を出力ごと CSV ファイルに保存します</translation>
    </message>
    <message>
        <source>Save these runs, with their output, as a JSON file</source>
        <translation>これらの実行を出力ごと JSON ファイルに保存します</translation>
    </message>
    <message>
        <source>The audit log cannot be read: %1</source>
        <translation>監査ログを読めません: %1</translation>
    </message>
    <message>
        <source>Select a server.</source>
        <translation>サーバを選んでください。</translation>
    </message>
    <message>
        <source>No action has run on this server yet.</source>
        <translation>このサーバではまだ操作を実行していません。</translation>
    </message>
    <message numerus="yes">
        <source>The newest %n run(s).</source>
        <translation>
            <numerusform>最新の %n 件の実行です。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n run(s).</source>
        <translation>
            <numerusform>%n 件の実行です。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n damaged entry(s) skipped.</source>
        <translation>
            <numerusform>壊れた記録 %n 件を読み飛ばしました。</numerusform>
        </translation>
    </message>
    <message>
        <source>The output of this run is no longer kept.</source>
        <translation>この実行の出力はもう保存されていません。</translation>
    </message>
    <message>
        <source>This run printed nothing.</source>
        <translation>この実行は何も出力しませんでした。</translation>
    </message>
    <message>
        <source>Export the audit as JSON</source>
        <translation>監査ログを JSON に書き出す</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON ファイル (*.json)</translation>
    </message>
    <message>
        <source>Export the audit as CSV</source>
        <translation>監査ログを CSV に書き出す</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>書き出しに失敗しました</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
</context>
<context>
    <name>BackupCommand</name>
    <message>
        <source>There is no finished bundle on %1 to copy.</source>
        <translation>%1 にはコピーできる作成済みのバンドルがありません。</translation>
    </message>
    <message>
        <source>The backup ran, but its output does not end with the bundle line Hoshu reads (hoshu-bundle: path=… size=… sha256=…), so Hoshu cannot tell which file it made. See the output above.</source>
        <translation>バックアップは実行されましたが、出力の最後に Hoshu が読むバンドルの行(hoshu-bundle: path=… size=… sha256=…)がないため、どのファイルを作ったのか分かりません。上の出力を見てください。</translation>
    </message>
    <message>
        <source>Newest bundle on %1: %2 (%3, SHA-256 %4)</source>
        <translation>%1 の最新のバンドル: %2(%3、SHA-256 %4)</translation>
    </message>
    <message>
        <source>Bundle on %1: %2 (%3, SHA-256 %4)</source>
        <translation>%1 のバンドル: %2(%3、SHA-256 %4)</translation>
    </message>
    <message>
        <source>The connection to %1 closed after the backup: the bundle was not copied. Run the command again to make and copy a new one.</source>
        <translation>バックアップのあと %1 との接続が切れたため、バンドルはコピーされていません。もう一度コマンドを実行すると、新しいバンドルを作ってコピーします。</translation>
    </message>
    <message>
        <source>Copying it to %1 …</source>
        <translation>%1 にコピーしています…</translation>
    </message>
    <message>
        <source>Copied to %1: %2, resumed after %3, %4/s; its SHA-256 is the server&apos;s.</source>
        <translation>%1 にコピーしました: %2(%3 から再開、%4/秒)。SHA-256 はサーバのものと一致しています。</translation>
    </message>
    <message>
        <source>Copied to %1: %2, %3/s; its SHA-256 is the server&apos;s.</source>
        <translation>%1 にコピーしました: %2(%3/秒)。SHA-256 はサーバのものと一致しています。</translation>
    </message>
    <message>
        <source>This copy holds the server&apos;s secrets (.env.production, the database): keep it where only you can read it.</source>
        <translation>このコピーにはサーバの秘密情報(.env.production、データベース)が含まれます。自分だけが読める場所に保管してください。</translation>
    </message>
    <message>
        <source>The partial copy is kept; this resumes it: hoshu-cli backup %1 --download %2 --newest</source>
        <translation>途中までのコピーは残してあります。続きから再開するには: hoshu-cli backup %1 --download %2 --newest</translation>
    </message>
    <message>
        <source>Encrypted with the passphrase of the copies (OpenPGP): open it without Hoshu with gpg -d %1 &gt; %2</source>
        <translation>コピーのパスフレーズで暗号化しました(OpenPGP)。Hoshu なしで開くには: gpg -d %1 &gt; %2</translation>
    </message>
</context>
<context>
    <name>BackupCommands</name>
    <message>
        <source>Name one server. See: hoshu-cli --help</source>
        <translation>サーバを 1 つ指定してください。使い方: hoshu-cli --help</translation>
    </message>
    <message>
        <source>There is no server named &quot;%1&quot;. See: hoshu-cli server list</source>
        <translation>「%1」という名前のサーバはありません。一覧: hoshu-cli server list</translation>
    </message>
    <message>
        <source>The built-in catalog has no action %1; please report this.</source>
        <translation>組み込みのカタログにアクション %1 がありません。開発者に報告してください。</translation>
    </message>
    <message>
        <source>--param needs KEY=VALUE, not &quot;%1&quot;.</source>
        <translation>--param には KEY=VALUE の形で指定してください(「%1」は使えません)。</translation>
    </message>
    <message>
        <source>--media makes a new bundle; it cannot go with --newest.</source>
        <translation>--media は新しいバンドルを作るためのものなので、--newest と一緒には使えません。</translation>
    </message>
    <message>
        <source>--newest copies a bundle: it needs --download DIR.</source>
        <translation>--newest はバンドルをコピーするので、--download DIR が必要です。</translation>
    </message>
    <message>
        <source>--keep takes a number of copies from 1 to 1000.</source>
        <translation>--keep には 1 から 1000 までのコピーの数を指定してください。</translation>
    </message>
    <message>
        <source>Name one server and one bundle. See: hoshu-cli --help</source>
        <translation>サーバを1つとバンドルを1つ指定してください。参照: hoshu-cli --help</translation>
    </message>
</context>
<context>
    <name>BackupsCommand</name>
    <message>
        <source>made: unknown</source>
        <translation>作成日時: 不明</translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) old</source>
        <translation>
            <numerusform>%n 時間前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) old</source>
        <translation>
            <numerusform>%n 日前</numerusform>
        </translation>
    </message>
    <message>
        <source>On the server: not reached, see above.</source>
        <translation>サーバ上: 接続できませんでした(上を見てください)。</translation>
    </message>
    <message numerus="yes">
        <source>On the server, in %1: %n bundle(s)</source>
        <translation>
            <numerusform>サーバ上の %1: バンドル %n 個</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>On this computer, in %1: %n copy(ies)</source>
        <translation>
            <numerusform>このコンピュータの %1: コピー %n 個</numerusform>
        </translation>
    </message>
    <message>
        <source>, also on the server</source>
        <translation>、サーバにもあり</translation>
    </message>
    <message>
        <source>  No copy off the server yet: hoshu-cli backup %1 --download DIR</source>
        <translation>  サーバの外にはまだコピーがありません: hoshu-cli backup %1 --download DIR</translation>
    </message>
</context>
<context>
    <name>BackupsTable</name>
    <message>
        <source>Bundle</source>
        <translation>バンドル</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>場所</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>作成</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>Checksum</source>
        <translation>チェックサム</translation>
    </message>
    <message>
        <source>server and this computer</source>
        <translation>サーバとこのコンピュータ</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>このコンピュータ</translation>
    </message>
    <message>
        <source>server</source>
        <translation>サーバ</translation>
    </message>
    <message>
        <source>recorded on the server</source>
        <translation>サーバで記録済み</translation>
    </message>
    <message>
        <source>server (%1 of %2 copied here)</source>
        <translation>サーバ(%2 のうち %1 をコピー済み)</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 バイト</translation>
    </message>
    <message>
        <source>server and this computer (encrypted)</source>
        <translation>サーバとこのコンピュータ(暗号化済み)</translation>
    </message>
    <message>
        <source>this computer (encrypted)</source>
        <translation>このコンピュータ(暗号化済み)</translation>
    </message>
</context>
<context>
    <name>BackupsView</name>
    <message>
        <source>&amp;Back up now…</source>
        <translation>今すぐバックアップ(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Download to this computer</source>
        <translation>このコンピュータにダウンロード(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Check the copies</source>
        <translation>コピーを検査(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Open the folder</source>
        <translation>フォルダを開く(&amp;O)</translation>
    </message>
    <message>
        <source>Ask the server which bundles it has (read-only)</source>
        <translation>サーバにあるバンドルを問い合わせます(読み取りのみ)</translation>
    </message>
    <message>
        <source>Make a bundle on the server now, then copy it to this computer</source>
        <translation>今すぐサーバでバンドルを作り、このコンピュータにコピーします</translation>
    </message>
    <message>
        <source>Copy the selected bundle from the server to this computer; an interrupted copy continues where it stopped</source>
        <translation>選んだバンドルをサーバからこのコンピュータにコピーします。中断したコピーは止まったところから続きます</translation>
    </message>
    <message>
        <source>Read every copy on this computer again and compare it with the SHA-256 recorded when it was copied</source>
        <translation>このコンピュータのコピーをすべて読み直し、コピーしたときに記録した SHA-256 と比べます</translation>
    </message>
    <message>
        <source>Open this server&apos;s copies folder in the file manager</source>
        <translation>このサーバのコピーのフォルダをファイルマネージャで開きます</translation>
    </message>
    <message>
        <source>Asking the server for its bundles…</source>
        <translation>サーバにバンドルを問い合わせています…</translation>
    </message>
    <message>
        <source>On the server: not listed (see the message below).</source>
        <translation>サーバ上: 一覧を取得できませんでした(下のメッセージを見てください)。</translation>
    </message>
    <message>
        <source>On the server: not listed yet.</source>
        <translation>サーバ上: まだ一覧を取得していません。</translation>
    </message>
    <message numerus="yes">
        <source>On the server, in %1: %n bundle(s).</source>
        <translation>
            <numerusform>サーバ上(%1): バンドル %n 個。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>On this computer, in %1: %n copy(ies).</source>
        <translation>
            <numerusform>このコンピュータ(%1): コピー %n 個。</numerusform>
        </translation>
    </message>
    <message>
        <source>An action is running on this server; wait for it to finish</source>
        <translation>このサーバで操作を実行中です。終わるまでお待ちください</translation>
    </message>
    <message>
        <source>The backup ran, but its output does not end with the bundle line Hoshu reads (hoshu-bundle: path=… size=… sha256=…), so Hoshu cannot tell which file it made. See the log below.</source>
        <translation>バックアップは実行されましたが、出力の最後に Hoshu が読むバンドルの行(hoshu-bundle: path=… size=… sha256=…)がないため、どのファイルを作ったのか分かりません。下のログを見てください。</translation>
    </message>
    <message>
        <source>Copying %1 …</source>
        <translation>%1 をコピーしています…</translation>
    </message>
    <message>
        <source>Copied to %1 (%2, %3/s); its SHA-256 is the server&apos;s.</source>
        <translation>%1 にコピーしました(%2、%3/秒)。SHA-256 はサーバのものと一致しています。</translation>
    </message>
    <message numerus="yes">
        <source>%n copy(ies) on this computer are DAMAGED: they are not what was copied. Copy the bundle again from the server.</source>
        <translation>
            <numerusform>このコンピュータのコピー %n 個が破損しています: コピーしたときと内容が違います。サーバからバンドルをもう一度コピーしてください。</numerusform>
        </translation>
    </message>
    <message>
        <source>Every copy with a recorded checksum was read again and is what was copied.</source>
        <translation>チェックサムを記録したコピーをすべて読み直しました。どれもコピーしたときのままです。</translation>
    </message>
    <message>
        <source>Checking the copies…</source>
        <translation>コピーを検査しています…</translation>
    </message>
    <message>
        <source>Show the b&amp;undles on the server</source>
        <translation>サーバ上のバンドルを表示(&amp;U)</translation>
    </message>
    <message>
        <source>%1: %2 of %3, %4/s</source>
        <translation>%1: %2 / %3(%4/秒)</translation>
    </message>
    <message>
        <source>There is no bundle on the server to copy. Press Back up now: it makes one and copies it here.</source>
        <translation>サーバにはコピーできるバンドルがありません。「今すぐバックアップ」を押すと、バンドルを作ってここにコピーします。</translation>
    </message>
    <message>
        <source>The newest bundle on the server, %1, is already on this computer.</source>
        <translation>サーバの最新のバンドル %1 は、すでにこのコンピュータにあります。</translation>
    </message>
    <message>
        <source>&amp;Restore from a copy…</source>
        <translation>コピーから復元(&amp;R)…</translation>
    </message>
    <message>
        <source>Send a copy on this computer to this server and restore it there: its database, configuration, certificates and Redis data are replaced (you confirm with the server&apos;s name, and see what is replaced first)</source>
        <translation>このコンピュータにあるコピーをこのサーバに送り、復元します。データベース、設定、証明書、Redis のデータが置き換わります(置き換わるものを先に表示し、サーバ名の入力で確認します)</translation>
    </message>
    <message>
        <source>Sending %1 to the server …</source>
        <translation>%1 をサーバに送信しています…</translation>
    </message>
    <message>
        <source>%1 is on the server as %2, its SHA-256 checked. Confirm the restore to go on; cancelled, it stays there and nothing else changes.</source>
        <translation>%1 はサーバに %2 として置かれ、SHA-256 も照合しました。続けるには復元を確認してください。キャンセルしても、このファイルが残るだけで他は何も変わりません。</translation>
    </message>
    <message>
        <source>Opening the encrypted copy %1 …</source>
        <translation>暗号化されたコピー %1 を開いています…</translation>
    </message>
    <message>
        <source>Encrypting %1 on this computer …</source>
        <translation>このコンピュータで %1 を暗号化しています…</translation>
    </message>
    <message>
        <source>Copied to %1 (%2, %3/s) and encrypted; its SHA-256 is the server&apos;s.</source>
        <translation>%1 にコピーして暗号化しました(%2、%3/秒)。SHA-256 はサーバのものと一致しています。</translation>
    </message>
    <message numerus="yes">
        <source>%n encrypted copy(ies) cannot be opened with the passphrase in the keychain (or gpg is missing): set the passphrase they were made with in Settings.</source>
        <translation>
            <numerusform>暗号化されたコピー %n 件を、キーチェーンのパスフレーズで開けません(または gpg がありません)。作成時のパスフレーズを設定で指定してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 of %3 sent for the restore, %4/s</source>
        <translation>%1: 復元用に %3 のうち %2 を送信済み、%4/秒</translation>
    </message>
    <message>
        <source>Type the passphrase %1 was encrypted with.</source>
        <translation>%1 を暗号化したときのパスフレーズを入力してください。</translation>
    </message>
</context>
<context>
    <name>BundleDownload</name>
    <message>
        <source>Not connected to %1: the bundle was not copied.</source>
        <translation>%1 に接続していないため、バンドルはコピーしていません。</translation>
    </message>
    <message numerus="yes">
        <source>Removed the oldest copies on this computer (keeping %n):</source>
        <translation>
            <numerusform>このコンピュータの古いコピーを削除しました(%n 個を残します):</numerusform>
        </translation>
    </message>
    <message>
        <source>The copy is NOT encrypted: %1 It is kept as it is, readable by you only: %2</source>
        <translation>コピーは暗号化されていません: %1 コピーはそのまま残してあり、あなただけが読めます: %2</translation>
    </message>
</context>
<context>
    <name>BundleLister</name>
    <message>
        <source>Listing the bundles on the server ended with exit status %1.</source>
        <translation>サーバ上のバンドルの一覧の取得が終了ステータス %1 で終わりました。</translation>
    </message>
    <message>
        <source>The bundles on the server could not be listed: %1</source>
        <translation>サーバ上のバンドルの一覧を取得できませんでした: %1</translation>
    </message>
    <message>
        <source>The bundles are being listed already.</source>
        <translation>バンドルの一覧はすでに取得中です。</translation>
    </message>
</context>
<context>
    <name>CertificatesView</name>
    <message>
        <source>Domain</source>
        <translation>ドメイン</translation>
    </message>
    <message>
        <source>Expires (on disk)</source>
        <translation>有効期限 (ディスク上)</translation>
    </message>
    <message>
        <source>Expires (served)</source>
        <translation>有効期限 (配信中)</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>残り日数</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備考</translation>
    </message>
    <message>
        <source>Renewal: not checked yet.</source>
        <translation>更新: まだ点検していません。</translation>
    </message>
    <message>
        <source>Could not read the certificates: %1</source>
        <translation>証明書を読み取れませんでした: %1</translation>
    </message>
    <message>
        <source>Not served by nginx on this name</source>
        <translation>この名前では nginx から配信されていません</translation>
    </message>
    <message>
        <source>No Let&apos;s Encrypt certificate found on the server.</source>
        <translation>サーバ上に Let&apos;s Encrypt の証明書が見つかりません。</translation>
    </message>
    <message>
        <source>%1: %2, next run %3, last run %4</source>
        <translation>%1: %2、次回実行 %3、前回実行 %4</translation>
    </message>
    <message>
        <source>cron %1 (skipped on systemd hosts)</source>
        <translation>cron %1 (systemd のホストでは実行されません)</translation>
    </message>
    <message>
        <source>cron %1: %2</source>
        <translation>cron %1: %2</translation>
    </message>
    <message>
        <source>Renewal: no certbot timer or cron job found. The certificate will not renew by itself.</source>
        <translation>更新: certbot のタイマーも cron ジョブも見つかりません。証明書は自動では更新されません。</translation>
    </message>
    <message>
        <source>Renewal: %1</source>
        <translation>更新: %1</translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>== %1: %2 (%3)</source>
        <translation>== %1: %2 (%3)</translation>
    </message>
    <message>
        <source>, Mastodon %1</source>
        <translation>、Mastodon %1</translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) OK.</source>
        <translation>
            <numerusform>%n 項目は正常です。</numerusform>
        </translation>
    </message>
    <message>
        <source>The detected layout could not be saved: %1</source>
        <translation>検出した構成を保存できませんでした: %1</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>対処: %1</translation>
    </message>
    <message>
        <source>Fix: hoshu-cli fix %1 --finding %2</source>
        <translation>修正: hoshu-cli fix %1 --finding %2</translation>
    </message>
    <message>
        <source>Steps: %1</source>
        <translation>手順: %1</translation>
    </message>
    <message>
        <source>Prevent: %1</source>
        <translation>再発防止: %1</translation>
    </message>
</context>
<context>
    <name>Checker</name>
    <message>
        <source>the installed Mastodon version could not be read (%1)</source>
        <translation>インストールされている Mastodon のバージョンを読み取れませんでした（%1）</translation>
    </message>
    <message>
        <source>on docker compose deployments Hoshu does not read Mastodon&apos;s own update check yet; compare your version with the releases page</source>
        <translation>docker compose の構成では、Hoshu はまだ Mastodon 自身の更新確認を読み取れません。リリースページでお使いのバージョンと比べてください</translation>
    </message>
    <message>
        <source>Mastodon&apos;s own update check was not read on this server</source>
        <translation>このサーバでは Mastodon 自身の更新確認を読み取っていません</translation>
    </message>
    <message>
        <source>Mastodon before 4.2 does not check for new releases itself; compare your version with the releases page</source>
        <translation>Mastodon 4.2 より前は新しいリリースを自分で確認しません。リリースページでお使いのバージョンと比べてください</translation>
    </message>
    <message>
        <source>the database is on another host, so Mastodon&apos;s own update check cannot be read from this server</source>
        <translation>データベースが別のホストにあるため、このサーバからは Mastodon 自身の更新確認を読み取れません</translation>
    </message>
    <message>
        <source>psql is not installed on this server, so Mastodon&apos;s own update check cannot be read</source>
        <translation>このサーバには psql がないため、Mastodon 自身の更新確認を読み取れません</translation>
    </message>
    <message>
        <source>Mastodon&apos;s own update check is turned off (UPDATE_CHECK_URL is empty in .env.production)</source>
        <translation>Mastodon 自身の更新確認が無効になっています（.env.production の UPDATE_CHECK_URL が空です）</translation>
    </message>
    <message>
        <source>Mastodon&apos;s own update check could not be read</source>
        <translation>Mastodon 自身の更新確認を読み取れませんでした</translation>
    </message>
</context>
<context>
    <name>CliConnector</name>
    <message>
        <source>Password for %1: </source>
        <translation>%1 のパスワード: </translation>
    </message>
    <message>
        <source>Passphrase for the key of %1: </source>
        <translation>%1 の鍵のパスフレーズ: </translation>
    </message>
    <message>
        <source>sudo password on %1: </source>
        <translation>%1 の sudo パスワード: </translation>
    </message>
    <message>
        <source>The host key of %1 (port %2) is not known yet.
  Key type:    %3
  Fingerprint: %4
Compare it with `ssh-keygen -lf /etc/ssh/ssh_host_%5_key.pub` run on the server&apos;s console.</source>
        <translation>%1 (ポート %2) のホスト鍵はまだ登録されていません。
  鍵の種類:           %3
  フィンガープリント: %4
サーバのコンソールで `ssh-keygen -lf /etc/ssh/ssh_host_%5_key.pub` を実行した結果と比べてください。</translation>
    </message>
    <message>
        <source>Trust this key and connect? [y/N] </source>
        <translation>この鍵を信頼して接続しますか? [y/N] </translation>
    </message>
    <message>
        <source>If the fingerprint is right, run the command again with --accept-host-key and that fingerprint (SHA256:...), or at a terminal, to be asked.</source>
        <translation>フィンガープリントが正しければ、--accept-host-key にそのフィンガープリント（SHA256:...）を付けてもう一度実行してください。端末から実行すれば確認を求めます。</translation>
    </message>
    <message>
        <source>Passphrase of the backup copies here: </source>
        <translation>このコンピュータのバックアップコピーのパスフレーズ: </translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>The option --%1 takes no value.</source>
        <translation>オプション --%1 には値を指定できません。</translation>
    </message>
    <message>
        <source>The option --%1 needs a value.</source>
        <translation>オプション --%1 には値が必要です。</translation>
    </message>
    <message>
        <source>Unknown option --%1.</source>
        <translation>不明なオプション --%1 です。</translation>
    </message>
</context>
<context>
    <name>ConfirmActionDialog</name>
    <message>
        <source>&amp;Run</source>
        <translation>実行(&amp;R)</translation>
    </message>
    <message>
        <source>Run “%1” on %2?</source>
        <translation>%2 で「%1」を実行しますか?</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>サーバ:</translation>
    </message>
    <message>
        <source>Risk:</source>
        <translation>リスク:</translation>
    </message>
    <message>
        <source>This exact command will run on the server:</source>
        <translation>サーバでは、次のコマンドがこのとおりに実行されます:</translation>
    </message>
    <message>
        <source>&amp;Copy Command</source>
        <translation>コマンドをコピー(&amp;C)</translation>
    </message>
    <message>
        <source>To confirm, type the server name &lt;b&gt;%1&lt;/b&gt;:</source>
        <translation>確認のため、サーバ名 &lt;b&gt;%1&lt;/b&gt; を入力してください:</translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation>所要時間:</translation>
    </message>
    <message>
        <source>Mastodon is unavailable while this runs.</source>
        <translation>実行中は Mastodon を利用できません。</translation>
    </message>
    <message>
        <source>Working out what it will do on %1…</source>
        <translation>%1 で何を実行するかを調べています…</translation>
    </message>
    <message>
        <source>The full script that will run on the server:</source>
        <translation>サーバで実行するスクリプト全体:</translation>
    </message>
    <message>
        <source>Show the full script</source>
        <translation>スクリプト全体を表示</translation>
    </message>
    <message>
        <source>Hide the full script</source>
        <translation>スクリプト全体を隠す</translation>
    </message>
    <message>
        <source>Hoshu could not work out what this would do on %1, so it cannot run it:</source>
        <translation>%1 で何を実行するかを調べられなかったため、実行できません:</translation>
    </message>
    <message>
        <source>The plan stopped with exit status %1.</source>
        <translation>実行内容の確認が終了コード %1 で止まりました。</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>閉じる(&amp;C)</translation>
    </message>
    <message>
        <source>(more lines were not shown)</source>
        <translation>(表示していない行があります)</translation>
    </message>
    <message>
        <source>It found nothing to change.</source>
        <translation>変更することはありませんでした。</translation>
    </message>
    <message>
        <source>It will run:</source>
        <translation>次のコマンドを実行します:</translation>
    </message>
</context>
<context>
    <name>CopiesCommand</name>
    <message>
        <source>Copies kept in: %1</source>
        <translation>コピーの保存先: %1</translation>
    </message>
    <message>
        <source>New copies are encrypted with the passphrase in the keychain (open one: gpg -d NAME.tar.gpg &gt; NAME.tar).</source>
        <translation>新しいコピーはキーチェーンのパスフレーズで暗号化されます(開くには: gpg -d NAME.tar.gpg &gt; NAME.tar)。</translation>
    </message>
    <message>
        <source>New copies are not encrypted.</source>
        <translation>新しいコピーは暗号化されません。</translation>
    </message>
    <message>
        <source>gpg: %1</source>
        <translation>gpg: %1</translation>
    </message>
    <message>
        <source>New copies are no longer encrypted. The copies encrypted before stay as they are; their passphrase stays in the keychain.</source>
        <translation>新しいコピーは暗号化しなくなりました。暗号化済みのコピーはそのままで、そのパスフレーズもキーチェーンに残ります。</translation>
    </message>
    <message>
        <source>New copies are encrypted with this passphrase, kept in the keychain. Keep it somewhere else as well: without it nobody can open the copies, Hoshu included.</source>
        <translation>新しいコピーはこのパスフレーズで暗号化されます(キーチェーンに保存しました)。別の場所にも控えておいてください。パスフレーズがなければ、Hoshu を含め誰もコピーを開けません。</translation>
    </message>
    <message>
        <source>Usage: hoshu-cli copies [--json]
       hoshu-cli copies encrypt --passphrase-stdin | --existing | --off</source>
        <translation>使い方: hoshu-cli copies [--json]
        hoshu-cli copies encrypt --passphrase-stdin | --existing | --off</translation>
    </message>
    <message numerus="yes">
        <source>%n copy(ies) already here are not encrypted: hoshu-cli copies encrypt --existing</source>
        <translation>
            <numerusform>このコンピュータにある %n 件のコピーは暗号化されていません: hoshu-cli copies encrypt --existing</numerusform>
        </translation>
    </message>
    <message>
        <source>The copies are not encrypted: first hoshu-cli copies encrypt --passphrase-stdin</source>
        <translation>コピーの暗号化が有効になっていません。先に hoshu-cli copies encrypt --passphrase-stdin を実行してください</translation>
    </message>
    <message>
        <source>Encrypted: %1</source>
        <translation>暗号化しました: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n copy(ies) encrypted.</source>
        <translation>
            <numerusform>%n 件のコピーを暗号化しました。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CopiesEncryptionBox</name>
    <message>
        <source>Encrypt new copies with a passphrase (OpenPGP, AES-256)</source>
        <translation>新しいコピーをパスフレーズで暗号化する(OpenPGP、AES-256)</translation>
    </message>
    <message>
        <source>Without the passphrase nobody can open the copies, Hoshu included: keep it in a password manager or on paper as well. Hoshu keeps it in this computer&apos;s keychain. A copy opens without Hoshu with: gpg -d NAME.tar.gpg &gt; NAME.tar. Copies made before stay as they are, with the passphrase they were made with.</source>
        <translation>パスフレーズがなければ、Hoshu を含め誰もコピーを開けません。パスワードマネージャーや紙にも控えておいてください。Hoshu はこのコンピュータのキーチェーンに保存します。Hoshu なしで開くには: gpg -d NAME.tar.gpg &gt; NAME.tar 。作成済みのコピーは、作成時のパスフレーズのまま残ります。</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>パスフレーズ:</translation>
    </message>
    <message>
        <source>Again:</source>
        <translation>もう一度:</translation>
    </message>
    <message>
        <source>The two passphrases differ: type the same one twice.</source>
        <translation>2 つのパスフレーズが違います。同じものを 2 回入力してください。</translation>
    </message>
    <message>
        <source>(kept in the keychain; type a new one to change it)</source>
        <translation>(キーチェーンに保存済み。変えるときは新しいものを入力)</translation>
    </message>
</context>
<context>
    <name>CopiesFolder</name>
    <message>
        <source>Cannot save the backup settings in %1.</source>
        <translation>バックアップの設定を %1 に保存できません。</translation>
    </message>
</context>
<context>
    <name>CopiesPassphrase</name>
    <message>
        <source>The passphrase of the encrypted copies is not in the keychain. Set it again in Settings (or: hoshu-cli copies encrypt --passphrase-stdin).</source>
        <translation>暗号化されたコピーのパスフレーズがキーチェーンにありません。設定でもう一度指定してください(または: hoshu-cli copies encrypt --passphrase-stdin)。</translation>
    </message>
</context>
<context>
    <name>CopyCipher</name>
    <message>
        <source>gpg could not be started (%1): %2</source>
        <translation>gpg を起動できません(%1): %2</translation>
    </message>
    <message>
        <source>The passphrase does not open %1: it was encrypted with another one.</source>
        <translation>このパスフレーズでは %1 を開けません。別のパスフレーズで暗号化されています。</translation>
    </message>
    <message>
        <source>%1 is not a whole encrypted copy (cut short or damaged).</source>
        <translation>%1 は完全な暗号化コピーではありません(途中で切れているか壊れています)。</translation>
    </message>
    <message>
        <source>gpg stopped abnormally</source>
        <translation>gpg が異常終了しました</translation>
    </message>
    <message>
        <source>gpg ended with status %1</source>
        <translation>gpg が終了コード %1 で終わりました</translation>
    </message>
    <message>
        <source>Could not open %1: %2.</source>
        <translation>%1 を開けませんでした: %2。</translation>
    </message>
    <message>
        <source>Could not encrypt %1: %2.</source>
        <translation>%1 を暗号化できませんでした: %2。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>%1 を読めません。</translation>
    </message>
    <message>
        <source>Cannot save %1.</source>
        <translation>%1 を保存できません。</translation>
    </message>
    <message>
        <source>The passphrase must be one line.</source>
        <translation>パスフレーズは 1 行にしてください。</translation>
    </message>
    <message numerus="yes">
        <source>The passphrase needs at least %n characters.</source>
        <translation>
            <numerusform>パスフレーズは %n 文字以上にしてください。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot remove %1.</source>
        <translation>%1 を削除できません。</translation>
    </message>
</context>
<context>
    <name>CopyState</name>
    <message>
        <source>checksum verified now</source>
        <translation>読み直して一致を確認済み</translation>
    </message>
    <message>
        <source>DAMAGED: the file is not what was copied</source>
        <translation>破損: コピーしたときと内容が違います</translation>
    </message>
    <message>
        <source>checksum recorded</source>
        <translation>チェックサム記録済み</translation>
    </message>
    <message>
        <source>checksum file unreadable</source>
        <translation>チェックサムのファイルが読めません</translation>
    </message>
    <message>
        <source>no checksum: an unfinished copy?</source>
        <translation>チェックサムなし: コピーが途中かもしれません</translation>
    </message>
    <message>
        <source>encrypted, and its passphrase does not open it</source>
        <translation>暗号化済み、パスフレーズで開けません</translation>
    </message>
</context>
<context>
    <name>DashboardText</name>
    <message>
        <source>never</source>
        <translation>未実施</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>たった今</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n 分前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>%n 時間前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>%n 日前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>expired %n day(s) ago</source>
        <translation>
            <numerusform>%n 日前に期限切れ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>残り %n 日</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DesktopBackupFolder</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>Cannot remove the old copy %1.</source>
        <translation>古いコピー %1 を削除できません。</translation>
    </message>
    <message>
        <source>%1 is encrypted: it is read through its passphrase.</source>
        <translation>%1 は暗号化されています。パスフレーズを使って読みます。</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>%1 を読めません。</translation>
    </message>
</context>
<context>
    <name>DiskView</name>
    <message>
        <source>Filesystem</source>
        <translation>ファイルシステム</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>使用量</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>使用率</translation>
    </message>
    <message>
        <source>What uses the space (slow check)</source>
        <translation>容量を使っているもの (時間のかかる点検)</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>場所</translation>
    </message>
    <message>
        <source>Measure Now (slow)</source>
        <translation>今すぐ計測 (時間がかかります)</translation>
    </message>
    <message>
        <source>Runs du over the media, the database and the installed software. Read-only, but it can take a minute on a big server.</source>
        <translation>メディア、データベース、インストール済みのソフトウェアに du を実行します。読み取りのみですが、大きなサーバでは 1 分ほどかかることがあります。</translation>
    </message>
    <message>
        <source>Used space over time</source>
        <translation>使用量の推移</translation>
    </message>
    <message>
        <source>Projection to full</source>
        <translation>満杯までの予測</translation>
    </message>
    <message>
        <source>GB</source>
        <translation>GB</translation>
    </message>
    <message>
        <source>Filesystem:</source>
        <translation>ファイルシステム:</translation>
    </message>
    <message>
        <source>Not measured yet.</source>
        <translation>まだ計測していません。</translation>
    </message>
    <message>
        <source>Could not read: %1</source>
        <translation>読み取れませんでした: %1</translation>
    </message>
    <message>
        <source>%1% used, %2 free</source>
        <translation>%1% 使用、空き %2</translation>
    </message>
    <message>
        <source>Not measured yet. Measuring walks through the media and the database, so it runs only when you ask or on the slow schedule.</source>
        <translation>まだ計測していません。計測はメディアとデータベースをすべてたどるため、指示したときか、間隔の長い定期点検でのみ実行します。</translation>
    </message>
    <message>
        <source>Could not measure: %1</source>
        <translation>計測できませんでした: %1</translation>
    </message>
    <message>
        <source>Measured %1 (%2).</source>
        <translation>計測: %1 (%2)。</translation>
    </message>
    <message>
        <source>Remote media cache</source>
        <translation>メディアキャッシュ</translation>
    </message>
    <message>
        <source>All media (public/system)</source>
        <translation>メディア全体 (public/system)</translation>
    </message>
    <message>
        <source>PostgreSQL data</source>
        <translation>PostgreSQL のデータ</translation>
    </message>
    <message>
        <source>PostgreSQL WAL (pg_wal)</source>
        <translation>PostgreSQL の WAL (pg_wal)</translation>
    </message>
    <message>
        <source>node_modules</source>
        <translation>node_modules</translation>
    </message>
    <message>
        <source>vendor (Ruby gems)</source>
        <translation>vendor (Ruby の gem)</translation>
    </message>
    <message>
        <source>Installed Rubies (~/.rbenv/versions)</source>
        <translation>インストール済みの Ruby (~/.rbenv/versions)</translation>
    </message>
    <message>
        <source>Yarn cache</source>
        <translation>Yarn のキャッシュ</translation>
    </message>
    <message>
        <source>%1 (in use: %2)</source>
        <translation>%1 (使用中: %2)</translation>
    </message>
    <message numerus="yes">
        <source>Stray database dumps (%n file(s))</source>
        <translation>
            <numerusform>放置されたデータベースのダンプ (%n 個)</numerusform>
        </translation>
    </message>
    <message>
        <source>System journal</source>
        <translation>システムジャーナル</translation>
    </message>
    <message>
        <source>Measuring…</source>
        <translation>計測中…</translation>
    </message>
    <message>
        <source>No history yet: each refresh adds a point.</source>
        <translation>まだ履歴がありません: 点検のたびに 1 点ずつ記録されます。</translation>
    </message>
    <message>
        <source>At this rate %1 is full around %2 (%3).</source>
        <translation>このペースでは %1 は %2 ごろに満杯になります (%3)。</translation>
    </message>
    <message>
        <source>Full</source>
        <translation>満杯</translation>
    </message>
    <message>
        <source>%1 is not filling up.</source>
        <translation>%1 は埋まりつつありません。</translation>
    </message>
    <message>
        <source>%1: too little history yet to tell whether it is filling up.</source>
        <translation>%1: 埋まりつつあるかを判断するには、まだ履歴が足りません。</translation>
    </message>
</context>
<context>
    <name>DrillCommand</name>
    <message>
        <source>The drill on %1 did not end with its result line (hoshu-drill: …), so Hoshu cannot tell whether the backup restores. See the output above.</source>
        <translation>%1 での訓練の出力の最後に結果の行(hoshu-drill: …)がないため、バックアップが復元できるか分かりません。上の出力を見てください。</translation>
    </message>
    <message>
        <source>Restore drill on %1 passed (%2): %3</source>
        <translation>%1 での復元の訓練は成功しました(%2): %3</translation>
    </message>
    <message>
        <source>Restore drill on %1 FAILED (%2): %3</source>
        <translation>%1 での復元の訓練は失敗しました(%2): %3</translation>
    </message>
</context>
<context>
    <name>DrillLine</name>
    <message>
        <source>The backup restored, and it holds every row that was there when it was made.</source>
        <translation>バックアップは復元でき、作成時点にあった行がすべて含まれています。</translation>
    </message>
    <message>
        <source>There is no backup to restore in the backup directory. Make one first.</source>
        <translation>バックアップのディレクトリに復元できるバックアップがありません。先にバックアップを作ってください。</translation>
    </message>
    <message>
        <source>The dump could not be taken out of the bundle: the bundle is damaged or incomplete. Make a new one.</source>
        <translation>バンドルからダンプを取り出せませんでした。バンドルが壊れているか不完全です。新しく作り直してください。</translation>
    </message>
    <message>
        <source>There is not enough free disk space on the server to restore a copy of the database. Free some space, or run the drill on another server.</source>
        <translation>データベースのコピーを復元するだけの空き容量がサーバにありません。空きを作るか、別のサーバで訓練してください。</translation>
    </message>
    <message>
        <source>pg_restore could not restore the dump: it is damaged or truncated. This backup would not save you: make a new one and drill again.</source>
        <translation>pg_restore がダンプを復元できませんでした。ダンプが壊れているか途中で切れています。このバックアップでは復旧できません。新しく作り、もう一度訓練してください。</translation>
    </message>
    <message>
        <source>The scratch database could not be created: the database user may lack the right to create databases. See the output above.</source>
        <translation>作業用のデータベースを作れませんでした。データベースのユーザーにデータベースを作る権限がないのかもしれません。上の出力を見てください。</translation>
    </message>
    <message>
        <source>The restored copy has fewer rows than the live database had when the dump was made: the dump is incomplete. Make a new backup and drill again.</source>
        <translation>復元したコピーの行数が、ダンプ作成時点の稼働中のデータベースより少なくなっています。ダンプが不完全です。新しくバックアップを作り、もう一度訓練してください。</translation>
    </message>
    <message>
        <source>The drill restored the backup but could not remove its scratch database or files afterwards. See the output above and remove them by hand.</source>
        <translation>訓練でバックアップは復元できましたが、そのあと作業用のデータベースかファイルを削除できませんでした。上の出力を見て、手で削除してください。</translation>
    </message>
    <message>
        <source>The drill stopped before it could restore anything (the database may be unreachable). See the output above.</source>
        <translation>何も復元しないうちに訓練が止まりました(データベースに接続できないのかもしれません)。上の出力を見てください。</translation>
    </message>
</context>
<context>
    <name>EvidenceText</name>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>At boot</source>
        <translation>起動時</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>サービス</translation>
    </message>
    <message>
        <source>Timer</source>
        <translation>タイマー</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>Restarts</source>
        <translation>再起動回数</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>メモリ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Exit status</source>
        <translation>終了ステータス</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Last run</source>
        <translation>前回の実行</translation>
    </message>
    <message>
        <source>Filesystem</source>
        <translation>ファイルシステム</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>使用率</translation>
    </message>
    <message>
        <source>Inodes used</source>
        <translation>inode 使用率</translation>
    </message>
    <message>
        <source>Warning at</source>
        <translation>警告の基準</translation>
    </message>
    <message>
        <source>Critical at</source>
        <translation>重大の基準</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>空き</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>空き</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合計</translation>
    </message>
    <message>
        <source>Database files</source>
        <translation>データベースのファイル</translation>
    </message>
    <message>
        <source>WAL</source>
        <translation>WAL</translation>
    </message>
    <message>
        <source>Previous size</source>
        <translation>前回のサイズ</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>上限</translation>
    </message>
    <message>
        <source>Share of the disk</source>
        <translation>ディスクに占める割合</translation>
    </message>
    <message>
        <source>Swap used</source>
        <translation>スワップ使用率</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>残り日数</translation>
    </message>
    <message>
        <source>Days left (file)</source>
        <translation>残り日数（ファイル）</translation>
    </message>
    <message>
        <source>Days left (served)</source>
        <translation>残り日数（配信中）</translation>
    </message>
    <message>
        <source>certbot renews at</source>
        <translation>certbot が更新する残り日数</translation>
    </message>
    <message>
        <source>Looks ahead</source>
        <translation>予測の範囲</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>経過</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>有効期限</translation>
    </message>
    <message>
        <source>File expires</source>
        <translation>ファイルの有効期限</translation>
    </message>
    <message>
        <source>Served expires</source>
        <translation>配信中の有効期限</translation>
    </message>
    <message>
        <source>Full around</source>
        <translation>満杯になる頃</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>作成日時</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>期日</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>証明書</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>ドメイン</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Looked in</source>
        <translation>確認した場所</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>件数</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>バージョン</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>バージョン</translation>
    </message>
    <message>
        <source>Old versions</source>
        <translation>古いバージョン</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>使用中</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>最新</translation>
    </message>
    <message>
        <source>Latest patch</source>
        <translation>最新のパッチ</translation>
    </message>
    <message>
        <source>Important</source>
        <translation>重要</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>緊急</translation>
    </message>
    <message>
        <source>Update waiting</source>
        <translation>更新待ち</translation>
    </message>
    <message>
        <source>Packages</source>
        <translation>パッケージ</translation>
    </message>
    <message>
        <source>Security updates</source>
        <translation>セキュリティ更新</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>キュー</translation>
    </message>
    <message>
        <source>Queues</source>
        <translation>キュー</translation>
    </message>
    <message>
        <source>Jobs waiting</source>
        <translation>待機中のジョブ</translation>
    </message>
    <message>
        <source>Oldest job waits</source>
        <translation>最も古いジョブの待ち時間</translation>
    </message>
    <message>
        <source>Dead jobs</source>
        <translation>Dead ジョブ</translation>
    </message>
    <message>
        <source>Retries</source>
        <translation>リトライ</translation>
    </message>
    <message>
        <source>Scheduler</source>
        <translation>スケジューラ</translation>
    </message>
    <message>
        <source>Run by</source>
        <translation>実行するもの</translation>
    </message>
    <message>
        <source>Without the scheduler</source>
        <translation>scheduler キューのないもの</translation>
    </message>
    <message>
        <source>Looked for</source>
        <translation>確認したもの</translation>
    </message>
    <message>
        <source>Failed runs</source>
        <translation>失敗した実行</translation>
    </message>
    <message>
        <source>Not renewed</source>
        <translation>更新されていないもの</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>アドレス</translation>
    </message>
    <message>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <source>HTTP status</source>
        <translation>HTTP ステータス</translation>
    </message>
    <message>
        <source>Took</source>
        <translation>所要時間</translation>
    </message>
    <message>
        <source>TLS errors</source>
        <translation>TLS エラー</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>Failed files</source>
        <translation>失敗したファイル</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Files checked</source>
        <translation>確認したファイル</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>ルール</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n 秒</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n 分</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n 時間</numerusform>
        </translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n 日前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 日</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Mail server</source>
        <translation>メールサーバ</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>ポート</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>暗号化</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>Sidekiq processes</source>
        <translation>Sidekiq プロセス</translation>
    </message>
    <message>
        <source>Processes on the scheduler queue</source>
        <translation>scheduler キューを処理するプロセス</translation>
    </message>
    <message>
        <source>Last passed drill</source>
        <translation>最後に合格した訓練</translation>
    </message>
    <message>
        <source>Last failed drill</source>
        <translation>最後に不合格だった訓練</translation>
    </message>
    <message>
        <source>Drill at least every</source>
        <translation>訓練の間隔(最長)</translation>
    </message>
    <message>
        <source>Only its beginning read</source>
        <translation>先頭のみ確認</translation>
    </message>
    <message>
        <source>Newest copy here</source>
        <translation>ここにある最新のコピー</translation>
    </message>
    <message>
        <source>Copies folder</source>
        <translation>コピーの保存先フォルダ</translation>
    </message>
    <message>
        <source>Copy here at least every</source>
        <translation>コピーの間隔(最長)</translation>
    </message>
</context>
<context>
    <name>ExistingCopiesSealer</name>
    <message>
        <source>Encrypt the Copies Already Here?</source>
        <translation>既存のコピーも暗号化しますか?</translation>
    </message>
    <message numerus="yes">
        <source>%n copy(ies) on this computer were made before and are not encrypted. Encrypt them with the same passphrase? Each NAME.tar becomes NAME.tar.gpg; its checksum record stays.</source>
        <translation>
            <numerusform>このコンピュータにある %n 件のコピーは以前に作成されたもので、暗号化されていません。同じパスフレーズで暗号化しますか? NAME.tar はそれぞれ NAME.tar.gpg になり、チェックサムの記録はそのまま残ります。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Encrypting %n copy(ies) on this computer…</source>
        <translation>
            <numerusform>このコンピュータの %n 件のコピーを暗号化しています…</numerusform>
        </translation>
    </message>
    <message>
        <source>Encrypting the Copies</source>
        <translation>コピーの暗号化</translation>
    </message>
    <message>
        <source>Copies Encrypted</source>
        <translation>コピーを暗号化しました</translation>
    </message>
    <message numerus="yes">
        <source>%n copy(ies) encrypted.</source>
        <translation>
            <numerusform>%n 件のコピーを暗号化しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n copy(ies) encrypted; these could not be, and stay as they were:</source>
        <translation>
            <numerusform>%n 件のコピーを暗号化しました。次のコピーは暗号化できず、元のまま残っています:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FileLock</name>
    <message>
        <source>an unknown program</source>
        <translation>不明なプログラム</translation>
    </message>
    <message>
        <source>this %1 itself, process %2</source>
        <translation>この %1 自身(プロセス %2)</translation>
    </message>
    <message>
        <source>%1, process %2 on %3</source>
        <translation>%3 上の %1(プロセス %2)</translation>
    </message>
    <message>
        <source>%1, process %2</source>
        <translation>%1(プロセス %2)</translation>
    </message>
</context>
<context>
    <name>Finding</name>
    <message>
        <source>Could not check this: %1</source>
        <translation>確認できませんでした: %1</translation>
    </message>
    <message>
        <source>Could not connect to the server or run the check, so nothing about it is known: %1</source>
        <translation>サーバに接続できないか、確認を実行できなかったため、このサーバの状態は分かりません: %1</translation>
    </message>
    <message>
        <source>%1 is %2% full (%3 free).</source>
        <translation>%1 の使用率は %2% です (空き %3)。</translation>
    </message>
    <message>
        <source>%1 has used %2% of its inodes (file slots) even though %3% of its space is used. When they run out, no new file can be created and Mastodon stops working.</source>
        <translation>%1 は容量の使用率が %3% なのに、inode (ファイルの枠) を %2% 使っています。inode が尽きると新しいファイルを作れなくなり、Mastodon が動かなくなります。</translation>
    </message>
    <message>
        <source>%1 is %2% full (%3 left). When the disk fills up, Mastodon stops working and the database can be damaged.</source>
        <translation>%1 の使用率が %2% です (残り %3)。ディスクが満杯になると Mastodon が停止し、データベースが壊れることもあります。</translation>
    </message>
    <message>
        <source>%1 is not expected to fill up within %2 days.</source>
        <translation>%1 は %2 日以内に満杯になる見込みはありません。</translation>
    </message>
    <message>
        <source>At the current rate, %1 will be full in about %2 days. Free space or add disk before then.</source>
        <translation>今のペースでは、%1 は約 %2 日で満杯になります。それまでに空きを作るか、ディスクを増やしてください。</translation>
    </message>
    <message>
        <source>PostgreSQL&apos;s WAL (pg_wal) uses %1.</source>
        <translation>PostgreSQL の WAL (pg_wal) は %1 です。</translation>
    </message>
    <message>
        <source>PostgreSQL&apos;s WAL (pg_wal) uses %1 while the data itself uses %2. WAL that keeps growing usually means a stuck replication slot or WAL archiving; it grows until the disk is full.</source>
        <translation>PostgreSQL の WAL (pg_wal) が %1 あり、データ本体 (%2) より大きくなっています。WAL が増え続けるのは、たいていレプリケーションスロットか WAL アーカイブが止まっているためで、ディスクが満杯になるまで増えます。</translation>
    </message>
    <message>
        <source>No database dump files lie outside the backup directories.</source>
        <translation>バックアップ用のディレクトリ以外にデータベースのダンプファイルはありません。</translation>
    </message>
    <message numerus="yes">
        <source>%n database dump file(s) (%1 in total) lie on the server outside a backup directory: %2. On the same disk they do not protect against losing it, and they take space. Move them off the server or delete them.</source>
        <translation>
            <numerusform>バックアップ用のディレクトリ以外に、データベースのダンプファイルが %n 個 (合計 %1) あります: %2。同じディスク上にあってはディスク故障への備えにならず、容量も食います。サーバの外に移すか、削除してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>The system journal uses %1.</source>
        <translation>システムジャーナルは %1 です。</translation>
    </message>
    <message>
        <source>The system journal uses %1 (limit %2). Cap it with SystemMaxUse= in journald.conf so logs cannot fill the disk.</source>
        <translation>システムジャーナルが %1 あります (目安 %2)。journald.conf の SystemMaxUse= で上限を決めて、ログでディスクが満杯にならないようにしてください。</translation>
    </message>
    <message>
        <source>The remote media cache uses %1.</source>
        <translation>メディアキャッシュは %1 です。</translation>
    </message>
    <message>
        <source>The remote media cache (public/system/cache) uses %1 (%2% of its disk). Remove old remote media with tootctl media remove, or set content retention in the admin settings.</source>
        <translation>メディアキャッシュ (public/system/cache) が %1 あり、ディスクの %2% を占めています。tootctl media remove で古いリモートメディアを削除するか、管理画面の「コンテンツの保持期間」を設定してください。</translation>
    </message>
    <message>
        <source>No old Ruby versions take noticeable space (current: %1).</source>
        <translation>古い Ruby はほとんど容量を使っていません (使用中: %1)。</translation>
    </message>
    <message>
        <source>Ruby versions no longer used (%1) remain in ~/.rbenv/versions (%2 in total with the current %3). Remove them with rbenv uninstall.</source>
        <translation>使われていない Ruby (%1) が ~/.rbenv/versions に残っています (使用中の %3 と合わせて %2)。rbenv uninstall で削除してください。</translation>
    </message>
    <message>
        <source>The certificate %1 is valid for %2 more days.</source>
        <translation>証明書 %1 はあと %2 日有効です。</translation>
    </message>
    <message>
        <source>The certificate %1 expires in %2 days (%3). When it expires, browsers, apps and other servers can no longer reach this server.</source>
        <translation>証明書 %1 はあと %2 日 (%3) で期限が切れます。期限が切れると、ブラウザやアプリ、他のサーバからこのサーバに接続できなくなります。</translation>
    </message>
    <message>
        <source>The certificate %1 expired on %2. Browsers, apps and other servers cannot reach this server safely until it is renewed.</source>
        <translation>証明書 %1 は %2 に期限が切れています。更新するまで、ブラウザやアプリ、他のサーバはこのサーバに安全に接続できません。</translation>
    </message>
    <message>
        <source>nginx serves the current certificate for %1.</source>
        <translation>nginx は %1 の最新の証明書を配信しています。</translation>
    </message>
    <message>
        <source>nginx still serves an older certificate for %1 (valid until %2) although a renewed one (valid until %3) is on disk. nginx was not reloaded after the renewal: reload it.</source>
        <translation>nginx は %1 について古い証明書 (有効期限 %2) を配信し続けています。更新された証明書 (有効期限 %3) はディスク上にあります。更新後に nginx が再読み込みされていないので、再読み込みしてください。</translation>
    </message>
    <message>
        <source>Certificate renewal is scheduled (%1).</source>
        <translation>証明書の自動更新が設定されています (%1)。</translation>
    </message>
    <message>
        <source>Nothing renews the Let&apos;s Encrypt certificates automatically (no active certbot timer or cron entry). They last 90 days; without renewal the site stops working when they expire.</source>
        <translation>Let&apos;s Encrypt の証明書を自動で更新する仕組みがありません (有効な certbot のタイマーも cron の設定もありません)。証明書の有効期間は 90 日で、更新しないと期限切れの時点でサイトが使えなくなります。</translation>
    </message>
    <message>
        <source>Certificate renewal is working.</source>
        <translation>証明書の更新は正常に動いています。</translation>
    </message>
    <message>
        <source>The certificate %1 has only %2 days left although certbot renews at %3 days: renewal is failing. Check the output of certbot renew.</source>
        <translation>証明書 %1 の残りが %2 日しかありません。certbot は残り %3 日で更新するはずなので、更新に失敗しています。certbot renew の出力を確認してください。</translation>
    </message>
    <message>
        <source>The last certificate renewal run (%1) failed. Check its log with journalctl.</source>
        <translation>前回の証明書の更新 (%1) が失敗しました。journalctl でログを確認してください。</translation>
    </message>
    <message>
        <source>The trusted root certificates are up to date (ca-certificates %1).</source>
        <translation>ルート証明書は最新です (ca-certificates %1)。</translation>
    </message>
    <message>
        <source>An update of ca-certificates (now %1) is waiting. Outdated root certificates break federation with servers whose certificates use newer roots.</source>
        <translation>ca-certificates (現在 %1) の更新が適用されていません。ルート証明書が古いと、新しいルート証明書を使うサーバとの連合が失敗します。</translation>
    </message>
    <message>
        <source>ca-certificates %1 is %2 days old. Outdated root certificates break federation with servers whose certificates use newer roots.</source>
        <translation>ca-certificates %1 は %2 日前のものです。ルート証明書が古いと、新しいルート証明書を使うサーバとの連合が失敗します。</translation>
    </message>
    <message>
        <source>%1 is %2 (%3).</source>
        <translation>%1 は %2 (%3) です。</translation>
    </message>
    <message>
        <source>No Mastodon service (mastodon-*) was found on this server.</source>
        <translation>このサーバに Mastodon のサービス (mastodon-*) が見つかりません。</translation>
    </message>
    <message>
        <source>%1 is not running (%2). The part of Mastodon it provides is down.</source>
        <translation>%1 が動いていません (%2)。このサービスが担う Mastodon の機能が止まっています。</translation>
    </message>
    <message>
        <source>%1 keeps crashing and restarting (%2).</source>
        <translation>%1 が異常終了と再起動を繰り返しています (%2)。</translation>
    </message>
    <message>
        <source>%1 has restarted %2 times by itself. Something makes it crash: look at its log.</source>
        <translation>%1 が自動で %2 回再起動しています。何かが原因で落ちています。ログを確認してください。</translation>
    </message>
    <message>
        <source>A Sidekiq process serves the scheduler queue.</source>
        <translation>scheduler キューを処理する Sidekiq プロセスがあります。</translation>
    </message>
    <message>
        <source>No Sidekiq process serves the scheduler queue, so periodic jobs (media cache cleanup, statistics, scheduled posts) never run. Add -q scheduler to one Sidekiq service, or remove its -q options.</source>
        <translation>scheduler キューを処理する Sidekiq プロセスがないため、定期ジョブ (メディアキャッシュの削除、統計、予約投稿など) がまったく実行されていません。Sidekiq のサービスのどれか 1 つに -q scheduler を追加するか、-q の指定を削除してください。</translation>
    </message>
    <message>
        <source>Exactly one Sidekiq process serves the scheduler queue.</source>
        <translation>scheduler キューを処理する Sidekiq プロセスはちょうど 1 つです。</translation>
    </message>
    <message>
        <source>%1 Sidekiq processes serve the scheduler queue; it must be exactly one, or periodic jobs run several times.</source>
        <translation>scheduler キューを処理する Sidekiq プロセスが %1 個あります。1 つだけにしないと、定期ジョブが重複して実行されます。</translation>
    </message>
    <message>
        <source>Sidekiq&apos;s queues are keeping up (%1 jobs waiting).</source>
        <translation>Sidekiq のキューは滞っていません (待機中のジョブ %1 件)。</translation>
    </message>
    <message>
        <source>The Sidekiq queue %1 holds %2 jobs, the oldest waiting %3 minutes. Posts and notifications are delayed.</source>
        <translation>Sidekiq のキュー %1 に %2 件のジョブがたまっていて、最も古いものは %3 分待っています。投稿や通知の配送が遅れています。</translation>
    </message>
    <message>
        <source>%1 dead jobs in Sidekiq.</source>
        <translation>Sidekiq のDead ジョブは %1 件です。</translation>
    </message>
    <message>
        <source>Sidekiq holds %1 dead jobs (jobs that failed every retry). Look at them in Sidekiq&apos;s web page (/sidekiq/morgue): they can show a broken mail setup or federation problem.</source>
        <translation>Sidekiq にDead ジョブ (すべての再試行に失敗したジョブ) が %1 件あります。Sidekiq の管理画面 (/sidekiq/morgue) で確認してください。メール設定の不具合や連合の問題が分かることがあります。</translation>
    </message>
    <message>
        <source>Mastodon %1 is the latest release.</source>
        <translation>Mastodon %1 は最新のリリースです。</translation>
    </message>
    <message>
        <source>Mastodon %1 is available for your series (you run %2). Patch releases carry security or urgent fixes: update soon.</source>
        <translation>現在のシリーズに Mastodon %1 が出ています (現在 %2)。パッチリリースにはセキュリティや緊急の修正が含まれるので、早めに更新してください。</translation>
    </message>
    <message>
        <source>Mastodon %1 is available (you run %2).</source>
        <translation>Mastodon %1 が出ています (現在 %2)。</translation>
    </message>
    <message>
        <source>%1% of memory is available.</source>
        <translation>メモリの %1% が空いています。</translation>
    </message>
    <message>
        <source>Only %1% of memory is available (%2 of %3; swap %4% used). The server slows down and processes may be killed; a restart of Mastodon often helps.</source>
        <translation>使えるメモリが %1% しかありません (%3 のうち %2、スワップ使用率 %4%)。サーバが遅くなり、プロセスが強制終了されることもあります。Mastodon を再起動すると改善することがよくあります。</translation>
    </message>
    <message>
        <source>The OS packages are up to date.</source>
        <translation>OS のパッケージは最新です。</translation>
    </message>
    <message>
        <source>%1 package updates are waiting (%2 security): %3. Apply them in a maintenance window.</source>
        <translation>%1 件のパッケージ更新が適用されていません (うちセキュリティ更新 %2 件): %3。メンテナンスの時間を取って適用してください。</translation>
    </message>
    <message>
        <source>No reboot is needed.</source>
        <translation>再起動の必要はありません。</translation>
    </message>
    <message>
        <source>The server needs a reboot to finish installing updates (%1). Plan a maintenance window.</source>
        <translation>更新を完了するためにサーバの再起動が必要です (%1)。メンテナンスの時間を取ってください。</translation>
    </message>
    <message>
        <source>Backups were found in %1.</source>
        <translation>%1 にバックアップがあります。</translation>
    </message>
    <message>
        <source>No backup files were found on the server (looked in: %1). Without a backup, a broken disk or a wrong command loses everything. If backups go elsewhere, set the backup directory in the server settings.</source>
        <translation>サーバ上にバックアップファイルが見つかりません (確認した場所: %1)。バックアップがないと、ディスクの故障や操作ミスですべてを失います。別の場所にバックアップしている場合は、サーバの設定でバックアップ先を指定してください。</translation>
    </message>
    <message>
        <source>The newest backup is %1 hours old.</source>
        <translation>最新のバックアップは %1 時間前のものです。</translation>
    </message>
    <message>
        <source>The newest backup (%1) is %2 days old: backups seem to have stopped.</source>
        <translation>最新のバックアップ (%1) は %2 日前のものです。バックアップが止まっているようです。</translation>
    </message>
    <message>
        <source>The newest backup has the usual size.</source>
        <translation>最新のバックアップはいつもと同じくらいのサイズです。</translation>
    </message>
    <message>
        <source>The newest backup %1 is %2, only %3% of the previous ones (%4). It may be truncated or contain the wrong data: check that it can be restored.</source>
        <translation>最新のバックアップ %1 は %2 で、それ以前のもの (%4) の %3% しかありません。途中で切れているか、中身が違う可能性があります。復元できるか確認してください。</translation>
    </message>
    <message>
        <source>No scheduled job (systemd timer) failed its last run.</source>
        <translation>前回の実行に失敗した定期実行ジョブ (systemd タイマー) はありません。</translation>
    </message>
    <message>
        <source>The last run of %1 (started by %2) failed (%3).</source>
        <translation>%2 から起動された %1 の前回の実行が失敗しました (%3)。</translation>
    </message>
    <message>
        <source>%1 is due on %2.</source>
        <translation>%1 の期限は %2 です。</translation>
    </message>
    <message>
        <source>%1 was due on %2, %3 days ago. Check that it was paid or renewed.</source>
        <translation>%1 の期限 %2 を %3 日過ぎています。支払いや更新が済んでいるか確認してください。</translation>
    </message>
    <message>
        <source>%1 is due on %2, in %3 days. Renew or pay it in time: domains and servers have been lost this way.</source>
        <translation>%1 の期限は %2 で、あと %3 日です。期限内に更新・支払いをしてください。これでドメインやサーバを失った例があります。</translation>
    </message>
    <message>
        <source>%1 answers its health check (%2 ms).</source>
        <translation>%1 は死活チェックに応答しています (%2 ミリ秒)。</translation>
    </message>
    <message>
        <source>%1 does not answer its health check (%2: %3). The site is down for everyone: look at nginx and mastodon-web.</source>
        <translation>%1 が死活チェックに応答しません (%2: %3)。サイトは誰からも使えない状態です。nginx と mastodon-web を確認してください。</translation>
    </message>
    <message>
        <source>The instance API of %1 answers (%2).</source>
        <translation>%1 のインスタンス API は応答しています (%2)。</translation>
    </message>
    <message>
        <source>The instance API of %1 fails (%2: %3). Apps and other servers cannot read the server&apos;s description. If only /api/v1/instance fails, refreshing the materialized view instances fixes it.</source>
        <translation>%1 のインスタンス API がエラーになります (%2: %3)。アプリや他のサーバがサーバの情報を読めません。/api/v1/instance だけが失敗する場合は、マテリアライズドビュー instances を更新すると直ります。</translation>
    </message>
    <message>
        <source>The streaming API of %1 answers.</source>
        <translation>%1 のストリーミング API は応答しています。</translation>
    </message>
    <message>
        <source>The streaming API of %1 does not answer (%2: %3). Timelines and notifications stop updating live: look at mastodon-streaming.</source>
        <translation>%1 のストリーミング API が応答しません (%2: %3)。タイムラインと通知がリアルタイムに更新されなくなります。mastodon-streaming を確認してください。</translation>
    </message>
    <message>
        <source>The Web UI of %1 and its %2 JS/CSS files load.</source>
        <translation>%1 の Web UI と %2 個の JS/CSS ファイルは読み込めます。</translation>
    </message>
    <message>
        <source>The Web UI page of %1 loads but %2 of its %3 JS/CSS files do not: %4. Browsers show a blank page while the API still works; this usually means assets:precompile failed or did not run.</source>
        <translation>%1 の Web UI のページは読み込めますが、%3 個の JS/CSS ファイルのうち %2 個が読み込めません: %4。API は動いていてもブラウザには白い画面が表示されます。多くの場合、assets:precompile が失敗したか実行されていません。</translation>
    </message>
    <message>
        <source>The Web UI page of %1 does not load (%2: %3).</source>
        <translation>%1 の Web UI のページが読み込めません (%2: %3)。</translation>
    </message>
    <message>
        <source>%1 publishes %2 server rules.</source>
        <translation>%1 は %2 件のサーバのルールを公開しています。</translation>
    </message>
    <message>
        <source>%1 publishes no server rules. New users and the moderators of other servers look for them; add rules in Administration &gt; Server rules.</source>
        <translation>%1 はサーバのルールを公開していません。新しいユーザや他のサーバのモデレーターはルールを確認します。管理画面の「サーバーのルール」で追加してください。</translation>
    </message>
    <message>
        <source>Mastodon %1 is available and the Mastodon team marked it urgent (a security fix). You run %2: update now.</source>
        <translation>Mastodon %1 が公開されており、Mastodon チームが緊急 (セキュリティ修正) としています。現在は %2 です。すぐに更新してください。</translation>
    </message>
    <message>
        <source>The server reaches the mail server %1, but it offers no STARTTLS: Mastodon sends its mail (and the SMTP password, if one is set) unencrypted.</source>
        <translation>サーバからメールサーバ %1 に接続できますが、STARTTLS に対応していません。Mastodon はメール(と、設定されていれば SMTP のパスワード)を暗号化せずに送ります。</translation>
    </message>
    <message>
        <source>The server reaches the mail server %1 (without encryption, as .env.production says).</source>
        <translation>サーバからメールサーバ %1 に接続できます(.env.production の設定どおり暗号化なし)。</translation>
    </message>
    <message>
        <source>The server reaches the mail server %1 and the encrypted connection works.</source>
        <translation>サーバからメールサーバ %1 に接続でき、暗号化した接続も使えます。</translation>
    </message>
    <message>
        <source>SMTP_SERVER in .env.production (%1) is not a host name, so Mastodon cannot send e-mail.</source>
        <translation>.env.production の SMTP_SERVER(%1)がホスト名ではないため、Mastodon はメールを送れません。</translation>
    </message>
    <message>
        <source>SMTP_PORT in .env.production is not a port number, so Mastodon cannot send e-mail.</source>
        <translation>.env.production の SMTP_PORT がポート番号ではないため、Mastodon はメールを送れません。</translation>
    </message>
    <message>
        <source>The server reaches the mail server %1, but the encrypted connection Mastodon uses fails (%2). Sign-up confirmations and password resets are not sent.</source>
        <translation>サーバからメールサーバ %1 に接続できますが、Mastodon が使う暗号化した接続に失敗します(%2)。登録確認やパスワード再設定のメールが送られません。</translation>
    </message>
    <message>
        <source>The server cannot connect to the mail server %1 (%2). Sign-up confirmations and password resets are not sent; many VPS providers block outgoing mail ports.</source>
        <translation>サーバからメールサーバ %1 に接続できません(%2)。登録確認やパスワード再設定のメールが送られません。多くの VPS 事業者は外向きのメール用ポートを塞いでいます。</translation>
    </message>
    <message>
        <source>The newest dump %1 begins as a pg_dump dump (a compressed dump is not read to its end at every check).</source>
        <translation>最新のダンプ %1 は pg_dump のダンプとして始まっています(圧縮されたダンプは、点検のたびに最後までは読みません)。</translation>
    </message>
    <message>
        <source>pg_restore reads the newest backup %1.</source>
        <translation>最新のバックアップ %1 は pg_restore で読めます。</translation>
    </message>
    <message>
        <source>The newest backup %1 cannot be read as a restore would read it (%2): restoring it would fail. Make a new backup now; then look at what damaged this one (a full disk while it was written, a copy cut short).</source>
        <translation>最新のバックアップ %1 を、復元するときと同じように読めません(%2)。このままでは復元に失敗します。すぐに新しいバックアップを作り、その後でこのファイルが壊れた原因(書き込み中のディスク満杯、途中で切れたコピーなど)を調べてください。</translation>
    </message>
    <message>
        <source>The last restore drill passed %1 days ago (%2).</source>
        <translation>最後の復元の訓練は %1 日前に合格しました(%2)。</translation>
    </message>
    <message>
        <source>The last drill failed: %1</source>
        <translation>最後の訓練は不合格でした: %1</translation>
    </message>
    <message>
        <source>No restore drill has passed on this server: nobody knows whether its backups restore. Run a drill: it restores the newest backup into a scratch database and compares it with the live one, while Mastodon keeps running.</source>
        <translation>このサーバでは復元の訓練に合格したことがありません。バックアップから本当に復元できるかは、誰にも分かりません。訓練を実行してください。最新のバックアップを一時データベースに復元してライブのデータベースと比べます。その間も Mastodon は動いたままです。</translation>
    </message>
    <message>
        <source>The last restore drill that passed was %1 days ago, more than %2 days: run one again, so that you know the backups of today restore.</source>
        <translation>最後に合格した復元の訓練は %1 日前で、%2 日を超えています。今のバックアップから復元できることを確かめるため、もう一度実行してください。</translation>
    </message>
    <message>
        <source>The newest copy of this server&apos;s backups on this computer is %1 days old (%2).</source>
        <translation>このコンピュータにあるこのサーバのバックアップの最新のコピーは %1 日前のものです(%2)。</translation>
    </message>
    <message>
        <source>No copy of this server&apos;s backups is on this computer (%1): if the server or its disk is lost, its backups go with it. Copy the newest bundle here.</source>
        <translation>このサーバのバックアップのコピーがこのコンピュータにありません(%1)。サーバやそのディスクを失うと、バックアップも一緒に失われます。最新のバンドルをここにコピーしてください。</translation>
    </message>
    <message>
        <source>The newest copy of this server&apos;s backups on this computer is %1 days old, more than %2 days: copy a new bundle here.</source>
        <translation>このコンピュータにあるこのサーバのバックアップの最新のコピーは %1 日前のもので、%2 日を超えています。新しいバンドルをここにコピーしてください。</translation>
    </message>
</context>
<context>
    <name>FindingCard</name>
    <message>
        <source>Why it matters: %1</source>
        <translation>影響: %1</translation>
    </message>
    <message>
        <source>Evidence: %1</source>
        <translation>根拠: %1</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>修正: %1</translation>
    </message>
    <message>
        <source>Runs “%1” (%2). Anything that changes the server shows what it will run first.</source>
        <translation>「%1」(%2) を実行します。サーバを変更するものは、実行する内容を先に表示します。</translation>
    </message>
    <message>
        <source>Mastodon or a service is interrupted while it runs.</source>
        <translation>実行中は Mastodon またはサービスが一時的に止まります。</translation>
    </message>
    <message>
        <source>It deletes data that cannot be brought back.</source>
        <translation>元に戻せないデータを削除します。</translation>
    </message>
    <message>
        <source>Interrupts the service briefly</source>
        <translation>サービスが一時的に止まります</translation>
    </message>
    <message>
        <source>Deletes data: asks for the server&apos;s name</source>
        <translation>データを削除します: サーバ名の入力が必要です</translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>ほか %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them:</source>
        <translation>
            <numerusform>%n 件:</numerusform>
        </translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>対処: %1</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Show: %1</source>
        <translation>表示: %1</translation>
    </message>
    <message>
        <source>Open the release notes</source>
        <translation>リリースノートを開く</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>表示</translation>
    </message>
    <message>
        <source>Mark as renewed…</source>
        <translation>更新済みにする…</translation>
    </message>
    <message>
        <source>Records the next due date after you renewed or paid it.</source>
        <translation>更新または支払いの後に、次の期日を記録します。</translation>
    </message>
    <message>
        <source>Prevent: %1</source>
        <translation>再発防止: %1</translation>
    </message>
    <message>
        <source>Copy the newest backup here</source>
        <translation>最新のバックアップをここにコピー</translation>
    </message>
    <message>
        <source>Copies the newest bundle on the server to this computer over SFTP (the Backups tab shows the transfer); its SHA-256 is checked.</source>
        <translation>サーバの最新のバンドルを SFTP でこのコンピュータにコピーします(転送の様子は「バックアップ」タブに表示されます)。SHA-256 を照合します。</translation>
    </message>
</context>
<context>
    <name>FindingCatalog</name>
    <message>
        <source>On the server, as the postgres user, run psql and look at SELECT slot_name, active FROM pg_replication_slots; and SHOW archive_command;. Drop a slot nobody uses with SELECT pg_drop_replication_slot(&apos;name&apos;); or fix the archive command. PostgreSQL then removes the old WAL by itself at the next checkpoint.</source>
        <translation>サーバで postgres ユーザーとして psql を開き、SELECT slot_name, active FROM pg_replication_slots; と SHOW archive_command; を確認します。使われていないスロットは SELECT pg_drop_replication_slot(&apos;name&apos;); で削除し、またはアーカイブコマンドを直します。古い WAL は次のチェックポイントで PostgreSQL が自分で削除します。</translation>
    </message>
    <message>
        <source>Remove old Mastodon images with docker image prune after an upgrade.</source>
        <translation>アップグレードのあと、docker image prune で古い Mastodon のイメージを削除してください。</translation>
    </message>
    <message>
        <source>Install Mastodon&apos;s systemd units (dist/mastodon-*.service in the Mastodon directory) into /etc/systemd/system, run systemctl daemon-reload and enable them; or, if this server runs Mastodon with docker compose, change its deployment in the server settings.</source>
        <translation>Mastodon の systemd ユニット (Mastodon ディレクトリの dist/mastodon-*.service) を /etc/systemd/system に置き、systemctl daemon-reload を実行して有効にしてください。docker compose で動かしているサーバなら、サーバ設定で配置方式を変更してください。</translation>
    </message>
    <message>
        <source>In the compose file, add -q scheduler to the command of one sidekiq service (or remove its -q options), then run docker compose up -d for that service.</source>
        <translation>compose ファイルで、1 つの sidekiq サービスの command に -q scheduler を追加し (または -q の指定を外し)、そのサービスで docker compose up -d を実行してください。</translation>
    </message>
    <message>
        <source>Read the release notes of Mastodon %1 (they list the steps and any database migration), make a backup, then upgrade as they describe.</source>
        <translation>Mastodon %1 のリリースノート (手順とデータベースのマイグレーションが書かれています) を読み、バックアップを取ってから、その手順どおりにアップグレードしてください。</translation>
    </message>
    <message>
        <source>Read the job&apos;s log with journalctl -u %1 -n 50, fix the cause, then run it again with systemctl start %1.</source>
        <translation>journalctl -u %1 -n 50 でジョブのログを読み、原因を直してから systemctl start %1 でもう一度実行してください。</translation>
    </message>
    <message>
        <source>Renew or pay %1 at your provider. Then record the new due date here, so Hoshu reminds you again in time.</source>
        <translation>%1 をプロバイダで更新または支払いしてください。そのあと新しい期日をここに記録すると、Hoshu が次も期限前に知らせます。</translation>
    </message>
    <message>
        <source>As the mastodon user in the Mastodon directory, run RAILS_ENV=production bundle exec rails assets:precompile, then restart Mastodon. It usually fails for lack of memory: read its output.</source>
        <translation>mastodon ユーザーで Mastodon ディレクトリに移り、RAILS_ENV=production bundle exec rails assets:precompile を実行してから Mastodon を再起動してください。失敗するのはたいていメモリ不足です。出力を読んでください。</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>接続</translation>
    </message>
    <message>
        <source>While Hoshu cannot reach the server, none of the other checks can run.</source>
        <translation>Hoshu がサーバに接続できない間は、ほかの点検はどれも実行できません。</translation>
    </message>
    <message>
        <source>Check that the server is up (your provider&apos;s console), that its address and SSH port are right in the server settings, and that your key or password still works.</source>
        <translation>サーバが動いているか (プロバイダの管理画面)、サーバ設定のアドレスと SSH ポートが正しいか、鍵やパスワードがまだ使えるかを確認してください。</translation>
    </message>
    <message>
        <source>Disk space</source>
        <translation>ディスク容量</translation>
    </message>
    <message>
        <source>A full disk stops Mastodon and PostgreSQL; the database can be damaged.</source>
        <translation>ディスクが満杯になると Mastodon と PostgreSQL が止まり、データベースが壊れることがあります。</translation>
    </message>
    <message>
        <source>Free space: remove old remote media and preview cards, then cap the system journal. If the disk is still nearly full, the server needs a bigger disk or object storage for media.</source>
        <translation>空きを作ります: 古いリモートメディアとプレビューカードを削除し、システムジャーナルに上限を設けます。それでも満杯に近いなら、大きなディスクかメディア用のオブジェクトストレージが必要です。</translation>
    </message>
    <message>
        <source>Disk filling up</source>
        <translation>ディスクの増加ペース</translation>
    </message>
    <message>
        <source>Acting now, while there is room, is much easier than rescuing a full disk.</source>
        <translation>空きがあるうちに対処するほうが、満杯になってから復旧するよりずっと簡単です。</translation>
    </message>
    <message>
        <source>Free space now (remote media, preview cards, journal) and plan a bigger disk if it keeps growing.</source>
        <translation>今のうちに空きを作り (リモートメディア、プレビューカード、ジャーナル)、増え続けるなら大きなディスクを計画してください。</translation>
    </message>
    <message>
        <source>PostgreSQL WAL size</source>
        <translation>PostgreSQL の WAL のサイズ</translation>
    </message>
    <message>
        <source>A growing pg_wal usually means a stuck replication slot or archive command; it fills the disk.</source>
        <translation>pg_wal が増え続けるのは、たいていレプリケーションスロットかアーカイブコマンドが詰まっているためで、いずれディスクを埋め尽くします。</translation>
    </message>
    <message>
        <source>Find what holds the WAL back; never delete files in pg_wal by hand.</source>
        <translation>WAL を溜めている原因を探してください。pg_wal のファイルを手で消してはいけません。</translation>
    </message>
    <message>
        <source>Stray database dumps</source>
        <translation>放置されたデータベースのダンプ</translation>
    </message>
    <message>
        <source>Old database dumps take space and hold your users&apos; data outside the backups.</source>
        <translation>古いデータベースのダンプは容量を食い、ユーザーのデータをバックアップの外に置いたままにします。</translation>
    </message>
    <message>
        <source>Copy the dump off the server if you still need it, then delete it here.</source>
        <translation>まだ必要ならダンプをサーバの外にコピーしてから、ここで削除してください。</translation>
    </message>
    <message>
        <source>System journal size</source>
        <translation>システムジャーナルのサイズ</translation>
    </message>
    <message>
        <source>The system journal grows without limit unless it is capped.</source>
        <translation>システムジャーナルは上限を設定しないと際限なく増えます。</translation>
    </message>
    <message>
        <source>Cap the journal (SystemMaxUse) and shrink it to that size.</source>
        <translation>ジャーナルに上限 (SystemMaxUse) を設け、その大きさまで縮めます。</translation>
    </message>
    <message>
        <source>Remote media cache size</source>
        <translation>リモートメディアキャッシュのサイズ</translation>
    </message>
    <message>
        <source>Remote media are copies from other servers: they can be removed and fetched again.</source>
        <translation>リモートメディアはほかのサーバからのコピーなので、削除しても再取得できます。</translation>
    </message>
    <message>
        <source>Remove remote media older than a week, and set the media cache retention in Administration &gt; Server settings &gt; Content retention so the cache stays small.</source>
        <translation>1 週間より古いリモートメディアを削除し、キャッシュが大きくならないよう「管理 &gt; サーバーの設定 &gt; コンテンツの保持」でメディアキャッシュの保持期間を設定してください。</translation>
    </message>
    <message>
        <source>Old Ruby versions</source>
        <translation>古い Ruby のバージョン</translation>
    </message>
    <message>
        <source>Ruby versions left from earlier upgrades are no longer used.</source>
        <translation>以前のアップグレードで残った Ruby のバージョンはもう使われていません。</translation>
    </message>
    <message>
        <source>Remove the Ruby versions Mastodon no longer uses (never the one in .ruby-version).</source>
        <translation>Mastodon がもう使っていない Ruby を削除します (.ruby-version のものは消しません)。</translation>
    </message>
    <message>
        <source>Certificate expiry</source>
        <translation>証明書の有効期限</translation>
    </message>
    <message>
        <source>When the certificate expires, browsers and other servers refuse to connect: federation stops.</source>
        <translation>証明書が期限切れになると、ブラウザやほかのサーバが接続を拒否し、連合が止まります。</translation>
    </message>
    <message>
        <source>Renew the certificate now and reload nginx; then find out why the automatic renewal did not do it.</source>
        <translation>今すぐ証明書を更新して nginx をリロードし、そのあと自動更新が働かなかった理由を調べてください。</translation>
    </message>
    <message>
        <source>Expired certificate</source>
        <translation>期限切れの証明書</translation>
    </message>
    <message>
        <source>Browsers and other servers refuse to connect until the certificate is renewed.</source>
        <translation>証明書を更新するまで、ブラウザやほかのサーバは接続を拒否します。</translation>
    </message>
    <message>
        <source>Renew the certificate and reload nginx.</source>
        <translation>証明書を更新して nginx をリロードします。</translation>
    </message>
    <message>
        <source>Certificate served by nginx</source>
        <translation>nginx が配信している証明書</translation>
    </message>
    <message>
        <source>A renewed certificate only counts once nginx is reloaded.</source>
        <translation>更新した証明書は、nginx をリロードして初めて有効になります。</translation>
    </message>
    <message>
        <source>Test the nginx configuration and reload nginx.</source>
        <translation>nginx の設定をテストしてからリロードします。</translation>
    </message>
    <message>
        <source>Certificate renewal schedule</source>
        <translation>証明書の自動更新の予定</translation>
    </message>
    <message>
        <source>Without a scheduled renewal the certificate will expire in under 90 days.</source>
        <translation>自動更新が設定されていないと、証明書は 90 日以内に期限切れになります。</translation>
    </message>
    <message>
        <source>Install a renewal timer that reloads nginx after each renewal.</source>
        <translation>更新のたびに nginx をリロードする更新タイマーを設置します。</translation>
    </message>
    <message>
        <source>Certificate renewal</source>
        <translation>証明書の更新</translation>
    </message>
    <message>
        <source>Renewal normally happens 30 days before expiry; fewer days left means it failed.</source>
        <translation>更新は通常、期限の 30 日前に行われます。残りがそれより少ないなら更新に失敗しています。</translation>
    </message>
    <message>
        <source>Try the renewal without changing anything (dry run) to see the error, fix it, then renew.</source>
        <translation>何も変えずに更新を試して (dry run) エラーを確かめ、原因を直してから更新してください。</translation>
    </message>
    <message>
        <source>Trusted root certificates (ca-certificates)</source>
        <translation>ルート証明書 (ca-certificates)</translation>
    </message>
    <message>
        <source>Old root certificates make connections to other servers fail.</source>
        <translation>ルート証明書が古いと、ほかのサーバへの接続が失敗します。</translation>
    </message>
    <message>
        <source>Update the ca-certificates package.</source>
        <translation>ca-certificates パッケージを更新します。</translation>
    </message>
    <message>
        <source>Service running</source>
        <translation>サービスの稼働</translation>
    </message>
    <message>
        <source>Each Mastodon service does one part of the work: web, streaming or background jobs.</source>
        <translation>Mastodon の各サービスは、Web、ストリーミング、バックグラウンド処理のそれぞれ一部を担っています。</translation>
    </message>
    <message>
        <source>Start the services that are down; if one does not stay up, read its log.</source>
        <translation>止まっているサービスを起動します。すぐ止まるものはログを読んでください。</translation>
    </message>
    <message>
        <source>Service restarts</source>
        <translation>サービスの再起動</translation>
    </message>
    <message>
        <source>A service that keeps restarting is crashing; look at its log.</source>
        <translation>再起動を繰り返すサービスはクラッシュしています。ログを確認してください。</translation>
    </message>
    <message>
        <source>Read the service&apos;s recent log to see why it crashes, fix the cause, then restart it.</source>
        <translation>サービスの最近のログで落ちる理由を確かめ、原因を直してから再起動してください。</translation>
    </message>
    <message>
        <source>Sidekiq scheduler queue</source>
        <translation>Sidekiq の scheduler キュー</translation>
    </message>
    <message>
        <source>Without the scheduler queue, periodic jobs (cleanups, statistics) never run.</source>
        <translation>scheduler キューがないと、定期ジョブ (削除処理や統計) が一切実行されません。</translation>
    </message>
    <message>
        <source>Add the scheduler queue to exactly one Sidekiq service.</source>
        <translation>scheduler キューをちょうど 1 つの Sidekiq サービスに追加します。</translation>
    </message>
    <message>
        <source>Sidekiq scheduler served once</source>
        <translation>Sidekiq の scheduler キューの重複</translation>
    </message>
    <message>
        <source>Two processes serving the scheduler queue run periodic jobs twice.</source>
        <translation>scheduler キューを 2 つのプロセスが処理すると、定期ジョブが二重に実行されます。</translation>
    </message>
    <message>
        <source>Keep -q scheduler on one Sidekiq service and remove it from the others.</source>
        <translation>-q scheduler は 1 つの Sidekiq サービスだけに残し、他からは外してください。</translation>
    </message>
    <message>
        <source>Sidekiq queues</source>
        <translation>Sidekiq のキュー</translation>
    </message>
    <message>
        <source>Jobs waiting in a queue mean delayed posts, notifications and federation.</source>
        <translation>キューにジョブが溜まっていると、投稿、通知、連合が遅れます。</translation>
    </message>
    <message>
        <source>Check that Sidekiq runs and is not short of memory; if the backlog stays, give Sidekiq more threads or a second process for the busy queue.</source>
        <translation>Sidekiq が動いていてメモリが足りているか確認してください。滞留が続くなら Sidekiq のスレッドを増やすか、混んでいるキュー用に 2 つめのプロセスを追加します。</translation>
    </message>
    <message>
        <source>Sidekiq dead jobs</source>
        <translation>Sidekiq の Dead ジョブ</translation>
    </message>
    <message>
        <source>Dead jobs were given up after all retries; many of them point to a problem.</source>
        <translation>Dead ジョブは、すべての再試行のあとで打ち切られたジョブです。数が多いなら何か問題があります。</translation>
    </message>
    <message>
        <source>Look at the errors in Sidekiq&apos;s web page (/sidekiq/morgue); retry the jobs once the cause is fixed, or clear them.</source>
        <translation>Sidekiq の Web 画面 (/sidekiq/morgue) でエラーを確認し、原因を直してからジョブを再試行するか、消去してください。</translation>
    </message>
    <message>
        <source>Mastodon version</source>
        <translation>Mastodon のバージョン</translation>
    </message>
    <message>
        <source>Patch releases often fix security problems.</source>
        <translation>パッチリリースはセキュリティ上の問題を修正していることがよくあります。</translation>
    </message>
    <message>
        <source>Read the release notes, back up, and upgrade following them.</source>
        <translation>リリースノートを読み、バックアップを取ってから、その手順どおりにアップグレードしてください。</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>メモリ</translation>
    </message>
    <message>
        <source>When memory runs out, the kernel kills processes, often PostgreSQL or Sidekiq.</source>
        <translation>メモリが尽きると、カーネルがプロセスを強制終了します。PostgreSQL や Sidekiq が狙われがちです。</translation>
    </message>
    <message>
        <source>See which processes use the memory; lower Sidekiq&apos;s threads or Puma&apos;s workers, or add memory or swap.</source>
        <translation>どのプロセスがメモリを使っているか確認し、Sidekiq のスレッドや Puma のワーカーを減らすか、メモリかスワップを増やしてください。</translation>
    </message>
    <message>
        <source>OS package updates</source>
        <translation>OS パッケージの更新</translation>
    </message>
    <message>
        <source>Security updates of the operating system close known holes.</source>
        <translation>OS のセキュリティ更新は、既知の脆弱性をふさぎます。</translation>
    </message>
    <message>
        <source>Install the updates in a quiet hour; some need an OS restart afterwards.</source>
        <translation>利用の少ない時間帯に更新を入れてください。あとで OS の再起動が必要なものもあります。</translation>
    </message>
    <message>
        <source>Reboot</source>
        <translation>再起動</translation>
    </message>
    <message>
        <source>An updated kernel or library takes effect only after a reboot.</source>
        <translation>更新したカーネルやライブラリは、再起動して初めて有効になります。</translation>
    </message>
    <message>
        <source>Restart the OS in a quiet hour; Mastodon is down for a few minutes.</source>
        <translation>利用の少ない時間帯に OS を再起動してください。Mastodon は数分止まります。</translation>
    </message>
    <message>
        <source>Backups present</source>
        <translation>バックアップの有無</translation>
    </message>
    <message>
        <source>Without a backup, a disk failure or a mistake loses everything.</source>
        <translation>バックアップがないと、ディスクの故障や操作ミスですべてを失います。</translation>
    </message>
    <message>
        <source>Make a database backup now; if backups are kept elsewhere, set the backup directory in the server settings.</source>
        <translation>今すぐデータベースのバックアップを取ってください。別の場所に保存しているなら、サーバ設定でバックアップのディレクトリを指定します。</translation>
    </message>
    <message>
        <source>Backup age</source>
        <translation>バックアップの鮮度</translation>
    </message>
    <message>
        <source>A backup that stopped silently is found out only when it is needed.</source>
        <translation>知らないうちに止まったバックアップは、必要になったときに初めて気づくことになります。</translation>
    </message>
    <message>
        <source>Make a backup now, then find out why the scheduled backup stopped.</source>
        <translation>今すぐバックアップを取り、そのあと定期バックアップが止まった理由を調べてください。</translation>
    </message>
    <message>
        <source>Backup size</source>
        <translation>バックアップのサイズ</translation>
    </message>
    <message>
        <source>A backup much smaller than the previous ones is probably incomplete.</source>
        <translation>以前よりずっと小さいバックアップは、おそらく不完全です。</translation>
    </message>
    <message>
        <source>Make a new backup and check that it can be read.</source>
        <translation>新しいバックアップを取り、読み出せることを確認してください。</translation>
    </message>
    <message>
        <source>Scheduled jobs (timers)</source>
        <translation>定期実行ジョブ (タイマー)</translation>
    </message>
    <message>
        <source>A scheduled job that fails (backup, renewal, cleanup) stops doing its work silently.</source>
        <translation>定期ジョブ (バックアップ、証明書の更新、削除処理) が失敗すると、知らないうちに処理が止まります。</translation>
    </message>
    <message>
        <source>Read the log of the job&apos;s service, fix the cause, then run the job again.</source>
        <translation>ジョブのサービスのログを読み、原因を直してからジョブをもう一度実行してください。</translation>
    </message>
    <message>
        <source>Renewals and payments</source>
        <translation>更新・支払いの期限</translation>
    </message>
    <message>
        <source>An unpaid server or domain takes the whole instance offline.</source>
        <translation>サーバやドメインの支払いが滞ると、インスタンス全体が止まります。</translation>
    </message>
    <message>
        <source>Renew or pay it at your provider, then record the new date here.</source>
        <translation>プロバイダで更新または支払いをして、新しい期日をここに記録してください。</translation>
    </message>
    <message>
        <source>Web server health (/health)</source>
        <translation>Web サーバの死活 (/health)</translation>
    </message>
    <message>
        <source>When /health fails, the site is down for everyone.</source>
        <translation>/health が失敗しているときは、誰にとってもサイトが止まっています。</translation>
    </message>
    <message>
        <source>Restart Mastodon; if it stays down, look at nginx and mastodon-web.</source>
        <translation>Mastodon を再起動します。それでも止まっているなら nginx と mastodon-web を確認してください。</translation>
    </message>
    <message>
        <source>Instance API</source>
        <translation>インスタンス API</translation>
    </message>
    <message>
        <source>Apps and other servers read the server&apos;s description from this API.</source>
        <translation>アプリや他のサーバは、この API からサーバの情報を読み取ります。</translation>
    </message>
    <message>
        <source>Refresh the instances view in the database; if it still fails, read mastodon-web&apos;s log.</source>
        <translation>データベースの instances ビューを再計算します。それでも失敗するなら mastodon-web のログを読んでください。</translation>
    </message>
    <message>
        <source>Streaming API</source>
        <translation>ストリーミング API</translation>
    </message>
    <message>
        <source>Without streaming, timelines and notifications stop updating live.</source>
        <translation>ストリーミングがないと、タイムラインと通知がリアルタイムに届かなくなります。</translation>
    </message>
    <message>
        <source>Restart Mastodon (streaming included); if it stays down, read mastodon-streaming&apos;s log.</source>
        <translation>Mastodon を (streaming も含めて) 再起動します。それでも止まっているなら mastodon-streaming のログを読んでください。</translation>
    </message>
    <message>
        <source>Web UI and its files</source>
        <translation>Web UI とそのファイル</translation>
    </message>
    <message>
        <source>Browsers show a blank page while the API still works.</source>
        <translation>API は動いていても、ブラウザには白い画面が表示されます。</translation>
    </message>
    <message>
        <source>Build the Web UI&apos;s files again (assets:precompile) as the mastodon user, then restart Mastodon.</source>
        <translation>mastodon ユーザーで Web UI のファイルを作り直し (assets:precompile)、Mastodon を再起動してください。</translation>
    </message>
    <message>
        <source>Server rules</source>
        <translation>サーバのルール</translation>
    </message>
    <message>
        <source>New users and the moderators of other servers look for a server&apos;s rules.</source>
        <translation>新しいユーザーや他のサーバのモデレーターは、サーバのルールを確認します。</translation>
    </message>
    <message>
        <source>Add rules in Administration &gt; Server rules.</source>
        <translation>「管理 &gt; サーバーのルール」でルールを追加してください。</translation>
    </message>
    <message>
        <source>This certificate is not one of certbot&apos;s, so Hoshu cannot renew it. Renew it where it came from (your certificate provider or the tool that issued it), install the new files where nginx&apos;s ssl_certificate points, then reload nginx.</source>
        <translation>この証明書は certbot のものではないため、Hoshu では更新できません。発行元（証明書の提供元や発行したツール）で更新し、nginx の ssl_certificate が指す場所に新しいファイルを置いてから、nginx をリロードしてください。</translation>
    </message>
    <message>
        <source>Mail server reachable</source>
        <translation>メールサーバへの接続</translation>
    </message>
    <message>
        <source>Without mail, new users cannot confirm their sign-up and nobody can reset a password.</source>
        <translation>メールが届かないと、新しいユーザーは登録を確認できず、誰もパスワードを再設定できません。</translation>
    </message>
    <message>
        <source>Check SMTP_SERVER, SMTP_PORT and the TLS settings in .env.production against your mail provider&apos;s instructions; many VPS providers block outgoing ports 25 and 587 until you ask them. Then send a test mail from the Actions tab.</source>
        <translation>.env.production の SMTP_SERVER、SMTP_PORT と TLS の設定を、メール事業者の説明と照らし合わせてください。多くの VPS 事業者は、申請するまで外向きの 25 番と 587 番ポートを塞いでいます。その後、「アクション」タブからテストメールを送ってください。</translation>
    </message>
    <message>
        <source>In the compose file, remove -q scheduler from the command of every sidekiq service but one, then run docker compose up -d for those services.</source>
        <translation>compose ファイルで、sidekiq サービスを 1 つだけ残してほかの command から -q scheduler を外し、それらのサービスで docker compose up -d を実行してください。</translation>
    </message>
    <message>
        <source>Cannot connect</source>
        <translation>接続できない</translation>
    </message>
    <message>
        <source>Disk nearly full</source>
        <translation>ディスクが満杯に近い</translation>
    </message>
    <message>
        <source>Disk will be full soon</source>
        <translation>ディスクがまもなく満杯</translation>
    </message>
    <message>
        <source>PostgreSQL WAL is large</source>
        <translation>PostgreSQL の WAL が大きい</translation>
    </message>
    <message>
        <source>Database dumps left on the disk</source>
        <translation>ディスクに残ったデータベースのダンプ</translation>
    </message>
    <message>
        <source>System journal is large</source>
        <translation>システムのジャーナルが大きい</translation>
    </message>
    <message>
        <source>Remote media cache is large</source>
        <translation>メディアキャッシュが大きい</translation>
    </message>
    <message>
        <source>Unused Ruby versions</source>
        <translation>使われていない Ruby のバージョン</translation>
    </message>
    <message>
        <source>Certificate expires soon</source>
        <translation>証明書の期限が近い</translation>
    </message>
    <message>
        <source>Certificate expired</source>
        <translation>証明書の期限切れ</translation>
    </message>
    <message>
        <source>nginx serves an old certificate</source>
        <translation>nginx が古い証明書を使っている</translation>
    </message>
    <message>
        <source>Certificate renewal not scheduled</source>
        <translation>証明書の自動更新が設定されていない</translation>
    </message>
    <message>
        <source>Certificate renewal failing</source>
        <translation>証明書の更新が失敗している</translation>
    </message>
    <message>
        <source>Root certificates out of date</source>
        <translation>ルート証明書(ca-certificates)が古い</translation>
    </message>
    <message>
        <source>Service stopped</source>
        <translation>サービスが停止している</translation>
    </message>
    <message>
        <source>Service keeps restarting</source>
        <translation>サービスが再起動を繰り返している</translation>
    </message>
    <message>
        <source>No Sidekiq serves the scheduler queue</source>
        <translation>scheduler キューを処理する Sidekiq がない</translation>
    </message>
    <message>
        <source>Scheduler queue served more than once</source>
        <translation>scheduler キューを複数の Sidekiq が処理している</translation>
    </message>
    <message>
        <source>Sidekiq jobs piling up</source>
        <translation>Sidekiq のジョブが溜まっている</translation>
    </message>
    <message>
        <source>Dead jobs in Sidekiq</source>
        <translation>Sidekiq に Dead ジョブがある</translation>
    </message>
    <message>
        <source>Mastodon update available</source>
        <translation>Mastodon の更新がある</translation>
    </message>
    <message>
        <source>Memory running out</source>
        <translation>メモリが足りない</translation>
    </message>
    <message>
        <source>OS updates pending</source>
        <translation>OS のパッケージ更新がある</translation>
    </message>
    <message>
        <source>OS restart needed</source>
        <translation>OS の再起動が必要</translation>
    </message>
    <message>
        <source>No backups</source>
        <translation>バックアップがない</translation>
    </message>
    <message>
        <source>Backups stopped</source>
        <translation>バックアップが止まっている</translation>
    </message>
    <message>
        <source>Backup much smaller than before</source>
        <translation>バックアップが前より大幅に小さい</translation>
    </message>
    <message>
        <source>Scheduled job failed</source>
        <translation>定期ジョブが失敗している</translation>
    </message>
    <message>
        <source>Renewal or payment due</source>
        <translation>更新・支払いの期日が近い</translation>
    </message>
    <message>
        <source>Web server not healthy (/health)</source>
        <translation>Web サーバが正常に応答しない(/health)</translation>
    </message>
    <message>
        <source>Instance API failing</source>
        <translation>インスタンス API が失敗している</translation>
    </message>
    <message>
        <source>Streaming API failing</source>
        <translation>ストリーミング API が失敗している</translation>
    </message>
    <message>
        <source>Web UI files missing</source>
        <translation>Web UI のファイルが見つからない</translation>
    </message>
    <message>
        <source>Mail server unreachable</source>
        <translation>メールサーバに接続できない</translation>
    </message>
    <message>
        <source>No server rules</source>
        <translation>サーバのルールがない</translation>
    </message>
    <message>
        <source>Newest backup readable</source>
        <translation>最新のバックアップの読み取り</translation>
    </message>
    <message>
        <source>Newest backup unreadable</source>
        <translation>最新のバックアップが読めない</translation>
    </message>
    <message>
        <source>A backup that pg_restore cannot read restores nothing on the day it is needed.</source>
        <translation>pg_restore で読めないバックアップは、必要になったその日に何も復元できません。</translation>
    </message>
    <message>
        <source>Make a new backup now (it is read back right away), then find out what damaged the old one.</source>
        <translation>すぐに新しいバックアップを作り(作った直後に読み戻して確かめます)、その後で古い方が壊れた原因を調べてください。</translation>
    </message>
    <message>
        <source>Restore drill</source>
        <translation>復元の訓練</translation>
    </message>
    <message>
        <source>Backups never restored</source>
        <translation>バックアップを復元したことがない</translation>
    </message>
    <message>
        <source>A backup never restored is not known to be one: only a restore shows that it holds the data.</source>
        <translation>一度も復元していないバックアップは、バックアップとして使えるか分かりません。データが入っていることは、復元して初めて分かります。</translation>
    </message>
    <message>
        <source>Run a restore drill: it restores the newest backup into a scratch database and compares it with the live one.</source>
        <translation>復元の訓練を実行してください。最新のバックアップを一時データベースに復元し、ライブのデータベースと比べます。</translation>
    </message>
    <message>
        <source>Copy off the server</source>
        <translation>サーバ外へのコピー</translation>
    </message>
    <message>
        <source>No recent copy off the server</source>
        <translation>サーバ外に最近のコピーがない</translation>
    </message>
    <message>
        <source>Backups on the server&apos;s own disk go with the server: a terminated VPS or a broken disk takes them too.</source>
        <translation>サーバ自身のディスクにあるバックアップは、サーバと運命を共にします。VPS の契約終了やディスクの故障で、バックアップも失われます。</translation>
    </message>
    <message>
        <source>Copy the newest bundle to this computer: press Copy the newest backup here (the server&apos;s Backups tab shows the transfer), or run hoshu-cli backup %1 --newest --download FOLDER. Keep the copies where only you can read them: they hold the server&apos;s secrets.</source>
        <translation>最新のバンドルをこのコンピュータにコピーしてください。「最新のバックアップをここにコピー」を押す(転送の様子はサーバの「バックアップ」タブに表示されます)か、hoshu-cli backup %1 --newest --download FOLDER を実行します。コピーにはサーバの秘密情報が含まれるので、自分だけが読める場所に保管してください。</translation>
    </message>
    <message>
        <source>Keep a recent copy of the newest bundle on this computer; while Hoshu runs it can keep that copy up to date (Settings).</source>
        <translation>最新のバンドルの新しいコピーをこのコンピュータに置いておきます。Hoshu の起動中は、そのコピーを自動で最新に保てます(設定)。</translation>
    </message>
</context>
<context>
    <name>FindingsView</name>
    <message>
        <source>Not checked yet. Press F5 to refresh this server.</source>
        <translation>まだ点検していません。F5 キーでこのサーバを点検します。</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;All %n check(s) passed.&lt;/b&gt; Checked %1.</source>
        <translation>
            <numerusform>&lt;b&gt;%n 項目の点検はすべて正常です。&lt;/b&gt; 点検: %1。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n problem(s) found&lt;/b&gt;, %1 check(s) OK. Checked %2.</source>
        <translation>
            <numerusform>&lt;b&gt;%n 件の問題が見つかりました&lt;/b&gt;。正常 %1 項目。点検: %2。</numerusform>
        </translation>
    </message>
    <message>
        <source>Checks that are OK (%1)</source>
        <translation>正常な点検項目 (%1)</translation>
    </message>
    <message>
        <source>Still there after “%1”; checked again just now.</source>
        <translation>「%1」のあと再点検しましたが、まだ解消していません。</translation>
    </message>
    <message>
        <source>Fixed by “%1” (checked again just now): %2</source>
        <translation>「%1」で解消しました (再点検済み): %2</translation>
    </message>
    <message>
        <source>“%1” ran, so that this does not come back; the problem itself is still there: fix it too.</source>
        <translation>「%1」で再発を防ぐ設定をしました。問題そのものはまだ残っているので、修正も実行してください。</translation>
    </message>
</context>
<context>
    <name>FixCommand</name>
    <message>
        <source>[fixed]</source>
        <translation>[修正済み]</translation>
    </message>
    <message>
        <source>[still there]</source>
        <translation>[未解消]</translation>
    </message>
    <message>
        <source>[failed]</source>
        <translation>[失敗]</translation>
    </message>
    <message>
        <source>[not run]</source>
        <translation>[未実行]</translation>
    </message>
    <message>
        <source>[unknown]</source>
        <translation>[不明]</translation>
    </message>
    <message>
        <source>== %1: checking…</source>
        <translation>== %1: 点検しています…</translation>
    </message>
    <message>
        <source>%1 could not be checked, so nothing was fixed.</source>
        <translation>%1 を点検できなかったため、何も修正していません。</translation>
    </message>
    <message>
        <source>Nothing on %1 can be fixed automatically.</source>
        <translation>%1 には自動で修正できるものがありません。</translation>
    </message>
    <message numerus="yes">
        <source>%n fix(es) to run on %1.</source>
        <translation>
            <numerusform>%1 で %n 件の修正を実行します。</numerusform>
        </translation>
    </message>
    <message>
        <source>== %1: checking again…</source>
        <translation>== %1: 再点検しています…</translation>
    </message>
    <message>
        <source>[%1/%2] %3 — for: %4</source>
        <translation>[%1/%2] %3 — 対象: %4</translation>
    </message>
    <message>
        <source>The action “%1” is not in the catalog.</source>
        <translation>操作「%1」はカタログにありません。</translation>
    </message>
    <message>
        <source>Working out what “%1” will do…</source>
        <translation>「%1」が何を実行するかを調べています…</translation>
    </message>
    <message>
        <source>Hoshu could not work out what “%1” would do, so it was not run:
%2</source>
        <translation>「%1」が何を実行するかを調べられなかったため、実行していません:
%2</translation>
    </message>
    <message>
        <source>It ended with exit status %1.</source>
        <translation>終了ステータス %1 で終わりました。</translation>
    </message>
    <message numerus="yes">
        <source>What the web checks still see is fixed next (%n fix(es)).</source>
        <translation>
            <numerusform>Web の点検でまだ見えている問題を続けて修正します (%n 件)。</numerusform>
        </translation>
    </message>
    <message>
        <source>the server could not be checked again</source>
        <translation>サーバを再点検できませんでした</translation>
    </message>
    <message>
        <source>Not fixed automatically:</source>
        <translation>自動では修正されないもの:</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>対処: %1</translation>
    </message>
    <message>
        <source>Not run, so that they do not come back:</source>
        <translation>再発防止策(実行していません):</translation>
    </message>
</context>
<context>
    <name>GpgProgram</name>
    <message>
        <source>GnuPG (gpg) is not installed on this computer, so the copies cannot be encrypted. Install it (Linux: the gnupg package; Windows: Gpg4win; macOS: GPG Suite or Homebrew&apos;s gnupg), then come back here.</source>
        <translation>このコンピュータには GnuPG (gpg) がないため、コピーを暗号化できません。インストールしてから(Linux: gnupg パッケージ、Windows: Gpg4win、macOS: GPG Suite または Homebrew の gnupg)、もう一度開いてください。</translation>
    </message>
</context>
<context>
    <name>HoshuCli</name>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>不明なコマンド「%1」です。</translation>
    </message>
    <message>
        <source>The built-in action catalog is broken; please report this:
%1</source>
        <translation>組み込みのアクションカタログが壊れています。開発者に報告してください:
%1</translation>
    </message>
    <message>
        <source>There is no server named &quot;%1&quot;. See: hoshu-cli server list</source>
        <translation>「%1」という名前のサーバはありません。一覧: hoshu-cli server list</translation>
    </message>
    <message>
        <source>There is no action &quot;%1&quot;. See: hoshu-cli actions</source>
        <translation>「%1」というアクションはありません。一覧: hoshu-cli actions</translation>
    </message>
    <message>
        <source>--param needs KEY=VALUE, not &quot;%1&quot;.</source>
        <translation>--param には KEY=VALUE の形で指定してください (「%1」は使えません)。</translation>
    </message>
    <message>
        <source>No server is configured yet. See: hoshu-cli server add</source>
        <translation>サーバがまだ登録されていません。登録: hoshu-cli server add</translation>
    </message>
    <message>
        <source>The history cannot be read (disk.full_soon is not checked): %1</source>
        <translation>履歴を読めません (disk.full_soon は確認しません): %1</translation>
    </message>
    <message>
        <source>The history cannot be stored: %1</source>
        <translation>履歴を保存できません: %1</translation>
    </message>
    <message>
        <source>The history database was damaged; it was moved to %1 and a new one was started.</source>
        <translation>履歴データベースが壊れていたため、%1 に移して新しく作り直しました。</translation>
    </message>
    <message>
        <source>There is no finding &quot;%1&quot;. The findings are listed by: hoshu-cli check NAME --json</source>
        <translation>「%1」という項目はありません。項目の一覧: hoshu-cli check NAME --json</translation>
    </message>
    <message>
        <source>Usage:
  hoshu-cli server add NAME --host HOST [--port N] [--user U] [--key PATH] [--accept-new-host-key]
                 [--auth auto|agent|key|password] [--password-stdin]
                 [--sudo root|nopasswd|password] [--sudo-password-stdin]
                 [--deployment systemd|docker] [--mastodon-dir DIR]
                 [--domain DOMAIN] [--http-address IP] [--http-ca-file PATH]
  hoshu-cli server list [--json]
  hoshu-cli server remove NAME
  hoshu-cli server renewal NAME WHAT --due YYYY-MM-DD
  hoshu-cli actions [--json]
  hoshu-cli run NAME ACTION_ID [--param KEY=VALUE]... [--yes] [--confirm NAME] [--show-script]
                 [--sudo-password-stdin] [--accept-new-host-key | --accept-host-key SHA256:...]
  hoshu-cli check NAME... | --all [--json] [--slow] [--verbose] [--accept-new-host-key]
                 [--sudo-password-stdin]
  hoshu-cli refresh NAME... | --all [--slow] [--accept-new-host-key] [--sudo-password-stdin]
  hoshu-cli fix NAME... | --all [--finding ID]... [--yes] [--confirm NAME] [--json]
                 [--accept-new-host-key] [--sudo-password-stdin]
  hoshu-cli audit [NAME] [--json] [--limit N]
  hoshu-cli backup NAME [--download DIR [--keep N] [--newest]] [--media] [--param KEY=VALUE]...
  hoshu-cli backups NAME [--copies DIR] [--verify] [--json]
  hoshu-cli copies [--json] | copies encrypt --passphrase-stdin | --existing | --off
  hoshu-cli drill NAME [--param bundle=PATH]
  hoshu-cli restore NAME BUNDLE --confirm NAME [--accept-new-host-key] [--sudo-password-stdin]
                 [--passphrase-stdin]
  hoshu-cli --help | --version

Files live in $HOSHU_CONFIG_DIR (default: %1); secrets only in the system keychain.
Exit codes: 0 success; the remote status when the command failed; 64 usage error;
65 invalid parameter; 69 cannot connect or authenticate; 73 cannot save;
76 host key not trusted yet; 77 host key changed; 78 server list unreadable;
74 audit log unreadable; 124 action timed out; 130 interrupted.
run asks before every action that changes the server (or needs --yes); the most dangerous
ones need the server&apos;s name typed, or --confirm NAME.
fix checks, runs the automatic fix of every finding (or of --finding ID), checks again and
reports each finding fixed or still there; it exits 0 when all were fixed, else as check does.
backup makes a bundle on the server (database, configuration, certificates, Redis); with
--download it is copied into DIR/NAME/ here (SHA-256 checked, an interrupted copy resumed by
--newest, the newest N copies kept, 7 unless --keep). The copies hold the server&apos;s secrets.
backups lists the bundles on the server and the copies here (--copies: default %2).
copies tells where the copies are kept and whether they are encrypted; copies encrypt makes
new copies NAME.tar.gpg (OpenPGP, AES-256) with the passphrase read from stdin, kept in the
keychain: open one without Hoshu with gpg -d NAME.tar.gpg &gt; NAME.tar.
drill restores the newest backup into a scratch database on the server and compares row counts.
restore rebuilds NAME from a copy here (BUNDLE, as backup --download saved it): sends it to the
server (~/hoshu-restore/, resumed if interrupted), then, with Mastodon stopped, replaces its
database, configuration, certificates and Redis data and starts it again. The same Mastodon
version must be installed there. 66: BUNDLE cannot be read. An encrypted BUNDLE (.tar.gpg) is
opened with the copies&apos; passphrase from the keychain, --passphrase-stdin, or one typed.
audit shows what ran (newest first, 20 unless --limit): when, by whom, the command, how it
ended and its output, from the GUI and hoshu-cli alike.
check and refresh exit as monitoring plugins do: 0 all OK, 1 warning, 2 critical, 3 unknown or unreachable.
refresh also stores each server&apos;s state in the history (history.sqlite); check only reads it.
--domain: the public domain when .env.production cannot tell it; --http-address: the IP the
HTTP checks connect to instead of resolving the domain (before DNS points there, behind a CDN);
--http-ca-file: PEM file of extra CA certificates trusted for this server&apos;s HTTP checks.</source>
        <translation>使い方:
  hoshu-cli server add NAME --host HOST [--port N] [--user U] [--key PATH] [--accept-new-host-key]
                 [--auth auto|agent|key|password] [--password-stdin]
                 [--sudo root|nopasswd|password] [--sudo-password-stdin]
                 [--deployment systemd|docker] [--mastodon-dir DIR]
                 [--domain DOMAIN] [--http-address IP] [--http-ca-file PATH]
  hoshu-cli server list [--json]
  hoshu-cli server remove NAME
  hoshu-cli server renewal NAME WHAT --due YYYY-MM-DD
  hoshu-cli actions [--json]
  hoshu-cli run NAME ACTION_ID [--param KEY=VALUE]... [--yes] [--confirm NAME] [--show-script]
                 [--sudo-password-stdin] [--accept-new-host-key | --accept-host-key SHA256:...]
  hoshu-cli check NAME... | --all [--json] [--slow] [--verbose] [--accept-new-host-key]
                 [--sudo-password-stdin]
  hoshu-cli refresh NAME... | --all [--slow] [--accept-new-host-key] [--sudo-password-stdin]
  hoshu-cli fix NAME... | --all [--finding ID]... [--yes] [--confirm NAME] [--json]
                 [--accept-new-host-key] [--sudo-password-stdin]
  hoshu-cli audit [NAME] [--json] [--limit N]
  hoshu-cli backup NAME [--download DIR [--keep N] [--newest]] [--media] [--param KEY=VALUE]...
  hoshu-cli backups NAME [--copies DIR] [--verify] [--json]
  hoshu-cli copies [--json] | copies encrypt --passphrase-stdin | --existing | --off
  hoshu-cli drill NAME [--param bundle=PATH]
  hoshu-cli restore NAME BUNDLE --confirm NAME [--accept-new-host-key] [--sudo-password-stdin]
                 [--passphrase-stdin]
  hoshu-cli --help | --version

ファイルは $HOSHU_CONFIG_DIR（既定: %1）に置かれます。秘密情報はシステムのキーチェーンにだけ保存します。
終了コード: 0 成功、コマンドが失敗したときはリモートの終了ステータス、64 使い方の誤り、
65 不正なパラメータ、69 接続または認証できない、73 保存できない、
76 ホスト鍵が未確認、77 ホスト鍵が変わった、78 サーバ一覧を読めない、
74 監査ログを読めない、124 アクションの時間切れ、130 中断。
run はサーバを変更するアクションの前に必ず確認します（または --yes が必要です）。特に危険なものは
サーバ名の入力か --confirm NAME が必要です。
fix は点検し、各項目の自動修正（または --finding ID のもの）を実行し、再点検して、
項目ごとに修正済みか未解消かを報告します。すべて修正できれば 0、そうでなければ check と同じ終了コードです。
backup はサーバ上にバンドル(データベース、設定、証明書、Redis)を作ります。--download を付けると
このコンピュータの DIR/NAME/ にコピーします(SHA-256 を確認、中断したコピーは --newest で続きから、
新しいコピーを N 個残します。--keep がなければ 7 個)。コピーにはサーバの秘密情報が含まれます。
backups はサーバ上のバンドルとこのコンピュータのコピーを一覧します(--copies の既定: %2)。
copies はコピーの保存先と暗号化の有無を表示します。copies encrypt は、標準入力から読んだ
パスフレーズ(キーチェーンに保存)で新しいコピーを NAME.tar.gpg(OpenPGP、AES-256)にします。
Hoshu なしで開くには: gpg -d NAME.tar.gpg &gt; NAME.tar
drill は最新のバックアップをサーバ上の作業用データベースに復元し、行数を比べます。
restore はこのコンピュータのコピー(BUNDLE: backup --download で保存したもの)から NAME を作り直します。
サーバへ送り(~/hoshu-restore/。中断しても続きから)、Mastodon を止めてデータベース・設定・証明書・
Redis のデータを置き換え、もう一度起動します。同じバージョンの Mastodon がそこにインストール
されている必要があります。66: BUNDLE を読めません。
暗号化された BUNDLE(.tar.gpg)は、キーチェーンのコピー用パスフレーズ、--passphrase-stdin、
または入力されたパスフレーズで開きます。
audit は実行された内容を新しい順に表示します（--limit がなければ 20 件）: 日時、実行者、コマンド、結果と
その出力。GUI と hoshu-cli のどちらで実行したものも含みます。
check と refresh の終了コードは監視プラグインと同じです: 0 すべて正常、1 警告、2 重大、3 不明または接続できない。
refresh は各サーバの状態を履歴（history.sqlite）にも保存します。check は読むだけです。
--domain: .env.production から分からないときの公開ドメイン。--http-address: HTTP チェックがドメインを名前解決する代わりに
接続する IP アドレス（DNS を向ける前、CDN の背後）。--http-ca-file: このサーバの HTTP チェックで追加で信頼する CA 証明書の PEM ファイル。</translation>
    </message>
</context>
<context>
    <name>HostKeyChangedDialog</name>
    <message>
        <source>Host Key Changed</source>
        <translation>ホスト鍵が変わりました</translation>
    </message>
    <message>
        <source>Hoshu did not connect to %1.</source>
        <translation>Hoshu は %1 に接続しませんでした。</translation>
    </message>
    <message>
        <source>Host key changed</source>
        <translation>ホスト鍵が変わりました</translation>
    </message>
    <message>
        <source>The server now presents this %1 key:
%2</source>
        <translation>サーバは現在この %1 鍵を提示しています:
%2</translation>
    </message>
    <message>
        <source>If you reinstalled the server or replaced its keys yourself, check the new fingerprint on the server&apos;s console, then remove the old key for %1 from %2 and connect again. Otherwise, do not connect: someone may be intercepting the connection.</source>
        <translation>サーバを再インストールした場合や自分で鍵を入れ替えた場合は、サーバのコンソールで新しいフィンガープリントを確認してから、%2 にある %1 の古い鍵を削除して接続し直してください。心当たりがない場合は接続しないでください。誰かが接続を傍受しているおそれがあります。</translation>
    </message>
    <message>
        <source>Technical detail: %1</source>
        <translation>技術的な詳細: %1</translation>
    </message>
</context>
<context>
    <name>HostKeyDialog</name>
    <message>
        <source>Unknown Host Key</source>
        <translation>未知のホスト鍵</translation>
    </message>
    <message>
        <source>This is the first connection to &lt;b&gt;%1&lt;/b&gt;. Hoshu does not know this server&apos;s host key yet, so it cannot tell whether it is really your server or someone in between.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; への初めての接続です。Hoshu はまだこのサーバのホスト鍵を知らないため、本当にあなたのサーバなのか、途中に誰かが割り込んでいるのかを判断できません。</translation>
    </message>
    <message>
        <source>Host:</source>
        <translation>ホスト:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>ポート:</translation>
    </message>
    <message>
        <source>Key type:</source>
        <translation>鍵の種類:</translation>
    </message>
    <message>
        <source>&amp;Fingerprint:</source>
        <translation>フィンガープリント(&amp;F):</translation>
    </message>
    <message>
        <source>To check it, run this on the server&apos;s console (for example the web console of your hosting provider), not over this same connection:</source>
        <translation>確かめるには、この接続を通してではなく、サーバのコンソール (ホスティング事業者の Web コンソールなど) で次のコマンドを実行してください:</translation>
    </message>
    <message>
        <source>If it prints the same SHA256 fingerprint, trust the key. If it is different, do not connect and find out why first.</source>
        <translation>同じ SHA256 フィンガープリントが表示されたら、この鍵を信頼してください。違う場合は接続せず、まず原因を調べてください。</translation>
    </message>
    <message>
        <source>A trusted key is saved in %1.</source>
        <translation>信頼した鍵は %1 に保存されます。</translation>
    </message>
    <message>
        <source>&amp;Trust and Connect</source>
        <translation>信頼して接続(&amp;T)</translation>
    </message>
</context>
<context>
    <name>LayoutDetection</name>
    <message>
        <source>Detected: docker compose in %1</source>
        <translation>検出しました: %1 の Docker Compose</translation>
    </message>
    <message>
        <source>Detected: systemd in %1</source>
        <translation>検出しました: %1 の systemd</translation>
    </message>
    <message>
        <source>backups: %1</source>
        <translation>バックアップ: %1</translation>
    </message>
</context>
<context>
    <name>LogDock</name>
    <message>
        <source>Log</source>
        <translation>ログ</translation>
    </message>
    <message>
        <source>Select a server to see its log.</source>
        <translation>サーバを選ぶとログが表示されます。</translation>
    </message>
    <message>
        <source>Log — %1</source>
        <translation>ログ — %1</translation>
    </message>
</context>
<context>
    <name>LogFindBar</name>
    <message>
        <source>Match case</source>
        <translation>大文字と小文字を区別</translation>
    </message>
    <message>
        <source>Find in log</source>
        <translation>ログを検索</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>前へ</translation>
    </message>
    <message>
        <source>Find previous (Shift+Enter)</source>
        <translation>前を検索 (Shift+Enter)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>次へ</translation>
    </message>
    <message>
        <source>Find next (Enter)</source>
        <translation>次を検索 (Enter)</translation>
    </message>
    <message>
        <source>Close the search bar (Esc)</source>
        <translation>検索バーを閉じる (Esc)</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>見つかりません</translation>
    </message>
</context>
<context>
    <name>LogPane</name>
    <message>
        <source>&amp;Find…</source>
        <translation>検索(&amp;F)...</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>次を検索(&amp;N)</translation>
    </message>
    <message>
        <source>Find &amp;Previous</source>
        <translation>前を検索(&amp;P)</translation>
    </message>
    <message>
        <source>Show &amp;Timestamps</source>
        <translation>時刻を表示(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Save Log…</source>
        <translation>ログを保存(&amp;S)...</translation>
    </message>
    <message>
        <source>C&amp;lear Log</source>
        <translation>ログを消去(&amp;L)</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ミリ秒</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <source>Started %1: %2</source>
        <translation>%1 に開始: %2</translation>
    </message>
    <message>
        <source>Finished successfully (exit status 0) after %1</source>
        <translation>正常に終了しました (終了ステータス 0、所要時間 %1)</translation>
    </message>
    <message>
        <source>Failed with exit status %1 after %2</source>
        <translation>失敗しました (終了ステータス %1、所要時間 %2)</translation>
    </message>
    <message>
        <source>Failed after %1: %2</source>
        <translation>失敗しました (所要時間 %1): %2</translation>
    </message>
    <message numerus="yes">
        <source>Older lines were dropped to keep memory use bounded: %n line(s) no longer shown. The log keeps the last %1 lines.</source>
        <translation>
            <numerusform>メモリ使用量を抑えるため古い行を破棄しました: %n 行は表示されていません。ログには最新の %1 行が残ります。</numerusform>
        </translation>
    </message>
    <message>
        <source>Save Log</source>
        <translation>ログを保存</translation>
    </message>
    <message>
        <source>Log files (*.log *.txt);;All files (*)</source>
        <translation>ログファイル (*.log *.txt);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Could not save the log</source>
        <translation>ログを保存できませんでした</translation>
    </message>
    <message>
        <source>The log could not be written to %1:
%2

Choose another folder or check the disk space.</source>
        <translation>ログを %1 に書き込めませんでした:
%2

別のフォルダを選ぶか、ディスクの空き容量を確認してください。</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>コピー(&amp;C)</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>すべて選択(&amp;A)</translation>
    </message>
    <message>
        <source>%1 of output arrived faster than the log can show it and was left out (marked in the log). Hoshu keeps no other copy of it.</source>
        <translation>出力のうち %1 は、ログの表示が追いつかない速さで届いたため表示していません(ログ内に印があります)。Hoshu はこの出力を他に保存していません。</translation>
    </message>
    <message>
        <source>… [line cut: %1 more]</source>
        <translation>… [行の残り %1 を省略]</translation>
    </message>
    <message>
        <source>[%1 of output not shown here: it arrived faster than the log can show it, and Hoshu keeps no other copy]</source>
        <translation>[ここで出力 %1 を表示していません: ログの表示が追いつかない速さで届いたためです。Hoshu はこの出力を他に保存していません]</translation>
    </message>
</context>
<context>
    <name>MailRules</name>
    <message>
        <source>no mail server is set up (SMTP_SERVER is empty in .env.production), so Mastodon sends no e-mail</source>
        <translation>メールサーバが設定されていません(.env.production の SMTP_SERVER が空です)。Mastodon はメールを送りません</translation>
    </message>
    <message>
        <source>Mastodon hands its mail to %1 (SMTP_DELIVERY_METHOD), not to an SMTP server</source>
        <translation>Mastodon はメールを SMTP サーバではなく %1 に渡しています(SMTP_DELIVERY_METHOD)</translation>
    </message>
    <message>
        <source>.env.production was not found in the Mastodon directory</source>
        <translation>Mastodon のディレクトリに .env.production が見つかりません</translation>
    </message>
    <message>
        <source>.env.production cannot be read by the user Hoshu logs in as</source>
        <translation>Hoshu がログインしているユーザーでは .env.production を読めません</translation>
    </message>
    <message>
        <source>neither openssl nor bash is installed on the server, so the mail server could not be tried</source>
        <translation>サーバに openssl も bash もないため、メールサーバへの接続を試せませんでした</translation>
    </message>
    <message>
        <source>the connection to %1 works, but openssl is not installed on the server, so the encryption Mastodon uses could not be tried</source>
        <translation>%1 への接続はできますが、サーバに openssl がないため、Mastodon が使う暗号化を試せませんでした</translation>
    </message>
    <message>
        <source>the mail server %1 is a name that only Mastodon&apos;s containers know (a compose service?), so Hoshu, which checks from the host, could not try it</source>
        <translation>メールサーバ %1 は Mastodon のコンテナだけが知っている名前(compose のサービス?)なので、ホストから点検する Hoshu には試せませんでした</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Some actions could not be loaded and are not shown:
%1</source>
        <translation>一部のアクションを読み込めなかったため、表示していません:
%1</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>メインツールバー</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>The language takes effect after restarting Hoshu.</source>
        <translation>言語の変更は Hoshu を再起動した後に反映されます。</translation>
    </message>
    <message>
        <source>Add a server to get started: Server → Add Server…</source>
        <translation>まずサーバを追加してください: サーバ → サーバを追加...</translation>
    </message>
    <message>
        <source>Select a server on the left.</source>
        <translation>左の一覧からサーバを選んでください。</translation>
    </message>
    <message>
        <source>An action is running on this server; wait for it or cancel it.</source>
        <translation>このサーバでアクションを実行中です。終わるのを待つか、キャンセルしてください。</translation>
    </message>
</context>
<context>
    <name>MainWindowActions</name>
    <message>
        <source>&amp;Add Server…</source>
        <translation>サーバを追加(&amp;A)…</translation>
    </message>
    <message>
        <source>Add a server to look after</source>
        <translation>管理するサーバを追加します</translation>
    </message>
    <message>
        <source>&amp;Edit Server…</source>
        <translation>サーバを編集(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Remove Server…</source>
        <translation>サーバを削除(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>接続(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>切断(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Overview of All Servers</source>
        <translation>全サーバの概要(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>再点検(&amp;R)</translation>
    </message>
    <message>
        <source>Check the selected server again now (read-only)</source>
        <translation>選択したサーバを今すぐ点検し直します(読み取りのみ)</translation>
    </message>
    <message>
        <source>Refresh &amp;All</source>
        <translation>すべて再点検(&amp;A)</translation>
    </message>
    <message>
        <source>Check every server again now, all at the same time (read-only)</source>
        <translation>すべてのサーバを今すぐ同時に点検し直します(読み取りのみ)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>設定(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;About Hoshu</source>
        <translation>Hoshu について(&amp;A)</translation>
    </message>
    <message>
        <source>About Hoshu</source>
        <translation>Hoshu について</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Hoshu %1&lt;/h3&gt;&lt;p&gt;A desktop console for people who run their own Mastodon servers.&lt;/p&gt;&lt;p&gt;Hoshu connects only to your own servers over SSH. Every command that changes a server is shown to you before it runs.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Hoshu %1&lt;/h3&gt;&lt;p&gt;自分で Mastodon サーバを運用する人のためのデスクトップコンソールです。&lt;/p&gt;&lt;p&gt;Hoshu は SSH であなた自身のサーバにだけ接続します。サーバを変更するコマンドは、実行する前に必ず表示します。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Server</source>
        <translation>サーバ(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>Show &amp;Log</source>
        <translation>ログを表示(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Qt について(&amp;Q)</translation>
    </message>
</context>
<context>
    <name>MessageBanner</name>
    <message>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <source>Copy the message to the clipboard</source>
        <translation>メッセージをクリップボードにコピーします</translation>
    </message>
    <message>
        <source>Hide this message</source>
        <translation>このメッセージを隠す</translation>
    </message>
</context>
<context>
    <name>MonitorHub</name>
    <message>
        <source>%1 needs attention</source>
        <translation>%1 に対処が必要です</translation>
    </message>
</context>
<context>
    <name>OverviewModel</name>
    <message>
        <source>Could not refresh: %1</source>
        <translation>点検できませんでした: %1</translation>
    </message>
    <message>
        <source>Checking for the first time…</source>
        <translation>初回の点検中…</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>未点検</translation>
    </message>
    <message>
        <source>OK: all checks passed</source>
        <translation>正常: すべての点検に合格</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 (+%n more)</source>
        <translation>
            <numerusform>%1: %2 (ほか %n 件)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>期限切れ</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 日</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 active</source>
        <translation>%2 中 %1 稼働</translation>
    </message>
    <message>
        <source>%1 / %2 dead</source>
        <translation>%1 / Dead ジョブ %2</translation>
    </message>
    <message>
        <source>refreshing…</source>
        <translation>点検中…</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>サーバ</translation>
    </message>
    <message>
        <source>Mastodon</source>
        <translation>Mastodon</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Disk</source>
        <translation>ディスク</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>証明書</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>サービス</translation>
    </message>
    <message>
        <source>Queues</source>
        <translation>キュー</translation>
    </message>
    <message>
        <source>Last refresh</source>
        <translation>最終点検</translation>
    </message>
</context>
<context>
    <name>OverviewView</name>
    <message>
        <source>All servers</source>
        <translation>すべてのサーバ</translation>
    </message>
    <message>
        <source>No servers yet. Add one with Server → Add Server…</source>
        <translation>サーバがまだありません。「サーバ」→「サーバを追加…」で追加してください。</translation>
    </message>
    <message>
        <source>Every server at a glance. Double-click a row to open that server. F5 refreshes the selected server, Ctrl+F5 all of them.</source>
        <translation>すべてのサーバを一覧できます。行をダブルクリックするとそのサーバを開きます。F5 で選択したサーバを、Ctrl+F5 ですべてのサーバを点検します。</translation>
    </message>
</context>
<context>
    <name>ParameterInput</name>
    <message>
        <source>A whole number from %1 to %2</source>
        <translation>%1 から %2 までの整数</translation>
    </message>
    <message>
        <source>Allowed: %1</source>
        <translation>使える形式: %1</translation>
    </message>
    <message>
        <source>required</source>
        <translation>必須</translation>
    </message>
</context>
<context>
    <name>ProfileJson</name>
    <message>
        <source>“%1” must be text.</source>
        <translation>「%1」は文字列でなければなりません。</translation>
    </message>
    <message>
        <source>“port” must be a whole number from 0 to 65535.</source>
        <translation>「port」は 0 から 65535 までの整数でなければなりません。</translation>
    </message>
    <message>
        <source>“%1” has the unknown value “%2”.</source>
        <translation>「%1」に不明な値「%2」が指定されています。</translation>
    </message>
    <message>
        <source>A server entry must be an object.</source>
        <translation>サーバの項目は JSON オブジェクトでなければなりません。</translation>
    </message>
    <message>
        <source>“%1” is missing.</source>
        <translation>「%1」がありません。</translation>
    </message>
    <message>
        <source>This is not valid JSON.</source>
        <translation>正しい JSON ではありません。</translation>
    </message>
    <message>
        <source>This is not valid JSON (it may be truncated).</source>
        <translation>正しい JSON ではありません(途中で切れている可能性があります)。</translation>
    </message>
    <message>
        <source>The top level is not a JSON object.</source>
        <translation>最上位が JSON オブジェクトではありません。</translation>
    </message>
    <message>
        <source>“schema” is missing or is not a positive whole number.</source>
        <translation>「schema」がないか、正の整数ではありません。</translation>
    </message>
    <message>
        <source>“servers” is missing or is not a list.</source>
        <translation>「servers」がないか、リストではありません。</translation>
    </message>
    <message>
        <source>The ID “%1” is used twice.</source>
        <translation>ID「%1」が重複しています。</translation>
    </message>
    <message>
        <source>The name “%1” is used twice.</source>
        <translation>名前「%1」が重複しています。</translation>
    </message>
    <message>
        <source>Server %1: %2</source>
        <translation>サーバ %1: %2</translation>
    </message>
    <message>
        <source>“%1” must be true or false.</source>
        <translation>「%1」は true か false でなければなりません。</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>Hoshu cannot read the server list %1: %2. It will not change the file until this is fixed.</source>
        <translation>サーバ一覧 %1 を読み込めません: %2。この問題が解決するまで、Hoshu はこのファイルを変更しません。</translation>
    </message>
    <message>
        <source>The server list %1 was written by a newer version of Hoshu (format %2; this version knows format %3). Hoshu will not change it: update Hoshu to edit your servers.</source>
        <translation>サーバ一覧 %1 は新しいバージョンの Hoshu で書かれています(形式 %2、このバージョンが扱えるのは形式 %3 です)。Hoshu はこのファイルを変更しません。サーバを編集するには Hoshu を更新してください。</translation>
    </message>
    <message>
        <source>The server list %1 is damaged (%2) and could not be moved aside (%3). Hoshu will not change it until it is repaired or removed.</source>
        <translation>サーバ一覧 %1 が壊れており(%2)、退避もできませんでした(%3)。修復または削除されるまで、Hoshu はこのファイルを変更しません。</translation>
    </message>
    <message>
        <source>The server list %1 is damaged (%2). It was kept as %3 and Hoshu starts with an empty list.</source>
        <translation>サーバ一覧 %1 が壊れています(%2)。元のファイルは %3 として保存し、空の一覧で開始します。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>フォルダ %1 を作成できません。</translation>
    </message>
    <message>
        <source>Cannot save the server list %1: %2</source>
        <translation>サーバ一覧 %1 を保存できません: %2</translation>
    </message>
    <message>
        <source>Cannot save the server list %1: %2. The previous file is unchanged.</source>
        <translation>サーバ一覧 %1 を保存できません: %2。以前のファイルは変更されていません。</translation>
    </message>
    <message>
        <source>A server with the ID %1 already exists.</source>
        <translation>ID %1 のサーバはすでに存在します。</translation>
    </message>
    <message>
        <source>The server list cannot be changed: %1</source>
        <translation>サーバ一覧を変更できません: %1</translation>
    </message>
    <message>
        <source>A server named “%1” already exists.</source>
        <translation>「%1」という名前のサーバはすでに存在します。</translation>
    </message>
    <message>
        <source>The server “%1” was removed meanwhile (by hoshu-cli or another Hoshu window); your change to it was not saved.</source>
        <translation>サーバ「%1」はその間に(hoshu-cli か別の Hoshu ウィンドウで)削除されました。このサーバへの変更は保存していません。</translation>
    </message>
    <message>
        <source>The server list %1 was damaged meanwhile (%2). Hoshu did not change it; restart Hoshu to keep the damaged file aside and start again.</source>
        <translation>サーバ一覧 %1 がその間に壊れました(%2)。Hoshu は変更していません。Hoshu を起動し直すと、壊れたファイルを別名で残してから始め直します。</translation>
    </message>
    <message>
        <source>The server list %1 is being changed by %2 (another Hoshu window or hoshu-cli) and stayed locked for %3 seconds. Nothing was changed; try again in a moment.</source>
        <translation>サーバ一覧 %1 は %2(別の Hoshu ウィンドウか hoshu-cli)が変更中で、%3 秒待ってもロックが解けませんでした。何も変更していません。少し待ってから、もう一度試してください。</translation>
    </message>
    <message>
        <source>The server list cannot be locked: Hoshu may not create %1. Nothing was changed.</source>
        <translation>サーバ一覧をロックできません。Hoshu には %1 を作成する権限がありません。何も変更していません。</translation>
    </message>
    <message>
        <source>The server list cannot be locked (%1). Nothing was changed.</source>
        <translation>サーバ一覧をロックできません(%1)。何も変更していません。</translation>
    </message>
</context>
<context>
    <name>QuitConfirmation</name>
    <message>
        <source>Quit Hoshu?</source>
        <translation>Hoshu を終了しますか?</translation>
    </message>
    <message>
        <source>An action is still running on: %1.</source>
        <translation>次のサーバでアクションがまだ実行中です: %1。</translation>
    </message>
    <message>
        <source>If you quit now, Hoshu asks the server to stop the command, and you will not see how it ends.</source>
        <translation>いま終了すると、Hoshu はサーバにコマンドの停止を求めます。コマンドがどう終わったかは確認できません。</translation>
    </message>
    <message>
        <source>&amp;Quit Anyway</source>
        <translation>それでも終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Keep Running</source>
        <translation>実行を続ける(&amp;K)</translation>
    </message>
</context>
<context>
    <name>RefreshCommand</name>
    <message numerus="yes">
        <source>%1  %2  %n finding(s)  %3 s</source>
        <translation>
            <numerusform>%1  %2  検出 %n 件  %3 秒</numerusform>
        </translation>
    </message>
    <message>
        <source>(not stored: %1)</source>
        <translation>(保存できませんでした: %1)</translation>
    </message>
    <message>
        <source>The detected layout could not be saved: %1</source>
        <translation>検出した構成を保存できませんでした: %1</translation>
    </message>
</context>
<context>
    <name>RefreshController</name>
    <message>
        <source>The history database could not be opened, so charts stay empty: %1</source>
        <translation>履歴データベースを開けなかったため、グラフは空のままです: %1</translation>
    </message>
    <message>
        <source>The history database was damaged. It was moved to %1 and a new one was started.</source>
        <translation>履歴データベースが壊れていました。%1 に移し、新しく作り直しました。</translation>
    </message>
    <message>
        <source>Refreshing %1…</source>
        <translation>%1 を点検しています…</translation>
    </message>
    <message>
        <source>Refreshing all servers…</source>
        <translation>すべてのサーバを点検しています…</translation>
    </message>
    <message>
        <source>Settings Not Saved</source>
        <translation>設定を保存できませんでした</translation>
    </message>
    <message>
        <source>The passphrase could not be kept in the keychain, so the copies are not encrypted: %1</source>
        <translation>パスフレーズをキーチェーンに保存できなかったため、コピーは暗号化されません: %1</translation>
    </message>
</context>
<context>
    <name>RenewalDoneDialog</name>
    <message>
        <source>Mark as renewed</source>
        <translation>更新済みにする</translation>
    </message>
    <message>
        <source>You renewed or paid “%1”. When is it due next? Hoshu reminds you again before that day.</source>
        <translation>「%1」を更新または支払いました。次の期日はいつですか？その日より前に Hoshu がもう一度お知らせします。</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>記録</translation>
    </message>
</context>
<context>
    <name>RenewalRecord</name>
    <message>
        <source>The next due date must be after today.</source>
        <translation>次の期日は今日より後の日付にしてください。</translation>
    </message>
    <message>
        <source>This server has no list of renewals to record it in.</source>
        <translation>このサーバには記録先の更新予定リストがありません。</translation>
    </message>
    <message>
        <source>“%1” is not in this server&apos;s list of renewals (was it removed meanwhile?).</source>
        <translation>「%1」はこのサーバの更新予定リストにありません（その間に削除されましたか？）。</translation>
    </message>
    <message>
        <source>Name the renewal in up to 200 characters, without control characters (e.g. &quot;VPS rent&quot;).</source>
        <translation>更新予定の名前は 200 文字以内で、制御文字を含めずに付けてください（例: &quot;VPS rent&quot;）。</translation>
    </message>
    <message>
        <source>The due date must be a date such as 2027-01-31.</source>
        <translation>期日は 2027-01-31 のような日付で指定してください。</translation>
    </message>
    <message>
        <source>This server&apos;s list of renewals is damaged (&quot;renewals&quot; is not a list); fix servers.json first.</source>
        <translation>このサーバの更新予定リストが壊れています（&quot;renewals&quot; がリストではありません）。先に servers.json を直してください。</translation>
    </message>
</context>
<context>
    <name>RestoreCommand</name>
    <message>
        <source>A restore replaces everything the database of %1 holds now, its configuration and its certificates. Type the server&apos;s name to confirm: --confirm %1</source>
        <translation>復元すると、%1 のデータベースの今の内容、設定、証明書がすべて置き換わります。確認のためサーバ名を入力してください: --confirm %1</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>%1 を読めません。</translation>
    </message>
    <message>
        <source>Checking %1 (%2)…</source>
        <translation>%1(%2)を確かめています…</translation>
    </message>
    <message>
        <source>%1 is DAMAGED: its SHA-256 is %2, not the %3 recorded beside it when it was copied. Use another copy.</source>
        <translation>%1 は壊れています(DAMAGED)。SHA-256 が %2 で、コピーしたときに横に記録した %3 ではありません。別のコピーを使ってください。</translation>
    </message>
    <message>
        <source>Its SHA-256 is the one recorded when it was copied: %1</source>
        <translation>SHA-256 はコピーしたときの記録どおりです: %1</translation>
    </message>
    <message>
        <source>No readable %1.sha256 beside it: the server still checks every member against the bundle&apos;s MANIFEST. SHA-256: %2</source>
        <translation>横に読める %1.sha256 がありません。サーバ側でバンドルの MANIFEST と各ファイルを照合します。SHA-256: %2</translation>
    </message>
    <message>
        <source>The connection to %1 closed before the bundle could be sent.</source>
        <translation>バンドルを送る前に %1 への接続が切れました。</translation>
    </message>
    <message>
        <source>Sending it to %1 (~/hoshu-restore/) …</source>
        <translation>%1 に送っています(~/hoshu-restore/)…</translation>
    </message>
    <message>
        <source>On %1 as %2 (resumed after %3, %4/s).</source>
        <translation>%1 に %2 として置きました(%3 から再開、%4/s)。</translation>
    </message>
    <message>
        <source>On %1 as %2 (%3/s).</source>
        <translation>%1 に %2 として置きました(%3/s)。</translation>
    </message>
    <message>
        <source>The part already sent stays on the server; the same command resumes it.</source>
        <translation>送った分はサーバに残っています。同じコマンドで続きから送ります。</translation>
    </message>
    <message>
        <source>The restore of %1 stopped at the step shown above: do what it says, then run the same command again (the bundle is on the server already; the restore starts over).</source>
        <translation>%1 の復元は上に表示した手順で止まりました。そこに書かれていることを行ってから、同じコマンドをもう一度実行してください(バンドルはもうサーバにあります。復元は最初からやり直します)。</translation>
    </message>
    <message>
        <source>The restore ran, but its output does not end with its result line (hoshu-restore: …). See the output above, then check the server: hoshu-cli check %1 --slow</source>
        <translation>復元は実行されましたが、出力が結果の行(hoshu-restore: …)で終わっていません。上の出力を見てから、サーバを点検してください: hoshu-cli check %1 --slow</translation>
    </message>
    <message>
        <source>%1 is restored (%2). Check it now: hoshu-cli check %1 --slow</source>
        <translation>%1 を復元しました(%2)。すぐに点検してください: hoshu-cli check %1 --slow</translation>
    </message>
    <message>
        <source>%1 is not a Hoshu bundle: its name must be mastodon-bundle-….tar (or .tar.gpg), as hoshu-cli backup --download saves it.</source>
        <translation>%1 は Hoshu のバンドルではありません。名前は hoshu-cli backup --download が保存するとおり mastodon-bundle-….tar(または .tar.gpg)である必要があります。</translation>
    </message>
    <message>
        <source>Opening the encrypted copy %1 …</source>
        <translation>暗号化されたコピー %1 を開いています…</translation>
    </message>
    <message>
        <source>Passphrase %1 was encrypted with: </source>
        <translation>%1 を暗号化したパスフレーズ: </translation>
    </message>
</context>
<context>
    <name>RestoreSender</name>
    <message>
        <source>No SHA-256 is recorded beside %1 (%1.sha256), so Hoshu cannot tell that it is what was copied. Copy the bundle from a server again, or restore it with hoshu-cli restore, which reads it whole first.</source>
        <translation>%1 の隣に SHA-256 の記録(%1.sha256)がないため、コピーしたときのままか Hoshu には分かりません。サーバからバンドルをコピーし直すか、先に全体を読んで確かめる hoshu-cli restore で復元してください。</translation>
    </message>
    <message>
        <source>Restore from a Copy</source>
        <translation>コピーから復元</translation>
    </message>
    <message>
        <source>Restore onto %1</source>
        <translation>%1 に復元</translation>
    </message>
    <message>
        <source>Send %1 (%2) to %3 to restore it there?

Nothing on %3 changes yet. Once the copy is there, Hoshu shows what the restore replaces (the database, the configuration, the certificates, the Redis data) and asks you to type the server&apos;s name to confirm it; Mastodon is stopped while it runs.</source>
        <translation>%1(%2)を %3 に送って復元しますか?

この時点では %3 は何も変わりません。コピーが届いたら、復元で置き換わるもの(データベース、設定、証明書、Redis のデータ)を表示し、サーバ名の入力で確認を求めます。復元の間 Mastodon は停止します。</translation>
    </message>
    <message>
        <source>Send the Copy</source>
        <translation>コピーを送信</translation>
    </message>
    <message>
        <source>Not connected to %1: connect, then send the copy again.</source>
        <translation>%1 に接続していません。接続してから、もう一度コピーを送ってください。</translation>
    </message>
    <message>
        <source>What was sent stays on the server; sending the same copy again continues.</source>
        <translation>送信済みの部分はサーバに残ります。同じコピーをもう一度送ると続きから送ります。</translation>
    </message>
    <message>
        <source>%1 is not a Hoshu bundle: its name must be mastodon-bundle-….tar (or .tar.gpg), as Hoshu saves the copies.</source>
        <translation>%1 は Hoshu のバンドルではありません。名前は Hoshu が保存するとおり mastodon-bundle-….tar(または .tar.gpg)である必要があります。</translation>
    </message>
    <message>
        <source>Hoshu bundles (mastodon-bundle-*.tar mastodon-bundle-*.tar.gpg)</source>
        <translation>Hoshu のバンドル (mastodon-bundle-*.tar mastodon-bundle-*.tar.gpg)</translation>
    </message>
    <message>
        <source>No passphrase given: nothing was sent.</source>
        <translation>パスフレーズが入力されなかったため、何も送信していません。</translation>
    </message>
</context>
<context>
    <name>Risk</name>
    <message>
        <source>Read-only</source>
        <translation>読み取りのみ</translation>
    </message>
    <message>
        <source>Safe</source>
        <translation>安全</translation>
    </message>
    <message>
        <source>Disruptive</source>
        <translation>一時停止あり</translation>
    </message>
    <message>
        <source>Destructive</source>
        <translation>破壊的</translation>
    </message>
</context>
<context>
    <name>RiskBadge</name>
    <message>
        <source>Only reads information; changes nothing on the server.</source>
        <translation>情報を読み取るだけで、サーバは何も変更しません。</translation>
    </message>
    <message>
        <source>Changes the server in a safe, routine way; the service keeps running.</source>
        <translation>サーバを安全な定型の方法で変更します。サービスは動き続けます。</translation>
    </message>
    <message>
        <source>Interrupts the service for a while: users may see errors until it is back.</source>
        <translation>サービスがしばらく中断します。復帰するまで利用者にエラーが表示されることがあります。</translation>
    </message>
    <message>
        <source>Deletes data or cannot be undone. Make sure you have a recent backup.</source>
        <translation>データを削除するか、元に戻せない操作です。最近のバックアップがあることを確認してください。</translation>
    </message>
</context>
<context>
    <name>RunCommand</name>
    <message numerus="yes">
        <source>The action ran longer than its limit of %n seconds and was stopped.</source>
        <translation>
            <numerusform>アクションが制限時間 (%n 秒) を超えたため停止しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>The full script of “%1”:

%2
</source>
        <translation>「%1」のスクリプト全体:

%2
</translation>
    </message>
    <message>
        <source>Working out what “%1” will do on %2…</source>
        <translation>%2 で「%1」が何を実行するかを調べています…</translation>
    </message>
    <message>
        <source>Hoshu could not work out what “%1” would do on %2, so nothing was run:
%3</source>
        <translation>%2 で「%1」が何を実行するかを調べられなかったため、何も実行していません:
%3</translation>
    </message>
</context>
<context>
    <name>RunStatusBar</name>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Stop the running command on the server</source>
        <translation>サーバで実行中のコマンドを停止します</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>キャンセルしています...</translation>
    </message>
    <message>
        <source>Running: %1</source>
        <translation>実行中: %1</translation>
    </message>
    <message>
        <source>Elapsed %1</source>
        <translation>経過 %1</translation>
    </message>
</context>
<context>
    <name>SecretPromptDialog</name>
    <message>
        <source>&amp;Remember in the system keychain</source>
        <translation>システムのキーチェーンに保存する(&amp;R)</translation>
    </message>
    <message>
        <source>Password for %1</source>
        <translation>%1 のパスワード</translation>
    </message>
    <message>
        <source>Key Passphrase for %1</source>
        <translation>%1 の鍵のパスフレーズ</translation>
    </message>
    <message>
        <source>sudo Password for %1</source>
        <translation>%1 の sudo パスワード</translation>
    </message>
    <message>
        <source>Stored by your operating system&apos;s keychain, never in a Hoshu file.</source>
        <translation>OS のキーチェーンに保存され、Hoshu のファイルには決して保存されません。</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>パスワード(&amp;P):</translation>
    </message>
    <message>
        <source>Key &amp;passphrase:</source>
        <translation>鍵のパスフレーズ(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;sudo password:</source>
        <translation>sudo パスワード(&amp;S):</translation>
    </message>
    <message>
        <source>Passphrase of the Backup Copies</source>
        <translation>バックアップコピーのパスフレーズ</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>パスフレーズ(&amp;P):</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>The secret is stored in the keychain.</source>
        <translation>秘密情報はキーチェーンに保存されています。</translation>
    </message>
    <message>
        <source>No secret is stored in the keychain for this server.</source>
        <translation>このサーバの秘密情報はキーチェーンに保存されていません。</translation>
    </message>
    <message>
        <source>No keychain is available, so Hoshu cannot remember this secret and will ask each time.</source>
        <translation>キーチェーンを利用できないため、Hoshu はこの秘密情報を記憶できません。毎回入力を求めます。</translation>
    </message>
    <message>
        <source>Access to the keychain was denied, so Hoshu cannot use the stored secret and will ask each time.</source>
        <translation>キーチェーンへのアクセスが拒否されたため、保存された秘密情報を使えません。毎回入力を求めます。</translation>
    </message>
    <message>
        <source>The keychain reported an error, so Hoshu cannot use the stored secret and will ask each time.</source>
        <translation>キーチェーンでエラーが発生したため、保存された秘密情報を使えません。毎回入力を求めます。</translation>
    </message>
    <message>
        <source>A server without an ID cannot have secrets.</source>
        <translation>ID のないサーバには秘密情報を保存できません。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1(%2)</translation>
    </message>
    <message>
        <source>The keychain did not answer within %1 seconds.</source>
        <translation>キーチェーンが %1 秒以内に応答しませんでした。</translation>
    </message>
</context>
<context>
    <name>ServerActionLock</name>
    <message>
        <source>Another action that changes “%1” is running (in %2). Only one such action runs on a server at a time: wait for it to finish, then try again.</source>
        <translation>「%1」を変更する別の操作が実行中です(%2)。変更を伴う操作は 1 台のサーバで同時に 1 つしか実行できません。終わるのを待ってから、もう一度試してください。</translation>
    </message>
    <message>
        <source>The action on “%1” was not started: Hoshu may not create its lock file %2.</source>
        <translation>「%1」の操作は開始しませんでした。Hoshu にはロックファイル %2 を作成する権限がありません。</translation>
    </message>
    <message>
        <source>The action on “%1” was not started: its lock file %2 cannot be created.</source>
        <translation>「%1」の操作は開始しませんでした。ロックファイル %2 を作成できません。</translation>
    </message>
</context>
<context>
    <name>ServerCommands</name>
    <message>
        <source>The port must be a number from 1 to 65535.</source>
        <translation>ポートは 1 から 65535 までの数字で指定してください。</translation>
    </message>
    <message>
        <source>--auth must be one of auto, agent, key, password.</source>
        <translation>--auth には auto、agent、key、password のいずれかを指定してください。</translation>
    </message>
    <message>
        <source>--sudo must be one of root, nopasswd, password.</source>
        <translation>--sudo には root、nopasswd、password のいずれかを指定してください。</translation>
    </message>
    <message>
        <source>The password was not saved; Hoshu will ask for it when it connects.</source>
        <translation>パスワードは保存されませんでした。接続するときに入力を求めます。</translation>
    </message>
    <message>
        <source>The sudo password was not saved; Hoshu will ask for it when it is needed.</source>
        <translation>sudo パスワードは保存されませんでした。必要になったときに入力を求めます。</translation>
    </message>
    <message>
        <source>Added server %1 (%2).</source>
        <translation>サーバ %1 (%2) を追加しました。</translation>
    </message>
    <message>
        <source>Connected; the host key is now trusted.</source>
        <translation>接続しました。ホスト鍵を信頼済みとして登録しました。</translation>
    </message>
    <message>
        <source>Usage: hoshu-cli server list [--json]</source>
        <translation>使い方: hoshu-cli server list [--json]</translation>
    </message>
    <message>
        <source>No servers yet. Add one with: hoshu-cli server add NAME --host HOST</source>
        <translation>サーバはまだ登録されていません。追加するには: hoshu-cli server add NAME --host HOST</translation>
    </message>
    <message>
        <source>Usage: hoshu-cli server remove NAME</source>
        <translation>使い方: hoshu-cli server remove NAME</translation>
    </message>
    <message>
        <source>There is no server named &quot;%1&quot;.</source>
        <translation>「%1」という名前のサーバはありません。</translation>
    </message>
    <message>
        <source>Removed server %1.</source>
        <translation>サーバ %1 を削除しました。</translation>
    </message>
    <message>
        <source>--domain must be a domain name such as example.social, not &quot;%1&quot;.</source>
        <translation>--domain には example.social のようなドメイン名を指定してください (&quot;%1&quot; は使えません)。</translation>
    </message>
    <message>
        <source>--http-address must be an IP address, not &quot;%1&quot;.</source>
        <translation>--http-address には IP アドレスを指定してください (&quot;%1&quot; は使えません)。</translation>
    </message>
    <message>
        <source>The CA file %1 cannot be read: %2</source>
        <translation>CA ファイル %1 を読めません: %2</translation>
    </message>
    <message>
        <source>The CA file %1 holds no PEM certificate.</source>
        <translation>CA ファイル %1 に PEM 形式の証明書がありません。</translation>
    </message>
    <message>
        <source>Usage: hoshu-cli server add NAME --host HOST [--port N] [--user U] [--key PATH] [--auth auto|agent|key|password] [--password-stdin] [--sudo root|nopasswd|password] [--sudo-password-stdin] [--deployment systemd|docker] [--mastodon-dir DIR] [--domain DOMAIN] [--http-address IP] [--http-ca-file PATH] [--accept-new-host-key]</source>
        <translation>使い方: hoshu-cli server add NAME --host HOST [--port N] [--user U] [--key PATH] [--auth auto|agent|key|password] [--password-stdin] [--sudo root|nopasswd|password] [--sudo-password-stdin] [--deployment systemd|docker] [--mastodon-dir DIR] [--domain DOMAIN] [--http-address IP] [--http-ca-file PATH] [--accept-new-host-key]</translation>
    </message>
    <message>
        <source>Usage: hoshu-cli server renewal NAME WHAT --due YYYY-MM-DD</source>
        <translation>使い方: hoshu-cli server renewal NAME WHAT --due YYYY-MM-DD</translation>
    </message>
    <message>
        <source>%1: “%2” is due on %3.</source>
        <translation>%1: 「%2」の期日は %3 です。</translation>
    </message>
</context>
<context>
    <name>ServerDashboard</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>再点検(&amp;R)</translation>
    </message>
    <message>
        <source>Check this server again now (F5)</source>
        <translation>このサーバを今すぐ点検し直します (F5)</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>点検結果</translation>
    </message>
    <message>
        <source>Disk</source>
        <translation>ディスク</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>証明書</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>サービス</translation>
    </message>
    <message>
        <source>Timers</source>
        <translation>タイマー</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>アクション</translation>
    </message>
    <message>
        <source>Select a server.</source>
        <translation>サーバを選択してください。</translation>
    </message>
    <message>
        <source>Not checked yet. Press F5 to refresh this server.</source>
        <translation>まだ点検していません。F5 キーでこのサーバを点検します。</translation>
    </message>
    <message>
        <source>Could not refresh: %1</source>
        <translation>点検できませんでした: %1</translation>
    </message>
    <message>
        <source>measuring disk usage (slow)…</source>
        <translation>ディスク使用量を計測中 (時間がかかります)…</translation>
    </message>
    <message>
        <source>refreshing…</source>
        <translation>点検中…</translation>
    </message>
    <message>
        <source>could not refresh: %1</source>
        <translation>点検できませんでした: %1</translation>
    </message>
    <message>
        <source>%1: last refresh %2</source>
        <translation>%1: 最終点検 %2</translation>
    </message>
    <message>
        <source>not checked yet</source>
        <translation>未点検</translation>
    </message>
    <message>
        <source>Findings (%1)</source>
        <translation>点検結果 (%1)</translation>
    </message>
    <message>
        <source>How Mastodon runs on this server. Change it with Server → Edit Server…</source>
        <translation>このサーバでの Mastodon の動かし方です。「サーバ」→「サーバを編集...」で変更できます。</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>監査ログ</translation>
    </message>
    <message>
        <source>Outcome unknown: the connection to %1 dropped while “%2” was running. Hoshu will check again when the server answers.</source>
        <translation>「結果不明」: 「%2」の実行中に %1 への接続が切れました。サーバが応答したら Hoshu がもう一度点検します。</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>バックアップ</translation>
    </message>
</context>
<context>
    <name>ServerDialog</name>
    <message>
        <source>Remember in the system &amp;keychain</source>
        <translation>システムのキーチェーンに保存する(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>接続テスト(&amp;T)</translation>
    </message>
    <message>
        <source>Add Server</source>
        <translation>サーバを追加</translation>
    </message>
    <message>
        <source>e.g. my-instance</source>
        <translation>例: my-instance</translation>
    </message>
    <message>
        <source>host name, IP address or ~/.ssh/config alias</source>
        <translation>ホスト名、IP アドレス、または ~/.ssh/config の別名</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>既定</translation>
    </message>
    <message>
        <source>“Default” uses the port from ~/.ssh/config, or 22.</source>
        <translation>「既定」は ~/.ssh/config のポート、なければ 22 を使います。</translation>
    </message>
    <message>
        <source>from ~/.ssh/config, or your login name</source>
        <translation>~/.ssh/config の設定、なければログイン名</translation>
    </message>
    <message>
        <source>Automatic (ssh-agent and default keys, then password)</source>
        <translation>自動 (ssh-agent と既定の鍵、その次にパスワード)</translation>
    </message>
    <message>
        <source>ssh-agent</source>
        <translation>ssh-agent</translation>
    </message>
    <message>
        <source>Key file</source>
        <translation>鍵ファイル</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <source>~/.ssh/id_ed25519</source>
        <translation>~/.ssh/id_ed25519</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>参照...</translation>
    </message>
    <message>
        <source>Stored by your operating system&apos;s keychain, never in a Hoshu file.</source>
        <translation>OS のキーチェーンに保存され、Hoshu のファイルには決して保存されません。</translation>
    </message>
    <message>
        <source>Already root (the user is root)</source>
        <translation>すでに root (ユーザが root)</translation>
    </message>
    <message>
        <source>sudo without a password</source>
        <translation>パスワードなしの sudo</translation>
    </message>
    <message>
        <source>sudo with a password (asked when needed)</source>
        <translation>パスワードありの sudo (必要なときに尋ねます)</translation>
    </message>
    <message>
        <source>systemd (native installation)</source>
        <translation>systemd (ネイティブインストール)</translation>
    </message>
    <message>
        <source>Docker Compose</source>
        <translation>Docker Compose</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>ホスト(&amp;H):</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>ポート(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>ユーザ(&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Authentication:</source>
        <translation>認証(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Key file:</source>
        <translation>鍵ファイル(&amp;K):</translation>
    </message>
    <message>
        <source>&amp;Root access:</source>
        <translation>root 権限(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Deployment:</source>
        <translation>構成(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Mastodon directory:</source>
        <translation>Mastodon のディレクトリ(&amp;M):</translation>
    </message>
    <message>
        <source>Edit Server</source>
        <translation>サーバを編集</translation>
    </message>
    <message>
        <source>Leave empty to keep the saved one</source>
        <translation>空のままにすると保存済みのものを使います</translation>
    </message>
    <message>
        <source>A server named “%1” already exists. Choose another name.</source>
        <translation>「%1」という名前のサーバはすでにあります。別の名前を付けてください。</translation>
    </message>
    <message>
        <source>optional: ~/.ssh/id_ed25519</source>
        <translation>省略可: ~/.ssh/id_ed25519</translation>
    </message>
    <message>
        <source>Key &amp;passphrase:</source>
        <translation>鍵のパスフレーズ(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Password (optional):</source>
        <translation>パスワード (省略可)(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>パスワード(&amp;P):</translation>
    </message>
    <message>
        <source>Choose a Private Key</source>
        <translation>秘密鍵を選択</translation>
    </message>
    <message>
        <source>Private keys (id_* *.pem *.key);;All files (*)</source>
        <translation>秘密鍵 (id_* *.pem *.key);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Stop &amp;Test</source>
        <translation>テストを中止(&amp;T)</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>%1 に接続しています...</translation>
    </message>
    <message>
        <source>Test stopped.</source>
        <translation>テストを中止しました。</translation>
    </message>
    <message>
        <source>Fix the fields above first.</source>
        <translation>先に上の項目を修正してください。</translation>
    </message>
    <message>
        <source>Connected successfully.</source>
        <translation>接続に成功しました。</translation>
    </message>
    <message>
        <source>Connected successfully.
%1</source>
        <translation>接続に成功しました。
%1</translation>
    </message>
    <message>
        <source>Technical detail: %1</source>
        <translation>技術的な詳細: %1</translation>
    </message>
    <message>
        <source>Detect &amp;automatically</source>
        <translation>自動で検出(&amp;A)</translation>
    </message>
    <message>
        <source>Detected domain:</source>
        <translation>検出したドメイン:</translation>
    </message>
    <message>
        <source>Detected backups:</source>
        <translation>検出したバックアップ:</translation>
    </message>
    <message>
        <source>Each refresh reads how Mastodon runs on the server (systemd or Docker Compose, and its directory) and updates these two fields. Changing either field turns this off.</source>
        <translation>点検のたびに、サーバで Mastodon がどう動いているか (systemd か Docker Compose か、そのディレクトリ) を読み取り、この 2 つの欄を更新します。どちらかの欄を変更すると、この設定はオフになります。</translation>
    </message>
    <message>
        <source>Set by you</source>
        <translation>手動で設定</translation>
    </message>
    <message>
        <source>Detected automatically</source>
        <translation>自動で検出</translation>
    </message>
    <message>
        <source>Detected automatically at the next refresh</source>
        <translation>次の点検で自動的に検出します</translation>
    </message>
</context>
<context>
    <name>ServerListController</name>
    <message>
        <source>The server list could not be saved: %1
Your change stays until Hoshu is closed.</source>
        <translation>サーバの一覧を保存できませんでした: %1
変更は Hoshu を閉じるまでのあいだだけ有効です。</translation>
    </message>
    <message>
        <source>The secret could not be saved in the system keychain: %1
Hoshu will ask for it again when it is needed.</source>
        <translation>システムのキーチェーンに秘密情報を保存できませんでした: %1
必要になったときに Hoshu がもう一度お尋ねします。</translation>
    </message>
    <message>
        <source>Could Not Add the Server</source>
        <translation>サーバを追加できませんでした</translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation>%1 を追加しました。</translation>
    </message>
    <message>
        <source>Could Not Save the Server</source>
        <translation>サーバを保存できませんでした</translation>
    </message>
    <message>
        <source>Remove Server</source>
        <translation>サーバを削除</translation>
    </message>
    <message>
        <source>Remove %1 from Hoshu?</source>
        <translation>%1 を Hoshu から削除しますか?</translation>
    </message>
    <message>
        <source>Its settings, its log and its passwords in the system keychain are removed. Nothing on the server itself is changed.</source>
        <translation>このサーバの設定、ログ、システムのキーチェーンにあるパスワードが削除されます。サーバ自体は何も変更されません。</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>削除(&amp;R)</translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>%1 を削除しました。</translation>
    </message>
    <message>
        <source>%1: could not record the renewal: %2</source>
        <translation>%1: 更新を記録できませんでした: %2</translation>
    </message>
    <message>
        <source>%1: “%2” is due next on %3.</source>
        <translation>%1: 「%2」の次の期日は %3 です。</translation>
    </message>
</context>
<context>
    <name>ServerListModel</name>
    <message>
        <source>Not connected</source>
        <translation>未接続</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>接続中...</translation>
    </message>
    <message>
        <source>Waiting for your host key decision</source>
        <translation>ホスト鍵の確認待ち</translation>
    </message>
    <message>
        <source>Connected, running an action</source>
        <translation>接続済み、アクション実行中</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>接続済み</translation>
    </message>
    <message>
        <source>Connection failed</source>
        <translation>接続に失敗</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>ServerMonitor</name>
    <message>
        <source>The HTTP address &quot;%1&quot; in the server&apos;s settings is not an IP address.</source>
        <translation>サーバ設定の HTTP アドレス &quot;%1&quot; は IP アドレスではありません。</translation>
    </message>
    <message>
        <source>The CA file %1 for the HTTP checks cannot be read: %2</source>
        <translation>HTTP チェック用の CA ファイル %1 を読めません: %2</translation>
    </message>
    <message>
        <source>The CA file %1 for the HTTP checks holds no PEM certificate.</source>
        <translation>HTTP チェック用の CA ファイル %1 に PEM 形式の証明書がありません。</translation>
    </message>
</context>
<context>
    <name>ServerProfile</name>
    <message>
        <source>The name is empty.</source>
        <translation>名前が空です。</translation>
    </message>
    <message>
        <source>The name is longer than %1 characters.</source>
        <translation>名前が %1 文字を超えています。</translation>
    </message>
    <message>
        <source>The name must not contain control characters.</source>
        <translation>名前に制御文字は使えません。</translation>
    </message>
    <message>
        <source>The name must not begin or end with a space.</source>
        <translation>名前の先頭と末尾に空白は使えません。</translation>
    </message>
    <message>
        <source>The name must not contain “/”.</source>
        <translation>名前に「/」は使えません。</translation>
    </message>
    <message>
        <source>The host is empty.</source>
        <translation>ホストが空です。</translation>
    </message>
    <message>
        <source>The host must not contain spaces or control characters.</source>
        <translation>ホストに空白や制御文字は使えません。</translation>
    </message>
    <message>
        <source>The host must not begin with “-”.</source>
        <translation>ホストの先頭に「-」は使えません。</translation>
    </message>
    <message>
        <source>The host “%1” is not a host name, an IP address or an SSH alias.</source>
        <translation>ホスト「%1」はホスト名、IP アドレス、SSH の別名のいずれでもありません。</translation>
    </message>
    <message>
        <source>The user name “%1” is not valid: use at most 32 letters, digits, “_”, “.” or “-”, beginning with a letter or “_”.</source>
        <translation>ユーザ名「%1」は正しくありません。英字または「_」で始まる、英数字と「_」「.」「-」からなる 32 文字以内の名前にしてください。</translation>
    </message>
    <message>
        <source>The Mastodon directory must be an absolute path made of letters, digits and “._/+-”.</source>
        <translation>Mastodon ディレクトリは、英数字と「._/+-」からなる絶対パスでなければなりません。</translation>
    </message>
    <message>
        <source>The Mastodon directory must not contain “..”.</source>
        <translation>Mastodon ディレクトリに「..」は使えません。</translation>
    </message>
    <message>
        <source>The ID “%1” is not a valid UUID.</source>
        <translation>ID「%1」は正しい UUID ではありません。</translation>
    </message>
    <message>
        <source>The key file must be set when signing in with a key file.</source>
        <translation>鍵ファイルで認証する場合は、鍵ファイルを指定してください。</translation>
    </message>
    <message>
        <source>The key file path must not contain control characters.</source>
        <translation>鍵ファイルのパスに制御文字は使えません。</translation>
    </message>
    <message>
        <source>The deployment “%1” is not known: use “systemd” or “docker”.</source>
        <translation>配置方式「%1」は不明です。「systemd」または「docker」を指定してください。</translation>
    </message>
</context>
<context>
    <name>ServerRegistry</name>
    <message>
        <source>The server list was written by a newer Hoshu and is not changed by this one.</source>
        <translation>サーバ一覧は新しいバージョンの Hoshu で書かれているため、このバージョンでは変更しません。</translation>
    </message>
    <message>
        <source>There is no such server (it may have been removed meanwhile).</source>
        <translation>そのサーバはありません(その間に削除された可能性があります)。</translation>
    </message>
</context>
<context>
    <name>ServerSession</name>
    <message>
        <source>Actions that need root use sudo with a password on this server.</source>
        <translation>このサーバで root 権限が必要なアクションは、パスワード付きの sudo を使います。</translation>
    </message>
    <message>
        <source>The server did not accept the password.</source>
        <translation>サーバがパスワードを受け付けませんでした。</translation>
    </message>
    <message>
        <source>The passphrase did not unlock the key.</source>
        <translation>パスフレーズで鍵を開けませんでした。</translation>
    </message>
    <message>
        <source>No sudo password was given.</source>
        <translation>sudo パスワードが入力されませんでした。</translation>
    </message>
    <message>
        <source>The sudo password cannot contain a line break.</source>
        <translation>sudo のパスワードに改行を含めることはできません。</translation>
    </message>
</context>
<context>
    <name>ServerSidebar</name>
    <message>
        <source>Servers</source>
        <translation>サーバ</translation>
    </message>
</context>
<context>
    <name>ServerWorkspace</name>
    <message>
        <source>Connected to %1.</source>
        <translation>%1 に接続しました。</translation>
    </message>
    <message>
        <source>%1: the action finished successfully.</source>
        <translation>%1: アクションは正常に終了しました。</translation>
    </message>
    <message>
        <source>%1: the action failed with exit status %2.</source>
        <translation>%1: アクションは終了ステータス %2 で失敗しました。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Disconnected.</source>
        <translation>切断しました。</translation>
    </message>
    <message>
        <source>An Action Is Running</source>
        <translation>アクションを実行中です</translation>
    </message>
    <message>
        <source>An action is already running on %1. Wait for it to finish, or cancel it in the log below.</source>
        <translation>%1 ではすでにアクションを実行中です。終わるのを待つか、下のログでキャンセルしてください。</translation>
    </message>
    <message>
        <source>Cannot Run “%1”</source>
        <translation>「%1」を実行できません</translation>
    </message>
    <message>
        <source>You trusted the host key %1.</source>
        <translation>ホスト鍵 %1 を信頼しました。</translation>
    </message>
    <message>
        <source>Could not connect to %1: %2</source>
        <translation>%1 に接続できませんでした: %2</translation>
    </message>
    <message>
        <source>Outcome unknown: the connection to %1 dropped while “%2” was running. Hoshu will check again when the server answers.</source>
        <translation>「結果不明」: 「%2」の実行中に %1 への接続が切れました。サーバが応答したら Hoshu がもう一度点検します。</translation>
    </message>
</context>
<context>
    <name>ServicesView</name>
    <message>
        <source>Service</source>
        <translation>サービス</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>開始時刻</translation>
    </message>
    <message>
        <source>Restarts</source>
        <translation>再起動回数</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>メモリ</translation>
    </message>
    <message>
        <source>Could not read the containers: %1</source>
        <translation>コンテナの状態を読み取れませんでした: %1</translation>
    </message>
    <message>
        <source>Could not read the services: %1</source>
        <translation>サービスの状態を読み取れませんでした: %1</translation>
    </message>
    <message>
        <source>not installed (%1)</source>
        <translation>インストールされていません (%1)</translation>
    </message>
    <message>
        <source>No Mastodon services found.</source>
        <translation>Mastodon のサービスが見つかりません。</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Off (refresh only with F5)</source>
        <translation>オフ (F5 で手動点検のみ)</translation>
    </message>
    <message numerus="yes">
        <source>Every %n minute(s)</source>
        <translation>
            <numerusform>%n 分ごと</numerusform>
        </translation>
    </message>
    <message>
        <source>A refresh is read-only: it runs one short check script on each server and changes nothing. The slow disk measurement runs only when you ask for it.</source>
        <translation>点検は読み取りのみです。各サーバで短い点検スクリプトを 1 回実行するだけで、何も変更しません。時間のかかるディスク計測は、指示したときだけ実行します。</translation>
    </message>
    <message>
        <source>Check every server automatically:</source>
        <translation>すべてのサーバを自動で点検:</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>選ぶ…</translation>
    </message>
    <message>
        <source>Keep backup copies in:</source>
        <translation>バックアップのコピーの保存先:</translation>
    </message>
    <message>
        <source>Keep Backup Copies In</source>
        <translation>バックアップのコピーの保存先</translation>
    </message>
    <message>
        <source>Keep the copies up to date: while Hoshu runs, copy the newest bundle of each server that has a copy here once a day</source>
        <translation>コピーを最新に保つ: Hoshu の起動中、ここにコピーがあるサーバの最新のバンドルを 1 日 1 回コピーする</translation>
    </message>
    <message>
        <source>The bundles hold each server&apos;s secrets (.env.production, keys, the database): keep this folder private. Hoshu makes it and each server&apos;s folder readable by you only (0700) and every copy 0600. hoshu-cli backups lists this folder too; hoshu-cli backup copies into the folder given with --download.</source>
        <translation>バンドルには各サーバの秘密情報(.env.production、鍵、データベース)が含まれます。このフォルダは他の人が読めない場所にしてください。Hoshu はこのフォルダと各サーバのフォルダを自分だけが読める 0700 に、各コピーを 0600 にします。hoshu-cli backups もこのフォルダを一覧します。hoshu-cli backup は --download で指定したフォルダにコピーします。</translation>
    </message>
</context>
<context>
    <name>Severity</name>
    <message>
        <source>OK</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>重大</translation>
    </message>
</context>
<context>
    <name>SshError</name>
    <message>
        <source>Server name not found</source>
        <translation>サーバ名が見つかりません</translation>
    </message>
    <message>
        <source>Connection refused</source>
        <translation>接続が拒否されました</translation>
    </message>
    <message>
        <source>Connection timed out</source>
        <translation>接続がタイムアウトしました</translation>
    </message>
    <message>
        <source>Network unreachable</source>
        <translation>ネットワークに到達できません</translation>
    </message>
    <message>
        <source>Authentication failed</source>
        <translation>認証に失敗しました</translation>
    </message>
    <message>
        <source>Password required</source>
        <translation>パスワードが必要です</translation>
    </message>
    <message>
        <source>Key passphrase required</source>
        <translation>鍵のパスフレーズが必要です</translation>
    </message>
    <message>
        <source>Unknown host key</source>
        <translation>未知のホスト鍵です</translation>
    </message>
    <message>
        <source>Host key changed</source>
        <translation>ホスト鍵が変わりました</translation>
    </message>
    <message>
        <source>Host key not accepted</source>
        <translation>ホスト鍵が承認されませんでした</translation>
    </message>
    <message>
        <source>Proxy or jump host failed</source>
        <translation>プロキシまたは踏み台ホストでの接続に失敗しました</translation>
    </message>
    <message>
        <source>Connection lost</source>
        <translation>接続が切れました</translation>
    </message>
    <message>
        <source>Could not run the command</source>
        <translation>コマンドを実行できませんでした</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>キャンセルしました</translation>
    </message>
    <message>
        <source>SSH error</source>
        <translation>SSH エラー</translation>
    </message>
    <message>
        <source>The server&apos;s name could not be turned into an address. Check the spelling of the host name, and that this computer is online and its DNS works.</source>
        <translation>サーバ名から IP アドレスを求められませんでした。ホスト名の綴りと、このコンピュータがインターネットに接続され DNS が使えることを確認してください。</translation>
    </message>
    <message>
        <source>The server answered but nothing accepts SSH connections on this port. Check the port number, that the SSH service (sshd) is running, and that a firewall allows it.</source>
        <translation>サーバは応答しましたが、このポートで SSH 接続を受け付けていません。ポート番号、SSH サービス (sshd) が動いていること、ファイアウォールで許可されていることを確認してください。</translation>
    </message>
    <message>
        <source>The server did not answer in time. It may be down, overloaded, or a firewall may be dropping the connection. Check the address and port, and try again later.</source>
        <translation>サーバが時間内に応答しませんでした。サーバが停止しているか高負荷になっているか、ファイアウォールが接続を破棄している可能性があります。アドレスとポートを確認し、しばらくしてからもう一度試してください。</translation>
    </message>
    <message>
        <source>This computer has no route to the server. Check that you are online and that the address is right; a VPN may be needed.</source>
        <translation>このコンピュータからサーバへの経路がありません。ネットワークに接続されていることとアドレスが正しいことを確認してください。VPN が必要な場合もあります。</translation>
    </message>
    <message>
        <source>The server did not accept any of the ways Hoshu tried to log in. Check the user name, that your public key is in the server&apos;s authorized_keys, or the password.</source>
        <translation>Hoshu が試したどの方法でもサーバにログインできませんでした。ユーザ名、公開鍵がサーバの authorized_keys に登録されていること、またはパスワードを確認してください。</translation>
    </message>
    <message>
        <source>The server asks for a password and none is stored for this server. Enter the password, or set up key authentication.</source>
        <translation>サーバはパスワードを求めていますが、このサーバのパスワードは保存されていません。パスワードを入力するか、鍵認証を設定してください。</translation>
    </message>
    <message>
        <source>The private key is protected by a passphrase, and none was given or it was wrong. Enter the key&apos;s passphrase, or load the key into ssh-agent.</source>
        <translation>秘密鍵はパスフレーズで保護されていますが、パスフレーズが指定されていないか間違っています。鍵のパスフレーズを入力するか、鍵を ssh-agent に読み込ませてください。</translation>
    </message>
    <message>
        <source>Hoshu has never connected to this server before, so it cannot yet confirm the server is the right one. Compare the fingerprint with the one the server&apos;s console or your hosting provider shows, then accept it.</source>
        <translation>Hoshu はこのサーバに接続したことがないため、正しいサーバかどうかをまだ確認できません。サーバのコンソールやホスティング事業者が表示するフィンガープリントと比べてから承認してください。</translation>
    </message>
    <message>
        <source>The server presents a different host key than the one recorded. This happens when a server is reinstalled, but it can also mean someone is intercepting the connection. Ask the server&apos;s administrator, or check the server&apos;s console, for its fingerprint. Only if it matches, remove the old line from Hoshu&apos;s known_hosts file and connect again.</source>
        <translation>サーバが記録済みのものとは異なるホスト鍵を提示しています。サーバを再インストールした場合に起こりますが、第三者が接続を傍受している可能性もあります。サーバの管理者に尋ねるか、サーバのコンソールでフィンガープリントを確認してください。一致した場合に限り、Hoshu の known_hosts ファイルから古い行を削除して、もう一度接続してください。</translation>
    </message>
    <message>
        <source>You did not accept the server&apos;s host key, so Hoshu did not connect.</source>
        <translation>サーバのホスト鍵を承認しなかったため、Hoshu は接続しませんでした。</translation>
    </message>
    <message>
        <source>The connection through the proxy or jump host (ProxyJump/ProxyCommand in the SSH configuration) failed. Check that the jump host is reachable and that you can log in to it.</source>
        <translation>プロキシまたは踏み台ホスト (SSH 設定の ProxyJump/ProxyCommand) を経由した接続に失敗しました。踏み台ホストに到達でき、ログインできることを確認してください。</translation>
    </message>
    <message>
        <source>The connection to the server was interrupted. The network may have dropped, or the server may have restarted. A command that was running may or may not have finished on the server.</source>
        <translation>サーバとの接続が途切れました。ネットワークが切断されたか、サーバが再起動した可能性があります。実行中だったコマンドがサーバ上で完了したかどうかはわかりません。</translation>
    </message>
    <message>
        <source>The server refused to start the command. It may limit the number of sessions, or the account may not be allowed to run commands.</source>
        <translation>サーバがコマンドの開始を拒否しました。セッション数が制限されているか、このアカウントにはコマンドの実行が許可されていない可能性があります。</translation>
    </message>
    <message>
        <source>The command was stopped before it finished.</source>
        <translation>コマンドは完了する前に停止されました。</translation>
    </message>
    <message>
        <source>An unexpected SSH error occurred. The details below may help.</source>
        <translation>予期しない SSH エラーが発生しました。以下の詳細が手がかりになるかもしれません。</translation>
    </message>
    <message>
        <source>Connection closed by the server</source>
        <translation>サーバが接続を閉じました</translation>
    </message>
    <message>
        <source>Something answered on this port but closed the connection before SSH could start. Check that the port is the server&apos;s SSH port. The server may also be blocking this computer&apos;s address for a while (a firewall, fail2ban after failed logins, or sshd&apos;s MaxStartups when many connections arrive at once).</source>
        <translation>このポートで何かが応答しましたが、SSH を始める前に接続を閉じました。ポートがサーバの SSH ポートか確認してください。サーバがこのコンピュータのアドレスを一時的に拒否している可能性もあります (ファイアウォール、ログイン失敗後の fail2ban、多数の接続が同時に来たときの sshd の MaxStartups など)。</translation>
    </message>
</context>
<context>
    <name>Tampering</name>
    <message>
        <source>The probe output holds the section &quot;%1&quot; more than once: it may have been tampered with, so this part is not trusted.</source>
        <translation>点検スクリプトの出力に「%1」の節が複数あります。出力が改ざんされた恐れがあるため、この部分は信用しません。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; appears more than once in this part of the probe output: it may have been tampered with, so this part is not trusted.</source>
        <translation>点検スクリプトの出力のこの部分に「%1」が複数回現れました。出力が改ざんされた恐れがあるため、この部分は信用しません。</translation>
    </message>
</context>
<context>
    <name>TimersView</name>
    <message>
        <source>Timer</source>
        <translation>タイマー</translation>
    </message>
    <message>
        <source>Next run</source>
        <translation>次回実行</translation>
    </message>
    <message>
        <source>Last run</source>
        <translation>前回実行</translation>
    </message>
    <message>
        <source>Last result</source>
        <translation>前回の結果</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>実行するユニット</translation>
    </message>
    <message>
        <source>Could not read the timers: %1</source>
        <translation>タイマーを読み取れませんでした: %1</translation>
    </message>
    <message>
        <source>failed (%1, exit status %2)</source>
        <translation>失敗 (%1、終了ステータス %2)</translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>No timers found.</source>
        <translation>タイマーが見つかりません。</translation>
    </message>
</context>
<context>
    <name>TransferError</name>
    <message>
        <source>The download was cancelled. What arrived so far is kept and the next download continues from there.</source>
        <translation>ダウンロードを取り消しました。受信済みの部分は残してあり、次のダウンロードはそこから続きます。</translation>
    </message>
    <message>
        <source>The server could not read the file &quot;%1&quot;.</source>
        <translation>サーバがファイル「%1」を読み取れませんでした。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; on the server is not a regular file.</source>
        <translation>サーバ上の「%1」は通常のファイルではありません。</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; changed on the server while it was being downloaded. Download it again.</source>
        <translation>ダウンロード中にサーバ上のファイル「%1」が変わりました。もう一度ダウンロードしてください。</translation>
    </message>
    <message>
        <source>The local file &quot;%1&quot; could not be written.</source>
        <translation>このコンピュータのファイル「%1」に書き込めませんでした。</translation>
    </message>
    <message>
        <source>The expected SHA-256 checksum is not valid (64 hexadecimal digits).</source>
        <translation>照合する SHA-256 チェックサムが正しくありません（16 進数 64 桁です）。</translation>
    </message>
    <message>
        <source>The downloaded file does not match its SHA-256 checksum, so it was not saved as &quot;%1&quot;. Download it again; if this repeats, the backup on the server may be damaged.</source>
        <translation>ダウンロードしたファイルが SHA-256 チェックサムと一致しないため、「%1」として保存しませんでした。もう一度ダウンロードしてください。繰り返す場合は、サーバ上のバックアップが壊れている可能性があります。</translation>
    </message>
    <message>
        <source>Sending was cancelled. What the server has so far is kept there, and sending the same file again continues from there.</source>
        <translation>送信をキャンセルしました。サーバに届いた部分はそのまま残り、同じファイルをもう一度送るとそこから続きます。</translation>
    </message>
    <message>
        <source>The local file &quot;%1&quot; could not be read.</source>
        <translation>このコンピュータのファイル「%1」を読めませんでした。</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; on this computer does not match the SHA-256 checksum recorded for it, so nothing was put in place on the server: it is not what was copied. Use another copy.</source>
        <translation>このコンピュータのファイル「%1」は記録された SHA-256 チェックサムと一致しないため、サーバには何も置きませんでした。コピーしたときの内容ではありません。別のコピーを使ってください。</translation>
    </message>
    <message>
        <source>The user Hoshu logs in as may not write &quot;%1&quot; on the server.</source>
        <translation>Hoshu がログインするユーザには、サーバの「%1」に書き込む権限がありません。</translation>
    </message>
    <message>
        <source>The user Hoshu logs in as may not read &quot;%1&quot; on the server: it is readable by root only. Bundles made now are readable by the user that logs in to copy them: make a new one (Back up now, or hoshu-cli backup SERVER --download FOLDER) and copy that.</source>
        <translation>Hoshu がログインするユーザには、サーバの「%1」を読む権限がありません。root だけが読めるファイルです。今後作るバンドルは、コピーのためにログインするユーザが読めるようになります。新しいバンドルを作って(「今すぐバックアップ」、または hoshu-cli backup SERVER --download FOLDER)、それをコピーしてください。</translation>
    </message>
</context>
<context>
    <name>TransferRow</name>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Stop the transfer; what arrived is kept and the next one continues from there</source>
        <translation>転送を止めます。届いた部分は残り、次の転送はそこから続きます</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Desktop console for people who run their own Mastodon servers.</source>
        <translation>自分で Mastodon サーバを運用する人のためのデスクトップコンソール。</translation>
    </message>
    <message>
        <source>Language of the interface: ja or en.</source>
        <translation>表示言語: ja または en。</translation>
    </message>
</context>
</TS>
