#!/usr/bin/env python3
"""Checks that the ledgers changed in the work tree differ from the
committed ones (git HEAD, or the revision given with --rev) only in the
claim_id column, and that each new id is `c` and the old 16 hex digits.

    python3 scripts/only_claim_ids_changed.py [--rev REV] LEDGER.csv...

Prints one line per ledger and a total; exits 1 on any other difference.
"""
import argparse
import csv
import io
import re
import subprocess
import sys

NEW_ID = re.compile(r"c[0-9a-f]{16}")


def rows(text):
    return list(csv.reader(io.StringIO(text, newline="")))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--rev", default="HEAD")
    parser.add_argument("ledgers", nargs="+")
    args = parser.parse_args()
    bad = 0
    total = 0
    for path in args.ledgers:
        old = subprocess.run(
            ["git", "show", f"{args.rev}:{path}"], capture_output=True, text=True, check=True
        ).stdout
        with open(path, newline="", encoding="utf-8") as f:
            new = f.read()
        old_rows, new_rows = rows(old), rows(new)
        problems = []
        if len(old_rows) != len(new_rows):
            problems.append(f"{len(old_rows)} rows before, {len(new_rows)} now")
        for i, (o, n) in enumerate(zip(old_rows, new_rows)):
            if i == 0:
                if o != n:
                    problems.append("header changed")
                continue
            if o[1:] != n[1:]:
                problems.append(f"row {i}: a column other than claim_id changed")
            if not NEW_ID.fullmatch(n[0]) or n[0][1:] != o[0]:
                problems.append(f"row {i}: id {o[0]} -> {n[0]} is not 'c' + the old hash")
        total += max(len(new_rows) - 1, 0)
        status = "ok" if not problems else "DIFFERENT: " + "; ".join(problems[:3])
        print(f"{path}: {len(new_rows) - 1} rows, {status}")
        bad += bool(problems)
    print(f"{len(args.ledgers)} ledgers, {total} rows, {bad} with changes outside claim_id")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
