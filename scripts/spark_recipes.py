#!/usr/bin/env python3
"""claimscan under Apache Spark: four recipes, each writing Parquet and
checked against a single-machine run.

Recipes (--recipe, default all):

- arrow:  DataFrame.mapInArrow with the Python package (`pip install
          ./python`): each task extracts its batch of files with
          `claimscan.extract_files` and yields `claimscan.to_arrow` batches.
- pandas: DataFrame.mapInPandas, the same with `claimscan.to_pandas(rows,
          decimals="decimal")`.
- pipe:   RDD.pipe with the JSONL stream: each partition of documents goes
          through ONE `claimscan extract --input-format jsonl --format jsonl
          -j 1 -o - -` process; its JSON Lines are parsed by Spark with the
          ledger's DDL (exact DECIMAL(38,6)); a bad record is an error row.
- shards: RDD.pipe of shard numbers into `claimscan extract --shard K/N
          --format jsonl FOLDER` (each task reads its files itself).

Each recipe writes OUT/RECIPE.parquet and compares it with the ledger of a
plain `claimscan extract --format jsonl FOLDER`: both read with the DDL,
the Spark rows sorted by (file, start) against the plain ledger in its own
order. It prints equal or DIFFERENT, the row counts, and the recipe's time
(listing, extraction and the Parquet write; the JVM start excluded; the
best of --repeat runs) with documents and MB per second.

The traps every recipe handles:

- RDD.pipe runs its command without a shell and with only the `env` given
  (no PATH): the binary is named by absolute path and no shell syntax is
  used.
- Spark's text reader re-decodes (UTF-16 becomes mojibake, invalid UTF-8
  becomes U+FFFD): documents are read as bytes, by claimscan itself
  (arrow, pandas, shards) or by the task (pipe: strict UTF-8 as is,
  anything else through `claimscan text --raw`, which decodes as extract
  does).
- Spark's file sources skip `_*` and `.*` files and do not recurse by
  default: the driver lists the files itself, as claimscan walks them
  (hidden files skipped, `_draft.txt` kept, sub-folders walked).
- `file` is hashed into `claim_id`: tasks name each document by the
  relative path a single-machine run writes (FOLDER/sub/name.txt), from
  the same working directory.
- `-j 1` (`threads=1`) inside a task: Spark already runs a task per core.
- The Python workers start `python3` from PATH unless told otherwise, and
  may import another claimscan build than the driver's: PYSPARK_PYTHON is
  set to this interpreter (on a cluster, ship the same wheel to every
  node; the arrow and pandas recipes check the version in each task).

    pip install pyspark pandas pyarrow ./python   # Java 17+
    cargo build --release
    python3 scripts/spark_recipes.py --sample 2000
    python3 scripts/spark_recipes.py reports/ --recipe pipe --partitions 8

Exit 0 when every recipe's ledger equals the plain one, 1 when one does
not, 2 on errors.
"""

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time

EXTENSIONS = (".txt", ".md")


def write_sample(folder, count):
    """`count` small reports in nested folders, plus the files that trip a
    naive Spark job: a `_draft.txt` (Spark skips it), a UTF-16 report and
    a Latin-1 one (Spark's text reader mangles them), `x/a.txt` beside
    `x-1.txt` (walk order differs from the order of the `file` string),
    a hidden file (claimscan skips it too)."""
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
                "billion yuan.\n"
                f"全市地区生产总值增长{i % 9 + 1}.2%，新建学校{i % 30 + 2}所。\n"
            )
    os.makedirs(os.path.join(folder, "x"), exist_ok=True)
    extra = {
        "x/a.txt": ("Output rose 5.2% to 3 billion yuan.\n", "utf-8"),
        "x-1.txt": ("Exports fell 4.1 percent.\n", "utf-8"),
        "_draft.txt": ("The draft counts 12 parks.\n", "utf-8"),
        "utf16.txt": ("Coverage reached 44.9% and 1,065 parks opened.\n", "utf-16"),
        "latin1.txt": ("Café revenue rose 7.5% to £3 million.\n", "latin-1"),
        ".hidden.txt": ("Hidden 99%.\n", "utf-8"),
    }
    for name, (text, encoding) in extra.items():
        with open(os.path.join(folder, name), "wb") as f:
            f.write(text.encode(encoding))


