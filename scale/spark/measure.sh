#!/usr/bin/env bash
# Throughput and peak RSS of `corpus` (jsonl vs parquet) and of the Spark job
# (local[1] vs local[2]) on one corpus. Writes under $OUT (default /tmp/pb-measure).
#
#   scale/spark/measure.sh PATH/TO/police-bulletin CORPUS.jsonl [spark]
set -euo pipefail
bin=$(realpath "$1"); corpus=$(realpath "$2"); what=${3:-cli}
here=$(cd "$(dirname "$0")" && pwd)
out=${OUT:-/tmp/pb-measure}; mkdir -p "$out"
mb=$(( $(stat -c %s "$corpus") / 1000000 ))
docs=$(wc -l < "$corpus")
echo "corpus: $corpus, $mb MB, $docs documents; $(nproc) cores; load before: $(cut -d' ' -f1-3 /proc/loadavg)"

measure() { # name, command...
  local name=$1; shift
  /usr/bin/time -v -o "$out/$name.time" "$@"
  local wall rss
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,a,":"); s=0; for(i=1;i<=n;i++) s=s*60+a[i]; print s}' "$out/$name.time")
  rss=$(awk -F': ' '/Maximum resident set size/ {printf "%.0f", $2/1024}' "$out/$name.time")
  printf '%-16s %8.1f s  %7.1f MB/s  %8.0f docs/s  peak RSS %5s MB  load %s\n' \
    "$name" "$wall" "$(echo "$mb / $wall" | bc -l)" "$(echo "$docs / $wall" | bc -l)" "$rss" "$(cut -d' ' -f1 /proc/loadavg)"
}

if [ "$what" = cli ]; then
  measure jsonl sh -c "\"$bin\" corpus --threads 2 \"$corpus\" > \"$out/out.jsonl\"; test \$? -le 1"
  echo "  jsonl out: $(( $(stat -c %s "$out/out.jsonl") / 1000000 )) MB"
  rm -f "$out/out.jsonl"
  rm -rf "$out/parquet"
  measure parquet sh -c "\"$bin\" corpus --threads 2 --format parquet --out \"$out/parquet\" \"$corpus\"; test \$? -le 1"
  echo "  parquet out: $(du -sm "$out/parquet" | cut -f1) MB"
  python3 - "$out/parquet" <<'PY'
import sys, pyarrow.parquet as pq, os
d = sys.argv[1]
rows = {f[:-8]: pq.ParquetFile(os.path.join(d, f)).metadata.num_rows for f in sorted(os.listdir(d))}
groups = {f[:-8]: pq.ParquetFile(os.path.join(d, f)).metadata.num_row_groups for f in sorted(os.listdir(d))}
print("  rows:", rows, "total", sum(rows.values()))
print("  row groups:", groups)
PY
else
  for n in 1 2; do
    rm -rf "$out/spark$n"
    measure "spark-local[$n]" spark-submit --master "local[$n]" --driver-memory 2g \
      --conf spark.ui.showConsoleProgress=false \
      "$here/job.py" --input "$corpus" --out "$out/spark$n" --bin "$bin"
  done
fi
