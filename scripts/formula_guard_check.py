#!/usr/bin/env python3
"""Opens crafted claimscan ledgers in LibreOffice (headless, CSV import with
"Evaluate formulas" on) split at each separator a spreadsheet may use, and
counts the cells that became live formulas. Not part of `cargo test` (CI
has no LibreOffice); run by hand:

    apt-get install libreoffice-calc-nogui      # Debian
    cargo build --release
    python3 scripts/formula_guard_check.py [--claimscan PATH] [--baseline PATH]

--baseline runs an older claimscan binary on the same reports for a
before/after table. Exit 0 when the claimscan under test gives no live
formula under any separator, 1 otherwise, 2 on errors.
"""

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile

# Reports whose text carries a formula past the old guard (issue 19).
REPORTS = {
    "leading.txt": '=HYPERLINK("http://example.invalid/a","a") says exports rose 5%.\n',
    "semicolon.txt": 'Exports rose 5%;=HYPERLINK("http://example.invalid/b") in the year.\n',
    "fullwidth.txt": "\uff1dHYPERLINK(\"http://example.invalid/c\") and exports rose 5%.\n",
    "control.txt": '\x01=HYPERLINK("http://example.invalid/d") as exports rose 5%.\n',
    "pipe.txt": "Bank Rate rose 5% |-2+3 and |@SUM(1+1) since then.\n",
    "space.txt": "Imports fell 3% =1+1 and exports rose +2*3 in the year.\n",
    "negative.txt": "GDP fell -1.2% this year, down from +0.4%.\n",
}
UTF16_NUL = '\x00=HYPERLINK("http://example.invalid/e") as exports rose 5%.\n'
SEPARATORS = {",": 44, ";": 59, "tab": 9, "|": 124, "space": 32}


def ledger(binary, folder):
    out = os.path.join(folder, "ledger.csv")
    names = sorted(REPORTS) + ["utf16.txt"]
    subprocess.run(
        [binary, "extract", "-q", *names, "-o", out],
        cwd=folder,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        check=False,
    )
    return out


def live_formulas(csv_path, separator, workdir):
    """Cells with a formula after importing `csv_path` split at `separator`."""
    # Tokens: separator, text delimiter ("), UTF-8, first line, column
    # formats, language, quoted as text, detect special numbers, as shown,
    # formulas, remove spaces, sheet, evaluate formulas.
    options = f"CSV:{separator},34,76,1,,0,false,true,false,false,false,-1,true"
    profile = "file://" + os.path.join(workdir, "lo-profile")
    subprocess.run(
        [
            "soffice", f"-env:UserInstallation={profile}", "--headless",
            f"--infilter={options}", "--convert-to", "fods",
            "--outdir", workdir, csv_path,
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        check=True,
        timeout=180,
    )
    fods = os.path.join(workdir, os.path.basename(csv_path)[:-4] + ".fods")
    with open(fods, encoding="utf-8") as f:
        xml = f.read()
    os.remove(fods)
    formulas = re.findall(r'table:formula="([^"]*)"', xml)
    apostrophes = len(re.findall(r"<text:p>(?:'|&apos;)", xml))
    return formulas, apostrophes


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--claimscan", default="target/release/claimscan")
    parser.add_argument("--baseline")
    args = parser.parse_args()
    if not shutil.which("soffice"):
        print("claimscan: formula check: soffice is not installed", file=sys.stderr)
        return 2
    binaries = [("claimscan", os.path.abspath(args.claimscan))]
    if args.baseline:
        binaries.insert(0, ("baseline", os.path.abspath(args.baseline)))
    failed = False
    with tempfile.TemporaryDirectory() as work:
        for name, text in REPORTS.items():
            with open(os.path.join(work, name), "w", encoding="utf-8") as f:
                f.write(text)
        with open(os.path.join(work, "utf16.txt"), "wb") as f:
            f.write(b"\xff\xfe" + UTF16_NUL.encode("utf-16-le"))
        for label, binary in binaries:
            folder = os.path.join(work, label)
            os.mkdir(folder)
            for name in list(REPORTS) + ["utf16.txt"]:
                shutil.copy(os.path.join(work, name), folder)
            csv_path = ledger(binary, folder)
            with open(csv_path, encoding="utf-8") as f:
                rows = sum(1 for _ in f) - 1
            for sep_name, code in SEPARATORS.items():
                formulas, apostrophes = live_formulas(csv_path, code, work)
                shown = "; ".join(sorted(set(formulas)))[:160]
                print(
                    f"{label:9} split at {sep_name:5}: {rows:2} rows, "
                    f"{len(formulas):2} live formulas, {apostrophes:2} cells shown with a leading '"
                    + (f"  [{shown}]" if formulas else "")
                )
                if label == "claimscan" and formulas:
                    failed = True
    print("DIFFERENT: live formulas" if failed else "no live formula in any import")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