def list_documents(folder):
    """The files `claimscan extract FOLDER` reads, named as it names them
    (FOLDER/relative/path), sorted by that name: hidden files and folders
    skipped, everything else walked (this sketch reads no .gitignore)."""
    found = []
    for root, dirs, files in os.walk(folder):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        for name in files:
            if name.startswith(".") or not name.lower().endswith(EXTENSIONS):
                continue
            path = os.path.join(root, name)
            found.append(os.path.join(folder, os.path.relpath(path, folder)))
    return sorted(found, key=lambda n: n.encode("utf-8", "surrogateescape"))


def ledger_ddl():
    """The ledger's Spark DDL from the package's schema (as `ledger::spark_ddl`
    writes it in the README), without `page`."""
    import claimscan

    spark_type = {"text": "STRING", "integer": "BIGINT", "integer?": "BIGINT",
                  "decimal": "DECIMAL(38,6)", "decimal?": "DECIMAL(38,6)"}
    return ", ".join(f"`{name}` {spark_type[ty]}" for name, ty in claimscan.SCHEMA
                     if name != "page")


def columns():
    import claimscan

    return [name for name, _ in claimscan.SCHEMA if name != "page"]


def package_version():
    """The driver's claimscan build: its version and the file it loads."""
    import claimscan

    return claimscan.__version__, claimscan._claimscan.__file__


def same_build(claimscan, version):
    """Fails the task when its worker imports another claimscan build."""
    here = (claimscan.__version__, claimscan._claimscan.__file__)
    if here != version:
        raise RuntimeError(f"the worker imports claimscan {here}, the driver {version}; "
                           "set PYSPARK_PYTHON to the driver's interpreter")


# --- the recipes: each returns a DataFrame of the ledger's columns ---------


def recipe_arrow(spark, names, workdir, partitions):
    ddl = ledger_ddl()

    version = package_version()

    def extract(batches):
        import claimscan

        same_build(claimscan, version)
        os.chdir(workdir)  # names are relative, as a single-machine run writes them
        for batch in batches:
            paths = batch.column("file").to_pylist()
            try:
                rows = claimscan.extract_files(paths, threads=1)
            except claimscan.ReadError:
                rows = []
                for path in paths:  # one bad file must not cost its batch
                    try:
                        rows.extend(claimscan.extract_files([path], threads=1))
                    except claimscan.ReadError as e:
                        print(f"claimscan: {e}", file=sys.stderr)
            for b in claimscan.to_arrow(rows).to_batches():
                yield b

    files = spark.createDataFrame([(n,) for n in names], "file STRING").repartition(partitions)
    return files.mapInArrow(extract, ddl)


def recipe_pandas(spark, names, workdir, partitions):
    ddl = ledger_ddl()

    version = package_version()

    def extract(frames):
        import claimscan

        same_build(claimscan, version)
        os.chdir(workdir)
        for frame in frames:
            rows = []
            for path in frame["file"]:
                try:
                    rows.extend(claimscan.extract_files([path], threads=1))
                except claimscan.ReadError as e:
                    print(f"claimscan: {e}", file=sys.stderr)
            yield claimscan.to_pandas(rows, decimals="decimal")

    files = spark.createDataFrame([(n,) for n in names], "file STRING").repartition(partitions)
    return files.mapInPandas(extract, ddl)


