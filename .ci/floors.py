#!/usr/bin/env python3
"""Fail when the dev-corpus score drops below the floors reached so far.

usage: floors.py SCORE.json   (the output of run-dev.sh --json)
Raise a floor in the same commit that raises the score.
"""
import json
import sys

# layer -> minimum F1 (or accuracy, for the *_accuracy keys)
FLOORS = {
    "figures": 0.995,
    "qualifier_accuracy": 0.995,
    "records": 0.972,
    "tallies": 0.967,
    "seizures": 0.966,
    "fraud": 0.97,
    "trends": 0.99,
    "meta": 0.99,
    "agencies": 0.972,
    "operations": 0.955,
    "operation_date_accuracy": 0.97,
}


def main():
    summary = json.load(open(sys.argv[1]))
    failed = False
    for key, floor in FLOORS.items():
        got = summary[key]["f1"] if isinstance(summary.get(key), dict) else summary.get(key)
        ok = got is not None and got >= floor
        failed |= not ok
        print(f"{'ok  ' if ok else 'FAIL'} {key:<26} {got!s:>8} (floor {floor})")
    if summary.get("documents_missing_from_pred"):
        print(f"FAIL {summary['documents_missing_from_pred']} documents missing from predictions")
        failed = True
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
