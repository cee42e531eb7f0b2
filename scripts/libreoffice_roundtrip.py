#!/usr/bin/env python3
"""Opens claimscan ledgers in LibreOffice (headless) and checks what
arrives: every claim id as text, every number as the same number, and
Chinese and other non-ASCII text intact. Not part of `cargo test` (CI has
no LibreOffice); run it by hand:

    cargo build --release
    python3 scripts/libreoffice_roundtrip.py [--claimscan PATH] [--keep DIR]

It writes a sample report (English and Chinese sentences, thousands of
claims so that some ids' hashes look like numbers), extracts it to
ledger.csv and ledger.xlsx, has LibreOffice import each (the CSV with
Calc's default type detection, as a user opening it gets) and save it as
CSV the way it shows the cells, and compares cell by cell with claimscan's
CSV. A control ledger with the old, unprefixed ids shows what the prefix
prevents. Exit 0 when both ledgers arrive intact, 1 when not, 2 on errors.
"""
import argparse
import csv
import os
import shutil
import subprocess
import sys
import tempfile

NUMERIC = {"line", "sentence_index", "start", "end", "value", "value_max", "norm_value"}
GUARDED = {"file", "text", "subject", "sentence"}


def claimscan_binary(given):
    for candidate in [given, "target/release/claimscan", "target/debug/claimscan"]:
        if candidate and os.path.exists(candidate):
            return os.path.abspath(candidate)
    found = shutil.which("claimscan")
    if found:
        return found
    sys.exit("claimscan: libreoffice: no claimscan binary (cargo build --release)")


def sample_report():
    lines = [
        "Beijing's GDP grew 5.2% to 4.38 trillion yuan, and 2.39 billion yuan was saved.",
        "北京市 forest coverage reached 44.9%, with 1,065 parks and 58,000 mu of cropland.",
        "The deficit fell by -1.2% to $3.5 billion, about €40m less than planned.",
        "",
    ]
    # Many claims at many offsets: about 0.1% of bare hashes look like numbers.
    for i in range(1, 2501):
        lines.append(f"District {i} reported {i * 7 % 1000 + 1} new homes and {i % 90 + 0.5}% growth.")
    return "\n".join(lines) + "\n"


def soffice_to_csv(soffice, source, outdir, profile):
    """LibreOffice opens `source` and saves it as UTF-8 CSV, cells as shown."""
    command = [
        soffice,
        f"-env:UserInstallation=file://{profile}",
        "--headless",
        "--convert-to",
        # , separator, " quote, UTF-8 (76), from line 1, ..., save as shown.
        "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true",
        "--outdir",
        outdir,
    ]
    if source.endswith(".csv"):
        # Import as UTF-8 with Calc's defaults for everything else.
        command += ["--infilter=CSV:44,34,76,1", source]
    else:
        command.append(source)
    done = subprocess.run(command, capture_output=True, text=True, timeout=300)
    stem = os.path.splitext(os.path.basename(source))[0]
    converted = os.path.join(outdir, stem + ".csv")
    if done.returncode != 0 or not os.path.exists(converted):
        sys.exit(f"claimscan: libreoffice: cannot convert {source}: {done.stderr.strip()}")
    return converted


def read_csv(path):
    with open(path, newline="", encoding="utf-8-sig") as f:
        return list(csv.reader(f))


def same_number(a, b):
    if a == "" or b == "":
        return a == b
    try:
        return float(a) == float(b)
    except ValueError:
        return False


def compare(original, converted, strip_guard):
    """Mismatches per column between claimscan's CSV and LibreOffice's."""
    header = original[0]
    problems = {}
    if converted[0] != header:
        problems["header"] = [(converted[0], header)]
    if len(converted) != len(original):
        problems["rows"] = [(len(converted) - 1, len(original) - 1)]
    for want, got in zip(original[1:], converted[1:]):
        for column, w, g in zip(header, want, got):
            if strip_guard and column in GUARDED and w.startswith("'"):
                w = w[1:]
            ok = same_number(w, g) if column in NUMERIC else w == g
            if not ok:
                problems.setdefault(column, []).append((g, w))
    return problems