def jsonl_frame(spark, lines):
    """A DataFrame of the ledger's columns from an RDD of JSONL lines, parsed
    by Spark with the DDL (exact decimals); error rows are reported and
    left out."""
    from pyspark.sql import functions as F

    ddl = ledger_ddl() + ", `error` STRING, `record` BIGINT"
    parsed = (spark.createDataFrame(lines.map(lambda line: (line,)), "line STRING")
              .select(F.from_json("line", ddl).alias("r")).select("r.*"))
    errors = parsed.where(F.col("error").isNotNull())
    for e in errors.select("file", "error", "record").limit(20).collect():
        print(f"claimscan: error row: {e['file']}: {e['error']} (record {e['record']})",
              file=sys.stderr)
    return parsed.where(F.col("error").isNull()).select(*columns())


def recipe_pipe(spark, names, workdir, claimscan_bin, partitions):
    def record(name):
        # Bytes, decoded here: strict UTF-8 as it is, anything else (UTF-16,
        # a legacy encoding, a BOM) by claimscan itself, never by Spark.
        path = os.path.join(workdir, name)
        with open(path, "rb") as f:
            data = f.read()
        try:
            if data.startswith(b"\xef\xbb\xbf"):
                raise UnicodeDecodeError("utf-8", data, 0, 3, "BOM")
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            text = subprocess.run([claimscan_bin, "text", "--raw", path], check=True,
                                  capture_output=True).stdout.decode("utf-8")
        return json.dumps({"file": name, "text": text}, ensure_ascii=False)

    # No shell, no PATH: the binary by absolute path, plain arguments. A bad
    # record is an error row and the exit code stays 0, so checkCode=True
    # fails the task only on a real failure (exit 2).
    command = f"{claimscan_bin} extract -q --input-format jsonl --format jsonl -j 1 -o - -"
    lines = (spark.sparkContext.parallelize(names, partitions).map(record)
             .pipe(command, checkCode=True))
    return jsonl_frame(spark, lines)


def recipe_shards(spark, folder, workdir, claimscan_bin, partitions):
    # The shell is spelled out (no PATH, no shell under pipe); each task
    # reads its shard's files itself, from the same working directory.
    script = ('cd "$WORKDIR" && while IFS= read -r k; do "$CLAIMSCAN" extract -q -j 1 '
              '--format jsonl -o - --shard "$k/$SHARDS" "$FOLDER" || exit $?; done')
    env = {"WORKDIR": workdir, "CLAIMSCAN": claimscan_bin, "FOLDER": folder,
           "SHARDS": str(partitions)}
    numbers = spark.sparkContext.parallelize([str(k) for k in range(1, partitions + 1)],
                                             partitions)
    lines = numbers.pipe(f"/bin/sh -c '{script}'", env=env, checkCode=True)
    return jsonl_frame(spark, lines)


# --- checking ---------------------------------------------------------------


