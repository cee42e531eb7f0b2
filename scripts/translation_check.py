#!/usr/bin/env python3
"""Translation check: the share of an English report's claims whose
(kind, normalized value) appears among the claims of its Chinese original.

usage: translation_check.py CLAIMSCAN_BIN EN.txt ZH.txt [EN.txt ZH.txt ...]

Runs claimscan on each file, then for every English claim looks for a
Chinese claim of the same kind and norm_value (rounded to 6 significant
digits; a range matches on its low end). Each Chinese claim matches at
most once per value, with one exception: an English claim that repeats,
in the same paragraph, a value an earlier English claim of that paragraph
matched is the same figure restated (`set at over 6 percent … A target of
over 6 percent will …` for one `6%以上`), and matches as a restatement.

Unmatched English claims are listed with their sentence. A count whose
value the original writes only inside a quoted name (`“六稳”`, the
translation's `six key fronts`) is marked: both packs read a set phrase
marked as a name (quoted in Chinese, capitalized in English) as no
claim, and one left unmarked as the count it states, so such a pair is
the translator dropping the marks; CLAIMS.md makes set phrases optional.
The share is printed over all English claims and over those that are not
such set phrases.
"""
import collections, csv, os, re, subprocess, sys, tempfile

DIGITS = {c: i for i, c in enumerate("零一二三四五六七八九")}
DIGITS["两"] = 2


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


def paragraph_of(text):
    """Byte offset -> paragraph index (paragraphs end at blank lines)."""
    data = text.encode("utf-8")
    breaks = [m.end() for m in re.finditer(rb"\n[ \t]*\n", data)]
    import bisect
    return lambda offset: bisect.bisect_right(breaks, offset)


def quoted_numbers(text):
    """Values of the Chinese digits that open a short quoted name (`“六稳”`)."""
    values = set()
    for m in re.finditer(r"“([^”]{1,8})”", text):
        first = m.group(1)[0]
        if first in DIGITS:
            values.add(float(DIGITS[first]))
    return values


def main(argv):
    if len(argv) < 3 or len(argv) % 2 == 0:
        sys.exit(__doc__)
    binary, pairs = argv[0], list(zip(argv[1::2], argv[2::2]))
    for en, zh in pairs:
        en_rows, zh_rows = ledger(binary, en), ledger(binary, zh)
        paragraph = paragraph_of(open(en, encoding="utf-8").read())
        slogans = quoted_numbers(open(zh, encoding="utf-8").read())
        pool = collections.Counter(key(r) for r in zh_rows)
        matched_in = collections.defaultdict(set)  # paragraph -> keys matched there
        unmatched, restated, set_phrases = [], [], []
        for r in en_rows:
            k, par = key(r), paragraph(int(r["start"]))
            if k is not None and pool[k] > 0:
                pool[k] -= 1
                matched_in[par].add(k)
            elif k is not None and k in matched_in[par]:
                restated.append(r)
            elif k is not None and k[0] == "count" and k[1] in slogans:
                set_phrases.append(r)
            else:
                unmatched.append(r)
        n = len(en_rows)
        hit = n - len(unmatched) - len(set_phrases)
        rest = n - len(set_phrases)
        print(f"{os.path.basename(en)} -> {os.path.basename(zh)}: "
              f"{hit}/{n} English claims matched ({hit / n if n else 0:.1%}), "
              f"{len(restated)} of them restated in their paragraph; "
              f"{len(set_phrases)} set phrases quoted in the original only; "
              f"without them {hit}/{rest} ({hit / rest if rest else 0:.1%})")
        for label, rows in (("RESTATED", restated), ("SET PHRASE", set_phrases),
                            ("UNMATCHED", unmatched)):
            for r in rows:
                print(f"  {label} {r['text']!r} {r['kind']} {r['norm_value']} | {r['sentence'][:140]}")


if __name__ == "__main__":
    main(sys.argv[1:])