def describe(name, original, problems, expected=()):
    """Prints what differs; `expected` columns are reported, not failed."""
    rows = len(original) - 1
    failed = False
    for column, cases in problems.items():
        examples = ", ".join(f"{got!r} for {want!r}" for got, want in cases[:3])
        note = " (expected: Calc types a CSV's text cells)" if column in expected else ""
        print(f"{name}: column {column}: {len(cases)} cells differ{note}, e.g. {examples}")
        failed |= column not in expected
    if not failed:
        others = " except the columns above" if problems else ""
        print(f"{name}: {rows} rows; ids, numbers and text arrive intact{others}")
    return not failed


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--claimscan", help="the claimscan binary")
    parser.add_argument("--keep", help="write the files here and keep them")
    args = parser.parse_args()
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        sys.exit("claimscan: libreoffice: soffice not found (apt-get install libreoffice-calc)")
    binary = claimscan_binary(args.claimscan)
    work = args.keep or tempfile.mkdtemp(prefix="claimscan-lo-")
    os.makedirs(os.path.join(work, "reports"), exist_ok=True)
    profile = os.path.join(work, "lo-profile")
    with open(os.path.join(work, "reports", "report.txt"), "w", encoding="utf-8") as f:
        f.write(sample_report())
    for ledger in ["ledger.csv", "ledger.xlsx"]:
        subprocess.run(
            [binary, "extract", "-q", "reports", "-o", ledger], cwd=work, check=True
        )
    csv_path = os.path.join(work, "ledger.csv")
    original = read_csv(csv_path)
    ids = [row[0] for row in original[1:]]
    print(f"claimscan: {len(ids)} claims; {sum(i.startswith('c') for i in ids)} ids start with 'c'")

    # The control: the same ledger with the ids of before (no prefix).
    control_path = os.path.join(work, "control.csv")
    with open(control_path, "w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f, lineterminator="\n")
        writer.writerow(original[0])
        for row in original[1:]:
            writer.writerow([row[0][1:]] + row[1:])

    ok = True
    outdirs = {}
    for source in [csv_path, os.path.join(work, "ledger.xlsx"), control_path]:
        outdir = os.path.join(work, "converted-" + os.path.basename(source).replace(".", "-"))
        os.makedirs(outdir, exist_ok=True)
        outdirs[source] = soffice_to_csv(soffice, source, outdir, profile)
    csv_problems = compare(original, read_csv(outdirs[csv_path]), strip_guard=False)
    # Calc reads `5.2%` or `1,065` in the CSV's `text` column as numbers and
    # shows them its own way (5.20%, 1065): the span as written is kept
    # only by the xlsx, where it is a text cell.
    ok &= describe("ledger.csv in LibreOffice", original, csv_problems, expected={"text"})
    xlsx_problems = compare(original, read_csv(outdirs[os.path.join(work, "ledger.xlsx")]), strip_guard=True)
    ok &= describe("ledger.xlsx in LibreOffice", original, xlsx_problems)

    control = read_csv(control_path)
    converted = read_csv(outdirs[control_path])
    mangled = [(c[0], w[0]) for w, c in zip(control[1:], converted[1:]) if c[0] != w[0]]
    print(
        f"control (ids without the prefix): {len(mangled)} of {len(control) - 1} ids "
        f"turned into numbers, e.g. {mangled[:3]}"
    )
    chinese = [row for row in read_csv(outdirs[os.path.join(work, "ledger.xlsx")]) if "北京市" in row[-1]]
    print(f"Chinese text: {len(chinese)} rows whose sentence starts '{chinese[0][-1][:12]}…'" if chinese else "Chinese text: missing")
    ok &= bool(chinese)
    if not args.keep:
        shutil.rmtree(work, ignore_errors=True)
    print("intact" if ok else "DIFFERENT")
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
