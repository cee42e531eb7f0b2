"""The Python package against the command line: the same claims on the
shipped sample, byte for byte in the JSONL form; errors as ReadError naming
the file; the GIL released while extracting; the DataFrame and Arrow
helpers typed by the one schema.

The command line binary is $CLAIMSCAN, else target/release/claimscan or
target/debug/claimscan of the repository (build it with `cargo build
--release`)."""

import os
import subprocess
import threading
import time
from decimal import Decimal
from pathlib import Path

import pytest

import claimscan

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "input" / "beijing-2024-report-excerpt.txt"


def cli():
    for candidate in (
        os.environ.get("CLAIMSCAN"),
        ROOT / "target" / "release" / "claimscan",
        ROOT / "target" / "debug" / "claimscan",
    ):
        if candidate and Path(candidate).exists():
            return str(candidate)
    pytest.fail("no claimscan binary: run `cargo build --release` or set $CLAIMSCAN")


def cli_jsonl(*args, cwd=ROOT):
    out = subprocess.run(
        [cli(), "extract", "-q", "--format", "jsonl", "-o", "-", *args],
        cwd=cwd,
        capture_output=True,
        check=True,
    )
    return out.stdout.decode("utf-8")


def test_extract_files_is_the_cli_ledger_byte_for_byte(monkeypatch):
    monkeypatch.chdir(ROOT)
    rows = claimscan.extract_files(["input"])
    expected = cli_jsonl("input")
    assert len(rows) == expected.count("\n") == 42
    assert claimscan.to_jsonl(rows) == expected


def test_extract_text_is_the_cli_ledger_of_that_file():
    text = SAMPLE.read_text(encoding="utf-8")
    rows = claimscan.extract(text, file="input/beijing-2024-report-excerpt.txt")
    assert claimscan.to_jsonl(rows) == cli_jsonl("input/beijing-2024-report-excerpt.txt")


def test_fields_and_types_follow_the_schema():
    rows = claimscan.extract(
        "Output rose 5.2% to 1,234,567,890,123.456789 yuan, between 2 and 4 tonnes."
    )
    names = [name for name, _ in claimscan.SCHEMA]
    assert names[-1] == "page"
    assert [list(row) for row in rows] == [names[:-1]] * len(rows)
    first = rows[0]
    assert first["file"] == "-"
    assert first["claim_id"].startswith("c") and len(first["claim_id"]) == 17
    assert (first["text"], first["kind"], first["value"]) == ("5.2%", "percent", Decimal("5.2"))
    assert first["value_max"] is None
    assert (first["start"], first["end"], first["line"]) == (12, 16, 1)
    money = [r for r in rows if r["kind"] == "money"][0]
    # Exact: a float would print 1234567890123.4568.
    assert money["value"] == Decimal("1234567890123.456789")
    assert str(money["value"]) == "1234567890123.456789"
    mass = [r for r in rows if r["value_max"] is not None][0]
    assert (mass["value"], mass["value_max"]) == (Decimal(2), Decimal(4))
    types = dict(claimscan.SCHEMA)
    for row in rows:
        for name, value in row.items():
            ty = types[name]
            if ty == "text":
                assert isinstance(value, str), name
            elif ty == "integer":
                assert isinstance(value, int), name
            else:
                assert value is None or isinstance(value, Decimal), name


def test_a_missing_file_raises_read_error_naming_it(tmp_path):
    missing = tmp_path / "nope.txt"
    with pytest.raises(claimscan.ReadError) as error:
        claimscan.extract_files([str(SAMPLE), str(missing)])
    assert error.value.file == str(missing)
    assert str(error.value) == f"{missing}: no such file or directory"


def test_an_unreadable_file_raises_read_error_naming_it(tmp_path):
    bad = tmp_path / "report.pdf"
    bad.write_bytes(b"this is no PDF at all")
    with pytest.raises(claimscan.ReadError) as error:
        claimscan.extract_files([bad])
    assert error.value.file == str(bad)
    assert str(error.value).startswith(f"{bad}: cannot read PDF")
    binary = tmp_path / "b.txt"
    binary.write_bytes(b"abc\0def")
    with pytest.raises(claimscan.ReadError, match=r"b\.txt: looks like a binary file"):
        claimscan.extract_files([binary])


def test_threads_do_not_change_the_result(tmp_path):
    text = SAMPLE.read_text(encoding="utf-8")
    for i in range(12):
        (tmp_path / f"r{i:02}.txt").write_text(text[i * 200 :], encoding="utf-8")
    one = claimscan.extract_files([tmp_path], threads=1)
    many = claimscan.extract_files([tmp_path], threads=3)
    assert one == many
    assert len({r["file"] for r in one}) == 12


def test_the_gil_is_released_while_extracting():
    # A text that takes a while; while another thread extracts it, this
    # thread must keep running. Were the GIL held, the loop below could
    # not run at all until extraction ended.
    text = SAMPLE.read_text(encoding="utf-8") * 150
    started = time.perf_counter()
    claimscan.extract(text)
    alone = time.perf_counter() - started
    assert alone > 0.05, "the text is too short to tell"
    worker = threading.Thread(target=claimscan.extract, args=(text,))
    ticks = 0
    worker.start()
    while worker.is_alive():
        ticks += 1
        time.sleep(0.001)
    worker.join()
    assert ticks >= 10, f"{ticks} ticks in {alone:.2f}s of extraction"


def test_to_arrow_is_typed_and_exact():
    pa = pytest.importorskip("pyarrow")
    rows = claimscan.extract("It cost 1,234,567,890,123.456789 yuan and rose 5%.")
    table = claimscan.to_arrow(rows)
    assert table.schema == claimscan.arrow_schema()
    assert table.schema.field("value").type == pa.decimal128(38, 6)
    assert table.schema.field("start").type == pa.int64()
    assert table.column("value").to_pylist()[0] == Decimal("1234567890123.456789")
    assert table.num_rows == len(rows) == 2


def test_to_pandas_keeps_the_columns_even_without_rows():
    pd = pytest.importorskip("pandas")
    rows = claimscan.extract("Output rose 5.2% to 3 billion yuan.")
    df = claimscan.to_pandas(rows)
    assert list(df.columns) == [name for name, _ in claimscan.SCHEMA][:-1]
    assert str(df["start"].dtype) == "int64"
    assert str(df["value"].dtype) == "float64"
    assert df["value_max"].isna().all()
    assert df["value"].tolist() == [5.2, 3000000000.0]
    exact = claimscan.to_pandas(rows, decimals="decimal")
    assert exact["value"].tolist() == [Decimal("5.2"), Decimal("3000000000")]
    empty = claimscan.to_pandas(claimscan.extract("No numbers."))
    assert len(empty) == 0 and list(empty.columns) == list(df.columns)
    assert isinstance(empty, pd.DataFrame)
