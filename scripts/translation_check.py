#!/usr/bin/env python3
"""Translation check: the share of an English report's claims whose
(kind, normalized value) appears among the claims of its Chinese original.

usage: translation_check.py CLAIMSCAN_BIN EN.txt ZH.txt [EN.txt ZH.txt ...]

Runs claimscan on each file, then for every English claim looks for a
Chinese claim of the same kind and norm_value (rounded to 6 significant
digits; a range matches on its low end). Each Chinese claim matches at
most once per value. Prints the share matched per pair and lists the
unmatched English claims with their sentence.
"""
import collections, csv, os, subprocess, sys, tempfile


def ledger(binary, path):
    with tempfile.TemporaryDirectory() as d:
        out = os.path.join(d, "claims.csv")
        subprocess.run([binary, "extract", path, "-o", out, "-q"], check=True)
        return list(csv.DictReader(open(out, encoding="utf-8")))


def key(row):
    try:
        v = float(row["norm_value"])
    except ValueError:
        return None
    return (row["kind"], float(f"{v:.6g}"))


def main(argv):
    if len(argv) < 3 or len(argv) % 2 == 0:
        sys.exit(__doc__)
    binary, pairs = argv[0], list(zip(argv[1::2], argv[2::2]))
    for en, zh in pairs:
        en_rows, zh_rows = ledger(binary, en), ledger(binary, zh)
        pool = collections.Counter(key(r) for r in zh_rows)
        unmatched = []
        for r in en_rows:
            k = key(r)
            if k is not None and pool[k] > 0:
                pool[k] -= 1
            else:
                unmatched.append(r)
        n = len(en_rows)
        share = (n - len(unmatched)) / n if n else 0.0
        print(f"{os.path.basename(en)} -> {os.path.basename(zh)}: "
              f"{n - len(unmatched)}/{n} English claims matched ({share:.1%})")
        for r in unmatched:
            print(f"  UNMATCHED {r['text']!r} {r['kind']} {r['norm_value']} | {r['sentence'][:140]}")


if __name__ == "__main__":
    main(sys.argv[1:])
