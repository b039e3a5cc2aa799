"""The Spark stage against the single-process tool, row for row.

    python3 scale/spark/test_local.py --bin target/release/police-bulletin [--size 3M] [--keep DIR]

1. Generates a corpus of a few MB (`cargo run --example gen_corpus`) and
   mixes in bad lines: not JSON, a blank line, a JSON array, no text, a text
   that is not a string, a numeric id.
2. Runs `police-bulletin corpus` on it twice: JSONL, and
   `--format parquet --out DIR`.
3. Runs job.py in Spark local[2], with a partition count that splits the bad
   lines across partitions.
4. Checks, for every table: the Spark table equals the single-process table
   row for row (pyarrow, after sorting by key; and DuckDB, EXCEPT ALL both
   ways), the types agree (Spark has no dictionary strings), the row counts
   equal those of the JSONL output, and pyarrow, DuckDB and Spark each read
   every file. The bad lines come out as error rows named `line N`.
5. Does the same for a directory of .txt files with one that is not UTF-8.

Prints `N passed, N failed` and exits non-zero on any failure.
"""

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from decimal import Decimal

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, HERE)

import duckdb  # noqa: E402
import pyarrow as pa  # noqa: E402
import pyarrow.compute as pc  # noqa: E402
import pyarrow.parquet as pq  # noqa: E402

import job  # noqa: E402

KEYS = {"fraud": ["id", "field"], "documents": ["id"]}

BAD_LINES = [
    "this is not json",
    "",
    "[1, 2, 3]",
    '{"id": "no-text"}',
    '{"id": "text-not-string", "text": 42}',
]
GOOD_EXTRA = [
    '{"id": 12345, "text": "Police arrested 7 suspects and seized 2.25 kilograms of heroin."}',
    '{"text": "An id-less bulletin: police froze 1.5 million yuan in telecom fraud cases."}',
]

results = {"passed": 0, "failed": 0}


def check(name, ok, detail=""):
    if ok:
        results["passed"] += 1
        print(f"ok   {name}")
    else:
        results["failed"] += 1
        print(f"FAIL {name} {detail}")


