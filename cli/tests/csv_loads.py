#!/usr/bin/env python3
"""The corpus CSV loads in pandas, polars and duckdb without any option.

usage: python3 cli/tests/csv_loads.py PATH/TO/police-bulletin

Writes a CSV from the bundled fixtures plus a JSONL with numeric ids, a
range, escaped text and a bad line, then reads it with each library's
default reader and checks the header, the row count and the column types:
`value`, `start` and `end` numeric; `id`, `what` and `text` strings.
Exits 0 when all three agree, 1 otherwise.
"""
import csv
import io
import json
import os
import subprocess
import sys
import tempfile

HEADER = ["id", "layer", "kind", "action", "field", "what", "value", "max",
          "unit", "qualifier", "text", "start", "end"]

EXTRA = [
    {"id": 7, "text": "Police arrested 10 to 15 suspects and seized 2.5 tons of drugs."},
    {"id": 8, "text": "Officers said \"26\" people, then recovered 1,200 yuan,\nand 300 more."},
    {"id": "z", "text": "The bureau solved 42 cases, down 3.5% year on year."},
]


def main():
    binary = sys.argv[1]
    root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..")
    fixtures = os.path.join(root, "tests", "fixtures")
    with tempfile.TemporaryDirectory() as tmp:
        extra = os.path.join(tmp, "extra.jsonl")
        with open(extra, "w", encoding="utf-8") as f:
            for doc in EXTRA:
                f.write(json.dumps(doc) + "\n")
            f.write("not json\n")
        path = os.path.join(tmp, "values.csv")
        with open(path, "wb") as out:
            run = subprocess.run([binary, "corpus", "--format", "csv", fixtures, extra],
                                 stdout=out, stderr=subprocess.PIPE)
        if run.returncode != 1:  # the bad line is a failed document
            sys.exit(f"corpus exited {run.returncode}: {run.stderr.decode()}")
        with open(path, newline="", encoding="utf-8") as f:
            rows = list(csv.reader(f))
        assert rows[0] == HEADER, rows[0]
        assert all(len(r) == len(HEADER) for r in rows), "every row has every column"
        n = len(rows) - 1
        layers = {r[1] for r in rows[1:]}
        assert {"figures", "tallies", "seizures", "trends", "meta", "error"} <= layers, layers
        numeric = [r[6] for r in rows[1:] if r[6]]
        assert numeric and all(float(v) == float(v) for v in numeric)
        results = [check_pandas(path, n), check_polars(path, n), check_duckdb(path, n)]
    print(f"csv loads: {n} rows; " + "; ".join(results))


def check_pandas(path, n):
    import pandas as pd
    df = pd.read_csv(path)
    assert list(df.columns) == HEADER, list(df.columns)
    assert len(df) == n, (len(df), n)
    for column in ["value", "max", "start", "end"]:
        assert pd.api.types.is_numeric_dtype(df[column]), (column, df[column].dtype)
    for column in ["id", "text", "layer"]:
        assert not pd.api.types.is_numeric_dtype(df[column]), (column, df[column].dtype)
    assert df["value"].sum() > 0
    return f"pandas {pd.__version__} ok"


def check_polars(path, n):
    import polars as pl
    df = pl.read_csv(path)
    assert df.columns == HEADER, df.columns
    assert df.height == n, (df.height, n)
    for column in ["value", "start", "end"]:
        assert df.schema[column].is_numeric(), (column, df.schema[column])
    for column in ["id", "text", "what"]:
        assert df.schema[column] == pl.String, (column, df.schema[column])
    return f"polars {pl.__version__} ok"


def check_duckdb(path, n):
    import duckdb
    rel = duckdb.sql(f"SELECT * FROM '{path}'")
    assert rel.columns == HEADER, rel.columns
    types = dict(zip(rel.columns, [str(t) for t in rel.types]))
    for column in ["value", "max"]:
        assert types[column] == "DOUBLE", (column, types[column])
    for column in ["start", "end"]:
        assert types[column] in ("BIGINT", "INTEGER"), (column, types[column])
    for column in ["id", "text", "what"]:
        assert types[column] == "VARCHAR", (column, types[column])
    count = duckdb.sql(f"SELECT count(*) FROM '{path}'").fetchall()[0][0]
    assert count == n, (count, n)
    return f"duckdb {duckdb.__version__} ok"


if __name__ == "__main__":
    main()
