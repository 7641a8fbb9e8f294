<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ActionConfirmation</name>
    <message>
        <source>--confirm names “%1”, but this server is “%2”. Nothing was run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is %2 and changes the server %3. It will run:

%4
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run it again with --confirm %1 to confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run it again with --yes to confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the server&apos;s name (%1) to run it: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run it now? [y/N] </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  (nothing to change)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  (more lines were not shown)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionExpander</name>
    <message>
        <source>The action “%1” cannot run on a %2 deployment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The action “%1” has no parameter named “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown server setting “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server setting %1 “%2” is not valid: it must match %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This build of Hoshu lacks the action prelude (lib.sh): no action can run.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionPanel</name>
    <message>
        <source>Filter actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a server to get started: Server → Add Server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No actions are available for this kind of installation (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionParameter</name>
    <message>
        <source>%1: a value is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: “%2” is not a whole number. Enter a number from %3 to %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is out of range. Enter a number from %3 to %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: “%2” is not one of the choices: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: “%2” is not allowed. It must match the pattern %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionRow</name>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run now (changes nothing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows the exact command and asks before running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionRunner</name>
    <message>
        <source>The server is no longer available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sudo did not accept the password (or this user may not use sudo).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Working out the plan took longer than %n seconds and was stopped.</source>
        <translation>
            <numerusform>Working out the plan took longer than %n seconds and was stopped.</numerusform>
            <numerusform>Working out the plan took longer than %n seconds and was stopped.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ActionsCommand</name>
    <message>
        <source>Usage: hoshu-cli actions [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (root)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppPaths</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditCommand</name>
    <message>
        <source>Usage: hoshu-cli audit [NAME] [--json] [--limit N]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the audit log %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No action has run yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(the output of this run is no longer kept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n damaged entry(s) skipped.</source>
        <translation>
            <numerusform>%n damaged entry skipped.</numerusform>
            <numerusform>%n damaged entries skipped.</numerusform>
        </translation>
    </message>
    <message>
        <source>Older entries not shown; see --limit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>Cannot write the audit log %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditOutputStore</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the output of the run to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditText</name>
    <message>
        <source>Succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not started: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome unknown: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed (exit status %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (hoshu-cli)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <source>Export &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By whom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a run to see its output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save these runs, with their output, as a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save these runs, with their output, as a JSON file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No action has run on this server yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The newest %n run(s).</source>
        <translation>
            <numerusform>The newest %n run.</numerusform>
            <numerusform>The newest %n runs.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n run(s).</source>
        <translation>
            <numerusform>%n run.</numerusform>
            <numerusform>%n runs.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n damaged entry(s) skipped.</source>
        <translation>
            <numerusform>%n damaged entry skipped.</numerusform>
            <numerusform>%n damaged entries skipped.</numerusform>
        </translation>
    </message>
    <message>
        <source>The output of this run is no longer kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This run printed nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the audit as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the audit as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupCommand</name>
    <message>
        <source>There is no finished bundle on %1 to copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup ran, but its output does not end with the bundle line Hoshu reads (hoshu-bundle: path=… size=… sha256=…), so Hoshu cannot tell which file it made. See the output above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newest bundle on %1: %2 (%3, SHA-256 %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundle on %1: %2 (%3, SHA-256 %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 closed after the backup: the bundle was not copied. Run the command again to make and copy a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copying it to %1 …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied to %1: %2, resumed after %3, %4/s; its SHA-256 is the server&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied to %1: %2, %3/s; its SHA-256 is the server&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This copy holds the server&apos;s secrets (.env.production, the database): keep it where only you can read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The partial copy is kept; this resumes it: hoshu-cli backup %1 --download %2 --newest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted with the passphrase of the copies (OpenPGP): open it without Hoshu with gpg -d %1 &gt; %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupCommands</name>
    <message>
        <source>Name one server. See: hoshu-cli --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no server named &quot;%1&quot;. See: hoshu-cli server list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The built-in catalog has no action %1; please report this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--param needs KEY=VALUE, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--media makes a new bundle; it cannot go with --newest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--newest copies a bundle: it needs --download DIR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--keep takes a number of copies from 1 to 1000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name one server and one bundle. See: hoshu-cli --help</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupsCommand</name>
    <message>
        <source>made: unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) old</source>
        <translation>
            <numerusform>%n hour old</numerusform>
            <numerusform>%n hours old</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) old</source>
        <translation>
            <numerusform>%n day old</numerusform>
            <numerusform>%n days old</numerusform>
        </translation>
    </message>
    <message>
        <source>On the server: not reached, see above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>On the server, in %1: %n bundle(s)</source>
        <translation>
            <numerusform>On the server, in %1: %n bundle</numerusform>
            <numerusform>On the server, in %1: %n bundles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>On this computer, in %1: %n copy(ies)</source>
        <translation>
            <numerusform>On this computer, in %1: %n copy</numerusform>
            <numerusform>On this computer, in %1: %n copies</numerusform>
        </translation>
    </message>
    <message>
        <source>, also on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  No copy off the server yet: hoshu-cli backup %1 --download DIR</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupsTable</name>
    <message>
        <source>Bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checksum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server and this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recorded on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server (%1 of %2 copied here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server and this computer (encrypted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this computer (encrypted)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupsView</name>
    <message>
        <source>&amp;Back up now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Download to this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check the copies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the server which bundles it has (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a bundle on the server now, then copy it to this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected bundle from the server to this computer; an interrupted copy continues where it stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read every copy on this computer again and compare it with the SHA-256 recorded when it was copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this server&apos;s copies folder in the file manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the server for its bundles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the server: not listed (see the message below).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the server: not listed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>On the server, in %1: %n bundle(s).</source>
        <translation>
            <numerusform>On the server, in %1: %n bundle.</numerusform>
            <numerusform>On the server, in %1: %n bundles.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>On this computer, in %1: %n copy(ies).</source>
        <translation>
            <numerusform>On this computer, in %1: %n copy.</numerusform>
            <numerusform>On this computer, in %1: %n copies.</numerusform>
        </translation>
    </message>
    <message>
        <source>An action is running on this server; wait for it to finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup ran, but its output does not end with the bundle line Hoshu reads (hoshu-bundle: path=… size=… sha256=…), so Hoshu cannot tell which file it made. See the log below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copying %1 …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied to %1 (%2, %3/s); its SHA-256 is the server&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n copy(ies) on this computer are DAMAGED: they are not what was copied. Copy the bundle again from the server.</source>
        <translation>
            <numerusform>%n copy on this computer is DAMAGED: it is not what was copied. Copy the bundle again from the server.</numerusform>
            <numerusform>%n copies on this computer are DAMAGED: they are not what was copied. Copy the bundles again from the server.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every copy with a recorded checksum was read again and is what was copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the copies…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the b&amp;undles on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 of %3, %4/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no bundle on the server to copy. Press Back up now: it makes one and copies it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newest bundle on the server, %1, is already on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore from a copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a copy on this computer to this server and restore it there: its database, configuration, certificates and Redis data are replaced (you confirm with the server&apos;s name, and see what is replaced first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending %1 to the server …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is on the server as %2, its SHA-256 checked. Confirm the restore to go on; cancelled, it stays there and nothing else changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the encrypted copy %1 …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypting %1 on this computer …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied to %1 (%2, %3/s) and encrypted; its SHA-256 is the server&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n encrypted copy(ies) cannot be opened with the passphrase in the keychain (or gpg is missing): set the passphrase they were made with in Settings.</source>
        <translation>
            <numerusform>%n encrypted copy cannot be opened with the passphrase in the keychain (or gpg is missing): set the passphrase they were made with in Settings.</numerusform>
            <numerusform>%n encrypted copies cannot be opened with the passphrase in the keychain (or gpg is missing): set the passphrase they were made with in Settings.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 of %3 sent for the restore, %4/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the passphrase %1 was encrypted with.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BundleDownload</name>
    <message>
        <source>Not connected to %1: the bundle was not copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Removed the oldest copies on this computer (keeping %n):</source>
        <translation>
            <numerusform>Removed the oldest copies on this computer (keeping %n):</numerusform>
            <numerusform>Removed the oldest copies on this computer (keeping %n):</numerusform>
        </translation>
    </message>
    <message>
        <source>The copy is NOT encrypted: %1 It is kept as it is, readable by you only: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BundleLister</name>
    <message>
        <source>Listing the bundles on the server ended with exit status %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundles on the server could not be listed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundles are being listed already.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CertificatesView</name>
    <message>
        <source>Domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires (on disk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires (served)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewal: not checked yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the certificates: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not served by nginx on this name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Let&apos;s Encrypt certificate found on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2, next run %3, last run %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cron %1 (skipped on systemd hosts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cron %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewal: no certbot timer or cron job found. The certificate will not renew by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewal: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>== %1: %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, Mastodon %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) OK.</source>
        <translation>
            <numerusform>%n check OK.</numerusform>
            <numerusform>%n checks OK.</numerusform>
        </translation>
    </message>
    <message>
        <source>The detected layout could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix: hoshu-cli fix %1 --finding %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prevent: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Checker</name>
    <message>
        <source>the installed Mastodon version could not be read (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on docker compose deployments Hoshu does not read Mastodon&apos;s own update check yet; compare your version with the releases page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mastodon&apos;s own update check was not read on this server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mastodon before 4.2 does not check for new releases itself; compare your version with the releases page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database is on another host, so Mastodon&apos;s own update check cannot be read from this server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>psql is not installed on this server, so Mastodon&apos;s own update check cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mastodon&apos;s own update check is turned off (UPDATE_CHECK_URL is empty in .env.production)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mastodon&apos;s own update check could not be read</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliConnector</name>
    <message>
        <source>Password for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase for the key of %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sudo password on %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host key of %1 (port %2) is not known yet.
  Key type:    %3
  Fingerprint: %4
Compare it with `ssh-keygen -lf /etc/ssh/ssh_host_%5_key.pub` run on the server&apos;s console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust this key and connect? [y/N] </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the fingerprint is right, run the command again with --accept-host-key and that fingerprint (SHA256:...), or at a terminal, to be asked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase of the backup copies here: </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>The option --%1 takes no value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The option --%1 needs a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown option --%1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfirmActionDialog</name>
    <message>
        <source>&amp;Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run “%1” on %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This exact command will run on the server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To confirm, type the server name &lt;b&gt;%1&lt;/b&gt;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mastodon is unavailable while this runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working out what it will do on %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The full script that will run on the server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the full script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the full script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hoshu could not work out what this would do on %1, so it cannot run it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan stopped with exit status %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(more lines were not shown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It found nothing to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It will run:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CopiesCommand</name>
    <message>
        <source>Copies kept in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New copies are encrypted with the passphrase in the keychain (open one: gpg -d NAME.tar.gpg &gt; NAME.tar).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New copies are not encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gpg: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New copies are no longer encrypted. The copies encrypted before stay as they are; their passphrase stays in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New copies are encrypted with this passphrase, kept in the keychain. Keep it somewhere else as well: without it nobody can open the copies, Hoshu included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: hoshu-cli copies [--json]
       hoshu-cli copies encrypt --passphrase-stdin | --existing | --off</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n copy(ies) already here are not encrypted: hoshu-cli copies encrypt --existing</source>
        <translation>
            <numerusform>%n copy already here is not encrypted: hoshu-cli copies encrypt --existing</numerusform>
            <numerusform>%n copies already here are not encrypted: hoshu-cli copies encrypt --existing</numerusform>
        </translation>
    </message>
    <message>
        <source>The copies are not encrypted: first hoshu-cli copies encrypt --passphrase-stdin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n copy(ies) encrypted.</source>
        <translation>
            <numerusform>%n copy encrypted.</numerusform>
            <numerusform>%n copies encrypted.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CopiesEncryptionBox</name>
    <message>
        <source>Encrypt new copies with a passphrase (OpenPGP, AES-256)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without the passphrase nobody can open the copies, Hoshu included: keep it in a password manager or on paper as well. Hoshu keeps it in this computer&apos;s keychain. A copy opens without Hoshu with: gpg -d NAME.tar.gpg &gt; NAME.tar. Copies made before stay as they are, with the passphrase they were made with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases differ: type the same one twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(kept in the keychain; type a new one to change it)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CopiesFolder</name>
    <message>
        <source>Cannot save the backup settings in %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CopiesPassphrase</name>
    <message>
        <source>The passphrase of the encrypted copies is not in the keychain. Set it again in Settings (or: hoshu-cli copies encrypt --passphrase-stdin).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CopyCipher</name>
    <message>
        <source>gpg could not be started (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase does not open %1: it was encrypted with another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a whole encrypted copy (cut short or damaged).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gpg stopped abnormally</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gpg ended with status %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not encrypt %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase must be one line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The passphrase needs at least %n characters.</source>
        <translation>
            <numerusform>The passphrase needs at least %n characters.</numerusform>
            <numerusform>The passphrase needs at least %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot remove %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CopyState</name>
    <message>
        <source>checksum verified now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DAMAGED: the file is not what was copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checksum recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checksum file unreadable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no checksum: an unfinished copy?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>encrypted, and its passphrase does not open it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardText</name>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n min ago</numerusform>
            <numerusform>%n min ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>%n h ago</numerusform>
            <numerusform>%n h ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>expired %n day(s) ago</source>
        <translation>
            <numerusform>expired %n day ago</numerusform>
            <numerusform>expired %n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>%n day left</numerusform>
            <numerusform>%n days left</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DesktopBackupFolder</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot remove the old copy %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is encrypted: it is read through its passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiskView</name>
    <message>
        <source>Filesystem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What uses the space (slow check)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure Now (slow)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs du over the media, the database and the installed software. Read-only, but it can take a minute on a big server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used space over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projection to full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filesystem:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not measured yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1% used, %2 free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not measured yet. Measuring walks through the media and the database, so it runs only when you ask or on the slow schedule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not measure: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measured %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote media cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All media (public/system)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL WAL (pg_wal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>node_modules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vendor (Ruby gems)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installed Rubies (~/.rbenv/versions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yarn cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (in use: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Stray database dumps (%n file(s))</source>
        <translation>
            <numerusform>Stray database dumps (%n file)</numerusform>
            <numerusform>Stray database dumps (%n files)</numerusform>
        </translation>
    </message>
    <message>
        <source>System journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measuring…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No history yet: each refresh adds a point.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At this rate %1 is full around %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not filling up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: too little history yet to tell whether it is filling up.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DrillCommand</name>
    <message>
        <source>The drill on %1 did not end with its result line (hoshu-drill: …), so Hoshu cannot tell whether the backup restores. See the output above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore drill on %1 passed (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore drill on %1 FAILED (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DrillLine</name>
    <message>
        <source>The backup restored, and it holds every row that was there when it was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dump could not be taken out of the bundle: the bundle is damaged or incomplete. Make a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is not enough free disk space on the server to restore a copy of the database. Free some space, or run the drill on another server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pg_restore could not restore the dump: it is damaged or truncated. This backup would not save you: make a new one and drill again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scratch database could not be created: the database user may lack the right to create databases. See the output above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The restored copy has fewer rows than the live database had when the dump was made: the dump is incomplete. Make a new backup and drill again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drill restored the backup but could not remove its scratch database or files afterwards. See the output above and remove them by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drill stopped before it could restore anything (the database may be unreachable). See the output above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no backup to restore in the backup directory. Make one first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvidenceText</name>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At boot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restarts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filesystem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inodes used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WAL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of the disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swap used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days left (file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days left (served)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certbot renews at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looks ahead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Served expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full around</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looked in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Old versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest patch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Important</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security updates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jobs waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oldest job waits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dead jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without the scheduler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looked for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not renewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Took</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message>
        <source>%1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sidekiq processes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processes on the scheduler queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last passed drill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last failed drill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drill at least every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only its beginning read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newest copy here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy here at least every</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExistingCopiesSealer</name>
    <message>
        <source>Encrypt the Copies Already Here?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n copy(ies) on this computer were made before and are not encrypted. Encrypt them with the same passphrase? Each NAME.tar becomes NAME.tar.gpg; its checksum record stays.</source>
        <translation>
            <numerusform>%n copy on this computer was made before and is not encrypted. Encrypt it with the same passphrase? Each NAME.tar becomes NAME.tar.gpg; its checksum record stays.</numerusform>
            <numerusform>%n copies on this computer were made before and are not encrypted. Encrypt them with the same passphrase? Each NAME.tar becomes NAME.tar.gpg; its checksum record stays.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Encrypting %n copy(ies) on this computer…</source>
        <translation>
            <numerusform>Encrypting %n copy on this computer…</numerusform>
            <numerusform>Encrypting %n copies on this computer…</numerusform>
        </translation>
    </message>
    <message>
        <source>Encrypting the Copies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies Encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n copy(ies) encrypted.</source>
        <translation>
            <numerusform>%n copy encrypted.</numerusform>
            <numerusform>%n copies encrypted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n copy(ies) encrypted; these could not be, and stay as they were:</source>
        <translation>
            <numerusform>%n copy encrypted; these could not be, and stay as they were:</numerusform>
            <numerusform>%n copies encrypted; these could not be, and stay as they were:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FileLock</name>
    <message>
        <source>an unknown program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this %1 itself, process %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, process %2 on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, process %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Finding</name>
    <message>
        <source>Could not check this: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not connect to the server or run the check, so nothing about it is known: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2% full (%3 free).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has used %2% of its inodes (file slots) even though %3% of its space is used. When they run out, no new file can be created and Mastodon stops working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2% full (%3 left). When the disk fills up, Mastodon stops working and the database can be damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not expected to fill up within %2 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the current rate, %1 will be full in about %2 days. Free space or add disk before then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL&apos;s WAL (pg_wal) uses %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL&apos;s WAL (pg_wal) uses %1 while the data itself uses %2. WAL that keeps growing usually means a stuck replication slot or WAL archiving; it grows until the disk is full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database dump files lie outside the backup directories.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n database dump file(s) (%1 in total) lie on the server outside a backup directory: %2. On the same disk they do not protect against losing it, and they take space. Move them off the server or delete them.</source>
        <translation>
            <numerusform>%n database dump file (%1 in total) lie on the server outside a backup directory: %2. On the same disk they do not protect against losing it, and they take space. Move them off the server or delete them.</numerusform>
            <numerusform>%n database dump files (%1 in total) lie on the server outside a backup directory: %2. On the same disk they do not protect against losing it, and they take space. Move them off the server or delete them.</numerusform>
        </translation>
    </message>
    <message>
        <source>The system journal uses %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system journal uses %1 (limit %2). Cap it with SystemMaxUse= in journald.conf so logs cannot fill the disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The remote media cache uses %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The remote media cache (public/system/cache) uses %1 (%2% of its disk). Remove old remote media with tootctl media remove, or set content retention in the admin settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No old Ruby versions take noticeable space (current: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ruby versions no longer used (%1) remain in ~/.rbenv/versions (%2 in total with the current %3). Remove them with rbenv uninstall.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate %1 is valid for %2 more days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate %1 expires in %2 days (%3). When it expires, browsers, apps and other servers can no longer reach this server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate %1 expired on %2. Browsers, apps and other servers cannot reach this server safely until it is renewed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nginx serves the current certificate for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nginx still serves an older certificate for %1 (valid until %2) although a renewed one (valid until %3) is on disk. nginx was not reloaded after the renewal: reload it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate renewal is scheduled (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing renews the Let&apos;s Encrypt certificates automatically (no active certbot timer or cron entry). They last 90 days; without renewal the site stops working when they expire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate renewal is working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate %1 has only %2 days left although certbot renews at %3 days: renewal is failing. Check the output of certbot renew.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last certificate renewal run (%1) failed. Check its log with journalctl.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trusted root certificates are up to date (ca-certificates %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An update of ca-certificates (now %1) is waiting. Outdated root certificates break federation with servers whose certificates use newer roots.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ca-certificates %1 is %2 days old. Outdated root certificates break federation with servers whose certificates use newer roots.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Mastodon service (mastodon-*) was found on this server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not running (%2). The part of Mastodon it provides is down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 keeps crashing and restarting (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has restarted %2 times by itself. Something makes it crash: look at its log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Sidekiq process serves the scheduler queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Sidekiq process serves the scheduler queue, so periodic jobs (media cache cleanup, statistics, scheduled posts) never run. Add -q scheduler to one Sidekiq service, or remove its -q options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exactly one Sidekiq process serves the scheduler queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Sidekiq processes serve the scheduler queue; it must be exactly one, or periodic jobs run several times.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sidekiq&apos;s queues are keeping up (%1 jobs waiting).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Sidekiq queue %1 holds %2 jobs, the oldest waiting %3 minutes. Posts and notifications are delayed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 dead jobs in Sidekiq.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sidekiq holds %1 dead jobs (jobs that failed every retry). Look at them in Sidekiq&apos;s web page (/sidekiq/morgue): they can show a broken mail setup or federation problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mastodon %1 is the latest release.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mastodon %1 is available for your series (you run %2). Patch releases carry security or urgent fixes: update soon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mastodon %1 is available (you run %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1% of memory is available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only %1% of memory is available (%2 of %3; swap %4% used). The server slows down and processes may be killed; a restart of Mastodon often helps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OS packages are up to date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 package updates are waiting (%2 security): %3. Apply them in a maintenance window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reboot is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server needs a reboot to finish installing updates (%1). Plan a maintenance window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups were found in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup files were found on the server (looked in: %1). Without a backup, a broken disk or a wrong command loses everything. If backups go elsewhere, set the backup directory in the server settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newest backup is %1 hours old.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newest backup (%1) is %2 days old: backups seem to have stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newest backup has the usual size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newest backup %1 is %2, only %3% of the previous ones (%4). It may be truncated or contain the wrong data: check that it can be restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No scheduled job (systemd timer) failed its last run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last run of %1 (started by %2) failed (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is due on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was due on %2, %3 days ago. Check that it was paid or renewed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is due on %2, in %3 days. Renew or pay it in time: domains and servers have been lost this way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answers its health check (%2 ms).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not answer its health check (%2: %3). The site is down for everyone: look at nginx and mastodon-web.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The instance API of %1 answers (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The instance API of %1 fails (%2: %3). Apps and other servers cannot read the server&apos;s description. If only /api/v1/instance fails, refreshing the materialized view instances fixes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The streaming API of %1 answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The streaming API of %1 does not answer (%2: %3). Timelines and notifications stop updating live: look at mastodon-streaming.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Web UI of %1 and its %2 JS/CSS files load.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Web UI page of %1 loads but %2 of its %3 JS/CSS files do not: %4. Browsers show a blank page while the API still works; this usually means assets:precompile failed or did not run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Web UI page of %1 does not load (%2: %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 publishes %2 server rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 publishes no server rules. New users and the moderators of other servers look for them; add rules in Administration &gt; Server rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mastodon %1 is available and the Mastodon team marked it urgent (a security fix). You run %2: update now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server reaches the mail server %1, but it offers no STARTTLS: Mastodon sends its mail (and the SMTP password, if one is set) unencrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server reaches the mail server %1 (without encryption, as .env.production says).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server reaches the mail server %1 and the encrypted connection works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMTP_SERVER in .env.production (%1) is not a host name, so Mastodon cannot send e-mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMTP_PORT in .env.production is not a port number, so Mastodon cannot send e-mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server reaches the mail server %1, but the encrypted connection Mastodon uses fails (%2). Sign-up confirmations and password resets are not sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server cannot connect to the mail server %1 (%2). Sign-up confirmations and password resets are not sent; many VPS providers block outgoing mail ports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newest dump %1 begins as a pg_dump dump (a compressed dump is not read to its end at every check).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pg_restore reads the newest backup %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newest backup %1 cannot be read as a restore would read it (%2): restoring it would fail. Make a new backup now; then look at what damaged this one (a full disk while it was written, a copy cut short).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last restore drill passed %1 days ago (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last drill failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No restore drill has passed on this server: nobody knows whether its backups restore. Run a drill: it restores the newest backup into a scratch database and compares it with the live one, while Mastodon keeps running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last restore drill that passed was %1 days ago, more than %2 days: run one again, so that you know the backups of today restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newest copy of this server&apos;s backups on this computer is %1 days old (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No copy of this server&apos;s backups is on this computer (%1): if the server or its disk is lost, its backups go with it. Copy the newest bundle here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newest copy of this server&apos;s backups on this computer is %1 days old, more than %2 days: copy a new bundle here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindingCard</name>
    <message>
        <source>Why it matters: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs “%1” (%2). Anything that changes the server shows what it will run first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mastodon or a service is interrupted while it runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It deletes data that cannot be brought back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrupts the service briefly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deletes data: asks for the server&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>%n more</numerusform>
            <numerusform>%n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them:</source>
        <translation>
            <numerusform>%n of them:</numerusform>
            <numerusform>%n of them:</numerusform>
        </translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the release notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as renewed…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records the next due date after you renewed or paid it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prevent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the newest backup here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies the newest bundle on the server to this computer over SFTP (the Backups tab shows the transfer); its SHA-256 is checked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindingCatalog</name>
    <message>
        <source>On the server, as the postgres user, run psql and look at SELECT slot_name, active FROM pg_replication_slots; and SHOW archive_command;. Drop a slot nobody uses with SELECT pg_drop_replication_slot(&apos;name&apos;); or fix the archive command. PostgreSQL then removes the old WAL by itself at the next checkpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove old Mastodon images with docker image prune after an upgrade.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install Mastodon&apos;s systemd units (dist/mastodon-*.service in the Mastodon directory) into /etc/systemd/system, run systemctl daemon-reload and enable them; or, if this server runs Mastodon with docker compose, change its deployment in the server settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the compose file, add -q scheduler to the command of one sidekiq service (or remove its -q options), then run docker compose up -d for that service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the release notes of Mastodon %1 (they list the steps and any database migration), make a backup, then upgrade as they describe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the job&apos;s log with journalctl -u %1 -n 50, fix the cause, then run it again with systemctl start %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renew or pay %1 at your provider. Then record the new due date here, so Hoshu reminds you again in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the mastodon user in the Mastodon directory, run RAILS_ENV=production bundle exec rails assets:precompile, then restart Mastodon. It usually fails for lack of memory: read its output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>While Hoshu cannot reach the server, none of the other checks can run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the server is up (your provider&apos;s console), that its address and SSH port are right in the server settings, and that your key or password still works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A full disk stops Mastodon and PostgreSQL; the database can be damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free space: remove old remote media and preview cards, then cap the system journal. If the disk is still nearly full, the server needs a bigger disk or object storage for media.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk filling up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acting now, while there is room, is much easier than rescuing a full disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free space now (remote media, preview cards, journal) and plan a bigger disk if it keeps growing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL WAL size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A growing pg_wal usually means a stuck replication slot or archive command; it fills the disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find what holds the WAL back; never delete files in pg_wal by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stray database dumps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Old database dumps take space and hold your users&apos; data outside the backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the dump off the server if you still need it, then delete it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System journal size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system journal grows without limit unless it is capped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cap the journal (SystemMaxUse) and shrink it to that size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote media cache size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote media are copies from other servers: they can be removed and fetched again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove remote media older than a week, and set the media cache retention in Administration &gt; Server settings &gt; Content retention so the cache stays small.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Old Ruby versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ruby versions left from earlier upgrades are no longer used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the Ruby versions Mastodon no longer uses (never the one in .ruby-version).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the certificate expires, browsers and other servers refuse to connect: federation stops.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renew the certificate now and reload nginx; then find out why the automatic renewal did not do it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browsers and other servers refuse to connect until the certificate is renewed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renew the certificate and reload nginx.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate served by nginx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A renewed certificate only counts once nginx is reloaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test the nginx configuration and reload nginx.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate renewal schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without a scheduled renewal the certificate will expire in under 90 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install a renewal timer that reloads nginx after each renewal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate renewal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewal normally happens 30 days before expiry; fewer days left means it failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try the renewal without changing anything (dry run) to see the error, fix it, then renew.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted root certificates (ca-certificates)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Old root certificates make connections to other servers fail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update the ca-certificates package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each Mastodon service does one part of the work: web, streaming or background jobs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the services that are down; if one does not stay up, read its log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service restarts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A service that keeps restarting is crashing; look at its log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the service&apos;s recent log to see why it crashes, fix the cause, then restart it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sidekiq scheduler queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without the scheduler queue, periodic jobs (cleanups, statistics) never run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the scheduler queue to exactly one Sidekiq service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sidekiq scheduler served once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two processes serving the scheduler queue run periodic jobs twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep -q scheduler on one Sidekiq service and remove it from the others.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sidekiq queues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jobs waiting in a queue mean delayed posts, notifications and federation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that Sidekiq runs and is not short of memory; if the backlog stays, give Sidekiq more threads or a second process for the busy queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sidekiq dead jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dead jobs were given up after all retries; many of them point to a problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look at the errors in Sidekiq&apos;s web page (/sidekiq/morgue); retry the jobs once the cause is fixed, or clear them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mastodon version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patch releases often fix security problems.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the release notes, back up, and upgrade following them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When memory runs out, the kernel kills processes, often PostgreSQL or Sidekiq.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See which processes use the memory; lower Sidekiq&apos;s threads or Puma&apos;s workers, or add memory or swap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OS package updates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security updates of the operating system close known holes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install the updates in a quiet hour; some need an OS restart afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reboot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An updated kernel or library takes effect only after a reboot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart the OS in a quiet hour; Mastodon is down for a few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without a backup, a disk failure or a mistake loses everything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a database backup now; if backups are kept elsewhere, set the backup directory in the server settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backup that stopped silently is found out only when it is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a backup now, then find out why the scheduled backup stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backup much smaller than the previous ones is probably incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a new backup and check that it can be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled jobs (timers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A scheduled job that fails (backup, renewal, cleanup) stops doing its work silently.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the log of the job&apos;s service, fix the cause, then run the job again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewals and payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An unpaid server or domain takes the whole instance offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renew or pay it at your provider, then record the new date here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web server health (/health)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When /health fails, the site is down for everyone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart Mastodon; if it stays down, look at nginx and mastodon-web.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apps and other servers read the server&apos;s description from this API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh the instances view in the database; if it still fails, read mastodon-web&apos;s log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Streaming API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without streaming, timelines and notifications stop updating live.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart Mastodon (streaming included); if it stays down, read mastodon-streaming&apos;s log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web UI and its files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browsers show a blank page while the API still works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build the Web UI&apos;s files again (assets:precompile) as the mastodon user, then restart Mastodon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New users and the moderators of other servers look for a server&apos;s rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add rules in Administration &gt; Server rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This certificate is not one of certbot&apos;s, so Hoshu cannot renew it. Renew it where it came from (your certificate provider or the tool that issued it), install the new files where nginx&apos;s ssl_certificate points, then reload nginx.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail server reachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without mail, new users cannot confirm their sign-up and nobody can reset a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check SMTP_SERVER, SMTP_PORT and the TLS settings in .env.production against your mail provider&apos;s instructions; many VPS providers block outgoing ports 25 and 587 until you ask them. Then send a test mail from the Actions tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the compose file, remove -q scheduler from the command of every sidekiq service but one, then run docker compose up -d for those services.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk nearly full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk will be full soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL WAL is large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database dumps left on the disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System journal is large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote media cache is large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unused Ruby versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate expires soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nginx serves an old certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate renewal not scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate renewal failing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Root certificates out of date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service keeps restarting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Sidekiq serves the scheduler queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduler queue served more than once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sidekiq jobs piling up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dead jobs in Sidekiq</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mastodon update available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory running out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OS updates pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OS restart needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup much smaller than before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled job failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewal or payment due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web server not healthy (/health)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance API failing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Streaming API failing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web UI files missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail server unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No server rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newest backup readable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newest backup unreadable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backup that pg_restore cannot read restores nothing on the day it is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a new backup now (it is read back right away), then find out what damaged the old one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore drill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups never restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backup never restored is not known to be one: only a restore shows that it holds the data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run a restore drill: it restores the newest backup into a scratch database and compares it with the live one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy off the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent copy off the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups on the server&apos;s own disk go with the server: a terminated VPS or a broken disk takes them too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the newest bundle to this computer: press Copy the newest backup here (the server&apos;s Backups tab shows the transfer), or run hoshu-cli backup %1 --newest --download FOLDER. Keep the copies where only you can read them: they hold the server&apos;s secrets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep a recent copy of the newest bundle on this computer; while Hoshu runs it can keep that copy up to date (Settings).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindingsView</name>
    <message>
        <source>Not checked yet. Press F5 to refresh this server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;All %n check(s) passed.&lt;/b&gt; Checked %1.</source>
        <translation>
            <numerusform>&lt;b&gt;All %n check passed.&lt;/b&gt; Checked %1.</numerusform>
            <numerusform>&lt;b&gt;All %n checks passed.&lt;/b&gt; Checked %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n problem(s) found&lt;/b&gt;, %1 check(s) OK. Checked %2.</source>
        <translation>
            <numerusform>&lt;b&gt;%n problem found&lt;/b&gt;, %1 check OK. Checked %2.</numerusform>
            <numerusform>&lt;b&gt;%n problems found&lt;/b&gt;, %1 checks OK. Checked %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checks that are OK (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still there after “%1”; checked again just now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed by “%1” (checked again just now): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” ran, so that this does not come back; the problem itself is still there: fix it too.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FixCommand</name>
    <message>
        <source>[fixed]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[still there]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[failed]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[not run]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[unknown]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>== %1: checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be checked, so nothing was fixed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing on %1 can be fixed automatically.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n fix(es) to run on %1.</source>
        <translation>
            <numerusform>%n fix to run on %1.</numerusform>
            <numerusform>%n fixes to run on %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>== %1: checking again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[%1/%2] %3 — for: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The action “%1” is not in the catalog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working out what “%1” will do…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hoshu could not work out what “%1” would do, so it was not run:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It ended with exit status %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>What the web checks still see is fixed next (%n fix(es)).</source>
        <translation>
            <numerusform>What the web checks still see is fixed next (%n fix).</numerusform>
            <numerusform>What the web checks still see is fixed next (%n fixes).</numerusform>
        </translation>
    </message>
    <message>
        <source>the server could not be checked again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not fixed automatically:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not run, so that they do not come back:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GpgProgram</name>
    <message>
        <source>GnuPG (gpg) is not installed on this computer, so the copies cannot be encrypted. Install it (Linux: the gnupg package; Windows: Gpg4win; macOS: GPG Suite or Homebrew&apos;s gnupg), then come back here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HoshuCli</name>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The built-in action catalog is broken; please report this:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no server named &quot;%1&quot;. See: hoshu-cli server list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no action &quot;%1&quot;. See: hoshu-cli actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--param needs KEY=VALUE, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No server is configured yet. See: hoshu-cli server add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history cannot be read (disk.full_soon is not checked): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history cannot be stored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history database was damaged; it was moved to %1 and a new one was started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no finding &quot;%1&quot;. The findings are listed by: hoshu-cli check NAME --json</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HostKeyChangedDialog</name>
    <message>
        <source>Host Key Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hoshu did not connect to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host key changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server now presents this %1 key:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you reinstalled the server or replaced its keys yourself, check the new fingerprint on the server&apos;s console, then remove the old key for %1 from %2 and connect again. Otherwise, do not connect: someone may be intercepting the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technical detail: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HostKeyDialog</name>
    <message>
        <source>Unknown Host Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the first connection to &lt;b&gt;%1&lt;/b&gt;. Hoshu does not know this server&apos;s host key yet, so it cannot tell whether it is really your server or someone in between.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fingerprint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To check it, run this on the server&apos;s console (for example the web console of your hosting provider), not over this same connection:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If it prints the same SHA256 fingerprint, trust the key. If it is different, do not connect and find out why first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A trusted key is saved in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Trust and Connect</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LayoutDetection</name>
    <message>
        <source>Detected: docker compose in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detected: systemd in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backups: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogDock</name>
    <message>
        <source>Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a server to see its log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log — %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogFindBar</name>
    <message>
        <source>Match case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find in log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find previous (Shift+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find next (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the search bar (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogPane</name>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find &amp;Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;Timestamps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save Log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished successfully (exit status 0) after %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed with exit status %1 after %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed after %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Older lines were dropped to keep memory use bounded: %n line(s) no longer shown. The log keeps the last %1 lines.</source>
        <translation>
            <numerusform>Older lines were dropped to keep memory use bounded: %n line no longer shown. The log keeps the last %1 lines.</numerusform>
            <numerusform>Older lines were dropped to keep memory use bounded: %n lines no longer shown. The log keeps the last %1 lines.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log files (*.log *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The log could not be written to %1:
%2

Choose another folder or check the disk space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of output arrived faster than the log can show it and was left out (marked in the log). Hoshu keeps no other copy of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… [line cut: %1 more]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[%1 of output not shown here: it arrived faster than the log can show it, and Hoshu keeps no other copy]</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MailRules</name>
    <message>
        <source>no mail server is set up (SMTP_SERVER is empty in .env.production), so Mastodon sends no e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mastodon hands its mail to %1 (SMTP_DELIVERY_METHOD), not to an SMTP server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>.env.production was not found in the Mastodon directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>.env.production cannot be read by the user Hoshu logs in as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>neither openssl nor bash is installed on the server, so the mail server could not be tried</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection to %1 works, but openssl is not installed on the server, so the encryption Mastodon uses could not be tried</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the mail server %1 is a name that only Mastodon&apos;s containers know (a compose service?), so Hoshu, which checks from the host, could not try it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Some actions could not be loaded and are not shown:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language takes effect after restarting Hoshu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a server to get started: Server → Add Server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a server on the left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An action is running on this server; wait for it or cancel it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindowActions</name>
    <message>
        <source>&amp;Add Server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a server to look after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit Server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove Server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Overview of All Servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the selected server again now (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check every server again now, all at the same time (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Hoshu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Hoshu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Hoshu %1&lt;/h3&gt;&lt;p&gt;A desktop console for people who run their own Mastodon servers.&lt;/p&gt;&lt;p&gt;Hoshu connects only to your own servers over SSH. Every command that changes a server is shown to you before it runs.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageBanner</name>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the message to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide this message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MonitorHub</name>
    <message>
        <source>%1 needs attention</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewModel</name>
    <message>
        <source>Could not refresh: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking for the first time…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK: all checks passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 (+%n more)</source>
        <translation>
            <numerusform>%1: %2 (+%n more)</numerusform>
            <numerusform>%1: %2 (+%n more)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2 dead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refreshing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mastodon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last refresh</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewView</name>
    <message>
        <source>All servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No servers yet. Add one with Server → Add Server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every server at a glance. Double-click a row to open that server. F5 refreshes the selected server, Ctrl+F5 all of them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParameterInput</name>
    <message>
        <source>A whole number from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileJson</name>
    <message>
        <source>“%1” must be text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“port” must be a whole number from 0 to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has the unknown value “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A server entry must be an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not valid JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not valid JSON (it may be truncated).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The top level is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“schema” is missing or is not a positive whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“servers” is missing or is not a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID “%1” is used twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name “%1” is used twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” must be true or false.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>Hoshu cannot read the server list %1: %2. It will not change the file until this is fixed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server list %1 was written by a newer version of Hoshu (format %2; this version knows format %3). Hoshu will not change it: update Hoshu to edit your servers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server list %1 is damaged (%2) and could not be moved aside (%3). Hoshu will not change it until it is repaired or removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server list %1 is damaged (%2). It was kept as %3 and Hoshu starts with an empty list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the server list %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the server list %1: %2. The previous file is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A server with the ID %1 already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server list cannot be changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A server named “%1” already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server “%1” was removed meanwhile (by hoshu-cli or another Hoshu window); your change to it was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server list %1 was damaged meanwhile (%2). Hoshu did not change it; restart Hoshu to keep the damaged file aside and start again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server list %1 is being changed by %2 (another Hoshu window or hoshu-cli) and stayed locked for %3 seconds. Nothing was changed; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server list cannot be locked: Hoshu may not create %1. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server list cannot be locked (%1). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuitConfirmation</name>
    <message>
        <source>Quit Hoshu?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An action is still running on: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you quit now, Hoshu asks the server to stop the command, and you will not see how it ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit Anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep Running</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RefreshCommand</name>
    <message numerus="yes">
        <source>%1  %2  %n finding(s)  %3 s</source>
        <translation>
            <numerusform>%1  %2  %n finding  %3 s</numerusform>
            <numerusform>%1  %2  %n findings  %3 s</numerusform>
        </translation>
    </message>
    <message>
        <source>(not stored: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The detected layout could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RefreshController</name>
    <message>
        <source>The history database could not be opened, so charts stay empty: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history database was damaged. It was moved to %1 and a new one was started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refreshing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refreshing all servers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings Not Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase could not be kept in the keychain, so the copies are not encrypted: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RenewalDoneDialog</name>
    <message>
        <source>Mark as renewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You renewed or paid “%1”. When is it due next? Hoshu reminds you again before that day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RenewalRecord</name>
    <message>
        <source>The next due date must be after today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This server has no list of renewals to record it in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not in this server&apos;s list of renewals (was it removed meanwhile?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the renewal in up to 200 characters, without control characters (e.g. &quot;VPS rent&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The due date must be a date such as 2027-01-31.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This server&apos;s list of renewals is damaged (&quot;renewals&quot; is not a list); fix servers.json first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreCommand</name>
    <message>
        <source>A restore replaces everything the database of %1 holds now, its configuration and its certificates. Type the server&apos;s name to confirm: --confirm %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking %1 (%2)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is DAMAGED: its SHA-256 is %2, not the %3 recorded beside it when it was copied. Use another copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its SHA-256 is the one recorded when it was copied: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No readable %1.sha256 beside it: the server still checks every member against the bundle&apos;s MANIFEST. SHA-256: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 closed before the bundle could be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending it to %1 (~/hoshu-restore/) …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On %1 as %2 (resumed after %3, %4/s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On %1 as %2 (%3/s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The part already sent stays on the server; the same command resumes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The restore of %1 stopped at the step shown above: do what it says, then run the same command again (the bundle is on the server already; the restore starts over).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The restore ran, but its output does not end with its result line (hoshu-restore: …). See the output above, then check the server: hoshu-cli check %1 --slow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is restored (%2). Check it now: hoshu-cli check %1 --slow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Hoshu bundle: its name must be mastodon-bundle-….tar (or .tar.gpg), as hoshu-cli backup --download saves it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the encrypted copy %1 …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase %1 was encrypted with: </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreSender</name>
    <message>
        <source>No SHA-256 is recorded beside %1 (%1.sha256), so Hoshu cannot tell that it is what was copied. Copy the bundle from a server again, or restore it with hoshu-cli restore, which reads it whole first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from a Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore onto %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send %1 (%2) to %3 to restore it there?

Nothing on %3 changes yet. Once the copy is there, Hoshu shows what the restore replaces (the database, the configuration, the certificates, the Redis data) and asks you to type the server&apos;s name to confirm it; Mastodon is stopped while it runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to %1: connect, then send the copy again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was sent stays on the server; sending the same copy again continues.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Hoshu bundle: its name must be mastodon-bundle-….tar (or .tar.gpg), as Hoshu saves the copies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hoshu bundles (mastodon-bundle-*.tar mastodon-bundle-*.tar.gpg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No passphrase given: nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Risk</name>
    <message>
        <source>Read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disruptive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destructive</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RiskBadge</name>
    <message>
        <source>Only reads information; changes nothing on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes the server in a safe, routine way; the service keeps running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrupts the service for a while: users may see errors until it is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deletes data or cannot be undone. Make sure you have a recent backup.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunCommand</name>
    <message numerus="yes">
        <source>The action ran longer than its limit of %n seconds and was stopped.</source>
        <translation>
            <numerusform>The action ran longer than its limit of %n seconds and was stopped.</numerusform>
            <numerusform>The action ran longer than its limit of %n seconds and was stopped.</numerusform>
        </translation>
    </message>
    <message>
        <source>The full script of “%1”:

%2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working out what “%1” will do on %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hoshu could not work out what “%1” would do on %2, so nothing was run:
%3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunStatusBar</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the running command on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elapsed %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretPromptDialog</name>
    <message>
        <source>&amp;Remember in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key Passphrase for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sudo Password for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored by your operating system&apos;s keychain, never in a Hoshu file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key &amp;passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;sudo password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase of the Backup Copies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>The secret is stored in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No secret is stored in the keychain for this server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain is available, so Hoshu cannot remember this secret and will ask each time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access to the keychain was denied, so Hoshu cannot use the stored secret and will ask each time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain reported an error, so Hoshu cannot use the stored secret and will ask each time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A server without an ID cannot have secrets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain did not answer within %1 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerActionLock</name>
    <message>
        <source>Another action that changes “%1” is running (in %2). Only one such action runs on a server at a time: wait for it to finish, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The action on “%1” was not started: Hoshu may not create its lock file %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The action on “%1” was not started: its lock file %2 cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerCommands</name>
    <message>
        <source>The port must be a number from 1 to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--auth must be one of auto, agent, key, password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--sudo must be one of root, nopasswd, password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password was not saved; Hoshu will ask for it when it connects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sudo password was not saved; Hoshu will ask for it when it is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added server %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected; the host key is now trusted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: hoshu-cli server list [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No servers yet. Add one with: hoshu-cli server add NAME --host HOST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: hoshu-cli server remove NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no server named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed server %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--domain must be a domain name such as example.social, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--http-address must be an IP address, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA file %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA file %1 holds no PEM certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: hoshu-cli server add NAME --host HOST [--port N] [--user U] [--key PATH] [--auth auto|agent|key|password] [--password-stdin] [--sudo root|nopasswd|password] [--sudo-password-stdin] [--deployment systemd|docker] [--mastodon-dir DIR] [--domain DOMAIN] [--http-address IP] [--http-ca-file PATH] [--accept-new-host-key]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: hoshu-cli server renewal NAME WHAT --due YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: “%2” is due on %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerDashboard</name>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check this server again now (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked yet. Press F5 to refresh this server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not refresh: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>measuring disk usage (slow)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refreshing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not refresh: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: last refresh %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not checked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How Mastodon runs on this server. Change it with Server → Edit Server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome unknown: the connection to %1 dropped while “%2” was running. Hoshu will check again when the server answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerDialog</name>
    <message>
        <source>Remember in the system &amp;keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. my-instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host name, IP address or ~/.ssh/config alias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“Default” uses the port from ~/.ssh/config, or 22.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from ~/.ssh/config, or your login name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic (ssh-agent and default keys, then password)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ssh-agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>~/.ssh/id_ed25519</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored by your operating system&apos;s keychain, never in a Hoshu file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already root (the user is root)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sudo without a password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sudo with a password (asked when needed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>systemd (native installation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docker Compose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Authentication:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Key file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Root access:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deployment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mastodon directory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty to keep the saved one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A server named “%1” already exists. Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional: ~/.ssh/id_ed25519</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key &amp;passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a Private Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private keys (id_* *.pem *.key);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop &amp;Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the fields above first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected successfully.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected successfully.
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technical detail: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detect &amp;automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detected domain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detected backups:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each refresh reads how Mastodon runs on the server (systemd or Docker Compose, and its directory) and updates these two fields. Changing either field turns this off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set by you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detected automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detected automatically at the next refresh</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerListController</name>
    <message>
        <source>The server list could not be saved: %1
Your change stays until Hoshu is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret could not be saved in the system keychain: %1
Hoshu will ask for it again when it is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could Not Add the Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could Not Save the Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 from Hoshu?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its settings, its log and its passwords in the system keychain are removed. Nothing on the server itself is changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: could not record the renewal: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: “%2” is due next on %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerListModel</name>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for your host key decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected, running an action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerMonitor</name>
    <message>
        <source>The HTTP address &quot;%1&quot; in the server&apos;s settings is not an IP address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA file %1 for the HTTP checks cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA file %1 for the HTTP checks holds no PEM certificate.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerProfile</name>
    <message>
        <source>The name is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is longer than %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name must not contain control characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name must not begin or end with a space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name must not contain “/”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host must not contain spaces or control characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host must not begin with “-”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host “%1” is not a host name, an IP address or an SSH alias.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name “%1” is not valid: use at most 32 letters, digits, “_”, “.” or “-”, beginning with a letter or “_”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Mastodon directory must be an absolute path made of letters, digits and “._/+-”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Mastodon directory must not contain “..”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID “%1” is not a valid UUID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file must be set when signing in with a key file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file path must not contain control characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deployment “%1” is not known: use “systemd” or “docker”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerRegistry</name>
    <message>
        <source>The server list was written by a newer Hoshu and is not changed by this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such server (it may have been removed meanwhile).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerSession</name>
    <message>
        <source>Actions that need root use sudo with a password on this server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not accept the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase did not unlock the key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sudo password was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sudo password cannot contain a line break.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerSidebar</name>
    <message>
        <source>Servers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerWorkspace</name>
    <message>
        <source>Connected to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the action finished successfully.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the action failed with exit status %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An Action Is Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An action is already running on %1. Wait for it to finish, or cancel it in the log below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Run “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You trusted the host key %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not connect to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome unknown: the connection to %1 dropped while “%2” was running. Hoshu will check again when the server answers.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServicesView</name>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restarts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the containers: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the services: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not installed (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Mastodon services found.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off (refresh only with F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Every %n minute(s)</source>
        <translation>
            <numerusform>Every %n minute</numerusform>
            <numerusform>Every %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>A refresh is read-only: it runs one short check script on each server and changes nothing. The slow disk measurement runs only when you ask for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check every server automatically:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep backup copies in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep Backup Copies In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the copies up to date: while Hoshu runs, copy the newest bundle of each server that has a copy here once a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundles hold each server&apos;s secrets (.env.production, keys, the database): keep this folder private. Hoshu makes it and each server&apos;s folder readable by you only (0700) and every copy 0600. hoshu-cli backups lists this folder too; hoshu-cli backup copies into the folder given with --download.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Severity</name>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SshError</name>
    <message>
        <source>Server name not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key passphrase required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown host key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host key changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host key not accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy or jump host failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not run the command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s name could not be turned into an address. Check the spelling of the host name, and that this computer is online and its DNS works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered but nothing accepts SSH connections on this port. Check the port number, that the SSH service (sshd) is running, and that a firewall allows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not answer in time. It may be down, overloaded, or a firewall may be dropping the connection. Check the address and port, and try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer has no route to the server. Check that you are online and that the address is right; a VPN may be needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not accept any of the ways Hoshu tried to log in. Check the user name, that your public key is in the server&apos;s authorized_keys, or the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server asks for a password and none is stored for this server. Enter the password, or set up key authentication.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The private key is protected by a passphrase, and none was given or it was wrong. Enter the key&apos;s passphrase, or load the key into ssh-agent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hoshu has never connected to this server before, so it cannot yet confirm the server is the right one. Compare the fingerprint with the one the server&apos;s console or your hosting provider shows, then accept it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server presents a different host key than the one recorded. This happens when a server is reinstalled, but it can also mean someone is intercepting the connection. Ask the server&apos;s administrator, or check the server&apos;s console, for its fingerprint. Only if it matches, remove the old line from Hoshu&apos;s known_hosts file and connect again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You did not accept the server&apos;s host key, so Hoshu did not connect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection through the proxy or jump host (ProxyJump/ProxyCommand in the SSH configuration) failed. Check that the jump host is reachable and that you can log in to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the server was interrupted. The network may have dropped, or the server may have restarted. A command that was running may or may not have finished on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused to start the command. It may limit the number of sessions, or the account may not be allowed to run commands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command was stopped before it finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An unexpected SSH error occurred. The details below may help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection closed by the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something answered on this port but closed the connection before SSH could start. Check that the port is the server&apos;s SSH port. The server may also be blocking this computer&apos;s address for a while (a firewall, fail2ban after failed logins, or sshd&apos;s MaxStartups when many connections arrive at once).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tampering</name>
    <message>
        <source>The probe output holds the section &quot;%1&quot; more than once: it may have been tampered with, so this part is not trusted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; appears more than once in this part of the probe output: it may have been tampered with, so this part is not trusted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimersView</name>
    <message>
        <source>Timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the timers: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed (%1, exit status %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No timers found.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TransferError</name>
    <message>
        <source>The download was cancelled. What arrived so far is kept and the next download continues from there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server could not read the file &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; on the server is not a regular file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; changed on the server while it was being downloaded. Download it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local file &quot;%1&quot; could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The expected SHA-256 checksum is not valid (64 hexadecimal digits).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The downloaded file does not match its SHA-256 checksum, so it was not saved as &quot;%1&quot;. Download it again; if this repeats, the backup on the server may be damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending was cancelled. What the server has so far is kept there, and sending the same file again continues from there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local file &quot;%1&quot; could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; on this computer does not match the SHA-256 checksum recorded for it, so nothing was put in place on the server: it is not what was copied. Use another copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user Hoshu logs in as may not write &quot;%1&quot; on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user Hoshu logs in as may not read &quot;%1&quot; on the server: it is readable by root only. Bundles made now are readable by the user that logs in to copy them: make a new one (Back up now, or hoshu-cli backup SERVER --download FOLDER) and copy that.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TransferRow</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the transfer; what arrived is kept and the next one continues from there</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Desktop console for people who run their own Mastodon servers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the interface: ja or en.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
