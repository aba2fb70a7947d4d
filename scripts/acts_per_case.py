#!/usr/bin/env python3
"""Rewrites generated cases so that each has exactly K acts, for the acts-per-case curve of
docs/performance.md. Acts are taken from the case itself, cycling, with fresh ids (p1..pK); actors
and participants stay those of the case, so every reference still resolves.

Usage: scripts/acts_per_case.py K < cases.jsonl > cases-K.jsonl
"""
import json
import sys


def main() -> None:
    k = int(sys.argv[1])
    for line in sys.stdin:
        case = json.loads(line)
        acts = case["perbuatan"]
        if not acts:
            continue
        rewritten = []
        for index in range(k):
            act = dict(acts[index % len(acts)])
            act["id"] = f"p{index + 1}"
            rewritten.append(act)
        case["perbuatan"] = rewritten
        sys.stdout.write(json.dumps(case, ensure_ascii=False, separators=(",", ":")) + "\n")


if __name__ == "__main__":
    main()
