#!/usr/bin/env python3
"""Judges one `hoshu-cli fix NAME --json` run against `check --json` before and after it.

Usage: fix_report.py NAME BEFORE.json FIX.json AFTER.json [--expect-failed ID]...

Holds the promise of issue 8: every finding with an automatic fix (remedy kind "fix") is
gone after the run, except those expected to fail (their fix must say so and the finding
must still be there); every finding left afterwards is named in the run's report (as not
fixed automatically, or as a fix that did not clear it). Prints one line per finding
(id, subject, remedy, outcome) and exits 1 on any broken promise.
"""
import json
import sys


def server(path, name):
    doc = json.load(open(path))
    found = [s for s in doc["servers"] if s["name"] == name]
    if not found:
        sys.exit(f"{path}: no server {name}")
    return found[0]


def problems(srv):
    return [f for f in srv.get("findings", []) if f["severity"] not in ("ok", "unknown")]


def main():
    args = sys.argv[1:]
    expect_failed = set()
    while "--expect-failed" in args:
        i = args.index("--expect-failed")
        expect_failed.add(args[i + 1])
        del args[i:i + 2]
    name, before_path, fix_path, after_path = args
    before = problems(server(before_path, name))
    fix = server(fix_path, name)
    after = problems(server(after_path, name))
    if not fix.get("reached"):
        sys.exit(f"{name}: fix did not reach the server")

    outcomes = {}
    for job in fix.get("fixes", []):
        for t in job["findings"]:
            outcomes[(t["id"], t["subject"])] = (job["action"], job["run"], t["outcome"])
    named = {f["id"] for f in fix.get("notAutomatic", [])}
    left = {(f["id"], f["subject"]) for f in after}
    broken = []

    for f in before:
        key = (f["id"], f["subject"])
        kind = f.get("remedy", {}).get("kind", "none")
        action, run, outcome = outcomes.get(key, ("-", "-", "not in the report"))
        print(f"  {name}: {f['id']} [{f['subject']}] {kind}: {action} {run} -> {outcome}"
              f"{' (still there)' if key in left else ''}")
        if kind != "fix":
            continue
        if f["id"] in expect_failed:
            if outcome != "failed" or key not in left:
                broken.append(f"{f['id']} [{f['subject']}] was expected to fail and stay, got {outcome}"
                              f"{'' if key in left else ', and it is gone'}")
        elif outcome != "fixed" or key in left:
            broken.append(f"{f['id']} [{f['subject']}] has an automatic fix but is {outcome}"
                          f"{', and still there' if key in left else ''}")
    for f in after:
        key = (f["id"], f["subject"])
        if f["id"] not in named and key not in outcomes:
            broken.append(f"{f['id']} [{f['subject']}] is there after the run, and the run's report does not name it")
    for b in broken:
        print(f"FAIL: {name}: {b}")
    print(f"  {name}: {len(before)} findings before, {len(after)} after; "
          f"{sum(1 for o in outcomes.values() if o[2] == 'fixed')} fixed by {len(fix.get('fixes', []))} runs; "
          f"not automatic: {' '.join(sorted(named)) or '-'}")
    sys.exit(1 if broken else 0)


if __name__ == "__main__":
    main()
