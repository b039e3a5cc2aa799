#!/usr/bin/env bash
# The Spark stage's local test: Spark local[2] against the single-process
# `police-bulletin corpus`, row for row, on a generated corpus with bad lines.
#
#   .ci/spark.sh PATH/TO/police-bulletin   (built with the `parquet` feature)
#
# Installs pyspark, pyarrow and duckdb when missing (pyspark needs Java 17+).
set -euo pipefail
cd "$(dirname "$0")/.."

bin=${1:?usage: .ci/spark.sh PATH/TO/police-bulletin}
[ -x "$bin" ] || { echo "not an executable: $bin" >&2; exit 2; }

python=${PYTHON:-python3}
if ! command -v java >/dev/null 2>&1; then
  echo "java not found: Spark needs a JDK (17 or later)" >&2
  exit 1
fi
missing=()
for pkg in pyspark pyarrow duckdb; do
  "$python" -c "import $pkg" 2>/dev/null || missing+=("$pkg")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "installing ${missing[*]}"
  start=$(date +%s)
  "$python" -m pip install --quiet --disable-pip-version-check "${missing[@]}"
  echo "installed in $(( $(date +%s) - start )) s"
fi
"$python" -c 'import pyspark, pyarrow, duckdb; print("pyspark", pyspark.__version__, "pyarrow", pyarrow.__version__, "duckdb", duckdb.__version__)'

"$python" scale/spark/test_local.py --bin "$bin"