def plain_rows(spark, claimscan_bin, folder, tmp):
    """The single-machine ledger, in its own order, read with the DDL."""
    path = os.path.join(tmp, "plain.jsonl")
    subprocess.run([claimscan_bin, "extract", "-q", "--format", "jsonl", "-o", path, folder],
                   check=True)
    frame = spark.read.schema(ledger_ddl()).json(path)
    return [tuple(r) for r in frame.collect()]


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", nargs="?", help="folder of .txt/.md reports")
    parser.add_argument("--sample", type=int, metavar="N",
                        help="make N synthetic reports (and the trap files) in a temp folder")
    parser.add_argument("--recipe", choices=["arrow", "pandas", "pipe", "shards", "all"],
                        default="all")
    parser.add_argument("--partitions", type=int, default=4)
    parser.add_argument("--repeat", type=int, default=2,
                        help="runs of each recipe; the fastest is reported (the first "
                             "pays for the JVM's warm-up)")
    parser.add_argument("--master", default="local[2]")
    parser.add_argument("--out", help="folder for the Parquet ledgers (default: a temp folder)")
    parser.add_argument("--claimscan", default=None,
                        help="the binary (default target/release/claimscan, else on PATH)")
    args = parser.parse_args()

    claimscan_bin = args.claimscan or (
        "target/release/claimscan" if os.path.exists("target/release/claimscan")
        else shutil.which("claimscan"))
    if not claimscan_bin or not os.path.exists(claimscan_bin):
        print("claimscan: spark: no claimscan binary; hint: cargo build --release",
              file=sys.stderr)
        return 2
    claimscan_bin = os.path.abspath(claimscan_bin)
    recipes = ["arrow", "pandas", "pipe", "shards"] if args.recipe == "all" else [args.recipe]

    # The Python workers must run this interpreter, the one with this
    # claimscan package: by default they start `python3` from PATH, which
    # may import another claimscan build (its rows then differ).
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    from pyspark.sql import SparkSession

    with tempfile.TemporaryDirectory(prefix="claimscan-spark-") as tmp:
        workdir = os.getcwd()
        folder = args.folder
        if args.sample:
            # Relative to the working directory, as a user would name it.
            folder = os.path.relpath(os.path.join(tmp, "reports"), workdir)
            write_sample(folder, args.sample)
        if not folder:
            parser.error("give a folder or --sample N")
        out = args.out or os.path.join(tmp, "parquet")
        spark = (SparkSession.builder.master(args.master).appName("claimscan")
                 .config("spark.ui.enabled", "false")
                 .config("spark.ui.showConsoleProgress", "false")
                 .config("spark.sql.execution.arrow.pyspark.enabled", "true")
                 .getOrCreate())
        spark.sparkContext.setLogLevel("ERROR")
        all_equal = True
        try:
            # Start the Python workers before timing (they are reused), so
            # the first recipe does not pay for it.
            spark.sparkContext.parallelize(range(args.partitions), args.partitions) \
                .map(lambda x: x).count()
            expected = plain_rows(spark, claimscan_bin, folder, tmp)
            files = len({r[1] for r in expected})
            for recipe in recipes:
                times = []
                for _ in range(args.repeat):
                    started = time.perf_counter()
                    names = list_documents(folder)
                    size = sum(os.path.getsize(n) for n in names)
                    if recipe == "arrow":
                        frame = recipe_arrow(spark, names, workdir, args.partitions)
                    elif recipe == "pandas":
                        frame = recipe_pandas(spark, names, workdir, args.partitions)
                    elif recipe == "pipe":
                        frame = recipe_pipe(spark, names, workdir, claimscan_bin,
                                            args.partitions)
                    else:
                        frame = recipe_shards(spark, folder, workdir, claimscan_bin,
                                              args.partitions)
                    target = os.path.join(out, f"{recipe}.parquet")
                    frame.write.mode("overwrite").parquet(target)
                    times.append(time.perf_counter() - started)
                elapsed = min(times)
                got = [tuple(r) for r in
                       spark.read.parquet(target).orderBy("file", "start", "end").collect()]
                same = got == expected
                all_equal &= same
                print(f"{recipe}: {len(got)} rows in Parquet, plain extract {len(expected)} "
                      f"rows in {files} files; {'equal' if same else 'DIFFERENT'}; "
                      f"{elapsed:.2f}s for {len(names)} documents "
                      f"({len(names) / elapsed:.0f} docs/s, {size / elapsed / 1e6:.2f} MB/s) "
                      f"on {args.master}, {args.partitions} partitions", flush=True)
                if not same:
                    extra = set(got) - set(expected)
                    missing = set(expected) - set(got)
                    print(f"  {len(extra)} rows only in Spark's, {len(missing)} only in the "
                          f"plain ledger; e.g. {sorted(extra or missing)[:2]}", flush=True)
        except Exception as e:  # a Py4J or pipe error: say what, not a trace
            first = str(e).strip().splitlines()[0] if str(e).strip() else type(e).__name__
            print(f"claimscan: spark: the job failed: {first}", file=sys.stderr)
            return 2
        finally:
            spark.stop()
    return 0 if all_equal else 1


if __name__ == "__main__":
    sys.exit(main())