def make_corpus(path, size, gen_bin=None):
    gen_cmd = [gen_bin] if gen_bin else ["cargo", "run", "--quiet", "--example", "gen_corpus", "--"]
    gen = subprocess.run(
        [*gen_cmd, "--seed", "11", "--size", size],
        cwd=REPO,
        check=True,
        stdout=subprocess.PIPE,
    ).stdout.decode("utf-8")
    lines = gen.splitlines()
    # Bad lines at the start, in the middle, near the end.
    spots = [0, len(lines) // 3, len(lines) // 2, 2 * len(lines) // 3, len(lines) - 1]
    for spot, bad in sorted(zip(spots, BAD_LINES), reverse=True):
        lines.insert(spot, bad)
    lines[len(lines) // 4 : len(lines) // 4] = GOOD_EXTRA
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    # The bad lines without an id of their own are named by their line number.
    bad_numbers = [i + 1 for i, line in enumerate(lines) if line in BAD_LINES[:3]]
    return len(lines), bad_numbers


def run_cli(binary, args, stdout=None):
    proc = subprocess.run([binary, "corpus", *args], stdout=stdout or subprocess.PIPE, stderr=subprocess.PIPE)
    if proc.returncode not in (0, 1):
        raise SystemExit(f"{binary} corpus {' '.join(args)} failed: {proc.stderr.decode()}")
    return proc


def normalized(table):
    """Dictionary strings as plain strings, lists as plain lists, nullability off."""
    cols, fields = [], []
    for field, col in zip(table.schema, table.columns):
        ty = field.type
        if pa.types.is_dictionary(ty):
            col, ty = col.cast(ty.value_type), ty.value_type
        if pa.types.is_large_string(ty):
            col, ty = col.cast(pa.string()), pa.string()
        if pa.types.is_list(ty):
            ty = pa.list_(pa.string())
            col = col.cast(ty)
        cols.append(col)
        fields.append(pa.field(field.name, ty, True))
    return pa.Table.from_arrays(cols, schema=pa.schema(fields))


def sort_keys(name, table):
    keys = KEYS.get(name, ["id", "idx"])
    return table.sort_by([(k, "ascending") for k in keys])


def read_single(out, name):
    return pq.read_table(os.path.join(out, f"{name}.parquet"))


def read_spark(out, name):
    return pq.read_table(os.path.join(out, name))


def jsonl_counts(path):
    """Rows each table should have, counted from the JSONL output."""
    counts = dict.fromkeys(job.TABLES, 0)
    errors = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            doc = json.loads(line, parse_float=Decimal)
            counts["documents"] += 1
            if "error" in doc:
                errors[str(doc["id"])] = doc["error"]
                continue
            for layer in ["figures", "tallies", "seizures", "trends", "operations", "agencies", "warnings"]:
                counts[layer] += len(doc[layer])
            counts["fraud"] += sum(1 for v in (doc["fraud"] or {}).values() if v is not None)
    return counts, errors


def compare(label, single_dir, spark_dir, want_counts, spark):
    con = duckdb.connect()
    for name in job.TABLES:
        a = read_single(single_dir, name)
        b = read_spark(spark_dir, name)
        check(f"{label} {name}: rows equal the JSONL output's", a.num_rows == want_counts[name] == b.num_rows,
              f"single {a.num_rows}, spark {b.num_rows}, jsonl {want_counts[name]}")
        check(f"{label} {name}: same columns", a.column_names == b.column_names, f"{a.column_names} vs {b.column_names}")
        na, nb = normalized(a), normalized(b)
        check(f"{label} {name}: same types", na.schema == nb.schema, f"\n{na.schema}\nvs\n{nb.schema}")
        if na.column_names != nb.column_names:
            continue
        sa, sb = sort_keys(name, na), sort_keys(name, nb.cast(na.schema, safe=True))
        same = sa.equals(sb)
        detail = ""
        if not same:
            for col in sa.column_names:
                if not sa[col].equals(sb[col]):
                    diff = pc.not_equal(sa[col], sb[col])
                    at = pc.index(diff, True).as_py()
                    detail = f"first difference in {col} at row {at}: {sa[col][max(at, 0)]} vs {sb[col][max(at, 0)]}"
                    break
        check(f"{label} {name}: pyarrow tables equal row for row", same, detail)
        # DuckDB reads both, and sees no row in one that is not in the other.
        cols = ", ".join(f'"{c}"' for c in a.column_names if c != "aliases") + (
            ", array_to_string(aliases, '\x1f') AS aliases" if "aliases" in a.column_names else ""
        )
        one = f"SELECT {cols} FROM read_parquet('{single_dir}/{name}.parquet')"
        two = f"SELECT {cols} FROM read_parquet('{spark_dir}/{name}/*.parquet')"
        left = con.execute(f"SELECT count(*) FROM ({one} EXCEPT ALL {two})").fetchone()[0]
        right = con.execute(f"SELECT count(*) FROM ({two} EXCEPT ALL {one})").fetchone()[0]
        n = con.execute(f"SELECT count(*) FROM ({one})").fetchone()[0]
        check(f"{label} {name}: DuckDB reads it and finds no differing row", (left, right, n) == (0, 0, a.num_rows),
              f"only single {left}, only spark {right}, rows {n}")
        # Spark reads the single-process file too.
        got = spark.read.parquet(os.path.join(single_dir, f"{name}.parquet")).count()
        check(f"{label} {name}: Spark reads the single-process file", got == a.num_rows, f"{got} rows")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", required=True, help="the built police-bulletin binary")
    ap.add_argument("--size", default="3M", help="generated corpus size (gen_corpus --size)")
    ap.add_argument("--partitions", type=int, default=7)
    ap.add_argument("--gen", help="a built gen_corpus binary (default: cargo run --example gen_corpus)")
    ap.add_argument("--keep", help="work in this directory and keep it")
    args = ap.parse_args()
    binary = os.path.abspath(args.bin)
    work = args.keep or tempfile.mkdtemp(prefix="pb-spark-")
    os.makedirs(work, exist_ok=True)

    corpus = os.path.join(work, "corpus.jsonl")
    n_lines, bad_numbers = make_corpus(corpus, args.size, args.gen)
    print(f"corpus: {n_lines} lines, {os.path.getsize(corpus) / 1e6:.1f} MB, bad lines at {bad_numbers}")

    jsonl = os.path.join(work, "single.jsonl")
    with open(jsonl, "wb") as f:
        run_cli(binary, [corpus], stdout=f)
    single = os.path.join(work, "single")
    shutil.rmtree(single, ignore_errors=True)
    run_cli(binary, ["--format", "parquet", "--out", single, corpus])
    want, errors = jsonl_counts(jsonl)

    from pyspark.sql import SparkSession

    spark = (
        SparkSession.builder.master("local[2]")
        .appName("police-bulletin test")
        .config("spark.ui.enabled", "false")
        .config("spark.ui.showConsoleProgress", "false")
        .config("spark.sql.shuffle.partitions", "4")
        .getOrCreate()
    )
    spark.sparkContext.setLogLevel("ERROR")
    spark_out = os.path.join(work, "spark")
    written = job.run(spark, corpus, spark_out, binary, partitions=args.partitions)
    check("spark: every table written", sorted(written) == sorted(job.TABLES), str(written))
    check("spark: lines out = documents in", written.get("documents") == n_lines, f"{written} vs {n_lines}")
    compare("jsonl", single, spark_out, want, spark)

    # Bad lines are error rows named by their line in the corpus.
    docs = pq.read_table(os.path.join(spark_out, "documents")).to_pylist()
    spark_errors = {d["id"]: d["error"] for d in docs if d["error"] is not None}
    want_bad = {f"line {n}" for n in bad_numbers}
    check("bad lines: one error row each", len(spark_errors) == len(BAD_LINES), f"{sorted(spark_errors)}")
    check("bad lines without an id are named line N", want_bad <= set(spark_errors), f"{sorted(spark_errors)}")
    check("bad lines: the same errors as the single-process run", spark_errors == errors,
          f"\nspark {spark_errors}\njsonl {errors}")
    no_text = [d for d in docs if d["id"] == "no-text"]
    check("a line without text keeps its own id", len(no_text) == 1 and no_text[0]["error"] is not None, str(no_text))

    # A directory of .txt files, one of them not UTF-8.
    txt = os.path.join(work, "txt")
    shutil.rmtree(txt, ignore_errors=True)
    shutil.copytree(os.path.join(REPO, "tests", "fixtures"), txt)
    with open(os.path.join(txt, "zz_latin1.txt"), "wb") as f:
        f.write("Police seized 3 kilograms of heroin in Sa\u00f5 Paulo.".encode("latin-1"))
    txt_single = os.path.join(work, "txt_single")
    shutil.rmtree(txt_single, ignore_errors=True)
    run_cli(binary, ["--format", "parquet", "--out", txt_single, txt])
    txt_jsonl = os.path.join(work, "txt_single.jsonl")
    with open(txt_jsonl, "wb") as f:
        run_cli(binary, [txt], stdout=f)
    txt_spark = os.path.join(work, "txt_spark")
    job.run(spark, txt, txt_spark, binary, partitions=2, txt=True)
    txt_want, txt_errors = jsonl_counts(txt_jsonl)
    compare("txt", txt_single, txt_spark, txt_want, spark)
    check("txt: the non-UTF-8 file is an error row", list(txt_errors) == ["zz_latin1.txt"], str(txt_errors))

    spark.stop()
    if not args.keep:
        shutil.rmtree(work, ignore_errors=True)
    print(f"{results['passed']} passed, {results['failed']} failed")
    sys.exit(1 if results["failed"] else 0)


if __name__ == "__main__":
    main()
