#!/usr/bin/env python3
"""Run claimscan under Apache Spark (RDD.pipe) and check the result.

Two recipes (--mode):

- shards (default): each Spark task gets one shard number K and pipes it
  into `claimscan extract --shard K/N -o - FOLDER`; the task's output
  lines are its shard's ledger.
- stream: the documents themselves are the RDD, one record per document
  (`{"file": ..., "text": ...}`, read from bytes, named as the
  single-machine run names them: FOLDER/relative/path); each partition is
  piped through ONE `claimscan extract --input-format jsonl -` process,
  which writes the partition's rows as JSON Lines in record order. A bad
  record is an error row in the output (and a line on the task's stderr),
  the exit code stays 0; the command fails the task only on 2.
  (scripts/spark_recipes.py has this recipe and three more, each writing
  Parquet.)
 The driver joins the shard ledgers (one header),
sorts the rows by file and start, and checks that they equal the ledger of
a plain `claimscan extract FOLDER` run. With --out it also writes the
joined ledger and checks it once more with `claimscan diff`.

Needs pyspark (pip install pyspark) and Java 17+. Local mode by default;
on a cluster every executor must see FOLDER at the same path (a shared
file system) and have the claimscan binary (e.g. spark-submit --files).

    cargo build --release
    python3 scripts/spark_extract.py input/ --shards 4
    python3 scripts/spark_extract.py --sample 200 --shards 8 --out /tmp/spark.csv
    python3 scripts/spark_extract.py --sample 1000 --mode stream --shards 4

Exit 0 when the Spark ledger equals the plain one, 1 when it does not,
2 on errors.
"""

import argparse
import csv
import io
import json
import os
import time
import shutil
import subprocess
import sys
import tempfile


def parse_ledger(text):
    """(header, rows) of a CSV ledger."""
    reader = csv.reader(io.StringIO(text, newline=""))
    header = next(reader, None)
    return header, list(reader)


def by_file_and_start(row):
    return (row[1], int(row[4]), int(row[5]))


def write_sample(folder, count):
    """`count` small synthetic reports in nested folders."""
    for i in range(count):
        sub = os.path.join(folder, f"y{2020 + i % 5}")
        os.makedirs(sub, exist_ok=True)
        with open(os.path.join(sub, f"city-{i:04}.txt"), "w", encoding="utf-8") as f:
            f.write(
                f"City {i} annual report.\n\n"
                f"Industrial output rose {i % 9 + 1}.5% in the year, and the city "
                f"built {i % 40 + 10} new schools.\n\n"
                f"Forest coverage reached {30 + i % 20}.2%, and farmers restored "
                f"{(i + 1) * 1000:,} mu of wetland at a cost of {i % 7 + 1}.39\n"
                # A claim across a line break: a CSV cell holding a newline.
                "billion yuan.\n"
            )


def spark_ledger(claimscan, folder, shards, master, threads):
    """Header and rows of the ledger built by Spark tasks, shard by shard."""
    from pyspark import SparkConf, SparkContext

    conf = SparkConf().setMaster(master).setAppName("claimscan")
    conf.set("spark.ui.enabled", "false")
    conf.set("spark.ui.showConsoleProgress", "false")
    sc = SparkContext(conf=conf)
    sc.setLogLevel("ERROR")
    try:
        # RDD.pipe runs the command without a shell and with exactly `env`
        # as its environment, so the shell and every path are spelled out.
        script = (
            'cd "$WORKDIR" && while IFS= read -r k; do '
            '"$CLAIMSCAN" extract -q --threads "$THREADS" -o - '
            '--shard "$k/$SHARDS" "$FOLDER" || exit $?; done'
        )
        env = {
            "WORKDIR": os.getcwd(),
            "CLAIMSCAN": claimscan,
            "FOLDER": folder,
            "SHARDS": str(shards),
            "THREADS": str(threads),
        }
        numbers = sc.parallelize([str(k) for k in range(1, shards + 1)], shards)
        parts = (
            numbers.pipe(f"/bin/sh -c '{script}'", env=env, checkCode=True)
            .glom()
            .collect()
        )
    finally:
        sc.stop()
    header, rows = None, []
    for lines in parts:
        # A shard's output is a ledger of its own: header first. Its lines
        # are joined back because a quoted cell may hold a line break.
        part_header, part_rows = parse_ledger("\n".join(lines) + "\n")
        if part_header is None:
            continue
        if header is not None and part_header != header:
            raise SystemExit("claimscan: spark: shards disagree on the header")
        header = part_header
        rows.extend(part_rows)
    return header, rows, len(parts)


def stream_documents(folder):
    """The (file, path) of every .txt/.md report under `folder`, named as
    `claimscan extract FOLDER` names them, in sorted order. Hidden files
    and folders are skipped as claimscan skips them (this sketch does not
    read .gitignore files)."""
    found = []
    for root, dirs, files in os.walk(folder):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        for name in files:
            if name.startswith(".") or not name.lower().endswith((".txt", ".md")):
                continue
            path = os.path.join(root, name)
            found.append(os.path.join(folder, os.path.relpath(path, folder)))
    return sorted(found)


def to_record(name):
    """One stream record: the file's bytes decoded here, never by Spark's
    text reader (which re-decodes UTF-16 and replaces invalid UTF-8)."""
    with open(name, "rb") as f:
        data = f.read()
    return json.dumps({"file": name, "text": data.decode("utf-8", errors="replace")})


