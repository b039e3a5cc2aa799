"""Run `police-bulletin corpus` as a Spark stage and write its typed tables.

    spark-submit job.py --input CORPUS --out DIR [--bin PATH] [--partitions N]

CORPUS is a JSONL corpus (one `{"id", "text", "reference_date"?}` object a
line; a file, a directory of .jsonl files or a glob) or a directory of .txt
files (`--txt`; the id is the file name). Each partition streams through one
`police-bulletin corpus -` process, which writes one JSONL line per document
in, in order: a bulletin, or `{"id": ..., "error": ...}`. Those lines are
flattened into the nine tables of `police-bulletin corpus --format parquet`
(same columns, same types, up to Spark's lack of dictionary strings) and
written as DIR/<table>/part-*.parquet.

Nothing is dropped: a bad line (not JSON, no text, too large, a parse error)
becomes a `documents` row with its `error`. A bad JSONL line's id is
`line N`, N its line number in the corpus, as the single-process tool names it
for a single input file. A process that dies (exit status other than 0 or 1,
or fewer lines out than in) fails the task, and Spark retries it.
"""

import argparse
import json
import os
import queue
import subprocess
import sys
import threading

from pyspark import StorageLevel
from pyspark.sql import SparkSession
from pyspark.sql import functions as F
from pyspark.sql.types import (
    ArrayType,
    DateType,
    DecimalType,
    LongType,
    StringType,
    StructField,
    StructType,
)

DECIMAL = DecimalType(38, 18)

FRAUD_FIELDS = [
    "cases_filed",
    "cases_solved",
    "suspects_arrested",
    "gangs_busted",
    "dens_destroyed",
    "funds_returned",
    "funds_frozen",
    "funds_recovered",
    "losses_avoided",
    "warnings_issued",
    "warning_response_rate",
    "people_dissuaded",
    "amount_dissuaded",
    "door_to_door_visits",
    "payments_stopped",
    "cases_blocked",
]

TABLES = [
    "documents",
    "figures",
    "tallies",
    "seizures",
    "fraud",
    "trends",
    "operations",
    "agencies",
    "warnings",
]

# The layers counted in `documents`, in column order.
COUNTED = ["agencies", "operations", "tallies", "seizures", "fraud", "trends", "figures", "warnings"]


def _f(name, ty):
    return StructField(name, ty, True)


SPAN = ArrayType(LongType())
FIGURE = StructType(
    [
        _f("text", StringType()),
        _f("span", SPAN),
        _f("value", DECIMAL),
        _f("max", DECIMAL),
        _f("unit", StringType()),
        _f("qualifier", StringType()),
        _f("noun", StringType()),
    ]
)

# The CLI's JSONL line: the id, then a Bulletin, or the id and an error.
LINE = StructType(
    [
        _f("id", StringType()),
        _f("error", StringType()),
        _f(
            "meta",
            StructType(
                [
                    _f("title", StringType()),
                    _f("published", DateType()),
                    _f("source", StringType()),
                    _f("editor", StringType()),
                    _f("views", LongType()),
                ]
            ),
        ),
        _f(
            "agencies",
            ArrayType(StructType([_f("name", StringType()), _f("level", StringType()), _f("span", SPAN)])),
        ),
        _f(
            "operations",
            ArrayType(
                StructType(
                    [
                        _f("name", StringType()),
                        _f("aliases", ArrayType(StringType())),
                        _f("agency", StringType()),
                        _f("launched", DateType()),
                        _f("start", DateType()),
                        _f("end", DateType()),
                        _f("span", SPAN),
                    ]
                )
            ),
        ),
        _f(
            "tallies",
            ArrayType(StructType([_f("kind", StringType()), _f("what", StringType()), _f("count", FIGURE)])),
        ),
        _f(
            "seizures",
            ArrayType(
                StructType(
                    [
                        _f("kind", StringType()),
                        _f("action", StringType()),
                        _f("item", StringType()),
                        _f("quantity", FIGURE),
                        _f("value", FIGURE),
                    ]
                )
            ),
        ),
        _f("fraud", StructType([_f(name, FIGURE) for name in FRAUD_FIELDS])),
        _f(
            "trends",
            ArrayType(
                StructType(
                    [
                        _f("metric", StringType()),
                        _f("direction", StringType()),
                        _f("percent", DECIMAL),
                        _f("basis", StringType()),
                        _f("span", SPAN),
                    ]
                )
            ),
        ),
        _f("figures", ArrayType(FIGURE)),
        _f(
            "warnings",
            ArrayType(StructType([_f("kind", StringType()), _f("message", StringType()), _f("span", SPAN)])),
        ),
    ]
)


# ---------------------------------------------------------------- the pipe


