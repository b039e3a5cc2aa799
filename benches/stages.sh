#!/usr/bin/env bash
# Where the parse spends its time, stage by stage: instructions counted by
# callgrind (exact and repeatable, unlike wall time on a shared machine) over
# one pass of a JSONL corpus through `examples/corpus.rs`.
#
#   bash benches/stages.sh [corpus.jsonl]     (default ../shared/corpus/dev.jsonl)
#
# Needs valgrind. Prints each stage's inclusive instructions per input byte
# and its share of `Parser::parse`.
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=${1:-../shared/corpus/dev.jsonl}
[ -f "$corpus" ] || { echo "no corpus at $corpus" >&2; exit 1; }
cargo build --release --example corpus >/dev/null 2>&1
out=$(mktemp)
trap 'rm -f "$out"' EXIT
valgrind --tool=callgrind --callgrind-out-file="$out" \
    target/release/examples/corpus <"$corpus" >/dev/null 2>&1
bytes=$(python3 -c 'import json,sys; print(sum(len(json.loads(l)["text"].encode()) for l in open(sys.argv[1])))' "$corpus")
callgrind_annotate --inclusive=yes --threshold=100 "$out" 2>/dev/null | python3 -c '
import re, sys
bytes = int(sys.argv[1])
stages = [
    ("parse (all)", "bulletin::Parser::parse"),
    ("tokens", "lex::Tokens::new"),
    ("meta", "record::meta::meta"),
    ("agencies", "record::agency::agencies"),
    ("sentences", "text::sentence::sentences"),
    ("operations", "record::operation::operations"),
    ("figures", "quantity::scan::scan"),
    ("records (binder)", "record::bind::build"),
]
cost = {}
for line in sys.stdin:
    # A function is listed once per source file its inlined code came from;
    # the largest entry is the one that holds its calls (its inclusive cost).
    m = re.match(r"\s*([\d,]+)\s+\(.*?\)\s+\S*:police_bulletin::(\S+)(?: \[.*\])?$", line)
    if m:
        name = m.group(2)
        cost[name] = max(cost.get(name, 0), int(m.group(1).replace(",", "")))
total = cost.get("bulletin::Parser::parse", 0)
# The lexicon is built once per process, inside the first tokenization:
# shown on its own, and left out of the per-byte costs.
build = cost.get("lex::index::Index::build", 0)
total -= build
cost["bulletin::Parser::parse"] = total
cost["lex::Tokens::new"] = cost.get("lex::Tokens::new", 0) - build
print(f"{bytes} input bytes")
print("lexicon build, once per process: %d instructions" % build)
print("%-18s %18s %7s" % ("stage", "instructions/byte", "share"))
for label, fn in stages:
    c = cost.get(fn)
    if c is None:
        print("%-18s %18s" % (label, "(inlined)"))
        continue
    print(f"{label:<18} {c / bytes:>18.1f} {100 * c / max(total, 1):>6.1f}%")
' "$bytes"