def spark_stream_ledger(claimscan, folder, partitions, master):
    """The JSONL rows built by one claimscan process per partition."""
    from pyspark import SparkConf, SparkContext

    conf = SparkConf().setMaster(master).setAppName("claimscan-stream")
    conf.set("spark.ui.enabled", "false")
    conf.set("spark.ui.showConsoleProgress", "false")
    sc = SparkContext(conf=conf)
    sc.setLogLevel("ERROR")
    try:
        # No shell and no PATH under RDD.pipe: the binary by absolute path,
        # exit code 1 (some records skipped) accepted, 2 fails the task.
        script = (
            '"$CLAIMSCAN" extract -q --input-format jsonl --format jsonl -j 1 -o - -; '
            'rc=$?; [ "$rc" -le 1 ]'
        )
        env = {"CLAIMSCAN": claimscan}
        names = stream_documents(folder)
        started = time.perf_counter()
        lines = (
            sc.parallelize(names, partitions)
            .map(to_record)
            .pipe(f"/bin/sh -c '{script}'", env=env, checkCode=True)
            .collect()
        )
        elapsed = time.perf_counter() - started
    finally:
        sc.stop()
    rows = [json.loads(line, parse_float=str, parse_int=str) for line in lines]
    # A record that could not be used is an error row ({file, error,
    # record}): reported, not a claim.
    for row in rows:
        if "error" in row:
            print(f"claimscan: error row: {row['file']}: {row['error']}", file=sys.stderr)
    return [row for row in rows if "error" not in row], elapsed


def main_stream(args, claimscan, folder):
    plain = subprocess.run(
        [claimscan, "extract", "-q", "--format", "jsonl", "-o", "-", folder],
        capture_output=True, text=True, encoding="utf-8")
    if plain.returncode != 0:
        sys.stderr.write(plain.stderr)
        return 2
    plain_rows = [json.loads(line, parse_float=str, parse_int=str)
                  for line in plain.stdout.splitlines()]
    try:
        rows, elapsed = spark_stream_ledger(claimscan, folder, args.shards, args.master)
    except Exception as e:  # a Py4J or pipe error: say what, not a trace
        first = str(e).strip().splitlines()[0] if str(e).strip() else type(e).__name__
        print(f"claimscan: spark: the job failed: {first}", file=sys.stderr)
        return 2
    key = lambda r: (r["file"], int(r["start"]), int(r["end"]))  # noqa: E731
    rows.sort(key=key)
    plain_rows.sort(key=key)
    same = rows == plain_rows
    files = len({r["file"] for r in plain_rows})
    print(f"spark stream: {args.shards} partitions on {args.master}, {len(rows)} rows "
          f"in {elapsed:.2f}s; plain extract: {len(plain_rows)} rows in {files} files; "
          f"{'equal' if same else 'DIFFERENT'}")
    return 0 if same else 1


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", nargs="?", help="folder of reports")
    parser.add_argument("--sample", type=int, metavar="N",
                        help="make N synthetic reports in a temp folder and use it")
    parser.add_argument("--mode", choices=["shards", "stream"], default="shards",
                        help="shards: one --shard K/N run per task; stream: one "
                             "--input-format jsonl process per partition of documents")
    parser.add_argument("--shards", type=int, default=4,
                        help="Spark tasks, or partitions with --mode stream (default 4)")
    parser.add_argument("--master", default="local[2]", help="Spark master (default local[2])")
    parser.add_argument("--threads", type=int, default=1,
                        help="claimscan threads per task (default 1)")
    parser.add_argument("--claimscan", default=None,
                        help="the binary (default target/release/claimscan, else on PATH)")
    parser.add_argument("--out", help="also write the joined ledger here and diff it")
    args = parser.parse_args()

    claimscan = args.claimscan or (
        "target/release/claimscan" if os.path.exists("target/release/claimscan")
        else shutil.which("claimscan"))
    if not claimscan or not os.path.exists(claimscan):
        print("claimscan: spark: no claimscan binary; hint: cargo build --release",
              file=sys.stderr)
        return 2
    claimscan = os.path.abspath(claimscan)

    with tempfile.TemporaryDirectory(prefix="claimscan-spark-") as tmp:
        folder = args.folder
        if args.sample:
            folder = os.path.join(tmp, "reports")
            write_sample(folder, args.sample)
        if not folder:
            parser.error("give a folder or --sample N")
        if args.mode == "stream":
            return main_stream(args, claimscan, folder)

        plain = subprocess.run([claimscan, "extract", "-q", "-o", "-", folder],
                               capture_output=True, text=True, encoding="utf-8")
        if plain.returncode != 0:
            sys.stderr.write(plain.stderr)
            return 2
        plain_header, plain_rows = parse_ledger(plain.stdout)

        try:
            header, rows, tasks = spark_ledger(claimscan, folder, args.shards, args.master,
                                               args.threads)
        except Exception as e:  # a Py4J or pipe error: say what, not a trace
            first = str(e).strip().splitlines()[0] if str(e).strip() else type(e).__name__
            print(f"claimscan: spark: the job failed: {first}", file=sys.stderr)
            return 2
        rows.sort(key=by_file_and_start)
        plain_rows.sort(key=by_file_and_start)
        files = len({r[1] for r in plain_rows})
        same = header == plain_header and rows == plain_rows
        print(f"spark: {tasks} tasks on {args.master}, {len(rows)} rows; "
              f"plain extract: {len(plain_rows)} rows in {files} files; "
              f"{'equal' if same else 'DIFFERENT'}")

        if args.out:
            with open(args.out, "w", encoding="utf-8", newline="") as f:
                writer = csv.writer(f, lineterminator="\n")
                writer.writerow(header)
                writer.writerows(rows)
            plain_path = os.path.join(tmp, "plain.csv")
            with open(plain_path, "w", encoding="utf-8", newline="") as f:
                f.write(plain.stdout)
            diff = subprocess.run([claimscan, "diff", plain_path, args.out])
            same = same and diff.returncode == 0
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