def pipe_partition(binary, threads):
    """A mapPartitions function: stream (line, global index, passthrough)
    items through one `corpus -` process; yield its output lines in order."""

    def run(items):
        proc = subprocess.Popen(
            [resolve(binary), "corpus", "--threads", str(threads), "-"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        order = queue.Queue()
        failure = []

        def feed():
            try:
                for line, index, passthrough in items:
                    order.put((index, passthrough, line))
                    if passthrough is None:
                        proc.stdin.write(line.encode("utf-8", "surrogatepass") + b"\n")
            except BrokenPipeError:
                failure.append("the process closed its input early")
            except Exception as e:  # surfaced in the task's error below
                failure.append(repr(e))
            finally:
                order.put(None)
                try:
                    proc.stdin.close()
                except BrokenPipeError:
                    pass

        errors = []
        threading.Thread(target=lambda: errors.append(proc.stderr.read()), daemon=True).start()
        threading.Thread(target=feed, daemon=True).start()
        local = 0  # lines sent to this process, as it numbers them
        while True:
            item = order.get()
            if item is None:
                break
            index, passthrough, line = item
            if passthrough is not None:
                yield passthrough
                continue
            local += 1
            out = proc.stdout.readline()
            if not out:
                break
            yield renumber(out.decode("utf-8"), local, index, line)
        status = proc.wait()
        rest = proc.stdout.read()
        if failure or status not in (0, 1) or rest or order.qsize() or item is not None:
            tail = (errors[0] if errors else b"")[-2000:].decode("utf-8", "replace")
            raise RuntimeError(
                f"{binary} corpus - failed (status {status}; {'; '.join(failure)}): "
                f"lines out did not match lines in. stderr: {tail}"
            )

    return run


def resolve(binary):
    """The binary's path on this executor: a path as given (relative to the
    task's working directory, where `--archives` unpack), a file shipped
    with `--files` or `SparkContext.addFile`, or a name on PATH."""
    if os.sep in binary:
        return binary
    try:
        from pyspark import SparkFiles

        shipped = SparkFiles.get(binary)
    except Exception:
        shipped = None
    for candidate in (shipped, os.path.abspath(binary)):
        if candidate and os.path.isfile(candidate):
            if not os.access(candidate, os.X_OK):
                os.chmod(candidate, 0o755)
            return candidate
    return binary


def renumber(out, local, index, line):
    """The process names a document without an id by its line number in
    this partition (`line 3`); rename it by its line number in the corpus."""
    prefix = '{"id":"line %d",' % local
    if index is None or not out.startswith(prefix):
        return out.rstrip("\n")
    # A document whose own id is "line N" keeps it.
    try:
        doc = json.loads(line)
        if isinstance(doc, dict) and doc.get("id") == f"line {local}":
            return out.rstrip("\n")
    except ValueError:
        pass
    fixed = json.loads(out)
    fixed["id"] = f"line {index + 1}"
    if "error" in fixed:
        fixed["error"] = fixed["error"].replace(f"line {local} ", f"line {index + 1} ", 1)
    return json.dumps(fixed, ensure_ascii=False, separators=(",", ":"))


def jsonl_items(sc, path, partitions):
    lines = sc.textFile(path, minPartitions=partitions or None)
    # Global line numbers, for the ids of bad lines.
    return lines.zipWithIndex().map(lambda li: (li[0], li[1], None))


def txt_items(sc, path, partitions):
    def to_line(path_bytes):
        path, data = path_bytes
        name = os.path.basename(path)
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as e:
            error = f"input is not valid UTF-8: invalid byte at offset {e.start}"
            return ("", None, json.dumps({"id": name, "error": error}, separators=(",", ":")))
        return (json.dumps({"id": name, "text": text}, ensure_ascii=False), None, None)

    files = sc.binaryFiles(path.rstrip("/") + "/*.txt", minPartitions=partitions or None)
    return files.map(to_line)


# ------------------------------------------------------------- the tables


def figure_cols(f, prefix=""):
    """The columns of one figure struct `f`, named as the Rust tables name them."""
    number = prefix.rstrip("_") if prefix else "value"
    return [
        f["text"].alias(f"{prefix}text"),
        f["span"][0].alias(f"{prefix}start"),
        f["span"][1].alias(f"{prefix}end"),
        f["value"].alias(number),
        f["value"].cast("double").alias(f"{number}_f64"),
        f["max"].alias(f"{prefix}max"),
        f["max"].cast("double").alias(f"{prefix}max_f64"),
        f["unit"].alias(f"{prefix}unit"),
        f["qualifier"].alias(f"{prefix}qualifier"),
        f["noun"].alias(f"{prefix}noun"),
    ]


def exploded(docs, layer):
    """One row per element of an array layer: id, idx (int), x."""
    return docs.select("id", F.posexplode(layer).alias("idx", "x"))


def tables(docs):
    """The nine tables from parsed CLI lines."""
    ok = F.col("error").isNull()
    fraud_count = sum(F.when(F.col("fraud")[n].isNotNull(), 1).otherwise(0) for n in FRAUD_FIELDS)
    counts = {layer: F.size(layer) for layer in COUNTED}
    counts["fraud"] = fraud_count
    out = {}
    out["documents"] = docs.select(
        "id",
        "error",
        F.col("meta.title").alias("title"),
        F.col("meta.published").alias("published"),
        F.col("meta.source").alias("source"),
        F.col("meta.editor").alias("editor"),
        F.col("meta.views").alias("views"),
        *[F.when(ok, counts[layer].cast("int")).alias(layer) for layer in COUNTED],
    )
    x = F.col("x")
    out["figures"] = exploded(docs, "figures").select("id", "idx", *figure_cols(x))
    out["tallies"] = exploded(docs, "tallies").select(
        "id", "idx", x["kind"].alias("kind"), x["what"].alias("what"), *figure_cols(x["count"])
    )
    out["seizures"] = exploded(docs, "seizures").select(
        "id",
        "idx",
        x["kind"].alias("kind"),
        x["action"].alias("action"),
        x["item"].alias("item"),
        *figure_cols(x["quantity"], "quantity_"),
        *figure_cols(x["value"], "value_"),
    )
    fields = F.array(*[F.struct(F.lit(n).alias("field"), F.col("fraud")[n].alias("f")) for n in FRAUD_FIELDS])
    out["fraud"] = (
        docs.where(F.col("fraud").isNotNull())
        .select("id", F.explode(fields).alias("x"))
        .where(F.col("x.f").isNotNull())
        .select("id", F.col("x.field").alias("field"), *figure_cols(F.col("x.f")))
    )
    out["trends"] = exploded(docs, "trends").select(
        "id",
        "idx",
        x["metric"].alias("metric"),
        x["direction"].alias("direction"),
        x["percent"].alias("percent"),
        x["percent"].cast("double").alias("percent_f64"),
        x["basis"].alias("basis"),
        x["span"][0].alias("start"),
        x["span"][1].alias("end"),
    )
    out["operations"] = exploded(docs, "operations").select(
        "id",
        "idx",
        x["name"].alias("name"),
        x["aliases"].alias("aliases"),
        x["agency"].alias("agency"),
        x["launched"].alias("launched"),
        x["start"].alias("start_date"),
        x["end"].alias("end_date"),
        x["span"][0].alias("start"),
        x["span"][1].alias("end"),
    )
    out["agencies"] = exploded(docs, "agencies").select(
        "id",
        "idx",
        x["name"].alias("name"),
        x["level"].alias("level"),
        x["span"][0].alias("start"),
        x["span"][1].alias("end"),
    )
    out["warnings"] = exploded(docs, "warnings").select(
        "id", "idx", x["kind"].alias("kind"), x["message"].alias("message"), x["span"][0].alias("start"), x["span"][1].alias("end")
    )
    return out


def run(spark, input_path, out_dir, binary, partitions=0, txt=False, threads=1):
    sc = spark.sparkContext
    if __name__ != "__main__":
        # Imported (as by the test): executors import this module by name.
        sc.addPyFile(os.path.abspath(__file__))
    items = (txt_items if txt else jsonl_items)(sc, input_path, partitions)
    lines = items.mapPartitions(pipe_partition(binary, threads))
    raw = spark.createDataFrame(lines.map(lambda s: (s,)), "line string")
    docs = raw.select(F.from_json("line", LINE, {"mode": "FAILFAST"}).alias("d")).select("d.*")
    # Nine tables read the same lines: pipe once, keep the parsed rows.
    docs = docs.persist(StorageLevel.MEMORY_AND_DISK)
    written = {}
    for name, df in tables(docs).items():
        df.write.mode("overwrite").parquet(os.path.join(out_dir, name))
        written[name] = spark.read.parquet(os.path.join(out_dir, name)).count()
    docs.unpersist()
    return written


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--input", required=True, help="JSONL corpus (file, directory or glob), or a .txt directory with --txt")
    ap.add_argument("--out", required=True, help="output directory: one Parquet directory per table")
    ap.add_argument("--bin", default="police-bulletin", help="the CLI binary: a path, or a name on PATH (default: %(default)s)")
    ap.add_argument("--txt", action="store_true", help="the input is a directory of .txt files")
    ap.add_argument("--partitions", type=int, default=0, help="minimum input partitions (default: Spark's)")
    ap.add_argument("--threads", type=int, default=1, help="threads per CLI process (default 1: Spark runs one task a core)")
    ap.add_argument("--master", help="Spark master, when not set by spark-submit (e.g. local[2])")
    args = ap.parse_args(argv)
    builder = SparkSession.builder.appName("police-bulletin corpus")
    if args.master:
        builder = builder.master(args.master)
    spark = builder.getOrCreate()
    spark.sparkContext.setLogLevel("WARN")
    written = run(spark, args.input, args.out, args.bin, args.partitions, args.txt, args.threads)
    print(json.dumps(written), file=sys.stderr)
    spark.stop()


if __name__ == "__main__":
    main()
